## Elenco dei ticket, conversazione, risposte e modulo del nuovo ticket.
## I nomi di reparti e priorità seguono le pagine di assistenza del provider.

tickets-list-heading = Ticket di assistenza
tickets-search = Cerca
tickets-search-placeholder = Parole negli oggetti e nei messaggi
tickets-search-more = Molti ticket corrispondono: questi sono i migliori tra i più recenti. Aggiungi una parola per restringere la ricerca.
# Shown under a search while a long history's search index is still being filled.
tickets-search-indexing = L'indice di ricerca del tuo storico è ancora in preparazione: per qualche istante alcuni ticket potrebbero mancare da questi risultati.
tickets-filter-status = Stato
tickets-filter-department = Reparto
tickets-filter-priority = Priorità
tickets-filter-any = Tutti
tickets-empty = Non hai ancora nessun ticket.
tickets-empty-filtered = Nessun ticket corrisponde a questi filtri.
# Variables:
#   $number (String) - the ticket number the provider gave, as digits (an identifier, never grouped)
tickets-number = #{ $number }
tickets-unread = Nuova risposta
tickets-ack-done = Ricevuto
tickets-ack-pending = In attesa di conferma di ricezione
# Variables:
#   $time (String) - date and time, already formatted
tickets-updated = Aggiornato { $time }
# Variables:
#   $when (String) - when the promised first response is due, relative ("in 4 minutes"), already formatted
tickets-sla-due = Prima risposta attesa { $when }
# Variables:
#   $when (String) - when the promised first response was due, relative ("3 minutes ago"), already formatted
tickets-sla-overdue = Prima risposta prevista { $when }
# Variables:
#   $duration (String) - how long the first response took ("7 minutes"), already formatted
tickets-sla-met = Risposto in { $duration }
# Variables:
#   $duration (String) - how long the first response took, already formatted
tickets-sla-late = Risposto in ritardo, dopo { $duration }
tickets-status-open = Aperto
tickets-status-answered = Risposto
tickets-status-resolved = Risolto
tickets-status-closed = Chiuso
tickets-department-technical = Tecnico
tickets-department-financial = Finanziario
tickets-priority-regular = Normale
tickets-priority-high = Alta

tickets-view-back = Torna ai ticket
tickets-view-service = Servizio
# Variables:
#   $time (String) - date and time, already formatted
tickets-view-opened = Aperto il { $time }
tickets-author-you = Tu
tickets-author-staff = Assistenza
tickets-event-acknowledged = Il tuo ticket è stato ricevuto e confermato automaticamente.
# Variables:
#   $from (String) - the previous status, already translated
#   $to (String) - the new status, already translated
tickets-event-status = Stato cambiato da { $from } a { $to }.
# Variables:
#   $level (Number) - the support level, 1 to 3
#   $team (String) - the team now handling the ticket
tickets-event-escalated = Inoltrato al livello { $level }: { $team }.
# Variables:
#   $reason (String) - why the provider escalated, in the provider's words
tickets-event-escalated-reason = Motivo: { $reason }
tickets-reply-heading = Rispondi
tickets-reply-placeholder = Scrivi la tua risposta…
tickets-reply-send = Invia risposta
tickets-reply-sending = Invio in corso…

tickets-new-heading = Nuovo ticket
tickets-new-department = Reparto
tickets-new-department-technical = Problemi tecnici: server, rete o problemi tecnici
tickets-new-department-financial = Problemi finanziari: fatturazione, pagamenti o fatture
tickets-new-priority = Priorità
tickets-new-priority-regular = Normale: richieste standard
tickets-new-priority-high = Alta: incidenti critici, ad esempio un servizio completamente non disponibile
tickets-new-service = Servizio
tickets-new-service-none = Nessun servizio specifico
tickets-new-subject = Oggetto
tickets-new-body = Descrizione
tickets-new-body-hint = Descrivi il problema in dettaglio: cosa succede, da quando, cosa hai già provato.
tickets-new-submit = Apri ticket
tickets-new-sending = Invio in corso…

tickets-action-close = Chiudi il ticket
tickets-action-reopen = Riapri il ticket
tickets-resolution-question = L'assistenza ha segnato questo ticket come risolto. Il problema è risolto?
tickets-resolution-solved = Sì, è risolto
tickets-resolution-not-solved = No, non è risolto

tickets-known-heading = Il provider è già a conoscenza di un problema su questo servizio
tickets-known-kind-maintenance = Manutenzione
tickets-known-kind-outage = Interruzione
tickets-known-kind-service_change = Modifica del servizio
tickets-known-kind-abuse = Segnalazione di abuso
# Variables:
#   $from (String) - when it began, already formatted
#   $to (String) - when it ends, already formatted
tickets-known-window = Dalle { $from } alle { $to }
# Variables:
#   $from (String) - when it began, already formatted
tickets-known-since = Dalle { $from }
tickets-known-advice = Se il tuo problema è questo, segui l'avviso: l'assistenza ci sta lavorando e ti avviserà quando sarà finito. Invia il ticket se il tuo problema è un altro.
tickets-known-follow = Segui l'avviso, non inviare
tickets-known-send-anyway = Invia comunque il ticket

tickets-sort = Ordine
tickets-sort-recent = Aggiornati di recente
tickets-sort-oldest = Aggiornati meno di recente
tickets-sort-opened = Aperti di recente
tickets-sort-priority = Prima la priorità Alta
# Heading above the provider's notices a ticket is about.
# Variables:
#   $count (Number) - how many notices
tickets-about-notices =
    { $count ->
        [one] Un avviso del provider su questo problema
       *[other] Avvisi del provider su questo problema
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answer-subject = Re: { $title }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $time (String) - the deadline, in the computer's time zone
tickets-answering-by = Questo ticket risponde alla segnalazione di abuso «{ $title }». Rispondi entro il { $time }.
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answering = Questo ticket risponde alla segnalazione di abuso «{ $title }».

promise-heading = Gli impegni del provider
promise-ack = Conferma di ricezione (entro 2 minuti)
promise-first-response = Prima risposta (entro 10 minuti)
promise-team = In carico ora
# Variables:
#   $took (String) - how long it took, as a duration ("1 minute")
promise-met = Rispettato: dopo { $took }
# Variables:
#   $late (String) - how late, as a duration ("3 minutes")
promise-late = Mancato di { $late }
# Variables:
#   $when (String) - how long from now ("in 4 minutes")
promise-due = Scade { $when }
# Variables:
#   $late (String) - how late so far, as a duration ("12 minutes")
promise-overdue = Mancato di { $late } finora, ancora in attesa
# Variables:
#   $time (String) - the promised time, in the computer's time zone
promise-by = promesso entro il { $time }

## The promise panel's further clocks, and the customer's ledger.

# Variables:
#   $left (String) - the time left, minutes and seconds ("7:42")
promise-due-in = Scade tra { $left }
# Variables:
#   $minutes (Number) - the provider's promised update interval, in minutes
promise-updates = Aggiornamenti regolari (almeno ogni { $minutes } min)
promise-updates-not-started = Iniziano con la prima risposta
promise-updates-waiting = Il provider ha risposto e aspetta te
promise-updates-ended = Concluso: il ticket è risolto o chiuso
# Variables:
#   $last (String) - when the last update came, relative ("20 minutes ago")
#   $next (String) - when the next update is due, a date and time
promise-updates-kept = Rispettato: ultimo aggiornamento { $last }, il prossimo entro il { $next }
# Variables:
#   $late (String) - how late the update is, as a duration ("25 minutes")
promise-updates-overdue = Mancato: nessun aggiornamento da { $late } oltre l'intervallo
# Variables:
#   $count (Number) - how many times an update came later than promised
promise-updates-late-gaps = { $count ->
    [one] (un aggiornamento è arrivato in ritardo)
   *[other] ({ $count } aggiornamenti sono arrivati in ritardo)
}
promise-resolution = Risoluzione tipica
promise-kind-simple = Domande semplici
promise-kind-standard = Problemi standard
promise-kind-complex = Problemi complessi
promise-kind-non-standard = Richieste non standard
# Variables:
#   $kind (String) - the kind of issue, as named above ("Complex issues")
promise-resolution-estimate = { $kind }: la stima è indicata nel ticket
# Variables:
#   $from (String) - the shortest typical time, as a duration ("10 minutes")
#   $to (String) - the longest typical time, as a duration ("30 minutes")
promise-resolution-range = da { $from } a { $to }
# Variables:
#   $from (String) - the typical time, as a duration ("2 hours")
promise-resolution-next-day = { $from } o il giorno dopo
# Variables:
#   $kind (String) - the kind of issue, as named above ("Simple questions")
#   $range (String) - the typical time, already worded ("10 minutes to 30 minutes")
promise-resolution-typical = { $kind }: di solito { $range }
# Variables:
#   $took (String) - how long it took, as a duration ("3 hours")
promise-resolution-took = risolto dopo { $took }
# Variables:
#   $took (String) - how long it has taken so far, as a duration ("45 minutes")
promise-resolution-so-far = { $took } finora
# Variables:
#   $time (String) - the same instant in the team's own zone, with the zone ("Mon 08:00 CEST")
promise-team-their-time = ora del team: { $time }

ledger-heading = Il tuo registro di questo ticket
ledger-intro = Ciò che questa app ha visto accadere, e quando, conservato su questo computer e mai modificato. Dove l'orario del provider differisce di più di un minuto, sono mostrati entrambi.
ledger-sent = Inviato
ledger-accepted = Accettato dal provider
ledger-acknowledged = Conferma di ricezione
ledger-first-answer = Prima risposta
ledger-update = Aggiornamento dal provider
ledger-escalated = Inoltrato
ledger-resolved = Risolto
ledger-closed = Chiuso
ledger-backfill = (dallo storico del provider, prima che questa app osservasse)
# Variables:
#   $time (String) - the provider's time for it, a date and time
ledger-provider-said = il provider diceva: { $time }
# Variables:
#   $time (String) - what the provider's history says now, a date and time
ledger-provider-now = il provider ora dice: { $time }

tickets-credit-intro = Una richiesta di credito per interruzione del servizio, con il tuo report dei tempi di risposta allegato. Rileggila, aggiungi ciò che vuoi e inviala.

# Variables:
#   $count (Number) - how many chat messages match
tickets-chat-hits = { $count ->
    [one] Anche nella tua chat: un messaggio
   *[other] Anche nella tua chat: { $count } messaggi
}
# Variables:
#   $count (Number) - Tickets in the list (with the filters), for screen readers.
tickets-list-label = { $count ->
    [one] 1 ticket
   *[other] { $count } ticket
}
