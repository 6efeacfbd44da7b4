## The keyboard shortcuts and their list (F1 or ?).

shortcuts-heading = Atajos de teclado
shortcuts-new-ticket = Nuevo ticket
shortcuts-search = Buscar en los tickets
shortcuts-next-previous = Ticket siguiente o anterior de la lista
shortcuts-open = Abrir el ticket
shortcuts-reply = Responder al ticket en pantalla
shortcuts-send = Enviar lo que está escribiendo
shortcuts-views = Tickets, Nuevo ticket, Estado, Facturas, Tiempos de respuesta, Configuración
shortcuts-close = Cerrar un diálogo
shortcuts-help = Esta lista
shortcuts-done = Cerrar
