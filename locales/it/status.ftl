## La vista dello stato dei servizi: gli avvisi del provider.

status-heading = Stato dei servizi
status-empty = Nessuna manutenzione, interruzione o segnalazione di abuso ti riguarda.
status-phase-abuse = Segnalazioni di abuso a cui rispondere
status-phase-now = In corso
status-phase-planned = Programmate
status-phase-past = Passate
status-your-service = Tuo servizio
# Variables:
#   $time (String) - the deadline, formatted in the user's zone
#   $left (String) - how long is left, relative ("in 22 hours")
status-respond-by = Rispondi entro il { $time } ({ $left }).
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
#   $to (String) - the end in Central European time, formatted, with CET or CEST
status-window-cet = Per il provider: dalle { $from } alle { $to }.
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
status-since-cet = Per il provider: dalle { $from }.
# Variables:
#   $names (String) - the services it touches, separated by commas
status-services = Servizi: { $names }
status-notifier-no-daemon = Su questo desktop non è attivo alcun servizio di notifiche, quindi i nuovi avvisi non possono comparire. Appaiono comunque qui non appena il provider li pubblica.
status-notifier-no-bus = Questa sessione del desktop non ha un bus di messaggi, quindi i nuovi avvisi non possono comparire. Appaiono comunque qui non appena il provider li pubblica.
status-notifier-timeout = Il servizio di notifiche del desktop non ha risposto, quindi i nuovi avvisi potrebbero non comparire. Appaiono comunque qui.
status-notifier-error = Il desktop ha rifiutato una notifica, quindi i nuovi avvisi potrebbero non comparire. Appaiono comunque qui.
# A badge on a notice not seen before this visit.
status-new = Nuovo
# Heading of the tickets about a notice.
# Variables:
#   $count (Number) - how many tickets
status-tickets-about =
    { $count ->
        [one] Il tuo ticket relativo a questo avviso
       *[other] I tuoi ticket relativi a questo avviso
    }
status-answer = Rispondi alla segnalazione
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-in-time = Risposta nei tempi: ticket n. { $number }
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-late = Risposta oltre la scadenza: ticket n. { $number }
