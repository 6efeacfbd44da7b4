## The response-times view: the customer's evidence of the provider's promises over a
## period, its export, and the request for a credit made of it.

evidence-heading = Tempi di risposta
evidence-intro = Ogni ticket che hai aperto in un periodo, con gli impegni del provider di conferma di ricezione e prima risposta rispettati o mancati. Salvalo in PDF per il reparto amministrativo del provider, o chiedi un credito per gli impegni mancati.
evidence-period = Periodo
evidence-period-last-30-days = Ultimi 30 giorni
evidence-period-this-month = Questo mese
evidence-period-last-month = Mese scorso
evidence-period-last-90-days = Ultimi 90 giorni
evidence-period-this-year = Quest'anno
evidence-period-custom = Scegli le date…
evidence-from = Dal
evidence-to = Al
# Variables:
#   $from (String) - when the period starts, a date and time
#   $to (String) - when the period ends, a date and time
#   $zone (String) - the computer's time zone, as an IANA name ("Europe/Rome")
evidence-range = { $from } – { $to } ({ $zone })
evidence-period-invalid = Scegli entrambe le date, la prima non dopo l'ultima.
evidence-tickets = Ticket
evidence-kept = Impegni rispettati
# Variables:
#   $count (Number) - promises kept
#   $total (Number) - promises whose outcome is known
evidence-of = { $count } su { $total }
evidence-missed = Impegni mancati
evidence-ack-times = Conferma di ricezione
evidence-first-times = Prima risposta
# Variables:
#   $median (String) - the median time, as a duration
#   $worst (String) - the longest time, as a duration
evidence-times = mediana { $median }, peggiore { $worst }
evidence-no-times = ancora nessuna
evidence-save-pdf = Salva in PDF
evidence-save-csv = Salva in CSV
evidence-ask-credit = Chiedi un credito…
evidence-nothing-missed = In questo periodo ogni impegno è stato rispettato.
# Variables:
#   $path (String) - where the file was saved
evidence-saved = Salvato in { $path }
evidence-open = Apri
evidence-show-folder = Mostra nella cartella
evidence-empty = In questo periodo non hai aperto ticket.
evidence-missed-heading = Impegni mancati
evidence-col-ticket = Ticket
evidence-col-created = Aperto
evidence-col-ack = Conferma di ricezione
evidence-col-first = Prima risposta
# Variables:
#   $took (String) - how long it took, as a duration
evidence-kept-after = rispettato, dopo { $took }
# Variables:
#   $late (String) - how late, as a duration
evidence-missed-by = mancato di { $late }
evidence-still-due = ancora nei tempi

## The credit request the app writes for the customer (a Financial ticket).

# Variables:
#   $period (String) - the period, already formatted ("1 Oct 2026 – 31 Oct 2026")
credit-subject = Credito per interruzione del servizio: impegni sui tempi di risposta mancati, { $period }
# Variables:
#   $period (String) - the period, already formatted
#   $tickets (Number) - how many tickets were opened in the period
credit-intro = Nel periodo { $period } ho aperto { $tickets ->
        [one] un ticket
       *[other] { $tickets } ticket
    }.
# Variables:
#   $missed (Number) - how many promises were missed
credit-missed-count = { $missed ->
        [one] Uno dei vostri impegni sui tempi di risposta (conferma di ricezione entro 2 minuti, prima risposta entro 10 minuti) è stato mancato.
       *[other] { $missed } dei vostri impegni sui tempi di risposta (conferma di ricezione entro 2 minuti, prima risposta entro 10 minuti) sono stati mancati.
    }
credit-attached = Il report allegato elenca ogni ticket con i suoi tempi, come li hanno registrati il vostro sistema e la mia Area clienti.
credit-ask = Come previsto dalle vostre condizioni, chiedo un credito per interruzione del servizio per questi impegni mancati.
credit-missed-heading = Gli impegni mancati:
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-ack = #{ $number }: conferma di ricezione mancata di { $late }
# Variables:
#   $number (String) - the ticket number, as digits
#   $late (String) - how late, as a duration
credit-line-first = #{ $number }: prima risposta mancata di { $late }
# Variables:
#   $count (Number) - how many more missed promises the report lists
credit-more = …e altri { $count }, elencati nel report allegato.
