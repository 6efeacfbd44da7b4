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
welcome-add-account = Konto hinzufügen
welcome-back-to-accounts = Zurück zu meinen Konten
welcome-session-only-intro = Auf diesem Desktop gibt es keinen Schlüsselbund, in dem der { -brand-name } Ihre Anmeldung sicher aufbewahren kann. Sie können sich nur für diese Sitzung anmelden: Es wird nichts auf die Festplatte geschrieben, und beim nächsten Start melden Sie sich erneut an.
welcome-session-only = Nur für diese Sitzung anmelden
