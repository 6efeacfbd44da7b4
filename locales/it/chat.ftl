## Live chat: the panel at the bottom right of every screen.

chat-open = Chatta con l'assistenza
chat-heading = Chat dal vivo
chat-close = Chiudi la chat
chat-promise = Un operatore risponde entro 1 minuto.
# Variables:
#   $took (String) - how long the acknowledgment took, as a duration ("1 minute")
chat-acknowledged = ha risposto dopo { $took }
# Variables:
#   $name (String) - the operator's name, as the provider gives it
chat-operator = Ti risponde { $name }
chat-operator-unnamed = Operatore
chat-you = Tu
chat-ticket-notice = Per le emergenze (un server fermo, un attacco) e le questioni dell'account (fatturazione, disdette, password) apri invece un ticket: il ticket dimostra che l'account è tuo.
chat-hint-emergency = Sembra un'emergenza. Le emergenze richiedono un ticket, che dimostra che l'account è tuo e arriva subito al team giusto.
chat-hint-account = Sembra una questione dell'account. Le questioni dell'account richiedono un ticket, che dimostra che l'account è tuo.
chat-open-high-ticket = Apri un ticket ad alta priorità con questa conversazione
chat-open-financial-ticket = Apri un ticket Finanziario con questa conversazione
chat-queued = In attesa di invio
chat-sending = Invio in corso…
chat-failed = Non inviato: guarda la coda d'invio nell'elenco dei ticket
chat-placeholder = Scrivi un messaggio…
chat-send = Invia
chat-convert = Trasforma questa chat in un ticket
chat-convert-confirm = Crea il ticket
chat-converting = La chat sta diventando un ticket…
# Variables:
#   $number (String) - the ticket's number, as digits
chat-became-ticket = Questa chat ora è il ticket #{ $number }, con tutta la conversazione.
chat-open-ticket = Apri il ticket
chat-from-intro = Un ticket scritto dalla tua chat: la conversazione finora è nella descrizione. Aggiungi ciò che chiede l'assistenza e invialo.
