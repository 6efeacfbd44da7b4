## Aprire un link trovato in un messaggio: prima si mostra l'indirizzo.

links-confirm-heading = Aprire questo link nel browser?
# Variables:
#   $host (String) - the site (or e-mail address) the link leads to
links-confirm-host = Porta a { $host }. I link nei messaggi arrivano dall'esterno di questa app: aprilo solo se te lo aspettavi.
links-confirm-open = Apri nel browser
links-confirm-cancel = Annulla
