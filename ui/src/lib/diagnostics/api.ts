// The diagnostics' commands (src-tauri/src/commands/diagnostics.rs, clientarea_core::diagnostics).
// Types from the Rust ones (generated/ipc.ts), a step's check and outcome included.
import { Channel } from "@tauri-apps/api/core";
import { call } from "../ipc";
import type { Progress, Report } from "../generated/ipc";

export type { Check, Outcome, Progress, Report, Step } from "../generated/ipc";

/** Run the checks; `onStep` hears each one as it ends. An address of this computer or
 * of a private network is only looked up (the report says `localAddress`) unless
 * `allowLocal`: the customer's go. */
export async function runDiagnostics(
  server: string,
  customPort: number | null,
  allowLocal: boolean,
  onStep: (p: Progress) => void,
): Promise<Report> {
  const onProgress = new Channel<Progress>();
  onProgress.onmessage = onStep;
  return call("run_diagnostics", { server, customPort, allowLocal, onProgress });
}

export const cancelDiagnostics = () => call("cancel_diagnostics");

/** A port as typed: empty is none; otherwise 1 to 65535. */
export function parsePort(typed: string): number | null | "invalid" {
  const v = typed.trim();
  if (v === "") return null;
  if (!/^\d{1,5}$/.test(v)) return "invalid";
  const n = Number(v);
  return n >= 1 && n <= 65535 ? n : "invalid";
}
