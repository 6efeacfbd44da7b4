//! The push stream: a Server-Sent Events subscription to `/v1/events`. Every event
//! (`changed`, `notice`) asks for a pull; the id of the last event is sent back as
//! `Last-Event-ID` on reconnect, so a change made while the stream was down arrives at
//! once. While the stream is down, the sync loop's polling (with backoff) carries on.

/// One event of the stream.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SseEvent {
    pub id: Option<String>,
    pub event: String,
    pub data: String,
}

/// The longest line the stream may send, and the most data one event may carry. The
/// contract's events are a few hundred bytes; past these the stream is dropped (and opened
/// again later), so a stream that never ends a line cannot fill the memory.
pub const MAX_LINE: usize = 64 * 1024;
pub const MAX_EVENT_DATA: usize = 256 * 1024;

/// The stream sent a line or an event over the limits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the push stream sent a line or an event longer than this app takes")]
pub struct Overflow;

/// Incremental parser of `text/event-stream`: feed it bytes as they come, take whole
/// events out. Comments (keep-alives) are skipped. Lines are cut from bytes, so a
/// character split across two chunks is read whole.
#[derive(Debug, Default)]
pub struct SseParser {
    /// The line being received, not yet ended.
    pending: Vec<u8>,
    current: SseEvent,
    has_field: bool,
}

impl SseParser {
    pub fn feed(&mut self, bytes: &[u8]) -> Result<Vec<SseEvent>, Overflow> {
        let mut out = Vec::new();
        for piece in bytes.split_inclusive(|b| *b == b'\n') {
            if self.pending.len() + piece.len() > MAX_LINE {
                self.pending.clear();
                return Err(Overflow);
            }
            self.pending.extend_from_slice(piece);
            if piece.ends_with(b"\n") {
                let line = String::from_utf8_lossy(&self.pending).into_owned();
                self.pending.clear();
                self.line(line.trim_end_matches(['\n', '\r']), &mut out)?;
            }
        }
        Ok(out)
    }

    fn line(&mut self, line: &str, out: &mut Vec<SseEvent>) -> Result<(), Overflow> {
        if line.is_empty() {
            if self.has_field {
                let mut ev = std::mem::take(&mut self.current);
                if ev.event.is_empty() {
                    ev.event = "message".into();
                }
                out.push(ev);
                self.has_field = false;
            }
            return Ok(());
        }
        if line.starts_with(':') {
            return Ok(());
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "id" => self.current.id = Some(value.to_owned()),
            "event" => self.current.event = value.to_owned(),
            "data" => {
                if self.current.data.len() + value.len() + 1 > MAX_EVENT_DATA {
                    self.current = SseEvent::default();
                    self.has_field = false;
                    return Err(Overflow);
                }
                if !self.current.data.is_empty() {
                    self.current.data.push('\n');
                }
                self.current.data.push_str(value);
            }
            _ => return Ok(()),
        }
        self.has_field = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_parsed_across_chunk_boundaries() {
        let mut p = SseParser::default();
        assert!(p.feed(b": keep-alive\n\nid: 4").unwrap().is_empty());
        assert!(p.feed(b"2\nevent: notice\ndata: {\"id\":").unwrap().is_empty());
        let got = p.feed(b"\"n1\"}\r\n\r\nevent: changed\ndata: {}\n\n").unwrap();
        assert_eq!(
            got,
            [
                SseEvent { id: Some("42".into()), event: "notice".into(), data: "{\"id\":\"n1\"}".into() },
                SseEvent { id: None, event: "changed".into(), data: "{}".into() },
            ]
        );
    }

    #[test]
    fn multi_line_data_and_defaults() {
        let mut p = SseParser::default();
        let got = p.feed(b"data: a\ndata: b\n\n").unwrap();
        assert_eq!(got, [SseEvent { id: None, event: "message".into(), data: "a\nb".into() }]);
    }

    #[test]
    fn a_character_split_across_chunks_is_read_whole() {
        let mut p = SseParser::default();
        let bytes = "data: Größe\n\n".as_bytes();
        let cut = bytes.iter().position(|b| *b == 0xC3).unwrap() + 1; // inside the ö
        assert!(p.feed(&bytes[..cut]).unwrap().is_empty());
        assert_eq!(p.feed(&bytes[cut..]).unwrap()[0].data, "Größe");
    }

    #[test]
    fn a_line_that_never_ends_or_an_endless_event_is_refused_with_bounded_memory() {
        // 50 MB of one line, in 64 KiB chunks as a socket gives them: refused as soon as
        // the line passes the limit, holding no more than the limit meanwhile.
        let mut p = SseParser::default();
        let chunk = vec![b'x'; 64 * 1024];
        let fed = (0..800).position(|_| p.feed(&chunk).is_err()).expect("refused before 50 MB");
        assert!(fed <= 1, "refused after {fed} chunks");
        assert!(p.pending.capacity() <= MAX_LINE + chunk.len());
        // Many short data lines adding up to one huge event: refused too.
        let mut p = SseParser::default();
        let line = format!("data: {}\n", "y".repeat(1000));
        let fed = (0..1000).position(|_| p.feed(line.as_bytes()).is_err()).expect("refused");
        assert!(fed * 1000 <= MAX_EVENT_DATA + 1000, "refused after {fed} lines");
        // And the parser goes on with the next stream's events after a reconnect.
        let mut p = SseParser::default();
        assert_eq!(p.feed(b"event: changed\ndata: {}\n\n").unwrap().len(), 1);
    }
}
