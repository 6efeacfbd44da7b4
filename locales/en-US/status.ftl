## The service status view: the provider's notices.

status-heading = Service status
status-empty = No maintenance, outage or abuse report concerns you.
status-phase-abuse = Abuse reports to answer
status-phase-now = Under way now
status-phase-planned = Planned
status-phase-past = Past
status-your-service = Your service
# Variables:
#   $time (String) - the deadline, formatted in the user's zone
#   $left (String) - how long is left, relative ("in 22 hours")
status-respond-by = Respond by { $time } ({ $left }).
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
#   $to (String) - the end in Central European time, formatted, with CET or CEST
status-window-cet = For the provider: { $from } to { $to }.
# Variables:
#   $from (String) - the start in Central European time, formatted, with CET or CEST
status-since-cet = For the provider: since { $from }.
# Variables:
#   $names (String) - the services it touches, separated by commas
status-services = Services: { $names }
status-notifier-no-daemon = This desktop has no notification service running, so new notices cannot pop up. They still appear here as soon as the provider publishes them.
status-notifier-no-bus = This desktop session has no message bus, so new notices cannot pop up. They still appear here as soon as the provider publishes them.
status-notifier-timeout = The desktop's notification service did not answer, so new notices may not pop up. They still appear here.
status-notifier-error = The desktop refused a notification, so new notices may not pop up. They still appear here.
# A badge on a notice not seen before this visit.
status-new = New
# Heading of the tickets about a notice.
# Variables:
#   $count (Number) - how many tickets
status-tickets-about =
    { $count ->
        [one] Your ticket about it
       *[other] Your tickets about it
    }
status-answer = Answer this report
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-in-time = Answered in time: ticket #{ $number }
# Variables:
#   $number (String) - the number of the ticket that answered the report
status-answered-late = Answered after the deadline: ticket #{ $number }
# Under a notice the provider did not write in the UI's language: its default text is shown.
# Variables:
#   $lang (String) - the primary language subtag of the text shown ("en", "it", "de", "es", or another)
status-notice-untranslated =
    { $lang ->
        [en] Shown in English
        [it] Shown in Italian
        [de] Shown in German
        [es] Shown in Spanish
       *[other] Shown in the provider's language ({ $lang })
    }: the provider did not translate this notice.

## Support hours (the status view).

support-hours-heading = Support hours
support-hours-intro = Who works on your tickets, and when. The first level answers around the clock; the teams a ticket is passed to keep office hours and are off on the provider's holidays. The week below is drawn in your own time.
# Variables:
#   $level (Number) - the support level (1, 2, 3)
support-hours-level = Level { $level }
support-hours-always = Around the clock, every day
# Variables:
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-weekdays = Monday to Friday, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $days (String) - the days of the week the team works, listed
#   $opens (String) - when the shift starts, HH:MM in the team's zone
#   $closes (String) - when it ends, HH:MM in the team's zone
#   $zone (String) - the team's time zone, as the system names it (CET, EST)
support-hours-days = { $days }, { $opens }–{ $closes } ({ $zone })
# Variables:
#   $name (String) - the data center's name (the provider's)
support-hours-datacenter = Data center { $name }
support-hours-open = On shift now
support-hours-closed = Off shift
# Variables:
#   $time (String) - when the shift ends, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-open-until = On shift now, until { $time } ({ $left })
# Variables:
#   $time (String) - when the next shift starts, in the computer's time zone
#   $left (String) - how long from now ("in 3 hours")
support-hours-closed-until = Off shift, back { $time } ({ $left })
support-hours-holidays = Provider holidays
