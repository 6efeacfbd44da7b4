// The settings' commands (src-tauri/src/commands/settings.rs). Types from the Rust ones
// (generated/ipc.ts).
import { call } from "../ipc";
import { isLocale, type Locale } from "../l10n/locales";
import type { LogLevel, NotificationEmails, Settings as ShellSettings } from "../generated/ipc";

export type { AccountEmails, AccountUpdate, BackgroundSettings, LogLevel, NotificationEmails } from "../generated/ipc";

/**
 * The shell's Settings with its locales as the ones this UI ships (Rust types them as
 * strings; it negotiates them from the same locales/ directory, so none is dropped).
 */
export type Settings = Omit<ShellSettings, "osLocale" | "locales"> & { osLocale: Locale; locales: Locale[] };

export const getSettings = (): Promise<Settings> =>
  call("get_settings").then((s) => ({
    ...s,
    osLocale: isLocale(s.osLocale) ? s.osLocale : "en-US",
    locales: s.locales.filter(isLocale),
  }));
export const setLanguage = (language: string | null) => call("set_language", { language });
export const getAccountEmails = () => call("get_account_emails");
/** Queued like a reply: it leaves once the provider is reachable. */
export const setNotificationEmails = (emails: NotificationEmails) => call("set_notification_emails", { emails });
/** How much the app writes to its log files; applies at once. */
export const setLogLevel = (level: LogLevel) => call("set_log_level", { level });
/** Whether closing the window keeps the app running in the tray, and starting at login. */
export const getBackground = () => call("get_background");
/** `null`: follow whether the desktop has a tray. */
export const setKeepRunning = (on: boolean | null) => call("set_keep_running", { on });
export const setStartAtLogin = (on: boolean) => call("set_start_at_login", { on });
