## Settings: language and account.

settings-heading = Settings
settings-language = Language
# Variables:
#   $language (String) - the name of the language the system uses
settings-language-system = System language ({ $language })
settings-language-hint = The app follows your system language unless you choose another one here.
settings-language-en-US = English
settings-language-it = Italiano
settings-language-de = Deutsch
settings-language-es = Español
settings-language-pseudo = Pseudo-locale (en-XA)
settings-account = Account
settings-account-email = E-mail address
settings-account-provider = Provider

settings-notify-heading = Desktop notifications
settings-notify-kinds = Pop up on the desktop for
settings-notify-replies = New replies from support
settings-notify-invoices = Invoices and orders
settings-notify-quiet-from = Quiet from
settings-notify-quiet-to = until
settings-notify-save = Save
settings-notify-saved = Saved.
settings-notify-hint = During quiet hours nothing pops up, except abuse reports and outages of your own services. Every notice is always in Service status.
settings-emails-heading = Notification e-mail addresses
# Variables:
#   $email (String) - the account's registered address
settings-emails-hint = Where the provider sends each kind of e-mail. Leave a field empty to use your registered address, { $email }.
settings-emails-invoices = Invoices/orders
settings-emails-support = Support
settings-emails-abuse = Abuses
settings-emails-save = Save addresses
settings-emails-pending = Your change is on its way to the provider.
settings-sign-out-forget = Also remove this account's tickets, drafts and waiting messages from this computer
# Variables:
#   $count (Number) - messages and changes still waiting in the outbox
settings-sign-out-forget-waiting =
    { $count ->
        [one] 1 message waiting to be sent will be lost.
       *[other] { $count } messages waiting to be sent will be lost.
    }
settings-sign-out-hint = Signing out ends the session at the provider too.
settings-logs-heading = Log files
settings-logs-level = Detail
settings-logs-normal = Normal
settings-logs-detailed = Detailed, for support
settings-logs-hint = The app keeps a log of the last 7 days for support: what it did and what went wrong, never your password or the text of your messages. Choose “Detailed” when support asks for it.
settings-logs-folder = Folder:

settings-resync = Bring everything from the provider again
settings-resync-hint = If something here differs from what the provider shows, this pulls your tickets, notices and invoices again. Your drafts, what is waiting to be sent and your own record of response times stay as they are.
settings-resync-done = Everything was brought from the provider again.
settings-background-heading = Running in the background
settings-background-keep-running = Keep running in the background when the window is closed, so notifications keep coming (Quit is in the tray menu)
settings-background-tray = This desktop has a tray: the app waits there while its window is closed.
settings-background-no-tray = This desktop shows no tray: with the window closed, the app can only be brought back by starting it again.
settings-background-automatic = Back to automatic
settings-background-start-at-login = Start when I log in
settings-theme = Appearance
settings-theme-system = Like the desktop
settings-theme-light = Light
settings-theme-dark = Dark
