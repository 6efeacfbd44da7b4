## The diagnostics collector of the critical-incident section, and its report for support.

diagnostics-intro = Check the server from this computer: name resolution, ports 22, 80 and 443, ping, the route and the HTTPS certificate. The result is attached to the ticket as a text file.
diagnostics-custom-port = Another port
diagnostics-port-invalid = A port is a number from 1 to 65535.
diagnostics-needs-server = Give the server's IP address or order number above to run the checks.
diagnostics-run = Run diagnostics
diagnostics-cancel = Stop
diagnostics-progress = Diagnostics progress
diagnostics-attach = Attach the result to the ticket
# Variables:
#   $name (String) - the report's file name
diagnostics-attached = Attached as { $name }.
diagnostics-check-dns = Name resolution (DNS)
# Variables:
#   $port (String) - the TCP port checked, as digits (never grouped)
diagnostics-check-tcp = TCP port { $port }
diagnostics-check-icmp = Ping (ICMP)
diagnostics-check-route = Route
diagnostics-check-tls = HTTPS certificate
diagnostics-outcome-ok = OK
diagnostics-outcome-open = open
diagnostics-outcome-closed = closed
diagnostics-outcome-timeout = no answer
diagnostics-outcome-error = failed
diagnostics-outcome-skipped = not needed
diagnostics-outcome-not-permitted = not permitted on this computer
diagnostics-outcome-unavailable = no tool for it on this computer
diagnostics-outcome-untrusted = not trusted
diagnostics-outcome-cancelled = stopped
# Variables:
#   $target (String) - the server as the customer gave it
#   $address (String) - the IP address checked
diagnostics-report-title = Diagnostics of { $target } ({ $address }), run from the customer's computer
# Variables:
#   $from (String) - when the run began, UTC
#   $to (String) - when it ended, UTC
diagnostics-report-run = From { $from } to { $to }
diagnostics-report-cancelled = Stopped by the customer before the end.
# Variables:
#   $address (String) - the IP address the server's name or order number led to
diagnostics-local-address = { $address } is an address of this computer or of a private network, not a server on the internet, so only its name was looked up. Check it only if you know it is yours.
diagnostics-run-local = Check it anyway
