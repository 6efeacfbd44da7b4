## Notificaciones de escritorio de los avisos del proveedor (formateadas por el lado Rust).

# Variables:
#   $title (String) - the provider's title of the notice
notify-maintenance-summary = Mantenimiento programado: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-outage-summary = Interrupción del servicio: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-service-change-summary = Cambio en el servicio: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-abuse-summary = Denuncia de abuso: { $title }
# Variables:
#   $from (String) - when it begins, formatted
#   $to (String) - when it ends, formatted
notify-window-body = Desde el { $from } hasta el { $to } (hora local).
# Variables:
#   $from (String) - when it began, formatted
notify-since-body = Desde el { $from } (hora local).
# Variables:
#   $deadline (String) - the deadline to answer, formatted
notify-abuse-body = Responda antes del { $deadline } (hora local).
notify-open-body = Abra el { -brand-name } para ver los detalles.
notify-open = Abrir
# A line added to a notice's notification when the provider did not write it in the UI's language.
# Variables:
#   $lang (String) - the primary language subtag of the title shown ("en", "it", "de", "es", or another)
notify-untranslated =
    { $lang ->
        [en] En inglés
        [it] En italiano
        [de] En alemán
        [es] En español
       *[other] En el idioma del proveedor ({ $lang })
    }: el proveedor no ha traducido este aviso.
# A chrono format pattern for dates and times in notifications; not shown as such.
notify-time-pattern = %d/%m/%Y %H:%M
# Variables:
#   $subject (String) - the ticket's subject
notify-reply-summary = Nueva respuesta: { $subject }
# Variables:
#   $author (String) - the name of who answered, from the provider
#   $number (String) - the ticket's number
notify-reply-body = { $author } respondió al ticket n.º { $number }.
# Variables:
#   $number (String) - the ticket's number
notify-reply-body-anonymous = Soporte respondió al ticket n.º { $number }.
# Many replies in one go, as one notification.
# Variables:
#   $count (Number) - how many replies
notify-replies-summary = { $count } respuestas nuevas de Soporte
notify-replies-body = Abra el { -brand-name } para leerlas.

# Variables:
#   $hours (Number) - hours left before the deadline: 24 or 2
notify-abuse-reminder-summary =
    { $hours ->
        [one] Informe de abuso: queda 1 hora para responder
       *[other] Informe de abuso: quedan { $hours } horas para responder
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $deadline (String) - the deadline, in the computer's time zone
notify-abuse-reminder-body = «{ $title }» aún no tiene respuesta. Responda antes del { $deadline } (hora local); de lo contrario, el servicio podría suspenderse.

# Variables:
#   $author (String) - the operator's name, as the provider gives it
notify-chat-summary = Chat en vivo: { $author } respondió
notify-chat-summary-anonymous = Chat en vivo: el soporte respondió
notify-chat-body = Abra el chat para leer la respuesta.

# A date in a notification (chrono's strftime): the due date of an invoice.
notify-date-pattern = %d/%m/%Y
# Variables:
#   $number (String) - The invoice's number, e.g. INV-2026-00412.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-new-summary = Nueva factura { $number }: { $total }
# Variables:
#   $due (String) - The due date.
notify-invoice-new-body = Vence el { $due }. Ábrala en el Área de Cliente para ver sus líneas y el IVA.
# Variables:
#   $number (String) - The invoice's number.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-overdue-summary = La factura { $number } está vencida: { $total }
# Variables:
#   $days (Number) - Days since the due date.
#   $due (String) - The due date.
notify-invoice-overdue-body = { $days ->
    [one] Vencía el { $due }, hace 1 día.
   *[other] Vencía el { $due }, hace { $days } días.
}
