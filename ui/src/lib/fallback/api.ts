// The e-mail fallback's commands (src-tauri/src/commands/fallback.rs).
import { call } from "../ipc";
import type { EmailForm } from "../generated/ipc";

export type { EmailFallback, EmailForm, PreparedEmail } from "../generated/ipc";

/** What an e-mail to support needs: the provider's address and promise, the registered
 * address to send from, the services to name, and when to offer it. */
export const emailFallback = () => call("email_fallback");
/** The e-mail with every field support asks for, in the UI's language, and its mailto:. */
export const prepareEmail = (form: EmailForm) => call("prepare_email", { form });
/** The same e-mail as an .eml in Downloads, the diagnostics bundle attached. */
export const saveEmail = (form: EmailForm) => call("save_email", { form });
