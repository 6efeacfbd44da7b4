// The UI's Fluent bundles, built from the same locales/*/*.ftl files the Rust side
// embeds. `t()` reads the reactive locale, so changing it re-renders every string at
// once, with no reload and no lost state.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";

import { LOCALES, isLocale, type Locale } from "./locales";
export { LOCALES, isLocale, type Locale };
const DEFAULT: Locale = "en-US";

const sources = import.meta.glob("../../../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

/** The bundle of `locale` from the files of `files` in its folder. */
function buildBundle(files: Record<string, string>, locale: string): FluentBundle {
  // All four locales are left-to-right: no bidi isolation marks around placeables.
  const bundle = new FluentBundle(locale, { useIsolating: false });
  for (const [path, source] of Object.entries(files)) {
    if (path.split("/").at(-2) !== locale) continue;
    const errors = bundle.addResource(new FluentResource(source));
    for (const e of errors) console.error(`${path}: ${e.message}`);
  }
  return bundle;
}

export function buildBundles(files: Record<string, string>): Map<string, FluentBundle> {
  return new Map(LOCALES.map((locale) => [locale, buildBundle(files, locale)]));
}

/** The pseudo-locale: English accented and a third longer, brackets marking each
 * message's ends, so text outside Fluent and layouts that clip show at a glance. */
export const PSEUDO = "en-XA";
const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c, i) => [c, [..."àƀçđéƒĝĥîĵķļɱñöþǫŕšŧûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŦÛṼŴẊÝŽ"][i]]),
);
export function pseudo(text: string): string {
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join("");
  const pad = "~".repeat(Math.ceil(text.length / 3));
  return text.trim() === "" ? text : `[${accented}${pad}]`;
}

function pseudoBundle(files: Record<string, string>): FluentBundle {
  const bundle = new FluentBundle("en-US", { useIsolating: false, transform: pseudo });
  for (const [path, source] of Object.entries(files)) {
    if (path.split("/").at(-2) === DEFAULT) bundle.addResource(new FluentResource(source));
  }
  return bundle;
}

/** The bundles, each parsed when first asked for: a start parses its own language (and
 * English, the fallback), not all of them (tens of milliseconds at every start). */
const bundles = {
  made: new Map<string, FluentBundle>(),
  has: (locale: string) => isLocale(locale) || locale === PSEUDO,
  get(locale: string): FluentBundle | undefined {
    if (!this.has(locale)) return undefined;
    let bundle = this.made.get(locale);
    if (!bundle) {
      this.made.set(locale, (bundle = locale === PSEUDO ? pseudoBundle(sources) : buildBundle(sources, locale)));
      if (this.made.size === 1) performance.mark(`l10n-${locale}`);
    }
    return bundle;
  },
};

export const l10n = $state({ locale: DEFAULT as string });

export function setLocale(locale: string) {
  l10n.locale = bundles.has(locale) ? locale : DEFAULT;
  document.documentElement.lang = l10n.locale;
}

export function format(
  all: { get(locale: string): FluentBundle | undefined },
  locale: string,
  id: string,
  args?: Record<string, FluentVariable>,
): string {
  for (const l of [locale, DEFAULT]) {
    const bundle = all.get(l);
    const message = bundle?.getMessage(id);
    if (bundle && message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}

// Messages without arguments never change within a locale: formatted once (a list row
// has six badges; a fast scroll draws dozens of rows a second).
const plain = new Map<string, string>();

/** The message `id` in the current locale. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  if (args) return format(bundles, l10n.locale, id, args);
  const key = `${l10n.locale}|${id}`;
  let text = plain.get(key);
  if (text === undefined) plain.set(key, (text = format(bundles, l10n.locale, id)));
  return text;
}

// Intl formatters are costly to make (a list of 50 rows made hundreds while scrolling):
// one per locale and options, kept.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  const k = `${l10n.locale}|${key}`;
  let f = formatters.get(k);
  if (!f) formatters.set(k, (f = make()));
  return f as T;
}

/**
 * An amount in cents in its ISO 4217 currency, as the locale writes money, always grouped
 * ("1.234,56 €" in Spanish, where Intl alone would write "1234,56 €"), like the PDF.
 */
export function formatMoney(cents: number, currency: string): string {
  // `useGrouping: "always"` is ES2023 (Intl.NumberFormat v3), newer than this TypeScript lib.
  const options = { style: "currency", currency, useGrouping: "always" } as unknown as Intl.NumberFormatOptions;
  const f = cached(`money-${currency}`, () => new Intl.NumberFormat(l10n.locale, options));
  return f.format(cents / 100);
}

/** A rate in basis points as a percentage ("22 %", "25,5 %"). */
export function formatRate(bp: number): string {
  return cached("rate", () => new Intl.NumberFormat(l10n.locale, { style: "percent", maximumFractionDigits: 2 })).format(bp / 10_000);
}

/** A calendar day (`2026-10-01`) as the locale writes it, with no time zone shift. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return cached("day", () => new Intl.DateTimeFormat(l10n.locale, { dateStyle: "medium" })).format(new Date(y, m - 1, d, 12));
}

const regions = new Map<string, Intl.DisplayNames>();
/** A country (ISO 3166-1 alpha-2) by its name in the UI's language; the code if unknown. */
export function countryName(code: string): string {
  let names = regions.get(l10n.locale);
  if (!names) regions.set(l10n.locale, (names = new Intl.DisplayNames([l10n.locale], { type: "region", fallback: "code" })));
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A short duration in milliseconds, as the locale writes it ("12 ms"). */
export function formatMilliseconds(ms: number): string {
  const f = cached("ms", () => new Intl.NumberFormat(l10n.locale, { style: "unit", unit: "millisecond", unitDisplay: "short" }));
  return f.format(ms);
}

/** A date and time in the current locale, in the user's own time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const f = cached("datetime", () => new Intl.DateTimeFormat(l10n.locale, { dateStyle: "medium", timeStyle: "short" }));
  return f.format(new Date(iso));
}

const MINUTE = 60_000;

/** How far `ms` is, in the largest whole unit that reads well: minutes, hours, days. */
function unitOf(ms: number): [number, "minute" | "hour" | "day"] {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / MINUTE));
  if (minutes < 90) return [minutes, "minute"];
  const hours = Math.round(minutes / 60);
  if (hours < 48) return [hours, "hour"];
  return [Math.round(hours / 24), "day"];
}

/** "in 5 minutes" / "3 hours ago", in the current locale. */
export function formatRelative(iso: string, now: number): string {
  const ms = new Date(iso).getTime() - now;
  const [n, unit] = unitOf(ms);
  return cached("relative", () => new Intl.RelativeTimeFormat(l10n.locale, { numeric: "always" })).format(ms < 0 ? -n : n, unit);
}

/** "7 minutes", "2 hours", in the current locale. */
export function formatDuration(ms: number): string {
  const [n, unit] = unitOf(ms);
  return cached(`unit-${unit}`, () => new Intl.NumberFormat(l10n.locale, { style: "unit", unit, unitDisplay: "long" })).format(n);
}
