// The UI's languages, without their texts: what the first script of a start needs (the
// texts come with the app's own chunk, see main.ts).
export const LOCALES = ["en-US", "it", "de", "es"] as const;
export type Locale = (typeof LOCALES)[number];
/** Whether `locale` is one this UI ships. */
export const isLocale = (locale: string): locale is Locale => (LOCALES as readonly string[]).includes(locale);
