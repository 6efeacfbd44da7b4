## Ticketliste, Verlauf eines Tickets, Antworten und das Formular für neue Tickets.
## Abteilungs- und Prioritätsnamen folgen den Support-Seiten des Providers.

tickets-list-heading = Support-Tickets
tickets-search = Suche
tickets-search-placeholder = Wörter in Betreff und Nachrichten
tickets-search-more = Viele Tickets passen: Dies sind die besten unter den neuesten. Fügen Sie ein Wort hinzu, um die Suche einzugrenzen.
# Shown under a search while a long history's search index is still being filled.
tickets-search-indexing = Der Suchindex Ihres Verlaufs wird noch erstellt: Einige Tickets können in diesen Ergebnissen kurz fehlen.
tickets-filter-status = Status
tickets-filter-department = Abteilung
tickets-filter-priority = Priorität
tickets-filter-any = Alle
tickets-empty = Sie haben noch keine Tickets.
tickets-empty-filtered = Kein Ticket entspricht diesen Filtern.
# Variables:
#   $number (String) - the ticket number the provider gave, as digits (an identifier, never grouped)
tickets-number = #{ $number }
tickets-unread = Neue Antwort
tickets-ack-done = Eingangsbestätigt
tickets-ack-pending = Eingangsbestätigung ausstehend
# Variables:
#   $time (String) - date and time, already formatted
tickets-updated = Aktualisiert { $time }
# Variables:
#   $when (String) - when the promised first response is due, relative ("in 4 minutes"), already formatted
tickets-sla-due = Erste Antwort fällig { $when }
# Variables:
#   $when (String) - when the promised first response was due, relative ("3 minutes ago"), already formatted
tickets-sla-overdue = Erste Antwort war fällig { $when }
# Variables:
#   $duration (String) - how long the first response took ("7 minutes"), already formatted
tickets-sla-met = Beantwortet in { $duration }
# Variables:
#   $duration (String) - how long the first response took, already formatted
tickets-sla-late = Verspätet beantwortet, nach { $duration }
tickets-status-open = Offen
tickets-status-answered = Beantwortet
tickets-status-resolved = Gelöst
tickets-status-closed = Geschlossen
tickets-department-technical = Technik
tickets-department-financial = Finanzen
tickets-priority-regular = Normal
tickets-priority-high = Hoch

tickets-view-back = Zurück zu den Tickets
tickets-view-service = Dienst
# Variables:
#   $time (String) - date and time, already formatted
tickets-view-opened = Eröffnet { $time }
tickets-author-you = Sie
tickets-author-staff = Support
tickets-event-acknowledged = Ihr Ticket ist eingegangen und wurde automatisch bestätigt.
# Variables:
#   $from (String) - the previous status, already translated
#   $to (String) - the new status, already translated
tickets-event-status = Status geändert von { $from } zu { $to }.
# Variables:
#   $level (Number) - the support level, 1 to 3
#   $team (String) - the team now handling the ticket
tickets-event-escalated = An Level { $level } weitergeleitet: { $team }.
# Variables:
#   $reason (String) - why the provider escalated, in the provider's words
tickets-event-escalated-reason = Grund: { $reason }
tickets-reply-heading = Antworten
tickets-reply-placeholder = Ihre Antwort…
tickets-reply-send = Antwort senden
tickets-reply-sending = Wird gesendet…

tickets-new-heading = Neues Ticket
tickets-new-department = Abteilung
tickets-new-department-technical = Technische Fragen: Server-, Netzwerk- oder technische Probleme
tickets-new-department-financial = Finanzielle Fragen: Rechnungen, Zahlungen oder Abrechnung
tickets-new-priority = Priorität
tickets-new-priority-regular = Normal: Standardanfragen
tickets-new-priority-high = Hoch: kritische Vorfälle, z. B. ein komplett nicht verfügbarer Dienst
tickets-new-service = Dienst
tickets-new-service-none = Kein bestimmter Dienst
tickets-new-subject = Betreff
tickets-new-body = Beschreibung
tickets-new-body-hint = Beschreiben Sie das Problem genau: was passiert, seit wann, was Sie schon versucht haben.
tickets-new-submit = Ticket eröffnen
tickets-new-sending = Wird gesendet…

tickets-action-close = Ticket schließen
tickets-action-reopen = Ticket wieder öffnen
tickets-resolution-question = Der Support hat dieses Ticket als gelöst markiert. Ist Ihr Problem gelöst?
tickets-resolution-solved = Ja, es ist gelöst
tickets-resolution-not-solved = Nein, es ist nicht gelöst

tickets-known-heading = Der Anbieter kennt bereits eine Störung dieses Dienstes
tickets-known-kind-maintenance = Wartung
tickets-known-kind-outage = Ausfall
tickets-known-kind-service_change = Dienständerung
tickets-known-kind-abuse = Missbrauchsmeldung
# Variables:
#   $from (String) - when it began, already formatted
#   $to (String) - when it ends, already formatted
tickets-known-window = Von { $from } bis { $to }
# Variables:
#   $from (String) - when it began, already formatted
tickets-known-since = Seit { $from }
tickets-known-advice = Wenn Ihr Problem dieses ist, folgen Sie der Meldung: Der Support arbeitet daran, und Sie werden informiert, wenn es vorbei ist. Senden Sie Ihr Ticket, wenn Ihr Problem ein anderes ist.
tickets-known-follow = Der Meldung folgen, nicht senden
tickets-known-send-anyway = Ticket trotzdem senden

tickets-sort = Reihenfolge
tickets-sort-recent = Zuletzt aktualisiert
tickets-sort-oldest = Am längsten nicht aktualisiert
tickets-sort-opened = Zuletzt eröffnet
tickets-sort-priority = Priorität Hoch zuerst
# Heading above the provider's notices a ticket is about.
# Variables:
#   $count (Number) - how many notices
tickets-about-notices =
    { $count ->
        [one] Eine Meldung des Anbieters dazu
       *[other] Meldungen des Anbieters dazu
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answer-subject = AW: { $title }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $time (String) - the deadline, in the computer's time zone
tickets-answering-by = Dieses Ticket beantwortet die Missbrauchsmeldung „{ $title }“. Antworten Sie bis { $time }.
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answering = Dieses Ticket beantwortet die Missbrauchsmeldung „{ $title }“.

promise-heading = Die Zusagen des Providers
promise-ack = Eingangsbestätigung (innerhalb von 2 Minuten)
promise-first-response = Erste Antwort (innerhalb von 10 Minuten)
promise-team = Jetzt zuständig
# Variables:
#   $took (String) - how long it took, as a duration ("1 minute")
promise-met = Eingehalten: nach { $took }
# Variables:
#   $late (String) - how late, as a duration ("3 minutes")
promise-late = Um { $late } verfehlt
# Variables:
#   $when (String) - how long from now ("in 4 minutes")
promise-due = Fällig { $when }
# Variables:
#   $late (String) - how late so far, as a duration ("12 minutes")
promise-overdue = Bisher um { $late } verfehlt, noch ausstehend
# Variables:
#   $time (String) - the promised time, in the computer's time zone
promise-by = zugesagt bis { $time }

## The promise panel's further clocks, and the customer's ledger.

# Variables:
#   $left (String) - the time left, minutes and seconds ("7:42")
promise-due-in = Fällig in { $left }
# Variables:
#   $minutes (Number) - the provider's promised update interval, in minutes
promise-updates = Regelmäßige Updates (mindestens alle { $minutes } Min.)
promise-updates-not-started = Beginnen mit der ersten Antwort
promise-updates-waiting = Der Provider hat geantwortet und wartet auf Sie
promise-updates-ended = Beendet: Das Ticket ist gelöst oder geschlossen
# Variables:
#   $last (String) - when the last update came, relative ("20 minutes ago")
#   $next (String) - when the next update is due, a date and time
promise-updates-kept = Eingehalten: letztes Update { $last }, das nächste bis { $next }
# Variables:
#   $late (String) - how late the update is, as a duration ("25 minutes")
promise-updates-overdue = Verfehlt: seit { $late } über dem Intervall kein Update
# Variables:
#   $count (Number) - how many times an update came later than promised
promise-updates-late-gaps = { $count ->
    [one] (ein Update kam zu spät)
   *[other] ({ $count } Updates kamen zu spät)
}
promise-resolution = Typische Lösungszeit
promise-kind-simple = Einfache Fragen
promise-kind-standard = Standardprobleme
promise-kind-complex = Komplexe Probleme
promise-kind-non-standard = Nicht standardmäßige Anfragen
# Variables:
#   $kind (String) - the kind of issue, as named above ("Complex issues")
promise-resolution-estimate = { $kind }: Eine Schätzung steht im Ticket
# Variables:
#   $from (String) - the shortest typical time, as a duration ("10 minutes")
#   $to (String) - the longest typical time, as a duration ("30 minutes")
promise-resolution-range = { $from } bis { $to }
# Variables:
#   $from (String) - the typical time, as a duration ("2 hours")
promise-resolution-next-day = { $from } oder am nächsten Tag
# Variables:
#   $kind (String) - the kind of issue, as named above ("Simple questions")
#   $range (String) - the typical time, already worded ("10 minutes to 30 minutes")
promise-resolution-typical = { $kind }: üblicherweise { $range }
# Variables:
#   $took (String) - how long it took, as a duration ("3 hours")
promise-resolution-took = gelöst nach { $took }
# Variables:
#   $took (String) - how long it has taken so far, as a duration ("45 minutes")
promise-resolution-so-far = bisher { $took }
# Variables:
#   $time (String) - the same instant in the team's own zone, with the zone ("Mon 08:00 CEST")
promise-team-their-time = Ortszeit des Teams: { $time }

ledger-heading = Ihr Protokoll dieses Tickets
ledger-intro = Was diese App wann gesehen hat, auf diesem Computer gespeichert und nie verändert. Weicht die Zeit des Providers um mehr als eine Minute ab, werden beide gezeigt.
ledger-sent = Gesendet
ledger-accepted = Vom Provider angenommen
ledger-acknowledged = Eingangsbestätigung
ledger-first-answer = Erste Antwort
ledger-update = Update vom Provider
ledger-escalated = Eskaliert
ledger-resolved = Gelöst
ledger-closed = Geschlossen
ledger-backfill = (aus dem Verlauf des Providers, bevor diese App zusah)
# Variables:
#   $time (String) - the provider's time for it, a date and time
ledger-provider-said = laut Provider damals: { $time }
# Variables:
#   $time (String) - what the provider's history says now, a date and time
ledger-provider-now = laut Provider jetzt: { $time }

tickets-credit-intro = Ein Antrag auf Gutschrift wegen Serviceausfall, mit Ihrem Antwortzeiten-Bericht im Anhang. Lesen Sie ihn durch, ergänzen Sie, was Sie möchten, und senden Sie ihn.

# Variables:
#   $count (Number) - how many chat messages match
tickets-chat-hits = { $count ->
    [one] Auch in Ihrem Live-Chat: eine Nachricht
   *[other] Auch in Ihrem Live-Chat: { $count } Nachrichten
}
# Variables:
#   $count (Number) - Tickets in the list (with the filters), for screen readers.
tickets-list-label = { $count ->
    [one] 1 Ticket
   *[other] { $count } Tickets
}
