// Which words of a notice the window shows for the UI's language: the provider may
// publish a notice in several languages (its default text and translations). This
// mirrors core's `notice_text` (crates/core/src/notices.rs); both are tested on the same
// cases (crates/core/src/notice_text_cases.json). The notifications use core's.
import type { Notice } from "../generated/ipc";

/** A notice's words as the customer reads them in one UI language. */
export type NoticeWords = {
  title: string;
  body: string;
  /** The language tag of the text shown, as the provider gave it. */
  lang: string;
  /** The provider wrote nothing in the UI's language: its default text, said so. */
  fallback: boolean;
};

type Texts = Pick<Notice, "title" | "body" | "default_lang" | "translations">;

/** The primary language subtag of a tag, lower case: "en" for "en-GB". */
export const primaryLang = (tag: string): string => tag.split("-")[0].toLowerCase();

/** The text of `n` for UI locale `locale`, among the default text and then the
 * translations in order, tags compared case aside: the one tagged with the locale itself,
 * else the one tagged with its primary language, else the first in that primary
 * language; else the default text, as a fallback. */
export function noticeText(n: Texts, locale: string): NoticeWords {
  const texts: NoticeWords[] = [
    { title: n.title, body: n.body, lang: n.default_lang, fallback: false },
    ...(n.translations ?? []).map((t) => ({ title: t.title, body: t.body, lang: t.lang, fallback: false })),
  ];
  const wanted = primaryLang(locale);
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return (
    texts.find((t) => same(t.lang, locale)) ??
    texts.find((t) => same(t.lang, wanted)) ??
    texts.find((t) => primaryLang(t.lang) === wanted) ?? { ...texts[0], fallback: true }
  );
}
