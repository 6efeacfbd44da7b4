## The critical-incident section of a High ticket. Wording follows the provider's
## support pages: "server IP address or order number", "CET/CEST".

incident-heading = Critical incident
incident-intro = Support acts at once on a High ticket when it has these facts in the first message.
incident-server = Server IP address or order number
incident-server-placeholder = 203.0.113.10, 2001:db8::10 or #123456
# Variables:
#   $name (String) - the service's name as the client area shows it
#   $order (String) - its order number, such as #123456
#   $ip (String) - its IP addresses, separated by commas
incident-service-facts = { $name }: order { $order }, IP { $ip }
incident-began-date = Date the problem began
incident-began-day = Day
incident-began-month = Month
incident-began-year = Year
incident-began-time-placeholder = hh:mm
incident-began-now = It began just now
incident-began-time = Time
incident-began-zone = Time zone
# Variables:
#   $time (String) - the date and time in Central European time, already formatted
#   $abbreviation (String) - the zone's name at that date: the message incident-zone-cet or incident-zone-cest
incident-began-cet = Support reads this as { $time } { $abbreviation }.
incident-zone-cet = CET
incident-zone-cest = CEST
incident-diagnostics = Diagnostics
incident-diagnostics-placeholder = What you have checked: ping, traceroute, the service's logs, error messages.
