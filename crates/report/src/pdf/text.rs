//! Text on the page: the bundled DejaVu Sans (regular and bold), measuring a line before
//! drawing it, and fitting untrusted text into a width. A *line* is one run of text on
//! one baseline; text that does not fit is cut and ends with "…".
//!
//! Each character is one glyph of one font, placed by its advance: the font's own
//! character map and horizontal metrics, read with skrifa (the font reader krilla itself
//! uses), then drawn with krilla's `draw_glyphs`. No shaping engine: the report's text is
//! labels, numbers and subjects in Latin, Greek and Cyrillic scripts, where one character
//! is one glyph (kerning and mark positioning are left out, ligatures too). No font
//! fallback: a character DejaVu Sans lacks (most emoji, CJK) is drawn as the font's empty
//! box. Control characters are drawn as spaces, so a subject with a line break stays on
//! its line. (krilla's `simple-text` would shape with rustybuzz, which the RustSec
//! database lists as unmaintained, with its ttf-parser.)

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use skrifa::charmap::Charmap;
use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{FontRef, MetadataProvider};

use crate::ReportError;

static REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// One font: what krilla embeds, and its character map and metrics.
pub(crate) struct Face {
    pub(crate) font: Font,
    charmap: Charmap<'static>,
    metrics: GlyphMetrics<'static>,
    units_per_em: f32,
}

impl Face {
    fn load(data: &'static [u8]) -> Result<Self, ReportError> {
        let font = Font::new(data.into(), 0).ok_or(ReportError::Font)?;
        let font_ref = FontRef::new(data).map_err(|_| ReportError::Font)?;
        let units_per_em = f32::from(font_ref.metrics(Size::unscaled(), LocationRef::default()).units_per_em);
        if units_per_em <= 0.0 {
            return Err(ReportError::Font);
        }
        let charmap = font_ref.charmap();
        let metrics = font_ref.glyph_metrics(Size::unscaled(), LocationRef::default());
        Ok(Self { font, charmap, metrics, units_per_em })
    }

    /// A character's glyph (`.notdef`, the empty box, when the font lacks it) and its
    /// advance in ems.
    fn glyph(&self, c: char) -> (u32, f32) {
        let glyph = self.charmap.map(c).unwrap_or_default();
        (glyph.to_u32(), self.metrics.advance_width(glyph).unwrap_or(0.0) / self.units_per_em)
    }

    /// `text` as glyphs, one per character, each with the byte range it stands for.
    fn glyphs(&self, text: &str) -> Vec<KrillaGlyph> {
        text.char_indices()
            .map(|(at, c)| {
                let (id, advance) = self.glyph(c);
                KrillaGlyph::new(GlyphId::new(id), advance, 0.0, 0.0, 0.0, at..at + c.len_utf8(), None)
            })
            .collect()
    }

    /// The width of `text` at `size` points: the sum of its glyphs' advances, as drawn.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(c)).sum::<f32>() * size
    }

    /// A character's advance in ems; a missing glyph draws as the `.notdef` box.
    fn advance(&self, c: char) -> f32 {
        self.glyph(c).1
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
        let glyphs = self.face.glyphs(text);
        surface.draw_glyphs(Point::from_xy(x, y), &glyphs, self.face.font.clone(), text, self.size, false);
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
