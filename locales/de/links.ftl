## Einen Link aus einer Nachricht öffnen: Zuerst wird die Adresse gezeigt.

links-confirm-heading = Diesen Link im Browser öffnen?
# Variables:
#   $host (String) - the site (or e-mail address) the link leads to
links-confirm-host = Er führt zu { $host }. Links in Nachrichten kommen von außerhalb dieser App: Öffnen Sie ihn nur, wenn Sie ihn erwartet haben.
links-confirm-open = Im Browser öffnen
links-confirm-cancel = Abbrechen
