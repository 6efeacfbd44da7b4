## La primera pantalla: iniciar sesión en un proveedor o probar la demo.

welcome-title = Bienvenido a su { -brand-name }
welcome-intro = Abra y siga sus tickets de soporte desde el escritorio, también sin conexión.
welcome-sign-in-heading = Iniciar sesión
welcome-provider-url = Dirección del proveedor
welcome-provider-url-hint = Por ejemplo https://api.su-proveedor.com
welcome-email = Correo electrónico
welcome-password = Contraseña
welcome-sign-in = Iniciar sesión
welcome-signing-in = Iniciando sesión…
welcome-demo-heading = ¿Solo quiere echar un vistazo?
welcome-demo-intro = Pruebe todas las funciones con un proveedor de demostración que se ejecuta en este equipo. No se envía nada.
welcome-demo-start = Probar la demo
welcome-demo-starting = Iniciando la demo…
welcome-add-account = Añadir una cuenta
welcome-back-to-accounts = Volver a mis cuentas
welcome-session-only-intro = Este escritorio no tiene un llavero donde el { -brand-name } pueda guardar su inicio de sesión de forma segura. Puede iniciar sesión solo para esta sesión: no se escribe nada en el disco y tendrá que volver a iniciar sesión la próxima vez que abra la aplicación.
welcome-session-only = Iniciar sesión solo para esta sesión
