## Der Abschnitt „kritischer Vorfall“ eines Tickets mit Priorität Hoch. Die Begriffe folgen
## den Support-Seiten des Anbieters: „Server-IP-Adresse oder Auftragsnummer“, „MEZ/MESZ“.

incident-heading = Kritischer Vorfall
incident-intro = Der Support handelt bei einem Ticket mit Priorität Hoch sofort, wenn die erste Nachricht diese Angaben enthält.
incident-server = Server-IP-Adresse oder Auftragsnummer
incident-server-placeholder = 203.0.113.10, 2001:db8::10 oder #123456
# Variables:
#   $name (String) - the service's name as the client area shows it
#   $order (String) - its order number, such as #123456
#   $ip (String) - its IP addresses, separated by commas
incident-service-facts = { $name }: Auftrag { $order }, IP { $ip }
incident-began-date = Datum des Problembeginns
incident-began-day = Tag
incident-began-month = Monat
incident-began-year = Jahr
incident-began-time-placeholder = hh:mm
incident-began-now = Es hat gerade begonnen
incident-began-time = Uhrzeit
incident-began-zone = Zeitzone
# Variables:
#   $time (String) - the date and time in Central European time, already formatted
#   $abbreviation (String) - the zone's name at that date: the message incident-zone-cet or incident-zone-cest
incident-began-cet = Für den Support: { $time } { $abbreviation }.
incident-zone-cet = MEZ
incident-zone-cest = MESZ
incident-diagnostics = Diagnosedaten
incident-diagnostics-placeholder = Was Sie bereits geprüft haben: Ping, Traceroute, die Logs des Dienstes, Fehlermeldungen.
