## Qué ha fallado y qué hacer. Un mensaje por cada código de error de la aplicación.

error-invalid-credentials = El correo electrónico o la contraseña no son correctos. Compruebe ambos e inténtelo de nuevo.
error-provider-unreachable = No se puede contactar con el proveedor. Compruebe su conexión; mientras tanto, la aplicación muestra sus datos guardados.
error-provider-invalid-response = El proveedor envió una respuesta que esta aplicación no entiende. Compruebe la dirección del proveedor o inténtelo más tarde.
error-provider-rejected = El proveedor rechazó la solicitud. Inténtelo de nuevo en unos minutos; si sigue fallando, escriba a soporte por correo electrónico.
error-provider-url-invalid = Esta no es una dirección de proveedor válida. Use el formato https://api.su-proveedor.com.
error-provider-url-insecure = La dirección del proveedor debe empezar por https:// para que su contraseña viaje cifrada.
error-provider-busy = Demasiados intentos en poco tiempo: el proveedor pide que espere. Inténtelo de nuevo dentro de un minuto.
error-provider-redirected = La dirección del proveedor redirige a otro servidor. La aplicación no sigue redirecciones, así que no se envió nada allí. Compruebe la dirección con su proveedor.
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
error-field-incident-server-required = Indique la dirección IP del servidor o el número de pedido, o elija el servicio arriba.
error-field-incident-server-invalid = Esto no es ni una dirección IP ni un número de pedido. Escríbalo como 203.0.113.10, 2001:db8::10 o #123456.
error-field-incident-began-local-required = Indique la fecha y la hora de inicio del problema.
error-field-incident-began-local-invalid = Revise la fecha y la hora de inicio del problema: se necesitan ambas, y la fecha debe existir.
error-field-incident-began-local-nonexistent = Esta hora no existe en la zona elegida: los relojes se adelantaron en ese momento. Revise la hora.
error-field-incident-began-local-future = Esta hora está en el futuro. Revise la fecha, la hora y la zona horaria.
error-field-incident-began-timezone-invalid = Elija la zona horaria de la lista.
error-field-incident-diagnostics-too-long = El diagnóstico es demasiado largo para un mensaje (100.000 caracteres como máximo). Adjúntelo como archivo.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
#   $limit (String) - the largest file the provider accepts, formatted ("10 MB")
error-field-attachments-too-large = «{ $name }» ocupa { $size }: más de { $limit }, el archivo más grande que acepta el proveedor. Comprímalo o adjunte una parte.
# Variables:
#   $name (String) - the file's name
error-field-attachments-type = «{ $name }» no se puede adjuntar: el proveedor acepta imágenes (PNG, JPEG, GIF), PDF, archivos ZIP o gzip y texto sin formato.
# Variables:
#   $name (String) - the file's name
error-field-attachments-empty = «{ $name }» está vacío.
# Variables:
#   $count (Number) - the most files one message can carry
error-field-attachments-too-many = Un mensaje puede llevar como máximo { $count } archivos. Envíe los demás en una respuesta.
error-field-incident-server-unknown-order = Ninguno de sus servicios tiene este número de pedido. Revíselo o indique la dirección IP del servidor.
error-field-quiet-from-invalid = Escriba la hora como horas y minutos, por ejemplo 22:00.
error-field-quiet-to-invalid = Escriba la hora como horas y minutos, por ejemplo 07:00.
error-field-quiet-from-required = Indique las dos horas, o ninguna.
error-field-quiet-to-required = Indique las dos horas, o ninguna.
error-field-notification-emails-invoices-invalid = Esto no es una dirección de correo. Escríbala como nombre@example.com, o deje el campo vacío.
error-field-notification-emails-support-invalid = Esto no es una dirección de correo. Escríbala como nombre@example.com, o deje el campo vacío.
error-field-notification-emails-abuse-invalid = Esto no es una dirección de correo. Escríbala como nombre@example.com, o deje el campo vacío.

error-field-period-invalid = Elija un periodo que termine después de empezar y abarque como máximo un año.
error-field-period-nothing-missed = En este periodo no se incumplió ningún compromiso: no hay crédito que solicitar.
error-field-zone-invalid = La zona horaria de este equipo no es una que la aplicación conozca; el informe no puede mostrar horas locales.
error-field-vat-number-invalid = Este no es un número de IVA de la UE. Escríbalo con el prefijo del país, por ejemplo ESX1234567Z o IT01234567890.
error-field-vat-number-country-mismatch = Este número de IVA es de un país distinto de su país de facturación. Indique el número de su país de facturación.
error-field-invoice-id-invalid = Esta factura ya no está en su cuenta. Vuelva a cargar las facturas e inténtelo de nuevo.
error-field-department-invoice-needs-financial = Una pregunta sobre una factura va al departamento Financiero.
error-field-year-no-invoices = No hay facturas de este año para exportar.
