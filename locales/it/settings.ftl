## Impostazioni: lingua e account.

settings-heading = Impostazioni
settings-language = Lingua
# Variables:
#   $language (String) - the name of the language the system uses
settings-language-system = Lingua di sistema ({ $language })
settings-language-hint = L'app segue la lingua del sistema, a meno che tu non ne scelga un'altra qui.
settings-language-en-US = English
settings-language-it = Italiano
settings-language-de = Deutsch
settings-language-es = Español
settings-language-pseudo = Pseudo-locale (en-XA)
settings-account = Account
settings-account-email = Indirizzo e-mail
settings-account-provider = Provider

settings-notify-heading = Notifiche sul desktop
settings-notify-kinds = Mostra sul desktop
settings-notify-replies = Nuove risposte dell'assistenza
settings-notify-invoices = Fatture e ordini
settings-notify-quiet-from = Silenzio dalle
settings-notify-quiet-to = alle
settings-notify-save = Salva
settings-notify-saved = Salvato.
settings-notify-hint = Nelle ore di silenzio non compare nulla, tranne le segnalazioni di abuso e le interruzioni dei tuoi servizi. Ogni avviso è sempre in Stato dei servizi.
settings-emails-heading = Indirizzi e-mail per le notifiche
# Variables:
#   $email (String) - the account's registered address
settings-emails-hint = Dove il provider invia ogni tipo di e-mail. Lascia vuoto un campo per usare l'indirizzo registrato, { $email }.
settings-emails-invoices = Fatture/ordini
settings-emails-support = Assistenza
settings-emails-abuse = Abusi
settings-emails-save = Salva gli indirizzi
settings-emails-pending = La modifica è in viaggio verso il provider.
settings-sign-out-forget = Rimuovi da questo computer anche i ticket, le bozze e i messaggi in attesa di questo account
settings-sign-out-forget-waiting =
    { $count ->
        [one] 1 messaggio in attesa di invio andrà perso.
       *[other] { $count } messaggi in attesa di invio andranno persi.
    }
settings-sign-out-hint = La disconnessione chiude la sessione anche presso il provider.
settings-logs-heading = File di log
settings-logs-level = Dettaglio
settings-logs-normal = Normale
settings-logs-detailed = Dettagliato, per l'assistenza
settings-logs-hint = L'app tiene un log degli ultimi 7 giorni per l'assistenza: cosa ha fatto e cosa non è andato, mai la tua password né il testo dei tuoi messaggi. Scegli «Dettagliato» quando l'assistenza te lo chiede.
settings-logs-folder = Cartella:

settings-resync = Riprendi tutto dal provider
settings-resync-hint = Se qualcosa qui è diverso da ciò che mostra il provider, questo riprende di nuovo ticket, avvisi e fatture. Le bozze, ciò che è in attesa di invio e il tuo registro dei tempi di risposta restano come sono.
settings-resync-done = Tutto è stato ripreso dal provider.
settings-background-heading = In background
settings-background-keep-running = Resta attivo in background quando chiudi la finestra, così le notifiche continuano ad arrivare (Esci è nel menu dell'icona)
settings-background-tray = Questo desktop ha un'area di notifica: l'app aspetta lì mentre la finestra è chiusa.
settings-background-no-tray = Questo desktop non mostra un'area di notifica: a finestra chiusa, l'app torna solo avviandola di nuovo.
settings-background-automatic = Torna all'automatico
settings-background-start-at-login = Avvia quando accedo
settings-theme = Aspetto
settings-theme-system = Come il desktop
settings-theme-light = Chiaro
settings-theme-dark = Scuro
