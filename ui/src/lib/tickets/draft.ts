// The checks the form makes before anything is sent. They mirror the provider's rules
// (clientarea-api's check_new_ticket), which the core applies again.
import type { FieldError } from "../ipc";
import type { TicketDraft } from "./api";

export const SUBJECT_MAX_CHARS = 200;
export const BODY_MAX_CHARS = 20000;

function checkText(errors: FieldError[], field: string, value: string, max: number) {
  if (value.trim() === "") errors.push({ field, reason: "required" });
  else if ([...value].length > max) errors.push({ field, reason: "too-long" });
}

export function checkDraft(d: TicketDraft): FieldError[] {
  const errors: FieldError[] = [];
  checkText(errors, "subject", d.subject, SUBJECT_MAX_CHARS);
  checkText(errors, "body", d.body, BODY_MAX_CHARS);
  return errors;
}

export function checkReply(body: string): FieldError[] {
  const errors: FieldError[] = [];
  checkText(errors, "body", body, BODY_MAX_CHARS);
  return errors;
}
