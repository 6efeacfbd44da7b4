## La sezione "incidente critico" di un ticket con priorità Alta. I termini seguono le
## pagine di assistenza del provider: "indirizzo IP del server o numero d'ordine", "CET/CEST".

incident-heading = Incidente critico
incident-intro = L'assistenza interviene subito su un ticket con priorità Alta quando il primo messaggio contiene questi dati.
incident-server = Indirizzo IP del server o numero d'ordine
incident-server-placeholder = 203.0.113.10, 2001:db8::10 o #123456
# Variables:
#   $name (String) - the service's name as the client area shows it
#   $order (String) - its order number, such as #123456
#   $ip (String) - its IP addresses, separated by commas
incident-service-facts = { $name }: ordine { $order }, IP { $ip }
incident-began-date = Data di inizio del problema
incident-began-day = Giorno
incident-began-month = Mese
incident-began-year = Anno
incident-began-time-placeholder = hh:mm
incident-began-now = È iniziato adesso
incident-began-time = Ora
incident-began-zone = Fuso orario
# Variables:
#   $time (String) - the date and time in Central European time, already formatted
#   $abbreviation (String) - the zone's name at that date: the message incident-zone-cet or incident-zone-cest
incident-began-cet = Per l'assistenza: { $time } { $abbreviation }.
incident-zone-cet = CET
incident-zone-cest = CEST
incident-diagnostics = Dati diagnostici
incident-diagnostics-placeholder = Cosa hai già verificato: ping, traceroute, i log del servizio, i messaggi di errore.
