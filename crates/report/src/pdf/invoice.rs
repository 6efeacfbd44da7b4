//! An invoice as a PDF: A4 portrait, in the same type and colors as the evidence. The
//! *head* (first page's top) names the provider that issued it and the title, then who
//! it bills (name, e-mail, country, VAT number) beside the invoice's number, dates and
//! status; then the *lines*, one row per invoice line, their header repeated on every
//! page; then the *totals*: net, the VAT and how it was decided (with the legal wording
//! for a reverse charge), and the total. "Page N of M" at the foot of each page.
//!
//! As for the evidence, the pages are laid out before anything is drawn: every row's
//! height and the totals' are known from their wrapped text, so the totals move to a page
//! of their own only when they do not fit under the last line.

use std::ops::Range;

use clientarea_api::{Invoice, InvoiceStatus, VatRule};
use krilla::Document;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::surface::Surface;

use super::text::{Align, BLACK, Color, Fonts, GREY, RED, pen};
use super::{
    BOTTOM, CELL_LINE, CELL_PAD, CELL_SIZE, HEADER_FILL, HEADER_LINE, HEADER_SIZE, INFO_LINE, INFO_SIZE, LEFT, NOTE_SIZE, PAGE_H, PAGE_W,
    RIGHT, STRIPE, TOP, WIDTH, rect,
};
use crate::ReportError;
use crate::invoice::{self, InvoiceParty};
use crate::words::Words;

const PROVIDER_SIZE: f32 = 15.0;
const TITLE_SIZE: f32 = 18.0;
/// From the page's top to the parties' block.
const HEAD: f32 = 40.0;
/// "Billed to" and up to four lines; the details beside it have four.
const PARTY_LINES: usize = 5;
const GAP: f32 = 22.0;
/// Where the invoice's details start, right of the customer.
const DETAILS_X: f32 = LEFT + WIDTH * 0.5;

/// Column widths: description, quantity, unit price, net.
const COLUMNS: [f32; 4] = [WIDTH - 44.0 - 2.0 * 96.0, 44.0, 96.0, 96.0];
const DESCRIPTION_LINES: usize = 3;

/// The totals' labels start here; amounts end at the right margin.
const TOTALS_X: f32 = LEFT + WIDTH * 0.25;
const AMOUNT_WIDTH: f32 = 110.0;
const TOTALS_GAP: f32 = 12.0;
const LEGAL_SIZE: f32 = 8.0;
const LEGAL_LINE: f32 = 10.5;
const LEGAL_LINES: usize = 4;
const TOTAL_SIZE: f32 = 11.0;
const TOTAL_LINE: f32 = 22.0;

fn head_bottom() -> f32 {
    TOP + HEAD + PARTY_LINES as f32 * INFO_LINE + GAP
}

pub(crate) fn render(inv: &Invoice, party: &InvoiceParty, w: &Words<'_>) -> Result<Vec<u8>, ReportError> {
    let fonts = Fonts::load()?;
    let brand = w.text("app-window-title");
    let document_title = w.text_with("report-invoice-document-title", &[("number", inv.number.clone())]);
    let rows = rows(inv, w, &fonts);
    let header: Vec<Vec<String>> =
        ["report-invoice-description", "report-invoice-quantity", "report-invoice-unit-price", "report-invoice-net"]
            .iter()
            .zip(COLUMNS)
            .map(|(id, width)| fonts.bold.wrap(&w.text(id), HEADER_SIZE, width - 2.0 * CELL_PAD, 2))
            .collect();
    let header_height = header.iter().map(Vec::len).max().unwrap_or(1) as f32 * HEADER_LINE + 2.0 * CELL_PAD;
    let totals = Totals::new(inv, w, &fonts);
    let pages = paginate(&rows, head_bottom(), header_height, totals.height);

    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new().title(format!("{document_title}, {}", party.provider)).language(w.locale().to_owned()).creator(brand.clone()),
    );
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).ok_or(ReportError::Pdf("invalid page size".into()))?;
    let count = pages.len();
    for (n, plan) in pages.iter().enumerate() {
        let mut page = doc.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut y = if n == 0 { head(&mut surface, &fonts, w, inv, party) } else { TOP };
        if !plan.rows.is_empty() {
            y = table(&mut surface, &fonts, &header, header_height, &rows[plan.rows.clone()], plan.rows.start, y);
        }
        if plan.totals {
            totals.draw(&mut surface, &fonts, y);
        }
        let footer_y = PAGE_H - 30.0;
        let page_label = w.text_with("report-page", &[("page", w.count(n as u64 + 1)), ("pages", w.count(count as u64))]);
        pen(&fonts.regular, NOTE_SIZE, GREY).draw(&mut surface, RIGHT, footer_y, Align::Right, &page_label);
        let left_label = fonts.regular.fit(&format!("{brand} · {document_title} · {}", party.provider), NOTE_SIZE, WIDTH * 0.7);
        pen(&fonts.regular, NOTE_SIZE, GREY).draw(&mut surface, LEFT, footer_y, Align::Left, &left_label);
        surface.finish();
        page.finish();
    }
    doc.finish().map_err(|err| ReportError::Pdf(err.to_string()))
}

/// Draws the head: the provider and the title, the customer, the invoice's details.
/// Gives the `y` where the lines' table starts.
fn head(surface: &mut Surface<'_>, fonts: &Fonts, w: &Words<'_>, inv: &Invoice, party: &InvoiceParty) -> f32 {
    let title = w.text("report-invoice-title");
    let title = fonts.bold.fit(&title, TITLE_SIZE, WIDTH * 0.4);
    let title_width = fonts.bold.width(&title, TITLE_SIZE);
    pen(&fonts.bold, TITLE_SIZE, BLACK).draw(surface, RIGHT, TOP + TITLE_SIZE, Align::Right, &title);
    let provider = fonts.bold.fit(&party.provider, PROVIDER_SIZE, WIDTH - title_width - 20.0);
    pen(&fonts.bold, PROVIDER_SIZE, BLACK).draw(surface, LEFT, TOP + TITLE_SIZE, Align::Left, &provider);
    let top = TOP + HEAD;

    // Who is billed, left.
    let customer_width = DETAILS_X - LEFT - 16.0;
    let mut y = top;
    pen(&fonts.bold, INFO_SIZE, BLACK).draw(surface, LEFT, y + INFO_SIZE, Align::Left, &w.text("report-invoice-bill-to"));
    y += INFO_LINE;
    let mut customer = vec![party.customer_name.clone(), party.customer_email.clone(), invoice::country(w, &inv.country)];
    if let Some(number) = inv.vat_number.as_deref().filter(|n| !n.trim().is_empty()) {
        customer.push(w.text_with("report-invoice-customer-vat-number", &[("number", number.to_owned())]));
    }
    for line in customer.iter().take(PARTY_LINES - 1) {
        pen(&fonts.regular, INFO_SIZE, BLACK).draw(
            surface,
            LEFT,
            y + INFO_SIZE,
            Align::Left,
            &fonts.regular.fit(line, INFO_SIZE, customer_width),
        );
        y += INFO_LINE;
    }

    // The invoice's details, right.
    let status_color = match inv.status {
        InvoiceStatus::Overdue => RED,
        InvoiceStatus::Paid | InvoiceStatus::Unpaid => BLACK,
    };
    let details: [(String, String, Color); 4] = [
        (w.text("report-invoice-number"), inv.number.clone(), BLACK),
        (w.text("report-invoice-issued"), w.date(inv.issued_on), BLACK),
        (w.text("report-invoice-due"), w.date(inv.due_on), BLACK),
        (w.text("report-invoice-status"), invoice::status(w, inv.status), status_color),
    ];
    let width = RIGHT - DETAILS_X;
    let column = details.iter().map(|(label, _, _)| fonts.bold.width(label, INFO_SIZE)).fold(0.0, f32::max).min(width * 0.5) + 12.0;
    let mut y = top;
    for (label, value, color) in &details {
        pen(&fonts.bold, INFO_SIZE, BLACK).draw(
            surface,
            DETAILS_X,
            y + INFO_SIZE,
            Align::Left,
            &fonts.bold.fit(label, INFO_SIZE, column - 6.0),
        );
        let value = fonts.regular.fit(value, INFO_SIZE, width - column);
        pen(&fonts.regular, INFO_SIZE, *color).draw(surface, DETAILS_X + column, y + INFO_SIZE, Align::Left, &value);
        y += INFO_LINE;
    }
    head_bottom()
}

/// One invoice line, its text fitted to the columns; or the note that there are none.
struct Row {
    description: Vec<String>,
    quantity: String,
    unit_price: String,
    net: String,
    color: Color,
    height: f32,
}

fn rows(inv: &Invoice, w: &Words<'_>, fonts: &Fonts) -> Vec<Row> {
    let inner = |column: usize| COLUMNS[column] - 2.0 * CELL_PAD;
    let fit = |text: String, column: usize| fonts.regular.fit(&text, CELL_SIZE, inner(column));
    let height = |lines: usize| lines.max(1) as f32 * CELL_LINE + 2.0 * CELL_PAD;
    if inv.lines.is_empty() {
        return vec![Row {
            description: vec![fit(w.text("report-invoice-no-lines"), 0)],
            quantity: String::new(),
            unit_price: String::new(),
            net: String::new(),
            color: GREY,
            height: height(1),
        }];
    }
    inv.lines
        .iter()
        .map(|l| {
            let description = fonts.regular.wrap(&l.description, CELL_SIZE, inner(0), DESCRIPTION_LINES);
            Row {
                height: height(description.len()),
                description,
                quantity: fit(w.count(l.quantity.into()), 1),
                unit_price: fit(w.money(l.unit_price_cents, &inv.currency), 2),
                net: fit(w.money(l.net_cents, &inv.currency), 3),
                color: BLACK,
            }
        })
        .collect()
}

/// Draws the table's header and `rows` from `top`; gives the `y` below them.
fn table(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    header: &[Vec<String>],
    header_height: f32,
    rows: &[Row],
    first_index: usize,
    top: f32,
) -> f32 {
    let mut y = top;
    rect(surface, LEFT, y, WIDTH, header_height, HEADER_FILL);
    let mut x = LEFT;
    for (column, (lines, width)) in header.iter().zip(COLUMNS).enumerate() {
        // The description reads from the left, the numbers line up on the right.
        let (at, align) = if column == 0 { (x + CELL_PAD, Align::Left) } else { (x + width - CELL_PAD, Align::Right) };
        for (i, l) in lines.iter().enumerate() {
            pen(&fonts.bold, HEADER_SIZE, BLACK).draw(surface, at, y + CELL_PAD + 7.0 + i as f32 * HEADER_LINE, align, l);
        }
        x += width;
    }
    y += header_height;
    for (i, r) in rows.iter().enumerate() {
        if (first_index + i) % 2 == 1 {
            rect(surface, LEFT, y, WIDTH, r.height, STRIPE);
        }
        let base = y + CELL_PAD + 7.5;
        for (k, l) in r.description.iter().enumerate() {
            pen(&fonts.regular, CELL_SIZE, r.color).draw(surface, LEFT + CELL_PAD, base + k as f32 * CELL_LINE, Align::Left, l);
        }
        let mut right = LEFT + COLUMNS[0];
        for (text, width) in [(&r.quantity, COLUMNS[1]), (&r.unit_price, COLUMNS[2]), (&r.net, COLUMNS[3])] {
            right += width;
            pen(&fonts.regular, CELL_SIZE, r.color).draw(surface, right - CELL_PAD, base, Align::Right, text);
        }
        y += r.height;
    }
    y
}

/// The totals, their text fitted, and the height they take.
struct Totals {
    net: (String, String),
    /// The VAT line's label over as many lines as it needs (at most two), and its amount.
    vat: (Vec<String>, String),
    /// The reverse charge's legal wording, when it applies.
    legal: Vec<String>,
    total: (String, String),
    height: f32,
}

impl Totals {
    fn new(inv: &Invoice, w: &Words<'_>, fonts: &Fonts) -> Self {
        let label_width = RIGHT - TOTALS_X - AMOUNT_WIDTH;
        let money = |cents| w.money(cents, &inv.currency);
        let country = invoice::country(w, &inv.country);
        let vat_label = invoice::vat_line(w, inv.vat_rule, inv.vat_rate_bp, &country);
        let vat =
            (fonts.regular.wrap(&vat_label, INFO_SIZE, label_width, 2), fonts.regular.fit(&money(inv.vat_cents), INFO_SIZE, AMOUNT_WIDTH));
        let legal = match inv.vat_rule {
            VatRule::ReverseCharge => {
                fonts.regular.wrap(&w.text("report-invoice-reverse-charge"), LEGAL_SIZE, RIGHT - TOTALS_X, LEGAL_LINES)
            }
            VatRule::Standard | VatRule::OutsideScope => Vec::new(),
        };
        let height = TOTALS_GAP
            + INFO_LINE
            + vat.0.len() as f32 * INFO_LINE
            + if legal.is_empty() { 0.0 } else { 4.0 + legal.len() as f32 * LEGAL_LINE }
            + 6.0
            + TOTAL_LINE;
        Self {
            net: (
                fonts.regular.fit(&w.text("report-invoice-net-total"), INFO_SIZE, label_width),
                fonts.regular.fit(&money(inv.net_cents), INFO_SIZE, AMOUNT_WIDTH),
            ),
            vat,
            legal,
            total: (
                fonts.bold.fit(&w.text("report-invoice-total"), TOTAL_SIZE, label_width),
                fonts.bold.fit(&money(inv.total_cents), TOTAL_SIZE, AMOUNT_WIDTH),
            ),
            height,
        }
    }

    fn draw(&self, surface: &mut Surface<'_>, fonts: &Fonts, top: f32) {
        let regular = pen(&fonts.regular, INFO_SIZE, BLACK);
        let mut y = top + TOTALS_GAP;
        regular.draw(surface, TOTALS_X, y + INFO_SIZE, Align::Left, &self.net.0);
        regular.draw(surface, RIGHT, y + INFO_SIZE, Align::Right, &self.net.1);
        y += INFO_LINE;
        regular.draw(surface, RIGHT, y + INFO_SIZE, Align::Right, &self.vat.1);
        for l in &self.vat.0 {
            regular.draw(surface, TOTALS_X, y + INFO_SIZE, Align::Left, l);
            y += INFO_LINE;
        }
        if !self.legal.is_empty() {
            y += 4.0;
            for l in &self.legal {
                pen(&fonts.regular, LEGAL_SIZE, BLACK).draw(surface, TOTALS_X, y + LEGAL_SIZE, Align::Left, l);
                y += LEGAL_LINE;
            }
        }
        y += 6.0;
        rect(surface, TOTALS_X, y, RIGHT - TOTALS_X, 0.8, BLACK);
        let bold = pen(&fonts.bold, TOTAL_SIZE, BLACK);
        bold.draw(surface, TOTALS_X, y + 5.0 + TOTAL_SIZE, Align::Left, &self.total.0);
        bold.draw(surface, RIGHT, y + 5.0 + TOTAL_SIZE, Align::Right, &self.total.1);
    }
}

/// What one page holds after the head (first page) or from the top: a run of rows under
/// the repeated header, and the totals on the last page.
struct PagePlan {
    rows: Range<usize>,
    totals: bool,
}

/// Splits the rows into pages, the first under the head; the totals go under the last
/// row, or alone at the top of one more page when they do not fit there.
fn paginate(rows: &[Row], head_bottom: f32, header: f32, totals: f32) -> Vec<PagePlan> {
    let mut pages = Vec::new();
    let mut next = 0;
    let mut top = head_bottom;
    loop {
        let room = BOTTOM - top - header;
        let start = next;
        let mut used = 0.0;
        while let Some(r) = rows.get(next) {
            if used + r.height > room {
                break;
            }
            used += r.height;
            next += 1;
        }
        if next == start && next < rows.len() {
            // A row taller than a page cannot happen (at most three lines); keep going
            // rather than loop for ever.
            next += 1;
        }
        if next < rows.len() {
            pages.push(PagePlan { rows: start..next, totals: false });
            top = TOP;
            continue;
        }
        if used + totals <= room {
            pages.push(PagePlan { rows: start..next, totals: true });
        } else {
            pages.push(PagePlan { rows: start..next, totals: false });
            pages.push(PagePlan { rows: next..next, totals: true });
        }
        return pages;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(height: f32) -> Row {
        Row { description: Vec::new(), quantity: String::new(), unit_price: String::new(), net: String::new(), color: BLACK, height }
    }

    #[test]
    fn totals_follow_the_last_row_or_take_a_page_of_their_own() {
        let header = 20.0;
        let room_first = BOTTOM - head_bottom() - header;
        let few: Vec<Row> = (0..3).map(|_| row(16.0)).collect();
        let pages = paginate(&few, head_bottom(), header, 100.0);
        assert_eq!(pages.len(), 1);
        assert!(pages[0].totals && pages[0].rows == (0..3));

        // Rows that fill the first page exactly: the totals move on.
        let n = (room_first / 16.0) as usize;
        let full: Vec<Row> = (0..n).map(|_| row(16.0)).collect();
        let pages = paginate(&full, head_bottom(), header, 100.0);
        assert_eq!(pages.len(), 2);
        assert_eq!((pages[0].rows.clone(), pages[0].totals), (0..n, false));
        assert_eq!((pages[1].rows.clone(), pages[1].totals), (n..n, true));

        // Many rows: every row on exactly one page, in order, the totals once at the end.
        let many: Vec<Row> = (0..500).map(|i| row(if i % 3 == 0 { 36.0 } else { 16.0 })).collect();
        let pages = paginate(&many, head_bottom(), header, 100.0);
        assert!(pages.len() > 5);
        let mut expected = 0;
        for p in &pages {
            assert_eq!(p.rows.start, expected);
            expected = p.rows.end;
        }
        assert_eq!(expected, 500);
        assert_eq!(pages.iter().filter(|p| p.totals).count(), 1);
        assert!(pages.last().is_some_and(|p| p.totals));
    }
}
