## Adjuntar archivos a un ticket nuevo o a una respuesta, y los archivos de una conversación.

attachments-add = Adjuntar archivos…
# Variables:
#   $count (Number) - the most files one message can carry
#   $size (String) - the largest file, already formatted ("10 MB")
attachments-limits = Hasta { $count } archivos de { $size } cada uno: imágenes (PNG, JPEG, GIF), PDF, archivos ZIP o gzip, texto sin formato.
attachments-adding = Añadiendo…
attachments-remove = Quitar
# Variables:
#   $name (String) - the file's name
attachments-remove-named = Quitar { $name }
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
attachments-download = Guardar { $name } ({ $size })
# Variables:
#   $path (String) - where the file was saved
attachments-saved = Guardado en { $path }
attachments-open = Abrir
attachments-show-folder = Mostrar en la carpeta
attachments-drop-hint = o arrastre aquí los archivos, o pegue una captura de pantalla (Ctrl+V)
