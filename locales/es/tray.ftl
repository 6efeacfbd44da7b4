## El menú del icono de la bandeja (formateado por el lado Rust).

# The first line of the menu: what is waiting.
# Variables:
#   $tickets (Number) - tickets with staff replies not read yet
#   $notices (Number) - notices not seen yet in the status view
tray-summary =
    { $tickets ->
        [0] Ningún ticket sin leer
        [one] 1 ticket sin leer
       *[other] { $tickets } tickets sin leer
    }, { $notices ->
        [0] ningún aviso nuevo
        [one] 1 aviso nuevo
       *[other] { $notices } avisos nuevos
    }
tray-open = Abrir { -brand-name }
tray-status = Estado de los servicios
tray-quit = Salir
# Variables:
#   $account (String) - the account's e-mail address and provider
#   $summary (String) - what is waiting in it, as tray-summary says it
tray-account = { $account }: { $summary }
