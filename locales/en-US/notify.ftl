## Desktop notifications of the provider's notices (formatted by the Rust side).

# Variables:
#   $title (String) - the provider's title of the notice
notify-maintenance-summary = Planned maintenance: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-outage-summary = Outage: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-service-change-summary = Service change: { $title }
# Variables:
#   $title (String) - the provider's title of the notice
notify-abuse-summary = Abuse report: { $title }
# Variables:
#   $from (String) - when it begins, formatted
#   $to (String) - when it ends, formatted
notify-window-body = From { $from } to { $to } (your time).
# Variables:
#   $from (String) - when it began, formatted
notify-since-body = Since { $from } (your time).
# Variables:
#   $deadline (String) - the deadline to answer, formatted
notify-abuse-body = Respond by { $deadline } (your time).
notify-open-body = Open { -brand-name } for the details.
notify-open = Open
# A line added to a notice's notification when the provider did not write it in the UI's language.
# Variables:
#   $lang (String) - the primary language subtag of the title shown ("en", "it", "de", "es", or another)
notify-untranslated =
    { $lang ->
        [en] In English
        [it] In Italian
        [de] In German
        [es] In Spanish
       *[other] In the provider's language ({ $lang })
    }: the provider did not translate this notice.
# A chrono format pattern for dates and times in notifications; not shown as such.
notify-time-pattern = %m/%d/%Y %-I:%M %p
# Variables:
#   $subject (String) - the ticket's subject
notify-reply-summary = New reply: { $subject }
# Variables:
#   $author (String) - the name of who answered, from the provider
#   $number (String) - the ticket's number
notify-reply-body = { $author } answered ticket #{ $number }.
# Variables:
#   $number (String) - the ticket's number
notify-reply-body-anonymous = Support answered ticket #{ $number }.
# Many replies in one go, as one notification.
# Variables:
#   $count (Number) - how many replies
notify-replies-summary = { $count } new replies from support
notify-replies-body = Open { -brand-name } to read them.

# An abuse report still unanswered, its deadline near (urgent, also in quiet hours).
# Variables:
#   $hours (Number) - hours left before the deadline: 24 or 2
notify-abuse-reminder-summary =
    { $hours ->
        [one] Abuse report: 1 hour left to answer
       *[other] Abuse report: { $hours } hours left to answer
    }
# Variables:
#   $title (String) - the report's title, as the provider wrote it
#   $deadline (String) - the deadline, in the computer's time zone
notify-abuse-reminder-body = “{ $title }” has no answer yet. Respond by { $deadline } (your time), or the service may be suspended.

# Variables:
#   $author (String) - the operator's name, as the provider gives it
notify-chat-summary = Live chat: { $author } answered
notify-chat-summary-anonymous = Live chat: support answered
notify-chat-body = Open the chat to read the answer.

# A date in a notification (chrono's strftime): the due date of an invoice.
notify-date-pattern = %m/%d/%Y
# Variables:
#   $number (String) - The invoice's number, e.g. INV-2026-00412.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-new-summary = New invoice { $number }: { $total }
# Variables:
#   $due (String) - The due date.
notify-invoice-new-body = Due by { $due }. Open it in the Client Area to see its lines and VAT.
# Variables:
#   $number (String) - The invoice's number.
#   $total (String) - Its total, formatted with its currency.
notify-invoice-overdue-summary = Invoice { $number } is overdue: { $total }
# Variables:
#   $days (Number) - Days since the due date.
#   $due (String) - The due date.
notify-invoice-overdue-body = { $days ->
    [one] It was due on { $due }, 1 day ago.
   *[other] It was due on { $due }, { $days } days ago.
}
