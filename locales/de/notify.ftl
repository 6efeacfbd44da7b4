## Desktop-Benachrichtigungen zu den Meldungen des Anbieters (von der Rust-Seite formatiert).

# Variables:
#   $title (String) - the provider's title of the notice
notify-maintenance-summary = Geplante Wartung: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-outage-summary = Ausfall: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-service-change-summary = Dienständerung: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-abuse-summary = Missbrauchsmeldung: { $title }
# Variables:
#   $from (String) - when it begins, formatted
#   $to (String) - when it ends, formatted
notify-window-body = Von { $from } bis { $to } (Ortszeit).
# Variables:
#   $from (String) - when it began, formatted
notify-since-body = Seit { $from } (Ortszeit).
# Variables:
#   $deadline (String) - the deadline to answer, formatted
notify-abuse-body = Antworten Sie bis { $deadline } (Ortszeit).
notify-open-body = Öffnen Sie den { -brand-name } für die Einzelheiten.
notify-open = Öffnen
# A line added to a notice's notification when the provider did not write it in the UI's language.
# Variables:
#   $lang (String) - the primary language subtag of the title shown ("en", "it", "de", "es", or another)
notify-untranslated =
    { $lang ->
        [en] Auf Englisch
        [it] Auf Italienisch
        [de] Auf Deutsch
        [es] Auf Spanisch
       *[other] In der Sprache des Anbieters ({ $lang })
    }: Der Anbieter hat diese Meldung nicht übersetzt.
# A chrono format pattern for dates and times in notifications; not shown as such.
notify-time-pattern = %d.%m.%Y %H:%M
# Variables:
#   $subject (String) - the ticket's subject
notify-reply-summary = Neue Antwort: { $subject }
# Variables:
#   $author (String) - the name of who answered, from the provider
#   $number (String) - the ticket's number
notify-reply-body = { $author } hat auf Ticket Nr. { $number } geantwortet.
# Variables:
#   $number (String) - the ticket's number
notify-reply-body-anonymous = Der Support hat auf Ticket Nr. { $number } geantwortet.
# Many replies in one go, as one notification.
# Variables:
#   $count (Number) - how many replies
notify-replies-summary = { $count } neue Antworten des Supports
notify-replies-body = Öffnen Sie den { -brand-name }, um sie zu lesen.

# Variables:
#   $hours (Number) - hours left before the deadline: 24 or 2
notify-abuse-reminder-summary =
    { $hours ->
        [one] Missbrauchsmeldung: noch 1 Stunde zum Antworten
       *[other] Missbrauchsmeldung: noch { $hours } Stunden zum Antworten
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $deadline (String) - the deadline, in the computer's time zone
notify-abuse-reminder-body = „{ $title }“ ist noch nicht beantwortet. Antworten Sie bis { $deadline } (Ortszeit), sonst kann der Dienst gesperrt werden.

# Variables:
#   $author (String) - the operator's name, as the provider gives it
notify-chat-summary = Live-Chat: { $author } hat geantwortet
notify-chat-summary-anonymous = Live-Chat: Der Support hat geantwortet
notify-chat-body = Öffnen Sie den Chat, um die Antwort zu lesen.

# A date in a notification (chrono's strftime): the due date of an invoice.
notify-date-pattern = %d.%m.%Y
# Variables:
#   $number (String) - The invoice's number, e.g. INV-2026-00412.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-new-summary = Neue Rechnung { $number }: { $total }
# Variables:
#   $due (String) - The due date.
notify-invoice-new-body = Fällig am { $due }. Im Kundenbereich sehen Sie Positionen und MwSt.
# Variables:
#   $number (String) - The invoice's number.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-overdue-summary = Rechnung { $number } ist überfällig: { $total }
# Variables:
#   $days (Number) - Days since the due date.
#   $due (String) - The due date.
notify-invoice-overdue-body = { $days ->
    [one] Sie war am { $due } fällig, vor 1 Tag.
   *[other] Sie war am { $due } fällig, vor { $days } Tagen.
}
