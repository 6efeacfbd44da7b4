## La bandeja de salida: envíos que esperan al proveedor y lo que el cliente puede hacer con ellos.

outbox-heading = Pendiente de envío
outbox-state-queued = En cola
outbox-state-sending = Enviando…
outbox-state-failed = No enviado
# Variables:
#   $time (String) - when the customer sent it, already formatted
outbox-written = Escrito el { $time }
outbox-retry-why = Se volverá a enviar automáticamente.
outbox-failed-why = El proveedor no lo aceptó. Edítelo y envíelo de nuevo, o descártelo.
# A status or account change has no words to edit.
outbox-failed-why-no-edit = El proveedor no lo aceptó. Envíelo de nuevo más tarde, o descártelo.
outbox-resend = Enviar de nuevo
outbox-edit = Editar
outbox-save = Guardar y enviar
outbox-cancel = Cancelar
outbox-discard = Descartar

outbox-status-close = Cerrar el ticket
outbox-status-reopen = Reabrir el ticket
outbox-status-solved = Confirmar que está resuelto
outbox-status-not_solved = Indicar que no está resuelto
outbox-account = Nuevas direcciones de correo para las notificaciones

# Variables:
#   $text (String) - the chat message, as the customer wrote it
outbox-chat = Chat: { $text }
# Variables:
#   $subject (String) - the ticket's subject, as the customer wrote it
outbox-chat-ticket = El chat como ticket: { $subject }
