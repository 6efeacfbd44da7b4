// Calls into the Rust shell. Every failure arrives as an AppError with a stable code,
// whatever went wrong (a command error, or the IPC itself). Only the areas' api.ts
// files call the shell; components go through them (see api-boundary.test.ts).
import { invoke } from "@tauri-apps/api/core";
import { toAppError } from "./errors";

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}
