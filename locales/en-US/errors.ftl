## What went wrong, and what to do next. One message per error code of the app.

error-invalid-credentials = The e-mail address or password is not correct. Check both and try again.
error-provider-unreachable = The provider cannot be reached. Check your connection; meanwhile the app shows your saved data.
error-provider-invalid-response = The provider sent an answer this app does not understand. Check the provider address, or try again later.
error-provider-rejected = The provider refused the request. Try again in a few minutes; if it keeps failing, write to support by e-mail.
error-provider-url-invalid = This is not a valid provider address. Use the form https://api.your-provider.com.
error-provider-url-insecure = The provider address must start with https:// so that your password travels encrypted.
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
