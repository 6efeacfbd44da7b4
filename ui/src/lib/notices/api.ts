// Mirrors src-tauri/src/commands/notices.rs.
import { call } from "../ipc";
import type { Notice, TicketSummary } from "../tickets/api";

export interface NotifierState {
  /** unknown (nothing posted yet), ok, or unavailable */
  state: "unknown" | "ok" | "unavailable";
  /** no-daemon, no-bus, timeout, error */
  reason: string | null;
}

export const listNotices = () => call<Notice[]>("list_notices");
export const notifierState = () => call<NotifierState>("notifier_state");

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

export type Phase = "now" | "planned" | "abuse" | "past";

/** Where a notice belongs in the status view at `now`. */
export function phaseOf(n: Notice, now: number): Phase {
  const t = (s?: string) => (s ? new Date(s).getTime() : null);
  if (n.kind === "abuse") return n.resolved_at ? "past" : "abuse";
  if (n.resolved_at && (t(n.resolved_at) ?? 0) <= now) return "past";
  const starts = t(n.starts_at);
  const ends = t(n.ends_at);
  if (ends !== null && ends <= now) return "past";
  if (starts !== null && starts > now) return "planned";
  return "now";
}
