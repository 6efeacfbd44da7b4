// The e-mail fallback's form, filled from a ticket that could not leave: its service,
// server, the time the problem began back in the zone the customer gave it in, and its
// words. The e-mail's text itself is the shell's.
import type { EmailForm } from "../generated/ipc";
import type { NewTicket } from "../generated/ipc";

/** `at` (an instant) as `YYYY-MM-DDTHH:MM` on the clock of `zone`. */
export function localIn(at: string, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

export function emailFormOf(ticket: NewTicket): EmailForm {
  const zone = ticket.incident?.began_timezone || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return {
    serviceId: ticket.service_id ?? null,
    server: ticket.incident?.server ?? "",
    beganLocal: ticket.incident ? localIn(ticket.incident.began_at, zone) : "",
    beganTimezone: zone,
    description: `${ticket.subject}\n\n${ticket.body}`,
  };
}
