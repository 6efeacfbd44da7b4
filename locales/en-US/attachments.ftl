## Attaching files to a new ticket or a reply, and the files in a conversation.

attachments-add = Attach files…
# Variables:
#   $count (Number) - the most files one message can carry
#   $size (String) - the largest file, already formatted ("10 MB")
attachments-limits = Up to { $count } files of { $size } each: images (PNG, JPEG, GIF), PDF, ZIP or gzip archives, plain text.
attachments-adding = Adding…
attachments-remove = Remove
# Variables:
#   $name (String) - the file's name
attachments-remove-named = Remove { $name }
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
attachments-download = Save { $name } ({ $size })
# Variables:
#   $path (String) - where the file was saved
attachments-saved = Saved to { $path }
attachments-open = Open
attachments-show-folder = Show in folder
attachments-drop-hint = or drop files here, or paste a screenshot (Ctrl+V)
