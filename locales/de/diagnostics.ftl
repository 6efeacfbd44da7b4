## Die Diagnose-Sammlung im Abschnitt „kritischer Vorfall“ und ihr Bericht für den Support.

diagnostics-intro = Prüfen Sie den Server von diesem Computer aus: Namensauflösung, Ports 22, 80 und 443, Ping, die Route und das HTTPS-Zertifikat. Das Ergebnis wird dem Ticket als Textdatei angehängt.
diagnostics-custom-port = Weiterer Port
diagnostics-port-invalid = Ein Port ist eine Zahl von 1 bis 65535.
diagnostics-needs-server = Geben Sie oben die Server-IP-Adresse oder Auftragsnummer an, um die Prüfungen auszuführen.
diagnostics-run = Diagnose ausführen
diagnostics-cancel = Abbrechen
diagnostics-progress = Fortschritt der Diagnose
diagnostics-attach = Ergebnis an das Ticket anhängen
# Variables:
#   $name (String) - the report's file name
diagnostics-attached = Angehängt als { $name }.
diagnostics-check-dns = Namensauflösung (DNS)
# Variables:
#   $port (String) - the TCP port checked, as digits (never grouped)
diagnostics-check-tcp = TCP-Port { $port }
diagnostics-check-icmp = Ping (ICMP)
diagnostics-check-route = Route
diagnostics-check-tls = HTTPS-Zertifikat
diagnostics-outcome-ok = OK
diagnostics-outcome-open = offen
diagnostics-outcome-closed = geschlossen
diagnostics-outcome-timeout = keine Antwort
diagnostics-outcome-error = fehlgeschlagen
diagnostics-outcome-skipped = nicht nötig
diagnostics-outcome-not-permitted = auf diesem Computer nicht erlaubt
diagnostics-outcome-unavailable = kein Werkzeug dafür auf diesem Computer
diagnostics-outcome-untrusted = nicht vertrauenswürdig
diagnostics-outcome-cancelled = abgebrochen
# Variables:
#   $target (String) - the server as the customer gave it
#   $address (String) - the IP address checked
diagnostics-report-title = Diagnose von { $target } ({ $address }), ausgeführt vom Computer des Kunden
# Variables:
#   $from (String) - when the run began, UTC
#   $to (String) - when it ended, UTC
diagnostics-report-run = Von { $from } bis { $to }
diagnostics-report-cancelled = Vom Kunden vor dem Ende abgebrochen.
# Variables:
#   $address (String) - the IP address the server's name or order number led to
diagnostics-local-address = { $address } ist eine Adresse dieses Computers oder eines privaten Netzes, kein Server im Internet; daher wurde nur der Name aufgelöst. Prüfen Sie sie nur, wenn Sie sicher sind, dass sie Ihnen gehört.
diagnostics-run-local = Trotzdem prüfen
