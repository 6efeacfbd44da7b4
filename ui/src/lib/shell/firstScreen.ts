// The first screen of a start, as the list last stood: a copy of the main screen kept in
// the window's storage, put on screen by the page's first script before the app's code
// has loaded, the session is open or the list is read. The list is on screen in the
// start's first frame instead of after the app's code, its session and its first page.
//
// It is a picture, not the app: inert, hidden from assistive technology, passing clicks
// through (`pointer-events: none`) to the live screen under it, and without test ids.
// What tells the time or the moment's state keeps its place unseen (the sync's state, the
// promise clocks: stale at the next start); banners and panels are left out. The live
// screen replaces it in the frame its rows are made, or at once when the start shows
// something else (another account, another language, the sign-in, another view).
//
// Kept only from the list at its start state (no search or filter, at the top), a moment
// after a change and at most every few seconds; forgotten at sign-out. Kept as a tree of
// elements and texts, never as HTML: it is built again with createElement and text
// nodes, so provider text stays text (the UI has no HTML parser: lib/no-html.test.ts),
// and only attributes that neither load nor run anything come back.

const KEY = "first-screen";
const FORMAT = 2;
/** The copy's element, over the page until the live screen is made. */
const ID = "first-screen";
/** A copy on screen longer than this is dropped, whatever the app is doing. */
const LONGEST_MS = 3000;
/** The largest copy read back (characters of its JSON). */
const LARGEST = 256 * 1024;
/** A change on screen is kept this long after it (the screen settles: rows, counts)... */
const KEEP_AFTER_MS = 400;
/** ...and at most this often. */
const KEEP_EVERY_MS = 2000;

/** A text, or an element: its tag, attributes and children. */
export type Copied = string | [tag: string, attributes: [string, string][], children: Copied[]];
type Kept = { format: number; account: string; lang: string; screen: Copied };

/** What the copy leaves out: what is not on screen, and the moment's alerts. */
const LEFT_OUT = [
  "[hidden]",
  "[role=alert]",
  "dialog",
  ".notice-banner",
  ".error-banner",
  "[data-testid=fallback]",
  "[data-testid=chat-panel]",
].join(",");
/** What the copy keeps the place of, unseen: what tells the time or the moment's state
 * (the sync's state, the promise clocks), stale at the next start. */
const UNSEEN = ["[role=status]", "[data-first-screen=unseen]"].join(",");

/** The elements a copy is made of (the main screen's, none that loads or runs anything). */
const TAGS = new Set(["div", "span", "p", "header", "nav", "main", "section", "ul", "ol", "li", "h1", "h2", "h3", "button", "label",
  "input", "select", "option", "details", "summary", "strong", "em", "mark", "small", "time", "progress", "kbd", "abbr", "code",
  "textarea", "fieldset", "legend", "br"]);
/** Attributes that come back (with `aria-*` and `data-*`): none loads or runs anything. */
const ATTRIBUTES = new Set(["class", "role", "lang", "dir", "title", "type", "placeholder", "value", "selected", "checked",
  "disabled", "open", "max", "tabindex", "for"]);
const safeAttribute = (name: string) => ATTRIBUTES.has(name) || /^(aria|data)-[a-z0-9-]+$/.test(name);

let shown: HTMLElement | null = null;
let shownOf: { account: string; lang: string } | null = null;

function read(): Kept | null {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    // (A main screen is some kilobytes: anything far larger is not one.)
    if (!raw || raw.length > LARGEST) return null;
    const kept = JSON.parse(raw) as Partial<Kept>;
    if (kept.format !== FORMAT || typeof kept.account !== "string" || typeof kept.lang !== "string" || !Array.isArray(kept.screen))
      return null;
    return kept as Kept;
  } catch {
    return null;
  }
}

/** Put the kept copy on screen, if there is one. Called by the page's first script. */
export function showFirstScreen(): boolean {
  const kept = read();
  if (!kept || shown) return false;
  const cover = document.createElement("div");
  cover.id = ID;
  cover.inert = true;
  cover.setAttribute("aria-hidden", "true");
  cover.lang = kept.lang;
  const screen = build(kept.screen);
  if (!screen) return false;
  cover.append(screen);
  document.body.prepend(cover);
  shown = cover;
  shownOf = { account: kept.account, lang: kept.lang };
  setTimeout(dropFirstScreen, LONGEST_MS);
  return true;
}

/** The account and language of the copy on screen (null: none on screen). */
export function firstScreenOf(): { account: string; lang: string } | null {
  return shown ? shownOf : null;
}

/** The live screen is made: the copy goes. */
export function dropFirstScreen() {
  shown?.remove();
  shown = null;
}

/** Sign-out: no copy of that account's list is kept. */
export function forgetFirstScreen() {
  dropFirstScreen();
  atStart = null;
  lastCopied = "";
  try {
    globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage refused: nothing was kept either.
  }
}

/** A node of a kept copy made again: texts as text nodes, elements of the known tags
 * with their safe attributes (styles through the CSSOM: the CSP takes no style attributes
 * from markup). Anything else, or too deep, is left out. */
function build(node: Copied, depth = 0): Node | null {
  if (typeof node === "string") return document.createTextNode(node);
  if (!Array.isArray(node) || depth > 40) return null;
  const [tag, attributes, children] = node;
  if (typeof tag !== "string" || !TAGS.has(tag) || !Array.isArray(attributes) || !Array.isArray(children)) return null;
  const el = document.createElement(tag);
  for (const pair of attributes) {
    if (!Array.isArray(pair) || typeof pair[0] !== "string" || typeof pair[1] !== "string") continue;
    const [name, value] = pair;
    if (name === "style") el.style.cssText = value;
    else if (safeAttribute(name)) el.setAttribute(name, value);
  }
  for (const child of children) {
    const made = build(child, depth + 1);
    if (made) el.append(made);
  }
  return el;
}

/** The copy of `root` (the main screen) that `showFirstScreen` makes again. */
export function copyOf(root: Element): Copied {
  const copy = root.cloneNode(true) as Element;
  // A select shows its chosen option by attribute only once copied (matched to the live
  // ones before anything is left out).
  const live = root.querySelectorAll("select");
  copy.querySelectorAll("select").forEach((select, i) => {
    const chosen = live[i]?.selectedIndex ?? 0;
    select.querySelectorAll("option").forEach((o, j) => o.toggleAttribute("selected", j === chosen));
  });
  for (const el of copy.querySelectorAll(LEFT_OUT)) el.remove();
  for (const el of copy.querySelectorAll<HTMLElement>(UNSEEN)) el.style.visibility = "hidden";
  const tree = (node: Node): Copied | null => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? "";
    if (!(node instanceof HTMLElement)) return null; // comments (the app's anchors)
    const attributes: [string, string][] = [];
    for (const { name, value } of node.attributes) {
      // Not the test ids, nor the ids (the live screen under it has the same).
      if (name !== "data-testid" && name !== "id" && (name === "style" || safeAttribute(name))) attributes.push([name, value]);
    }
    const children: Copied[] = [];
    for (const child of node.childNodes) {
      const c = tree(child);
      if (c !== null) children.push(c);
    }
    return [node.localName, attributes, children];
  };
  return tree(copy) ?? "";
}

let atStart: string | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let keptAt = -Infinity;
let lastCopied = "";
let watched: Element | null = null;

/** The list is at its start state for `account` (null: it is not, or not on screen). */
export function listAtStart(account: string | null) {
  atStart = account;
  if (account !== null) keepSoon();
}

/** Keep a copy of the main screen in `root` whenever it changes while the list is at its
 * start state. Once, by the app at its mount. */
export function watchFirstScreen(root: Element) {
  if (watched) return;
  watched = root;
  new MutationObserver(() => {
    if (atStart !== null) keepSoon();
  }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
}

function keepSoon() {
  if (timer !== null || !watched) return;
  const root = watched;
  const wait = Math.max(KEEP_AFTER_MS, keptAt + KEEP_EVERY_MS - performance.now());
  timer = setTimeout(() => {
    timer = null;
    keptAt = performance.now();
    const screen = root.querySelector(".shell");
    // Not while the window is hidden (in the tray, the clock still changes the screen).
    if (atStart === null || !screen || document.hidden) return;
    try {
      const lang = document.documentElement.lang;
      const tree = copyOf(screen);
      // Written only when it changed.
      const copied = JSON.stringify([atStart, lang, tree]);
      if (copied === lastCopied) return;
      const kept: Kept = { format: FORMAT, account: atStart, lang, screen: tree };
      localStorage.setItem(KEY, JSON.stringify(kept));
      lastCopied = copied;
    } catch {
      // Storage full or refused: the next start is only slower.
    }
  }, wait);
}
