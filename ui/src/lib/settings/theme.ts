// Light or dark: the desktop's choice (prefers-color-scheme) unless the user picked one
// in Settings. Kept in the window's own storage, so the first paint has it.
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const KEY = "theme";

export function savedTheme(): Theme {
  const t = globalThis.localStorage?.getItem(KEY);
  return t === "light" || t === "dark" ? t : "system";
}

/** Show `theme` now and from the next start. */
export function applyTheme(theme: Theme, save = true) {
  const root = document.documentElement;
  if (theme === "system") delete root.dataset.theme;
  else root.dataset.theme = theme;
  if (save) globalThis.localStorage?.setItem(KEY, theme);
}
