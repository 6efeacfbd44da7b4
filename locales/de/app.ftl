## Das Fenster, die Navigation und der Verbindungsstatus.

-brand-name = Kundenbereich

app-window-title = { -brand-name }
app-nav-tickets = Tickets
app-nav-new-ticket = Neues Ticket
app-nav-status = Dienststatus
app-nav-settings = Einstellungen
app-nav-evidence = Antwortzeiten
app-nav-invoices = Rechnungen
app-sign-out = Abmelden
app-demo-badge = Demo
app-loading = Wird geladen…
app-error-details = Details
app-dismiss = Schließen
app-sync-online = Aktuell
app-sync-syncing = Wird synchronisiert…
app-sync-offline = Offline: gespeicherte Daten werden angezeigt
app-sync-live = Live
app-sync-polling = Prüfung alle paar Sekunden
# Variables:
#   $count (Number) - records pulled so far
app-sync-progress =
    { $count ->
        [one] Wird synchronisiert… { $count } Eintrag
       *[other] Wird synchronisiert… { $count } Einträge
    }
# A first sync (or a resync) of a long history, as it goes.
# Variables:
#   $tickets (String) - app-sync-tickets, formatted
#   $messages (String) - app-sync-messages, formatted
app-sync-history = Verlauf wird synchronisiert… { $tickets } · { $messages }
# Variables:
#   $count (Number) - tickets pulled so far
app-sync-tickets =
    { $count ->
        [one] { $count } Ticket
       *[other] { $count } Tickets
    }
# Variables:
#   $count (Number) - messages pulled so far
app-sync-messages =
    { $count ->
        [one] { $count } Nachricht
       *[other] { $count } Nachrichten
    }
# When the provider said how long the whole sync is.
# Variables:
#   $count (Number) - tickets pulled so far
#   $total (Number) - tickets the whole sync brings
app-sync-tickets-of =
    { $total ->
        [one] { $count } von { $total } Ticket
       *[other] { $count } von { $total } Tickets
    }
# Variables:
#   $count (Number) - messages pulled so far
#   $total (Number) - messages the whole sync brings
app-sync-messages-of =
    { $total ->
        [one] { $count } von { $total } Nachricht
       *[other] { $count } von { $total } Nachrichten
    }
# The progress bar of a long sync, for screen readers.
app-sync-progress-label = Fortschritt der Synchronisierung
app-sync-search-after = Die Suche umfasst diesen Verlauf kurz nach Abschluss der Synchronisierung.
# A long history is in the list; its search index is still being filled (a moment).
app-sync-indexing = Aktuell · Suchindex wird erstellt…
app-sign-in-again = Erneut anmelden
app-sync-now = Jetzt synchronisieren
# Variables:
#   $time (String) - when the last sync finished, already formatted
app-sync-last = Zuletzt synchronisiert { $time }
app-sync-never = Noch nicht synchronisiert
# The count beside "Tickets" in the nav, read aloud.
# Variables:
#   $count (Number) - tickets with staff replies not read yet
app-nav-unread-tickets =
    { $count ->
        [one] 1 Ticket mit ungelesener Antwort
       *[other] { $count } Tickets mit ungelesenen Antworten
    }
# The count beside "Service status" in the nav, read aloud.
# Variables:
#   $count (Number) - notices not seen yet
app-nav-new-notices =
    { $count ->
        [one] 1 neue Meldung
       *[other] { $count } neue Meldungen
    }

## Mehrere Konten: die Auswahl in der oberen Leiste.

account-switcher-label = Konten
account-add = Konto hinzufügen
account-session-only = Nur diese Sitzung
account-session-only-hint = Nur für diese Sitzung angemeldet: Auf diesem Computer wird nichts gespeichert, und beim nächsten Start des { -brand-name }s melden Sie sich erneut an.
account-needs-sign-in = Erneut anmelden
account-unread =
    { $tickets ->
        [0] keine ungelesenen Tickets
        [one] 1 ungelesenes Ticket
       *[other] { $tickets } ungelesene Tickets
    }, { $notices ->
        [0] keine neuen Meldungen
        [one] 1 neue Meldung
       *[other] { $notices } neue Meldungen
    }
account-elsewhere =
    { $count ->
        [one] 1 Neuigkeit in Ihren anderen Konten
       *[other] { $count } Neuigkeiten in Ihren anderen Konten
    }
app-signed-out-locally = Sie sind auf diesem Computer abgemeldet. Der Anbieter war nicht erreichbar, um die Sitzung auch dort zu beenden; sie endet von selbst nach einer Zeit ohne Nutzung.
# Variables:
#   $link (String) - The link as it came, cut to 200 characters.
app-link-refused = Dieser Link lässt sich im Kundenbereich nicht öffnen: { $link }. Links zu Tickets, Meldungen und Rechnungen sehen so aus: clientarea://ticket/…
