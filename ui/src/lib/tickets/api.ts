// The ticket commands (src-tauri/src/commands/tickets.rs). Their types come from the Rust
// ones (generated/ipc.ts); only the form's own state is written here.
import { call } from "../ipc";
import type { DepartmentId, IncidentDraft, LocalAttachment, Priority, TicketFilter, TicketSort, TicketStatus } from "../generated/ipc";

export type { IssueKind, PromiseClock, Promises, Span, SupportHours, TeamHours } from "../generated/ipc";
export type {
  Attachment,
  Author,
  BeganAt,
  DepartmentId,
  Incident,
  IncidentDraft,
  LocalAttachment,
  Notice,
  NoticeKind,
  Priority,
  Service,
  Sla,
  Ticket,
  TicketDraft,
  TicketEvent,
  TicketFilter,
  TicketMessage,
  TicketPage,
  TicketSort,
  TicketStatus,
  TicketSummary,
  TicketView,
  TimelineItem,
} from "../generated/ipc";

export const DEPARTMENTS: DepartmentId[] = ["technical", "financial"];
export const PRIORITIES: Priority[] = ["regular", "high"];
export const STATUSES: TicketStatus[] = ["open", "answered", "resolved", "closed"];
export const SORTS: TicketSort[] = ["recent", "oldest", "opened", "priority"];

/**
 * The new-ticket form as it is filled in (and kept as a draft). It becomes the shell's
 * `TicketDraft` when it is sent (outbox/api.ts `sendTicket`).
 */
export type TicketForm = {
  department: DepartmentId;
  priority: Priority;
  subject: string;
  body: string;
  serviceId: string | null;
  /** Kept while the customer switches priority; the core reads it on High tickets only. */
  incident: IncidentDraft;
  /**
   * Files picked for the first message; their ids (`file:…`) go with it. They wait on
   * this computer until the message leaves; the outbox's commands add and remove them.
   */
  attachments: LocalAttachment[];
  /** The abuse report this ticket answers, when it was opened from one. */
  noticeId?: string | null;
};

export const listTickets = (filter: TicketFilter) => call("list_tickets", { filter });
/** A window of the list: `limit` rows from `offset`, and how many there are in all. */
export const listTicketPage = (filter: TicketFilter, offset: number, limit: number) =>
  call("list_ticket_page", { filter, offset, limit });
export const openTicket = (id: string) => call("open_ticket", { id });
export const listServices = () => call("list_services");
/** Each support team on shift or not, when that changes, its shifts this week, the holidays. */
export const supportHours = () => call("support_hours");
/** A ticket's promise panel: its clocks, the team in charge and its shift. */
export const ticketPromises = (id: string) => call("ticket_promises", { id });
export const activeNotices = (serviceId: string) => call("active_notices", { serviceId });
export const incidentTime = (local: string, zone: string) => call("incident_time", { local, zone });
export const listTimeZones = () => call("list_time_zones");
