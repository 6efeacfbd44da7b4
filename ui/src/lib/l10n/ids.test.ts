// Fluent ids are never built at run time: every id the UI looks up is written whole in
// the source, so a search for a message finds every place that shows it, and this test
// finds an id that no locale has.
//
// The rule, checked on every .ts and .svelte file under ui/src (tests excepted: they feed
// made-up ids on purpose). Svelte's own parser reads each file (a .ts file as the script
// of a component: testing/sources.ts), so the check sees code, not text: comments and
// strings do not count.
//
// - A *lookup* is a call of `t(id, …)` or `format(bundles, locale, id, …)` (the functions
//   of l10n.svelte.ts, whose own definitions pass their parameter on and are exempt). Its
//   id must be an *id expression*:
//   1. a string literal ("tickets-heading"), or a template literal without `${…}`;
//   2. `c ? A : B`, `A ?? B` or `A || B` where A and B are id expressions (`c` is anything);
//   3. a property access into an *id map*, `TICKET_STATUS_IDS[ticket.status]` or
//      `FIELD_MESSAGE_IDS[field][reason]`: a map is a `const` whose value is an object
//      literal `as const` (TypeScript then refuses any write to it), maybe followed by
//      `satisfies Record<…>` (which makes it exhaustive), whose every value is a string
//      literal or, nested, such an object. The keys may be anything: only values are ids;
//   4. a call of an *id function*, `errorMessageId(code)`: a function declared by name whose
//      every `return` is an id expression.
//   Anything else fails: t(`status-phase-${phase}`), t("error-" + code), or t(label)
//   with `label` a variable or a parameter.
// - `t` keeps its name: it is never imported under another, and it is passed as a value
//   only to a parameter also named `t` (`reportText(report, t)`), whose calls are lookups.
// - Every id found this way (in lookups, id maps and id functions) is a message of
//   locales/en-US; scripts/check-locales.sh then holds the other locales to en-US.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { code, parseSource, sourceFiles, SRC, walk, where, type AstNode, type Parsed, type Source } from "../testing/sources";

const LOCALES = join(SRC, "..", "..", "locales");
const L10N_MODULE = "lib/l10n/l10n.svelte.ts";

/** The id's argument position, for each lookup function. */
const LOOKUPS: Record<string, number> = { t: 0, format: 2 };
const isLookup = (name: unknown) => typeof name === "string" && Object.hasOwn(LOOKUPS, name);

type Found = { problems: string[]; ids: { id: string; at: string }[] };

/** Looks through what does not change a value: `x as T`, `x!`, `(x)`, `x satisfies T`, `a?.b`. */
function bare(n: AstNode): AstNode {
  while (["TSAsExpression", "TSNonNullExpression", "TSSatisfiesExpression", "ParenthesizedExpression", "ChainExpression"].includes(n.type)) {
    if (n.type === "TSAsExpression" && isConst(n)) break;
    n = n.expression;
  }
  return n;
}
const isConst = (n: AstNode) => n.type === "TSAsExpression" && n.typeAnnotation?.typeName?.name === "const";
const isString = (n: AstNode) => n.type === "Literal" && typeof n.value === "string";

/** The string leaves of an id map's object literal, or null when one is not a string. */
function mapLeaves(obj: AstNode): AstNode[] | null {
  const leaves: AstNode[] = [];
  for (const p of obj.properties) {
    if (p.type !== "Property" || p.kind !== "init" || p.method) return null;
    const v = p.value as AstNode;
    if (isString(v)) leaves.push(v);
    else if (v.type === "ObjectExpression") {
      const inner = mapLeaves(v);
      if (!inner) return null;
      leaves.push(...inner);
    } else return null;
  }
  return leaves;
}

type Fn = { file: Parsed; params: AstNode[]; body: AstNode };

function check(input: Source[], messages: Set<string> | null = null): Found {
  const files = input.map(parseSource);
  const found: Found = { problems: [], ids: [] };

  // Id maps and functions, by name, from every file.
  const maps = new Map<string, { file: Parsed; leaves: AstNode[] }>();
  const functions = new Map<string, Fn[]>();
  const addFn = (name: string, f: Fn) => functions.set(name, [...(functions.get(name) ?? []), f]);
  for (const f of files) {
    walk(f.root, (n, parent) => {
      if (n.type === "FunctionDeclaration" && n.id) addFn(n.id.name, { file: f, params: n.params, body: n.body });
      if (n.type !== "VariableDeclarator" || n.id.type !== "Identifier" || !n.init) return;
      const init = n.init as AstNode;
      if (["ArrowFunctionExpression", "FunctionExpression"].includes(init.type)) addFn(n.id.name, { file: f, params: init.params, body: init.body });
      let value = init.type === "TSSatisfiesExpression" ? init.expression : init;
      if (parent?.kind !== "const" || !isConst(value)) return;
      value = value.expression;
      const leaves = value.type === "ObjectExpression" ? mapLeaves(value) : null;
      if (!leaves) return;
      if (maps.has(n.id.name)) found.problems.push(`${where(f, n)}: a second id map named ${n.id.name}`);
      maps.set(n.id.name, { file: f, leaves });
    });
  }
  for (const { file, leaves } of maps.values()) {
    for (const leaf of leaves) found.ids.push({ id: leaf.value, at: where(file, leaf) });
  }

  // Whether `fn` returns only ids; its literal ids are recorded once.
  const idFunctions = new Map<string, boolean>();
  const isIdFunction = (name: string): boolean => {
    const known = idFunctions.get(name);
    if (known !== undefined) return known;
    const decls = functions.get(name);
    if (!decls) return false;
    idFunctions.set(name, true); // recursion: assume so while checking
    let ok = true;
    for (const d of decls) {
      const returns: AstNode[] = [];
      if (d.body.type !== "BlockStatement") returns.push(d.body);
      else
        walk(d.body, (n, _p, _k, ancestors) => {
          const nested = ancestors.some((a) => a !== d.body && /Function/.test(a.type));
          if (n.type === "ReturnStatement" && !nested) returns.push(n.argument ?? n);
        });
      if (returns.length === 0) ok = false;
      for (const r of returns) ok = idExpression(d.file, r) && ok;
    }
    idFunctions.set(name, ok);
    return ok;
  };

  const literal = (f: Parsed, n: AstNode, id: string) => {
    found.ids.push({ id, at: where(f, n) });
    return true;
  };

  /** Whether `n` is an id expression; records the literal ids in it. */
  function idExpression(f: Parsed, node: AstNode): boolean {
    const n = bare(node);
    if (isString(n)) return literal(f, n, n.value);
    if (n.type === "TemplateLiteral" && n.expressions.length === 0) return literal(f, n, n.quasis[0].value.cooked);
    if (n.type === "ConditionalExpression") return idExpression(f, n.consequent) && idExpression(f, n.alternate);
    if (n.type === "LogicalExpression" && ["??", "||"].includes(n.operator)) return idExpression(f, n.left) && idExpression(f, n.right);
    if (n.type === "MemberExpression") {
      let root = n;
      while (root.type === "MemberExpression") root = bare(root.object);
      return root.type === "Identifier" && maps.has(root.name);
    }
    if (n.type === "CallExpression" && n.callee.type === "Identifier") return isIdFunction(n.callee.name);
    return false;
  }

  for (const f of files) {
    let importsT = false;
    walk(f.root, (n) => {
      if (n.type !== "ImportDeclaration" || !/l10n\.svelte(\.ts)?$/.test(n.source.value)) return;
      for (const s of n.specifiers) {
        if (s.type === "ImportNamespaceSpecifier") found.problems.push(`${where(f, s)}: the l10n module imported whole: ${code(f, n)}`);
        if (s.type === "ImportSpecifier" && (s.imported.name === "t") !== (s.local.name === "t")) {
          found.problems.push(`${where(f, s)}: t imported under another name: ${code(f, s)}`);
        }
        if (s.type === "ImportSpecifier" && s.local.name === "t") importsT = true;
      }
    });
    walk(f.root, (n, parent, key, ancestors) => {
      if (n.type === "CallExpression" && n.callee.type === "Identifier" && isLookup(n.callee.name)) {
        const name = n.callee.name;
        const exempt =
          f.file === L10N_MODULE &&
          ancestors.some((a) => a.type === "FunctionDeclaration" && isLookup(a.id?.name));
        const id = n.arguments[LOOKUPS[name]];
        if (!exempt && (!id || !idExpression(f, id))) {
          found.problems.push(`${where(f, n)}: an id built at run time: ${code(f, n)}`);
        }
      }
      // `t` as a value: only to a parameter of the same name.
      if (!importsT || n.type !== "Identifier" || n.name !== "t") return;
      if (parent?.type === "CallExpression" && key === "callee") return;
      if (["ImportSpecifier", "ImportDeclaration"].includes(parent?.type ?? "")) return;
      if (parent?.type === "MemberExpression" && key === "property" && !parent.computed) return;
      if (parent?.type === "Property" && key === "key" && !parent.computed && !parent.shorthand) return;
      if (parent?.type === "CallExpression" && key === "arguments" && parent.callee.type === "Identifier") {
        const index = parent.arguments.indexOf(n);
        const decls = functions.get(parent.callee.name) ?? [];
        if (decls.length > 0 && decls.every((d) => d.params[index]?.type === "Identifier" && d.params[index].name === "t")) return;
      }
      found.problems.push(`${where(f, n)}: t used as a value, where its lookups cannot be checked: ${code(f, parent ?? n)}`);
    });
  }

  if (messages) {
    for (const { id, at } of found.ids) if (!messages.has(id)) found.problems.push(`${at}: no message ${id} in locales/en-US`);
  }
  return found;
}

function englishMessages(): Set<string> {
  const dir = join(LOCALES, "en-US");
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".ftl"))) {
    for (const entry of new FluentResource(readFileSync(join(dir, name), "utf8")).body) {
      if (!entry.id.startsWith("-")) ids.add(entry.id);
    }
  }
  return ids;
}

describe("Fluent ids are written whole", () => {
  it("tells literal ids from built ones (the check itself works)", () => {
    const component = `<script lang="ts">
      import { t } from "../l10n/l10n.svelte";
      import { reportText } from "./report";
      const KIND_IDS = { a: "kind-a", b: "kind-b" } as const satisfies Record<"a" | "b", string>;
      const NESTED_IDS = { x: { y: "nested-x-y" } } as const;
      const LOOSE = { a: "kind-a" };
      function kindId(k: string) { if (k === "a") return KIND_IDS.a; return "kind-other"; }
      function built(k: string) { return \`kind-\${k}\`; }
      function nothing(k: string) { console.log(k); }
      const label = "app-label";
      let k = "a", c = true;
    </script>
    <p>{t("literal")} {t(c ? "yes" : "no")} {t(KIND_IDS[k])} {t(NESTED_IDS.x[k])} {t(kindId(k))} {reportText(null, t)}</p>
    <p>{t(\`kind-\${k}\`)} {t("kind-" + k)} {t(label)} {t(LOOSE[k])} {t(built(k))} {t(nothing(k))} {[1].map(t)}</p>`;
    const report = "export function reportText(r: unknown, t: (id: string) => string) { return t(`x-${r}`); }";
    const found = check(
      [
        { file: "components/Fixture.svelte", text: component },
        { file: "components/report.ts", text: report },
      ],
      new Set(["literal", "yes", "no", "kind-a", "kind-b", "kind-other", "nested-x-y"]),
    );
    expect(found.problems).toEqual([
      "components/Fixture.svelte:14: an id built at run time: t(`kind-${k}`)",
      'components/Fixture.svelte:14: an id built at run time: t("kind-" + k)',
      "components/Fixture.svelte:14: an id built at run time: t(label)",
      "components/Fixture.svelte:14: an id built at run time: t(LOOSE[k])",
      "components/Fixture.svelte:14: an id built at run time: t(built(k))",
      "components/Fixture.svelte:14: an id built at run time: t(nothing(k))",
      "components/Fixture.svelte:14: t used as a value, where its lookups cannot be checked: [1].map(t)",
      "components/report.ts:1: an id built at run time: t(`x-${r}`)",
    ]);
  });

  it("finds ids that English lacks", () => {
    const found = check([{ file: "a.ts", text: 'import { t } from "./l10n.svelte";\nt("no-such-message");' }], new Set());
    expect(found.problems).toEqual(["a.ts:2: no message no-such-message in locales/en-US"]);
  });

  it("holds for every file under ui/src", () => {
    const found = check(sourceFiles(), englishMessages());
    expect(found.problems).toEqual([]);
    expect(found.ids.length).toBeGreaterThan(100);
  });
});
