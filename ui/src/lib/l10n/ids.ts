// Every closed set of values the UI shows in words, each value mapped to its Fluent
// message. The ids are written whole, never built from a value (`tickets-status-${s}`):
// a search for a message finds each place it is used, and ids.test.ts checks that every
// lookup takes its id from a literal or a map like these, and that English has each one.
// `satisfies Record<…>` makes each map exhaustive: a value added to a union without its
// message here does not compile.
import type { Check, Outcome } from "../diagnostics/api";
import type { Observation } from "../evidence/api";
import type { NotifierReason, Phase } from "../notices/api";
import type { OutboxState, StatusAction } from "../outbox/api";
import type { LogLevel, NotificationEmails } from "../settings/api";
import type { DepartmentId, IssueKind, NoticeKind, Priority, TicketSort, TicketStatus } from "../tickets/api";
import type { Locale } from "./l10n.svelte";
import type { Theme } from "../settings/theme";

export const TICKET_STATUS_IDS = {
  open: "tickets-status-open",
  answered: "tickets-status-answered",
  resolved: "tickets-status-resolved",
  closed: "tickets-status-closed",
} as const satisfies Record<TicketStatus, string>;

export const DEPARTMENT_IDS = {
  technical: "tickets-department-technical",
  financial: "tickets-department-financial",
} as const satisfies Record<DepartmentId, string>;

export const PRIORITY_IDS = {
  regular: "tickets-priority-regular",
  high: "tickets-priority-high",
} as const satisfies Record<Priority, string>;

export const SORT_IDS = {
  recent: "tickets-sort-recent",
  oldest: "tickets-sort-oldest",
  opened: "tickets-sort-opened",
  priority: "tickets-sort-priority",
} as const satisfies Record<TicketSort, string>;

/** The new-ticket form names departments and priorities at more length. */
export const NEW_TICKET_DEPARTMENT_IDS = {
  technical: "tickets-new-department-technical",
  financial: "tickets-new-department-financial",
} as const satisfies Record<DepartmentId, string>;

export const NEW_TICKET_PRIORITY_IDS = {
  regular: "tickets-new-priority-regular",
  high: "tickets-new-priority-high",
} as const satisfies Record<Priority, string>;

export const NOTICE_KIND_IDS = {
  maintenance: "tickets-known-kind-maintenance",
  outage: "tickets-known-kind-outage",
  service_change: "tickets-known-kind-service_change",
  abuse: "tickets-known-kind-abuse",
} as const satisfies Record<NoticeKind, string>;

export const NOTICE_PHASE_IDS = {
  abuse: "status-phase-abuse",
  now: "status-phase-now",
  planned: "status-phase-planned",
  past: "status-phase-past",
} as const satisfies Record<Phase, string>;

/** Why the desktop shows no notifications. */
export const NOTIFIER_REASON_IDS = {
  "no-daemon": "status-notifier-no-daemon",
  "no-bus": "status-notifier-no-bus",
  timeout: "status-notifier-timeout",
  error: "status-notifier-error",
} as const satisfies Record<NotifierReason, string>;

export const OUTBOX_STATE_IDS = {
  queued: "outbox-state-queued",
  sending: "outbox-state-sending",
  failed: "outbox-state-failed",
} as const satisfies Record<OutboxState, string>;

/** A status change waiting in the outbox, by what the customer asked. */
export const OUTBOX_ACTION_IDS = {
  close: "outbox-status-close",
  reopen: "outbox-status-reopen",
  solved: "outbox-status-solved",
  not_solved: "outbox-status-not_solved",
} as const satisfies Record<StatusAction, string>;

/** A check's name; `tcp` takes the port (`$port`). */
export const DIAGNOSTICS_CHECK_IDS = {
  dns: "diagnostics-check-dns",
  tcp: "diagnostics-check-tcp",
  icmp: "diagnostics-check-icmp",
  route: "diagnostics-check-route",
  tls: "diagnostics-check-tls",
} as const satisfies Record<Check, string>;

export const DIAGNOSTICS_OUTCOME_IDS = {
  ok: "diagnostics-outcome-ok",
  open: "diagnostics-outcome-open",
  closed: "diagnostics-outcome-closed",
  timeout: "diagnostics-outcome-timeout",
  error: "diagnostics-outcome-error",
  skipped: "diagnostics-outcome-skipped",
  "not-permitted": "diagnostics-outcome-not-permitted",
  unavailable: "diagnostics-outcome-unavailable",
  untrusted: "diagnostics-outcome-untrusted",
  cancelled: "diagnostics-outcome-cancelled",
} as const satisfies Record<Outcome, string>;

/** Each language by its own name. */
export const LANGUAGE_IDS = {
  "en-US": "settings-language-en-US",
  it: "settings-language-it",
  de: "settings-language-de",
  es: "settings-language-es",
} as const satisfies Record<Locale, string>;

/** The kinds of e-mail the provider sends, each to its own address. */
export const EMAIL_KIND_IDS = {
  invoices: "settings-emails-invoices",
  support: "settings-emails-support",
  abuse: "settings-emails-abuse",
} as const satisfies Record<keyof NotificationEmails, string>;

/** How much the app logs (the settings' choice). */
export const LOG_LEVEL_IDS = {
  normal: "settings-logs-normal",
  detailed: "settings-logs-detailed",
} as const satisfies Record<LogLevel, string>;

/** The kinds of issue the provider gives typical resolution times for. */
export const ISSUE_KIND_IDS = {
  simple: "promise-kind-simple",
  standard: "promise-kind-standard",
  complex: "promise-kind-complex",
  non_standard: "promise-kind-non-standard",
} as const satisfies Record<IssueKind, string>;

/** What the customer's ledger records. */
export const OBSERVATION_IDS = {
  sent: "ledger-sent",
  accepted: "ledger-accepted",
  acknowledged: "ledger-acknowledged",
  first_answer: "ledger-first-answer",
  update: "ledger-update",
  escalated: "ledger-escalated",
  resolved: "ledger-resolved",
  closed: "ledger-closed",
} as const satisfies Record<Observation, string>;

/** The periods the evidence view offers. */
export const PERIOD_IDS = {
  "last-30-days": "evidence-period-last-30-days",
  "this-month": "evidence-period-this-month",
  "last-month": "evidence-period-last-month",
  "last-90-days": "evidence-period-last-90-days",
  "this-year": "evidence-period-this-year",
  custom: "evidence-period-custom",
} as const;

export const THEME_IDS = {
  system: "settings-theme-system",
  light: "settings-theme-light",
  dark: "settings-theme-dark",
} as const satisfies Record<Theme, string>;

/** The keyboard shortcuts the help lists (Shortcuts.svelte). */
export const SHORTCUT_IDS = {
  "new-ticket": "shortcuts-new-ticket",
  search: "shortcuts-search",
  "next-previous": "shortcuts-next-previous",
  open: "shortcuts-open",
  reply: "shortcuts-reply",
  send: "shortcuts-send",
  views: "shortcuts-views",
  close: "shortcuts-close",
  help: "shortcuts-help",
} as const;
export type Shortcut = keyof typeof SHORTCUT_IDS;
