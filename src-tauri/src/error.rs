//! What a failed command sends to the UI: `{ code, message, fields }`. The UI shows the
//! Fluent message for `code`; `message` is English detail for the "details" view.

use clientarea_api::problem::FieldError;
use clientarea_core::ErrorCode;
use serde::Serialize;

#[derive(Debug, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
    pub fields: Vec<FieldError>,
}

pub type CommandResult<T> = Result<T, CommandError>;

impl From<clientarea_core::Error> for CommandError {
    fn from(e: clientarea_core::Error) -> Self {
        CommandError { code: e.code(), message: e.to_string(), fields: e.field_errors().to_vec() }
    }
}

impl CommandError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        CommandError { code, message: message.into(), fields: Vec::new() }
    }

    /// A field the shell itself found wrong (`reason` a stable token the UI words).
    pub fn validation(field: &str, reason: &str) -> Self {
        clientarea_core::Error::Validation(vec![FieldError { field: field.into(), reason: reason.into() }]).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_shape_the_ui_reads_is_pinned() {
        let e: CommandError =
            clientarea_core::Error::Validation(vec![FieldError { field: "subject".into(), reason: "required".into() }]).into();
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({
                "code": "validation",
                "message": "some fields are not valid",
                "fields": [{"field": "subject", "reason": "required"}]
            })
        );
        let e: CommandError = clientarea_core::Error::NotSignedIn.into();
        assert_eq!(e.code, "not-signed-in");
    }
}
