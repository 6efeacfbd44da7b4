## Il rapporto sui tempi di risposta (PDF e CSV): ciò che il cliente consegna all'ufficio
## amministrativo del provider con la richiesta di un rimborso per disservizio. Gli orari
## sono nel fuso orario dell'utente, che il documento indica.

report-title = Documentazione dei tempi di risposta
report-account = Account
report-provider = Provider
report-period = Periodo
report-time-zone = Fuso orario
report-generated = Generato il
report-promises = Impegni
# Variables:
#   $ack (String) - the acknowledgment promise, as a duration ("2 min")
#   $first (String) - the first-response promise, as a duration ("10 min")
report-promises-value = conferma di ricezione entro { $ack }, prima risposta entro { $first }
# Variables:
#   $from (String) - the first day (or date and time) of the period, already formatted
#   $to (String) - the last day of the period (or the date and time it ends), already formatted
report-period-value = { $from } – { $to }

report-summary-heading = Riepilogo
report-summary-tickets = Ticket
report-summary-kept = Impegni rispettati
# Variables:
#   $kept (String) - promises kept, already formatted
#   $promises (String) - promises whose outcome is known (kept or missed), already formatted
#   $percent (String) - kept as a share of promises, already formatted with one decimal
report-summary-kept-value = { $kept } su { $promises } ({ $percent }%)
report-summary-missed = Impegni mancati
report-summary-open = Ancora nei tempi
report-summary-ack = Tempo di conferma di ricezione
report-summary-first = Tempo di prima risposta
# Variables:
#   $median (String) - the median time, as a duration ("1 min 5 s")
#   $worst (String) - the longest time, as a duration ("4 min 10 s")
report-summary-times = mediana { $median }, peggiore { $worst }
report-summary-no-times = nessuna risposta finora

report-chart-heading = Tempo di risposta di ogni ticket
report-chart-minutes = min
# Variables:
#   $duration (String) - the promised time, as a duration ("2 min")
report-chart-ack-promise = impegno di conferma di ricezione: { $duration }
# Variables:
#   $duration (String) - the promised time, as a duration ("10 min")
report-chart-first-promise = impegno di prima risposta: { $duration }
report-chart-ack = Conferma di ricezione
report-chart-first = Prima risposta
# Variables:
#   $duration (String) - the top of the chart, as a duration ("1 h")
report-chart-clipped = oltre { $duration }, o mai risposto (in cima al grafico)

report-table-heading = Ticket
report-table-number = Ticket
report-table-created = Aperto il
report-table-subject = Oggetto
report-table-ack = Conferma di ricezione
report-table-first = Prima risposta
# Variables:
#   $duration (String) - how late, as a duration ("1 min 20 s")
report-missed-by = mancato di { $duration }
report-not-answered = senza risposta
report-still-due = ancora nei tempi
# Variables:
#   $time (String) - when this app first saw it done, already formatted
report-observed = visto qui: { $time }
report-observed-note = “Visto qui” è quando l'{ -brand-name } ha visto per la prima volta la conferma o la risposta; compare dove differisce di oltre un minuto dall'orario indicato dal provider.
report-empty = In questo periodo non è stato aperto nessun ticket.
# Variables:
#   $page (String) - this page's number
#   $pages (String) - how many pages the document has
report-page = Pagina { $page } di { $pages }

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
report-duration-d = { $d } g
# Variables:
#   $d (String) - days
#   $h (String) - hours
report-duration-d-h = { $d } g { $h } h

## Date, nel fuso orario dell'utente. I nomi dei mesi sono abbreviati.

report-month-jan = gen
report-month-feb = feb
report-month-mar = mar
report-month-apr = apr
report-month-may = mag
report-month-jun = giu
report-month-jul = lug
report-month-aug = ago
report-month-sep = set
report-month-oct = ott
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

## I nomi delle colonne del CSV. Le colonne dello stato contengono i valori inglesi fissi
## met, late, due e overdue, perché un foglio di calcolo li possa filtrare in ogni lingua.

report-csv-number = ticket
report-csv-subject = oggetto
report-csv-department = reparto
report-csv-priority = priorità
report-csv-status = stato
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-created = aperto il ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-due = conferma di ricezione prevista ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-done = ricezione confermata il ({ $zone })
report-csv-ack-took = conferma di ricezione dopo (secondi)
report-csv-ack-missed = conferma di ricezione mancata di (secondi)
report-csv-ack-state = stato della conferma di ricezione
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-observed = conferma di ricezione vista qui ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-due = prima risposta prevista ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-done = prima risposta il ({ $zone })
report-csv-first-took = prima risposta dopo (secondi)
report-csv-first-missed = prima risposta mancata di (secondi)
report-csv-first-state = stato della prima risposta
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-observed = prima risposta vista qui ({ $zone })

## Le fatture (PDF e CSV): una fattura come documento da conservare o inoltrare, e un
## elenco di fatture per il commercialista. Gli importi sono nella valuta della fattura;
## l'IVA è l'aliquota del paese di fatturazione del cliente alla data di emissione.

report-invoice-title = Fattura
# Variables:
#   $number (String) - the invoice number as printed, as INV-2026-00412
report-invoice-document-title = Fattura { $number }
report-invoice-number = Numero fattura
report-invoice-issued = Data di emissione
report-invoice-due = Scadenza
report-invoice-status = Stato
report-invoice-status-paid = Pagata
report-invoice-status-unpaid = Da pagare
report-invoice-status-overdue = Scaduta
report-invoice-bill-to = Intestata a
# Variables:
#   $number (String) - the customer's VAT number, as IT01234567890
report-invoice-customer-vat-number = Partita IVA: { $number }
report-invoice-description = Descrizione
report-invoice-quantity = Q.tà
report-invoice-unit-price = Prezzo unitario
report-invoice-net = Imponibile
report-invoice-no-lines = Questa fattura non ha righe.
report-invoice-net-total = Totale imponibile
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("22%")
#   $country (String) - the billing country's name (report-country-*)
report-invoice-vat-standard = IVA { $rate } ({ $country }, aliquota in vigore alla data di emissione)
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("0%")
report-invoice-vat-reverse-charge = IVA { $rate }
report-invoice-reverse-charge = Inversione contabile: IVA a carico del destinatario (art. 196 della Direttiva 2006/112/CE).
report-invoice-vat-outside-scope = Senza IVA: fuori dall'UE
report-invoice-total = Totale

## I nomi delle colonne del CSV delle fatture e le parole delle colonne stato e regime
## IVA. Gli importi nel CSV sono numeri semplici con il punto (1234.56) in ogni lingua.

report-invoice-csv-number = fattura
report-invoice-csv-issued = data di emissione
report-invoice-csv-due = scadenza
report-invoice-csv-status = stato
report-invoice-csv-country = paese
report-invoice-csv-vat-number = partita IVA
report-invoice-csv-currency = valuta
report-invoice-csv-net = imponibile
report-invoice-csv-vat-rate = aliquota IVA (%)
report-invoice-csv-vat = IVA
report-invoice-csv-total = totale
report-invoice-csv-vat-rule = regime IVA
report-invoice-rule-standard = aliquota ordinaria
report-invoice-rule-reverse-charge = inversione contabile
report-invoice-rule-outside-scope = fuori dall'UE (senza IVA)

## Nomi dei paesi, per il paese di fatturazione: gli stati membri dell'UE, gli Stati
## Uniti, il Regno Unito e la Svizzera (i nomi del CLDR).

report-country-at = Austria
report-country-be = Belgio
report-country-bg = Bulgaria
report-country-hr = Croazia
report-country-cy = Cipro
report-country-cz = Cechia
report-country-dk = Danimarca
report-country-ee = Estonia
report-country-fi = Finlandia
report-country-fr = Francia
report-country-de = Germania
report-country-gr = Grecia
report-country-ie = Irlanda
report-country-it = Italia
report-country-lv = Lettonia
report-country-lt = Lituania
report-country-lu = Lussemburgo
report-country-mt = Malta
report-country-nl = Paesi Bassi
report-country-pl = Polonia
report-country-pt = Portogallo
report-country-ro = Romania
report-country-sk = Slovacchia
report-country-si = Slovenia
report-country-es = Spagna
report-country-se = Svezia
report-country-hu = Ungheria
report-country-us = Stati Uniti
report-country-gb = Regno Unito
report-country-ch = Svizzera
