// What the shell asks the window to show: the tray's menu (src-tauri/src/tray.rs) and a
// clicked notification (src-tauri/src/notifications.rs), as Tauri events (their payloads
// typed by generated/ipc.ts `Events`).
import { call, listen, type UnlistenFn } from "../ipc";
import type { Events } from "../generated/ipc";

/** A notice's notification was clicked: its account and id. */
export const onOpenNotice = (show: (id: Events["open-notice"]) => void): Promise<UnlistenFn> => listen("open-notice", show);

/** A reply's notification was clicked: its account and ticket (none: the ticket list). */
export const onOpenTicket = (show: (id: Events["open-ticket"]) => void): Promise<UnlistenFn> => listen("open-ticket", show);

/** The tray's menu, or a notification of several replies, asks for a view. */
export const onNavigate = (show: (view: Events["navigate"]) => void): Promise<UnlistenFn> => listen("navigate", show);

/** `clientarea://` links came (from the desktop, or a second start): `takeLinks` reads them. */
export const onLinks = (hear: () => void): Promise<UnlistenFn> => listen("links", hear);

/** The links that came since last asked, oldest first. */
export const takeLinks = () => call("take_links");

/** A step of the startup trace (src-tauri/src/startup.rs): one of a fixed few. */
export const startupMark = (step: "ui-script" | "ui-session" | "list-painted") => {
  pageMark(step);
  return call("startup_mark", { step }).catch(() => {});
};

let marking = true;
/** A step of this start in the page's own timeline (`performance.mark`), finer than the
 * shell's trace and without a call: bench-launch reads them with the navigation's timing.
 * Only until the first list is painted. */
export function pageMark(step: string) {
  if (marking) performance.mark(step);
}

let painted = false;
/** The first list of this start is on screen: marked once, after the frame that shows it. */
export function listPainted() {
  if (painted) return;
  painted = true;
  requestAnimationFrame(() =>
    setTimeout(() => {
      void startupMark("list-painted");
      marking = false;
    }),
  );
}
