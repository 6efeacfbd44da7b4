// Highlighting search matches without ever building HTML: text is split into segments,
// each rendered as a text node, the matching ones inside <mark>.

export interface Segment {
  text: string;
  hit: boolean;
}

/** Fold case and accents the way the search index does (caffè ~ caffe, Ü ~ u). */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Mark every word of `text` that starts with one of the typed words. */
export function highlight(text: string, typed: string | null): Segment[] {
  // No search: nothing to mark, and no Unicode class to compile (the first use of
  // \p{L} in a pattern costs tens of milliseconds: at a start, in the first frame).
  if (!typed?.trim()) return [{ text, hit: false }];
  const terms = (typed ?? "").split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(fold);
  if (terms.length === 0) return [{ text, hit: false }];
  const out: Segment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (part === "") continue;
    const hit = /[\p{L}\p{N}]/u.test(part) && terms.some((t) => fold(part).startsWith(t));
    const last = out.at(-1);
    if (last && last.hit === hit) last.text += part;
    else out.push({ text: part, hit });
  }
  return out;
}

/** Segments of a snippet whose matches the core marked with U+E000 … U+E001. */
export function snippetSegments(snippet: string): Segment[] {
  const out: Segment[] = [];
  for (const [i, part] of snippet.split(/[\uE000\uE001]/u).entries()) {
    if (part !== "") out.push({ text: part, hit: i % 2 === 1 });
  }
  return out;
}
