//! How long the PDF of a busy year takes: 1,000 tickets over 2026 (the tests' sample:
//! realistic subjects, a few promises missed), rendered five times in Italian for
//! Europe/Rome. Prints the median time and the file's size:
//!
//!     cargo run --release -p clientarea-report --example bench_report [-- out.pdf [locale]]
//!
//! With a path, it also writes the PDF there to look at (in `locale`, Italian by default).

use std::time::Instant;

use clientarea_l10n::Localizer;
use clientarea_report::{Options, pdf};

#[path = "../tests/integration/sample.rs"]
mod sample;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let e = sample::year(1000);
    let l10n = Localizer::new();
    let out = std::env::args().nth(1);
    let locale = std::env::args().nth(2).unwrap_or_else(|| "it".to_owned());
    let options = Options { locale: &locale, zone: "Europe/Rome", l10n: &l10n };
    let mut times = Vec::new();
    let mut bytes = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        bytes = pdf(&e, &options)?;
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    if let Some(path) = out {
        std::fs::write(path, &bytes)?;
    }
    times.sort_by(f64::total_cmp);
    println!("BENCH report_1000_tickets_ms {:.0}", times[times.len() / 2]);
    println!("BENCH report_pdf_kib {}", bytes.len().div_ceil(1024));
    Ok(())
}
