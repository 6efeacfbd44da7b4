// Provider text as Markdown, safely: marked's lexer turns it into tokens, and the UI
// draws a fixed set of them as elements, never as HTML. Raw HTML in a message shows as
// the text it is; a link keeps only an http(s) or mailto address, and opens in the
// system browser after the customer has seen that address.
import { marked, type Token, type Tokens } from "marked";

export type Node =
  | { kind: "text"; text: string }
  | { kind: "strong" | "em" | "del"; children: Node[] }
  | { kind: "code"; text: string }
  | { kind: "br" }
  | { kind: "link"; href: string; children: Node[] };

export type Block =
  | { kind: "p"; children: Node[] }
  | { kind: "heading"; children: Node[] }
  | { kind: "pre"; text: string }
  | { kind: "quote"; blocks: Block[] }
  | { kind: "list"; ordered: boolean; items: Block[][] }
  | { kind: "hr" };

/** The address of a link, when it is one a customer may open: http, https or mailto. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function inline(tokens: Token[] | undefined): Node[] {
  const out: Node[] = [];
  for (const t of tokens ?? []) {
    switch (t.type) {
      case "strong":
      case "em":
      case "del":
        out.push({ kind: t.type, children: inline((t as Tokens.Strong).tokens) });
        break;
      case "codespan":
        out.push({ kind: "code", text: unescape((t as Tokens.Codespan).text) });
        break;
      case "br":
        out.push({ kind: "br" });
        break;
      case "link": {
        const l = t as Tokens.Link;
        const href = safeHref(l.href);
        const children = inline(l.tokens);
        if (href) out.push({ kind: "link", href, children });
        else out.push(...children);
        break;
      }
      case "text": {
        const x = t as Tokens.Text;
        if (x.tokens?.length) out.push(...inline(x.tokens));
        else out.push({ kind: "text", text: unescape(x.text) });
        break;
      }
      default:
        // Images, raw HTML and anything else: shown as the text that was written.
        out.push({ kind: "text", text: "raw" in t ? String(t.raw) : "" });
    }
  }
  return out;
}

function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "space":
        break;
      case "paragraph":
        out.push({ kind: "p", children: inline((t as Tokens.Paragraph).tokens) });
        break;
      case "heading":
        out.push({ kind: "heading", children: inline((t as Tokens.Heading).tokens) });
        break;
      case "code":
        out.push({ kind: "pre", text: (t as Tokens.Code).text });
        break;
      case "blockquote":
        out.push({ kind: "quote", blocks: blocks((t as Tokens.Blockquote).tokens) });
        break;
      case "list": {
        const l = t as Tokens.List;
        out.push({ kind: "list", ordered: l.ordered, items: l.items.map((i) => blocks(i.tokens)) });
        break;
      }
      case "hr":
        out.push({ kind: "hr" });
        break;
      case "text": {
        const x = t as Tokens.Text;
        out.push({ kind: "p", children: x.tokens?.length ? inline(x.tokens) : [{ kind: "text", text: unescape(x.text) }] });
        break;
      }
      default:
        out.push({ kind: "p", children: [{ kind: "text", text: "raw" in t ? String(t.raw) : "" }] });
    }
  }
  return out;
}

// marked escapes &, <, > and quotes in text for HTML output; the UI draws text nodes, so
// they are turned back into the characters written.
function unescape(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e as string] ?? _);
}

export function parse(markdown: string): Block[] {
  return blocks(marked.lexer(markdown, { gfm: true, breaks: true }));
}
