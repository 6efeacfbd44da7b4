## The keyboard shortcuts and their list (F1 or ?).

shortcuts-heading = Keyboard shortcuts
shortcuts-new-ticket = New ticket
shortcuts-search = Search the tickets
shortcuts-next-previous = Next or previous ticket in the list
shortcuts-open = Open the ticket
shortcuts-reply = Reply to the ticket on screen
shortcuts-send = Send what you are writing
shortcuts-views = Tickets, New ticket, Status, Invoices, Response times, Settings
shortcuts-close = Close a dialog
shortcuts-help = This list
shortcuts-done = Close
