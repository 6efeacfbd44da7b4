## Configuración: idioma y cuenta.

settings-heading = Configuración
settings-language = Idioma
# Variables:
#   $language (String) - the name of the language the system uses
settings-language-system = Idioma del sistema ({ $language })
settings-language-hint = La aplicación sigue el idioma del sistema, salvo que elija otro aquí.
settings-language-en-US = English
settings-language-it = Italiano
settings-language-de = Deutsch
settings-language-es = Español
settings-language-pseudo = Pseudo-locale (en-XA)
settings-account = Cuenta
settings-account-email = Correo electrónico
settings-account-provider = Proveedor

settings-notify-heading = Notificaciones de escritorio
settings-notify-kinds = Mostrar en el escritorio
settings-notify-replies = Nuevas respuestas de soporte
settings-notify-invoices = Facturas y pedidos
settings-notify-quiet-from = Silencio desde las
settings-notify-quiet-to = hasta las
settings-notify-save = Guardar
settings-notify-saved = Guardado.
settings-notify-hint = En las horas de silencio no aparece nada, salvo las denuncias de abuso y las interrupciones de sus propios servicios. Todos los avisos están siempre en Estado.
settings-emails-heading = Direcciones de correo para las notificaciones
# Variables:
#   $email (String) - the account's registered address
settings-emails-hint = Adónde envía el proveedor cada tipo de correo. Deje un campo vacío para usar su dirección registrada, { $email }.
settings-emails-invoices = Facturas/pedidos
settings-emails-support = Soporte
settings-emails-abuse = Abusos
settings-emails-save = Guardar las direcciones
settings-emails-pending = Su cambio va de camino al proveedor.
settings-sign-out-forget = Eliminar también de este equipo los tickets, borradores y mensajes pendientes de esta cuenta
settings-sign-out-forget-waiting =
    { $count ->
        [one] Se perderá 1 mensaje pendiente de envío.
       *[other] Se perderán { $count } mensajes pendientes de envío.
    }
settings-sign-out-hint = Al cerrar la sesión, también se cierra en el proveedor.
settings-logs-heading = Archivos de registro
settings-logs-level = Detalle
settings-logs-normal = Normal
settings-logs-detailed = Detallado, para soporte
settings-logs-hint = La aplicación guarda un registro de los últimos 7 días para soporte: lo que hizo y lo que falló, nunca su contraseña ni el texto de sus mensajes. Elija «Detallado» cuando soporte se lo pida.
settings-logs-folder = Carpeta:

settings-resync = Volver a traer todo del proveedor
settings-resync-hint = Si algo aquí difiere de lo que muestra el proveedor, esto vuelve a traer sus tickets, avisos y facturas. Sus borradores, lo pendiente de envío y su propio registro de tiempos de respuesta se mantienen tal como están.
settings-resync-done = Se volvió a traer todo del proveedor.
settings-background-heading = En segundo plano
settings-background-keep-running = Seguir en segundo plano al cerrar la ventana, para que las notificaciones sigan llegando (Salir está en el menú del icono)
settings-background-tray = Este escritorio tiene bandeja del sistema: la aplicación espera allí mientras la ventana está cerrada.
settings-background-no-tray = Este escritorio no muestra bandeja del sistema: con la ventana cerrada, la aplicación solo vuelve al iniciarla de nuevo.
settings-background-automatic = Volver a automático
settings-background-start-at-login = Iniciar al iniciar sesión
settings-theme = Apariencia
settings-theme-system = Como el escritorio
settings-theme-light = Claro
settings-theme-dark = Oscuro
