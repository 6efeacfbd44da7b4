## The tray icon's menu (formatted by the Rust side).

# The first line of the menu: what is waiting.
# Variables:
#   $tickets (Number) - tickets with staff replies not read yet
#   $notices (Number) - notices not seen yet in the status view
tray-summary =
    { $tickets ->
        [0] No unread tickets
        [one] 1 unread ticket
       *[other] { $tickets } unread tickets
    }, { $notices ->
        [0] no new notices
        [one] 1 new notice
       *[other] { $notices } new notices
    }
tray-open = Open { -brand-name }
tray-status = Service status
tray-quit = Quit
# One line per account when several are signed in.
# Variables:
#   $account (String) - the account's e-mail address and provider
#   $summary (String) - what is waiting in it, as tray-summary says it
tray-account = { $account }: { $summary }
