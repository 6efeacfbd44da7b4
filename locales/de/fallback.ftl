## When the client area cannot be reached: the panel, and the e-mail to support it prepares.

fallback-heading = Der Provider ist nicht erreichbar
# Variables:
#   $since (String) - when it stopped answering, a date and time
fallback-text = Der Kundenbereich antwortet seit { $since } nicht. Nichts von dem, was Sie geschrieben haben, geht verloren: Was auf Versand wartet, geht von selbst hinaus, sobald der Provider wieder antwortet.
fallback-back-heading = Der Provider antwortet wieder
fallback-back = Was gewartet hat, wird jetzt gesendet. Sie können diese E-Mail trotzdem speichern oder senden oder sie schließen.
fallback-write-email = Stattdessen per E-Mail an den Support schreiben
fallback-email-heading = Eine E-Mail an den Support
# Variables:
#   $from (Number) - the shortest promised answer time, in minutes
#   $to (Number) - the longest promised answer time, in minutes
fallback-promise = Der Support beantwortet E-Mails innerhalb von { $from }–{ $to } Minuten.
# Variables:
#   $email (String) - the account's registered e-mail address
fallback-send-from = Senden Sie sie von { $email }, der für Ihr Konto registrierten Adresse: Kontoangelegenheiten werden nur von dieser Adresse bearbeitet.
fallback-no-address = Die Support-Adresse des Providers ist noch nicht bekannt: Sie kommt mit der ersten Synchronisierung.
fallback-service = Dienst
fallback-service-none = Kein bestimmter Dienst
fallback-server = IP-Adresse des Servers oder Bestellnummer
fallback-began = Wann das Problem begann
fallback-zone = Zeitzone
fallback-description = Was passiert
fallback-open-mail = In meinem E-Mail-Programm öffnen
fallback-saving = Der Server wird geprüft und die Datei geschrieben…
fallback-save-eml = Als E-Mail-Datei mit der Diagnose speichern
# Variables:
#   $path (String) - where the file was saved
fallback-saved = Gespeichert unter { $path }: Hängen Sie sie an oder öffnen Sie sie mit Ihrem E-Mail-Programm.
fallback-show-folder = Im Ordner zeigen
fallback-close = Schließen

email-subject = Support-Anfrage: Der Kundenbereich ist nicht erreichbar
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-subject-service = Support-Anfrage: { $service } (der Kundenbereich ist nicht erreichbar)
email-body-intro = Guten Tag, ich erreiche den Kundenbereich nicht und schreibe deshalb per E-Mail.
email-field-not-given = nicht angegeben
# Variables:
#   $server (String) - the server's IP address or order number
email-field-server = IP-Adresse des Servers oder Bestellnummer: { $server }
# Variables:
#   $order (String) - the service's order number ("#123456")
email-field-order = Bestellnummer: { $order }
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-field-service = Name des Dienstes wie im Kundenbereich: { $service }
# Variables:
#   $local (String) - when the problem began, in the customer's zone ("2026-11-29 14:05")
#   $zone (String) - the customer's time zone, an IANA name ("Europe/Rome")
#   $cet (String) - the same instant in CET/CEST ("2026-11-29 14:05")
#   $abbreviation (String) - "CET" or "CEST"
email-field-began = Das Problem begann: { $local } ({ $zone }), { $cet } { $abbreviation }
email-field-began-unknown = Das Problem begann: unbekannt
email-field-description = Beschreibung:
# Variables:
#   $email (String) - the account's registered e-mail address
email-body-from = Ich schreibe von der für mein Konto registrierten Adresse ({ $email }).
email-body-attachment = Im Anhang: die Diagnose meiner Kundenbereich-App (die Verbindung und was auf Versand wartet; keine Passwörter, kein Nachrichtentext).
error-field-support-address-required = Die Support-Adresse des Providers ist noch nicht bekannt: Sie kommt mit der ersten Synchronisierung.
