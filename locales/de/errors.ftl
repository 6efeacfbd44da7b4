## Was schiefging und was zu tun ist. Eine Meldung je Fehlercode der App.

error-invalid-credentials = E-Mail-Adresse oder Passwort sind nicht korrekt. Prüfen Sie beides und versuchen Sie es erneut.
error-provider-unreachable = Der Provider ist nicht erreichbar. Prüfen Sie Ihre Verbindung; bis dahin zeigt die App Ihre gespeicherten Daten.
error-provider-invalid-response = Der Provider hat eine Antwort gesendet, die diese App nicht versteht. Prüfen Sie die Adresse des Providers oder versuchen Sie es später erneut.
error-provider-rejected = Der Provider hat die Anfrage abgelehnt. Versuchen Sie es in einigen Minuten erneut; wenn es weiter fehlschlägt, schreiben Sie dem Support per E-Mail.
error-provider-url-invalid = Das ist keine gültige Provider-Adresse. Verwenden Sie die Form https://api.ihr-provider.com.
error-provider-url-insecure = Die Provider-Adresse muss mit https:// beginnen, damit Ihr Passwort verschlüsselt übertragen wird.
error-provider-busy = Zu viele Versuche in kurzer Zeit: Der Provider bittet Sie zu warten. Versuchen Sie es in einer Minute erneut.
error-provider-redirected = Die Adresse des Providers leitet auf einen anderen Server um. Die App folgt keinen Umleitungen, es wurde also nichts dorthin gesendet. Prüfen Sie die Adresse mit Ihrem Provider.
error-session-expired = Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.
error-validation = Einige Felder brauchen Ihre Aufmerksamkeit: siehe die Hinweise daneben.
error-not-signed-in = Sie sind nicht angemeldet. Melden Sie sich an, um fortzufahren.
error-ticket-not-found = Dieses Ticket ist nicht in Ihren gespeicherten Daten. Synchronisieren Sie und versuchen Sie es erneut.
error-keyring-unavailable = Der Schlüsselbund des Systems ist nicht verfügbar, daher kann Ihre Anmeldung nicht sicher gespeichert werden. Starten Sie den Schlüsselbund Ihres Desktops (zum Beispiel GNOME Keyring) und versuchen Sie es erneut.
error-keyring-locked = Der Schlüsselbund des Systems ist gesperrt. Entsperren Sie ihn und versuchen Sie es erneut.
error-keyring-timeout = Der Schlüsselbund des Systems hat nicht geantwortet. Entsperren Sie ihn und versuchen Sie es erneut.
error-storage = Die App konnte ihre gespeicherten Daten nicht lesen oder schreiben. Prüfen Sie den freien Speicherplatz und starten Sie die App neu.
error-demo-failed = Der Demo-Provider konnte auf diesem Computer nicht gestartet werden. Starten Sie die App neu und versuchen Sie es erneut.
error-outbox-busy = Diese Nachricht ist bereits unterwegs zum Provider und kann nicht mehr geändert werden. Warten Sie, bis sie angekommen ist, und schreiben Sie dann eine neue Antwort.
error-unknown = Etwas Unerwartetes ist schiefgegangen. Versuchen Sie es erneut; die Details unten helfen dem Support.
error-field-required = Dieses Feld ist erforderlich.
error-field-too-long = Dieser Text ist zu lang.
error-field-invalid = Dieser Wert ist ungültig.
error-field-incident-server-required = Geben Sie die Server-IP-Adresse oder die Auftragsnummer an, oder wählen Sie oben den Dienst.
error-field-incident-server-invalid = Das ist weder eine IP-Adresse noch eine Auftragsnummer. Schreiben Sie sie als 203.0.113.10, 2001:db8::10 oder #123456.
error-field-incident-began-local-required = Geben Sie Datum und Uhrzeit des Problembeginns an.
error-field-incident-began-local-invalid = Prüfen Sie Datum und Uhrzeit des Problembeginns: Beides wird benötigt, und das Datum muss existieren.
error-field-incident-began-local-nonexistent = Diese Uhrzeit gibt es in der gewählten Zeitzone nicht: Die Uhren wurden damals vorgestellt. Prüfen Sie die Stunde.
error-field-incident-began-local-future = Diese Uhrzeit liegt in der Zukunft. Prüfen Sie Datum, Uhrzeit und Zeitzone.
error-field-incident-began-timezone-invalid = Wählen Sie die Zeitzone aus der Liste.
error-field-incident-diagnostics-too-long = Die Diagnosedaten sind für eine Nachricht zu lang (höchstens 100.000 Zeichen). Hängen Sie sie stattdessen als Datei an.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
#   $limit (String) - the largest file the provider accepts, formatted ("10 MB")
error-field-attachments-too-large = „{ $name }“ ist { $size } groß: mehr als { $limit }, die größte Datei, die der Anbieter annimmt. Komprimieren Sie sie oder hängen Sie einen Teil davon an.
# Variables:
#   $name (String) - the file's name
error-field-attachments-type = „{ $name }“ kann nicht angehängt werden: Der Anbieter nimmt Bilder (PNG, JPEG, GIF), PDF, ZIP- oder gzip-Archive und reinen Text an.
# Variables:
#   $name (String) - the file's name
error-field-attachments-empty = „{ $name }“ ist leer.
# Variables:
#   $count (Number) - the most files one message can carry
error-field-attachments-too-many = Eine Nachricht kann höchstens { $count } Dateien enthalten. Senden Sie die übrigen in einer Antwort.
error-field-incident-server-unknown-order = Keiner Ihrer Dienste hat diese Auftragsnummer. Prüfen Sie sie oder geben Sie die Server-IP-Adresse an.
error-field-quiet-from-invalid = Schreiben Sie die Uhrzeit als Stunden und Minuten, zum Beispiel 22:00.
error-field-quiet-to-invalid = Schreiben Sie die Uhrzeit als Stunden und Minuten, zum Beispiel 07:00.
error-field-quiet-from-required = Geben Sie beide Uhrzeiten an oder keine.
error-field-quiet-to-required = Geben Sie beide Uhrzeiten an oder keine.
error-field-notification-emails-invoices-invalid = Das ist keine E-Mail-Adresse. Schreiben Sie sie als name@example.com, oder lassen Sie das Feld leer.
error-field-notification-emails-support-invalid = Das ist keine E-Mail-Adresse. Schreiben Sie sie als name@example.com, oder lassen Sie das Feld leer.
error-field-notification-emails-abuse-invalid = Das ist keine E-Mail-Adresse. Schreiben Sie sie als name@example.com, oder lassen Sie das Feld leer.

error-field-period-invalid = Wählen Sie einen Zeitraum, der nach seinem Beginn endet und höchstens ein Jahr umfasst.
error-field-period-nothing-missed = In diesem Zeitraum wurde keine Zusage verfehlt: Es gibt keine Gutschrift zu beantragen.
error-field-zone-invalid = Die Zeitzone dieses Computers ist der App nicht bekannt; der Bericht kann keine Ortszeiten zeigen.
error-field-vat-number-invalid = Das ist keine EU-USt-IdNr. Schreiben Sie sie mit Länderpräfix, zum Beispiel DE123456789 oder IT01234567890.
error-field-vat-number-country-mismatch = Diese USt-IdNr. gehört zu einem anderen Land als Ihrem Rechnungsland. Geben Sie die Nummer Ihres Rechnungslandes an.
error-field-invoice-id-invalid = Diese Rechnung ist nicht mehr in Ihrem Konto. Laden Sie die Rechnungen neu und versuchen Sie es noch einmal.
error-field-department-invoice-needs-financial = Eine Frage zu einer Rechnung geht an die Abteilung Finanzen.
error-field-year-no-invoices = In diesem Jahr gibt es keine Rechnungen zum Exportieren.
