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
# Under a notice the provider did not write in the UI's language: its default text is shown.
# Variables:
#   $lang (String) - the primary language subtag of the text shown ("en", "it", "de", "es", or another)
status-notice-untranslated =
    { $lang ->
        [en] Mostrato in inglese
        [it] Mostrato in italiano
        [de] Mostrato in tedesco
        [es] Mostrato in spagnolo
       *[other] Mostrato nella lingua del provider ({ $lang })
    }: il provider non ha tradotto questo avviso.

support-hours-heading = Orari dell'assistenza
support-hours-intro = Chi lavora sui tuoi ticket, e quando. Il primo livello risponde 24 ore su 24; i team a cui un ticket passa rispettano gli orari d'ufficio e non lavorano nei giorni festivi del provider. La settimana qui sotto è nel tuo fuso orario.
# Variables:
#   $level (Number) - the support level (1, 2, 3)
support-hours-level = Livello { $level }
support-hours-always = 24 ore su 24, tutti i giorni
# Variables:
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-weekdays = Dal lunedì al venerdì, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $days (String) - the days of the week the team works, listed
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-days = { $days }, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $name (String) - the data center's name (the provider's)
support-hours-datacenter = Data center { $name }
support-hours-open = In servizio ora
support-hours-closed = Fuori servizio
# Variables:
#   $time (String) - when the shift ends, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-open-until = In servizio ora, fino al { $time } ({ $left })
# Variables:
#   $time (String) - when the next shift starts, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-closed-until = Fuori servizio, di nuovo dal { $time } ({ $left })
support-hours-holidays = Giorni festivi del provider
