## Cosa è andato storto e cosa fare. Un messaggio per ogni codice di errore dell'app.

error-invalid-credentials = L'indirizzo e-mail o la password non sono corretti. Controllali e riprova.
error-provider-unreachable = Il provider non è raggiungibile. Controlla la connessione; nel frattempo l'app mostra i dati salvati.
error-provider-invalid-response = Il provider ha inviato una risposta che l'app non comprende. Controlla l'indirizzo del provider o riprova più tardi.
error-provider-rejected = Il provider ha rifiutato la richiesta. Riprova tra qualche minuto; se continua a non funzionare, scrivi all'assistenza via e-mail.
error-provider-url-invalid = Questo non è un indirizzo di provider valido. Usa la forma https://api.il-tuo-provider.com.
error-provider-url-insecure = L'indirizzo del provider deve iniziare con https://, così la password viaggia cifrata.
error-provider-busy = Troppi tentativi in poco tempo: il provider chiede di attendere. Riprova tra un minuto.
error-provider-redirected = L'indirizzo del provider rimanda a un altro server. L'app non segue i reindirizzamenti, quindi non è stato inviato nulla. Verifica l'indirizzo con il tuo provider.
error-session-expired = La sessione è terminata. Accedi di nuovo per continuare.
error-validation = Alcuni campi richiedono attenzione: leggi i messaggi accanto a essi.
error-not-signed-in = Non hai effettuato l'accesso. Accedi per continuare.
error-ticket-not-found = Questo ticket non è nei dati salvati. Sincronizza e riprova.
error-keyring-unavailable = Il portachiavi di sistema non è disponibile, quindi l'accesso non può essere conservato in modo sicuro. Avvia il portachiavi del desktop (ad esempio GNOME Keyring) e riprova.
error-keyring-locked = Il portachiavi di sistema è bloccato. Sbloccalo e riprova.
error-keyring-timeout = Il portachiavi di sistema non ha risposto. Sbloccalo e riprova.
error-storage = L'app non è riuscita a leggere o scrivere i dati salvati. Controlla lo spazio libero su disco e riavvia l'app.
error-demo-failed = Non è stato possibile avviare il provider demo su questo computer. Riavvia l'app e riprova.
error-outbox-busy = Questo messaggio è già in viaggio verso il provider e non può più essere modificato. Attendi che arrivi, poi scrivi una nuova risposta.
error-unknown = Si è verificato un errore imprevisto. Riprova; i dettagli qui sotto aiutano l'assistenza.
error-field-required = Questo campo è obbligatorio.
error-field-too-long = Questo testo è troppo lungo.
error-field-invalid = Questo valore non è valido.
error-field-incident-server-required = Indica l'indirizzo IP del server o il numero d'ordine, oppure scegli il servizio qui sopra.
error-field-incident-server-invalid = Questo non è né un indirizzo IP né un numero d'ordine. Scrivilo come 203.0.113.10, 2001:db8::10 o #123456.
error-field-incident-began-local-required = Indica la data e l'ora di inizio del problema.
error-field-incident-began-local-invalid = Controlla la data e l'ora di inizio del problema: servono entrambe, e la data deve esistere.
error-field-incident-began-local-nonexistent = Quest'ora non esiste nel fuso scelto: in quel momento gli orologi sono stati portati avanti. Controlla l'ora.
error-field-incident-began-local-future = Quest'ora è nel futuro. Controlla la data, l'ora e il fuso orario.
error-field-incident-began-timezone-invalid = Scegli il fuso orario dall'elenco.
error-field-incident-diagnostics-too-long = I dati diagnostici sono troppo lunghi per un messaggio (al massimo 100.000 caratteri). Allegali come file.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
#   $limit (String) - the largest file the provider accepts, formatted ("10 MB")
error-field-attachments-too-large = «{ $name }» pesa { $size }: più di { $limit }, il file più grande che il provider accetta. Comprimilo o allegane una parte.
# Variables:
#   $name (String) - the file's name
error-field-attachments-type = «{ $name }» non può essere allegato: il provider accetta immagini (PNG, JPEG, GIF), PDF, archivi ZIP o gzip e testo semplice.
# Variables:
#   $name (String) - the file's name
error-field-attachments-empty = «{ $name }» è vuoto.
# Variables:
#   $count (Number) - the most files one message can carry
error-field-attachments-too-many = Un messaggio può contenere al massimo { $count } file. Invia gli altri in una risposta.
error-field-incident-server-unknown-order = Nessuno dei tuoi servizi ha questo numero d'ordine. Controllalo oppure indica l'indirizzo IP del server.
error-field-quiet-from-invalid = Scrivi l'ora come ore e minuti, per esempio 22:00.
error-field-quiet-to-invalid = Scrivi l'ora come ore e minuti, per esempio 07:00.
error-field-quiet-from-required = Indica entrambi gli orari, o nessuno.
error-field-quiet-to-required = Indica entrambi gli orari, o nessuno.
error-field-notification-emails-invoices-invalid = Questo non è un indirizzo e-mail. Scrivilo come nome@example.com, oppure lascia vuoto.
error-field-notification-emails-support-invalid = Questo non è un indirizzo e-mail. Scrivilo come nome@example.com, oppure lascia vuoto.
error-field-notification-emails-abuse-invalid = Questo non è un indirizzo e-mail. Scrivilo come nome@example.com, oppure lascia vuoto.

error-field-period-invalid = Scegli un periodo che finisca dopo l'inizio e duri al massimo un anno.
error-field-period-nothing-missed = In questo periodo nessun impegno è stato mancato: non c'è un credito da chiedere.
error-field-zone-invalid = Il fuso orario di questo computer non è tra quelli noti all'app; il report non può mostrare gli orari locali.
error-field-vat-number-invalid = Questa non è una partita IVA UE. Scrivila con il prefisso del paese, per esempio IT01234567890 o DE123456789.
error-field-vat-number-country-mismatch = Questa partita IVA è di un paese diverso dal tuo paese di fatturazione. Indica quella del tuo paese di fatturazione.
error-field-invoice-id-invalid = Questa fattura non è più nel tuo account. Ricarica le fatture e riprova.
error-field-department-invoice-needs-financial = Una domanda su una fattura va al reparto Amministrazione.
error-field-year-no-invoices = Non ci sono fatture da esportare in quest'anno.
