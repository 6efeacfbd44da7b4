// The evidence commands (src-tauri/src/commands/evidence.rs): a ticket's ledger, a
// period's evidence, its export, the credit request that carries it, a resync.
import { call } from "../ipc";
import type { ExportFormat } from "../generated/ipc";

export type {
  CreditDraft,
  Evidence,
  EvidenceRow,
  EvidenceSummary,
  ExportFormat,
  LedgerEntry,
  Observation,
  PromiseOutcome,
  ResponseTimes,
  SavedFile,
} from "../generated/ipc";

/** What this client saw happen on ticket `id`, and when (append-only). */
export const ticketLedger = (id: string) => call("ticket_ledger", { id });
/** The tickets created in [from, to) with their promises kept or missed. */
export const evidence = (from: string, to: string) => call("evidence", { from, to });
/** Save the evidence of [from, to) to the Downloads folder as PDF or CSV, times in `zone`. */
export const exportEvidence = (from: string, to: string, zone: string, format: ExportFormat) =>
  call("export_evidence", { from, to, zone, format });
/** A credit request for the period's missed promises, with the evidence PDF attached. */
export const creditDraft = (from: string, to: string, zone: string) => call("credit_draft", { from, to, zone });
/** Bring everything from the provider again; the ledger keeps what it saw. */
export const resync = () => call("resync");
