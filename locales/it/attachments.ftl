## Allegare file a un nuovo ticket o a una risposta, e i file di una conversazione.

attachments-add = Allega file…
# Variables:
#   $count (Number) - the most files one message can carry
#   $size (String) - the largest file, already formatted ("10 MB")
attachments-limits = Fino a { $count } file di { $size } ciascuno: immagini (PNG, JPEG, GIF), PDF, archivi ZIP o gzip, testo semplice.
attachments-adding = Aggiunta in corso…
attachments-remove = Rimuovi
# Variables:
#   $name (String) - the file's name
attachments-remove-named = Rimuovi { $name }
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
attachments-download = Salva { $name } ({ $size })
# Variables:
#   $path (String) - where the file was saved
attachments-saved = Salvato in { $path }
attachments-open = Apri
attachments-show-folder = Mostra nella cartella
attachments-drop-hint = oppure trascina qui i file, o incolla uno screenshot (Ctrl+V)
