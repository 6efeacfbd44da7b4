// Calls into the Rust shell, and its events. Every failure arrives as an AppError with a
// stable code, whatever went wrong (a command error, or the IPC itself). Only the areas'
// api.ts files call the shell; components go through them (see api-boundary.test.ts).
// The commands, their arguments and results, and the events with their payloads are
// typed by generated/ipc.ts, which the shell writes from the Rust types: a command or a
// shape that Rust does not have does not compile.
import { invoke } from "@tauri-apps/api/core";
import { listen as listenTauri, type UnlistenFn } from "@tauri-apps/api/event";
import { toAppError } from "./errors";
import type { Commands, Events } from "./generated/ipc";

export type { UnlistenFn };

/** A command's arguments: optional when it takes none. */
type Args<K extends keyof Commands> = keyof Commands[K]["args"] extends never
  ? [args?: Record<string, never>]
  : [args: Commands[K]["args"]];

export async function call<K extends keyof Commands>(command: K, ...[args]: Args<K>): Promise<Commands[K]["result"]> {
  try {
    return await invoke<Commands[K]["result"]>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

/** Hear the shell's event `event` (by its name in `Events`), each time with its payload. */
export function listen<E extends keyof Events>(event: E, hear: (payload: Events[E]) => void): Promise<UnlistenFn> {
  return listenTauri<Events[E]>(event, (e) => hear(e.payload));
}
