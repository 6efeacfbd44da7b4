// What the shell asks the window to show: the tray's menu (src-tauri/src/tray.rs) and a
// clicked notification (src-tauri/src/notifications.rs), as Tauri events.
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

/** A notice's notification was clicked: its id. */
export const onOpenNotice = (show: (id: string) => void): Promise<UnlistenFn> => listen<string>("open-notice", (e) => show(e.payload));

/** A reply's notification was clicked: its ticket's id. */
export const onOpenTicket = (show: (id: string) => void): Promise<UnlistenFn> => listen<string>("open-ticket", (e) => show(e.payload));

/** The tray's menu, or a notification of several replies, asks for a view. */
export const onNavigate = (show: (view: "status" | "tickets") => void): Promise<UnlistenFn> =>
  listen<"status" | "tickets">("navigate", (e) => show(e.payload));
