// Calls into the Rust shell. Every failure arrives as an AppError with a stable code,
// whatever went wrong (a command error, or the IPC itself).
import { invoke } from "@tauri-apps/api/core";

export interface FieldError {
  field: string;
  reason: string;
}

export interface AppError {
  code: string;
  message: string;
  fields: FieldError[];
}

export function isAppError(e: unknown): e is AppError {
  return typeof e === "object" && e !== null && typeof (e as AppError).code === "string";
}

export function toAppError(e: unknown): AppError {
  if (isAppError(e)) return { code: e.code, message: e.message ?? "", fields: e.fields ?? [] };
  return { code: "unknown", message: String(e), fields: [] };
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}
