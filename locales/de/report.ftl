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
