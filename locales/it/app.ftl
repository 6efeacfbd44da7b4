## La finestra, la navigazione e lo stato della connessione.

-brand-name = Area clienti

app-window-title = { -brand-name }
app-nav-tickets = Ticket
app-nav-new-ticket = Nuovo ticket
app-nav-status = Stato dei servizi
app-nav-settings = Impostazioni
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
