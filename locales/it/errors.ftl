## Cosa è andato storto e cosa fare. Un messaggio per ogni codice di errore dell'app.

error-invalid-credentials = L'indirizzo e-mail o la password non sono corretti. Controllali e riprova.
error-provider-unreachable = Il provider non è raggiungibile. Controlla la connessione; nel frattempo l'app mostra i dati salvati.
error-provider-invalid-response = Il provider ha inviato una risposta che l'app non comprende. Controlla l'indirizzo del provider o riprova più tardi.
error-provider-rejected = Il provider ha rifiutato la richiesta. Riprova tra qualche minuto; se continua a non funzionare, scrivi all'assistenza via e-mail.
error-provider-url-invalid = Questo non è un indirizzo di provider valido. Usa la forma https://api.il-tuo-provider.com.
error-provider-url-insecure = L'indirizzo del provider deve iniziare con https://, così la password viaggia cifrata.
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
