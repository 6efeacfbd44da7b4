// Mirrors src-tauri/src/commands/notices.rs.
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { call } from "../ipc";
import type { Notice, NoticeKind, TicketSummary } from "../tickets/api";

/** Why the desktop shows no notifications. */
export type NotifierReason = "no-daemon" | "no-bus" | "timeout" | "error";

export interface NotifierState {
  /** unknown (nothing posted yet), ok, or unavailable */
  state: "unknown" | "ok" | "unavailable";
  /** When unavailable. */
  reason: NotifierReason | null;
}

export const listNotices = () => call<ListedNotice[]>("list_notices");
export const notifierState = () => call<NotifierState>("notifier_state");
/** Hear what the desktop answers as it changes (the event `notifier`, notifications.rs). */
export const onNotifierState = (hear: (state: NotifierState) => void): Promise<UnlistenFn> =>
  listen<NotifierState>("notifier", (e) => hear(e.payload));

/** What the customer has not looked at yet (also on the tray icon). */
export interface Unread {
  tickets: number;
  notices: number;
}
export const unreadCounts = () => call<Unread>("unread_counts");
export const unseenNotices = () => call<string[]>("unseen_notices");
export const markNoticesSeen = (ids: string[]) => call<void>("mark_notices_seen", { ids });
/** For each notice with any, the tickets about it. */
export const noticeTickets = () => call<Record<string, TicketSummary[]>>("notice_tickets");
/** The notices a ticket is about. */
export const ticketNotices = (id: string) => call<Notice[]>("ticket_notices", { id });

/** Which notices pop up on the desktop, and quiet hours (urgent ones still come through). */
export interface NotifyPrefs {
  kinds: NoticeKind[];
  /** `HH:MM` in the computer's time, both or neither. */
  quietFrom: string | null;
  quietTo: string | null;
  staffReplies: boolean;
}
export const getNotifyPrefs = () => call<NotifyPrefs>("get_notify_prefs");
export const setNotifyPrefs = (prefs: NotifyPrefs) => call<void>("set_notify_prefs", { prefs });

/** Where a notice stands now (the core decides: `notices::phase`). */
export type Phase = "now" | "planned" | "abuse" | "past";
export type ListedNotice = Notice & { phase: Phase };
