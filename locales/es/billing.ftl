## The invoices view: invoices with their VAT, totals per year, the VAT explained,
## the VAT number of a business, and asking the Billing Team about an invoice.

billing-heading = Facturas
billing-filter-status = Estado
billing-filter-all = Todas
billing-filter-open = Por pagar
billing-filter-paid = Pagadas
billing-filter-year = Año
billing-filter-search = Número o servicio
billing-empty = Aún no hay facturas. Aparecen aquí en cuanto el proveedor las emite, y se pueden leer sin conexión.
# Variables:
#   $shown (Number) - Invoices shown with the filters.
#   $total (Number) - All invoices.
billing-count = { $shown } de { $total } facturas
billing-col-number = Número
billing-col-issued = Emitida
billing-col-due = Vencimiento
billing-col-status = Estado
billing-col-total = Total
billing-col-year = Año
billing-col-count = Facturas
billing-col-vat = IVA
billing-col-unpaid = Por pagar
# Variables:
#   $days (Number) - Days since the due date.
billing-status-overdue = { $days ->
    [0] Vencida
    [one] Vencida hace 1 día
   *[other] Vencida hace { $days } días
}
billing-status-paid = Pagada
billing-status-unpaid = Por pagar
# Variables:
#   $rate (String) - The VAT rate, e.g. 22 %.
#   $country (String) - The billing country's name.
billing-vat-standard = IVA { $rate } — tipo de { $country } en la fecha de emisión
# Variables:
#   $rate (String) - 0 %.
billing-vat-reverse-charge = IVA { $rate } — inversión del sujeto pasivo
# Variables:
#   $country (String) - The billing country's name.
billing-vat-outside = Sin IVA — { $country } está fuera de la UE
# Variables:
#   $number (String) - The invoice's number.
billing-invoice-heading = Factura { $number }
# Variables:
#   $issued (String) - The issue date.
#   $due (String) - The due date.
billing-invoice-dates = Emitida el { $issued }, vence el { $due }
# Variables:
#   $number (String) - The customer's VAT number.
billing-invoice-vat-number = NIF-IVA { $number }
billing-line-description = Descripción
billing-line-quantity = Cant.
billing-line-unit = Precio unitario
billing-line-net = Base
billing-net = Base imponible
billing-total = Total
billing-reverse-charge-legal = Inversión del sujeto pasivo: IVA a cargo del destinatario (art. 196 de la Directiva 2006/112/CE).
billing-ask = Preguntar por esta factura
billing-export-pdf = Guardar como PDF
billing-export-csv = Guardar como CSV
# Variables:
#   $name (String) - The file name.
billing-saved = Guardada en Descargas como { $name }.
billing-saved-open = Abrir
billing-saved-show = Mostrar en la carpeta
billing-ask-heading = Una pregunta al Billing Team
# Variables:
#   $opens (String) - Opening time, e.g. 09:00.
#   $closes (String) - Closing time, e.g. 18:00.
#   $zone (String) - The team's time zone, e.g. CET.
billing-ask-team = El Billing Team trabaja de lunes a viernes, { $opens }–{ $closes } { $zone }.
billing-ask-team-open = Está trabajando ahora: espere una respuesta hoy.
# Variables:
#   $time (String) - When the team is back.
#   $left (String) - How far that is, e.g. in 14 hours.
billing-ask-team-closed = Ahora está cerrado: espere una respuesta después de { $time } ({ $left }). Los Support Engineers leen cada ticket en 10 minutos, de día y de noche.
billing-ask-team-closed-unknown = Ahora está cerrado. Los Support Engineers leen cada ticket en 10 minutos, de día y de noche.
# Variables:
#   $count (Number) - Open tickets about this invoice.
billing-ask-existing = { $count ->
    [one] Ya hay un ticket abierto sobre esta factura. ¿Desea seguirlo en lugar de abrir otro?
   *[other] Ya hay { $count } tickets abiertos sobre esta factura. ¿Desea seguir uno de ellos en lugar de abrir otro?
}
billing-ask-existing-queued = Pendiente de envío
billing-ask-follow = Seguirlo
billing-ask-anyway = Preguntar de todos modos en un ticket nuevo
billing-ask-subject-label = Asunto
billing-ask-body-label = Su pregunta
billing-ask-send = Enviar al Billing Team
billing-ask-cancel = Cancelar
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-subject = Factura { $number } del { $date } ({ $total })
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-body = Hola, tengo una pregunta sobre la factura { $number } del { $date }, total { $total }:
billing-ask-queued = Su pregunta sale como ticket Financiero: se envía en cuanto el proveedor esté disponible y aparece entre sus tickets.
billing-ask-open-list = Ver mis tickets
billing-years-heading = Totales por año
billing-vat-heading = IVA
# Variables:
#   $country (String) - The billing country's name.
#   $rate (String) - Its rate today.
billing-vat-now = Se le factura en { $country }: las nuevas facturas llevan un IVA del { $rate }, el tipo vigente en su fecha de emisión.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-reverse-charge = Se le factura como empresa en { $country }: las nuevas facturas no llevan IVA (inversión del sujeto pasivo), usted lo declara.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-outside = Se le factura en { $country }, fuera de la UE: las nuevas facturas no llevan IVA.
# Variables:
#   $country (String) - The country's name.
#   $from (String) - The old rate.
#   $to (String) - The new rate.
#   $date (String) - When it changed.
billing-vat-changed = { $country } cambió su IVA del { $from } al { $to } el { $date }: cada factura lleva el tipo de su fecha de emisión.
billing-vat-number = NIF-IVA (empresas)
# Variables:
#   $example (String) - The start of a number of the billing country, e.g. IT….
billing-vat-number-placeholder = p. ej. { $example }
billing-vat-number-save = Guardar
billing-vat-number-pending = Guardado: llega al proveedor en cuanto esté disponible y vale para las próximas facturas.
billing-vat-number-hint = Con un NIF-IVA válido de un país de la UE distinto del del proveedor, las facturas se emiten con inversión del sujeto pasivo. Déjelo vacío si es un particular.
# Variables:
#   $count (Number) - Countries in the table.
billing-vat-table = Los tipos de IVA del proveedor ({ $count } países)
billing-vat-table-source = Tal como el proveedor los aplica hoy; sustituyen cualquier lista más antigua de sus páginas.
