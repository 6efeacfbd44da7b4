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
