## Qué ha fallado y qué hacer. Un mensaje por cada código de error de la aplicación.

error-invalid-credentials = El correo electrónico o la contraseña no son correctos. Compruebe ambos e inténtelo de nuevo.
error-provider-unreachable = No se puede contactar con el proveedor. Compruebe su conexión; mientras tanto, la aplicación muestra sus datos guardados.
error-provider-invalid-response = El proveedor envió una respuesta que esta aplicación no entiende. Compruebe la dirección del proveedor o inténtelo más tarde.
error-provider-rejected = El proveedor rechazó la solicitud. Inténtelo de nuevo en unos minutos; si sigue fallando, escriba a soporte por correo electrónico.
error-provider-url-invalid = Esta no es una dirección de proveedor válida. Use el formato https://api.su-proveedor.com.
error-provider-url-insecure = La dirección del proveedor debe empezar por https:// para que su contraseña viaje cifrada.
error-session-expired = Su sesión ha terminado. Inicie sesión de nuevo para continuar.
error-validation = Algunos campos necesitan su atención: vea los mensajes junto a ellos.
error-not-signed-in = No ha iniciado sesión. Inicie sesión para continuar.
error-ticket-not-found = Este ticket no está en sus datos guardados. Sincronice e inténtelo de nuevo.
error-keyring-unavailable = El llavero del sistema no está disponible, así que su inicio de sesión no se puede guardar de forma segura. Inicie el llavero de su escritorio (por ejemplo GNOME Keyring) e inténtelo de nuevo.
error-keyring-locked = El llavero del sistema está bloqueado. Desbloquéelo e inténtelo de nuevo.
error-keyring-timeout = El llavero del sistema no respondió. Desbloquéelo e inténtelo de nuevo.
error-storage = La aplicación no pudo leer ni escribir sus datos guardados. Compruebe el espacio libre en disco y reinicie la aplicación.
error-demo-failed = No se pudo iniciar el proveedor de demostración en este equipo. Reinicie la aplicación e inténtelo de nuevo.
error-outbox-busy = Este mensaje ya va camino del proveedor y no se puede cambiar. Espere a que llegue y escriba una nueva respuesta.
error-unknown = Algo inesperado ha fallado. Inténtelo de nuevo; los detalles de abajo ayudan a soporte.
error-field-required = Este campo es obligatorio.
error-field-too-long = Este texto es demasiado largo.
error-field-invalid = Este valor no es válido.
