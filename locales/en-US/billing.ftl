## The invoices view: invoices with their VAT, totals per year, the VAT explained,
## the VAT number of a business, and asking the Billing Team about an invoice.

billing-heading = Invoices
billing-filter-status = Status
billing-filter-all = All
billing-filter-open = To pay
billing-filter-paid = Paid
billing-filter-year = Year
billing-filter-search = Number or service
billing-empty = No invoices yet. They appear here as soon as the provider issues them, and stay readable offline.
# Variables:
#   $shown (Number) - Invoices shown with the filters.
#   $total (Number) - All invoices.
billing-count = { $shown } of { $total } invoices
billing-col-number = Number
billing-col-issued = Issued
billing-col-due = Due
billing-col-status = Status
billing-col-total = Total
billing-col-year = Year
billing-col-count = Invoices
billing-col-vat = VAT
billing-col-unpaid = To pay
# Variables:
#   $days (Number) - Days since the due date.
billing-status-overdue = { $days ->
    [0] Overdue
    [one] Overdue by 1 day
   *[other] Overdue by { $days } days
}
billing-status-paid = Paid
billing-status-unpaid = To pay
# Variables:
#   $rate (String) - The VAT rate, e.g. 22 %.
#   $country (String) - The billing country's name.
billing-vat-standard = VAT { $rate } — { $country }'s rate on the day of issue
# Variables:
#   $rate (String) - 0 %.
billing-vat-reverse-charge = VAT { $rate } — reverse charge
# Variables:
#   $country (String) - The billing country's name.
billing-vat-outside = No VAT — { $country } is outside the EU
# Variables:
#   $number (String) - The invoice's number.
billing-invoice-heading = Invoice { $number }
# Variables:
#   $issued (String) - The issue date.
#   $due (String) - The due date.
billing-invoice-dates = Issued { $issued }, due { $due }
# Variables:
#   $number (String) - The customer's VAT number.
billing-invoice-vat-number = VAT number { $number }
billing-line-description = Description
billing-line-quantity = Qty
billing-line-unit = Unit price
billing-line-net = Net
billing-net = Net
billing-total = Total
billing-reverse-charge-legal = Reverse charge: VAT to be accounted for by the recipient (Article 196, Council Directive 2006/112/EC).
billing-ask = Ask about this invoice
billing-export-pdf = Save as PDF
billing-export-csv = Save as CSV
# Variables:
#   $name (String) - The file name.
billing-saved = Saved to Downloads as { $name }.
billing-saved-open = Open
billing-saved-show = Show in folder
billing-ask-heading = A question to the Billing Team
# Variables:
#   $opens (String) - Opening time, e.g. 09:00.
#   $closes (String) - Closing time, e.g. 18:00.
#   $zone (String) - The team's time zone, e.g. CET.
billing-ask-team = The Billing Team works Monday to Friday, { $opens }–{ $closes } { $zone }.
billing-ask-team-open = It is working now: expect an answer today.
# Variables:
#   $time (String) - When the team is back.
#   $left (String) - How far that is, e.g. in 14 hours.
billing-ask-team-closed = It is closed now: expect an answer after { $time } ({ $left }). Support Engineers read every ticket within 10 minutes, day and night.
billing-ask-team-closed-unknown = It is closed now. Support Engineers read every ticket within 10 minutes, day and night.
# Variables:
#   $count (Number) - Open tickets about this invoice.
billing-ask-existing = { $count ->
    [one] A ticket about this invoice is already open. Follow it instead of opening another?
   *[other] { $count } tickets about this invoice are already open. Follow one of them instead of opening another?
}
billing-ask-existing-queued = Waiting to be sent
billing-ask-follow = Follow it
billing-ask-anyway = Ask in a new ticket anyway
billing-ask-subject-label = Subject
billing-ask-body-label = Your question
billing-ask-send = Send to the Billing Team
billing-ask-cancel = Cancel
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-subject = Invoice { $number } of { $date } ({ $total })
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-body = Hello, I have a question about invoice { $number } of { $date }, total { $total }:
billing-ask-queued = Your question is on its way as a Financial ticket: it leaves as soon as the provider can be reached, and shows in your tickets.
billing-ask-open-list = Show my tickets
billing-years-heading = Totals per year
billing-vat-heading = VAT
# Variables:
#   $country (String) - The billing country's name.
#   $rate (String) - Its rate today.
billing-vat-now = You are billed in { $country }: new invoices carry { $rate } VAT, the rate in force on their day of issue.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-reverse-charge = You are billed as a business in { $country }: new invoices carry no VAT (reverse charge), you account for it.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-outside = You are billed in { $country }, outside the EU: new invoices carry no VAT.
# Variables:
#   $country (String) - The country's name.
#   $from (String) - The old rate.
#   $to (String) - The new rate.
#   $date (String) - When it changed.
billing-vat-changed = { $country } changed its VAT from { $from } to { $to } on { $date }: your invoices carry the rate of their day of issue.
billing-vat-number = VAT number (businesses)
# Variables:
#   $example (String) - The start of a number of the billing country, e.g. IT….
billing-vat-number-placeholder = e.g. { $example }
billing-vat-number-save = Save
billing-vat-number-pending = Saved: it reaches the provider as soon as it can be reached, and counts for the next invoices.
billing-vat-number-hint = With a valid VAT number of another EU country than the provider's, invoices are billed under reverse charge. Leave it empty if you are a private customer.
# Variables:
#   $count (Number) - Countries in the table.
billing-vat-table = The provider's VAT rates ({ $count } countries)
billing-vat-table-source = As the provider applies them today; they replace any older list on its pages.
