## The invoices view: invoices with their VAT, totals per year, the VAT explained,
## the VAT number of a business, and asking the Billing Team about an invoice.

billing-heading = Rechnungen
billing-filter-status = Status
billing-filter-all = Alle
billing-filter-open = Zu zahlen
billing-filter-paid = Bezahlt
billing-filter-year = Jahr
billing-filter-search = Nummer oder Dienst
billing-empty = Noch keine Rechnungen. Sie erscheinen hier, sobald der Provider sie ausstellt, und bleiben offline lesbar.
# Variables:
#   $shown (Number) - Invoices shown with the filters.
#   $total (Number) - All invoices.
billing-count = { $shown } von { $total } Rechnungen
billing-col-number = Nummer
billing-col-issued = Ausgestellt
billing-col-due = Fällig
billing-col-status = Status
billing-col-total = Gesamt
billing-col-year = Jahr
billing-col-count = Rechnungen
billing-col-vat = MwSt.
billing-col-unpaid = Zu zahlen
# Variables:
#   $days (Number) - Days since the due date.
billing-status-overdue = { $days ->
    [0] Überfällig
    [one] Seit 1 Tag überfällig
   *[other] Seit { $days } Tagen überfällig
}
billing-status-paid = Bezahlt
billing-status-unpaid = Zu zahlen
# Variables:
#   $rate (String) - The VAT rate, e.g. 22 %.
#   $country (String) - The billing country's name.
billing-vat-standard = MwSt. { $rate } — Satz von { $country } am Ausstellungstag
# Variables:
#   $rate (String) - 0 %.
billing-vat-reverse-charge = MwSt. { $rate } — Reverse Charge
# Variables:
#   $country (String) - The billing country's name.
billing-vat-outside = Keine MwSt. — { $country } liegt außerhalb der EU
# Variables:
#   $number (String) - The invoice's number.
billing-invoice-heading = Rechnung { $number }
# Variables:
#   $issued (String) - The issue date.
#   $due (String) - The due date.
billing-invoice-dates = Ausgestellt am { $issued }, fällig am { $due }
# Variables:
#   $number (String) - The customer's VAT number.
billing-invoice-vat-number = USt-IdNr. { $number }
billing-line-description = Beschreibung
billing-line-quantity = Menge
billing-line-unit = Einzelpreis
billing-line-net = Netto
billing-net = Netto
billing-total = Gesamt
billing-reverse-charge-legal = Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, Art. 196 der Richtlinie 2006/112/EG).
billing-ask = Frage zu dieser Rechnung
billing-export-pdf = Als PDF speichern
billing-export-csv = Als CSV speichern
# Variables:
#   $name (String) - The file name.
billing-saved = In Downloads gespeichert als { $name }.
billing-saved-open = Öffnen
billing-saved-show = Im Ordner zeigen
billing-ask-heading = Eine Frage an das Billing Team
# Variables:
#   $opens (String) - Opening time, e.g. 09:00.
#   $closes (String) - Closing time, e.g. 18:00.
#   $zone (String) - The team's time zone, e.g. CET.
billing-ask-team = Das Billing Team arbeitet Montag bis Freitag, { $opens }–{ $closes } { $zone }.
billing-ask-team-open = Es arbeitet gerade: Eine Antwort ist heute zu erwarten.
# Variables:
#   $time (String) - When the team is back.
#   $left (String) - How far that is, e.g. in 14 hours.
billing-ask-team-closed = Es ist gerade geschlossen: Eine Antwort ist nach { $time } ({ $left }) zu erwarten. Die Support Engineers lesen jedes Ticket innerhalb von 10 Minuten, Tag und Nacht.
billing-ask-team-closed-unknown = Es ist gerade geschlossen. Die Support Engineers lesen jedes Ticket innerhalb von 10 Minuten, Tag und Nacht.
# Variables:
#   $count (Number) - Open tickets about this invoice.
billing-ask-existing = { $count ->
    [one] Zu dieser Rechnung ist bereits ein Ticket offen. Möchten Sie es verfolgen, statt ein weiteres zu eröffnen?
   *[other] Zu dieser Rechnung sind bereits { $count } Tickets offen. Möchten Sie eines davon verfolgen, statt ein weiteres zu eröffnen?
}
billing-ask-existing-queued = Wartet auf den Versand
billing-ask-follow = Verfolgen
billing-ask-anyway = Trotzdem in einem neuen Ticket fragen
billing-ask-subject-label = Betreff
billing-ask-body-label = Ihre Frage
billing-ask-send = An das Billing Team senden
billing-ask-cancel = Abbrechen
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-subject = Rechnung { $number } vom { $date } ({ $total })
# Variables:
#   $number (String) - The invoice's number.
#   $date (String) - Its issue date.
#   $total (String) - Its total with currency.
billing-ask-body = Guten Tag, ich habe eine Frage zur Rechnung { $number } vom { $date }, Gesamtbetrag { $total }:
billing-ask-queued = Ihre Frage geht als Ticket an die Finanzen: Sie wird gesendet, sobald der Provider erreichbar ist, und erscheint bei Ihren Tickets.
billing-ask-open-list = Meine Tickets zeigen
billing-years-heading = Summen pro Jahr
billing-vat-heading = Mehrwertsteuer
# Variables:
#   $country (String) - The billing country's name.
#   $rate (String) - Its rate today.
billing-vat-now = Sie werden in { $country } abgerechnet: Neue Rechnungen tragen { $rate } MwSt., den am Ausstellungstag geltenden Satz.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-reverse-charge = Sie werden als Unternehmen in { $country } abgerechnet: Neue Rechnungen enthalten keine MwSt. (Reverse Charge), Sie führen sie selbst ab.
# Variables:
#   $country (String) - The billing country's name.
billing-vat-now-outside = Sie werden in { $country } abgerechnet, außerhalb der EU: Neue Rechnungen enthalten keine MwSt.
# Variables:
#   $country (String) - The country's name.
#   $from (String) - The old rate.
#   $to (String) - The new rate.
#   $date (String) - When it changed.
billing-vat-changed = { $country } hat die MwSt. am { $date } von { $from } auf { $to } geändert: Jede Rechnung trägt den Satz ihres Ausstellungstages.
billing-vat-number = USt-IdNr. (Unternehmen)
# Variables:
#   $example (String) - The start of a number of the billing country, e.g. IT….
billing-vat-number-placeholder = z. B. { $example }
billing-vat-number-save = Speichern
billing-vat-number-pending = Gespeichert: Sie erreicht den Provider, sobald er erreichbar ist, und gilt für die nächsten Rechnungen.
billing-vat-number-hint = Mit einer gültigen USt-IdNr. eines anderen EU-Landes als dem des Providers werden Rechnungen im Reverse-Charge-Verfahren gestellt. Lassen Sie das Feld als Privatkunde leer.
# Variables:
#   $count (Number) - Countries in the table.
billing-vat-table = Die MwSt.-Sätze des Providers ({ $count } Länder)
billing-vat-table-source = So wie der Provider sie heute anwendet; sie ersetzen jede ältere Liste auf seinen Seiten.
