// The first calls of a start, made by the page's first script before the app itself has
// loaded (main.ts loads it beside them): the session, the settings and, when the list
// is the screen a start shows, its first page. Each is taken once by the part of the
// app that would otherwise ask for it, so a start waits for the larger of the two (the
// app's code, the shell's answers) instead of their sum, and the list comes in the
// same frame as the rest of the main screen.
import { startSession, type Startup } from "../session/api";
import { getSettings, type Settings } from "../settings/api";
import { listTicketPage, type TicketFilter, type TicketPage } from "../tickets/api";

/** Where the view a user left is kept (App.svelte restores it at the next start). */
export const LAST_VIEW = "last-view";
/** The list's filter when nothing was chosen yet (TicketList.svelte starts with it). */
export const FIRST_FILTER: TicketFilter = { status: null, department: null, priority: null, query: null, sort: "recent" };
/** The rows of the list's first page. */
export const FIRST_PAGE_ROWS = 50;

let opening: Promise<Startup> | null = null;
let settings: Promise<Settings> | null = null;
let firstPage: Promise<TicketPage | null> | null = null;

/** The list is the screen this start shows (the view left last, or none yet). */
export function startsWithList(): boolean {
  const last = globalThis.localStorage?.getItem(LAST_VIEW) ?? null;
  return last === null || last === "list";
}

/** Ask for what the first screen needs; once, at the very start. */
export function startBoot() {
  opening = startSession();
  settings = getSettings();
  // Answered (or refused, with no session) as soon as the session is open. Kept for a
  // list shown at start only: another view left last means the list comes later, and
  // then it reads its page as usual.
  if (startsWithList()) {
    // Failing, it is read again by the list itself (which shows why).
    firstPage = opening.then((s) => (s.session ? listTicketPage(FIRST_FILTER, 0, FIRST_PAGE_ROWS) : null)).catch(() => null);
  }
  // Read by their takers: never an unhandled rejection on the way.
  for (const p of [opening, settings]) p.catch(() => {});
}

/** The session being opened (asked again if the boot did not ask). */
export function takeOpening(): Promise<Startup> {
  const p = opening ?? startSession();
  opening = null;
  return p;
}

/** The settings (asked again if the boot did not ask). */
export function takeSettings(): Promise<Settings> {
  const p = settings ?? getSettings();
  settings = null;
  return p;
}

/** A page of the list: the one the boot asked for if it is this very one (once, and only
 * for the first page read), otherwise `read()`. */
export function firstPageOr(filter: TicketFilter, offset: number, limit: number, read: () => Promise<TicketPage>): Promise<TicketPage> {
  const p = firstPage;
  firstPage = null;
  const same = offset === 0 && limit === FIRST_PAGE_ROWS && JSON.stringify(filter) === JSON.stringify(FIRST_FILTER);
  return p && same ? p.then((page) => page ?? read()) : read();
}

