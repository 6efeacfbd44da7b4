import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildBundles, format, LOCALES } from "./l10n.svelte";
import { ERROR_MESSAGES, FIELD_REASONS } from "../errors";

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

  it("has a message for every error code and field reason, in every locale", () => {
    for (const locale of LOCALES) {
      for (const id of [...Object.values(ERROR_MESSAGES), ...Object.values(FIELD_REASONS)]) {
        expect(bundles.get(locale)?.hasMessage(id), `${locale}: ${id}`).toBe(true);
      }
    }
  });
});
