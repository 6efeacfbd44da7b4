## Einstellungen: Sprache und Konto.

settings-heading = Einstellungen
settings-language = Sprache
# Variables:
#   $language (String) - the name of the language the system uses
settings-language-system = Systemsprache ({ $language })
settings-language-hint = Die App folgt der Sprache Ihres Systems, sofern Sie hier keine andere wählen.
settings-language-en-US = English
settings-language-it = Italiano
settings-language-de = Deutsch
settings-language-es = Español
settings-language-pseudo = Pseudo-locale (en-XA)
settings-account = Konto
settings-account-email = E-Mail-Adresse
settings-account-provider = Provider

settings-notify-heading = Desktop-Benachrichtigungen
settings-notify-kinds = Auf dem Desktop anzeigen für
settings-notify-replies = Neue Antworten des Supports
settings-notify-invoices = Rechnungen und Bestellungen
settings-notify-quiet-from = Ruhe von
settings-notify-quiet-to = bis
settings-notify-save = Speichern
settings-notify-saved = Gespeichert.
settings-notify-hint = In den Ruhezeiten springt nichts auf, außer Missbrauchsmeldungen und Ausfällen Ihrer eigenen Dienste. Jede Meldung steht immer im Dienststatus.
settings-emails-heading = E-Mail-Adressen für Benachrichtigungen
# Variables:
#   $email (String) - the account's registered address
settings-emails-hint = Wohin der Anbieter jede Art von E-Mail sendet. Lassen Sie ein Feld leer, um Ihre registrierte Adresse zu verwenden: { $email }.
settings-emails-invoices = Rechnungen/Bestellungen
settings-emails-support = Support
settings-emails-abuse = Missbräuche
settings-emails-save = Adressen speichern
settings-emails-pending = Ihre Änderung ist auf dem Weg zum Anbieter.
settings-sign-out-forget = Auch die Tickets, Entwürfe und wartenden Nachrichten dieses Kontos von diesem Computer entfernen
settings-sign-out-forget-waiting =
    { $count ->
        [one] 1 Nachricht, die noch gesendet werden soll, geht verloren.
       *[other] { $count } Nachrichten, die noch gesendet werden sollen, gehen verloren.
    }
settings-sign-out-hint = Die Abmeldung beendet die Sitzung auch beim Anbieter.
settings-logs-heading = Protokolldateien
settings-logs-level = Detailgrad
settings-logs-normal = Normal
settings-logs-detailed = Ausführlich, für den Support
settings-logs-hint = Die App führt für den Support ein Protokoll der letzten 7 Tage: was sie getan hat und was schiefging, nie Ihr Passwort oder den Text Ihrer Nachrichten. Wählen Sie „Ausführlich“, wenn der Support darum bittet.
settings-logs-folder = Ordner:

settings-resync = Alles erneut vom Provider holen
settings-resync-hint = Weicht hier etwas von dem ab, was der Provider zeigt, holt dies Ihre Tickets, Hinweise und Rechnungen erneut. Ihre Entwürfe, was auf Versand wartet, und Ihr eigenes Protokoll der Antwortzeiten bleiben, wie sie sind.
settings-resync-done = Alles wurde erneut vom Provider geholt.
settings-background-heading = Im Hintergrund
settings-background-keep-running = Im Hintergrund weiterlaufen, wenn das Fenster geschlossen wird, damit Benachrichtigungen weiter ankommen (Beenden steht im Menü des Symbols)
settings-background-tray = Dieser Desktop hat einen Infobereich: Die App wartet dort, solange das Fenster geschlossen ist.
settings-background-no-tray = Dieser Desktop zeigt keinen Infobereich: Bei geschlossenem Fenster kommt die App nur durch einen neuen Start zurück.
settings-background-automatic = Wieder automatisch
settings-background-start-at-login = Beim Anmelden starten
settings-theme = Darstellung
settings-theme-system = Wie der Desktop
settings-theme-light = Hell
settings-theme-dark = Dunkel
