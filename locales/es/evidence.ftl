## The response-times view: the customer's evidence of the provider's promises over a
## period, its export, and the request for a credit made of it.

evidence-heading = Tiempos de respuesta
evidence-intro = Cada ticket que abrió en un periodo, con los compromisos del proveedor de acuse de recibo y primera respuesta cumplidos o incumplidos. Guárdelo en PDF para el equipo de facturación del proveedor, o solicite un crédito por los compromisos incumplidos.
evidence-period = Periodo
evidence-period-last-30-days = Últimos 30 días
evidence-period-this-month = Este mes
evidence-period-last-month = Mes pasado
evidence-period-last-90-days = Últimos 90 días
evidence-period-this-year = Este año
evidence-period-custom = Elegir fechas…
evidence-from = Desde
evidence-to = Hasta
# Variables:
#   $from (String) - when the period starts, a date and time
#   $to (String) - when the period ends, a date and time
#   $zone (String) - the computer's time zone, as an IANA name ("Europe/Rome")
evidence-range = { $from } – { $to } ({ $zone })
evidence-period-invalid = Elija ambas fechas, la primera no posterior a la última.
evidence-tickets = Tickets
evidence-kept = Compromisos cumplidos
# Variables:
#   $count (Number) - promises kept
#   $total (Number) - promises whose outcome is known
evidence-of = { $count } de { $total }
evidence-missed = Compromisos incumplidos
evidence-ack-times = Acuse de recibo
evidence-first-times = Primera respuesta
# Variables:
#   $median (String) - the median time, as a duration
#   $worst (String) - the longest time, as a duration
evidence-times = mediana { $median }, peor { $worst }
evidence-no-times = ninguna todavía
evidence-save-pdf = Guardar como PDF
evidence-save-csv = Guardar como CSV
evidence-ask-credit = Solicitar un crédito…
evidence-nothing-missed = En este periodo se cumplieron todos los compromisos.
# Variables:
#   $path (String) - where the file was saved
evidence-saved = Guardado en { $path }
evidence-open = Abrir
evidence-show-folder = Mostrar en la carpeta
evidence-empty = No abrió tickets en este periodo.
evidence-missed-heading = Compromisos incumplidos
evidence-col-ticket = Ticket
evidence-col-created = Abierto
evidence-col-ack = Acuse de recibo
evidence-col-first = Primera respuesta
# Variables:
#   $took (String) - how long it took, as a duration
evidence-kept-after = cumplido, tras { $took }
# Variables:
#   $late (String) - how late, as a duration
evidence-missed-by = incumplido por { $late }
evidence-still-due = aún dentro de plazo

## The credit request the app writes for the customer (a Financial ticket).

# Variables:
#   $period (String) - the period, already formatted ("1 Oct 2026 – 31 Oct 2026")
credit-subject = Crédito por interrupción del servicio: compromisos de tiempo de respuesta incumplidos, { $period }
# Variables:
#   $period (String) - the period, already formatted
#   $tickets (Number) - how many tickets were opened in the period
credit-intro = En el periodo { $period } abrí { $tickets ->
        [one] un ticket
       *[other] { $tickets } tickets
    }.
# Variables:
#   $missed (Number) - how many promises were missed
credit-missed-count = { $missed ->
        [one] Se incumplió uno de sus compromisos de tiempo de respuesta (acuse de recibo en 2 minutos, primera respuesta en 10 minutos).
       *[other] Se incumplieron { $missed } de sus compromisos de tiempo de respuesta (acuse de recibo en 2 minutos, primera respuesta en 10 minutos).
    }
credit-attached = El informe adjunto enumera cada ticket con sus tiempos, tal como los registraron su sistema y mi Área de Cliente.
credit-ask = Tal como prevén sus condiciones, solicito un crédito por interrupción del servicio por estos compromisos incumplidos.
credit-missed-heading = Los compromisos incumplidos:
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-ack = #{ $number }: acuse de recibo incumplido por { $late }
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-first = #{ $number }: primera respuesta incumplida por { $late }
# Variables:
#   $count (Number) - how many more missed promises the report lists
credit-more = …y { $count } más, enumerados en el informe adjunto.
