## When the client area cannot be reached: the panel, and the e-mail to support it prepares.

fallback-heading = The provider cannot be reached
# Variables:
#   $since (String) - when it stopped answering, a date and time
fallback-text = The client area has not answered since { $since }. Nothing you wrote is lost: what is waiting to be sent leaves by itself as soon as the provider answers again.
fallback-back-heading = The provider answers again
fallback-back = What was waiting is being sent now. You can still save or send this e-mail, or close it.
fallback-write-email = Write to support by e-mail instead
fallback-email-heading = An e-mail to support
# Variables:
#   $from (Number) - the shortest promised answer time, in minutes
#   $to (Number) - the longest promised answer time, in minutes
fallback-promise = Support answers e-mail within { $from } to { $to } minutes.
# Variables:
#   $email (String) - the account's registered e-mail address
fallback-send-from = Send it from { $email }, the address registered with your account: account matters are only handled from it.
fallback-no-address = The provider's support address is not known yet: it comes with the first sync.
fallback-service = Service
fallback-service-none = No particular service
fallback-server = Server IP address or order number
fallback-began = When the problem began
fallback-zone = Time zone
fallback-description = What is happening
fallback-open-mail = Open in my mail program
fallback-saving = Checking the server and writing the file…
fallback-save-eml = Save as an e-mail file with the diagnostics
# Variables:
#   $path (String) - where the file was saved
fallback-saved = Saved to { $path }: attach it or open it with your mail program.
fallback-show-folder = Show in folder
fallback-close = Close

email-subject = Support request: the client area cannot be reached
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-subject-service = Support request: { $service } (the client area cannot be reached)
email-body-intro = Hello, I cannot reach the client area, so I am writing by e-mail.
email-field-not-given = not given
# Variables:
#   $server (String) - the server's IP address or order number
email-field-server = Server IP address or order number: { $server }
# Variables:
#   $order (String) - the service's order number ("#123456")
email-field-order = Order number: { $order }
# Variables:
#   $service (String) - the service's name, as the client area shows it
email-field-service = Service name as shown in the client area: { $service }
# Variables:
#   $local (String) - when the problem began, in the customer's zone ("2026-11-29 14:05")
#   $zone (String) - the customer's time zone, an IANA name ("Europe/Rome")
#   $cet (String) - the same instant in CET/CEST ("2026-11-29 14:05")
#   $abbreviation (String) - "CET" or "CEST"
email-field-began = The problem began: { $local } ({ $zone }), { $cet } { $abbreviation }
email-field-began-unknown = The problem began: not known
email-field-description = Description:
# Variables:
#   $email (String) - the account's registered e-mail address
email-body-from = I am writing from the address registered with my account ({ $email }).
email-body-attachment = Attached: the diagnostics of my client area app (the connection and what is waiting to be sent; no passwords, no message text).
error-field-support-address-required = The provider's support address is not known yet: it comes with the first sync.
