// Mirrors src-tauri/src/commands/notices.rs.
import { call } from "../ipc";
import type { Notice } from "../tickets/api";

export interface NotifierState {
  /** unknown (nothing posted yet), ok, or unavailable */
  state: "unknown" | "ok" | "unavailable";
  /** no-daemon, no-bus, timeout, error */
  reason: string | null;
}

export const listNotices = () => call<Notice[]>("list_notices");
export const notifierState = () => call<NotifierState>("notifier_state");

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
