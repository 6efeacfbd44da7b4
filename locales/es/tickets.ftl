## Lista de tickets, conversación, respuestas y formulario de nuevo ticket.
## Los nombres de departamentos y prioridades siguen las páginas de soporte del proveedor.

tickets-list-heading = Tickets de soporte
tickets-search = Buscar
tickets-search-placeholder = Palabras en asuntos y mensajes
tickets-search-more = Muchos tickets coinciden: estos son los mejores entre los más recientes. Añada una palabra para acotar la búsqueda.
# Shown under a search while a long history's search index is still being filled.
tickets-search-indexing = El índice de búsqueda de su historial aún se está creando: durante unos instantes pueden faltar tickets en estos resultados.
tickets-filter-status = Estado
tickets-filter-department = Departamento
tickets-filter-priority = Prioridad
tickets-filter-any = Todos
tickets-empty = Todavía no tiene tickets.
tickets-empty-filtered = Ningún ticket coincide con estos filtros.
# Variables:
#   $number (String) - the ticket number the provider gave, as digits (an identifier, never grouped)
tickets-number = #{ $number }
tickets-unread = Nueva respuesta
tickets-ack-done = Recibido
tickets-ack-pending = Pendiente de acuse de recibo
# Variables:
#   $time (String) - date and time, already formatted
tickets-updated = Actualizado { $time }
# Variables:
#   $when (String) - when the promised first response is due, relative ("in 4 minutes"), already formatted
tickets-sla-due = Primera respuesta prevista { $when }
# Variables:
#   $when (String) - when the promised first response was due, relative ("3 minutes ago"), already formatted
tickets-sla-overdue = La primera respuesta vencía { $when }
# Variables:
#   $duration (String) - how long the first response took ("7 minutes"), already formatted
tickets-sla-met = Respondido en { $duration }
# Variables:
#   $duration (String) - how long the first response took, already formatted
tickets-sla-late = Respondido con retraso, tras { $duration }
tickets-status-open = Abierto
tickets-status-answered = Respondido
tickets-status-resolved = Resuelto
tickets-status-closed = Cerrado
tickets-department-technical = Técnico
tickets-department-financial = Financiero
tickets-priority-regular = Regular
tickets-priority-high = Alta

tickets-view-back = Volver a los tickets
tickets-view-service = Servicio
# Variables:
#   $time (String) - date and time, already formatted
tickets-view-opened = Abierto el { $time }
tickets-author-you = Usted
tickets-author-staff = Soporte
tickets-event-acknowledged = Su ticket se ha recibido y confirmado automáticamente.
# Variables:
#   $from (String) - the previous status, already translated
#   $to (String) - the new status, already translated
tickets-event-status = Estado cambiado de { $from } a { $to }.
# Variables:
#   $level (Number) - the support level, 1 to 3
#   $team (String) - the team now handling the ticket
tickets-event-escalated = Escalado al nivel { $level }: { $team }.
# Variables:
#   $reason (String) - why the provider escalated, in the provider's words
tickets-event-escalated-reason = Motivo: { $reason }
tickets-reply-heading = Responder
tickets-reply-placeholder = Escriba su respuesta…
tickets-reply-send = Enviar respuesta
tickets-reply-sending = Enviando…

tickets-new-heading = Nuevo ticket
tickets-new-department = Departamento
tickets-new-department-technical = Cuestiones técnicas: problemas de servidor, red o técnicos
tickets-new-department-financial = Problemas financieros: facturación, pagos o facturas
tickets-new-priority = Prioridad
tickets-new-priority-regular = Regular: solicitudes estándar
tickets-new-priority-high = Alta: incidentes críticos, por ejemplo un servicio totalmente caído
tickets-new-service = Servicio
tickets-new-service-none = Ningún servicio concreto
tickets-new-subject = Asunto
tickets-new-body = Descripción
tickets-new-body-hint = Describa el problema en detalle: qué ocurre, desde cuándo, qué ha probado ya.
tickets-new-submit = Abrir ticket
tickets-new-sending = Enviando…

tickets-action-close = Cerrar el ticket
tickets-action-reopen = Reabrir el ticket
tickets-resolution-question = Soporte ha marcado este ticket como resuelto. ¿Está resuelto su problema?
tickets-resolution-solved = Sí, está resuelto
tickets-resolution-not-solved = No, no está resuelto

tickets-known-heading = El proveedor ya conoce una incidencia en este servicio
tickets-known-kind-maintenance = Mantenimiento
tickets-known-kind-outage = Interrupción
tickets-known-kind-service_change = Cambio en el servicio
tickets-known-kind-abuse = Denuncia de abuso
# Variables:
#   $from (String) - when it began, already formatted
#   $to (String) - when it ends, already formatted
tickets-known-window = Desde { $from } hasta { $to }
# Variables:
#   $from (String) - when it began, already formatted
tickets-known-since = Desde { $from }
tickets-known-advice = Si su problema es este, siga el aviso: soporte está trabajando en ello y se le avisará cuando termine. Envíe su ticket si su problema es otro.
tickets-known-follow = Seguir el aviso, no enviar
tickets-known-send-anyway = Enviar el ticket de todos modos

tickets-sort = Orden
tickets-sort-recent = Actualizados recientemente
tickets-sort-oldest = Actualizados hace más tiempo
tickets-sort-opened = Abiertos recientemente
tickets-sort-priority = Primero la prioridad Alta
# Heading above the provider's notices a ticket is about.
# Variables:
#   $count (Number) - how many notices
tickets-about-notices =
    { $count ->
        [one] Un aviso del proveedor sobre esto
       *[other] Avisos del proveedor sobre esto
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answer-subject = Re: { $title }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $time (String) - the deadline, in the computer's time zone
tickets-answering-by = Este ticket responde al informe de abuso «{ $title }». Responda antes del { $time }.
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answering = Este ticket responde al informe de abuso «{ $title }».

promise-heading = Los compromisos del proveedor
promise-ack = Acuse de recibo (en 2 minutos)
promise-first-response = Primera respuesta (en 10 minutos)
promise-team = A cargo ahora
# Variables:
#   $took (String) - how long it took, as a duration ("1 minute")
promise-met = Cumplido: a los { $took }
# Variables:
#   $late (String) - how late, as a duration ("3 minutes")
promise-late = Incumplido por { $late }
# Variables:
#   $when (String) - how long from now ("in 4 minutes")
promise-due = Vence { $when }
# Variables:
#   $late (String) - how late so far, as a duration ("12 minutes")
promise-overdue = Incumplido por { $late } hasta ahora, aún pendiente
# Variables:
#   $time (String) - the promised time, in the computer's time zone
promise-by = prometido para el { $time }

## The promise panel's further clocks, and the customer's ledger.

# Variables:
#   $left (String) - the time left, minutes and seconds ("7:42")
promise-due-in = Vence en { $left }
# Variables:
#   $minutes (Number) - the provider's promised update interval, in minutes
promise-updates = Actualizaciones periódicas (al menos cada { $minutes } min)
promise-updates-not-started = Empiezan con la primera respuesta
promise-updates-waiting = El proveedor respondió y espera su respuesta
promise-updates-ended = Terminado: el ticket está resuelto o cerrado
# Variables:
#   $last (String) - when the last update came, relative ("20 minutes ago")
#   $next (String) - when the next update is due, a date and time
promise-updates-kept = Cumplido: última actualización { $last }, la próxima antes del { $next }
# Variables:
#   $late (String) - how late the update is, as a duration ("25 minutes")
promise-updates-overdue = Incumplido: sin actualización desde hace { $late } más allá del intervalo
# Variables:
#   $count (Number) - how many times an update came later than promised
promise-updates-late-gaps = { $count ->
    [one] (una actualización llegó tarde)
   *[other] ({ $count } actualizaciones llegaron tarde)
}
promise-resolution = Resolución típica
promise-kind-simple = Preguntas sencillas
promise-kind-standard = Problemas estándar
promise-kind-complex = Problemas complejos
promise-kind-non-standard = Solicitudes no estándar
# Variables:
#   $kind (String) - the kind of issue, as named above ("Complex issues")
promise-resolution-estimate = { $kind }: la estimación se indica en el ticket
# Variables:
#   $from (String) - the shortest typical time, as a duration ("10 minutes")
#   $to (String) - the longest typical time, as a duration ("30 minutes")
promise-resolution-range = de { $from } a { $to }
# Variables:
#   $from (String) - the typical time, as a duration ("2 hours")
promise-resolution-next-day = { $from } o el día siguiente
# Variables:
#   $kind (String) - the kind of issue, as named above ("Simple questions")
#   $range (String) - the typical time, already worded ("10 minutes to 30 minutes")
promise-resolution-typical = { $kind }: normalmente { $range }
# Variables:
#   $took (String) - how long it took, as a duration ("3 hours")
promise-resolution-took = resuelto tras { $took }
# Variables:
#   $took (String) - how long it has taken so far, as a duration ("45 minutes")
promise-resolution-so-far = { $took } hasta ahora
# Variables:
#   $time (String) - the same instant in the team's own zone, with the zone ("Mon 08:00 CEST")
promise-team-their-time = hora del equipo: { $time }

ledger-heading = Su registro de este ticket
ledger-intro = Lo que esta aplicación vio suceder, y cuándo, guardado en este equipo y nunca modificado. Donde la hora del proveedor difiere en más de un minuto, se muestran ambas.
ledger-sent = Enviado
ledger-accepted = Aceptado por el proveedor
ledger-acknowledged = Acuse de recibo
ledger-first-answer = Primera respuesta
ledger-update = Actualización del proveedor
ledger-escalated = Escalado
ledger-resolved = Resuelto
ledger-closed = Cerrado
ledger-backfill = (del historial del proveedor, antes de que esta aplicación lo observara)
# Variables:
#   $time (String) - the provider's time for it, a date and time
ledger-provider-said = el proveedor decía: { $time }
# Variables:
#   $time (String) - what the provider's history says now, a date and time
ledger-provider-now = el proveedor dice ahora: { $time }

tickets-credit-intro = Una solicitud de crédito por interrupción del servicio, con su informe de tiempos de respuesta adjunto. Revísela, añada lo que desee y envíela.

# Variables:
#   $count (Number) - how many chat messages match
tickets-chat-hits = { $count ->
    [one] También en su chat en vivo: un mensaje
   *[other] También en su chat en vivo: { $count } mensajes
}
# Variables:
#   $count (Number) - Tickets in the list (with the filters), for screen readers.
tickets-list-label = { $count ->
    [one] 1 ticket
   *[other] { $count } tickets
}
