## Ticket list, a ticket's conversation, replies and the new-ticket form.
## Department and priority names follow the provider's support pages.

tickets-list-heading = Support tickets
tickets-search = Search
tickets-search-placeholder = Words in subjects and messages
tickets-search-more = Many tickets match: these are the best of the most recent ones. Add a word to narrow the search.
# Shown under a search while a long history's search index is still being filled.
tickets-search-indexing = The search index of your history is still being built: some tickets may be missing from these results for a moment.
tickets-filter-status = Status
tickets-filter-department = Department
tickets-filter-priority = Priority
tickets-filter-any = All
tickets-empty = You have no tickets yet.
tickets-empty-filtered = No ticket matches these filters.
# Variables:
#   $number (String) - the ticket number the provider gave, as digits (an identifier, never grouped)
tickets-number = #{ $number }
tickets-unread = New reply
tickets-ack-done = Acknowledged
tickets-ack-pending = Awaiting acknowledgment
# Variables:
#   $time (String) - date and time, already formatted
tickets-updated = Updated { $time }
# Variables:
#   $when (String) - when the promised first response is due, relative ("in 4 minutes"), already formatted
tickets-sla-due = First response due { $when }
# Variables:
#   $when (String) - when the promised first response was due, relative ("3 minutes ago"), already formatted
tickets-sla-overdue = First response was due { $when }
# Variables:
#   $duration (String) - how long the first response took ("7 minutes"), already formatted
tickets-sla-met = Answered in { $duration }
# Variables:
#   $duration (String) - how long the first response took, already formatted
tickets-sla-late = Answered late, after { $duration }
tickets-status-open = Open
tickets-status-answered = Answered
tickets-status-resolved = Resolved
tickets-status-closed = Closed
tickets-department-technical = Technical
tickets-department-financial = Financial
tickets-priority-regular = Regular
tickets-priority-high = High

tickets-view-back = Back to tickets
tickets-view-service = Service
# Variables:
#   $time (String) - date and time, already formatted
tickets-view-opened = Opened { $time }
tickets-author-you = You
tickets-author-staff = Support
tickets-event-acknowledged = Your ticket was received and acknowledged automatically.
# Variables:
#   $from (String) - the previous status, already translated
#   $to (String) - the new status, already translated
tickets-event-status = Status changed from { $from } to { $to }.
# Variables:
#   $level (Number) - the support level, 1 to 3
#   $team (String) - the team now handling the ticket
tickets-event-escalated = Passed to level { $level }: { $team }.
# Variables:
#   $reason (String) - why the provider escalated, in the provider's words
tickets-event-escalated-reason = Why: { $reason }
tickets-reply-heading = Reply
tickets-reply-placeholder = Write your reply…
tickets-reply-send = Send reply
tickets-reply-sending = Sending…

tickets-new-heading = New ticket
tickets-new-department = Department
tickets-new-department-technical = Technical issues: server, network or technical problems
tickets-new-department-financial = Financial issues: billing, payments or invoices
tickets-new-priority = Priority
tickets-new-priority-regular = Regular: standard requests
tickets-new-priority-high = High: critical incidents, such as a service that is completely down
tickets-new-service = Service
tickets-new-service-none = No specific service
tickets-new-subject = Subject
tickets-new-body = Description
tickets-new-body-hint = Describe the problem in detail: what happens, since when, what you already tried.
tickets-new-submit = Open ticket
tickets-new-sending = Sending…

tickets-action-close = Close ticket
tickets-action-reopen = Reopen ticket
tickets-resolution-question = Support marked this ticket resolved. Is your problem solved?
tickets-resolution-solved = Yes, it is solved
tickets-resolution-not-solved = No, it is not solved

tickets-known-heading = The provider already knows of an incident on this service
tickets-known-kind-maintenance = Maintenance
tickets-known-kind-outage = Outage
tickets-known-kind-service_change = Service change
tickets-known-kind-abuse = Abuse report
# Variables:
#   $from (String) - when it began, already formatted
#   $to (String) - when it ends, already formatted
tickets-known-window = From { $from } to { $to }
# Variables:
#   $from (String) - when it began, already formatted
tickets-known-since = Since { $from }
tickets-known-advice = If your problem is this one, follow the notice: support is on it, and you will be told when it ends. Send your ticket if your problem is a different one.
tickets-known-follow = Follow the notice, don't send
tickets-known-send-anyway = Send my ticket anyway

tickets-sort = Order
tickets-sort-recent = Last updated
tickets-sort-oldest = Least recently updated
tickets-sort-opened = Last opened
tickets-sort-priority = High priority first
# Heading above the provider's notices a ticket is about.
# Variables:
#   $count (Number) - how many notices
tickets-about-notices =
    { $count ->
        [one] A notice from the provider about this
       *[other] Notices from the provider about this
    }
# The subject a ticket answering an abuse report starts with.
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answer-subject = Re: { $title }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $time (String) - the deadline, in the computer's time zone
tickets-answering-by = This ticket answers the abuse report “{ $title }”. Respond by { $time }.
# Variables:
#   $title (String) - the report's title, as the provider wrote it
tickets-answering = This ticket answers the abuse report “{ $title }”.

## A ticket's promise panel.

promise-heading = The provider's promises
promise-ack = Acknowledgment (within 2 minutes)
promise-first-response = First response (within 10 minutes)
promise-team = In charge now
# Variables:
#   $took (String) - how long it took, as a duration ("1 minute")
promise-met = Kept: after { $took }
# Variables:
#   $late (String) - how late, as a duration ("3 minutes")
promise-late = Missed by { $late }
# Variables:
#   $when (String) - how long from now ("in 4 minutes")
promise-due = Due { $when }
# Variables:
#   $late (String) - how late so far, as a duration ("12 minutes")
promise-overdue = Missed by { $late } so far, still waiting
# Variables:
#   $time (String) - the promised time, in the computer's time zone
promise-by = promised by { $time }

## The promise panel's further clocks, and the customer's ledger.

# Variables:
#   $left (String) - the time left, minutes and seconds ("7:42")
promise-due-in = Due in { $left }
# Variables:
#   $minutes (Number) - the provider's promised update interval, in minutes
promise-updates = Regular updates (at least every { $minutes } min)
promise-updates-not-started = Start with the first answer
promise-updates-waiting = The provider answered and is waiting for you
promise-updates-ended = Ended: the ticket is resolved or closed
# Variables:
#   $last (String) - when the last update came, relative ("20 minutes ago")
#   $next (String) - when the next update is due, a date and time
promise-updates-kept = Kept: last update { $last }, next due by { $next }
# Variables:
#   $late (String) - how late the update is, as a duration ("25 minutes")
promise-updates-overdue = Missed: no update for { $late } past the interval
# Variables:
#   $count (Number) - how many times an update came later than promised
promise-updates-late-gaps = { $count ->
    [one] (one update came late)
   *[other] ({ $count } updates came late)
}
promise-resolution = Typical resolution
promise-kind-simple = Simple questions
promise-kind-standard = Standard issues
promise-kind-complex = Complex issues
promise-kind-non-standard = Non-standard requests
# Variables:
#   $kind (String) - the kind of issue, as named above ("Complex issues")
promise-resolution-estimate = { $kind }: an estimate is given in the ticket
# Variables:
#   $from (String) - the shortest typical time, as a duration ("10 minutes")
#   $to (String) - the longest typical time, as a duration ("30 minutes")
promise-resolution-range = { $from } to { $to }
# Variables:
#   $from (String) - the typical time, as a duration ("2 hours")
promise-resolution-next-day = { $from } or the next day
# Variables:
#   $kind (String) - the kind of issue, as named above ("Simple questions")
#   $range (String) - the typical time, already worded ("10 minutes to 30 minutes")
promise-resolution-typical = { $kind }: typically { $range }
# Variables:
#   $took (String) - how long it took, as a duration ("3 hours")
promise-resolution-took = resolved after { $took }
# Variables:
#   $took (String) - how long it has taken so far, as a duration ("45 minutes")
promise-resolution-so-far = { $took } so far
# Variables:
#   $time (String) - the same instant in the team's own zone, with the zone ("Mon 08:00 CEST")
promise-team-their-time = their time: { $time }

ledger-heading = Your record of this ticket
ledger-intro = What this app saw happen, and when, kept on this computer and never changed. Where the provider's time differs by more than a minute, both are shown.
ledger-sent = Sent
ledger-accepted = Accepted by the provider
ledger-acknowledged = Acknowledged
ledger-first-answer = First answer
ledger-update = Update from the provider
ledger-escalated = Escalated
ledger-resolved = Resolved
ledger-closed = Closed
ledger-backfill = (from the provider's history, before this app watched)
# Variables:
#   $time (String) - the provider's time for it, a date and time
ledger-provider-said = the provider said: { $time }
# Variables:
#   $time (String) - what the provider's history says now, a date and time
ledger-provider-now = the provider now says: { $time }

tickets-credit-intro = A request for a credit for service outage, with your response-time report attached. Read it over, add what you like, and send it.

# Variables:
#   $count (Number) - how many chat messages match
tickets-chat-hits = { $count ->
    [one] Also in your live chat: one message
   *[other] Also in your live chat: { $count } messages
}
# Variables:
#   $count (Number) - Tickets in the list (with the filters), for screen readers.
tickets-list-label = { $count ->
    [one] 1 ticket
   *[other] { $count } tickets
}
