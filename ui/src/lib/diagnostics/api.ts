// Mirrors src-tauri/src/commands/diagnostics.rs and clientarea_core::diagnostics.
import { Channel, invoke } from "@tauri-apps/api/core";
import { call } from "../ipc";
import { toAppError } from "../errors";

export type Check = "dns" | "tcp" | "icmp" | "route" | "tls";
export type Outcome =
  | "ok"
  | "open"
  | "closed"
  | "timeout"
  | "error"
  | "skipped"
  | "not-permitted"
  | "unavailable"
  | "untrusted"
  | "cancelled";

export interface Step {
  check: Check;
  port?: number;
  startedAt: string;
  elapsedMs: number;
  outcome: Outcome;
  /** Facts, not sentences: addresses, timings, certificate fields. */
  details: string[];
}

export interface Progress {
  done: number;
  total: number;
  step: Step;
}

export interface Report {
  target: string;
  address: string | null;
  startedAt: string;
  finishedAt: string;
  cancelled: boolean;
  steps: Step[];
}

/** Run the checks; `onStep` hears each one as it ends. */
export async function runDiagnostics(server: string, customPort: number | null, onStep: (p: Progress) => void): Promise<Report> {
  const onProgress = new Channel<Progress>();
  onProgress.onmessage = onStep;
  try {
    return await invoke<Report>("run_diagnostics", { server, customPort, onProgress });
  } catch (e) {
    throw toAppError(e);
  }
}

export const cancelDiagnostics = () => call<void>("cancel_diagnostics");

/** A port as typed: empty is none; otherwise 1 to 65535. */
export function parsePort(typed: string): number | null | "invalid" {
  const v = typed.trim();
  if (v === "") return null;
  if (!/^\d{1,5}$/.test(v)) return "invalid";
  const n = Number(v);
  return n >= 1 && n <= 65535 ? n : "invalid";
}
