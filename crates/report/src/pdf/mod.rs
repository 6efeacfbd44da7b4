//! The evidence as a PDF: A4 portrait. The *cover* (first page's top) names the account,
//! the provider, the period, the zone and the promises, sums them up and draws the chart;
//! then the *table*, one row per ticket, its header repeated on every page, "Page N of M"
//! at the foot of each. Missed promises are in red.
//!
//! The pages are laid out first (row heights are known before drawing: every cell is
//! a fixed number of single lines), so the page count is known when the first footer is
//! drawn.

mod chart;
pub(crate) mod invoice;
mod text;

use std::ops::Range;

use chrono::{Datelike, Offset, Timelike};
use clientarea_core::Sla;
use clientarea_core::evidence::{Evidence, EvidenceRow, PromiseOutcome, ResponseTimes};
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::Rect;
use krilla::metadata::{DateTime as PdfDateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;

use self::text::{Align, BLACK, Color, Face, Fonts, GREY, RED, pen};
use crate::ReportError;
use crate::words::Words;

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const LEFT: f32 = 42.0;
const RIGHT: f32 = PAGE_W - 42.0;
const WIDTH: f32 = RIGHT - LEFT;
const TOP: f32 = 48.0;
/// Content stops here; the footer is below.
const BOTTOM: f32 = PAGE_H - 52.0;

const INFO_SIZE: f32 = 9.0;
const INFO_LINE: f32 = 13.0;
const HEADING: f32 = 12.0;

const CELL_SIZE: f32 = 8.0;
const NOTE_SIZE: f32 = 7.0;
const NOTE_LINE: f32 = 9.0;
const NOTE_GAP: f32 = 4.0;
const TABLE_TITLE: f32 = 20.0;
const CELL_LINE: f32 = 10.0;
const CELL_PAD: f32 = 3.0;
const HEADER_SIZE: f32 = 7.5;
const HEADER_LINE: f32 = 9.0;

/// Column widths: number, created, subject, acknowledgment, first response.
const COLUMNS: [f32; 5] = [50.0, 90.0, WIDTH - 50.0 - 90.0 - 2.0 * 106.0, 106.0, 106.0];
const STRIPE: Color = (0xf3, 0xf5, 0xf8);
const HEADER_FILL: Color = (0xe4, 0xe8, 0xee);

pub(crate) fn render(e: &Evidence, w: &Words<'_>) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let title = w.text("report-title");
    let brand = w.text("app-window-title");
    let rows: Vec<Row> = e.rows.iter().map(|r| Row::new(r, w, &fonts)).collect();
    let header: Vec<Vec<String>> =
        ["report-table-number", "report-table-created", "report-table-subject", "report-table-ack", "report-table-first"]
            .iter()
            .zip(COLUMNS)
            .map(|(id, width)| fonts.bold.wrap(&w.text(id), HEADER_SIZE, width - 2.0 * CELL_PAD, 2))
            .collect();
    let header_height = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * HEADER_LINE + 2.0 * CELL_PAD;
    let note = if e.rows.iter().any(|r| r.acknowledgment.observed_at.is_some() || r.first_response.observed_at.is_some()) {
        fonts.regular.wrap(&w.text("report-observed-note"), NOTE_SIZE, WIDTH, 3)
    } else {
        Vec::new()
    };
    let table_heading = TABLE_TITLE + note.len() as f32 * NOTE_LINE + if note.is_empty() { 0.0 } else { NOTE_GAP };
    let pages = paginate(&rows, cover_bottom(), table_heading, header_height);

    let mut doc = Document::new();
    let period = w.period(e.from, e.to);
    let generated = w.local(e.generated_at);
    let offset = generated.offset().fix().local_minus_utc();
    doc.set_metadata(
        Metadata::new()
            .title(format!("{title}: {}, {period}", e.provider))
            .language(w.locale().to_owned())
            .creator(brand.clone())
            .creation_date(
                PdfDateTime::new(generated.year().clamp(0, 9999) as u16)
                    .month(generated.month() as u8)
                    .day(generated.day() as u8)
                    .hour(generated.hour() as u8)
                    .minute(generated.minute() as u8)
                    .second(generated.second() as u8)
                    .utc_offset_hour((offset / 3600) as i8)
                    .utc_offset_minute((offset.abs() / 60 % 60) as u8),
            ),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(ReportError::Pdf("invalid page size".into()))?;
    let count = pages.len();
    for (n, plan) in pages.iter().enumerate() {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        if plan.cover {
            let bottom = cover(&mut surface, &fonts, w, e, &title, &period);
            debug_assert_eq!(bottom, cover_bottom(), "pagination knows where the cover ends");
        }
        if let Some(part) = &plan.table {
            let mut y = part.top;
            if part.heading {
                pen(&fonts.bold, HEADING, BLACK).draw(&mut surface, LEFT, y + HEADING, Align::Left, &w.text("report-table-heading"));
                y += TABLE_TITLE;
                for l in &note {
                    pen(&fonts.regular, NOTE_SIZE, GREY).draw(&mut surface, LEFT, y + NOTE_SIZE, Align::Left, l);
                    y += NOTE_LINE;
                }
                y += if note.is_empty() { 0.0 } else { NOTE_GAP };
            }
            if rows.is_empty() {
                pen(&fonts.regular, INFO_SIZE, GREY).draw(&mut surface, LEFT, y + INFO_SIZE, Align::Left, &w.text("report-empty"));
            } else {
                table(&mut surface, &fonts, &header, header_height, &rows[part.rows.clone()], part.rows.start, y);
            }
        }
        let footer_y = PAGE_H - 30.0;
        let page_label = w.text_with("report-page", &[("page", w.count(n as u64 + 1)), ("pages", w.count(count as u64))]);
        pen(&fonts.regular, NOTE_SIZE, GREY).draw(&mut surface, RIGHT, footer_y, Align::Right, &page_label);
        let left_label = fonts.regular.fit(&format!("{brand} · {title} · {}", e.email), NOTE_SIZE, WIDTH * 0.7);
        pen(&fonts.regular, NOTE_SIZE, GREY).draw(&mut surface, LEFT, footer_y, Align::Left, &left_label);
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|err| ReportError::Pdf(err.to_string()))
}

/// What one page holds.
struct PagePlan {
    cover: bool,
    table: Option<TablePart>,
}

struct TablePart {
    /// The table's heading and note go first (its first page).
    heading: bool,
    top: f32,
    rows: Range<usize>,
}

/// Splits the rows into pages: the first under the cover when at least three rows fit
/// there, the others from the top.
fn paginate(rows: &[Row], cover_bottom: f32, heading: f32, header: f32) -> Vec<PagePlan> {
    let mut pages = Vec::new();
    let mut next = 0;
    let mut cover = true;
    let mut first = true;
    loop {
        let top = if cover { cover_bottom } else { TOP };
        let room = BOTTOM - top - if first { heading } else { 0.0 } - header;
        let start = next;
        let mut used = 0.0;
        while let Some(r) = rows.get(next) {
            if used + r.height > room {
                break;
            }
            used += r.height;
            next += 1;
        }
        if cover && next - start < rows.len().min(3) {
            pages.push(PagePlan { cover: true, table: None });
            cover = false;
            next = start;
            continue;
        }
        if next == start && next < rows.len() {
            // A row taller than a page cannot happen (cells are at most three lines); keep
            // going rather than loop for ever.
            next += 1;
        }
        pages.push(PagePlan { cover, table: Some(TablePart { heading: first, top, rows: start..next }) });
        cover = false;
        first = false;
        if next >= rows.len() {
            return pages;
        }
    }
}

/// The cover's layout, shared by drawing and pagination.
const TITLE_BLOCK: f32 = 32.0;
const INFO_LINES: usize = 6;
const SUMMARY_LINES: usize = 6;
const HEADING_BLOCK: f32 = 20.0;
const CHART_TITLE: f32 = 22.0;
const GAP: f32 = 14.0;

fn cover_bottom() -> f32 {
    TOP + TITLE_BLOCK
        + INFO_LINES as f32 * INFO_LINE
        + GAP
        + HEADING_BLOCK
        + SUMMARY_LINES as f32 * INFO_LINE
        + GAP
        + CHART_TITLE
        + chart::HEIGHT
        + GAP
}

/// Draws the cover; gives the `y` where it ends.
fn cover(surface: &mut Surface<'_>, fonts: &Fonts, w: &Words<'_>, e: &Evidence, title: &str, period: &str) -> f32 {
    let mut y = TOP;
    pen(&fonts.bold, 18.0, BLACK).draw(surface, LEFT, y + 18.0, Align::Left, &fonts.bold.fit(title, 18.0, WIDTH));
    y += TITLE_BLOCK;

    let promises = w.text_with(
        "report-promises-value",
        &[("ack", w.duration(e.acknowledge_within_secs)), ("first", w.duration(e.first_response_within_secs))],
    );
    let info: [(&'static str, String); INFO_LINES] = [
        ("report-account", e.email.clone()),
        ("report-provider", e.provider.clone()),
        ("report-period", period.to_owned()),
        ("report-time-zone", w.zone_name().to_owned()),
        ("report-generated", w.date_time(e.generated_at)),
        ("report-promises", promises),
    ];
    y = labelled(surface, fonts, y, &info.map(|(label, value)| (w.text(label), value, BLACK)));
    y += GAP;

    pen(&fonts.bold, HEADING, BLACK).draw(surface, LEFT, y + HEADING, Align::Left, &w.text("report-summary-heading"));
    y += HEADING_BLOCK;
    let s = &e.summary;
    let percent = if s.promises == 0 { 100.0 } else { f64::from(s.kept) * 100.0 / f64::from(s.promises) };
    let times = |t: ResponseTimes| match (t.median_secs, t.worst_secs) {
        (Some(median), Some(worst)) => w.text_with("report-summary-times", &[("median", w.duration(median)), ("worst", w.duration(worst))]),
        _ => w.text("report-summary-no-times"),
    };
    let open = (u64::from(s.tickets) * 2).saturating_sub(u64::from(s.promises));
    let summary: [(&'static str, String, Color); SUMMARY_LINES] = [
        ("report-summary-tickets", w.count(s.tickets.into()), BLACK),
        (
            "report-summary-kept",
            w.text_with(
                "report-summary-kept-value",
                &[("kept", w.count(s.kept.into())), ("promises", w.count(s.promises.into())), ("percent", w.decimal1(percent))],
            ),
            BLACK,
        ),
        ("report-summary-missed", w.count(s.missed.into()), if s.missed > 0 { RED } else { BLACK }),
        ("report-summary-open", w.count(open), BLACK),
        ("report-summary-ack", times(s.acknowledgment), BLACK),
        ("report-summary-first", times(s.first_response), BLACK),
    ];
    y = labelled(surface, fonts, y, &summary.map(|(label, value, color)| (w.text(label), value, color)));
    y += GAP;

    pen(&fonts.bold, HEADING, BLACK).draw(surface, LEFT, y + HEADING, Align::Left, &w.text("report-chart-heading"));
    y += CHART_TITLE;
    chart::draw(surface, fonts, w, e, LEFT, y, WIDTH);
    y + chart::HEIGHT + GAP
}

/// A block of "label  value" lines from `y`, the labels' column as wide as the longest
/// (up to 45% of the page); gives the `y` below it.
fn labelled(surface: &mut Surface<'_>, fonts: &Fonts, mut y: f32, lines: &[(String, String, Color)]) -> f32 {
    let column = lines.iter().map(|(label, _, _)| fonts.bold.width(label, INFO_SIZE)).fold(0.0, f32::max).min(WIDTH * 0.45) + 14.0;
    for (label, value, color) in lines {
        pen(&fonts.bold, INFO_SIZE, BLACK).draw(surface, LEFT, y + INFO_SIZE, Align::Left, &fonts.bold.fit(label, INFO_SIZE, column - 8.0));
        pen(&fonts.regular, INFO_SIZE, *color).draw(
            surface,
            LEFT + column,
            y + INFO_SIZE,
            Align::Left,
            &fonts.regular.fit(value, INFO_SIZE, WIDTH - column),
        );
        y += INFO_LINE;
    }
    y
}

/// One line of a cell.
struct CellLine {
    text: String,
    color: Color,
    small: bool,
}

/// A ticket's row, its text fitted to the columns.
struct Row {
    number: String,
    created: String,
    subject: String,
    ack: Vec<CellLine>,
    first: Vec<CellLine>,
    height: f32,
}

impl Row {
    fn new(r: &EvidenceRow, w: &Words<'_>, fonts: &Fonts) -> Self {
        let inner = |column: usize| COLUMNS[column] - 2.0 * CELL_PAD;
        let number = w.text_with("tickets-number", &[("number", r.number.to_string())]);
        let ack = outcome(&r.acknowledgment, r, w, &fonts.regular, inner(3));
        let first = outcome(&r.first_response, r, w, &fonts.regular, inner(4));
        let lines = ack.len().max(first.len()).max(1);
        Self {
            number: fonts.regular.fit(&number, CELL_SIZE, inner(0)),
            created: fonts.regular.fit(&w.date_time(r.created_at), CELL_SIZE, inner(1)),
            subject: fonts.regular.fit(&r.subject, CELL_SIZE, inner(2)),
            ack,
            first,
            height: lines as f32 * CELL_LINE + 2.0 * CELL_PAD,
        }
    }
}

/// A promise's cell: how long it took (red when late), by how much it was missed, and
/// when this app saw it where that differs.
fn outcome(o: &PromiseOutcome, r: &EvidenceRow, w: &Words<'_>, face: &Face, width: f32) -> Vec<CellLine> {
    let mut lines = Vec::new();
    let mut push = |text: String, color: Color, small: bool| {
        let size = if small { NOTE_SIZE } else { CELL_SIZE };
        lines.push(CellLine { text: face.fit(&text, size, width), color, small });
    };
    match o.state {
        Sla::Met => push(o.took_secs.map(|s| w.duration(s)).unwrap_or_default(), BLACK, false),
        Sla::Late => push(o.took_secs.map(|s| w.duration(s)).unwrap_or_default(), RED, false),
        Sla::Overdue => push(w.text("report-not-answered"), RED, false),
        Sla::Due => push(w.text("report-still-due"), GREY, false),
    }
    if let Some(late) = o.late_by_secs.filter(|_| o.missed()) {
        push(w.text_with("report-missed-by", &[("duration", w.duration(late))]), RED, false);
    }
    if let Some(seen) = o.observed_at {
        let (local, created) = (w.local(seen), w.local(r.created_at));
        let time = if local.date_naive() == created.date_naive() {
            format!("{}:{:02}", w.time(local.time()), local.second())
        } else {
            w.text_with("report-date-time", &[("date", w.short_date(local.date_naive())), ("time", w.time(local.time()))])
        };
        push(w.text_with("report-observed", &[("time", time)]), GREY, true);
    }
    lines
}

fn table(surface: &mut Surface<'_>, fonts: &Fonts, header: &[Vec<String>], header_height: f32, rows: &[Row], first_index: usize, top: f32) {
    let mut y = top;
    rect(surface, LEFT, y, WIDTH, header_height, HEADER_FILL);
    let mut x = LEFT;
    for (lines, width) in header.iter().zip(COLUMNS) {
        for (i, l) in lines.iter().enumerate() {
            pen(&fonts.bold, HEADER_SIZE, BLACK).draw(surface, x + CELL_PAD, y + CELL_PAD + 7.0 + i as f32 * HEADER_LINE, Align::Left, l);
        }
        x += width;
    }
    y += header_height;
    for (i, r) in rows.iter().enumerate() {
        if (first_index + i) % 2 == 1 {
            rect(surface, LEFT, y, WIDTH, r.height, STRIPE);
        }
        let base = y + CELL_PAD + 7.5;
        let mut x = LEFT + CELL_PAD;
        for (text, width) in [(&r.number, COLUMNS[0]), (&r.created, COLUMNS[1]), (&r.subject, COLUMNS[2])] {
            pen(&fonts.regular, CELL_SIZE, BLACK).draw(surface, x, base, Align::Left, text);
            x += width;
        }
        for (cell, width) in [(&r.ack, COLUMNS[3]), (&r.first, COLUMNS[4])] {
            for (k, l) in cell.iter().enumerate() {
                let size = if l.small { NOTE_SIZE } else { CELL_SIZE };
                pen(&fonts.regular, size, l.color).draw(surface, x, base + k as f32 * CELL_LINE, Align::Left, &l.text);
            }
            x += width;
        }
        y += r.height;
    }
}

fn rect(surface: &mut Surface<'_>, x: f32, y: f32, width: f32, height: f32, (r, g, b): Color) {
    let Some(area) = Rect::from_xywh(x, y, width, height) else { return };
    let mut p = krilla::geom::PathBuilder::new();
    p.push_rect(area);
    let Some(path) = p.finish() else { return };
    surface.set_stroke(None);
    surface.set_fill(Some(Fill { paint: rgb::Color::new(r, g, b).into(), ..Default::default() }));
    surface.draw_path(&path);
}
