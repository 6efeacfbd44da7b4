// The session's commands (src-tauri/src/commands/session.rs) and the core's events. Types
// from the Rust ones (generated/ipc.ts).
import { call, listen, type UnlistenFn } from "../ipc";
import type { EngineEvent } from "../generated/ipc";

export type { EngineEvent, Session, StaffReply, Startup, SyncPhase, SyncState } from "../generated/ipc";

export const startSession = () => call("start_session");
export const signIn = (providerUrl: string, email: string, password: string) => call("sign_in", { providerUrl, email, password });
export const startDemo = () => call("start_demo");
export const signOut = () => call("sign_out");
export const syncNow = () => call("sync_now");
export const getSyncState = () => call("get_sync_state");

/** Hear the core's events (the shell forwards them as the event `engine`, events.rs). */
export const onEngineEvent = (hear: (event: EngineEvent) => void): Promise<UnlistenFn> => listen("engine", hear);
