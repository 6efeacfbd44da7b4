//! The report crate through its public API, as the app calls it: evidence made by core
//! and invoices as the provider sends them, rendered to CSV (read back with the csv
//! crate) and to PDF (read back with poppler's `pdftotext`, which must be installed:
//! `apt-get install poppler-utils`).

// A test reports a failure by panicking; helpers outside `#[test]` functions too.
#![allow(clippy::unwrap_used)]

mod credit;
mod csv_export;
mod invoice;
mod pdf_export;
mod sample;
