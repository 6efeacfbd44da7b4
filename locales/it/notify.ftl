## Notifiche sul desktop degli avvisi del provider (formattate dal lato Rust).

# Variables:
#   $title (String) - the provider's title of the notice
notify-maintenance-summary = Manutenzione programmata: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-outage-summary = Interruzione del servizio: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-service-change-summary = Modifica del servizio: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-abuse-summary = Segnalazione di abuso: { $title }
# Variables:
#   $from (String) - when it begins, formatted
#   $to (String) - when it ends, formatted
notify-window-body = Dal { $from } al { $to } (ora locale).
# Variables:
#   $from (String) - when it began, formatted
notify-since-body = Dal { $from } (ora locale).
# Variables:
#   $deadline (String) - the deadline to answer, formatted
notify-abuse-body = Rispondi entro il { $deadline } (ora locale).
notify-open-body = Apri { -brand-name } per i dettagli.
notify-open = Apri
# A line added to a notice's notification when the provider did not write it in the UI's language.
# Variables:
#   $lang (String) - the primary language subtag of the title shown ("en", "it", "de", "es", or another)
notify-untranslated =
    { $lang ->
        [en] In inglese
        [it] In italiano
        [de] In tedesco
        [es] In spagnolo
       *[other] Nella lingua del provider ({ $lang })
    }: il provider non ha tradotto questo avviso.
# A chrono format pattern for dates and times in notifications; not shown as such.
notify-time-pattern = %d/%m/%Y %H:%M
# Variables:
#   $subject (String) - the ticket's subject
notify-reply-summary = Nuova risposta: { $subject }
# Variables:
#   $author (String) - the name of who answered, from the provider
#   $number (String) - the ticket's number
notify-reply-body = { $author } ha risposto al ticket n. { $number }.
# Variables:
#   $number (String) - the ticket's number
notify-reply-body-anonymous = L'assistenza ha risposto al ticket n. { $number }.
# Many replies in one go, as one notification.
# Variables:
#   $count (Number) - how many replies
notify-replies-summary = { $count } nuove risposte dell'assistenza
notify-replies-body = Apri { -brand-name } per leggerle.

# Variables:
#   $hours (Number) - hours left before the deadline: 24 or 2
notify-abuse-reminder-summary =
    { $hours ->
        [one] Segnalazione di abuso: 1 ora per rispondere
       *[other] Segnalazione di abuso: { $hours } ore per rispondere
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $deadline (String) - the deadline, in the computer's time zone
notify-abuse-reminder-body = «{ $title }» non ha ancora una risposta. Rispondi entro il { $deadline } (ora locale), altrimenti il servizio potrebbe essere sospeso.

# Variables:
#   $author (String) - the operator's name, as the provider gives it
notify-chat-summary = Chat dal vivo: { $author } ha risposto
notify-chat-summary-anonymous = Chat dal vivo: l'assistenza ha risposto
notify-chat-body = Apri la chat per leggere la risposta.

# A date in a notification (chrono's strftime): the due date of an invoice.
notify-date-pattern = %d/%m/%Y
# Variables:
#   $number (String) - The invoice's number, e.g. INV-2026-00412.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-new-summary = Nuova fattura { $number }: { $total }
# Variables:
#   $due (String) - The due date.
notify-invoice-new-body = Scade il { $due }. Aprila nell'Area clienti per vedere le righe e l'IVA.
# Variables:
#   $number (String) - The invoice's number.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-overdue-summary = La fattura { $number } è scaduta: { $total }
# Variables:
#   $days (Number) - Days since the due date.
#   $due (String) - The due date.
notify-invoice-overdue-body = { $days ->
    [one] Scadeva il { $due }, 1 giorno fa.
   *[other] Scadeva il { $due }, { $days } giorni fa.
}
