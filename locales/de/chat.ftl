## Live chat: the panel at the bottom right of every screen.

chat-open = Chat mit dem Support
chat-heading = Live-Chat
chat-close = Chat schließen
chat-promise = Ein Mitarbeiter antwortet innerhalb von 1 Minute.
# Variables:
#   $took (String) - how long the acknowledgment took, as a duration ("1 minute")
chat-acknowledged = geantwortet nach { $took }
# Variables:
#   $name (String) - the operator's name, as the provider gives it
chat-operator = Es antwortet { $name }
chat-operator-unnamed = Mitarbeiter
chat-you = Sie
chat-ticket-notice = Für Notfälle (ein ausgefallener Server, ein Angriff) und Kontoangelegenheiten (Abrechnung, Kündigung, Passwörter) eröffnen Sie bitte ein Ticket: Ein Ticket beweist, dass das Konto Ihnen gehört.
chat-hint-emergency = Das klingt nach einem Notfall. Notfälle brauchen ein Ticket: Es beweist, dass das Konto Ihnen gehört, und erreicht sofort das richtige Team.
chat-hint-account = Das klingt nach einer Kontoangelegenheit. Kontoangelegenheiten brauchen ein Ticket, das beweist, dass das Konto Ihnen gehört.
chat-open-high-ticket = Ticket mit hoher Priorität mit diesem Gespräch eröffnen
chat-open-financial-ticket = Ticket im Bereich Finanzen mit diesem Gespräch eröffnen
chat-queued = Wartet auf Versand
chat-sending = Wird gesendet…
chat-failed = Nicht gesendet: siehe „Wartet auf Versand“ in der Ticketliste
chat-placeholder = Nachricht schreiben…
chat-send = Senden
chat-convert = Diesen Chat in ein Ticket umwandeln
chat-convert-confirm = Ticket erstellen
chat-converting = Der Chat wird zum Ticket…
# Variables:
#   $number (String) - the ticket's number, as digits
chat-became-ticket = Dieser Chat ist jetzt Ticket #{ $number }, mit dem ganzen Gespräch.
chat-open-ticket = Ticket öffnen
chat-from-intro = Ein Ticket aus Ihrem Chat: Das bisherige Gespräch steht in der Beschreibung. Ergänzen Sie, was der Support braucht, und senden Sie es.
