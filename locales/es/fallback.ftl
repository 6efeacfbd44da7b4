## When the client area cannot be reached: the panel, and the e-mail to support it prepares.

fallback-heading = No se puede contactar con el proveedor
# Variables:
#   $since (String) - when it stopped answering, a date and time
fallback-text = El Área de Cliente no responde desde el { $since }. No se pierde nada de lo que escribió: lo pendiente de envío saldrá solo en cuanto el proveedor vuelva a responder.
fallback-back-heading = El proveedor vuelve a responder
fallback-back = Lo que estaba pendiente se está enviando ahora. Aún puede guardar o enviar este correo, o cerrarlo.
fallback-write-email = Escribir al soporte por correo electrónico
fallback-email-heading = Un correo al soporte
# Variables:
#   $from (Number) - the shortest promised answer time, in minutes
#   $to (Number) - the longest promised answer time, in minutes
fallback-promise = El soporte responde a los correos en { $from }–{ $to } minutos.
# Variables:
#   $email (String) - the account's registered e-mail address
fallback-send-from = Envíelo desde { $email }, la dirección registrada en su cuenta: los asuntos de la cuenta solo se atienden desde ella.
fallback-no-address = La dirección de soporte del proveedor aún no se conoce: llega con la primera sincronización.
fallback-service = Servicio
fallback-service-none = Ningún servicio en particular
fallback-server = Dirección IP del servidor o número de pedido
fallback-began = Cuándo empezó el problema
fallback-zone = Zona horaria
fallback-description = Qué está pasando
fallback-open-mail = Abrir en mi programa de correo
fallback-saving = Comprobando el servidor y escribiendo el archivo…
fallback-save-eml = Guardar como archivo de correo con el diagnóstico
# Variables:
#   $path (String) - where the file was saved
fallback-saved = Guardado en { $path }: adjúntelo o ábralo con su programa de correo.
fallback-show-folder = Mostrar en la carpeta
fallback-close = Cerrar

email-subject = Solicitud de soporte: no se puede acceder al Área de Cliente
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-subject-service = Solicitud de soporte: { $service } (no se puede acceder al Área de Cliente)
email-body-intro = Buenos días: no puedo acceder al Área de Cliente, así que escribo por correo electrónico.
email-field-not-given = no indicado
# Variables:
#   $server (String) - the server's IP address or order number
email-field-server = Dirección IP del servidor o número de pedido: { $server }
# Variables:
#   $order (String) - the service's order number ("#123456")
email-field-order = Número de pedido: { $order }
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-field-service = Nombre del servicio tal como aparece en el Área de Cliente: { $service }
# Variables:
#   $local (String) - when the problem began, in the customer's zone ("2026-11-29 14:05")
#   $zone (String) - the customer's time zone, an IANA name ("Europe/Rome")
#   $cet (String) - the same instant in CET/CEST ("2026-11-29 14:05")
#   $abbreviation (String) - "CET" or "CEST"
email-field-began = El problema empezó: { $local } ({ $zone }), { $cet } { $abbreviation }
email-field-began-unknown = El problema empezó: no se sabe
email-field-description = Descripción:
# Variables:
#   $email (String) - the account's registered e-mail address
email-body-from = Escribo desde la dirección registrada en mi cuenta ({ $email }).
email-body-attachment = Adjunto: el diagnóstico de mi aplicación Área de Cliente (la conexión y lo pendiente de envío; sin contraseñas ni texto de mensajes).
error-field-support-address-required = La dirección de soporte del proveedor aún no se conoce: llega con la primera sincronización.
