## The outbox: sends waiting for the provider, and what the customer can do with them.

outbox-heading = Waiting to be sent
outbox-state-queued = Queued
outbox-state-sending = Sending…
outbox-state-failed = Not sent
# Variables:
#   $time (String) - when the customer sent it, already formatted
outbox-written = Written { $time }
outbox-retry-why = It will be sent again automatically.
outbox-failed-why = The provider did not accept it. Edit it and send it again, or discard it.
# A status or account change has no words to edit.
outbox-failed-why-no-edit = The provider did not accept it. Send it again later, or discard it.
outbox-resend = Send again
outbox-edit = Edit
outbox-save = Save and send
outbox-cancel = Cancel
outbox-discard = Discard

outbox-status-close = Close the ticket
outbox-status-reopen = Reopen the ticket
outbox-status-solved = Confirm that it is solved
outbox-status-not_solved = Say that it is not solved
outbox-account = New notification e-mail addresses

# Variables:
#   $text (String) - the chat message, as the customer wrote it
outbox-chat = Chat: { $text }
# Variables:
#   $subject (String) - the ticket's subject, as the customer wrote it
outbox-chat-ticket = The chat as a ticket: { $subject }
