// Provider text is shown as text, never parsed as HTML: a ticket's subject, a message,
// a staff name, a notice all come from the provider, and one `{@html}` or `innerHTML` on
// any of them would run what it carries. So the UI has no way in at all: this fails on
// `{@html …}` in a component and on any use of the DOM's HTML parsers (innerHTML,
// outerHTML, insertAdjacentHTML, document.write, createContextualFragment, the
// setHTMLUnsafe/parseHTMLUnsafe pair, DOMParser), in every .ts and .svelte file under
// ui/src. Markdown becomes nodes that components render as elements and text nodes
// (lib/markdown/markdown.ts, components/markdown/). Code is read, not text: comments
// and strings do not count.
import { describe, expect, it } from "vitest";
import { code, parseSource, sourceFiles, walk, where, type AstNode, type Parsed } from "./testing/sources";

/** Properties and methods that parse a string as HTML. */
const HTML_SINKS = new Set([
  "innerHTML",
  "outerHTML",
  "insertAdjacentHTML",
  "createContextualFragment",
  "setHTMLUnsafe",
  "parseHTMLUnsafe",
  "srcdoc",
]);

const name = (n: AstNode): string | null =>
  n.type === "Identifier" ? n.name : n.type === "Literal" && typeof n.value === "string" ? n.value : null;

/** `file:line: code` of every way into the HTML parser in `f`. */
function htmlSinks(f: Parsed): string[] {
  const found: string[] = [];
  walk(f.root, (n, parent, key) => {
    const member = n.type === "MemberExpression" ? name(n.property) : null;
    const hit =
      n.type === "HtmlTag" ||
      (member !== null && HTML_SINKS.has(member)) ||
      (member !== null && ["write", "writeln"].includes(member) && name(n.object) === "document") ||
      (n.type === "Identifier" && n.name === "DOMParser" && !(parent?.type === "MemberExpression" && key === "property")) ||
      // <iframe srcdoc=…>, <div innerHTML=…>
      (n.type === "Attribute" && HTML_SINKS.has(n.name));
    if (hit) found.push(`${where(f, n)}: ${code(f, n)}`);
  });
  return found;
}

describe("provider text is never HTML", () => {
  it("no {@html} and no DOM HTML parser anywhere in ui/src", () => {
    const files = sourceFiles().map(parseSource);
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap(htmlSinks)).toEqual([]);
  });

  it("the check finds each way in", () => {
    const bad = (file: string, text: string) => htmlSinks(parseSource({ file, text }));
    expect(bad("a.svelte", "<p>{@html message.body}</p>")).toHaveLength(1);
    expect(bad("b.ts", "el.innerHTML = body;")).toHaveLength(1);
    expect(bad("c.ts", 'el["outerHTML"] = body;')).toHaveLength(1);
    expect(bad("d.ts", 'el.insertAdjacentHTML("beforeend", body);')).toHaveLength(1);
    expect(bad("e.ts", "document.write(body);")).toHaveLength(1);
    expect(bad("f.ts", 'new DOMParser().parseFromString(body, "text/html");')).toHaveLength(1);
    expect(bad("g.svelte", "<iframe srcdoc={body} title=x></iframe>")).toHaveLength(1);
    // Words in comments and strings are not code.
    expect(bad("h.ts", '// innerHTML is never used\nconst s = "innerHTML";')).toEqual([]);
    expect(bad("i.svelte", "<p>{message.body}</p>")).toEqual([]);
    expect(bad("j.ts", "writer.write(chunk);")).toEqual([]);
  });
});
