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

/// Incremental parser of `text/event-stream`: feed it bytes as they come, take whole
/// events out. Comments (keep-alives) are skipped.
#[derive(Debug, Default)]
pub struct SseParser {
    buf: String,
    current: SseEvent,
    has_field: bool,
}

impl SseParser {
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        self.buf.push_str(&String::from_utf8_lossy(bytes));
        let mut out = Vec::new();
        while let Some(pos) = self.buf.find('\n') {
            let line: String = self.buf.drain(..=pos).collect();
            let line = line.trim_end_matches(['\n', '\r']);
            if line.is_empty() {
                if self.has_field {
                    let mut ev = std::mem::take(&mut self.current);
                    if ev.event.is_empty() {
                        ev.event = "message".into();
                    }
                    out.push(ev);
                    self.has_field = false;
                }
                continue;
            }
            if line.starts_with(':') {
                continue;
            }
            let (field, value) = match line.split_once(':') {
                Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
                None => (line, ""),
            };
            match field {
                "id" => self.current.id = Some(value.to_owned()),
                "event" => self.current.event = value.to_owned(),
                "data" => {
                    if !self.current.data.is_empty() {
                        self.current.data.push('\n');
                    }
                    self.current.data.push_str(value);
                }
                _ => continue,
            }
            self.has_field = true;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_parsed_across_chunk_boundaries() {
        let mut p = SseParser::default();
        assert!(p.feed(b": keep-alive\n\nid: 4").is_empty());
        assert!(p.feed(b"2\nevent: notice\ndata: {\"id\":").is_empty());
        let got = p.feed(b"\"n1\"}\r\n\r\nevent: changed\ndata: {}\n\n");
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
        let got = p.feed(b"data: a\ndata: b\n\n");
        assert_eq!(got, [SseEvent { id: None, event: "message".into(), data: "a\nb".into() }]);
    }
}
