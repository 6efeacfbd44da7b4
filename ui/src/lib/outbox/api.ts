// The outbox's commands (src-tauri/src/commands/outbox.rs): what waits to be sent, the
// drafts, and the files attached to them. Types from the Rust ones (generated/ipc.ts).
import { invoke } from "@tauri-apps/api/core";
import { call } from "../ipc";
import { toAppError } from "../errors";
import type { Commands, DraftKind, JsonValue, OutboxItem, StatusAction } from "../generated/ipc";
import type { TicketForm } from "../tickets/api";

export type {
  AttachmentLimits,
  DraftKind,
  JsonValue,
  LocalAttachment,
  OutboxItem,
  OutboxRequest,
  OutboxState,
  StatusAction,
} from "../generated/ipc";

/** Close, reopen, or answer a resolved ticket; queued like a reply. */
export const setTicketStatus = (id: string, action: StatusAction) => call("set_ticket_status", { id, action });


/** Keep a draft in `accountId`, the account the composer was opened in (a switch to
 * another account may close the composer before its last words are saved). */
export const saveDraft = (accountId: string, kind: DraftKind, target: string, data: JsonValue) =>
  call("save_draft", { accountId, kind, target, data });
/**
 * A draft as it was saved. The shell keeps drafts as opaque JSON: `T` is the shape this UI
 * saved under `kind`, which the shell cannot vouch for.
 */
export const getDraft = <T extends JsonValue>(kind: DraftKind, target: string) =>
  call("get_draft", { kind, target }) as Promise<T | null>;
/** Queue a new ticket; its files go by their ids. */
export const sendTicket = (form: TicketForm) =>
  call("send_ticket", {
    draft: {
      department: form.department,
      priority: form.priority,
      subject: form.subject,
      body: form.body,
      serviceId: form.serviceId,
      noticeId: form.noticeId ?? null,
      invoiceId: null,
      incident: form.incident,
      attachmentIds: form.attachments.map((a) => a.id),
    },
  });
export const sendReply = (id: string, body: string, attachmentIds: string[]) => call("send_reply", { id, body, attachmentIds });

export const attachmentLimits = () => call("attachment_limits");
export const removeAttachment = (id: string) => call("remove_attachment", { id });

/** Keep a picked file: its bytes go as the raw body, not as JSON. */
export async function addAttachment(file: File): Promise<Commands["add_attachment"]["result"]> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return await invoke<Commands["add_attachment"]["result"]>("add_attachment", bytes, {
      headers: { "x-filename": encodeURIComponent(file.name) },
    });
  } catch (e) {
    throw toAppError(e);
  }
}
export const listOutbox = () => call("list_outbox");
export const resendOutbox = (id: string) => call("resend_outbox", { id });
/** Change the words of a queued item (the subject only for a new ticket); what else it carries stays. */
export const editOutbox = (id: string, subject: string | null, body: string) => call("edit_outbox", { id, subject, body });
export const discardOutbox = (id: string) => call("discard_outbox", { id });

/**
 * The ticket a queued reply or status change is for (a ticket's id, or `local:<outbox id>`
 * of a new ticket still queued); null for a new ticket or an account change.
 */
export function outboxTicketId(item: OutboxItem): string | null {
  return item.request.kind === "reply" || item.request.kind === "status" ? item.request.ticket_id : null;
}

/**
 * Run `save` once `delayMs` have passed without another call: autosave as one types.
 * `flush(args)` saves now; `flushPending()` saves at once whatever is waiting (call it
 * when the composer goes away, so the last keystrokes are never lost).
 */
export function debounce<A extends unknown[], R = void>(save: (...args: A) => R, delayMs: number) {
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
  /** Save now; returns what the save returns (a promise: await it before a send, so
   * the send finds the draft it takes over, not one written after it). */
  run.flush = (...args: A): R => {
    clearTimeout(timer);
    pending = undefined;
    return save(...args);
  };
  run.flushPending = () => {
    if (pending) run.flush(...pending);
  };
  return run;
}

/** The image on the desktop's clipboard as an attachment, or null when it holds none. */
export const pasteImage = () => call("paste_image");
