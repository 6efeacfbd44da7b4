## The invoices view: invoices with their VAT, totals per year, the VAT explained,
## the VAT number of a business, and asking the Billing Team about an invoice.

billing-heading = Fatture
billing-filter-status = Stato
billing-filter-all = Tutte
billing-filter-open = Da pagare
billing-filter-paid = Pagate
billing-filter-year = Anno
billing-filter-search = Numero o servizio
billing-empty = Ancora nessuna fattura. Compaiono qui appena il provider le emette, e restano leggibili offline.
# Variables:
#   $shown (Number) - Invoices shown with the filters.
#   $total (Number) - All invoices.
billing-count = { $shown } di { $total } fatture
billing-col-number = Numero
billing-col-issued = Emessa
billing-col-due = Scadenza
billing-col-status = Stato
billing-col-total = Totale
billing-col-year = Anno
billing-col-count = Fatture
billing-col-vat = IVA
billing-col-unpaid = Da pagare
# Variables:
#   $days (Number) - Days since the due date.
billing-status-overdue = { $days ->
    [0] Scaduta
    [one] Scaduta da 1 giorno
   *[other] Scaduta da { $days } giorni
}
billing-status-paid = Pagata
billing-status-unpaid = Da pagare
# Variables:
#   $rate (String) - The VAT rate, e.g. 22 %.
#   $country (String) - The billing country's name.
billing-vat-standard = IVA { $rate } — aliquota di { $country } alla data di emissione
# Variables:
#   $rate (String) - 0 %.
billing-vat-reverse-charge = IVA { $rate } — inversione contabile
# Variables:
#   $country (String) - The billing country's name.
billing-vat-outside = Senza IVA — { $country } è fuori dall'UE
# Variables:
#   $number (String) - The invoice's number.
billing-invoice-heading = Fattura { $number }
# Variables:
#   $issued (String) - The issue date.
#   $due (String) - The due date.
billing-invoice-dates = Emessa il { $issued }, scadenza { $due }
# Variables:
#   $number (String) - The customer's VAT number.
billing-invoice-vat-number = Partita IVA { $number }
billing-line-description = Descrizione
billing-line-quantity = Q.tà
billing-line-unit = Prezzo unitario
billing-line-net = Imponibile
billing-net = Imponibile
billing-total = Totale
billing-reverse-charge-legal = Inversione contabile: IVA a carico del destinatario (art. 196 della Direttiva 2006/112/CE).
billing-ask = Chiedi di questa fattura
billing-export-pdf = Salva come PDF
billing-export-csv = Salva come CSV
# Variables:
#   $name (String) - The file name.
billing-saved = Salvata in Download come { $name }.
billing-saved-open = Apri
billing-saved-show = Mostra nella cartella
billing-ask-heading = Una domanda al Billing Team
# Variables:
#   $opens (String) - Opening time, e.g. 09:00.
#   $closes (String) - Closing time, e.g. 18:00.
#   $zone (String) - The team's time zone, e.g. CET.
billing-ask-team = Il Billing Team lavora dal lunedì al venerdì, { $opens }–{ $closes } { $zone }.
billing-ask-team-open = Ora è al lavoro: aspettati una risposta oggi.
# Variables:
#   $time (String) - When the team is back.
#   $left (String) - How far that is, e.g. in 14 hours.
billing-ask-team-closed = Ora è chiuso: aspettati una risposta dopo { $time } ({ $left }). I Support Engineers leggono ogni ticket entro 10 minuti, giorno e notte.
billing-ask-team-closed-unknown = Ora è chiuso. I Support Engineers leggono ogni ticket entro 10 minuti, giorno e notte.
# Variables:
#   $count (Number) - Open tickets about this invoice.
billing-ask-existing = { $count ->
    [one] C'è già un ticket aperto su questa fattura. Vuoi seguire quello invece di aprirne un altro?
   *[other] Ci sono già { $count } ticket aperti su questa fattura. Vuoi seguirne uno invece di aprirne un altro?
}
billing-ask-existing-queued = In attesa di invio
billing-ask-follow = Seguilo
billing-ask-anyway = Chiedi comunque con un nuovo ticket
billing-ask-subject-label = Oggetto
billing-ask-body-label = La tua domanda
billing-ask-send = Invia al Billing Team
billing-ask-cancel = Annulla
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-subject = Fattura { $number } del { $date } ({ $total })
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-body = Buongiorno, ho una domanda sulla fattura { $number } del { $date }, totale { $total }:
billing-ask-queued = La tua domanda parte come ticket Amministrazione: viene inviata appena il provider è raggiungibile e compare tra i tuoi ticket.
billing-ask-open-list = Mostra i miei ticket
billing-years-heading = Totali per anno
billing-vat-heading = IVA
# Variables:
#   $country (String) - The billing country's name.
#   $rate (String) - Its rate today.
billing-vat-now = Sei fatturato in { $country }: le nuove fatture hanno l'IVA al { $rate }, l'aliquota in vigore alla data di emissione.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-reverse-charge = Sei fatturato come azienda in { $country }: le nuove fatture sono senza IVA (inversione contabile), la versi tu.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-outside = Sei fatturato in { $country }, fuori dall'UE: le nuove fatture sono senza IVA.
# Variables:
#   $country (String) - The country's name.
#   $from (String) - The old rate.
#   $to (String) - The new rate.
#   $date (String) - When it changed.
billing-vat-changed = { $country } ha cambiato l'IVA dal { $from } al { $to } il { $date }: ogni fattura ha l'aliquota della sua data di emissione.
billing-vat-number = Partita IVA (aziende)
# Variables:
#   $example (String) - The start of a number of the billing country, e.g. IT….
billing-vat-number-placeholder = es. { $example }
billing-vat-number-save = Salva
billing-vat-number-pending = Salvata: arriva al provider appena è raggiungibile, e vale per le prossime fatture.
billing-vat-number-hint = Con una partita IVA valida di un paese UE diverso da quello del provider, le fatture sono emesse in inversione contabile. Lasciala vuota se sei un privato.
# Variables:
#   $count (Number) - Countries in the table.
billing-vat-table = Le aliquote IVA del provider ({ $count } paesi)
billing-vat-table-source = Come il provider le applica oggi; sostituiscono ogni elenco più vecchio sulle sue pagine.
