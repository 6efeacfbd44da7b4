// Mirrors src-tauri/src/commands/settings.rs.
import { call } from "../ipc";

export interface Settings {
  language: string | null;
  osLocale: string;
  locale: string;
  locales: string[];
}

export const getSettings = () => call<Settings>("get_settings");
export const setLanguage = (language: string | null) => call<string>("set_language", { language });
