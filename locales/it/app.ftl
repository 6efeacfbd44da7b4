## La finestra, la navigazione e lo stato della connessione.

-brand-name = Area clienti

app-window-title = { -brand-name }
app-nav-tickets = Ticket
app-nav-new-ticket = Nuovo ticket
app-nav-status = Stato dei servizi
app-nav-settings = Impostazioni
app-nav-evidence = Tempi di risposta
app-nav-invoices = Fatture
app-sign-out = Disconnetti
app-demo-badge = Demo
app-loading = Caricamento…
app-error-details = Dettagli
app-dismiss = Chiudi
app-sync-online = Aggiornato
app-sync-syncing = Sincronizzazione…
app-sync-offline = Offline: vengono mostrati i dati salvati
app-sync-live = In tempo reale
app-sync-polling = Controllo ogni pochi secondi
# Variables:
#   $count (Number) - records pulled so far
app-sync-progress =
    { $count ->
        [one] Sincronizzazione… { $count } elemento
       *[other] Sincronizzazione… { $count } elementi
    }
# A first sync (or a resync) of a long history, as it goes.
# Variables:
#   $tickets (String) - app-sync-tickets, formatted
#   $messages (String) - app-sync-messages, formatted
app-sync-history = Sincronizzazione dello storico… { $tickets } · { $messages }
# Variables:
#   $count (Number) - tickets pulled so far
app-sync-tickets =
    { $count ->
        [one] { $count } ticket
       *[other] { $count } ticket
    }
# Variables:
#   $count (Number) - messages pulled so far
app-sync-messages =
    { $count ->
        [one] { $count } messaggio
       *[other] { $count } messaggi
    }
# When the provider said how long the whole sync is.
# Variables:
#   $count (Number) - tickets pulled so far
#   $total (Number) - tickets the whole sync brings
app-sync-tickets-of =
    { $total ->
        [one] { $count } di { $total } ticket
       *[other] { $count } di { $total } ticket
    }
# Variables:
#   $count (Number) - messages pulled so far
#   $total (Number) - messages the whole sync brings
app-sync-messages-of =
    { $total ->
        [one] { $count } di { $total } messaggio
       *[other] { $count } di { $total } messaggi
    }
# The progress bar of a long sync, for screen readers.
app-sync-progress-label = Avanzamento della sincronizzazione
app-sync-search-after = La ricerca include questo storico poco dopo il termine della sincronizzazione.
# A long history is in the list; its search index is still being filled (a moment).
app-sync-indexing = Aggiornato · indice di ricerca in preparazione…
app-sign-in-again = Accedi di nuovo
app-sync-now = Sincronizza ora
# Variables:
#   $time (String) - when the last sync finished, already formatted
app-sync-last = Ultima sincronizzazione { $time }
app-sync-never = Non ancora sincronizzato
# The count beside "Tickets" in the nav, read aloud.
# Variables:
#   $count (Number) - tickets with staff replies not read yet
app-nav-unread-tickets =
    { $count ->
        [one] 1 ticket con una risposta da leggere
       *[other] { $count } ticket con risposte da leggere
    }
# The count beside "Service status" in the nav, read aloud.
# Variables:
#   $count (Number) - notices not seen yet
app-nav-new-notices =
    { $count ->
        [one] 1 nuovo avviso
       *[other] { $count } nuovi avvisi
    }

## Più account: il selettore nella barra in alto.

account-switcher-label = Account
account-add = Aggiungi un account
account-session-only = Solo questa sessione
account-session-only-hint = Accesso valido solo per questa sessione: sul computer non viene salvato nulla e dovrai accedere di nuovo al prossimo avvio dell'{ -brand-name }.
account-needs-sign-in = Accedi di nuovo
account-unread =
    { $tickets ->
        [0] nessun ticket non letto
        [one] 1 ticket non letto
       *[other] { $tickets } ticket non letti
    }, { $notices ->
        [0] nessun nuovo avviso
        [one] 1 nuovo avviso
       *[other] { $notices } nuovi avvisi
    }
account-elsewhere =
    { $count ->
        [one] 1 novità negli altri account
       *[other] { $count } novità negli altri account
    }
app-signed-out-locally = Sei disconnesso su questo computer. Non è stato possibile raggiungere il provider per chiudere la sessione anche lì: si chiuderà da sola dopo un periodo di inattività.
# Variables:
#   $link (String) - The link as it came, cut to 200 characters.
app-link-refused = Questo link non si può aprire nell'Area clienti: { $link }. I link a ticket, avvisi e fatture sono come clientarea://ticket/…
