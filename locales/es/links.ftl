## Abrir un enlace de un mensaje: primero se muestra la dirección.

links-confirm-heading = ¿Abrir este enlace en el navegador?
# Variables:
#   $host (String) - the site (or e-mail address) the link leads to
links-confirm-host = Lleva a { $host }. Los enlaces de los mensajes vienen de fuera de esta aplicación: ábralo solo si lo esperaba.
links-confirm-open = Abrir en el navegador
links-confirm-cancel = Cancelar
