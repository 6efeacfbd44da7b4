// Mirrors src-tauri/src/commands/tickets.rs.
import { call } from "../ipc";

export type Department = "technical" | "financial";
export type Priority = "regular" | "high";
export type TicketStatus = "open" | "answered" | "resolved" | "closed";

export const DEPARTMENTS: Department[] = ["technical", "financial"];
export const PRIORITIES: Priority[] = ["regular", "high"];
export const STATUSES: TicketStatus[] = ["open", "answered", "resolved", "closed"];

/** One row of the list: the core's `TicketSummary`, in camelCase (unlike `Ticket`, the provider's, in snake_case). */
export interface TicketSummary {
  id: string;
  number: number;
  subject: string;
  department: Department;
  priority: Priority;
  status: TicketStatus;
  serviceName: string | null;
  createdAt: string;
  updatedAt: string;
  acknowledgedAt: string | null;
  firstResponseAt: string | null;
  firstResponseDueAt: string;
  /** When searching: the best matching words of a message, matches within U+E000 … U+E001. */
  snippet: string | null;
  unread: boolean;
}

export interface Incident {
  server: string;
  began_at: string;
  began_timezone: string;
  diagnostics: string;
}

/** The provider's ticket (clientarea_api::Ticket), as the API writes it: snake_case. */
export interface Ticket {
  incident?: Incident;
  id: string;
  number: number;
  subject: string;
  department: Department;
  priority: Priority;
  status: TicketStatus;
  service_id?: string;
  /** The team now in charge; level 1 until escalated. */
  team: string;
  created_at: string;
  updated_at: string;
  acknowledge_due_at: string;
  first_response_due_at: string;
  acknowledged_at?: string;
  first_response_at?: string;
}

export interface Attachment {
  id: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
}

export interface TicketMessage {
  attachments?: Attachment[];
  id: string;
  ticket_id: string;
  author: "customer" | "staff";
  author_name?: string;
  body: string;
  created_at: string;
}

export type TicketEvent = { id: string; ticket_id: string; at: string } & (
  | { kind: "acknowledged" }
  | { kind: "status_changed"; from: TicketStatus; to: TicketStatus }
  | { kind: "escalated"; level: number; team: string; reason: string }
);

export type TimelineItem = { type: "message"; item: TicketMessage } | { type: "event"; item: TicketEvent };

export interface TicketView {
  ticket: Ticket;
  serviceName: string | null;
  timeline: TimelineItem[];
}

export interface TicketFilter {
  status: TicketStatus | null;
  department: Department | null;
  priority: Priority | null;
  /** Words to find in subjects and messages, offline; best match first. */
  query: string | null;
  /** The order when not searching. */
  sort: TicketSort;
}

export type TicketSort = "recent" | "oldest" | "opened" | "priority";
export const SORTS: TicketSort[] = ["recent", "oldest", "opened", "priority"];

/** The critical-incident section of a High ticket, as typed. */
export interface IncidentDraft {
  /** IP address (v4 or v6) or order number `#123456`. */
  server: string;
  /** Wall-clock time `YYYY-MM-DDTHH:MM` in `beganTimezone`. */
  beganLocal: string;
  /** IANA zone; defaults to the computer's. */
  beganTimezone: string;
  diagnostics: string;
}

export interface TicketDraft {
  department: Department;
  priority: Priority;
  subject: string;
  body: string;
  serviceId: string | null;
  /** Kept while the customer switches priority; sent on High tickets only. */
  incident: IncidentDraft;
  /** Files picked for the first message; their ids (`file:…`) go with it. */
  attachments: LocalAttachment[];
}

/**
 * A file attached to a draft; it waits on this computer until its message leaves. The
 * outbox's commands add and remove them (outbox/api.ts); it is here because a ticket's
 * draft holds them, and the outbox depends on tickets, never the other way round.
 */
export interface LocalAttachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
}

/** When the problem began, as the provider's desk reads it. */
export interface BeganAt {
  at: string;
  /** "CET" or "CEST" at that instant. */
  cetAbbreviation: string;
  /** `YYYY-MM-DDTHH:MM` in CET/CEST. */
  cetLocal: string;
}

export interface Service {
  id: string;
  name: string;
  kind: string;
  ip_addresses: string[];
  order_number: string;
  datacenter: string;
  datacenter_timezone: string;
}

export const listTickets = (filter: TicketFilter) => call<TicketSummary[]>("list_tickets", { filter });

/** A window of the list: `limit` rows from `offset`, and how many there are in all. */
export interface TicketPage {
  total: number;
  offset: number;
  /** A search found more than it ranked: these are the best of its newest matches. */
  more: boolean;
  tickets: TicketSummary[];
}
export const listTicketPage = (filter: TicketFilter, offset: number, limit: number) =>
  call<TicketPage>("list_ticket_page", { filter, offset, limit });
export const openTicket = (id: string) => call<TicketView>("open_ticket", { id });
export const listServices = () => call<Service[]>("list_services");
export type NoticeKind = "maintenance" | "outage" | "service_change" | "abuse";
export interface Notice {
  id: string;
  kind: NoticeKind;
  /** The provider's words: plain text, untrusted. */
  title: string;
  body: string;
  service_ids: string[];
  starts_at?: string;
  ends_at?: string;
  resolved_at?: string;
  respond_by?: string;
  published_at: string;
  updated_at: string;
}
export const activeNotices = (serviceId: string) => call<Notice[]>("active_notices", { serviceId });
export const incidentTime = (local: string, zone: string) => call<BeganAt>("incident_time", { local, zone });
export const listTimeZones = () => call<string[]>("list_time_zones");
