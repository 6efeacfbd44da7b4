// The links' commands (src-tauri/src/commands/links.rs).
import { call } from "../ipc";

export type { SavedFile } from "../generated/ipc";

/** Open an http(s) or mailto address in the system's browser or mail program. */
export const openLink = (url: string) => call("open_link", { url });
/** Save a message's attachment to the Downloads folder, named by what its bytes are;
 * answers where it went and whether it may be opened (images, PDF and text only). */
export const saveAttachment = (id: string, filename: string) => call("save_attachment", { id, filename });
/** Open a file the app saved and found safe to open, with the system's program for it. */
export const openSaved = (path: string) => call("open_saved", { path });
/** Show a file the app saved in its folder (for the files it does not open itself). */
export const showSaved = (path: string) => call("show_saved", { path });
