// Mirrors src-tauri/src/commands/session.rs.
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { call } from "../ipc";
import type { AppError } from "../errors";

export interface Session {
  accountId: string;
  email: string;
  name: string;
  providerUrl: string;
  isDemo: boolean;
}

export interface Startup {
  session: Session | null;
  providerUrl: string | null;
  error: AppError | null;
}

export interface SyncState {
  state: "syncing" | "online" | "offline";
  errorCode: string | null;
  lastSyncedAt: string | null;
  /** Grows with every change; keep the highest seen (events can overtake answers). */
  revision: number;
  /** The push stream is up; when false the app checks for changes every few seconds. */
  live: boolean;
  /** While syncing a long history: the records pulled so far. */
  recordsDone: number | null;
}

/** A staff reply just pulled, as a notification names it (the core's `StaffReply`). */
export interface StaffReply {
  messageId: string;
  ticketId: string;
  number: number;
  subject: string;
  authorName: string | null;
}

/** What the core tells the window (clientarea_core::EngineEvent, tagged by `type`). */
export type EngineEvent =
  | { type: "tickets-changed" }
  | ({ type: "sync" } & SyncState)
  | { type: "session-changed" }
  | { type: "outbox-changed" }
  | { type: "notice-published"; id: string }
  | { type: "staff-replied"; replies: StaffReply[] }
  | { type: "unread-changed" };

export const startSession = () => call<Startup>("start_session");
export const signIn = (providerUrl: string, email: string, password: string) =>
  call<Session>("sign_in", { providerUrl, email, password });
export const startDemo = () => call<Session>("start_demo");
export const signOut = () => call<void>("sign_out");
export const syncNow = () => call<void>("sync_now");
export const getSyncState = () => call<SyncState>("get_sync_state");

/** Hear the core's events (the shell forwards them as the event `engine`, events.rs). */
export const onEngineEvent = (hear: (event: EngineEvent) => void): Promise<UnlistenFn> =>
  listen<EngineEvent>("engine", (e) => hear(e.payload));
