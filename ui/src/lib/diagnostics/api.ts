// The diagnostics' commands (src-tauri/src/commands/diagnostics.rs, clientarea_core::diagnostics).
// Types from the Rust ones (generated/ipc.ts), but for a step's check and outcome: Rust
// types them as strings (its doc comments list the values), the UI names each one.
import { Channel } from "@tauri-apps/api/core";
import { call } from "../ipc";
import type { Progress as ShellProgress, Report as ShellReport, Step as ShellStep } from "../generated/ipc";

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

/** A step as the shell sends it, its check and outcome among the values above. */
export type Step = Omit<ShellStep, "check" | "outcome"> & { check: Check; outcome: Outcome };
export type Progress = Omit<ShellProgress, "step"> & { step: Step };
export type Report = Omit<ShellReport, "steps"> & { steps: Step[] };

/** Run the checks; `onStep` hears each one as it ends. */
export async function runDiagnostics(server: string, customPort: number | null, onStep: (p: Progress) => void): Promise<Report> {
  const onProgress = new Channel<ShellProgress>();
  // Not checked: the core only writes the values listed in Check and Outcome.
  onProgress.onmessage = (p) => onStep(p as Progress);
  return (await call("run_diagnostics", { server, customPort, onProgress })) as Report;
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
