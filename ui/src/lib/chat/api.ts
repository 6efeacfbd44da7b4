// The live chat's commands (src-tauri/src/commands/chat.rs).
import { call } from "../ipc";
import type { DepartmentId, Priority } from "../generated/ipc";

export type { ChatFile, ChatHit, ChatLine, ChatView, TicketHint } from "../generated/ipc";

/** The chat panel now: the conversation, the customer's messages on their way, the
 * acknowledgment clock, who answers, the ticket it became. */
export const chatView = () => call("chat_view");
/** Write in the chat (through the outbox: offline, it waits and leaves once), with the
 * files kept by `addAttachment`. */
export const sendChat = (body: string, attachmentIds: string[] = []) => call("send_chat", { body, attachmentIds });
/** Turn the chat into a ticket that carries the whole conversation. */
export const chatToTicket = (department: DepartmentId, priority: Priority, subject: string) =>
  call("chat_to_ticket", { department, priority, subject });
/** Whether a text needs a ticket (an emergency, an account matter), and which. */
export const chatHint = (text: string) => call("chat_hint", { text });
/** Chat messages that match the ticket list's search, newest first. */
export const searchChats = (query: string) => call("search_chats", { query });
