// Mirrors src-tauri/src/commands/outbox.rs.
import { invoke } from "@tauri-apps/api/core";
import { call } from "../ipc";
import { toAppError } from "../errors";
import type { Department, LocalAttachment, Priority, TicketDraft } from "../tickets/api";

export type { LocalAttachment };

export type OutboxState = "queued" | "sending" | "failed";

export interface OutboxItem {
  id: string;
  kind: "ticket" | "reply" | "status" | "account";
  /** For replies: the ticket, or `local:<outbox id>` of a new ticket still queued. */
  ticketId: string | null;
  /** The request as the provider will get it (a NewTicket or a NewReply). */
  payload: {
    subject?: string;
    body: string;
    department?: Department;
    priority?: Priority;
    service_id?: string | null;
    /** Status changes: what the customer asked. */
    action?: StatusAction;
  };
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string;
  errorCode: string | null;
  errorDetail: string | null;
  createdAt: string;
}

export type StatusAction = "close" | "reopen" | "solved" | "not_solved";

/** Close, reopen, or answer a resolved ticket; queued like a reply. */
export const setTicketStatus = (id: string, action: StatusAction) => call<OutboxItem>("set_ticket_status", { id, action });

export type DraftKind = "ticket" | "reply" | "chat";

export const saveDraft = (kind: DraftKind, target: string, data: unknown) => call<void>("save_draft", { kind, target, data });
export const getDraft = <T>(kind: DraftKind, target: string) => call<T | null>("get_draft", { kind, target });
/** Queue a new ticket; its files go by their ids. */
export const sendTicket = (draft: TicketDraft) =>
  call<OutboxItem>("send_ticket", { draft: { ...draft, attachmentIds: draft.attachments.map((a) => a.id) } });
export const sendReply = (id: string, body: string, attachmentIds: string[]) =>
  call<OutboxItem>("send_reply", { id, body, attachmentIds });

export interface AttachmentLimits {
  maxBytes: number;
  maxFiles: number;
  types: string[];
}

export const attachmentLimits = () => call<AttachmentLimits>("attachment_limits");
export const removeAttachment = (id: string) => call<void>("remove_attachment", { id });

/** Keep a picked file: its bytes go as the raw body, not as JSON. */
export async function addAttachment(file: File): Promise<LocalAttachment> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await invoke<LocalAttachment>("add_attachment", bytes, {
      headers: { "x-filename": encodeURIComponent(file.name) },
    });
  } catch (e) {
    throw toAppError(e);
  }
}
export const listOutbox = () => call<OutboxItem[]>("list_outbox");
export const resendOutbox = (id: string) => call<void>("resend_outbox", { id });
/** Change the words of a queued item (the subject only for a new ticket); what else it carries stays. */
export const editOutbox = (id: string, subject: string | null, body: string) =>
  call<void>("edit_outbox", { id, subject, body });
export const discardOutbox = (id: string) => call<void>("discard_outbox", { id });

/**
 * Run `save` once `delayMs` have passed without another call: autosave as one types.
 * `flush(args)` saves now; `flushPending()` saves at once whatever is waiting (call it
 * when the composer goes away, so the last keystrokes are never lost).
 */
export function debounce<A extends unknown[]>(save: (...args: A) => void, delayMs: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: A | undefined;
  const run = (...args: A) => {
    clearTimeout(timer);
    pending = args;
    timer = setTimeout(() => {
      pending = undefined;
      save(...args);
    }, delayMs);
  };
  run.flush = (...args: A) => {
    clearTimeout(timer);
    pending = undefined;
    save(...args);
  };
  run.flushPending = () => {
    if (pending) run.flush(...pending);
  };
  return run;
}
