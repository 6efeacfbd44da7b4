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
