## Das Menü des Tray-Symbols (von der Rust-Seite formatiert).

# The first line of the menu: what is waiting.
# Variables:
#   $tickets (Number) - tickets with staff replies not read yet
#   $notices (Number) - notices not seen yet in the status view
tray-summary =
    { $tickets ->
        [0] Keine ungelesenen Tickets
        [one] 1 ungelesenes Ticket
       *[other] { $tickets } ungelesene Tickets
    }, { $notices ->
        [0] keine neuen Meldungen
        [one] 1 neue Meldung
       *[other] { $notices } neue Meldungen
    }
tray-open = { -brand-name } öffnen
tray-status = Dienststatus
tray-quit = Beenden
# Variables:
#   $account (String) - the account's e-mail address and provider
#   $summary (String) - what is waiting in it, as tray-summary says it
tray-account = { $account }: { $summary }
