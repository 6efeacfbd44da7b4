## Live chat: the panel at the bottom right of every screen.

chat-open = Chat with support
chat-heading = Live chat
chat-close = Close the chat
chat-promise = An operator answers within 1 minute.
# Variables:
#   $took (String) - how long the acknowledgment took, as a duration ("1 minute")
chat-acknowledged = answered after { $took }
# Variables:
#   $name (String) - the operator's name, as the provider gives it
chat-operator = { $name } is answering
chat-operator-unnamed = Operator
chat-you = You
chat-ticket-notice = For emergencies (a server down, an attack) and account matters (billing, cancelling, passwords), open a ticket instead: a ticket proves that the account is yours.
chat-hint-emergency = This sounds like an emergency. Emergencies need a ticket, which proves that the account is yours and reaches the right team at once.
chat-hint-account = This sounds like an account matter. Account matters need a ticket, which proves that the account is yours.
chat-open-high-ticket = Open a High priority ticket with this conversation
chat-open-financial-ticket = Open a Financial ticket with this conversation
chat-queued = Waiting to be sent
chat-sending = Sending…
chat-failed = Not sent: see the outbox in the ticket list
chat-placeholder = Write a message…
chat-send = Send
chat-convert = Turn this chat into a ticket
chat-convert-confirm = Make it a ticket
chat-converting = Turning the chat into a ticket…
# Variables:
#   $number (String) - the ticket's number, as digits
chat-became-ticket = This chat is now ticket #{ $number }, with the whole conversation.
chat-open-ticket = Open the ticket
chat-from-intro = A ticket written from your chat: the conversation so far is in the description. Add what support asks for and send it.
