## The first screen: sign in to a provider, or try the demo.

welcome-title = Welcome to your { -brand-name }
welcome-intro = Open and follow your support tickets from the desktop, also when you are offline.
welcome-sign-in-heading = Sign in
welcome-provider-url = Provider address
welcome-provider-url-hint = For example https://api.your-provider.com
welcome-email = E-mail address
welcome-password = Password
welcome-sign-in = Sign in
welcome-signing-in = Signing in…
welcome-demo-heading = Just looking?
welcome-demo-intro = Try every feature with a demo provider that runs on this computer. Nothing is sent anywhere.
welcome-demo-start = Try the demo
welcome-demo-starting = Starting the demo…
welcome-add-account = Add an account
welcome-back-to-accounts = Back to my accounts
welcome-session-only-intro = This desktop has no keyring where { -brand-name } can keep your sign-in safely. You can sign in for this session only: nothing is written to disk, and you will sign in again the next time you start the app.
welcome-session-only = Sign in for this session only
