//! The provider's office calendar: the days its office teams do not work. The desk reads
//! it to know when a team is on shift, and the support structure publishes it to clients.

/// Days the office teams do not work.
pub fn holidays() -> Vec<clientarea_api::Holiday> {
    [(2026, 12, 25, "Christmas Day"), (2026, 12, 26, "St. Stephen's Day"), (2027, 1, 1, "New Year's Day")]
        .into_iter()
        .filter_map(|(y, m, d, name)| Some(clientarea_api::Holiday { date: chrono::NaiveDate::from_ymd_opt(y, m, d)?, name: name.into() }))
        .collect()
}
