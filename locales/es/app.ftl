## La ventana, la navegación y el estado de la conexión.

-brand-name = Área de Cliente

app-window-title = { -brand-name }
app-nav-tickets = Tickets
app-nav-new-ticket = Nuevo ticket
app-nav-status = Estado
app-nav-settings = Configuración
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
