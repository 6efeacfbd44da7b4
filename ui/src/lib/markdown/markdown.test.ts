import { describe, expect, it } from "vitest";
import { parse, safeHref } from "./markdown";

describe("provider Markdown", () => {
  it("keeps emphasis, code, lists and links as structure", () => {
    const b = parse("Please run `uptime`:\n\n- **reboot** first\n- see [the guide](https://example.com/guide)");
    expect(b[0]).toEqual({ kind: "p", children: [{ kind: "text", text: "Please run " }, { kind: "code", text: "uptime" }, { kind: "text", text: ":" }] });
    expect(b[1].kind).toBe("list");
    const items = (b[1] as { items: unknown[][] }).items;
    expect(JSON.stringify(items[1])).toContain('"href":"https://example.com/guide"');
  });

  it("shows raw HTML and scripts as the text written, never as markup", () => {
    const b = parse('Hi <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(b).toHaveLength(1);
    const p = b[0] as { children: { kind: string; text?: string }[] };
    expect(p.children.every((c) => c.kind === "text")).toBe(true);
    expect(p.children.map((c) => c.text).join("")).toBe('Hi <script>alert(1)</script> <img src=x onerror="alert(2)">');
  });

  it("drops the address of a link that is not http, https or mailto", () => {
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "tauri://localhost", "relative/path"]) {
      expect(safeHref(bad), bad).toBeNull();
    }
    expect(safeHref("https://example.com/a b")).toBe("https://example.com/a%20b");
    const b = parse("[click](javascript:alert(1))");
    expect(JSON.stringify(b)).not.toContain("javascript");
  });

  it("gives back &, < and > as typed", () => {
    expect(parse("a < b && c > d")).toEqual([{ kind: "p", children: [{ kind: "text", text: "a < b && c > d" }] }]);
  });
});
