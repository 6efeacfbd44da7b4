## El recopilador de diagnóstico de la sección «incidencia crítica» y su informe para soporte.

diagnostics-intro = Compruebe el servidor desde este equipo: resolución del nombre, puertos 22, 80 y 443, ping, la ruta y el certificado HTTPS. El resultado se adjunta al ticket como archivo de texto.
diagnostics-custom-port = Otro puerto
diagnostics-port-invalid = Un puerto es un número del 1 al 65535.
diagnostics-needs-server = Indique arriba la dirección IP del servidor o el número de pedido para ejecutar las comprobaciones.
diagnostics-run = Ejecutar diagnóstico
diagnostics-cancel = Detener
diagnostics-progress = Progreso del diagnóstico
diagnostics-attach = Adjuntar el resultado al ticket
# Variables:
#   $name (String) - the report's file name
diagnostics-attached = Adjuntado como { $name }.
diagnostics-check-dns = Resolución del nombre (DNS)
# Variables:
#   $port (String) - the TCP port checked, as digits (never grouped)
diagnostics-check-tcp = Puerto TCP { $port }
diagnostics-check-icmp = Ping (ICMP)
diagnostics-check-route = Ruta
diagnostics-check-tls = Certificado HTTPS
diagnostics-outcome-ok = correcto
diagnostics-outcome-open = abierto
diagnostics-outcome-closed = cerrado
diagnostics-outcome-timeout = sin respuesta
diagnostics-outcome-error = fallido
diagnostics-outcome-skipped = no necesario
diagnostics-outcome-not-permitted = no permitido en este equipo
diagnostics-outcome-unavailable = ninguna herramienta para ello en este equipo
diagnostics-outcome-untrusted = no fiable
diagnostics-outcome-cancelled = detenido
# Variables:
#   $target (String) - the server as the customer gave it
#   $address (String) - the IP address checked
diagnostics-report-title = Diagnóstico de { $target } ({ $address }), ejecutado desde el equipo del cliente
# Variables:
#   $from (String) - when the run began, UTC
#   $to (String) - when it ended, UTC
diagnostics-report-run = Desde { $from } hasta { $to }
diagnostics-report-cancelled = Detenido por el cliente antes del final.
# Variables:
#   $address (String) - the IP address the server's name or order number led to
diagnostics-local-address = { $address } es una dirección de este equipo o de una red privada, no un servidor en Internet, así que solo se resolvió el nombre. Compruébela solo si sabe que es suya.
diagnostics-run-local = Comprobar de todos modos
