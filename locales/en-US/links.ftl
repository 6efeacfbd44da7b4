## Opening a link found in a message: the address is shown first.

links-confirm-heading = Open this link in your browser?
# Variables:
#   $host (String) - the site (or e-mail address) the link leads to
links-confirm-host = It leads to { $host }. Links in messages come from outside this app: open it only if you expected it.
links-confirm-open = Open in browser
links-confirm-cancel = Cancel
