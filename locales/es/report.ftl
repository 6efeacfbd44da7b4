## El informe de tiempos de respuesta (PDF y CSV): lo que el cliente entrega al
## departamento de facturación del proveedor con una solicitud de compensación por una
## interrupción. Las horas están en la zona horaria del usuario, que el documento indica.

report-title = Constancia de tiempos de respuesta
report-account = Cuenta
report-provider = Proveedor
report-period = Período
report-time-zone = Zona horaria
report-generated = Generado
report-promises = Compromisos
# Variables:
#   $ack (String) - the acknowledgment promise, as a duration ("2 min")
#   $first (String) - the first-response promise, as a duration ("10 min")
report-promises-value = acuse de recibo en { $ack }, primera respuesta en { $first }
# Variables:
#   $from (String) - the first day (or date and time) of the period, already formatted
#   $to (String) - the last day of the period (or the date and time it ends), already formatted
report-period-value = { $from } – { $to }

report-summary-heading = Resumen
report-summary-tickets = Tickets
report-summary-kept = Compromisos cumplidos
# Variables:
#   $kept (String) - promises kept, already formatted
#   $promises (String) - promises whose outcome is known (kept or missed), already formatted
#   $percent (String) - kept as a share of promises, already formatted with one decimal
report-summary-kept-value = { $kept } de { $promises } ({ $percent } %)
report-summary-missed = Compromisos incumplidos
report-summary-open = Aún dentro de plazo
report-summary-ack = Tiempo de acuse de recibo
report-summary-first = Tiempo de primera respuesta
# Variables:
#   $median (String) - the median time, as a duration ("1 min 5 s")
#   $worst (String) - the longest time, as a duration ("4 min 10 s")
report-summary-times = mediana { $median }, peor { $worst }
report-summary-no-times = aún sin respuesta

report-chart-heading = Tiempo de respuesta de cada ticket
report-chart-minutes = min
# Variables:
#   $duration (String) - the promised time, as a duration ("2 min")
report-chart-ack-promise = compromiso de acuse de recibo: { $duration }
# Variables:
#   $duration (String) - the promised time, as a duration ("10 min")
report-chart-first-promise = compromiso de primera respuesta: { $duration }
report-chart-ack = Acuse de recibo
report-chart-first = Primera respuesta
# Variables:
#   $duration (String) - the top of the chart, as a duration ("1 h")
report-chart-clipped = más de { $duration }, o nunca respondido (en el borde superior)

report-table-heading = Tickets
report-table-number = Ticket
report-table-created = Creado
report-table-subject = Asunto
report-table-ack = Acuse de recibo
report-table-first = Primera respuesta
# Variables:
#   $duration (String) - how late, as a duration ("1 min 20 s")
report-missed-by = incumplido por { $duration }
report-not-answered = sin respuesta
report-still-due = aún dentro de plazo
# Variables:
#   $time (String) - when this app first saw it done, already formatted
report-observed = visto aquí: { $time }
report-observed-note = «Visto aquí» es cuando el { -brand-name } vio por primera vez el acuse de recibo o la respuesta; se muestra cuando difiere en más de un minuto de la hora del proveedor.
report-empty = No se abrió ningún ticket en este período.
# Variables:
#   $page (String) - this page's number
#   $pages (String) - how many pages the document has
report-page = Página { $page } de { $pages }

# Variables:
#   $s (String) - seconds
report-duration-s = { $s } s
# Variables:
#   $min (String) - minutes
report-duration-min = { $min } min
# Variables:
#   $min (String) - minutes
#   $s (String) - seconds
report-duration-min-s = { $min } min { $s } s
# Variables:
#   $h (String) - hours
report-duration-h = { $h } h
# Variables:
#   $h (String) - hours
#   $min (String) - minutes
report-duration-h-min = { $h } h { $min } min
# Variables:
#   $d (String) - days
report-duration-d = { $d } d
# Variables:
#   $d (String) - days
#   $h (String) - hours
report-duration-d-h = { $d } d { $h } h

## Fechas, en la zona horaria del usuario. Los nombres de los meses van abreviados.

report-month-jan = ene
report-month-feb = feb
report-month-mar = mar
report-month-apr = abr
report-month-may = may
report-month-jun = jun
report-month-jul = jul
report-month-aug = ago
report-month-sep = sept
report-month-oct = oct
report-month-nov = nov
report-month-dec = dic
# Variables:
#   $day (String) - the day of the month, 1 to 31
#   $month (String) - the month's abbreviated name (report-month-*)
#   $year (String) - the year, four digits
report-date = { $day } { $month } { $year }
# Variables:
#   $day (String) - the day of the month, 1 to 31
#   $month (String) - the month's abbreviated name (report-month-*)
report-date-short = { $day } { $month }
# Variables:
#   $date (String) - the date (report-date)
#   $time (String) - the time, 24-hour, as 14:05
report-date-time = { $date }, { $time }

## Los nombres de las columnas del CSV. Las columnas de estado contienen los valores
## ingleses fijos met, late, due y overdue, para que una hoja de cálculo pueda filtrarlos
## en cualquier idioma.

report-csv-number = ticket
report-csv-subject = asunto
report-csv-department = departamento
report-csv-priority = prioridad
report-csv-status = estado
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-created = creado ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-due = acuse de recibo previsto ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-done = acuse de recibo ({ $zone })
report-csv-ack-took = acuse de recibo tras (segundos)
report-csv-ack-missed = acuse de recibo incumplido por (segundos)
report-csv-ack-state = estado del acuse de recibo
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-observed = acuse de recibo visto aquí ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-due = primera respuesta prevista ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-done = primera respuesta ({ $zone })
report-csv-first-took = primera respuesta tras (segundos)
report-csv-first-missed = primera respuesta incumplida por (segundos)
report-csv-first-state = estado de la primera respuesta
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-observed = primera respuesta vista aquí ({ $zone })

## Facturas (PDF y CSV): una factura como documento para guardar o reenviar, y una lista
## de facturas para el asesor contable. Los importes están en la moneda de la factura; el
## IVA es el tipo del país de facturación del cliente en la fecha de emisión.

report-invoice-title = Factura
# Variables:
#   $number (String) - the invoice number as printed, as INV-2026-00412
report-invoice-document-title = Factura { $number }
report-invoice-number = Número de factura
report-invoice-issued = Fecha de emisión
report-invoice-due = Fecha de vencimiento
report-invoice-status = Estado
report-invoice-status-paid = Pagada
report-invoice-status-unpaid = Pendiente de pago
report-invoice-status-overdue = Vencida
report-invoice-bill-to = Facturado a
# Variables:
#   $number (String) - the customer's VAT number, as IT01234567890
report-invoice-customer-vat-number = NIF-IVA: { $number }
report-invoice-description = Descripción
report-invoice-quantity = Cant.
report-invoice-unit-price = Precio unitario
report-invoice-net = Importe neto
report-invoice-no-lines = Esta factura no tiene líneas.
report-invoice-net-total = Base imponible
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("22%")
#   $country (String) - the billing country's name (report-country-*)
report-invoice-vat-standard = IVA { $rate } ({ $country }, tipo vigente en la fecha de emisión)
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("0%")
report-invoice-vat-reverse-charge = IVA { $rate }
report-invoice-reverse-charge = Inversión del sujeto pasivo: IVA a cargo del destinatario (art. 196 de la Directiva 2006/112/CE).
report-invoice-vat-outside-scope = Sin IVA: fuera de la UE
report-invoice-total = Total

## Los nombres de las columnas del CSV de facturas y las palabras de las columnas de
## estado y régimen de IVA. Los importes del CSV son números simples con punto (1234.56)
## en cualquier idioma.

report-invoice-csv-number = factura
report-invoice-csv-issued = fecha de emisión
report-invoice-csv-due = fecha de vencimiento
report-invoice-csv-status = estado
report-invoice-csv-country = país
report-invoice-csv-vat-number = NIF-IVA
report-invoice-csv-currency = moneda
report-invoice-csv-net = base imponible
report-invoice-csv-vat-rate = tipo de IVA (%)
report-invoice-csv-vat = IVA
report-invoice-csv-total = total
report-invoice-csv-vat-rule = régimen de IVA
report-invoice-rule-standard = tipo general
report-invoice-rule-reverse-charge = inversión del sujeto pasivo
report-invoice-rule-outside-scope = fuera de la UE (sin IVA)

## Nombres de países, para el país de facturación: los Estados miembros de la UE,
## Estados Unidos, el Reino Unido y Suiza (los nombres de CLDR).

report-country-at = Austria
report-country-be = Bélgica
report-country-bg = Bulgaria
report-country-hr = Croacia
report-country-cy = Chipre
report-country-cz = Chequia
report-country-dk = Dinamarca
report-country-ee = Estonia
report-country-fi = Finlandia
report-country-fr = Francia
report-country-de = Alemania
report-country-gr = Grecia
report-country-ie = Irlanda
report-country-it = Italia
report-country-lv = Letonia
report-country-lt = Lituania
report-country-lu = Luxemburgo
report-country-mt = Malta
report-country-nl = Países Bajos
report-country-pl = Polonia
report-country-pt = Portugal
report-country-ro = Rumanía
report-country-sk = Eslovaquia
report-country-si = Eslovenia
report-country-es = España
report-country-se = Suecia
report-country-hu = Hungría
report-country-us = Estados Unidos
report-country-gb = Reino Unido
report-country-ch = Suiza
