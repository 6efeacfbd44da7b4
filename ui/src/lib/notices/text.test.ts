import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { noticeText, primaryLang } from "./text";
import type { NoticeText } from "../generated/ipc";

// The cases core's `notice_text` is tested on: the two rules must choose alike.
type Cases = {
  notices: Record<string, { title: string; body: string; default_lang: string; translations?: NoticeText[] }>;
  cases: { notice: string; locale: string; title: string; lang: string; fallback: boolean }[];
};
const all: Cases = JSON.parse(readFileSync(new URL("../../../../crates/core/src/notice_text_cases.json", import.meta.url), "utf8"));

describe("a notice in the UI's language", () => {
  it("chooses as core does, on core's cases", () => {
    expect(all.cases.length).toBeGreaterThanOrEqual(10);
    for (const c of all.cases) {
      const n = all.notices[c.notice];
      const got = noticeText(n, c.locale);
      expect({ title: got.title, lang: got.lang, fallback: got.fallback }, `${c.notice} in ${c.locale}`).toEqual({
        title: c.title,
        lang: c.lang,
        fallback: c.fallback,
      });
      const body = got.lang === n.default_lang ? n.body : n.translations?.find((t) => t.lang === got.lang)?.body;
      expect(got.body, "the body goes with its title").toBe(body);
    }
  });

  it("reads a notice from a provider that sends no translations", () => {
    const n = { title: "Outage", body: "b", default_lang: "en" };
    expect(noticeText(n, "de")).toEqual({ title: "Outage", body: "b", lang: "en", fallback: true });
    expect(noticeText(n, "en-US").fallback).toBe(false);
  });

  it("names a language by its primary subtag for the fallback message", () => {
    expect(primaryLang("en-GB")).toBe("en");
    expect(primaryLang("ES")).toBe("es");
  });
});
