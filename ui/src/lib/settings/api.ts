// Mirrors src-tauri/src/commands/settings.rs.
import { call } from "../ipc";
import type { Locale } from "../l10n/l10n.svelte";

export interface Settings {
  /** The user's choice; null follows the system. */
  language: string | null;
  /** What the system asks for, negotiated to a shipped locale. */
  osLocale: Locale;
  /** What the UI shows now. */
  locale: string;
  locales: Locale[];
  /** Developers: offer the pseudo-locale (CLIENTAREA_PSEUDO_LOCALE=1). */
  pseudoLocale: boolean;
}

/** Where each kind of e-mail goes; empty means the registered address. */
export interface NotificationEmails {
  invoices: string;
  support: string;
  abuse: string;
}

/** The notification addresses as the settings show them: the change still waiting in the outbox, else the provider's. */
export interface AccountEmails {
  /** The registered address (where an empty kind goes). */
  email: string | null;
  notificationEmails: NotificationEmails;
  /** True while the change waits in the outbox. */
  pending: boolean;
}

export const getSettings = () => call<Settings>("get_settings");
export const setLanguage = (language: string | null) => call<string>("set_language", { language });
export const getAccountEmails = () => call<AccountEmails>("get_account_emails");
/** Queued like a reply: it leaves once the provider is reachable. */
export const setNotificationEmails = (emails: NotificationEmails) => call<void>("set_notification_emails", { emails });
