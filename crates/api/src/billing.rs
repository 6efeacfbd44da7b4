//! Invoices and VAT. The VAT on an invoice is the rate of the customer's billing
//! country on the day the invoice was issued, from an effective-dated table that the
//! provider publishes (`GET /v1/vat-rates`). Money is in integer cents; rates are in
//! basis points (2200 = 22 %, 2550 = 25.5 %).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct VatRate {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub rate_bp: u32,
    /// First day the rate applies.
    pub valid_from: NaiveDate,
    /// First day it no longer applies; absent while in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct VatRateList {
    pub rates: Vec<VatRate>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum InvoiceStatus {
    Paid,
    Unpaid,
    Overdue,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct InvoiceLine {
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    pub quantity: u32,
    pub unit_price_cents: i64,
    pub net_cents: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct Invoice {
    pub id: String,
    /// As printed, e.g. `INV-2026-00412`.
    pub number: String,
    pub issued_on: NaiveDate,
    pub due_on: NaiveDate,
    pub status: InvoiceStatus,
    /// The billing country on the day of issue: it decides the VAT.
    pub country: String,
    /// ISO 4217, e.g. `EUR`.
    pub currency: String,
    pub lines: Vec<InvoiceLine>,
    pub net_cents: i64,
    pub vat_rate_bp: u32,
    pub vat_cents: i64,
    pub total_cents: i64,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq, utoipa::ToSchema, ts_rs::TS)]
pub struct InvoiceList {
    pub invoices: Vec<Invoice>,
}

/// The rate in force for `country` on `day`; countries outside the table pay none.
pub fn vat_rate_on(table: &[VatRate], country: &str, day: NaiveDate) -> u32 {
    table.iter().find(|r| r.country == country && r.valid_from <= day && r.valid_until.is_none_or(|u| day < u)).map_or(0, |r| r.rate_bp)
}

/// VAT on `net_cents` at `rate_bp`, rounded half away from zero to the cent.
pub fn vat_cents(net_cents: i64, rate_bp: u32) -> i64 {
    let product = i128::from(net_cents) * i128::from(rate_bp);
    let rounded = if product >= 0 { (product + 5_000) / 10_000 } else { (product - 5_000) / 10_000 };
    i64::try_from(rounded).unwrap_or(i64::MAX)
}

/// Build an invoice from its lines, with the VAT of its country on its day.
#[allow(clippy::too_many_arguments)]
pub fn invoice(
    table: &[VatRate],
    id: &str,
    number: &str,
    issued_on: NaiveDate,
    due_on: NaiveDate,
    status: InvoiceStatus,
    country: &str,
    lines: Vec<InvoiceLine>,
) -> Invoice {
    let net_cents = lines.iter().map(|l| l.net_cents).sum();
    let vat_rate_bp = vat_rate_on(table, country, issued_on);
    let vat_cents = vat_cents(net_cents, vat_rate_bp);
    Invoice {
        id: id.into(),
        number: number.into(),
        issued_on,
        due_on,
        status,
        country: country.into(),
        currency: "EUR".into(),
        lines,
        net_cents,
        vat_rate_bp,
        vat_cents,
        total_cents: net_cents + vat_cents,
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
}

/// Standard EU VAT rates with the changes of recent years (the provider's seed page
/// still shows Finland at 24 %, Slovakia at 20 %, Romania at 19 % and Estonia at 22 %,
/// and no rate for Slovenia). Checked against the member states' published rates as of
/// November 2026.
pub fn eu_vat_rates() -> Vec<VatRate> {
    let since = day(2020, 1, 1);
    let current = |c: &str, bp: u32| VatRate { country: c.into(), rate_bp: bp, valid_from: since, valid_until: None };
    let mut rates: Vec<VatRate> = [
        ("AT", 2000),
        ("BE", 2100),
        ("BG", 2000),
        ("HR", 2500),
        ("CY", 1900),
        ("CZ", 2100),
        ("DK", 2500),
        ("FR", 2000),
        ("DE", 1900),
        ("GR", 2400),
        ("HU", 2700),
        ("IE", 2300),
        ("IT", 2200),
        ("LV", 2100),
        ("LT", 2100),
        ("MT", 1800),
        ("NL", 2100),
        ("PL", 2300),
        ("PT", 2300),
        ("SI", 2200),
        ("ES", 2100),
        ("SE", 2500),
    ]
    .into_iter()
    .map(|(c, bp)| current(c, bp))
    .collect();
    let changed = |c: &str, bp: u32, from: NaiveDate, until: Option<NaiveDate>| VatRate {
        country: c.into(),
        rate_bp: bp,
        valid_from: from,
        valid_until: until,
    };
    rates.extend([
        changed("EE", 2000, since, Some(day(2024, 1, 1))),
        changed("EE", 2200, day(2024, 1, 1), Some(day(2025, 7, 1))),
        changed("EE", 2400, day(2025, 7, 1), None),
        changed("FI", 2400, since, Some(day(2024, 9, 1))),
        changed("FI", 2550, day(2024, 9, 1), None),
        changed("LU", 1700, since, Some(day(2023, 1, 1))),
        changed("LU", 1600, day(2023, 1, 1), Some(day(2024, 1, 1))),
        changed("LU", 1700, day(2024, 1, 1), None),
        changed("RO", 1900, since, Some(day(2025, 8, 1))),
        changed("RO", 2100, day(2025, 8, 1), None),
        changed("SK", 2000, since, Some(day(2025, 1, 1))),
        changed("SK", 2300, day(2025, 1, 1), None),
    ]);
    rates.sort_by(|a, b| (a.country.as_str(), a.valid_from).cmp(&(b.country.as_str(), b.valid_from)));
    rates
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_follow_their_dates() {
        let t = eu_vat_rates();
        assert_eq!(vat_rate_on(&t, "IT", day(2026, 11, 1)), 2200);
        assert_eq!(vat_rate_on(&t, "FI", day(2024, 8, 31)), 2400);
        assert_eq!(vat_rate_on(&t, "FI", day(2024, 9, 1)), 2550);
        assert_eq!(vat_rate_on(&t, "EE", day(2025, 6, 30)), 2200);
        assert_eq!(vat_rate_on(&t, "EE", day(2025, 7, 1)), 2400);
        assert_eq!(vat_rate_on(&t, "SK", day(2025, 1, 1)), 2300);
        assert_eq!(vat_rate_on(&t, "RO", day(2025, 8, 1)), 2100);
        assert_eq!(vat_rate_on(&t, "SI", day(2026, 1, 1)), 2200, "the seed page leaves Slovenia blank");
        assert_eq!(vat_rate_on(&t, "US", day(2026, 1, 1)), 0);
        // No gaps and no overlaps per country.
        for w in t.windows(2) {
            if w[0].country == w[1].country {
                assert_eq!(w[0].valid_until, Some(w[1].valid_from), "{w:?}");
            }
        }
    }

    #[test]
    fn vat_is_rounded_to_the_cent() {
        assert_eq!(vat_cents(10_000, 2200), 2_200);
        assert_eq!(vat_cents(1_999, 2550), 510); // 509.745
        assert_eq!(vat_cents(1, 2200), 0); // 0.22
        assert_eq!(vat_cents(3, 1900), 1); // 0.57
        assert_eq!(vat_cents(-1_999, 2550), -510);
        let inv = invoice(
            &eu_vat_rates(),
            "i1",
            "INV-1",
            day(2026, 10, 1),
            day(2026, 10, 15),
            InvoiceStatus::Paid,
            "DE",
            vec![InvoiceLine { description: "VPS".into(), service_id: None, quantity: 1, unit_price_cents: 2_490, net_cents: 2_490 }],
        );
        assert_eq!((inv.vat_rate_bp, inv.vat_cents, inv.total_cents), (1900, 473, 2_963));
    }
}
