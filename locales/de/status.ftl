## Die Ansicht „Dienststatus“: die Meldungen des Anbieters.

status-heading = Dienststatus
status-empty = Keine Wartung, kein Ausfall und keine Missbrauchsmeldung betrifft Sie.
status-phase-abuse = Zu beantwortende Missbrauchsmeldungen
status-phase-now = Laufend
status-phase-planned = Geplant
status-phase-past = Vergangen
status-your-service = Ihr Dienst
# Variables:
#   $time (String) - the deadline, formatted in the user's zone
#   $left (String) - how long is left, relative ("in 22 hours")
status-respond-by = Antworten Sie bis { $time } ({ $left }).
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
#   $to (String) - the end in Central European time, formatted, with CET or CEST
status-window-cet = Für den Anbieter: { $from } bis { $to }.
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
status-since-cet = Für den Anbieter: seit { $from }.
# Variables:
#   $names (String) - the services it touches, separated by commas
status-services = Dienste: { $names }
status-notifier-no-daemon = Auf diesem Desktop läuft kein Benachrichtigungsdienst, daher können neue Meldungen nicht aufspringen. Sie erscheinen trotzdem hier, sobald der Anbieter sie veröffentlicht.
status-notifier-no-bus = Diese Desktop-Sitzung hat keinen Nachrichtenbus, daher können neue Meldungen nicht aufspringen. Sie erscheinen trotzdem hier, sobald der Anbieter sie veröffentlicht.
status-notifier-timeout = Der Benachrichtigungsdienst des Desktops hat nicht geantwortet, daher springen neue Meldungen vielleicht nicht auf. Sie erscheinen trotzdem hier.
status-notifier-error = Der Desktop hat eine Benachrichtigung abgelehnt, daher springen neue Meldungen vielleicht nicht auf. Sie erscheinen trotzdem hier.
# A badge on a notice not seen before this visit.
status-new = Neu
# Heading of the tickets about a notice.
# Variables:
#   $count (Number) - how many tickets
status-tickets-about =
    { $count ->
        [one] Ihr Ticket zu dieser Meldung
       *[other] Ihre Tickets zu dieser Meldung
    }
status-answer = Auf diese Meldung antworten
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-in-time = Rechtzeitig beantwortet: Ticket Nr. { $number }
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-late = Nach Fristablauf beantwortet: Ticket Nr. { $number }
