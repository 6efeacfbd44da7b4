## Dateien an ein neues Ticket oder eine Antwort anhängen, und die Dateien einer Unterhaltung.

attachments-add = Dateien anhängen…
# Variables:
#   $count (Number) - the most files one message can carry
#   $size (String) - the largest file, already formatted ("10 MB")
attachments-limits = Bis zu { $count } Dateien mit je { $size }: Bilder (PNG, JPEG, GIF), PDF, ZIP- oder gzip-Archive, reiner Text.
attachments-adding = Wird hinzugefügt…
attachments-remove = Entfernen
# Variables:
#   $name (String) - the file's name
attachments-remove-named = { $name } entfernen
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
attachments-download = { $name } speichern ({ $size })
# Variables:
#   $path (String) - where the file was saved
attachments-saved = Gespeichert unter { $path }
attachments-open = Öffnen
attachments-show-folder = Im Ordner anzeigen
attachments-drop-hint = oder Dateien hierher ziehen oder einen Screenshot einfügen (Strg+V)
