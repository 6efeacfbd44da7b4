## The keyboard shortcuts and their list (F1 or ?).

shortcuts-heading = Tastenkürzel
shortcuts-new-ticket = Neues Ticket
shortcuts-search = Tickets durchsuchen
shortcuts-next-previous = Nächstes oder vorheriges Ticket der Liste
shortcuts-open = Ticket öffnen
shortcuts-reply = Auf das angezeigte Ticket antworten
shortcuts-send = Senden, was Sie schreiben
shortcuts-views = Tickets, Neues Ticket, Dienststatus, Rechnungen, Antwortzeiten, Einstellungen
shortcuts-close = Einen Dialog schließen
shortcuts-help = Diese Liste
shortcuts-done = Schließen
