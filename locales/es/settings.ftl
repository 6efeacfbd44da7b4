## Configuración: idioma y cuenta.

settings-heading = Configuración
settings-language = Idioma
# Variables:
#   $language (String) - the name of the language the system uses
settings-language-system = Idioma del sistema ({ $language })
settings-language-hint = La aplicación sigue el idioma del sistema, salvo que elija otro aquí.
settings-language-en-US = English
settings-language-it = Italiano
settings-language-de = Deutsch
settings-language-es = Español
settings-language-pseudo = Pseudo-locale (en-XA)
settings-account = Cuenta
settings-account-email = Correo electrónico
settings-account-provider = Proveedor
