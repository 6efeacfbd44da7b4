// The e-mail fallback's form, filled from a ticket that could not leave: its service,
// server, the time the problem began back in the zone the customer gave it in, and its
// words. The e-mail's text itself is the shell's.
import type { EmailForm } from "../generated/ipc";
import type { NewTicket } from "../generated/ipc";
import { localIn } from "../tickets/began";

export { localIn };

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
