## The response-time evidence export (PDF and CSV): what a customer hands to the
## provider's billing team with a request for an outage credit. Times are in the user's
## time zone, which the document names.

report-title = Response-time evidence
report-account = Account
report-provider = Provider
report-period = Period
report-time-zone = Time zone
report-generated = Generated
report-promises = Promises
# Variables:
#   $ack (String) - the acknowledgment promise, as a duration ("2 min")
#   $first (String) - the first-response promise, as a duration ("10 min")
report-promises-value = acknowledgment within { $ack }, first response within { $first }
# Variables:
#   $from (String) - the first day (or date and time) of the period, already formatted
#   $to (String) - the last day of the period (or the date and time it ends), already formatted
report-period-value = { $from } – { $to }

report-summary-heading = Summary
report-summary-tickets = Tickets
report-summary-kept = Promises kept
# Variables:
#   $kept (String) - promises kept, already formatted
#   $promises (String) - promises whose outcome is known (kept or missed), already formatted
#   $percent (String) - kept as a share of promises, already formatted with one decimal
report-summary-kept-value = { $kept } of { $promises } ({ $percent }%)
report-summary-missed = Promises missed
report-summary-open = Still within their time
report-summary-ack = Acknowledgment time
report-summary-first = First-response time
# Variables:
#   $median (String) - the median time, as a duration ("1 min 5 s")
#   $worst (String) - the longest time, as a duration ("4 min 10 s")
report-summary-times = median { $median }, worst { $worst }
report-summary-no-times = none answered yet

report-chart-heading = Response time of each ticket
report-chart-minutes = min
# Variables:
#   $duration (String) - the promised time, as a duration ("2 min")
report-chart-ack-promise = acknowledgment promise: { $duration }
# Variables:
#   $duration (String) - the promised time, as a duration ("10 min")
report-chart-first-promise = first-response promise: { $duration }
report-chart-ack = Acknowledgment
report-chart-first = First response
# Variables:
#   $duration (String) - the top of the chart, as a duration ("1 h")
report-chart-clipped = over { $duration }, or never answered (drawn at the top)

report-table-heading = Tickets
report-table-number = Ticket
report-table-created = Created
report-table-subject = Subject
report-table-ack = Acknowledgment
report-table-first = First response
# Variables:
#   $duration (String) - how late, as a duration ("1 min 20 s")
report-missed-by = missed by { $duration }
report-not-answered = not answered
report-still-due = still within its time
# Variables:
#   $time (String) - when this app first saw it done, already formatted
report-observed = seen here: { $time }
report-observed-note = “Seen here” is when { -brand-name } first saw an acknowledgment or response, shown where it differs from the provider's time by more than a minute.
report-empty = No tickets were opened in this period.
# Variables:
#   $page (String) - this page's number
#   $pages (String) - how many pages the document has
report-page = Page { $page } of { $pages }

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

## Dates, in the user's time zone. Month names are the abbreviated ones.

report-month-jan = Jan
report-month-feb = Feb
report-month-mar = Mar
report-month-apr = Apr
report-month-may = May
report-month-jun = Jun
report-month-jul = Jul
report-month-aug = Aug
report-month-sep = Sep
report-month-oct = Oct
report-month-nov = Nov
report-month-dec = Dec
# Variables:
#   $day (String) - the day of the month, 1 to 31
#   $month (String) - the month's abbreviated name (report-month-*)
#   $year (String) - the year, four digits
report-date = { $month } { $day }, { $year }
# Variables:
#   $day (String) - the day of the month, 1 to 31
#   $month (String) - the month's abbreviated name (report-month-*)
report-date-short = { $month } { $day }
# Variables:
#   $date (String) - the date (report-date)
#   $time (String) - the time, 24-hour, as 14:05
report-date-time = { $date }, { $time }

## The CSV export's column names. The state columns hold the stable English tokens met,
## late, due and overdue, so that a spreadsheet can filter them in any language.

report-csv-number = ticket
report-csv-subject = subject
report-csv-department = department
report-csv-priority = priority
report-csv-status = status
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-created = created ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-due = acknowledgment due ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-done = acknowledged at ({ $zone })
report-csv-ack-took = acknowledgment took (seconds)
report-csv-ack-missed = acknowledgment missed by (seconds)
report-csv-ack-state = acknowledgment state
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-ack-observed = acknowledgment seen here ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-due = first response due ({ $zone })
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-done = first response at ({ $zone })
report-csv-first-took = first response took (seconds)
report-csv-first-missed = first response missed by (seconds)
report-csv-first-state = first response state
# Variables:
#   $zone (String) - the time zone of the column's times, as Europe/Rome
report-csv-first-observed = first response seen here ({ $zone })

## Invoices (PDF and CSV): an invoice as a document to keep or forward, and a list of
## invoices for an accountant. Amounts are in the invoice's currency; the VAT is the rate
## of the customer's billing country on the day the invoice was issued.

report-invoice-title = Invoice
# Variables:
#   $number (String) - the invoice number as printed, as INV-2026-00412
report-invoice-document-title = Invoice { $number }
report-invoice-number = Invoice number
report-invoice-issued = Issue date
report-invoice-due = Due date
report-invoice-status = Status
report-invoice-status-paid = Paid
report-invoice-status-unpaid = Unpaid
report-invoice-status-overdue = Overdue
report-invoice-bill-to = Billed to
# Variables:
#   $number (String) - the customer's VAT number, as IT01234567890
report-invoice-customer-vat-number = VAT number: { $number }
report-invoice-description = Description
report-invoice-quantity = Qty
report-invoice-unit-price = Unit price
report-invoice-net = Net
report-invoice-no-lines = This invoice has no lines.
report-invoice-net-total = Net total
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("22%")
#   $country (String) - the billing country's name (report-country-*)
report-invoice-vat-standard = VAT { $rate } ({ $country }, rate on the day of issue)
# Variables:
#   $rate (String) - the VAT rate, already formatted as a percentage ("0%")
report-invoice-vat-reverse-charge = VAT { $rate }
report-invoice-reverse-charge = Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).
report-invoice-vat-outside-scope = No VAT: outside the EU
report-invoice-total = Total

## The invoice list's CSV column names, and the words in its status and VAT rule
## columns. Amounts in the CSV are plain numbers with a dot (1234.56) in every language.

report-invoice-csv-number = invoice
report-invoice-csv-issued = issue date
report-invoice-csv-due = due date
report-invoice-csv-status = status
report-invoice-csv-country = country
report-invoice-csv-vat-number = VAT number
report-invoice-csv-currency = currency
report-invoice-csv-net = net
report-invoice-csv-vat-rate = VAT rate (%)
report-invoice-csv-vat = VAT
report-invoice-csv-total = total
report-invoice-csv-vat-rule = VAT rule
report-invoice-rule-standard = standard rate
report-invoice-rule-reverse-charge = reverse charge
report-invoice-rule-outside-scope = outside the EU (no VAT)

## Country names, for the billing country on invoices: the EU member states, the
## United States, the United Kingdom and Switzerland (CLDR's names).

report-country-at = Austria
report-country-be = Belgium
report-country-bg = Bulgaria
report-country-hr = Croatia
report-country-cy = Cyprus
report-country-cz = Czechia
report-country-dk = Denmark
report-country-ee = Estonia
report-country-fi = Finland
report-country-fr = France
report-country-de = Germany
report-country-gr = Greece
report-country-ie = Ireland
report-country-it = Italy
report-country-lv = Latvia
report-country-lt = Lithuania
report-country-lu = Luxembourg
report-country-mt = Malta
report-country-nl = Netherlands
report-country-pl = Poland
report-country-pt = Portugal
report-country-ro = Romania
report-country-sk = Slovakia
report-country-si = Slovenia
report-country-es = Spain
report-country-se = Sweden
report-country-hu = Hungary
report-country-us = United States
report-country-gb = United Kingdom
report-country-ch = Switzerland
