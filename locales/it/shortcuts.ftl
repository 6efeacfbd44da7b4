## The keyboard shortcuts and their list (F1 or ?).

shortcuts-heading = Scorciatoie da tastiera
shortcuts-new-ticket = Nuovo ticket
shortcuts-search = Cerca nei ticket
shortcuts-next-previous = Ticket successivo o precedente nell'elenco
shortcuts-open = Apri il ticket
shortcuts-reply = Rispondi al ticket aperto
shortcuts-send = Invia quello che stai scrivendo
shortcuts-views = Ticket, Nuovo ticket, Stato dei servizi, Fatture, Tempi di risposta, Impostazioni
shortcuts-close = Chiudi una finestra di dialogo
shortcuts-help = Questo elenco
shortcuts-done = Chiudi
