// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit: change the Rust
// types, then run `UPDATE_BINDINGS=1 cargo test -p clientarea-desktop bindings`.

import type { Channel } from "@tauri-apps/api/core";

export type AccountEmails = { 
/**
 * The registered address (where an empty kind goes).
 */
email: string | null, notificationEmails: NotificationEmails, 
/**
 * True while the change waits in the outbox.
 */
pending: boolean, };

export type AccountEntry = { session: Session, unread: Unread, 
/**
 * The provider ended this account's session: it needs a new sign-in.
 */
needsSignIn: boolean, };

export type AccountUpdate = { country?: string | null, notification_emails?: NotificationEmails | null, 
/**
 * Empty removes it.
 */
vat_number?: string | null, };

export type Accounts = { current: Session | null, accounts: Array<AccountEntry>, };

export type AlertKind = "new" | "overdue";

export type AskOutcome = { "outcome": "queued", item: OutboxItem, } | { "outcome": "alreadyAsked", questions: Array<InvoiceQuestion>, };

export type Attachment = { id: string, 
/**
 * The name the customer gave; shown, never trusted as a path.
 */
filename: string, 
/**
 * Detected from the content.
 */
content_type: string, size: number, 
/**
 * Hex SHA-256 of the content.
 */
sha256: string, };

export type AttachmentLimits = { maxBytes: number, maxFiles: number, types: Array<string>, };

export type Author = "customer" | "staff";

export type BackgroundSettings = { 
/**
 * Closing the window leaves the app running (in effect now).
 */
keepRunning: boolean, 
/**
 * Nothing chosen: it follows whether a tray exists.
 */
automatic: boolean, 
/**
 * The desktop shows a tray (where the app lives while its window is closed).
 */
trayHost: boolean, 
/**
 * The app starts when the user logs in.
 */
startAtLogin: boolean, };

export type BeganAt = { at: string, 
/**
 * `CET` or `CEST`: which of the two applies at that instant.
 */
cetAbbreviation: string, 
/**
 * The time as the desk reads it, `YYYY-MM-DDTHH:MM` in CET/CEST.
 */
cetLocal: string, };

export type Billing = { 
/**
 * Overdue first (longest overdue first), then unpaid (due soonest first), then paid
 * (newest first).
 */
invoices: Array<InvoiceView>, 
/**
 * Newest year first.
 */
years: Array<YearTotal>, vat: VatOverview, };

export type Chat = { id: string, status: ChatStatus, ticket_id?: string | null, created_at: string, updated_at: string, acknowledged_at?: string | null, };

export type ChatFile = { 
/**
 * The provider's upload id, or the local file's id while it waits.
 */
id: string, filename: string, contentType: string, size: number, };

export type ChatHit = { chatId: string, messageId: string, author: Author, at: string, 
/**
 * The words around the matches, the matches marked (as in the ticket list).
 */
snippet: string, };

export type ChatLine = { 
/**
 * The provider's message id, or the outbox item's while it is on its way.
 */
id: string, author: Author, authorName: string | null, body: string, 
/**
 * The files sent with it: the provider's uploads, or files of this computer waiting
 * to leave with it (`pending`; those cannot be downloaded yet).
 */
attachments: Array<ChatFile>, at: string, 
/**
 * Still on its way (queued, sending, or refused); none once the provider has it.
 */
pending: OutboxState | null, };

export type ChatReply = { chatId: string, authorName: string | null, };

export type ChatStatus = "open" | "converted";

export type ChatToTicket = { department: DepartmentId, priority: Priority, subject: string, };

export type ChatView = { 
/**
 * The chat, once the provider has it (none before the first message arrives).
 */
chat: Chat | null, lines: Array<ChatLine>, 
/**
 * The one-minute acknowledgment promise, from the chat's start.
 */
acknowledgment: PromiseClock | null, 
/**
 * Who is answering: the last operator who wrote.
 */
operator: string | null, 
/**
 * The ticket the chat became, and its number.
 */
ticketId: string | null, ticketNumber: number | null, 
/**
 * A conversion to a ticket is on its way.
 */
converting: boolean, 
/**
 * The conversation so far as text, for a ticket written from it.
 */
transcript: string, };

export type Check = "dns" | "tcp" | "icmp" | "route" | "tls";

export type Claimed<T> = { count: number, latest: Array<T>, };

export type CommandError = { code: ErrorCode, message: string, fields: Array<FieldError>, };

export type CreditDraft = { subject: string, body: string, attachment: LocalAttachment, };

export type DeepLink = { "kind": "ticket", id: string, } | { "kind": "notice", id: string, } | { "kind": "invoice", id: string, } | { "kind": "refused", link: string, };

export type DepartmentId = "technical" | "financial";

export type DraftKind = "ticket" | "reply" | "chat";

export type EmailFallback = { 
/**
 * The provider's support address (none until the first pull brought it).
 */
supportAddress: string | null, replyFromMinutes: number | null, replyToMinutes: number | null, 
/**
 * The address registered with the account: account matters must come from it.
 */
registeredEmail: string, services: Array<Service>, 
/**
 * How long the provider must have been out of reach before e-mail is offered.
 */
offerAfterSecs: number, };

export type EmailForm = { serviceId: string | null, 
/**
 * An IP address or an order number (`#123456`); may be empty.
 */
server: string, 
/**
 * When the problem began, `YYYY-MM-DDTHH:MM` in `began_timezone`; may be empty.
 */
beganLocal: string, beganTimezone: string, description: string, };

export type EngineEvent = { "type": "tickets-changed" } | { "type": "sync" } & SyncState | { "type": "session-changed" } | { "type": "outbox-changed" } | { "type": "notice-published", account: string, id: string, } | { "type": "staff-replied", account: string, replies: Claimed<StaffReply>, } | { "type": "chat-replied", account: string, replies: Claimed<ChatReply>, } | { "type": "unread-changed" } | { "type": "abuse-reminder", account: string, id: string, lead: ReminderLead, } | { "type": "invoice-alerts", account: string, alerts: Array<InvoiceAlert>, } | { "type": "clock", now: string, };

export type ErrorCode = "invalid-credentials" | "provider-unreachable" | "provider-invalid-response" | "provider-rejected" | "provider-url-invalid" | "provider-url-insecure" | "provider-redirected" | "provider-busy" | "session-expired" | "validation" | "not-signed-in" | "ticket-not-found" | "keyring-unavailable" | "keyring-locked" | "keyring-timeout" | "storage" | "outbox-busy" | "demo-failed" | "unknown";

export type Evidence = { 
/**
 * The account: its e-mail address and the provider's host.
 */
email: string, provider: string, 
/**
 * Tickets created in `[from, to)`.
 */
from: string, to: string, generatedAt: string, 
/**
 * The promises, in seconds from a ticket's creation (2 and 10 minutes today).
 */
acknowledgeWithinSecs: number, firstResponseWithinSecs: number, summary: EvidenceSummary, 
/**
 * Oldest first.
 */
rows: Array<EvidenceRow>, };

export type EvidenceRow = { ticketId: string, number: number, subject: string, department: DepartmentId, priority: Priority, status: TicketStatus, createdAt: string, acknowledgment: PromiseOutcome, firstResponse: PromiseOutcome, };

export type EvidenceSummary = { tickets: number, 
/**
 * Promises whose outcome is known (kept or missed); a promise still due is neither.
 */
promises: number, kept: number, missed: number, acknowledgment: ResponseTimes, firstResponse: ResponseTimes, };

export type ExportFormat = "pdf" | "csv";

export type FieldError = { field: string, reason: string, };

export type Holiday = { date: string, name: string, };

export type Incident = { 
/**
 * The server's IP address (IPv4 or IPv6) or the order number (`#123456`).
 */
server: string, 
/**
 * When the problem began.
 */
began_at: string, 
/**
 * The IANA zone the customer gave the time in; the provider reads it in CET/CEST.
 */
began_timezone: string, 
/**
 * Diagnostics the customer collected (plain text).
 */
diagnostics: string, };

export type IncidentDraft = { 
/**
 * IP address (v4 or v6) or order number `#123456`.
 */
server: string, 
/**
 * Wall-clock time, `YYYY-MM-DDTHH:MM` (what a date and a time input give).
 */
beganLocal: string, 
/**
 * IANA zone the time is in; the form defaults it to the computer's zone.
 */
beganTimezone: string, diagnostics: string, };

export type Invoice = { id: string, 
/**
 * As printed, e.g. `INV-2026-00412`.
 */
number: string, issued_on: string, due_on: string, status: InvoiceStatus, 
/**
 * The billing country on the day of issue: it decides the VAT.
 */
country: string, 
/**
 * ISO 4217, e.g. `EUR`.
 */
currency: string, lines: Array<InvoiceLine>, net_cents: number, vat_rate_bp: number, vat_cents: number, total_cents: number, 
/**
 * How the VAT was decided.
 */
vat_rule: VatRule, 
/**
 * The customer's VAT number as printed on the invoice (a business customer).
 */
vat_number?: string | null, };

export type InvoiceAlert = { kind: AlertKind, invoice: InvoiceView, };

export type InvoiceLine = { description: string, service_id?: string | null, quantity: number, unit_price_cents: number, net_cents: number, };

export type InvoiceQuestion = { 
/**
 * The ticket's id, or `local:<outbox id>` while it waits to be sent.
 */
ticketId: string, 
/**
 * The provider's number, once it has one.
 */
number: number | null, subject: string, 
/**
 * `open`, `answered`, `resolved`, or `queued` (not sent yet).
 */
status: string, };

export type InvoiceStatus = "paid" | "unpaid" | "overdue";

export type InvoiceView = { invoice: Invoice, 
/**
 * Paid, unpaid, or overdue (unpaid and past its due date).
 */
status: InvoiceStatus, 
/**
 * Whole days since the due date, when overdue.
 */
daysPastDue: number | null, };

export type IssueKind = "simple" | "standard" | "complex" | "non_standard";

export type JsonValue = number | string | boolean | Array<JsonValue> | { [key in string]: JsonValue } | null;

export type LedgerEntry = { what: Observation, 
/**
 * This client's clock when it saw it.
 */
observedAt: string, 
/**
 * The provider's time for it, as the provider said when it was seen.
 */
providerAt: string | null, 
/**
 * What the provider says now, where that is not what it said then (its history
 * changed since).
 */
providerNow: string | null, 
/**
 * Seen in the account's first pull: it happened before this client watched.
 */
backfill: boolean, 
/**
 * The observed and the provider's time are more than [`DISAGREEMENT_SECS`] apart.
 */
differs: boolean, 
/**
 * Escalations: the team it went to.
 */
team: string | null, };

export type ListedNotice = { phase: Phase, own: boolean, 
/**
 * An abuse report: the customer's answer, once a ticket answering it reached the
 * provider.
 */
answer: NoticeAnswer | null, id: string, kind: NoticeKind, 
/**
 * The provider's text in its default language (`default_lang`), untrusted plain
 * text. Shown when there is no translation for the customer's language.
 */
title: string, body: string, 
/**
 * The language of `title` and `body` (BCP 47); `en` when the provider says nothing.
 */
default_lang: string, 
/**
 * The same notice in other languages, at most one per language; absent when the
 * provider wrote it in one language only.
 */
translations?: Array<NoticeText>, service_ids: Array<string>, starts_at?: string | null, ends_at?: string | null, resolved_at?: string | null, 
/**
 * Abuse reports: the customer must answer by then.
 */
respond_by?: string | null, published_at: string, updated_at: string, };

export type LocalAttachment = { id: string, filename: string, contentType: string, size: number, };

export type LogLevel = "normal" | "detailed";

export type NewChatMessage = { body: string, 
/**
 * Ids of uploads (`POST /v1/uploads`) to send with the message.
 */
attachment_ids?: Array<string>, };

export type NewReply = { body: string, attachment_ids?: Array<string>, };

export type NewTicket = { department: DepartmentId, priority: Priority, subject: string, body: string, service_id?: string | null, 
/**
 * The notice this ticket answers: one of the customer's abuse reports.
 */
notice_id?: string | null, 
/**
 * The invoice this ticket asks about: one of the customer's, on a Financial ticket.
 */
invoice_id?: string | null, 
/**
 * Asked for on High priority: what support needs for a critical incident.
 */
incident?: Incident | null, 
/**
 * Ids of uploads to attach to the first message.
 */
attachment_ids?: Array<string>, };

export type Notice = { id: string, kind: NoticeKind, 
/**
 * The provider's text in its default language (`default_lang`), untrusted plain
 * text. Shown when there is no translation for the customer's language.
 */
title: string, body: string, 
/**
 * The language of `title` and `body` (BCP 47); `en` when the provider says nothing.
 */
default_lang: string, 
/**
 * The same notice in other languages, at most one per language; absent when the
 * provider wrote it in one language only.
 */
translations?: Array<NoticeText>, service_ids: Array<string>, starts_at?: string | null, ends_at?: string | null, resolved_at?: string | null, 
/**
 * Abuse reports: the customer must answer by then.
 */
respond_by?: string | null, published_at: string, updated_at: string, };

export type NoticeAnswer = { ticketId: string, number: number, inTime: boolean, };

export type NoticeKind = "maintenance" | "outage" | "service_change" | "abuse";

export type NoticeText = { 
/**
 * A BCP 47 language tag (`it`, `de`, `es`, `pt-BR`), matched case-insensitively.
 */
lang: string, 
/**
 * Untrusted plain text, like the default title and body.
 */
title: string, body: string, };

export type NotificationEmails = { 
/**
 * Billing documents and order confirmations.
 */
invoices: string, 
/**
 * Support ticket updates and responses.
 */
support: string, 
/**
 * Abuse reports and security notifications.
 */
abuse: string, };

export type NotifierReason = "no-daemon" | "no-bus" | "timeout" | "error";

export type NotifierState = { state: NotifierStatus, 
/**
 * When unavailable: why.
 */
reason: NotifierReason | null, };

export type NotifierStatus = "unknown" | "ok" | "unavailable";

export type NotifyPrefs = { 
/**
 * The kinds that pop up; the others only appear in the app.
 */
kinds: Array<NoticeKind>, 
/**
 * Quiet hours in the computer's time (`HH:MM`), both or neither; they may cross
 * midnight (22:00 to 07:00). Urgent notices still come through.
 */
quietFrom: string | null, quietTo: string | null, 
/**
 * Support's replies pop up too (off unless the user asks: the list marks them).
 */
staffReplies: boolean, 
/**
 * New and overdue invoices pop up (the "Invoices/orders" kind; on unless turned off).
 */
invoices: boolean, };

export type Observation = "sent" | "accepted" | "acknowledged" | "first_answer" | "update" | "escalated" | "resolved" | "closed";

export type OpenRequest = { accountId: string, id: string | null, };

export type OutboxItem = { id: string, request: OutboxRequest, state: OutboxState, attempts: number, nextAttemptAt: string, 
/**
 * Why the last attempt failed, and the provider's words.
 */
errorCode: ErrorCode | null, errorDetail: string | null, createdAt: string, };

export type OutboxRequest = { "kind": "ticket", ticket: NewTicket, } | { "kind": "reply", ticket_id: string, reply: NewReply, } | { "kind": "status", ticket_id: string, action: StatusAction, } | { "kind": "account", update: AccountUpdate, } | { "kind": "chat", chat_id: string | null, message: NewChatMessage, } | { "kind": "chat_ticket", chat_id: string, ticket: ChatToTicket, };

export type OutboxState = "queued" | "sending" | "failed";

export type Outcome = "ok" | "open" | "closed" | "timeout" | "error" | "skipped" | "not-permitted" | "unavailable" | "untrusted" | "cancelled";

export type Phase = "abuse" | "now" | "planned" | "past";

export type PreparedEmail = { to: string, 
/**
 * The address it must be sent from (the account's registered one).
 */
from: string, subject: string, body: string, 
/**
 * `mailto:` with the subject and body, for the mail program.
 */
mailto: string, };

export type Priority = "regular" | "high";

export type Progress = { 
/**
 * Steps finished so far, and how many there are in all.
 */
done: number, total: number, step: Step, };

export type PromiseClock = { dueAt: string, doneAt: string | null, state: Sla, };

export type PromiseOutcome = { dueAt: string, 
/**
 * When the provider says it was done.
 */
doneAt: string | null, 
/**
 * When this client first saw it done (the customer's ledger), when it differs from
 * `done_at` by more than a minute.
 */
observedAt: string | null, 
/**
 * From the ticket's creation to `done_at`, in seconds (none while not done).
 */
tookSecs: number | null, 
/**
 * Past its due time by this many seconds (done late, or still not done).
 */
lateBySecs: number | null, state: Sla, };

export type Promises = { createdAt: string, acknowledgment: PromiseClock, firstResponse: PromiseClock, team: TeamHours | null, 
/**
 * The "regular updates" promise (none when the provider states no interval).
 */
updates: UpdateClock | null, 
/**
 * The typical resolution time for this kind of issue, and how long it has taken.
 */
resolution: ResolutionClock | null, };

export type PullProgress = { 
/**
 * Records written so far, of every kind.
 */
records: number, tickets: number, messages: number, 
/**
 * The records of the whole pull, when the provider says (its first page does, when
 * there is more than one).
 */
total: number | null, 
/**
 * The tickets and messages of the whole pull, when the provider says.
 */
ticketsTotal: number | null, messagesTotal: number | null, 
/**
 * A pull from the start (the first sync, or a resync): the search finds what it
 * brought once it is over.
 */
fromStart: boolean, };

export type RateChange = { country: string, fromBp: number, toBp: number, on: string, };

export type ReminderLead = "day" | "two-hours";

export type Report = { target: string, address: string | null, startedAt: string, finishedAt: string, cancelled: boolean, 
/**
 * The target is an address of this computer or of a private or link-local network
 * (after DNS): nothing past the lookup was checked, waiting for the customer's go.
 */
localAddress: boolean, steps: Array<Step>, };

export type ResolutionClock = { kind: IssueKind, typicalFromMinutes: number | null, typicalToMinutes: number | null, mayTakeNextDay: boolean, 
/**
 * From creation to resolution (or to now while not resolved), in seconds.
 */
elapsedSecs: number, 
/**
 * Resolved (or closed).
 */
done: boolean, 
/**
 * Longer than the typical range already (never for "the next day" kinds before the
 * next day's end, nor for kinds with no figure, nor while waiting for the customer).
 */
beyondTypical: boolean, };

export type ResponseTimes = { medianSecs: number | null, worstSecs: number | null, };

export type SavedFile = { path: string, 
/**
 * An image, a PDF or plain text by its bytes: the others are only saved.
 */
openable: boolean, };

export type Service = { id: string, name: string, 
/**
 * `vps`, `dedicated`, ...
 */
kind: string, ip_addresses: Array<string>, 
/**
 * In the provider's form `#123456`.
 */
order_number: string, datacenter: string, 
/**
 * IANA zone of the data center, e.g. `Europe/Amsterdam`.
 */
datacenter_timezone: string, };

export type Session = { accountId: string, email: string, name: string, providerUrl: string, isDemo: boolean, 
/**
 * The token is in the keyring and the account reopens at the next start. False for
 * the demo and for a sign-in "for this session only".
 */
remembered: boolean, };

export type Settings = { 
/**
 * The user's choice; `None` follows the OS.
 */
language: string | null, 
/**
 * What the OS asks for, negotiated to a shipped locale.
 */
osLocale: string, 
/**
 * What the UI shows now.
 */
locale: string, locales: Array<string>, 
/**
 * Offer the pseudo-locale (`CLIENTAREA_PSEUDO_LOCALE=1`): accented, longer English,
 * for developers to catch text outside Fluent and layouts that clip.
 */
pseudoLocale: boolean, logLevel: LogLevel, 
/**
 * The folder of the daily log files, to tell support where they are.
 */
logDir: string | null, };

export type SignedOut = { 
/**
 * The provider confirmed the token is revoked. False when it could not be reached:
 * the token is forgotten here and ends at the provider when unused long enough.
 */
revoked: boolean, 
/**
 * The account's cache (tickets, drafts, the outbox) was removed from this computer.
 */
forgotten: boolean, 
/**
 * The account now on screen, if another one is signed in.
 */
current: Session | null, };

export type Sla = "met" | "late" | "due" | "overdue";

export type Span = { from: string, to: string, };

export type StaffReply = { messageId: string, ticketId: string, number: number, subject: string, authorName: string | null, };

export type Startup = { session: Session | null, providerUrl: string | null, error: CommandError | null, };

export type StatusAction = "close" | "reopen" | "solved" | "not_solved";

export type Step = { check: Check, 
/**
 * The port, for `tcp` steps.
 */
port: number | null, startedAt: string, elapsedMs: number, outcome: Outcome, 
/**
 * Facts for the report, as tools print them (`icmp_seq=1 time=0.4 ms`,
 * `notAfter=…`), never sentences: the outcome code carries the meaning.
 */
details: Array<string>, };

export type SupportHours = { teams: Array<TeamHours>, 
/**
 * The provider's holidays from today on (the teams with office hours are off).
 */
holidays: Array<Holiday>, 
/**
 * Where the week strip starts (midnight UTC of today, minus a day so a customer west
 * of UTC sees their whole today).
 */
weekFrom: string, };

export type SyncPhase = "syncing" | "online" | "offline";

export type SyncState = { state: SyncPhase, 
/**
 * When offline: the error code that says why.
 */
errorCode: ErrorCode | null, lastSyncedAt: string | null, 
/**
 * Grows with every change: events and command answers travel on different channels,
 * so the UI keeps the state with the highest revision, never a late older one.
 */
revision: number, 
/**
 * The push stream is up: changes arrive as they happen. When false the app polls.
 */
live: boolean, 
/**
 * While syncing a long history: the records pulled so far.
 */
recordsDone: number | null, 
/**
 * While syncing a long history: how far it has come (tickets and messages written,
 * the total when the provider says, whether the search waits for its end).
 */
progress: PullProgress | null, 
/**
 * Since when the provider could not be reached (kept through the retries' syncing
 * phases; none once a pull gets through).
 */
offlineSince: string | null, 
/**
 * A long first sync (or resync) is over and its search index is being filled: the
 * list is whole, the search finds that history in a moment.
 */
searchPending: boolean, };

export type TeamHours = { teamId: string, name: string, level: number, 
/**
 * The data center these hours are kept in (Data Center Technicians only).
 */
datacenter: string | null, 
/**
 * Around the clock, every day.
 */
always: boolean, 
/**
 * ISO weekdays (1 = Monday) and the shift's hours, in `zone`.
 */
weekdays: Array<number>, opens: string, closes: string, 
/**
 * The IANA zone the hours are kept in.
 */
zone: string, openNow: boolean, 
/**
 * When that changes: the end of the shift under way, or the start of the next one
 * (none when always open, or when no shift comes within two weeks).
 */
nextChange: string | null, 
/**
 * The shifts of the next [`WEEK_DAYS`] days, from the start of today in UTC.
 */
week: Array<Span>, };

export type Ticket = { id: string, 
/**
 * The number the customer quotes ("ticket 100234").
 */
number: number, subject: string, department: DepartmentId, priority: Priority, status: TicketStatus, service_id?: string | null, 
/**
 * The notice this ticket answers: an abuse report (its deadline is met by this
 * ticket's `created_at`).
 */
notice_id?: string | null, 
/**
 * The invoice this ticket asks about (a Financial ticket).
 */
invoice_id?: string | null, 
/**
 * What support needs for a critical incident (High tickets carry it).
 */
incident?: Incident | null, 
/**
 * The team now in charge (a `Team::id`); level 1 until escalated.
 */
team: string, created_at: string, updated_at: string, 
/**
 * The promise: acknowledged by then (2 minutes after creation).
 */
acknowledge_due_at: string, 
/**
 * The promise: first answered by staff by then (10 minutes after creation).
 */
first_response_due_at: string, 
/**
 * When the provider's automatic acknowledgment was sent.
 */
acknowledged_at?: string | null, 
/**
 * When staff first answered.
 */
first_response_at?: string | null, };

export type TicketDraft = { department: DepartmentId, priority: Priority, subject: string, body: string, serviceId: string | null, 
/**
 * The abuse report this ticket answers, when it was opened from one.
 */
noticeId: string | null, 
/**
 * The invoice this ticket asks about, when it was opened from one.
 */
invoiceId: string | null, 
/**
 * The critical-incident section; required on High tickets, ignored on Regular ones.
 */
incident: IncidentDraft | null, attachmentIds: Array<string>, };

export type TicketEvent = { id: string, ticket_id: string, at: string, } & ({ "kind": "acknowledged" } | { "kind": "status_changed", from: TicketStatus, to: TicketStatus, } | { "kind": "escalated", level: number, team: string, reason: string, });

export type TicketFilter = { status: TicketStatus | null, department: DepartmentId | null, priority: Priority | null, 
/**
 * Words to find in subjects and messages (offline, full text); best match first.
 */
query: string | null, 
/**
 * The list's order when not searching (a search is best match first).
 */
sort: TicketSort | null, };

export type TicketHint = { department: DepartmentId, priority: Priority, };

export type TicketMessage = { id: string, ticket_id: string, author: Author, 
/**
 * The staff member's display name; absent for the customer's own messages.
 */
author_name?: string | null, body: string, attachments?: Array<Attachment>, created_at: string, };

export type TicketPage = { 
/**
 * Rows matching the filter, in all.
 */
total: number, offset: number, 
/**
 * A search found more than it ranked: these are the best of its newest matches.
 */
more: boolean, tickets: Array<TicketSummary>, };

export type TicketSort = "recent" | "oldest" | "opened" | "priority";

export type TicketStatus = "open" | "answered" | "resolved" | "closed";

export type TicketSummary = { id: string, number: number, subject: string, department: DepartmentId, priority: Priority, status: TicketStatus, serviceName: string | null, createdAt: string, updatedAt: string, acknowledgedAt: string | null, firstResponseAt: string | null, 
/**
 * The provider's promise: first answered by then.
 */
firstResponseDueAt: string, 
/**
 * When searching: the best matching words of a message, the matches between
 * `MATCH_START` and `MATCH_END` (characters that never occur in text).
 */
snippet: string | null, 
/**
 * A staff message came after the customer last opened the ticket, and the ticket is
 * not closed (a closed ticket needs nothing from the customer).
 */
unread: boolean, 
/**
 * Where the first-response promise stands when the row was read ([`sla_state`]).
 */
sla: Sla, };

export type TicketView = { ticket: Ticket, serviceName: string | null, timeline: Array<TimelineItem>, };

export type TimelineItem = { "type": "message", "item": TicketMessage } | { "type": "event", "item": TicketEvent };

export type Unread = { 
/**
 * Tickets with staff messages not read yet.
 */
tickets: number, 
/**
 * Notices not seen in the status view that are not over.
 */
notices: number, };

export type UpdateClock = { intervalMinutes: number, 
/**
 * The provider's last update: a staff message, an escalation or a status change.
 */
lastAt: string | null, 
/**
 * When the next update is due (while the provider works on it).
 */
dueAt: string | null, state: UpdateState, 
/**
 * Gaps between updates, while the provider worked on it, longer than the interval.
 */
lateGaps: number, };

export type UpdateState = "not_started" | "kept" | "overdue" | "waiting_for_you" | "ended";

export type VatNumberState = { current: string, pending: string | null, 
/**
 * The billing country it must belong to.
 */
country: string | null, };

export type VatOverview = { 
/**
 * The country the provider bills from.
 */
sellerCountry: string, 
/**
 * The billing country on the account (none before the first pull).
 */
country: string | null, 
/**
 * The business customer's VAT number, empty for a private customer.
 */
vatNumber: string, 
/**
 * The rule a new invoice is billed under today.
 */
ruleNow: VatRule, 
/**
 * The rate a new invoice carries today (0 under reverse charge or outside the EU).
 */
rateNowBp: number, 
/**
 * The country's own rate today, whatever the rule.
 */
countryRateBp: number | null, 
/**
 * Each country's rate in force today, by country code.
 */
rates: Array<VatRate>, 
/**
 * Changes of rate in the countries the customer was billed in, between the first
 * invoice and today, oldest first.
 */
changes: Array<RateChange>, 
/**
 * Whether the provider's table came with the last pull (false: not synced yet).
 */
known: boolean, };

export type VatRate = { 
/**
 * ISO 3166-1 alpha-2.
 */
country: string, rate_bp: number, 
/**
 * First day the rate applies.
 */
valid_from: string, 
/**
 * First day it no longer applies; absent while in force.
 */
valid_until?: string | null, };

export type VatRule = "standard" | "reverse_charge" | "outside_scope";

export type YearTotal = { year: number, currency: string, count: number, netCents: number, vatCents: number, totalCents: number, 
/**
 * Of the total, what is not paid yet.
 */
unpaidCents: number, };

/** Every command the UI may call: its arguments and what it returns. */
export type Commands = {
  start_session: { args: {  }; result: Startup };
  sign_in: { args: { providerUrl: string; email: string; password: string; remember: boolean }; result: Session };
  start_demo: { args: {  }; result: Session };
  sign_out: { args: { forget: boolean }; result: SignedOut };
  list_accounts: { args: {  }; result: Accounts };
  switch_account: { args: { accountId: string }; result: Session };
  sync_now: { args: {  }; result: null };
  get_sync_state: { args: {  }; result: SyncState };
  list_tickets: { args: { filter: TicketFilter }; result: Array<TicketSummary> };
  list_ticket_page: { args: { filter: TicketFilter; offset: number; limit: number }; result: TicketPage };
  open_ticket: { args: { id: string }; result: TicketView };
  save_draft: { args: { accountId: string; kind: DraftKind; target: string; data: JsonValue }; result: null };
  get_draft: { args: { kind: DraftKind; target: string }; result: JsonValue | null };
  send_ticket: { args: { draft: TicketDraft }; result: OutboxItem };
  send_reply: { args: { id: string; body: string; attachmentIds: Array<string> }; result: OutboxItem };
  list_outbox: { args: {  }; result: Array<OutboxItem> };
  resend_outbox: { args: { id: string }; result: null };
  edit_outbox: { args: { id: string; subject: string | null; body: string }; result: null };
  discard_outbox: { args: { id: string }; result: null };
  set_ticket_status: { args: { id: string; action: StatusAction }; result: OutboxItem };
  add_attachment: { args: {  }; result: LocalAttachment };
  paste_image: { args: {  }; result: LocalAttachment | null };
  remove_attachment: { args: { id: string }; result: null };
  attachment_limits: { args: {  }; result: AttachmentLimits };
  list_services: { args: {  }; result: Array<Service> };
  support_hours: { args: {  }; result: SupportHours | null };
  ticket_promises: { args: { id: string }; result: Promises };
  ticket_ledger: { args: { id: string }; result: Array<LedgerEntry> };
  evidence: { args: { from: string; to: string }; result: Evidence };
  export_evidence: { args: { from: string; to: string; zone: string; format: ExportFormat }; result: SavedFile };
  credit_draft: { args: { from: string; to: string; zone: string }; result: CreditDraft };
  resync: { args: {  }; result: null };
  billing: { args: {  }; result: Billing };
  invoice_questions: { args: { invoiceId: string }; result: Array<InvoiceQuestion> };
  ask_about_invoice: { args: { draft: TicketDraft; anyway: boolean }; result: AskOutcome };
  vat_number: { args: {  }; result: VatNumberState };
  set_vat_number: { args: { number: string }; result: null };
  export_invoice: { args: { id: string }; result: SavedFile };
  export_invoices_csv: { args: { year: number }; result: SavedFile };
  chat_view: { args: {  }; result: ChatView };
  send_chat: { args: { body: string; attachmentIds: Array<string> }; result: OutboxItem };
  chat_to_ticket: { args: { department: DepartmentId; priority: Priority; subject: string }; result: OutboxItem };
  chat_hint: { args: { text: string }; result: TicketHint | null };
  search_chats: { args: { query: string }; result: Array<ChatHit> };
  email_fallback: { args: {  }; result: EmailFallback };
  prepare_email: { args: { form: EmailForm }; result: PreparedEmail };
  save_email: { args: { form: EmailForm }; result: SavedFile };
  active_notices: { args: { serviceId: string }; result: Array<Notice> };
  list_notices: { args: {  }; result: Array<ListedNotice> };
  notifier_state: { args: {  }; result: NotifierState };
  unread_counts: { args: {  }; result: Unread };
  unseen_notices: { args: {  }; result: Array<string> };
  mark_notices_seen: { args: { ids: Array<string> }; result: null };
  notice_tickets: { args: {  }; result: { [key in string]: Array<TicketSummary> } };
  ticket_notices: { args: { id: string }; result: Array<Notice> };
  get_notify_prefs: { args: {  }; result: NotifyPrefs };
  set_notify_prefs: { args: { prefs: NotifyPrefs }; result: null };
  incident_time: { args: { local: string; zone: string }; result: BeganAt };
  list_time_zones: { args: {  }; result: Array<string> };
  open_link: { args: { url: string }; result: null };
  take_links: { args: {  }; result: Array<DeepLink> };
  startup_mark: { args: { step: string }; result: null };
  save_attachment: { args: { id: string; filename: string }; result: SavedFile };
  open_saved: { args: { path: string }; result: null };
  show_saved: { args: { path: string }; result: null };
  run_diagnostics: { args: { server: string; customPort: number | null; allowLocal: boolean; onProgress: Channel<Progress> }; result: Report };
  cancel_diagnostics: { args: {  }; result: null };
  get_settings: { args: {  }; result: Settings };
  set_language: { args: { language: string | null }; result: string };
  get_account_emails: { args: {  }; result: AccountEmails };
  set_notification_emails: { args: { emails: NotificationEmails }; result: null };
  set_log_level: { args: { level: LogLevel }; result: null };
  get_background: { args: {  }; result: BackgroundSettings };
  set_keep_running: { args: { on: boolean | null }; result: null };
  set_start_at_login: { args: { on: boolean }; result: null };
};

/** The events the shell sends to the window, by name. */
export type Events = {
  "engine": EngineEvent;
  "notifier": NotifierState;
  "open-notice": OpenRequest;
  "open-ticket": OpenRequest;
  "open-invoice": OpenRequest;
  "navigate": "status" | "tickets";
  "links": null;
};

/** Every error code, as a list (the type is `ErrorCode`). */
export const ERROR_CODES: readonly ErrorCode[] = [
  "invalid-credentials",
  "provider-unreachable",
  "provider-invalid-response",
  "provider-rejected",
  "provider-url-invalid",
  "provider-url-insecure",
  "provider-redirected",
  "provider-busy",
  "session-expired",
  "validation",
  "not-signed-in",
  "ticket-not-found",
  "keyring-unavailable",
  "keyring-locked",
  "keyring-timeout",
  "storage",
  "outbox-busy",
  "demo-failed",
  "unknown",
];
