//! The scripted support desk: what makes the reference provider behave like the
//! provider's own. On the server's clock it answers every new ticket within the
//! 10-minute promise (after 3 minutes), states an estimate by kind of issue, escalates
//! by the rules of the support pages (server and VPS problems to the system
//! administrators, refunds and payment problems to the billing team, on-site work to
//! the data center technicians in the data center's own time), gives regular updates,
//! and resolves the ticket when the team in charge has worked on it, only within that
//! team's hours.
//!
//! `tick(now)` does whatever is due at `now` and is idempotent; a background task calls
//! it every second, and moving the clock through the admin API calls it at once, so a
//! test sees the effect of a clock move as soon as the move returns.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use clientarea_api::support::{CET_ZONE, Team, standard_teams};
use clientarea_api::{DepartmentId, TicketStatus};

use crate::calendar;
use crate::chat;
use crate::store::{DeskTicket, Store};

/// When staff first answers: well inside the 10-minute promise.
pub const FIRST_RESPONSE_AFTER: Duration = Duration::minutes(3);
/// How long the desk takes to answer a customer's follow-up.
const FOLLOW_UP_AFTER: Duration = Duration::minutes(3);
/// How often a ticket waiting on a specialist team gets an update.
const UPDATE_EVERY: Duration = Duration::minutes(60);

/// What kind of issue a ticket is, by the support pages' examples.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    /// Billing or access questions: answered by level 1, 10-30 minutes.
    Simple,
    /// Refunds, double charges, payment gateway problems: level 2 billing.
    Payment,
    /// Server or VPS problems: level 3 system administrators, 1-2 hours.
    Server,
    /// Hardware and on-site work: level 2 data center technicians.
    OnSite,
    /// Custom configurations: level 3, estimate given up front.
    NonStandard,
}

impl IssueKind {
    /// The team that solves it (a `Team::id`).
    pub fn team(self) -> &'static str {
        match self {
            IssueKind::Simple => "support-engineers",
            IssueKind::Payment => "billing",
            IssueKind::Server | IssueKind::NonStandard => "sysadmins",
            IssueKind::OnSite => "datacenter",
        }
    }

    /// The work the team needs, counted from when it takes the ticket.
    fn work(self) -> Duration {
        match self {
            IssueKind::Simple => Duration::minutes(20),
            IssueKind::Payment => Duration::minutes(30),
            IssueKind::Server => Duration::minutes(90),
            IssueKind::OnSite => Duration::minutes(120),
            IssueKind::NonStandard => Duration::minutes(180),
        }
    }

    fn estimate(self) -> &'static str {
        match self {
            IssueKind::Simple => "Questions like this are usually settled within 10 to 30 minutes.",
            IssueKind::Payment => "Payment questions are usually settled within the billing team's next hour of work.",
            IssueKind::Server => "Standard technical issues usually take 1 to 2 hours; complex ones can take until the next working day.",
            IssueKind::OnSite => "On-site work usually takes about 2 hours of the technicians' working time.",
            IssueKind::NonStandard => "This is a non-standard request: we estimate about 3 hours of the administrators' working time.",
        }
    }

    fn reason(self) -> &'static str {
        match self {
            IssueKind::Simple => "",
            IssueKind::Payment => "Refunds and payment problems are handled by our billing team.",
            IssueKind::Server => "VPS and dedicated server problems need the system administrators' tools and access.",
            IssueKind::OnSite => "This needs work on the hardware, done on site at the data center.",
            IssueKind::NonStandard => "Custom configurations need the system administrators' expertise.",
        }
    }
}

/// Read what the ticket is about, as a first-line engineer would.
pub fn classify(department: DepartmentId, service_kind: Option<&str>, text: &str) -> IssueKind {
    let t = text.to_lowercase();
    let any = |words: &[&str]| words.iter().any(|w| t.contains(w));
    match department {
        DepartmentId::Financial => {
            if any(&["refund", "charged twice", "double charge", "chargeback", "payment", "gateway", "rimborso", "erstattung", "reembolso"])
            {
                IssueKind::Payment
            } else {
                IssueKind::Simple
            }
        }
        DepartmentId::Technical => {
            if any(&[
                "disk replacement",
                "replace the disk",
                "hardware",
                "power supply",
                "cable",
                "kvm",
                "on-site",
                "on site",
                "psu",
                "ram module",
            ]) {
                IssueKind::OnSite
            } else if any(&["custom", "configure", "firewall rule", "special setup"]) {
                IssueKind::NonStandard
            } else if service_kind.is_some_and(|k| k == "vps" || k == "dedicated")
                || any(&["down", "unreachable", "slow", "timeout", "ssh", "ping", "reboot", "kernel", "i/o", "disk"])
            {
                IssueKind::Server
            } else {
                IssueKind::Simple
            }
        }
    }
}

pub struct Desk {
    store: Arc<Store>,
    teams: Vec<Team>,
    one_at_a_time: tokio::sync::Mutex<()>,
    /// How soon the chat operator answers.
    chat_answer_after: Duration,
}

impl Desk {
    pub fn new(store: Arc<Store>, chat_answer_after: Duration) -> Self {
        Self { store, teams: standard_teams(), one_at_a_time: tokio::sync::Mutex::new(()), chat_answer_after }
    }

    /// Whether the chat operator answers as a message arrives (rather than on a tick).
    pub fn answers_chat_at_once(&self) -> bool {
        self.chat_answer_after <= Duration::zero()
    }

    fn team(&self, id: &str) -> Option<&Team> {
        self.teams.iter().find(|t| t.id == id)
    }

    fn on_shift(&self, team: &Team, ticket: &DeskTicket, at: DateTime<Utc>) -> bool {
        let zone = ticket.datacenter_timezone.as_deref().unwrap_or(CET_ZONE);
        team.hours.is_open(at, zone, &calendar::holidays())
    }

    fn next_shift(&self, team: &Team, ticket: &DeskTicket, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let zone = ticket.datacenter_timezone.as_deref().unwrap_or(CET_ZONE);
        team.hours.next_open(at, zone, &calendar::holidays())
    }

    /// Do everything that is due at `now`.
    pub async fn tick(&self, now: DateTime<Utc>) -> anyhow::Result<()> {
        let _one = self.one_at_a_time.lock().await;
        for t in self.store.desk_tickets().await? {
            if let Err(e) = self.act(&t, now).await {
                tracing::warn!(ticket = %t.id, error = %e, "the desk could not act on a ticket");
            }
        }
        chat::operate(&self.store, now, self.chat_answer_after).await?;
        self.store.purge_idempotency(now - Duration::days(7)).await
    }

    async fn act(&self, t: &DeskTicket, now: DateTime<Utc>) -> anyhow::Result<()> {
        let kind = classify(t.department, t.service_kind.as_deref(), &format!("{}\n{}", t.subject, t.first_body));
        let l1 = "Support Engineers";
        let Some(first_response) = t.first_response_at else {
            let at = t.created_at + FIRST_RESPONSE_AFTER;
            if now < at {
                return Ok(());
            }
            if kind == IssueKind::Simple {
                let body = format!("Thank you for your request. We have looked into it and answered below.\n\n{}", kind.estimate());
                self.store.staff_message(&t.customer_id, &t.id, l1, &body, Some(TicketStatus::Answered), at).await?;
                return Ok(());
            }
            let team = self.team(kind.team()).ok_or_else(|| anyhow::anyhow!("unknown team"))?;
            let mut body = format!(
                "Thank you, we are on it. We are passing your ticket to our {} (level {}). {}\n\n{}",
                team.name,
                team.level,
                kind.reason(),
                kind.estimate()
            );
            if !self.on_shift(team, t, at)
                && let Some(next) = self.next_shift(team, t, at)
            {
                body.push_str(&format!(
                    "\n\nThe team is not on shift now; it starts again at {}.",
                    next.with_timezone(&chrono_tz::Europe::Berlin).format("%A %H:%M %Z")
                ));
            }
            self.store.staff_message(&t.customer_id, &t.id, l1, &body, None, at).await?;
            self.store.escalate(&t.customer_id, &t.id, team.level, &team.name, kind.reason(), at).await?;
            return Ok(());
        };
        let last_staff = t.last_staff_at.unwrap_or(first_response);
        let team = self.team(&t.team).cloned();
        let staff_name = team.as_ref().map_or(l1.to_owned(), |tm| tm.name.clone());

        // The customer wrote after staff last did: answer it.
        if t.last_customer_at.is_some_and(|c| c > last_staff) {
            let at = t.last_customer_at.unwrap_or(now) + FOLLOW_UP_AFTER;
            if now >= at {
                let on_shift = team.as_ref().is_none_or(|tm| self.on_shift(tm, t, at));
                let (name, body) = if on_shift {
                    (staff_name.as_str(), "Thank you for the details; we are working with them and will update you shortly.")
                } else {
                    (l1, "Thank you for the details. We have added them to your ticket for the team in charge.")
                };
                self.store.staff_message(&t.customer_id, &t.id, name, body, None, at).await?;
            }
            return Ok(());
        }

        let Some(team) = team.filter(|tm| tm.level > 1) else { return Ok(()) };
        // The team resolves once it has worked long enough on shift.
        let due = last_staff + kind.work();
        if now >= due && self.on_shift(&team, t, now) {
            let body = format!(
                "We have completed the work on your request. Please check that everything works as expected and confirm, or tell us if the problem remains.\n\n{} (level {})",
                team.name, team.level
            );
            self.store.staff_message(&t.customer_id, &t.id, &team.name, &body, Some(TicketStatus::Resolved), now).await?;
            return Ok(());
        }
        // Regular updates while it waits.
        if now >= last_staff + UPDATE_EVERY {
            let at = last_staff + UPDATE_EVERY;
            let body = if self.on_shift(&team, t, at) {
                format!("Update: our {} are still working on your request. We will write as soon as there is news.", team.name)
            } else {
                let next =
                    self.next_shift(&team, t, at).map(|n| n.with_timezone(&chrono_tz::Europe::Berlin).format("%A %H:%M %Z").to_string());
                format!(
                    "Update: our {} are not on shift now; they will take your request when they start again{}.",
                    team.name,
                    next.map(|n| format!(" ({n})")).unwrap_or_default()
                )
            };
            self.store.staff_message(&t.customer_id, &t.id, l1, &body, None, at).await?;
        }
        Ok(())
    }
}

/// Tick every second of real time until the task is aborted.
pub fn spawn(desk: Arc<Desk>, clock: Arc<crate::clock::Clock>) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every = tokio::time::interval(std::time::Duration::from_secs(1));
        loop {
            every.tick().await;
            if let Err(e) = desk.tick(clock.now()).await {
                tracing::warn!(error = %e, "desk tick failed");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tickets_go_to_the_team_the_support_pages_name() {
        use DepartmentId::*;
        assert_eq!(classify(Financial, None, "Why was I charged twice?"), IssueKind::Payment);
        assert_eq!(classify(Financial, None, "Please add our VAT number"), IssueKind::Simple);
        assert_eq!(classify(Technical, Some("vps"), "My VPS is running slowly"), IssueKind::Server);
        assert_eq!(classify(Technical, None, "srv-fra-07 unreachable"), IssueKind::Server);
        assert_eq!(classify(Technical, Some("vps"), "Can you configure a custom firewall rule set?"), IssueKind::NonStandard);
        assert_eq!(classify(Technical, Some("dedicated"), "Disk replacement needed, SMART errors"), IssueKind::OnSite);
        assert_eq!(classify(Technical, None, "How do I change my rDNS?"), IssueKind::Simple);
    }
}
