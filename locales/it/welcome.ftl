## La prima schermata: accesso a un provider o prova della demo.

welcome-title = Benvenuto nella tua { -brand-name }
welcome-intro = Apri e segui i tuoi ticket di assistenza dal desktop, anche quando sei offline.
welcome-sign-in-heading = Accedi
welcome-provider-url = Indirizzo del provider
welcome-provider-url-hint = Ad esempio https://api.il-tuo-provider.com
welcome-email = Indirizzo e-mail
welcome-password = Password
welcome-sign-in = Accedi
welcome-signing-in = Accesso in corso…
welcome-demo-heading = Vuoi solo dare un'occhiata?
welcome-demo-intro = Prova tutte le funzioni con un provider demo che gira su questo computer. Non viene inviato nulla.
welcome-demo-start = Prova la demo
welcome-demo-starting = Avvio della demo…
welcome-add-account = Aggiungi un account
welcome-back-to-accounts = Torna ai miei account
welcome-session-only-intro = Su questo desktop non c'è un portachiavi in cui l'{ -brand-name } possa conservare l'accesso in modo sicuro. Puoi accedere solo per questa sessione: non viene scritto nulla sul disco e al prossimo avvio dovrai accedere di nuovo.
welcome-session-only = Accedi solo per questa sessione
