// Mirrors src-tauri/src/commands/settings.rs.
import { call } from "../ipc";

export interface Settings {
  language: string | null;
  osLocale: string;
  locale: string;
  locales: string[];
  /** Developers: offer the pseudo-locale (CLIENTAREA_PSEUDO_LOCALE=1). */
  pseudoLocale: boolean;
}

export const getSettings = () => call<Settings>("get_settings");
export const setLanguage = (language: string | null) => call<string>("set_language", { language });
