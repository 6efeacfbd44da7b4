//! Attachments: uploaded first (`POST /v1/uploads`), then named by id in a new ticket or
//! a reply. The type is decided by the content, never by the file name.

use serde::{Deserialize, Serialize};

/// The largest upload the provider accepts.
pub const UPLOAD_MAX_BYTES: usize = 10 * 1024 * 1024;
/// At most this many attachments on one message.
pub const ATTACHMENTS_MAX: usize = 10;

/// The types the provider accepts, as detected from the content.
pub const UPLOAD_TYPES: [&str; 7] =
    ["image/png", "image/jpeg", "image/gif", "application/pdf", "application/zip", "application/gzip", "text/plain"];

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Attachment {
    pub id: String,
    /// The name the customer gave; shown, never trusted as a path.
    pub filename: String,
    /// Detected from the content.
    pub content_type: String,
    pub size: u64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
}

/// The content type of `bytes`, when it is one the provider accepts. Text must be UTF-8
/// without NUL or other control bytes than tab, line feed and carriage return.
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 7] = [
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b"\xff\xd8\xff", "image/jpeg"),
        (b"GIF87a", "image/gif"),
        (b"GIF89a", "image/gif"),
        (b"%PDF-", "application/pdf"),
        (b"PK\x03\x04", "application/zip"),
        (b"\x1f\x8b", "application/gzip"),
    ];
    if let Some((_, t)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(t);
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let clean = text.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r'));
    (clean && !bytes.is_empty()).then_some("text/plain")
}

/// A file name safe to show and to save: the last path component, no control
/// characters, at most 200 characters; `attachment` when nothing is left.
pub fn clean_filename(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last.chars().filter(|c| !c.is_control()).take(200).collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    if cleaned.is_empty() { "attachment".into() } else { cleaned }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_come_from_the_content_not_the_name() {
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some("image/png"));
        assert_eq!(sniff(b"%PDF-1.7\n"), Some("application/pdf"));
        assert_eq!(sniff("journalctl -u nginx\nerror: bind() failed\n".as_bytes()), Some("text/plain"));
        assert_eq!(sniff("caffè, Grüße, año\n".as_bytes()), Some("text/plain"));
        assert_eq!(sniff(b"MZ\x90\x00\x03"), None, "a Windows executable");
        assert_eq!(sniff(b"\x7fELF\x02\x01"), None, "a Linux executable");
        assert_eq!(sniff(b"text with a \x00 NUL"), None);
        assert_eq!(sniff(b""), None);
    }

    #[test]
    fn file_names_lose_their_paths() {
        assert_eq!(clean_filename("../../etc/passwd"), "passwd");
        assert_eq!(clean_filename("C:\\Users\\me\\trace.txt"), "trace.txt");
        assert_eq!(clean_filename(".bashrc"), "bashrc");
        assert_eq!(clean_filename("a\u{0}b\nc.log"), "abc.log");
        assert_eq!(clean_filename("/"), "attachment");
    }
}
