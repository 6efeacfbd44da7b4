## La vista del estado de los servicios: los avisos del proveedor.

status-heading = Estado de los servicios
status-empty = Ningún mantenimiento, interrupción o denuncia de abuso le afecta.
status-phase-abuse = Denuncias de abuso por responder
status-phase-now = En curso
status-phase-planned = Programados
status-phase-past = Pasados
status-your-service = Su servicio
# Variables:
#   $time (String) - the deadline, formatted in the user's zone
#   $left (String) - how long is left, relative ("in 22 hours")
status-respond-by = Responda antes del { $time } ({ $left }).
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
#   $to (String) - the end in Central European time, formatted, with CET or CEST
status-window-cet = Para el proveedor: desde { $from } hasta { $to }.
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
status-since-cet = Para el proveedor: desde { $from }.
# Variables:
#   $names (String) - the services it touches, separated by commas
status-services = Servicios: { $names }
status-notifier-no-daemon = En este escritorio no hay ningún servicio de notificaciones en marcha, así que los avisos nuevos no pueden aparecer. Aun así aparecen aquí en cuanto el proveedor los publica.
status-notifier-no-bus = Esta sesión de escritorio no tiene bus de mensajes, así que los avisos nuevos no pueden aparecer. Aun así aparecen aquí en cuanto el proveedor los publica.
status-notifier-timeout = El servicio de notificaciones del escritorio no respondió, así que los avisos nuevos quizá no aparezcan. Aun así aparecen aquí.
status-notifier-error = El escritorio rechazó una notificación, así que los avisos nuevos quizá no aparezcan. Aun así aparecen aquí.
# A badge on a notice not seen before this visit.
status-new = Nuevo
# Heading of the tickets about a notice.
# Variables:
#   $count (Number) - how many tickets
status-tickets-about =
    { $count ->
        [one] Su ticket sobre este aviso
       *[other] Sus tickets sobre este aviso
    }
status-answer = Responder a este informe
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-in-time = Respondido a tiempo: ticket n.º { $number }
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-late = Respondido fuera de plazo: ticket n.º { $number }
# Under a notice the provider did not write in the UI's language: its default text is shown.
# Variables:
#   $lang (String) - the primary language subtag of the text shown ("en", "it", "de", "es", or another)
status-notice-untranslated =
    { $lang ->
        [en] Se muestra en inglés
        [it] Se muestra en italiano
        [de] Se muestra en alemán
        [es] Se muestra en español
       *[other] Se muestra en el idioma del proveedor ({ $lang })
    }: el proveedor no ha traducido este aviso.

support-hours-heading = Horario de soporte
support-hours-intro = Quién trabaja en sus tickets y cuándo. El primer nivel responde las 24 horas; los equipos a los que pasa un ticket tienen horario de oficina y no trabajan en los festivos del proveedor. La semana de abajo está en su hora local.
# Variables:
#   $level (Number) - the support level (1, 2, 3)
support-hours-level = Nivel { $level }
support-hours-always = Las 24 horas, todos los días
# Variables:
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-weekdays = De lunes a viernes, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $days (String) - the days of the week the team works, listed
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-days = { $days }, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $name (String) - the data center's name (the provider's)
support-hours-datacenter = Centro de datos { $name }
support-hours-open = De turno ahora
support-hours-closed = Fuera de turno
# Variables:
#   $time (String) - when the shift ends, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-open-until = De turno ahora, hasta el { $time } ({ $left })
# Variables:
#   $time (String) - when the next shift starts, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-closed-until = Fuera de turno, de vuelta el { $time } ({ $left })
support-hours-holidays = Festivos del proveedor
