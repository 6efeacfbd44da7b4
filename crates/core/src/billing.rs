//! Billing as the customer reads it: each invoice with where it stands today (an unpaid
//! invoice past its due date is overdue, whatever the provider last said), overdue ones
//! first; totals per year; and the VAT explained: the rates the provider applies, the
//! customer's country and rate now, the rule they are billed under, and the rate changes
//! their invoices lived through. Pure: the engine brings the cache and the day.

use chrono::{Datelike, NaiveDate};
use clientarea_api::billing::{BillTo, VatRule, vat_rate_on, vat_treatment};
use clientarea_api::{Account, Invoice, InvoiceStatus, VatRate, VatRateList};
use serde::Serialize;

/// An invoice and where it stands on the day it is read.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceView {
    pub invoice: Invoice,
    /// Paid, unpaid, or overdue (unpaid and past its due date).
    pub status: InvoiceStatus,
    /// Whole days since the due date, when overdue.
    pub days_past_due: Option<i64>,
}

/// One year's invoices added up, per currency.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct YearTotal {
    pub year: i32,
    pub currency: String,
    pub count: u32,
    pub net_cents: i64,
    pub vat_cents: i64,
    pub total_cents: i64,
    /// Of the total, what is not paid yet.
    pub unpaid_cents: i64,
}

/// A rate that changed while the customer was billed in that country.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RateChange {
    pub country: String,
    pub from_bp: u32,
    pub to_bp: u32,
    pub on: NaiveDate,
}

/// The VAT the customer pays and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VatOverview {
    /// The country the provider bills from.
    pub seller_country: String,
    /// The billing country on the account (none before the first pull).
    pub country: Option<String>,
    /// The business customer's VAT number, empty for a private customer.
    pub vat_number: String,
    /// The rule a new invoice is billed under today.
    pub rule_now: VatRule,
    /// The rate a new invoice carries today (0 under reverse charge or outside the EU).
    pub rate_now_bp: u32,
    /// The country's own rate today, whatever the rule.
    pub country_rate_bp: Option<u32>,
    /// Each country's rate in force today, by country code.
    pub rates: Vec<VatRate>,
    /// Changes of rate in the countries the customer was billed in, between the first
    /// invoice and today, oldest first.
    pub changes: Vec<RateChange>,
    /// Whether the provider's table came with the last pull (false: not synced yet).
    pub known: bool,
}

/// Everything the invoices view shows.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Billing {
    /// Overdue first (longest overdue first), then unpaid (due soonest first), then paid
    /// (newest first).
    pub invoices: Vec<InvoiceView>,
    /// Newest year first.
    pub years: Vec<YearTotal>,
    pub vat: VatOverview,
}

/// Where `inv` stands on `today`.
pub fn view(inv: &Invoice, today: NaiveDate) -> InvoiceView {
    let past_due = (today - inv.due_on).num_days();
    let status = match inv.status {
        InvoiceStatus::Paid => InvoiceStatus::Paid,
        InvoiceStatus::Overdue => InvoiceStatus::Overdue,
        InvoiceStatus::Unpaid if past_due > 0 => InvoiceStatus::Overdue,
        InvoiceStatus::Unpaid => InvoiceStatus::Unpaid,
    };
    let days_past_due = (status == InvoiceStatus::Overdue).then_some(past_due.max(0));
    InvoiceView { invoice: inv.clone(), status, days_past_due }
}

fn rank(v: &InvoiceView) -> (u8, i64) {
    match v.status {
        InvoiceStatus::Overdue => (0, -v.days_past_due.unwrap_or(0)),
        InvoiceStatus::Unpaid => (1, v.invoice.due_on.num_days_from_ce().into()),
        InvoiceStatus::Paid => (2, -i64::from(v.invoice.issued_on.num_days_from_ce())),
    }
}

pub fn billing(invoices: &[Invoice], table: Option<&VatRateList>, account: Option<&Account>, today: NaiveDate) -> Billing {
    let mut views: Vec<InvoiceView> = invoices.iter().map(|i| view(i, today)).collect();
    views.sort_by(|a, b| rank(a).cmp(&rank(b)).then_with(|| b.invoice.number.cmp(&a.invoice.number)));
    Billing { years: years(&views), vat: vat_overview(invoices, table, account, today), invoices: views }
}

fn years(views: &[InvoiceView]) -> Vec<YearTotal> {
    let mut out: Vec<YearTotal> = Vec::new();
    for v in views {
        let i = &v.invoice;
        let year = i.issued_on.year();
        let at = match out.iter().position(|t| t.year == year && t.currency == i.currency) {
            Some(at) => at,
            None => {
                out.push(YearTotal {
                    year,
                    currency: i.currency.clone(),
                    count: 0,
                    net_cents: 0,
                    vat_cents: 0,
                    total_cents: 0,
                    unpaid_cents: 0,
                });
                out.len() - 1
            }
        };
        let t = &mut out[at];
        t.count += 1;
        t.net_cents = t.net_cents.saturating_add(i.net_cents);
        t.vat_cents = t.vat_cents.saturating_add(i.vat_cents);
        t.total_cents = t.total_cents.saturating_add(i.total_cents);
        if v.status != InvoiceStatus::Paid {
            t.unpaid_cents = t.unpaid_cents.saturating_add(i.total_cents);
        }
    }
    out.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.currency.cmp(&b.currency)));
    out
}

fn vat_overview(invoices: &[Invoice], table: Option<&VatRateList>, account: Option<&Account>, today: NaiveDate) -> VatOverview {
    let rates: &[VatRate] = table.map_or(&[], |t| &t.rates);
    let seller_country = table.map(|t| t.seller_country.clone()).unwrap_or_default();
    let country = account.map(|a| a.country.clone());
    let vat_number = account.map(|a| a.vat_number.clone()).unwrap_or_default();
    let in_table = |c: &str| rates.iter().any(|r| r.country == c);
    let country_rate_bp = country.as_deref().filter(|c| in_table(c)).map(|c| vat_rate_on(rates, c, today));
    let rule_now = match &country {
        Some(c) if table.is_some() => {
            vat_treatment(rates, &seller_country, BillTo { country: c, vat_number: Some(vat_number.as_str()).filter(|n| !n.is_empty()) })
        }
        _ => VatRule::Standard,
    };
    let rate_now_bp = match rule_now {
        VatRule::Standard => country_rate_bp.unwrap_or(0),
        VatRule::ReverseCharge | VatRule::OutsideScope => 0,
    };
    let mut now: Vec<VatRate> =
        rates.iter().filter(|r| r.valid_from <= today && r.valid_until.is_none_or(|u| today < u)).cloned().collect();
    now.sort_by(|a, b| a.country.cmp(&b.country));
    VatOverview {
        seller_country,
        rule_now,
        rate_now_bp,
        country_rate_bp,
        rates: now,
        changes: rate_changes(rates, invoices, country.as_deref(), today),
        country,
        vat_number,
        known: table.is_some(),
    }
}

/// The changes of rate, in each country the customer was billed in (and the billing
/// country now), that took effect after the first of their invoices there and up to
/// `today`.
pub fn rate_changes(rates: &[VatRate], invoices: &[Invoice], country_now: Option<&str>, today: NaiveDate) -> Vec<RateChange> {
    let first = invoices.iter().map(|i| i.issued_on).min();
    let Some(since) = first else { return Vec::new() };
    let mut countries: Vec<&str> = invoices.iter().map(|i| i.country.as_str()).chain(country_now).collect();
    countries.sort_unstable();
    countries.dedup();
    let mut out: Vec<RateChange> = Vec::new();
    for c in countries {
        let mut periods: Vec<&VatRate> = rates.iter().filter(|r| r.country == c).collect();
        periods.sort_by_key(|r| r.valid_from);
        for w in periods.windows(2) {
            let on = w[1].valid_from;
            if on > since && on <= today && w[0].rate_bp != w[1].rate_bp {
                out.push(RateChange { country: c.to_owned(), from_bp: w[0].rate_bp, to_bp: w[1].rate_bp, on });
            }
        }
    }
    out.sort_by(|a, b| a.on.cmp(&b.on).then_with(|| a.country.cmp(&b.country)));
    out
}

/// Why an invoice's alert is raised.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum AlertKind {
    /// The provider issued it.
    New,
    /// Its due date passed unpaid.
    Overdue,
}

impl AlertKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AlertKind::New => "new",
            AlertKind::Overdue => "overdue",
        }
    }
}

/// An invoice to tell the customer about, once.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceAlert {
    pub kind: AlertKind,
    pub invoice: InvoiceView,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clientarea_api::billing::{InvoiceLine, eu_vat_rates, invoice};

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    fn inv(id: &str, country: &str, issued: NaiveDate, status: InvoiceStatus, vat_number: Option<&str>, cents: i64) -> Invoice {
        let lines =
            vec![InvoiceLine { description: "Server".into(), service_id: None, quantity: 1, unit_price_cents: cents, net_cents: cents }];
        let due = issued + chrono::Days::new(14);
        invoice(&eu_vat_rates(), "NL", id, &format!("INV-{id}"), issued, due, status, BillTo { country, vat_number }, lines)
    }

    fn account(country: &str, vat_number: &str) -> Account {
        Account {
            id: "c".into(),
            name: "Customer".into(),
            email: "c@example.com".into(),
            country: country.into(),
            notification_emails: Default::default(),
            vat_number: vat_number.into(),
        }
    }

    fn table() -> VatRateList {
        VatRateList { rates: eu_vat_rates(), seller_country: "NL".into() }
    }

    #[test]
    fn vat_is_the_rate_of_the_day_of_issue_across_a_change() {
        // Finland went from 24 % to 25.5 % on 1 September 2024.
        let before = inv("a", "FI", day(2024, 8, 31), InvoiceStatus::Paid, None, 10_000);
        let after = inv("b", "FI", day(2024, 9, 1), InvoiceStatus::Paid, None, 10_000);
        assert_eq!((before.vat_rate_bp, before.vat_cents, before.total_cents), (2400, 2_400, 12_400));
        assert_eq!((after.vat_rate_bp, after.vat_cents, after.total_cents), (2550, 2_550, 12_550));
        let b = billing(&[before, after], Some(&table()), Some(&account("FI", "")), day(2026, 11, 29));
        assert_eq!(b.vat.changes, [RateChange { country: "FI".into(), from_bp: 2400, to_bp: 2550, on: day(2024, 9, 1) }]);
        assert_eq!((b.vat.rule_now, b.vat.rate_now_bp, b.vat.country_rate_bp), (VatRule::Standard, 2550, Some(2550)));
    }

    #[test]
    fn a_change_before_the_customer_arrived_is_not_theirs() {
        let i = inv("a", "FI", day(2025, 3, 1), InvoiceStatus::Paid, None, 100);
        assert!(rate_changes(&eu_vat_rates(), std::slice::from_ref(&i), Some("FI"), day(2026, 1, 1)).is_empty());
        // Moving to Slovakia brings its history since the first invoice: 20 → 23 % in 2025.
        let got =
            rate_changes(&eu_vat_rates(), &[inv("z", "FI", day(2024, 6, 1), InvoiceStatus::Paid, None, 1)], Some("SK"), day(2026, 1, 1));
        let names: Vec<_> = got.iter().map(|c| (c.country.as_str(), c.from_bp, c.to_bp)).collect();
        assert_eq!(names, [("FI", 2400, 2550), ("SK", 2000, 2300)]);
    }

    #[test]
    fn half_cents_round_away_from_zero() {
        // Spain's 21 %: 0.50 → 0.105 → 0.11; 2.50 → 0.525 → 0.53.
        assert_eq!(inv("a", "ES", day(2026, 1, 1), InvoiceStatus::Paid, None, 50).vat_cents, 11);
        assert_eq!(inv("b", "ES", day(2026, 1, 1), InvoiceStatus::Paid, None, 250).vat_cents, 53);
        assert_eq!(inv("c", "ES", day(2026, 1, 1), InvoiceStatus::Paid, None, 150).vat_cents, 32, "0.315");
    }

    #[test]
    fn a_country_outside_the_table_pays_none() {
        let i = inv("a", "US", day(2026, 5, 1), InvoiceStatus::Paid, None, 10_000);
        assert_eq!((i.vat_rule, i.vat_rate_bp, i.vat_cents, i.total_cents), (VatRule::OutsideScope, 0, 0, 10_000));
        let b = billing(&[i], Some(&table()), Some(&account("US", "")), day(2026, 11, 29));
        assert_eq!((b.vat.rule_now, b.vat.rate_now_bp, b.vat.country_rate_bp), (VatRule::OutsideScope, 0, None));
    }

    #[test]
    fn reverse_charge_needs_a_valid_number_of_another_eu_country() {
        let t = table();
        let now = day(2026, 11, 29);
        let rule = |country: &str, number: &str| billing(&[], Some(&t), Some(&account(country, number)), now).vat;
        assert_eq!((rule("IT", "IT01234567890").rule_now, rule("IT", "IT01234567890").rate_now_bp), (VatRule::ReverseCharge, 0));
        assert_eq!(rule("IT", "IT0123").rule_now, VatRule::Standard, "a malformed number");
        assert_eq!(rule("IT", "DE123456789").rule_now, VatRule::Standard, "another country's number");
        assert_eq!(rule("NL", "NL123456789B01").rule_now, VatRule::Standard, "the seller's own country");
        assert_eq!(rule("IT", "").rate_now_bp, 2200);
        // The invoice itself says so.
        let i = inv("a", "DE", now, InvoiceStatus::Unpaid, Some("DE123456789"), 10_000);
        assert_eq!((i.vat_rule, i.total_cents), (VatRule::ReverseCharge, 10_000));
    }

    #[test]
    fn overdue_comes_first_with_its_days_and_years_add_up() {
        let today = day(2026, 11, 29);
        let paid_old = inv("1", "IT", day(2025, 12, 1), InvoiceStatus::Paid, None, 10_000);
        let paid = inv("2", "IT", day(2026, 9, 1), InvoiceStatus::Paid, None, 10_000);
        // Due 2026-10-15, the provider still says unpaid: overdue by 45 days.
        let late = inv("3", "IT", day(2026, 10, 1), InvoiceStatus::Unpaid, None, 10_000);
        let due = inv("4", "IT", day(2026, 11, 20), InvoiceStatus::Unpaid, None, 10_000);
        let b = billing(&[paid_old, paid, late, due], Some(&table()), Some(&account("IT", "")), today);
        let order: Vec<_> = b.invoices.iter().map(|v| (v.invoice.id.as_str(), v.status, v.days_past_due)).collect();
        assert_eq!(
            order,
            [
                ("3", InvoiceStatus::Overdue, Some(45)),
                ("4", InvoiceStatus::Unpaid, None),
                ("2", InvoiceStatus::Paid, None),
                ("1", InvoiceStatus::Paid, None),
            ]
        );
        let y: Vec<_> = b.years.iter().map(|t| (t.year, t.count, t.total_cents, t.unpaid_cents)).collect();
        assert_eq!(y, [(2026, 3, 36_600, 24_400), (2025, 1, 12_200, 0)]);
        // On its due date it is not overdue yet.
        assert_eq!(view(&b.invoices[1].invoice, day(2026, 12, 4)).status, InvoiceStatus::Unpaid);
        assert_eq!(view(&b.invoices[1].invoice, day(2026, 12, 5)).days_past_due, Some(1));
    }
}
