## Il menu dell'icona nell'area di notifica (formattato dal lato Rust).

# The first line of the menu: what is waiting.
# Variables:
#   $tickets (Number) - tickets with staff replies not read yet
#   $notices (Number) - notices not seen yet in the status view
tray-summary =
    { $tickets ->
        [0] Nessun ticket da leggere
        [one] 1 ticket da leggere
       *[other] { $tickets } ticket da leggere
    }, { $notices ->
        [0] nessun nuovo avviso
        [one] 1 nuovo avviso
       *[other] { $notices } nuovi avvisi
    }
tray-open = Apri { -brand-name }
tray-status = Stato dei servizi
tray-quit = Esci
# Variables:
#   $account (String) - the account's e-mail address and provider
#   $summary (String) - what is waiting in it, as tray-summary says it
tray-account = { $account }: { $summary }
