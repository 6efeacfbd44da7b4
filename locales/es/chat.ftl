## Live chat: the panel at the bottom right of every screen.

chat-open = Chatear con soporte
chat-heading = Chat en vivo
chat-close = Cerrar el chat
chat-promise = Un operador responde en 1 minuto.
# Variables:
#   $took (String) - how long the acknowledgment took, as a duration ("1 minute")
chat-acknowledged = respondió tras { $took }
# Variables:
#   $name (String) - the operator's name, as the provider gives it
chat-operator = Le atiende { $name }
chat-operator-unnamed = Operador
chat-you = Usted
chat-ticket-notice = Para emergencias (un servidor caído, un ataque) y asuntos de la cuenta (facturación, bajas, contraseñas), abra un ticket: un ticket demuestra que la cuenta es suya.
chat-hint-emergency = Esto parece una emergencia. Las emergencias requieren un ticket, que demuestra que la cuenta es suya y llega enseguida al equipo adecuado.
chat-hint-account = Esto parece un asunto de la cuenta. Los asuntos de la cuenta requieren un ticket, que demuestra que la cuenta es suya.
chat-open-high-ticket = Abrir un ticket de prioridad alta con esta conversación
chat-open-financial-ticket = Abrir un ticket financiero con esta conversación
chat-queued = Pendiente de envío
chat-sending = Enviando…
chat-failed = No enviado: vea lo pendiente de envío en la lista de tickets
chat-placeholder = Escriba un mensaje…
chat-send = Enviar
chat-convert = Convertir este chat en un ticket
chat-convert-confirm = Crear el ticket
chat-converting = El chat se está convirtiendo en un ticket…
# Variables:
#   $number (String) - the ticket's number, as digits
chat-became-ticket = Este chat es ahora el ticket #{ $number }, con toda la conversación.
chat-open-ticket = Abrir el ticket
chat-from-intro = Un ticket escrito desde su chat: la conversación hasta ahora está en la descripción. Añada lo que pide el soporte y envíelo.
