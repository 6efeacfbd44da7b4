//! The chart of the PDF's first page: each ticket's acknowledgment and first-response
//! time (minutes, up the page) against when it was opened (across the period), with
//! dashed lines at the two promises. All vector paths, one per series and shape.
//!
//! The *top* of the chart is at least 15 minutes and 5 past the longer promise, grows to
//! fit the slowest answer, and stops at half an hour: a time above the top, or a promise never
//! answered (overdue), is drawn as a triangle on the top edge.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};
use clientarea_core::Sla;
use clientarea_core::evidence::{Evidence, PromiseOutcome};
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;

use super::text::{Align, Color, Fonts, GREY, pen};
use crate::words::Words;

pub(crate) const ACK: Color = (0x1f, 0x5f, 0xbf);
pub(crate) const FIRST: Color = (0xd0, 0x6d, 0x10);
const GRID: Color = (0xdd, 0xdd, 0xdd);
const AXIS: Color = (0x99, 0x99, 0x99);

/// The plot's height; below it the date labels and the legend.
const PLOT: f32 = 170.0;
/// The whole block: plot, date labels, legend.
pub(crate) const HEIGHT: f32 = PLOT + 34.0;
const LABEL: f32 = 7.0;
const MARK: f32 = 1.9;

/// Where a point goes: at its time, or on the top edge.
enum Mark {
    At(i64),
    Top,
}

/// The chart's view of one promise: nothing for a promise still in time.
fn mark(o: &PromiseOutcome, top_secs: i64) -> Option<Mark> {
    match (o.state, o.took_secs) {
        (Sla::Due, _) => None,
        (Sla::Overdue, _) => Some(Mark::Top),
        (_, Some(took)) if took > top_secs => Some(Mark::Top),
        (_, Some(took)) => Some(Mark::At(took.max(0))),
        (_, None) => None,
    }
}

/// The top of the chart in whole minutes, for the slowest answer and the longer promise
/// (in seconds): a multiple of 5.
fn top_minutes(slowest_secs: i64, promise_secs: i64) -> i64 {
    let floor = ((promise_secs / 60 + 5).max(15) + 4) / 5 * 5;
    let fit = (slowest_secs.max(0) + 299) / 300 * 5;
    fit.clamp(floor, floor.max(30))
}

pub(crate) fn draw(surface: &mut Surface<'_>, fonts: &Fonts, w: &Words<'_>, e: &Evidence, x: f32, y: f32, width: f32) {
    let slowest = e.rows.iter().flat_map(|r| [&r.acknowledgment, &r.first_response]).filter_map(|o| o.took_secs).max();
    let top_min = top_minutes(slowest.unwrap_or(0), e.first_response_within_secs.max(e.acknowledge_within_secs));
    let top_secs = top_min * 60;
    let (left, right, top, bottom) = (x + 26.0, x + width - 2.0, y + 4.0, y + PLOT);
    let span = (e.to - e.from).num_seconds().max(1) as f32;
    let px = |t: DateTime<Utc>| left + ((t - e.from).num_seconds() as f32 / span).clamp(0.0, 1.0) * (right - left);
    let py = |secs: i64| bottom - (secs as f32 / top_secs as f32).clamp(0.0, 1.0) * (bottom - top);

    // Grid and minute labels.
    let step = if top_min <= 30 { 5 } else { 10 };
    let mut grid = PathBuilder::new();
    for m in (0..=top_min).step_by(step as usize) {
        let gy = py(m * 60);
        grid.move_to(left, gy);
        grid.line_to(right, gy);
        pen(&fonts.regular, LABEL, GREY).draw(surface, left - 4.0, gy + 2.5, Align::Right, &w.count(m as u64));
    }
    pen(&fonts.regular, LABEL, GREY).draw(surface, left - 4.0, top - 6.0, Align::Right, &w.text("report-chart-minutes"));
    stroke(surface, grid, GRID, 0.5, None);

    // Date ticks along the bottom.
    let mut ticks = PathBuilder::new();
    let ticks_at = date_ticks(e, w, (right - left) / 34.0);
    for (t, label) in &ticks_at {
        let tx = px(*t);
        ticks.move_to(tx, bottom);
        ticks.line_to(tx, bottom + 3.0);
        let half = fonts.regular.width(label, LABEL) / 2.0;
        let lx = (tx - half).clamp(left - 10.0, right - 2.0 * half);
        pen(&fonts.regular, LABEL, GREY).draw(surface, lx, bottom + 11.0, Align::Left, label);
    }
    let mut axes = PathBuilder::new();
    axes.move_to(left, top);
    axes.line_to(left, bottom);
    axes.line_to(right, bottom);
    stroke(surface, axes, AXIS, 0.7, None);
    stroke(surface, ticks, AXIS, 0.7, None);

    // The points: acknowledgment as circles, first response as squares.
    let mut ack = (PathBuilder::new(), PathBuilder::new());
    let mut first = (PathBuilder::new(), PathBuilder::new());
    for r in &e.rows {
        let cx = px(r.created_at);
        for (o, paths, shape) in [(&r.acknowledgment, &mut ack, circle as Shape), (&r.first_response, &mut first, square as Shape)] {
            match mark(o, top_secs) {
                Some(Mark::At(secs)) => shape(&mut paths.0, cx, py(secs), MARK),
                Some(Mark::Top) => triangle(&mut paths.1, cx, top, MARK * 1.3),
                None => {}
            }
        }
    }
    for ((points, over), color) in [(first, FIRST), (ack, ACK)] {
        fill_path(surface, points, color, 0.7);
        fill_path(surface, over, color, 0.9);
    }

    // The promises, dashed, labelled at their right end.
    for (secs, color, id) in
        [(e.acknowledge_within_secs, ACK, "report-chart-ack-promise"), (e.first_response_within_secs, FIRST, "report-chart-first-promise")]
    {
        let ly = py(secs);
        let mut p = PathBuilder::new();
        p.move_to(left, ly);
        p.line_to(right, ly);
        stroke(surface, p, color, 0.8, Some(vec![4.0, 2.5]));
        let label = w.text_with(id, &[("duration", w.duration(secs))]);
        let label = fonts.regular.fit(&label, LABEL, (right - left) / 2.0);
        // On a white ground, so the points under it do not hide it.
        let label_width = fonts.regular.width(&label, LABEL);
        let mut ground = PathBuilder::new();
        if let Some(area) = Rect::from_xywh(right - label_width - 4.0, ly - 10.0, label_width + 4.0, 9.0) {
            ground.push_rect(area);
        }
        fill_path(surface, ground, (0xff, 0xff, 0xff), 0.85);
        pen(&fonts.regular, LABEL, color).draw(surface, right - 2.0, ly - 2.5, Align::Right, &label);
    }

    // The legend.
    let ly = bottom + 27.0;
    let mut lx = left;
    let items = [
        (w.text("report-chart-ack"), ACK, circle as Shape),
        (w.text("report-chart-first"), FIRST, square as Shape),
        (w.text_with("report-chart-clipped", &[("duration", w.duration(top_secs))]), GREY, triangle as Shape),
    ];
    for (label, color, shape) in items {
        let mut p = PathBuilder::new();
        shape(&mut p, lx + MARK, ly - 2.5, MARK * 1.3);
        fill_path(surface, p, color, 1.0);
        let label = fonts.regular.fit(&label, LABEL + 0.5, right - lx - 8.0);
        pen(&fonts.regular, LABEL + 0.5, GREY).draw(surface, lx + 7.0, ly, Align::Left, &label);
        lx += 7.0 + fonts.regular.width(&label, LABEL + 0.5) + 14.0;
    }
}

/// Local midnights inside the period to mark: every day, Monday or first of the month,
/// whichever gives at most `most` labels (then every other one, and so on).
fn date_ticks(e: &Evidence, w: &Words<'_>, most: f32) -> Vec<(DateTime<Utc>, String)> {
    let (first, last) = (w.local(e.from).date_naive(), w.local(e.to).date_naive());
    let days: Vec<NaiveDate> = first.iter_days().take_while(|d| *d <= last).take(40_000).collect();
    let rules: [fn(&NaiveDate) -> bool; 3] = [|_| true, |d| d.weekday() == Weekday::Mon, |d| d.day() == 1];
    let most = most.max(2.0) as usize;
    let inside = |d: &NaiveDate| {
        let t = w.zone.from_local_datetime(&d.and_time(NaiveTime::MIN)).earliest()?.with_timezone(&Utc);
        (t >= e.from && t <= e.to).then_some(t)
    };
    let mut chosen: Vec<(DateTime<Utc>, NaiveDate)> = Vec::new();
    for rule in rules {
        chosen = days.iter().filter(|d| rule(d)).filter_map(|d| inside(d).map(|t| (t, *d))).collect();
        if chosen.len() <= most {
            break;
        }
    }
    let every = chosen.len().div_ceil(most).max(1);
    chosen.into_iter().step_by(every).map(|(t, d)| (t, w.short_date(d))).collect()
}

type Shape = fn(&mut PathBuilder, f32, f32, f32);

fn circle(p: &mut PathBuilder, cx: f32, cy: f32, r: f32) {
    // Four cubic arcs; k is the usual 4/3 (sqrt 2 - 1).
    let k = 0.552_284_8 * r;
    p.move_to(cx + r, cy);
    p.cubic_to(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
    p.cubic_to(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
    p.cubic_to(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
    p.cubic_to(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    p.close();
}

fn square(p: &mut PathBuilder, cx: f32, cy: f32, r: f32) {
    let r = r * 0.9;
    if let Some(rect) = Rect::from_xywh(cx - r, cy - r, 2.0 * r, 2.0 * r) {
        p.push_rect(rect);
    }
}

/// Pointing up: "more than this".
fn triangle(p: &mut PathBuilder, cx: f32, cy: f32, r: f32) {
    p.move_to(cx, cy - r);
    p.line_to(cx + r, cy + r * 0.8);
    p.line_to(cx - r, cy + r * 0.8);
    p.close();
}

fn fill_path(surface: &mut Surface<'_>, p: PathBuilder, (r, g, b): Color, opacity: f32) {
    let Some(path) = p.finish() else { return };
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::new(opacity).unwrap_or(NormalizedF32::ONE),
        ..Default::default()
    }));
    surface.draw_path(&path);
}

pub(crate) fn stroke(surface: &mut Surface<'_>, p: PathBuilder, (r, g, b): Color, width: f32, dash: Option<Vec<f32>>) {
    let Some(path) = p.finish() else { return };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: rgb::Color::new(r, g, b).into(),
        width,
        dash: dash.map(|array| StrokeDash { array, offset: 0.0 }),
        ..Default::default()
    }));
    surface.draw_path(&path);
    surface.set_stroke(None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_fits_the_slowest_answer_between_15_and_30_minutes() {
        assert_eq!(top_minutes(0, 600), 15);
        assert_eq!(top_minutes(16 * 60, 600), 20);
        assert_eq!(top_minutes(20 * 60, 600), 20);
        assert_eq!(top_minutes(5 * 3600, 600), 30);
        assert_eq!(top_minutes(0, 3600), 65, "the promise line stays on the chart");
    }

    #[test]
    fn times_above_the_top_and_unanswered_promises_go_on_the_top_edge() {
        let o = |took: Option<i64>, state| PromiseOutcome {
            due_at: Utc::now(),
            done_at: None,
            observed_at: None,
            took_secs: took,
            late_by_secs: None,
            state,
        };
        assert!(matches!(mark(&o(Some(61), Sla::Met), 900), Some(Mark::At(61))));
        assert!(matches!(mark(&o(Some(901), Sla::Late), 900), Some(Mark::Top)));
        assert!(matches!(mark(&o(None, Sla::Overdue), 900), Some(Mark::Top)));
        assert!(mark(&o(None, Sla::Due), 900).is_none());
    }
}
