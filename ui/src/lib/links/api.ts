// The links' commands (src-tauri/src/commands/links.rs).
import { call } from "../ipc";

/** Open an http(s) or mailto address in the system's browser or mail program. */
export const openLink = (url: string) => call("open_link", { url });
/** Save a message's attachment to the Downloads folder; answers where it went. */
export const saveAttachment = (id: string, filename: string) => call("save_attachment", { id, filename });
/** Open a file the app saved, with the system's program for it. */
export const openSaved = (path: string) => call("open_saved", { path });
