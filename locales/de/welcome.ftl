## Der erste Bildschirm: bei einem Provider anmelden oder die Demo ausprobieren.

welcome-title = Willkommen in Ihrem { -brand-name }
welcome-intro = Öffnen und verfolgen Sie Ihre Support-Tickets vom Desktop aus, auch offline.
welcome-sign-in-heading = Anmelden
welcome-provider-url = Adresse des Providers
welcome-provider-url-hint = Zum Beispiel https://api.ihr-provider.com
welcome-email = E-Mail-Adresse
welcome-password = Passwort
welcome-sign-in = Anmelden
welcome-signing-in = Anmeldung läuft…
welcome-demo-heading = Nur umsehen?
welcome-demo-intro = Probieren Sie alle Funktionen mit einem Demo-Provider aus, der auf diesem Computer läuft. Es wird nichts gesendet.
welcome-demo-start = Demo ausprobieren
welcome-demo-starting = Demo wird gestartet…
