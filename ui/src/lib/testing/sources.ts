// For tests that read the UI's own code: every .ts and .svelte file under ui/src, parsed
// by Svelte's parser (a .ts file as the script of a component), so a check sees code,
// not text: comments and strings do not count. Never imported by the app.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "svelte/compiler";

/** ui/src */
export const SRC = join(__dirname, "..", "..");

export type AstNode = { type: string; start: number; end: number; [k: string]: any };
export type Source = { file: string; text: string };
export type Parsed = Source & { root: AstNode; offset: number };

/** Every .ts and .svelte file under `dir`, tests excepted, named relative to ui/src. */
export function sourceFiles(dir: string = SRC): Source[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    if (!/\.(ts|svelte)$/.test(name) || name.endsWith(".test.ts")) return [];
    return [{ file: relative(SRC, p).split("\\").join("/"), text: readFileSync(p, "utf8") }];
  });
}

const PREFIX = '<script lang="ts">';
// Written in two, or this file could not be read the same way (a .ts file with the closing
// tag in it fails to parse, loudly: it is never passed over).
const SUFFIX = "</" + "script>";

/** The file's syntax tree; a .ts file that cannot be read as a script fails loudly. */
export function parseSource(s: Source): Parsed {
  const svelte = s.file.endsWith(".svelte");
  const root = parse(svelte ? s.text : `${PREFIX}${s.text}${SUFFIX}`, { modern: true }) as unknown as AstNode;
  return { ...s, root, offset: svelte ? 0 : PREFIX.length };
}

/** Every node under `node`, with its parent, the key it hangs from, and its ancestors. */
export function walk(node: unknown, visit: (n: AstNode, parent: AstNode | null, key: string, ancestors: AstNode[]) => void) {
  const ancestors: AstNode[] = [];
  const go = (n: unknown, parent: AstNode | null, key: string) => {
    if (!n || typeof n !== "object") return;
    if (Array.isArray(n)) return n.forEach((x) => go(x, parent, key));
    const node = n as AstNode;
    const isNode = typeof node.type === "string";
    if (isNode) visit(node, parent, key, ancestors);
    if (isNode) ancestors.push(node);
    for (const [k, v] of Object.entries(node)) {
      if (k !== "parent" && k !== "metadata" && k !== "loc" && typeof v === "object") go(v, isNode ? node : parent, k);
    }
    if (isNode) ancestors.pop();
  };
  go(node, null, "");
}

/** `file:line` of a node. */
export const where = (f: Parsed, n: AstNode) => `${f.file}:${f.text.slice(0, n.start - f.offset).split("\n").length}`;

/** The source of a node, on one line. */
export const code = (f: Parsed, n: AstNode) => f.text.slice(n.start - f.offset, n.end - f.offset).replace(/\s+/g, " ");
