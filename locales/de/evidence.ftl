## The response-times view: the customer's evidence of the provider's promises over a
## period, its export, and the request for a credit made of it.

evidence-heading = Antwortzeiten
evidence-intro = Jedes Ticket, das Sie in einem Zeitraum eröffnet haben, mit den Zusagen des Providers zu Eingangsbestätigung und erster Antwort, eingehalten oder verfehlt. Speichern Sie es als PDF für die Buchhaltung des Providers, oder beantragen Sie eine Gutschrift für die verfehlten Zusagen.
evidence-period = Zeitraum
evidence-period-last-30-days = Letzte 30 Tage
evidence-period-this-month = Dieser Monat
evidence-period-last-month = Letzter Monat
evidence-period-last-90-days = Letzte 90 Tage
evidence-period-this-year = Dieses Jahr
evidence-period-custom = Daten wählen…
evidence-from = Von
evidence-to = Bis
# Variables:
#   $from (String) - when the period starts, a date and time
#   $to (String) - when the period ends, a date and time
#   $zone (String) - the computer's time zone, as an IANA name ("Europe/Rome")
evidence-range = { $from } – { $to } ({ $zone })
evidence-period-invalid = Wählen Sie beide Daten, das erste nicht nach dem letzten.
evidence-tickets = Tickets
evidence-kept = Zusagen eingehalten
# Variables:
#   $count (Number) - promises kept
#   $total (Number) - promises whose outcome is known
evidence-of = { $count } von { $total }
evidence-missed = Zusagen verfehlt
evidence-ack-times = Eingangsbestätigung
evidence-first-times = Erste Antwort
# Variables:
#   $median (String) - the median time, as a duration
#   $worst (String) - the longest time, as a duration
evidence-times = Median { $median }, längste { $worst }
evidence-no-times = noch keine
evidence-save-pdf = Als PDF speichern
evidence-save-csv = Als CSV speichern
evidence-ask-credit = Gutschrift beantragen…
evidence-nothing-missed = In diesem Zeitraum wurde jede Zusage eingehalten.
# Variables:
#   $path (String) - where the file was saved
evidence-saved = Gespeichert unter { $path }
evidence-open = Öffnen
evidence-show-folder = Im Ordner zeigen
evidence-empty = Sie haben in diesem Zeitraum keine Tickets eröffnet.
evidence-missed-heading = Verfehlte Zusagen
evidence-col-ticket = Ticket
evidence-col-created = Eröffnet
evidence-col-ack = Eingangsbestätigung
evidence-col-first = Erste Antwort
# Variables:
#   $took (String) - how long it took, as a duration
evidence-kept-after = eingehalten, nach { $took }
# Variables:
#   $late (String) - how late, as a duration
evidence-missed-by = um { $late } verfehlt
evidence-still-due = noch in der Frist

## The credit request the app writes for the customer (a Financial ticket).

# Variables:
#   $period (String) - the period, already formatted ("1 Oct 2026 – 31 Oct 2026")
credit-subject = Gutschrift wegen Serviceausfall: verfehlte Antwortzeit-Zusagen, { $period }
# Variables:
#   $period (String) - the period, already formatted
#   $tickets (Number) - how many tickets were opened in the period
credit-intro = Im Zeitraum { $period } habe ich { $tickets ->
        [one] ein Ticket
       *[other] { $tickets } Tickets
    } eröffnet.
# Variables:
#   $missed (Number) - how many promises were missed
credit-missed-count = { $missed ->
        [one] Eine Ihrer Antwortzeit-Zusagen (Eingangsbestätigung innerhalb von 2 Minuten, erste Antwort innerhalb von 10 Minuten) wurde verfehlt.
       *[other] { $missed } Ihrer Antwortzeit-Zusagen (Eingangsbestätigung innerhalb von 2 Minuten, erste Antwort innerhalb von 10 Minuten) wurden verfehlt.
    }
credit-attached = Der beigefügte Bericht führt jedes Ticket mit seinen Zeiten auf, wie Ihr System und mein Kundenbereich sie erfasst haben.
credit-ask = Wie in Ihren Bedingungen vorgesehen, beantrage ich für diese verfehlten Zusagen eine Gutschrift wegen Serviceausfall.
credit-missed-heading = Die verfehlten Zusagen:
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-ack = #{ $number }: Eingangsbestätigung um { $late } verfehlt
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-first = #{ $number }: erste Antwort um { $late } verfehlt
# Variables:
#   $count (Number) - how many more missed promises the report lists
credit-more = …und { $count } weitere, im beigefügten Bericht aufgeführt.
