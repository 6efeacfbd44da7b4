## La posta in uscita: invii in attesa del provider e cosa può farne il cliente.

outbox-heading = In attesa di invio
outbox-state-queued = In coda
outbox-state-sending = Invio in corso…
outbox-state-failed = Non inviato
# Variables:
#   $time (String) - when the customer sent it, already formatted
outbox-written = Scritto il { $time }
outbox-retry-why = Verrà inviato di nuovo automaticamente.
outbox-failed-why = Il provider non l'ha accettato. Modificalo e invialo di nuovo, oppure eliminalo.
# A status or account change has no words to edit.
outbox-failed-why-no-edit = Il provider non l'ha accettato. Invialo di nuovo più tardi, oppure eliminalo.
outbox-resend = Invia di nuovo
outbox-edit = Modifica
outbox-save = Salva e invia
outbox-cancel = Annulla
outbox-discard = Elimina

outbox-status-close = Chiudere il ticket
outbox-status-reopen = Riaprire il ticket
outbox-status-solved = Confermare che è risolto
outbox-status-not_solved = Segnalare che non è risolto
outbox-account = Nuovi indirizzi e-mail per le notifiche

# Variables:
#   $text (String) - the chat message, as the customer wrote it
outbox-chat = Chat: { $text }
# Variables:
#   $subject (String) - the ticket's subject, as the customer wrote it
outbox-chat-ticket = La chat come ticket: { $subject }
