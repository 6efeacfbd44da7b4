## The response-times view: the customer's evidence of the provider's promises over a
## period, its export, and the request for a credit made of it.

evidence-heading = Response times
evidence-intro = Every ticket you opened in a period, with the provider's acknowledgment and first-response promises kept or missed. Save it as a PDF for the provider's billing team, or ask for a credit for the missed promises.
evidence-period = Period
evidence-period-last-30-days = Last 30 days
evidence-period-this-month = This month
evidence-period-last-month = Last month
evidence-period-last-90-days = Last 90 days
evidence-period-this-year = This year
evidence-period-custom = Choose dates…
evidence-from = From
evidence-to = To
# Variables:
#   $from (String) - when the period starts, a date and time
#   $to (String) - when the period ends, a date and time
#   $zone (String) - the computer's time zone, as an IANA name ("Europe/Rome")
evidence-range = { $from } – { $to } ({ $zone })
evidence-period-invalid = Choose both dates, the first no later than the last.
evidence-tickets = Tickets
evidence-kept = Promises kept
# Variables:
#   $count (Number) - promises kept
#   $total (Number) - promises whose outcome is known
evidence-of = { $count } of { $total }
evidence-missed = Promises missed
evidence-ack-times = Acknowledgment
evidence-first-times = First response
# Variables:
#   $median (String) - the median time, as a duration
#   $worst (String) - the longest time, as a duration
evidence-times = median { $median }, worst { $worst }
evidence-no-times = none yet
evidence-save-pdf = Save as PDF
evidence-save-csv = Save as CSV
evidence-ask-credit = Ask for a credit…
evidence-nothing-missed = Every promise was kept in this period.
# Variables:
#   $path (String) - where the file was saved
evidence-saved = Saved to { $path }
evidence-open = Open
evidence-show-folder = Show in folder
evidence-empty = You opened no tickets in this period.
evidence-missed-heading = Missed promises
evidence-col-ticket = Ticket
evidence-col-created = Opened
evidence-col-ack = Acknowledgment
evidence-col-first = First response
# Variables:
#   $took (String) - how long it took, as a duration
evidence-kept-after = kept, after { $took }
# Variables:
#   $late (String) - how late, as a duration
evidence-missed-by = missed by { $late }
evidence-still-due = still within its time

## The credit request the app writes for the customer (a Financial ticket).

# Variables:
#   $period (String) - the period, already formatted ("1 Oct 2026 – 31 Oct 2026")
credit-subject = Credit for service outage: response-time promises missed, { $period }
# Variables:
#   $period (String) - the period, already formatted
#   $tickets (Number) - how many tickets were opened in the period
credit-intro = Between { $period } I opened { $tickets ->
        [one] one ticket
       *[other] { $tickets } tickets
    }.
# Variables:
#   $missed (Number) - how many promises were missed
credit-missed-count = { $missed ->
        [one] One of your response-time promises (acknowledgment within 2 minutes, first response within 10 minutes) was missed.
       *[other] { $missed } of your response-time promises (acknowledgment within 2 minutes, first response within 10 minutes) were missed.
    }
credit-attached = The attached report lists every ticket with its times, as your system and my client area recorded them.
credit-ask = As your terms provide, I ask for a credit for service outage for these missed promises.
credit-missed-heading = The missed promises:
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-ack = #{ $number }: acknowledgment missed by { $late }
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-first = #{ $number }: first response missed by { $late }
# Variables:
#   $count (Number) - how many more missed promises the report lists
credit-more = …and { $count } more, listed in the attached report.
