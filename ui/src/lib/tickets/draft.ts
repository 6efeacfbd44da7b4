// The checks the form makes before anything is sent. They mirror the provider's rules
// (clientarea-api's check_new_ticket), which the core applies again.
import type { FieldError } from "../errors";
import type { TicketForm } from "./api";

export const SUBJECT_MAX_CHARS = 200;
export const BODY_MAX_CHARS = 20000;

function checkText(errors: FieldError[], field: string, value: string, max: number) {
  if (value.trim() === "") errors.push({ field, reason: "required" });
  else if ([...value].length > max) errors.push({ field, reason: "too-long" });
}

export const DIAGNOSTICS_MAX_CHARS = 100_000;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** An IP address (v4 or v6) or an order number `#` and 4 to 10 digits, as the provider asks. */
export function isServerReference(s: string): boolean {
  const v = s.trim();
  if (v.startsWith("#")) return /^#\d{4,10}$/.test(v);
  if (IPV4.test(v)) return true;
  if (!v.includes(":") || /[\[\]/%\s]/.test(v)) return false;
  // The URL parser knows IPv6 in every written form (compressed, with an IPv4 tail).
  try {
    return new URL(`http://[${v}]/`).hostname.length > 2;
  } catch {
    return false;
  }
}

export function checkDraft(d: TicketForm): FieldError[] {
  const errors: FieldError[] = [];
  checkText(errors, "subject", d.subject, SUBJECT_MAX_CHARS);
  checkText(errors, "body", d.body, BODY_MAX_CHARS);
  if (d.priority === "high") {
    const i = d.incident;
    const server = i.server.trim();
    if (server === "") errors.push({ field: "incident.server", reason: "required" });
    else if (!isServerReference(server)) errors.push({ field: "incident.server", reason: "invalid" });
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(i.beganLocal)) {
      errors.push({ field: "incident.began_local", reason: i.beganLocal.trim() === "" ? "required" : "invalid" });
    }
    if ([...i.diagnostics].length > DIAGNOSTICS_MAX_CHARS) errors.push({ field: "incident.diagnostics", reason: "too-long" });
  }
  return errors;
}

export function checkReply(body: string): FieldError[] {
  const errors: FieldError[] = [];
  checkText(errors, "body", body, BODY_MAX_CHARS);
  return errors;
}
