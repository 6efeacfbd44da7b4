## The window, the navigation and the connection status.

-brand-name = Client Area

app-window-title = { -brand-name }
app-nav-tickets = Tickets
app-nav-new-ticket = New ticket
app-nav-status = Service status
app-nav-settings = Settings
app-nav-evidence = Response times
app-nav-invoices = Invoices
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
# A first sync (or a resync) of a long history, as it goes.
# Variables:
#   $tickets (String) - app-sync-tickets, formatted
#   $messages (String) - app-sync-messages, formatted
app-sync-history = Syncing your history… { $tickets } · { $messages }
# Variables:
#   $count (Number) - tickets pulled so far
app-sync-tickets =
    { $count ->
        [one] { $count } ticket
       *[other] { $count } tickets
    }
# Variables:
#   $count (Number) - messages pulled so far
app-sync-messages =
    { $count ->
        [one] { $count } message
       *[other] { $count } messages
    }
# When the provider said how long the whole sync is.
# Variables:
#   $count (Number) - tickets pulled so far
#   $total (Number) - tickets the whole sync brings
app-sync-tickets-of =
    { $total ->
        [one] { $count } of { $total } ticket
       *[other] { $count } of { $total } tickets
    }
# Variables:
#   $count (Number) - messages pulled so far
#   $total (Number) - messages the whole sync brings
app-sync-messages-of =
    { $total ->
        [one] { $count } of { $total } message
       *[other] { $count } of { $total } messages
    }
# The progress bar of a long sync, for screen readers.
app-sync-progress-label = How far the sync has come
app-sync-search-after = Search covers this history a moment after the sync is over.
# A long history is in the list; its search index is still being filled (a moment).
app-sync-indexing = Up to date · building the search index…
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

## Several accounts: the switcher in the top bar.

account-switcher-label = Accounts
account-add = Add an account
# Shown beside an account signed in without the keyring.
account-session-only = This session only
account-session-only-hint = Signed in for this session only: nothing is stored on this computer, and you will sign in again the next time you start { -brand-name }.
account-needs-sign-in = Sign in again
# Variables:
#   $tickets (Number) - tickets with unread replies in that account
#   $notices (Number) - new notices in that account
account-unread =
    { $tickets ->
        [0] no unread tickets
        [one] 1 unread ticket
       *[other] { $tickets } unread tickets
    }, { $notices ->
        [0] no new notices
        [one] 1 new notice
       *[other] { $notices } new notices
    }
# Variables:
#   $count (Number) - unread tickets and new notices in the accounts not on screen
account-elsewhere =
    { $count ->
        [one] 1 new item in your other accounts
       *[other] { $count } new items in your other accounts
    }
app-signed-out-locally = You are signed out on this computer. The provider could not be reached to end the session there; it ends by itself after a while without use.
# Variables:
#   $link (String) - The link as it came, cut to 200 characters.
app-link-refused = This link cannot be opened in the Client Area: { $link }. Links to tickets, notices and invoices look like clientarea://ticket/…
