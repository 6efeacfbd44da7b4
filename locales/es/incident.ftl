## La sección «incidencia crítica» de un ticket de prioridad Alta. Los términos siguen las
## páginas de soporte del proveedor: «dirección IP del servidor o número de pedido», «CET/CEST».

incident-heading = Incidencia crítica
incident-intro = Soporte actúa de inmediato en un ticket de prioridad Alta cuando el primer mensaje incluye estos datos.
incident-server = Dirección IP del servidor o número de pedido
incident-server-placeholder = 203.0.113.10, 2001:db8::10 o #123456
# Variables:
#   $name (String) - the service's name as the client area shows it
#   $order (String) - its order number, such as #123456
#   $ip (String) - its IP addresses, separated by commas
incident-service-facts = { $name }: pedido { $order }, IP { $ip }
incident-began-date = Fecha de inicio del problema
incident-began-day = Día
incident-began-month = Mes
incident-began-year = Año
incident-began-time-placeholder = hh:mm
incident-began-now = Empezó ahora mismo
incident-began-time = Hora
incident-began-zone = Zona horaria
# Variables:
#   $time (String) - the date and time in Central European time, already formatted
#   $abbreviation (String) - the zone's name at that date: the message incident-zone-cet or incident-zone-cest
incident-began-cet = Para soporte: { $time } { $abbreviation }.
incident-zone-cet = CET
incident-zone-cest = CEST
incident-diagnostics = Diagnóstico
incident-diagnostics-placeholder = Lo que ya ha comprobado: ping, traceroute, los registros del servicio, los mensajes de error.
