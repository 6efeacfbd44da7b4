## Der Nachweis der Reaktionszeiten (PDF und CSV): was Kundinnen und Kunden der
## Buchhaltung des Providers mit einem Antrag auf eine Gutschrift für einen Ausfall
## übergeben. Zeiten stehen in der Zeitzone der Person; das Dokument nennt sie.

report-title = Nachweis der Reaktionszeiten
report-account = Konto
report-provider = Provider
report-period = Zeitraum
report-time-zone = Zeitzone
report-generated = Erstellt
report-promises = Zusagen
# Variables:
#   $ack (String) - the acknowledgment promise, as a duration ("2 min")
#   $first (String) - the first-response promise, as a duration ("10 min")
report-promises-value = Eingangsbestätigung innerhalb von { $ack }, erste Antwort innerhalb von { $first }
# Variables:
#   $from (String) - the first day (or date and time) of the period, already formatted
#   $to (String) - the last day of the period (or the date and time it ends), already formatted
report-period-value = { $from } – { $to }

report-summary-heading = Übersicht
report-summary-tickets = Tickets
report-summary-kept = Eingehaltene Zusagen
# Variables:
#   $kept (String) - promises kept, already formatted
#   $promises (String) - promises whose outcome is known (kept or missed), already formatted
#   $percent (String) - kept as a share of promises, already formatted with one decimal
report-summary-kept-value = { $kept } von { $promises } ({ $percent } %)
report-summary-missed = Verfehlte Zusagen
report-summary-open = Noch innerhalb der Frist
report-summary-ack = Zeit bis zur Eingangsbestätigung
report-summary-first = Zeit bis zur ersten Antwort
# Variables:
#   $median (String) - the median time, as a duration ("1 min 5 s")
#   $worst (String) - the longest time, as a duration ("4 min 10 s")
report-summary-times = Median { $median }, längste { $worst }
report-summary-no-times = noch keine Antwort

report-chart-heading = Reaktionszeit jedes Tickets
report-chart-minutes = Min.
# Variables:
#   $duration (String) - the promised time, as a duration ("2 min")
report-chart-ack-promise = Zusage Eingangsbestätigung: { $duration }
# Variables:
#   $duration (String) - the promised time, as a duration ("10 min")
report-chart-first-promise = Zusage erste Antwort: { $duration }
report-chart-ack = Eingangsbestätigung
report-chart-first = Erste Antwort
# Variables:
#   $duration (String) - the top of the chart, as a duration ("1 h")
report-chart-clipped = über { $duration } oder nie beantwortet (oben am Rand)

report-table-heading = Tickets
report-table-number = Ticket
report-table-created = Erstellt
report-table-subject = Betreff
report-table-ack = Eingangsbestätigung
report-table-first = Erste Antwort
# Variables:
#   $duration (String) - how late, as a duration ("1 min 20 s")
report-missed-by = um { $duration } verfehlt
report-not-answered = nicht beantwortet
report-still-due = noch innerhalb der Frist
# Variables:
#   $time (String) - when this app first saw it done, already formatted
report-observed = hier gesehen: { $time }
report-observed-note = „Hier gesehen“ ist der Zeitpunkt, zu dem der { -brand-name } eine Eingangsbestätigung oder Antwort zuerst gesehen hat; er steht dort, wo er um mehr als eine Minute von der Zeit des Providers abweicht.
report-empty = In diesem Zeitraum wurden keine Tickets eröffnet.
# Variables:
#   $page (String) - this page's number
#   $pages (String) - how many pages the document has
report-page = Seite { $page } von { $pages }

# Variables:
#   $s (String) - seconds
report-duration-s = { $s } s
# Variables:
#   $min (String) - minutes
report-duration-min = { $min } Min.
# Variables:
#   $min (String) - minutes
#   $s (String) - seconds
report-duration-min-s = { $min } Min. { $s } s
# Variables:
#   $h (String) - hours
report-duration-h = { $h } Std.
# Variables:
#   $h (String) - hours
#   $min (String) - minutes
report-duration-h-min = { $h } Std. { $min } Min.
# Variables:
#   $d (String) - days
report-duration-d = { $d } T.
# Variables:
#   $d (String) - days
#   $h (String) - hours
report-duration-d-h = { $d } T. { $h } Std.

## Datumsangaben, in der Zeitzone der Person. Monatsnamen abgekürzt.

report-month-jan = Jan.
report-month-feb = Feb.
report-month-mar = März
report-month-apr = Apr.
report-month-may = Mai
report-month-jun = Juni
report-month-jul = Juli
report-month-aug = Aug.
report-month-sep = Sept.
report-month-oct = Okt.
report-month-nov = Nov.
report-month-dec = Dez.
# Variables:
#   $day (String) - the day of the month, 1 to 31
#   $month (String) - the month's abbreviated name (report-month-*)
#   $year (String) - the year, four digits
report-date = { $day }. { $month } { $year }
# Variables:
#   $day (String) - the day of the month, 1 to 31
#   $month (String) - the month's abbreviated name (report-month-*)
report-date-short = { $day }. { $month }
# Variables:
#   $date (String) - the date (report-date)
#   $time (String) - the time, 24-hour, as 14:05
report-date-time = { $date }, { $time }

## Die Spaltennamen des CSV-Exports. Die Status-Spalten enthalten die festen englischen
## Werte met, late, due und overdue, damit eine Tabellenkalkulation sie in jeder
## Sprache filtern kann.

report-csv-number = Ticket
report-csv-subject = Betreff
report-csv-department = Abteilung
report-csv-priority = Priorität
report-csv-status = Status
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-created = erstellt ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-due = Eingangsbestätigung fällig ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-done = Eingang bestätigt ({ $zone })
report-csv-ack-took = Eingangsbestätigung nach (Sekunden)
report-csv-ack-missed = Eingangsbestätigung verfehlt um (Sekunden)
report-csv-ack-state = Status Eingangsbestätigung
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-observed = Eingangsbestätigung hier gesehen ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-due = erste Antwort fällig ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-done = erste Antwort ({ $zone })
report-csv-first-took = erste Antwort nach (Sekunden)
report-csv-first-missed = erste Antwort verfehlt um (Sekunden)
report-csv-first-state = Status erste Antwort
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-observed = erste Antwort hier gesehen ({ $zone })

## Rechnungen (PDF und CSV): eine Rechnung als Dokument zum Aufbewahren oder Weiterleiten
## und eine Liste der Rechnungen für die Buchhaltung. Beträge stehen in der Währung der
## Rechnung; die USt. ist der Satz des Rechnungslandes am Tag der Ausstellung.

report-invoice-title = Rechnung
# Variables:
#   $number (String) - the invoice number as printed, as INV-2026-00412
report-invoice-document-title = Rechnung { $number }
report-invoice-number = Rechnungsnummer
report-invoice-issued = Rechnungsdatum
report-invoice-due = Fällig am
report-invoice-status = Status
report-invoice-status-paid = Bezahlt
report-invoice-status-unpaid = Offen
report-invoice-status-overdue = Überfällig
report-invoice-bill-to = Rechnungsempfänger
# Variables:
#   $number (String) - the customer's VAT number, as IT01234567890
report-invoice-customer-vat-number = USt-IdNr.: { $number }
report-invoice-description = Beschreibung
report-invoice-quantity = Menge
report-invoice-unit-price = Einzelpreis
report-invoice-net = Netto
report-invoice-no-lines = Diese Rechnung hat keine Positionen.
report-invoice-net-total = Nettobetrag
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("22%")
#   $country (String) - the billing country's name (report-country-*)
report-invoice-vat-standard = USt. { $rate } ({ $country }, Steuersatz am Tag der Ausstellung)
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("0%")
report-invoice-vat-reverse-charge = USt. { $rate }
report-invoice-reverse-charge = Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 der Richtlinie 2006/112/EG).
report-invoice-vat-outside-scope = Keine USt.: außerhalb der EU
report-invoice-total = Gesamtbetrag

## Die Spaltennamen des CSV der Rechnungen und die Wörter in den Spalten Status und
## USt.-Regelung. Beträge stehen im CSV in jeder Sprache als einfache Zahlen mit Punkt
## (1234.56).

report-invoice-csv-number = Rechnung
report-invoice-csv-issued = Rechnungsdatum
report-invoice-csv-due = Fällig am
report-invoice-csv-status = Status
report-invoice-csv-country = Land
report-invoice-csv-vat-number = USt-IdNr.
report-invoice-csv-currency = Währung
report-invoice-csv-net = Netto
report-invoice-csv-vat-rate = USt.-Satz (%)
report-invoice-csv-vat = USt.
report-invoice-csv-total = Gesamt
report-invoice-csv-vat-rule = USt.-Regelung
report-invoice-rule-standard = Regelsteuersatz
report-invoice-rule-reverse-charge = Reverse Charge
report-invoice-rule-outside-scope = außerhalb der EU (keine USt.)

## Ländernamen, für das Rechnungsland: die EU-Mitgliedstaaten, die Vereinigten Staaten,
## das Vereinigte Königreich und die Schweiz (die Namen aus CLDR).

report-country-at = Österreich
report-country-be = Belgien
report-country-bg = Bulgarien
report-country-hr = Kroatien
report-country-cy = Zypern
report-country-cz = Tschechien
report-country-dk = Dänemark
report-country-ee = Estland
report-country-fi = Finnland
report-country-fr = Frankreich
report-country-de = Deutschland
report-country-gr = Griechenland
report-country-ie = Irland
report-country-it = Italien
report-country-lv = Lettland
report-country-lt = Litauen
report-country-lu = Luxemburg
report-country-mt = Malta
report-country-nl = Niederlande
report-country-pl = Polen
report-country-pt = Portugal
report-country-ro = Rumänien
report-country-sk = Slowakei
report-country-si = Slowenien
report-country-es = Spanien
report-country-se = Schweden
report-country-hu = Ungarn
report-country-us = Vereinigte Staaten
report-country-gb = Vereinigtes Königreich
report-country-ch = Schweiz
