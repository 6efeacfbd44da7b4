## When the client area cannot be reached: the panel, and the e-mail to support it prepares.

fallback-heading = Il provider non è raggiungibile
# Variables:
#   $since (String) - when it stopped answering, a date and time
fallback-text = L'Area clienti non risponde dal { $since }. Nulla di ciò che hai scritto va perso: ciò che è in attesa di invio partirà da solo appena il provider risponderà di nuovo.
fallback-back-heading = Il provider risponde di nuovo
fallback-back = Ciò che era in attesa viene inviato ora. Puoi ancora salvare o inviare questa e-mail, oppure chiuderla.
fallback-write-email = Scrivi invece all'assistenza via e-mail
fallback-email-heading = Un'e-mail all'assistenza
# Variables:
#   $from (Number) - the shortest promised answer time, in minutes
#   $to (Number) - the longest promised answer time, in minutes
fallback-promise = L'assistenza risponde alle e-mail entro { $from }–{ $to } minuti.
# Variables:
#   $email (String) - the account's registered e-mail address
fallback-send-from = Inviala da { $email }, l'indirizzo registrato nel tuo account: le questioni dell'account sono gestite solo da quell'indirizzo.
fallback-no-address = L'indirizzo dell'assistenza del provider non è ancora noto: arriva con la prima sincronizzazione.
fallback-service = Servizio
fallback-service-none = Nessun servizio specifico
fallback-server = Indirizzo IP del server o numero d'ordine
fallback-began = Quando è iniziato il problema
fallback-zone = Fuso orario
fallback-description = Cosa sta succedendo
fallback-open-mail = Apri nel mio programma di posta
fallback-saving = Controllo del server e scrittura del file…
fallback-save-eml = Salva come file e-mail con la diagnostica
# Variables:
#   $path (String) - where the file was saved
fallback-saved = Salvato in { $path }: allegalo o aprilo con il tuo programma di posta.
fallback-show-folder = Mostra nella cartella
fallback-close = Chiudi

email-subject = Richiesta di assistenza: l'Area clienti non è raggiungibile
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-subject-service = Richiesta di assistenza: { $service } (l'Area clienti non è raggiungibile)
email-body-intro = Buongiorno, non riesco a raggiungere l'Area clienti, quindi scrivo via e-mail.
email-field-not-given = non indicato
# Variables:
#   $server (String) - the server's IP address or order number
email-field-server = Indirizzo IP del server o numero d'ordine: { $server }
# Variables:
#   $order (String) - the service's order number ("#123456")
email-field-order = Numero d'ordine: { $order }
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-field-service = Nome del servizio come appare nell'Area clienti: { $service }
# Variables:
#   $local (String) - when the problem began, in the customer's zone ("2026-11-29 14:05")
#   $zone (String) - the customer's time zone, an IANA name ("Europe/Rome")
#   $cet (String) - the same instant in CET/CEST ("2026-11-29 14:05")
#   $abbreviation (String) - "CET" or "CEST"
email-field-began = Il problema è iniziato: { $local } ({ $zone }), { $cet } { $abbreviation }
email-field-began-unknown = Il problema è iniziato: non noto
email-field-description = Descrizione:
# Variables:
#   $email (String) - the account's registered e-mail address
email-body-from = Scrivo dall'indirizzo registrato nel mio account ({ $email }).
email-body-attachment = In allegato: la diagnostica della mia app Area clienti (la connessione e ciò che è in attesa di invio; nessuna password, nessun testo dei messaggi).
error-field-support-address-required = L'indirizzo dell'assistenza del provider non è ancora noto: arriva con la prima sincronizzazione.
