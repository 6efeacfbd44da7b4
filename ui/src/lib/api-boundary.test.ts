// The IPC contract in one place per area: components call the shell, and hear its
// events, only through lib/<area>/api.ts; each command there is one the shell has (src-tauri/build.rs lists
// them all), named as the command is (`list_notices` → `listNotices`), and the lib's
// modules never import each other in a cycle. The types the commands and events carry
// come from lib/generated/ipc.ts (written by the shell from the Rust types): the lib's
// modules read it, components take its types from their area's api.ts.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { code, parseSource, sourceFiles, SRC, walk, where, type AstNode, type Parsed } from "./testing/sources";

/** Only these talk to the shell: ipc.ts itself and the areas' api.ts. */
const MAY_CALL_SHELL = (file: string) => file === "lib/ipc.ts" || /^lib\/[a-z]+\/api\.ts$/.test(file);
/** The generated contract: types, and the list of error codes; nothing in it calls the shell. */
const GENERATED = "lib/generated/ipc.ts";
const GENERATED_MODULE = (source: string) => /(^|\/)generated\/ipc(\.ts)?$/.test(source);
/** lib/ipc, and Tauri's own modules: invoke (@tauri-apps/api/core), events (…/event), and the rest. */
const IPC_MODULE = (source: string) =>
  source.startsWith("@tauri-apps/") || (/(^|\/)(lib\/)?ipc(\.ts)?$/.test(source) && !GENERATED_MODULE(source));
/** `import type { … }`: gone once compiled. */
const TYPE_ONLY = (n: AstNode) => n.type === "ImportDeclaration" && n.importKind === "type";

const files: Parsed[] = sourceFiles().map(parseSource);

/** Every module `f` imports (values and types): its source as written, and the node. */
function imports(f: Parsed): { source: string; node: AstNode }[] {
  const out: { source: string; node: AstNode }[] = [];
  walk(f.root, (n) => {
    if (["ImportDeclaration", "ExportNamedDeclaration", "ExportAllDeclaration"].includes(n.type) && n.source) {
      out.push({ source: n.source.value, node: n });
    }
    // A type written `import("../outbox/api").LocalAttachment`.
    if (n.type === "TSImportType") {
      const arg = n.argument?.type === "TSLiteralType" ? n.argument.literal : n.argument;
      if (arg?.type === "Literal") out.push({ source: arg.value, node: n });
    }
  });
  return out;
}

/** The commands the shell registers, from src-tauri/build.rs. */
function shellCommands(): Set<string> {
  const build = readFileSync(join(SRC, "..", "..", "src-tauri", "build.rs"), "utf8");
  const list = build.match(/let commands = &\[([\s\S]*?)\];/);
  if (!list) throw new Error("no command list in src-tauri/build.rs");
  return new Set([...list[1].matchAll(/"([a-z_]+)"/g)].map((m) => m[1]));
}

const camel = (command: string) => command.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

describe("the IPC boundary", () => {
  it("components never reach the shell but through an api.ts", () => {
    const found = files
      .filter((f) => !MAY_CALL_SHELL(f.file))
      // The generated types name Tauri's Channel (a command's argument), as a type only.
      .flatMap((f) =>
        imports(f)
          .filter((i) => IPC_MODULE(i.source) && !(f.file === GENERATED && TYPE_ONLY(i.node)))
          .map((i) => `${where(f, i.node)}: ${code(f, i.node)}`),
      );
    expect(found).toEqual([]);
  });

  it("components take the generated types from their area's api.ts", () => {
    expect(files.some((f) => f.file === GENERATED)).toBe(true);
    const found = files
      .filter((f) => !f.file.startsWith("lib/"))
      .flatMap((f) => imports(f).filter((i) => GENERATED_MODULE(i.source)).map((i) => `${where(f, i.node)}: ${code(f, i.node)}`));
    expect(found).toEqual([]);
  });

  it("every command called is one the shell has, in a function named after it", () => {
    const commands = shellCommands();
    expect(commands.size).toBeGreaterThan(30);
    const found: string[] = [];
    for (const f of files.filter((f) => MAY_CALL_SHELL(f.file))) {
      walk(f.root, (n, _parent, _key, ancestors) => {
        if (n.type !== "CallExpression" || n.callee.type !== "Identifier" || !["call", "invoke"].includes(n.callee.name)) return;
        const inside = [...ancestors].reverse().find((a) => a.type === "FunctionDeclaration" || (a.type === "VariableDeclarator" && a.id.type === "Identifier"));
        const name = inside?.type === "FunctionDeclaration" ? inside.id.name : inside?.id.name;
        const command = n.arguments[0];
        if (f.file === "lib/ipc.ts" && name === "call") return; // the one generic call
        if (command?.type !== "Literal" || typeof command.value !== "string") {
          found.push(`${where(f, n)}: a command not written whole: ${code(f, n)}`);
        } else if (!commands.has(command.value)) {
          found.push(`${where(f, n)}: no command ${command.value} in src-tauri/build.rs`);
        } else if (name !== camel(command.value)) {
          found.push(`${where(f, n)}: ${command.value} is called by ${name ?? "no named function"}, not ${camel(command.value)}`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it("the lib's modules import each other without a cycle", () => {
    const lib = new Map(files.filter((f) => f.file.startsWith("lib/")).map((f) => [f.file, f]));
    const resolve = (from: string, source: string): string | null => {
      if (!source.startsWith(".")) return null;
      const base = normalize(join(dirname(from), source)).split("\\").join("/");
      const hit = [base, `${base}.ts`, `${base}/index.ts`].find((p) => lib.has(p) || existsSync(join(SRC, p)));
      return hit && lib.has(hit) ? hit : null;
    };
    const edges = new Map([...lib].map(([file, f]) => [file, imports(f).map((i) => resolve(file, i.source)).filter((p): p is string => p !== null)]));
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") return void cycles.push([...path.slice(path.indexOf(file)), file].join(" → "));
      state.set(file, "open");
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of lib.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
