## La ventana, la navegación y el estado de la conexión.

-brand-name = Área de Cliente

app-window-title = { -brand-name }
app-nav-tickets = Tickets
app-nav-new-ticket = Nuevo ticket
app-nav-status = Estado
app-nav-settings = Configuración
app-nav-evidence = Tiempos de respuesta
app-nav-invoices = Facturas
app-sign-out = Cerrar sesión
app-demo-badge = Demo
app-loading = Cargando…
app-error-details = Detalles
app-dismiss = Cerrar
app-sync-online = Actualizado
app-sync-syncing = Sincronizando…
app-sync-offline = Sin conexión: se muestran los datos guardados
app-sync-live = En directo
app-sync-polling = Comprobando cada pocos segundos
# Variables:
#   $count (Number) - records pulled so far
app-sync-progress =
    { $count ->
        [one] Sincronizando… { $count } elemento
       *[other] Sincronizando… { $count } elementos
    }
# A first sync (or a resync) of a long history, as it goes.
# Variables:
#   $tickets (String) - app-sync-tickets, formatted
#   $messages (String) - app-sync-messages, formatted
app-sync-history = Sincronizando el historial… { $tickets } · { $messages }
# Variables:
#   $count (Number) - tickets pulled so far
app-sync-tickets =
    { $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    }
# Variables:
#   $count (Number) - messages pulled so far
app-sync-messages =
    { $count ->
        [one] { $count } mensaje
       *[other] { $count } mensajes
    }
# When the provider said how long the whole sync is.
# Variables:
#   $count (Number) - tickets pulled so far
#   $total (Number) - tickets the whole sync brings
app-sync-tickets-of =
    { $total ->
        [one] { $count } de { $total } ticket
       *[other] { $count } de { $total } tickets
    }
# Variables:
#   $count (Number) - messages pulled so far
#   $total (Number) - messages the whole sync brings
app-sync-messages-of =
    { $total ->
        [one] { $count } de { $total } mensaje
       *[other] { $count } de { $total } mensajes
    }
# The progress bar of a long sync, for screen readers.
app-sync-progress-label = Progreso de la sincronización
app-sync-search-after = La búsqueda incluye este historial poco después de que termine la sincronización.
# A long history is in the list; its search index is still being filled (a moment).
app-sync-indexing = Actualizado · creando el índice de búsqueda…
app-sign-in-again = Iniciar sesión de nuevo
app-sync-now = Sincronizar ahora
# Variables:
#   $time (String) - when the last sync finished, already formatted
app-sync-last = Última sincronización { $time }
app-sync-never = Aún no sincronizado
# The count beside "Tickets" in the nav, read aloud.
# Variables:
#   $count (Number) - tickets with staff replies not read yet
app-nav-unread-tickets =
    { $count ->
        [one] 1 ticket con una respuesta sin leer
       *[other] { $count } tickets con respuestas sin leer
    }
# The count beside "Service status" in the nav, read aloud.
# Variables:
#   $count (Number) - notices not seen yet
app-nav-new-notices =
    { $count ->
        [one] 1 aviso nuevo
       *[other] { $count } avisos nuevos
    }

## Varias cuentas: el selector de la barra superior.

account-switcher-label = Cuentas
account-add = Añadir una cuenta
account-session-only = Solo esta sesión
account-session-only-hint = Ha iniciado sesión solo para esta sesión: no se guarda nada en este equipo y tendrá que volver a iniciar sesión la próxima vez que abra el { -brand-name }.
account-needs-sign-in = Volver a iniciar sesión
account-unread =
    { $tickets ->
        [0] ningún ticket sin leer
        [one] 1 ticket sin leer
       *[other] { $tickets } tickets sin leer
    }, { $notices ->
        [0] ningún aviso nuevo
        [one] 1 aviso nuevo
       *[other] { $notices } avisos nuevos
    }
account-elsewhere =
    { $count ->
        [one] 1 novedad en sus otras cuentas
       *[other] { $count } novedades en sus otras cuentas
    }
app-signed-out-locally = Ha cerrado la sesión en este equipo. No se pudo contactar con el proveedor para cerrarla también allí; se cerrará sola tras un tiempo sin uso.
# Variables:
#   $link (String) - The link as it came, cut to 200 characters.
app-link-refused = Este enlace no se puede abrir en el Área de Cliente: { $link }. Los enlaces a tickets, avisos y facturas tienen la forma clientarea://ticket/…
