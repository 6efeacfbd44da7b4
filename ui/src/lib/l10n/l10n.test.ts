import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundles, format, LOCALES } from "./l10n.svelte";
import { ERROR_MESSAGES, FIELD_MESSAGES, FIELD_REASONS } from "../errors";

const root = fileURLToPath(new URL("../../../../locales", import.meta.url));
const files: Record<string, string> = {};
for (const locale of readdirSync(root)) {
  for (const f of readdirSync(join(root, locale))) {
    files[`../../../../locales/${locale}/${f}`] = readFileSync(join(root, locale, f), "utf8");
  }
}
const bundles = buildBundles(files);

describe("fluent in the UI", () => {
  it("formats every locale with its brand", () => {
    expect(format(bundles, "it", "app-window-title")).toBe("Area clienti");
    expect(format(bundles, "de", "welcome-title")).toBe("Willkommen in Ihrem Kundenbereich");
    expect(format(bundles, "es", "tickets-number", { number: "100234" })).toBe("#100234");
  });

  it("falls back to English, then to the id", () => {
    expect(format(bundles, "fr", "tickets-status-open")).toBe("Open");
    expect(format(bundles, "it", "no-such-message")).toBe("no-such-message");
  });

  it("has a message for every error code, field reason and field's own message, in every locale", () => {
    for (const locale of LOCALES) {
      const own = Object.values(FIELD_MESSAGES).flatMap((m) => Object.values(m));
      for (const id of [...Object.values(ERROR_MESSAGES), ...Object.values(FIELD_REASONS), ...own]) {
        expect(bundles.get(locale)?.hasMessage(id), `${locale}: ${id}`).toBe(true);
      }
    }
  });

  it("maps every error message English has (a field's own message is found by the map alone)", () => {
    const english = new Set<string>();
    for (const [path, source] of Object.entries(files)) {
      if (path.split("/").at(-2) !== "en-US") continue;
      for (const m of source.matchAll(/^(error-[a-z0-9_-]+) =/gm)) english.add(m[1]);
    }
    const own = Object.values(FIELD_MESSAGES).flatMap((m) => Object.values(m));
    const mapped = new Set<string>([...Object.values(ERROR_MESSAGES), ...Object.values(FIELD_REASONS), ...own]);
    expect([...english].filter((id) => !mapped.has(id))).toEqual([]);
    expect(english.size).toBeGreaterThan(30);
  });
});

describe("times in words", () => {
  it("says durations and relative times in the current locale", async () => {
    const { l10n, formatDuration, formatRelative } = await import("./l10n.svelte");
    const now = Date.parse("2026-11-22T10:00:00Z");
    l10n.locale = "en-US";
    expect(formatDuration(7 * 60_000)).toBe("7 minutes");
    expect(formatDuration(3 * 3600_000)).toBe("3 hours");
    expect(formatRelative("2026-11-22T10:04:00Z", now)).toBe("in 4 minutes");
    expect(formatRelative("2026-11-22T09:57:00Z", now)).toBe("3 minutes ago");
    l10n.locale = "it";
    expect(formatRelative("2026-11-22T10:04:00Z", now)).toBe("tra 4 minuti");
    l10n.locale = "de";
    expect(formatDuration(2 * 86_400_000)).toBe("2 Tage");
  });
});

describe("pseudo-locale", () => {
  it("accents and lengthens the words, and leaves placeables whole", async () => {
    const { pseudo, t, l10n, PSEUDO } = await import("./l10n.svelte");
    expect(pseudo("Open")).toBe("[Öþéñ~~]");
    l10n.locale = PSEUDO;
    expect(t("tickets-number", { number: "100234" })).toBe("[#~]100234");
    expect(t("tickets-status-open")).toBe("[Öþéñ~~]");
    l10n.locale = "en-US";
  });
});

describe("money, rates and countries", () => {
  it("writes euros the way each locale does, always grouped, as the invoice PDF does", async () => {
    const { l10n, formatMoney, formatRate, countryName } = await import("./l10n.svelte");
    const nbsp = "\u00a0";
    const cases: [string, string, string, string][] = [
      ["en-US", "€1,234.56", "25.5%", "Finland"],
      ["it", `1.234,56${nbsp}€`, "25,5%", "Finlandia"],
      ["de", `1.234,56${nbsp}€`, `25,5${nbsp}%`, "Finnland"],
      ["es", `1.234,56${nbsp}€`, `25,5${nbsp}%`, "Finlandia"],
    ];
    for (const [locale, money, rate, finland] of cases) {
      l10n.locale = locale;
      expect(formatMoney(123456, "EUR")).toBe(money);
      expect(formatRate(2550)).toBe(rate);
      expect(countryName("FI")).toBe(finland);
    }
    l10n.locale = "en-US";
    expect(countryName("??")).toBe("??");
  });
});
