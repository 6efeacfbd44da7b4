## Il raccoglitore di dati diagnostici della sezione "incidente critico", e il suo rapporto per l'assistenza.

diagnostics-intro = Verifica il server da questo computer: risoluzione del nome, porte 22, 80 e 443, ping, il percorso e il certificato HTTPS. Il risultato viene allegato al ticket come file di testo.
diagnostics-custom-port = Un'altra porta
diagnostics-port-invalid = Una porta è un numero da 1 a 65535.
diagnostics-needs-server = Indica sopra l'indirizzo IP del server o il numero d'ordine per eseguire le verifiche.
diagnostics-run = Esegui la diagnostica
diagnostics-cancel = Interrompi
diagnostics-progress = Avanzamento della diagnostica
diagnostics-attach = Allega il risultato al ticket
# Variables:
#   $name (String) - the report's file name
diagnostics-attached = Allegato come { $name }.
diagnostics-check-dns = Risoluzione del nome (DNS)
# Variables:
#   $port (String) - the TCP port checked, as digits (never grouped)
diagnostics-check-tcp = Porta TCP { $port }
diagnostics-check-icmp = Ping (ICMP)
diagnostics-check-route = Percorso
diagnostics-check-tls = Certificato HTTPS
diagnostics-outcome-ok = OK
diagnostics-outcome-open = aperta
diagnostics-outcome-closed = chiusa
diagnostics-outcome-timeout = nessuna risposta
diagnostics-outcome-error = non riuscito
diagnostics-outcome-skipped = non necessario
diagnostics-outcome-not-permitted = non consentito su questo computer
diagnostics-outcome-unavailable = nessuno strumento adatto su questo computer
diagnostics-outcome-untrusted = non attendibile
diagnostics-outcome-cancelled = interrotto
# Variables:
#   $target (String) - the server as the customer gave it
#   $address (String) - the IP address checked
diagnostics-report-title = Diagnostica di { $target } ({ $address }), eseguita dal computer del cliente
# Variables:
#   $from (String) - when the run began, UTC
#   $to (String) - when it ended, UTC
diagnostics-report-run = Dalle { $from } alle { $to }
diagnostics-report-cancelled = Interrotta dal cliente prima della fine.
# Variables:
#   $address (String) - the IP address the server's name or order number led to
diagnostics-local-address = { $address } è un indirizzo di questo computer o di una rete privata, non un server su Internet: è stata fatta solo la risoluzione del nome. Verificalo solo se sai che è tuo.
diagnostics-run-local = Verifica comunque
