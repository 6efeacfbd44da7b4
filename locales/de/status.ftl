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
# Under a notice the provider did not write in the UI's language: its default text is shown.
# Variables:
#   $lang (String) - the primary language subtag of the text shown ("en", "it", "de", "es", or another)
status-notice-untranslated =
    { $lang ->
        [en] Auf Englisch angezeigt
        [it] Auf Italienisch angezeigt
        [de] Auf Deutsch angezeigt
        [es] Auf Spanisch angezeigt
       *[other] In der Sprache des Anbieters angezeigt ({ $lang })
    }: Der Anbieter hat diese Meldung nicht übersetzt.

support-hours-heading = Supportzeiten
support-hours-intro = Wer an Ihren Tickets arbeitet, und wann. Die erste Ebene antwortet rund um die Uhr; die Teams, an die ein Ticket weitergegeben wird, haben Bürozeiten und arbeiten an den Feiertagen des Providers nicht. Die Woche unten ist in Ihrer Ortszeit dargestellt.
# Variables:
#   $level (Number) - the support level (1, 2, 3)
support-hours-level = Ebene { $level }
support-hours-always = Rund um die Uhr, jeden Tag
# Variables:
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-weekdays = Montag bis Freitag, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $days (String) - the days of the week the team works, listed
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-days = { $days }, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $name (String) - the data center's name (the provider's)
support-hours-datacenter = Rechenzentrum { $name }
support-hours-open = Jetzt im Dienst
support-hours-closed = Nicht im Dienst
# Variables:
#   $time (String) - when the shift ends, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-open-until = Jetzt im Dienst, bis { $time } ({ $left })
# Variables:
#   $time (String) - when the next shift starts, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-closed-until = Nicht im Dienst, wieder ab { $time } ({ $left })
support-hours-holidays = Feiertage des Providers
