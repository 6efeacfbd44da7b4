## What went wrong, and what to do next. One message per error code of the app.

error-invalid-credentials = The e-mail address or password is not correct. Check both and try again.
error-provider-unreachable = The provider cannot be reached. Check your connection; meanwhile the app shows your saved data.
error-provider-invalid-response = The provider sent an answer this app does not understand. Check the provider address, or try again later.
error-provider-rejected = The provider refused the request. Try again in a few minutes; if it keeps failing, write to support by e-mail.
error-provider-url-invalid = This is not a valid provider address. Use the form https://api.your-provider.com.
error-provider-url-insecure = The provider address must start with https:// so that your password travels encrypted.
error-provider-busy = Too many attempts in a short time: the provider asks you to wait. Try again in a minute.
error-provider-redirected = The provider's address redirects to another server. The app does not follow redirects, so nothing was sent there. Check the address with your provider.
error-session-expired = Your session has ended. Sign in again to continue.
error-validation = Some fields need your attention: see the messages next to them.
error-not-signed-in = You are not signed in. Sign in to continue.
error-ticket-not-found = This ticket is not in your saved data. Sync and try again.
error-keyring-unavailable = The system keyring is not available, so your sign-in cannot be stored safely. Start your desktop's keyring (for example GNOME Keyring) and try again.
error-keyring-locked = The system keyring is locked. Unlock it and try again.
error-keyring-timeout = The system keyring did not answer. Unlock it and try again.
error-storage = The app could not read or write its saved data. Check the free disk space and restart the app.
error-demo-failed = The demo provider could not start on this computer. Restart the app and try again.
error-outbox-busy = This message is on its way to the provider and can no longer be changed. Wait for it to arrive, then write a new reply.
error-unknown = Something unexpected went wrong. Try again; the details below help support.
error-field-required = This field is required.
error-field-too-long = This text is too long.
error-field-invalid = This value is not valid.
error-field-incident-server-required = Give the server's IP address or its order number, or pick the service above.
error-field-incident-server-invalid = This is neither an IP address nor an order number. Write it as 203.0.113.10, 2001:db8::10 or #123456.
error-field-incident-began-local-required = Give the date and time the problem began.
error-field-incident-began-local-invalid = Check the date and the time the problem began: both are needed, and the date must exist.
error-field-incident-began-local-nonexistent = This time does not exist in the chosen zone: the clocks jumped forward then. Check the hour.
error-field-incident-began-local-future = This time is in the future. Check the date, the time and the zone.
error-field-incident-began-timezone-invalid = Pick the time zone from the list.
error-field-incident-diagnostics-too-long = The diagnostics are too long for a message (100,000 characters at most). Attach them as a file instead.
# Variables:
#   $name (String) - the file's name
#   $size (String) - its size, formatted
#   $limit (String) - the largest file the provider accepts, formatted ("10 MB")
error-field-attachments-too-large = “{ $name }” is { $size }: larger than { $limit }, the largest file the provider accepts. Compress it or attach a part of it.
# Variables:
#   $name (String) - the file's name
error-field-attachments-type = “{ $name }” cannot be attached: the provider accepts images (PNG, JPEG, GIF), PDF, ZIP or gzip archives and plain text.
# Variables:
#   $name (String) - the file's name
error-field-attachments-empty = “{ $name }” is empty.
# Variables:
#   $count (Number) - the most files one message can carry
error-field-attachments-too-many = A message can carry at most { $count } files. Send the others in a reply.
error-field-incident-server-unknown-order = None of your services has this order number. Check it, or give the server's IP address.
error-field-quiet-from-invalid = Write the time as hours and minutes, for example 22:00.
error-field-quiet-to-invalid = Write the time as hours and minutes, for example 07:00.
error-field-quiet-from-required = Give both times, or neither.
error-field-quiet-to-required = Give both times, or neither.
error-field-notification-emails-invoices-invalid = This is not an e-mail address. Write it as name@example.com, or leave it empty.
error-field-notification-emails-support-invalid = This is not an e-mail address. Write it as name@example.com, or leave it empty.
error-field-notification-emails-abuse-invalid = This is not an e-mail address. Write it as name@example.com, or leave it empty.

error-field-period-invalid = Choose a period that ends after it starts and covers at most a year.
error-field-period-nothing-missed = No promise was missed in this period: there is nothing to ask a credit for.
error-field-zone-invalid = This computer's time zone is not one the app knows; the report cannot show local times.
error-field-vat-number-invalid = This is not an EU VAT number. Write it with its country prefix, for example IT01234567890 or DE123456789.
error-field-vat-number-country-mismatch = This VAT number belongs to another country than your billing country. Give the number of your billing country.
error-field-invoice-id-invalid = This invoice is not in your account any more. Reload the invoices and try again.
error-field-department-invoice-needs-financial = A question about an invoice goes to the Financial department.
error-field-year-no-invoices = There are no invoices in this year to export.
