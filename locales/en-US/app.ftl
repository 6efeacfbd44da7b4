## The window, the navigation and the connection status.

-brand-name = Client Area

app-window-title = { -brand-name }
app-nav-tickets = Tickets
app-nav-new-ticket = New ticket
app-nav-status = Service status
app-nav-settings = Settings
app-sign-out = Sign out
app-demo-badge = Demo
app-loading = Loading…
app-error-details = Details
app-dismiss = Dismiss
app-sync-online = Up to date
app-sync-syncing = Syncing…
app-sync-offline = Offline: showing saved data
app-sync-live = Live
app-sync-polling = Checking every few seconds
# Variables:
#   $count (Number) - records pulled so far
app-sync-progress =
    { $count ->
        [one] Syncing… { $count } record
       *[other] Syncing… { $count } records
    }
app-sign-in-again = Sign in again
app-sync-now = Sync now
# Variables:
#   $time (String) - when the last sync finished, already formatted
app-sync-last = Last synced { $time }
app-sync-never = Not synced yet
# The count beside "Tickets" in the nav, read aloud.
# Variables:
#   $count (Number) - tickets with staff replies not read yet
app-nav-unread-tickets =
    { $count ->
        [one] 1 ticket with an unread reply
       *[other] { $count } tickets with unread replies
    }
# The count beside "Service status" in the nav, read aloud.
# Variables:
#   $count (Number) - notices not seen yet
app-nav-new-notices =
    { $count ->
        [one] 1 new notice
       *[other] { $count } new notices
    }
