// The session's commands (src-tauri/src/commands/session.rs) and the core's events. Types
// from the Rust ones (generated/ipc.ts).
import { call, listen, type UnlistenFn } from "../ipc";
import type { EngineEvent } from "../generated/ipc";

export type {
  AccountEntry,
  Accounts,
  EngineEvent,
  Session,
  SignedOut,
  StaffReply,
  Startup,
  SyncPhase,
  SyncState,
} from "../generated/ipc";

export const startSession = () => call("start_session");
/** Sign in; `remember` false keeps the sign-in for this session only (no keyring needed). */
export const signIn = (providerUrl: string, email: string, password: string, remember = true) =>
  call("sign_in", { providerUrl, email, password, remember });
export const startDemo = () => call("start_demo");
/** Sign the account on screen out; `forget` also removes its data from this computer. */
export const signOut = (forget = false) => call("sign_out", { forget });
export const listAccounts = () => call("list_accounts");
export const switchAccount = (accountId: string) => call("switch_account", { accountId });
export const syncNow = () => call("sync_now");
export const getSyncState = () => call("get_sync_state");

/** Hear the core's events (the shell forwards them as the event `engine`, events.rs). */
export const onEngineEvent = (hear: (event: EngineEvent) => void): Promise<UnlistenFn> => listen("engine", hear);

/** The provider's host, to tell accounts apart ("support.example.com"). */
export function providerHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
