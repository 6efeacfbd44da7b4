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
