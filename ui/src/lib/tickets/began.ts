// The begin time of an incident as typed: day, month, year and a time, in the app's
// language (the system's date inputs follow the system's locale, not the app's). The
// draft keeps one wall-clock string, `YYYY-MM-DDTHH:MM` once complete.

export type DatePart = "day" | "month" | "year";

/** The order a locale writes a date in: `en-US` month-day-year, `it` day-month-year. */
export function dateOrder(locale: string): DatePart[] {
  const parts = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .formatToParts(Date.UTC(2026, 2, 28))
    .map((p) => p.type)
    .filter((t): t is DatePart => t === "day" || t === "month" || t === "year");
  return parts.length === 3 ? parts : ["day", "month", "year"];
}

/** "10:00", "9.05", "0930", "10:00 pm" → "HH:MM" (24 h); null when it is not a time. */
export function parseTime(typed: string): string | null {
  const m = typed.trim().toLowerCase().match(/^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? "0");
  const half = m[3]?.replace(/\./g, "");
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === "pm" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}

/**
 * One string for the draft. Complete and real: `YYYY-MM-DDTHH:MM`. Empty: "". Anything
 * else keeps what was typed in the same shape, which the checks call invalid.
 */
export function joinLocal(day: string, month: string, year: string, time: string): string {
  const [d, mo, y, t] = [day.trim(), month.trim(), year.trim(), time.trim()];
  if (!d && !mo && !y && !t) return "";
  const hm = parseTime(t);
  if (/^\d{4}$/.test(y) && /^\d{1,2}$/.test(mo) && /^\d{1,2}$/.test(d) && hm) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d)) {
      return `${y}-${mo.padStart(2, "0")}-${d.padStart(2, "0")}T${hm}`;
    }
  }
  return `${y}-${mo}-${d}T${t}`;
}

/** The parts back from the draft's string, to show them again. */
export function splitLocal(local: string): { day: string; month: string; year: string; time: string } {
  const m = local.match(/^([^-]*)-([^-]*)-([^T]*)T(.*)$/);
  if (!m) return { day: "", month: "", year: "", time: "" };
  const strip = (s: string) => (/^\d+$/.test(s) ? String(Number(s)) : s);
  return { year: m[1], month: strip(m[2]), day: strip(m[3]), time: m[4] };
}

/** `at` (an instant) as `YYYY-MM-DDTHH:MM` on the clock of `zone`. */
export function localIn(at: string, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(at));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}
