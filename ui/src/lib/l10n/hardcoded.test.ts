// No user-visible text written into the markup: every word on screen comes from Fluent.
// Svelte's own parser reads each component; a text node or a user-visible attribute
// (placeholder, title, aria-label, alt) with a letter in it, outside `{...}`, fails.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "svelte/compiler";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const VISIBLE_ATTRIBUTES = new Set(["placeholder", "title", "aria-label", "alt", "label"]);
// Not words: symbols and sample values that read the same in every language.
const ALLOWED = [/^[\s\p{P}\p{S}\d]*$/u, /^#?\d+$/, /^8443$/, /^hh:mm$/];

function components(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? components(p) : p.endsWith(".svelte") ? [p] : [];
  });
}

type AstNode = { type: string; data?: string; name?: string; value?: unknown; start: number; [k: string]: unknown };

function literalText(source: string): { text: string; line: number }[] {
  const ast = parse(source, { modern: true }) as unknown as { fragment: AstNode };
  const found: { text: string; line: number }[] = [];
  const lineOf = (pos: number) => source.slice(0, pos).split("\n").length;
  const visit = (node: unknown, parent?: AstNode) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) return node.forEach((n) => visit(n, parent));
    const n = node as AstNode;
    if (n.type === "Text" && parent?.type !== "Attribute" && !["style", "script"].includes(String(parent?.name))) {
      const text = String(n.data ?? "").trim();
      if (text && !ALLOWED.some((re) => re.test(text))) found.push({ text, line: lineOf(n.start) });
    }
    if (n.type === "Attribute" && VISIBLE_ATTRIBUTES.has(String(n.name)) && Array.isArray(n.value)) {
      for (const v of n.value as AstNode[]) {
        const text = String(v.data ?? "").trim();
        if (v.type === "Text" && text && !ALLOWED.some((re) => re.test(text))) found.push({ text: `${n.name}="${text}"`, line: lineOf(v.start) });
      }
    }
    for (const [key, value] of Object.entries(n)) {
      if (key !== "parent" && key !== "metadata" && typeof value === "object") visit(value, n);
    }
  };
  visit(ast.fragment);
  return found;
}

describe("no hard-coded user-visible text", () => {
  it("finds literal words in markup (the check itself works)", () => {
    const found = literalText('<p>Hello</p><input placeholder="Your name" /><span>{t("x")} · 42</span><p>{"…"}</p>');
    expect(found.map((f) => f.text)).toEqual(["Hello", 'placeholder="Your name"']);
  });

  for (const file of components(join(ROOT, "components")).concat(join(ROOT, "App.svelte"))) {
    it(relative(ROOT, file), () => {
      expect(literalText(readFileSync(file, "utf8"))).toEqual([]);
    });
  }
});
