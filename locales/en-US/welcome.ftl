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
