// The errors the shell answers with (its CommandError), and one Fluent message per code.
import { ERROR_CODES, type CommandError, type ErrorCode, type FieldError } from "./generated/ipc";

export type { CommandError, ErrorCode, FieldError };

/** A failure as the UI shows it: the shell's CommandError, or the IPC's own failure as `unknown`. */
export type AppError = CommandError;

/** What a failed invoke may carry: the shell's CommandError (its code still a plain string here). */
function isCommandErrorLike(e: unknown): e is { code: string; message?: string; fields?: FieldError[] } {
  return typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string";
}

/** Whether `code` is one the shell sends (generated/ipc.ts lists them from Rust). */
export function isErrorCode(code: string): code is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code);
}

/**
 * Any failure as an AppError. A code this build does not know (none, while the UI and the
 * shell are built together) becomes `unknown`, the code it had kept in the details.
 */
export function toAppError(e: unknown): AppError {
  if (isCommandErrorLike(e)) {
    const message = e.message ?? "";
    if (isErrorCode(e.code)) return { code: e.code, message, fields: e.fields ?? [] };
    return { code: "unknown", message: message ? `${e.code}: ${message}` : e.code, fields: e.fields ?? [] };
  }
  return { code: "unknown", message: String(e), fields: [] };
}

// One Fluent message per error code the shell sends (the core's `Error::code`, and the
// shell's own): exhaustive, so a code added in Rust without its message here fails
// `npm run check`.
export const ERROR_MESSAGES = {
  "invalid-credentials": "error-invalid-credentials",
  "provider-unreachable": "error-provider-unreachable",
  "provider-invalid-response": "error-provider-invalid-response",
  "provider-rejected": "error-provider-rejected",
  "provider-url-invalid": "error-provider-url-invalid",
  "provider-url-insecure": "error-provider-url-insecure",
  "provider-redirected": "error-provider-redirected",
  "provider-busy": "error-provider-busy",
  "session-expired": "error-session-expired",
  validation: "error-validation",
  "not-signed-in": "error-not-signed-in",
  "ticket-not-found": "error-ticket-not-found",
  "keyring-unavailable": "error-keyring-unavailable",
  "keyring-locked": "error-keyring-locked",
  "keyring-timeout": "error-keyring-timeout",
  storage: "error-storage",
  "demo-failed": "error-demo-failed",
  "outbox-busy": "error-outbox-busy",
  unknown: "error-unknown",
} as const satisfies Record<ErrorCode, string>;

/** Why a field is wrong, in general. */
export const FIELD_REASONS = {
  required: "error-field-required",
  "too-long": "error-field-too-long",
  invalid: "error-field-invalid",
} as const;
type FieldReason = keyof typeof FIELD_REASONS;

/**
 * A field's own message for a reason, where the general one would not say enough
 * (`incident.server` invalid says what a server reference looks like). Keyed by the
 * field as the core names it in a FieldError, then by the reason.
 */
export const FIELD_MESSAGES = {
  "incident.server": {
    required: "error-field-incident-server-required",
    invalid: "error-field-incident-server-invalid",
    "unknown-order": "error-field-incident-server-unknown-order",
  },
  "incident.began_local": {
    required: "error-field-incident-began-local-required",
    invalid: "error-field-incident-began-local-invalid",
    nonexistent: "error-field-incident-began-local-nonexistent",
    future: "error-field-incident-began-local-future",
  },
  "incident.began_timezone": { invalid: "error-field-incident-began-timezone-invalid" },
  "incident.diagnostics": { "too-long": "error-field-incident-diagnostics-too-long" },
  attachments: {
    "too-large": "error-field-attachments-too-large",
    type: "error-field-attachments-type",
    empty: "error-field-attachments-empty",
    "too-many": "error-field-attachments-too-many",
  },
  quiet_from: { required: "error-field-quiet-from-required", invalid: "error-field-quiet-from-invalid" },
  quiet_to: { required: "error-field-quiet-to-required", invalid: "error-field-quiet-to-invalid" },
  "notification_emails.invoices": { invalid: "error-field-notification-emails-invoices-invalid" },
  "notification_emails.support": { invalid: "error-field-notification-emails-support-invalid" },
  "notification_emails.abuse": { invalid: "error-field-notification-emails-abuse-invalid" },
  period: { invalid: "error-field-period-invalid", "nothing-missed": "error-field-period-nothing-missed" },
  zone: { invalid: "error-field-zone-invalid" },
  support_address: { required: "error-field-support-address-required" },
  vat_number: { invalid: "error-field-vat-number-invalid", "country-mismatch": "error-field-vat-number-country-mismatch" },
  invoice_id: { invalid: "error-field-invoice-id-invalid", required: "error-field-invoice-id-invalid" },
  department: { "invoice-needs-financial": "error-field-department-invoice-needs-financial" },
  year: { "no-invoices": "error-field-year-no-invoices" },
} as const;
type Field = keyof typeof FIELD_MESSAGES;

/** The message for an error code. */
export function errorMessageId(code: ErrorCode): string {
  return ERROR_MESSAGES[code];
}

/** The message for one field's error: the field's own when there is one, else the reason's. */
export function fieldMessageId(field: string, reason: string): string {
  if (Object.hasOwn(FIELD_MESSAGES, field) && Object.hasOwn(FIELD_MESSAGES[field as Field], reason)) {
    return (FIELD_MESSAGES[field as Field] as Readonly<Record<string, string>>)[reason];
  }
  return Object.hasOwn(FIELD_REASONS, reason) ? FIELD_REASONS[reason as FieldReason] : FIELD_REASONS.invalid;
}
