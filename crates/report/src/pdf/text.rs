//! Text on the page: the bundled DejaVu Sans (regular and bold), measuring a line before
//! drawing it, and fitting untrusted text into a width. A *line* is one run of text on
//! one baseline; text that does not fit is cut and ends with "…".
//!
//! krilla shapes each line with rustybuzz and one font, without font fallback: a
//! character DejaVu Sans lacks (most emoji, CJK) is drawn as the font's empty box. Control
//! characters are drawn as spaces, so a subject with a line break stays on its line.

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, TextDirection};
use rustybuzz::ttf_parser;

use crate::ReportError;

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// One font: what krilla embeds, and its metrics for measuring.
pub(crate) struct Face {
    pub(crate) font: Font,
    metrics: ttf_parser::Face<'static>,
    units_per_em: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Self, ReportError> {
        let font = Font::new(data.into(), 0).ok_or(ReportError::Font)?;
        let metrics = ttf_parser::Face::parse(data, 0).map_err(|_| ReportError::Font)?;
        let units_per_em = f32::from(metrics.units_per_em());
        Ok(Self { font, metrics, units_per_em })
    }

    /// The width of `text` at `size` points: the sum of its glyphs' advances (kerning is
    /// left out: DejaVu's is small, and `fit` keeps a margin for it).
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// A character's advance in ems; a missing glyph draws as the `.notdef` box.
    fn advance(&self, c: char) -> f32 {
        let glyph = self.metrics.glyph_index(c).unwrap_or(ttf_parser::GlyphId(0));
        f32::from(self.metrics.glyph_hor_advance(glyph).unwrap_or(0)) / self.units_per_em
    }

    /// `text` as one line no wider than `max` points at `size`: control characters as
    /// spaces, cut with "…" when too long.
    pub(crate) fn fit(&self, text: &str, size: f32, max: f32) -> String {
        let clean: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        // 2% for kerning and rounding.
        let max = max * 0.98;
        if self.width(&clean, size) <= max {
            return clean;
        }
        let budget = max - self.width("…", size);
        let mut used = 0.0;
        let mut out = String::new();
        for c in clean.chars() {
            used += self.advance(c) * size;
            if used > budget {
                break;
            }
            out.push(c);
        }
        let mut out = out.trim_end().to_owned();
        out.push('…');
        out
    }

    /// `text` broken at spaces into at most `lines` lines no wider than `max`; the last
    /// line is cut with "…" if the text is longer.
    pub(crate) fn wrap(&self, text: &str, size: f32, max: f32, lines: usize) -> Vec<String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut out = Vec::new();
        let mut next = 0;
        while next < words.len() && out.len() < lines.max(1) {
            let mut current = words[next].to_owned();
            next += 1;
            while let Some(word) = words.get(next) {
                let candidate = format!("{current} {word}");
                if self.width(&candidate, size) > max * 0.98 {
                    break;
                }
                current = candidate;
                next += 1;
            }
            if out.len() + 1 == lines.max(1) && next < words.len() {
                // The last line: what does not fit is cut.
                current = format!("{current} {}", words[next..].join(" "));
                next = words.len();
            }
            out.push(self.fit(&current, size, max));
        }
        if out.is_empty() {
            out.push(String::new());
        }
        out
    }
}

/// The report's two faces.
pub(crate) struct Fonts {
    pub(crate) regular: Face,
    pub(crate) bold: Face,
}

impl Fonts {
    pub(crate) fn load() -> Result<Self, ReportError> {
        Ok(Self { regular: Face::load(REGULAR)?, bold: Face::load(BOLD)? })
    }
}

pub(crate) type Color = (u8, u8, u8);
pub(crate) const BLACK: Color = (0x1a, 0x1a, 0x1a);
pub(crate) const GREY: Color = (0x66, 0x66, 0x66);
/// Missed promises.
pub(crate) const RED: Color = (0xc0, 0x1c, 0x1c);

pub(crate) fn fill(surface: &mut Surface<'_>, (r, g, b): Color) {
    surface.set_stroke(None);
    surface.set_fill(Some(Fill { paint: rgb::Color::new(r, g, b).into(), ..Default::default() }));
}

/// Where a line's x is measured from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
}

/// How a line is drawn: its face, size in points and color.
#[derive(Clone, Copy)]
pub(crate) struct Pen<'f> {
    face: &'f Face,
    size: f32,
    color: Color,
}

pub(crate) fn pen(face: &Face, size: f32, color: Color) -> Pen<'_> {
    Pen { face, size, color }
}

impl Pen<'_> {
    /// Draws one line with its baseline at `y`; `x` is its left or right end. Text that
    /// is already fitted draws as given.
    pub(crate) fn draw(self, surface: &mut Surface<'_>, x: f32, y: f32, align: Align, text: &str) {
        if text.trim().is_empty() {
            return;
        }
        let x = match align {
            Align::Left => x,
            Align::Right => x - self.face.width(text, self.size),
        };
        fill(surface, self.color);
        surface.draw_text(Point::from_xy(x, y), self.face.font.clone(), self.size, text, false, TextDirection::Auto);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_cuts_long_and_hostile_text_to_the_width() {
        let fonts = Fonts::load().unwrap();
        let f = &fonts.regular;
        assert_eq!(f.fit("Server down", 8.0, 200.0), "Server down");
        let long = "Database latency spikes on the primary cluster since the maintenance window ".repeat(5);
        let cut = f.fit(&long, 8.0, 150.0);
        assert!(cut.ends_with('…') && f.width(&cut, 8.0) <= 150.0, "{cut}");
        assert_eq!(f.fit("line\nbreak\ttab", 8.0, 200.0), "line break tab");
        for hostile in
            ["🔥🔥🔥 down 🚨", "שרת לא זמין \u{202e}ltr", "مرحبا بالعالم", "日本語のテキスト", "\u{0}\u{202e}", "e\u{301}\u{301}\u{301}"]
        {
            let cut = f.fit(&hostile.repeat(20), 8.0, 60.0);
            assert!(f.width(&cut, 8.0) <= 60.0, "{hostile}: {cut}");
        }
        assert_eq!(f.fit("anything", 8.0, 0.0), "…");
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_cuts_the_last_line() {
        let fonts = Fonts::load().unwrap();
        let f = &fonts.bold;
        assert_eq!(f.wrap("First response", 8.0, 200.0, 2), ["First response"]);
        assert_eq!(f.wrap("Conferma di ricezione", 8.0, 70.0, 2), ["Conferma di", "ricezione"]);
        let three = f.wrap("one two three four five six seven eight nine ten", 8.0, 40.0, 2);
        assert_eq!(three.len(), 2);
        assert!(three[1].ends_with('…'), "{three:?}");
        assert_eq!(f.wrap("", 8.0, 40.0, 2), [""]);
    }
}
