// The errors the shell answers with (its CommandError), and one Fluent message per code.

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

// One Fluent message per error code the app knows. Exhaustive on purpose: a new code in
// Rust without a line here shows the generic message, and the test below catches it.
export const ERROR_MESSAGES: Record<string, string> = {
  "invalid-credentials": "error-invalid-credentials",
  "provider-unreachable": "error-provider-unreachable",
  "provider-invalid-response": "error-provider-invalid-response",
  "provider-rejected": "error-provider-rejected",
  "provider-url-invalid": "error-provider-url-invalid",
  "provider-url-insecure": "error-provider-url-insecure",
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
};

export const FIELD_REASONS: Record<string, string> = {
  required: "error-field-required",
  "too-long": "error-field-too-long",
  invalid: "error-field-invalid",
};

export function errorMessageId(code: string): string {
  return ERROR_MESSAGES[code] ?? "error-unknown";
}

export function fieldReasonId(reason: string): string {
  return FIELD_REASONS[reason] ?? "error-field-invalid";
}

/**
 * The message for one field's error: the field's own (`error-field-incident-server-invalid`
 * says what a server reference looks like) when there is one, else the reason's.
 */
export function fieldMessageId(field: string, reason: string, has: (id: string) => boolean): string {
  const own = `error-field-${field.replace(/[._]/g, "-")}-${reason}`;
  return has(own) ? own : fieldReasonId(reason);
}
