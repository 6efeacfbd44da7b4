// The notices' commands (src-tauri/src/commands/notices.rs) and the desktop's answer to
// notifications. Types from the Rust ones (generated/ipc.ts).
import { call, listen, type UnlistenFn } from "../ipc";
import type { NotifierState, NotifyPrefs } from "../generated/ipc";

export type {
  ListedNotice,
  NotifierReason,
  NotifierState,
  NotifierStatus,
  NotifyPrefs,
  Phase,
  Unread,
} from "../generated/ipc";

export const listNotices = () => call("list_notices");
export const notifierState = () => call("notifier_state");
/** Hear what the desktop answers as it changes (the event `notifier`, notifications.rs). */
export const onNotifierState = (hear: (state: NotifierState) => void): Promise<UnlistenFn> => listen("notifier", hear);

/** What the customer has not looked at yet (also on the tray icon). */
export const unreadCounts = () => call("unread_counts");
export const unseenNotices = () => call("unseen_notices");
export const markNoticesSeen = (ids: string[]) => call("mark_notices_seen", { ids });
/** For each notice with any, the tickets about it. */
export const noticeTickets = () => call("notice_tickets");
/** The notices a ticket is about. */
export const ticketNotices = (id: string) => call("ticket_notices", { id });

/** Which notices pop up on the desktop, and quiet hours (urgent ones still come through). */
export const getNotifyPrefs = () => call("get_notify_prefs");
export const setNotifyPrefs = (prefs: NotifyPrefs) => call("set_notify_prefs", { prefs });
