## Der Postausgang: Sendungen, die auf den Provider warten, und was der Kunde damit tun kann.

outbox-heading = Wartet auf Versand
outbox-state-queued = In der Warteschlange
outbox-state-sending = Wird gesendet…
outbox-state-failed = Nicht gesendet
# Variables:
#   $time (String) - when the customer sent it, already formatted
outbox-written = Geschrieben { $time }
outbox-retry-why = Es wird automatisch erneut gesendet.
outbox-failed-why = Der Provider hat es nicht angenommen. Bearbeiten und erneut senden oder verwerfen.
# A status or account change has no words to edit.
outbox-failed-why-no-edit = Der Provider hat es nicht angenommen. Später erneut senden oder verwerfen.
outbox-resend = Erneut senden
outbox-edit = Bearbeiten
outbox-save = Speichern und senden
outbox-cancel = Abbrechen
outbox-discard = Verwerfen

outbox-status-close = Ticket schließen
outbox-status-reopen = Ticket wieder öffnen
outbox-status-solved = Bestätigen, dass es gelöst ist
outbox-status-not_solved = Melden, dass es nicht gelöst ist
outbox-account = Neue E-Mail-Adressen für Benachrichtigungen

# Variables:
#   $text (String) - the chat message, as the customer wrote it
outbox-chat = Chat: { $text }
# Variables:
#   $subject (String) - the ticket's subject, as the customer wrote it
outbox-chat-ticket = Der Chat als Ticket: { $subject }
