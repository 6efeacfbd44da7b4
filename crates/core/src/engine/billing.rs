//! Billing for the account on screen: the invoices view from the cache (works offline),
//! asking about an invoice (a Financial ticket that names it and carries its id, sent
//! through the outbox like any ticket, so also offline and once), the business
//! customer's VAT number (edited offline and synced like the notification addresses),
//! and the invoice notifications.

use chrono::Utc;
use clientarea_api::DepartmentId;
use serde::Serialize;

use super::{Engine, EngineEvent, Signed, field_error};
use crate::billing::Billing;
use crate::store::{OutboxItem, OutboxRequest};
use crate::tickets::TicketDraft;
use crate::{Error, Result};

/// A ticket already asking about an invoice: one the provider has (open, answered or
/// resolved) or one still waiting in the outbox.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InvoiceQuestion {
    /// The ticket's id, or `local:<outbox id>` while it waits to be sent.
    pub ticket_id: String,
    /// The provider's number, once it has one.
    pub number: Option<i64>,
    pub subject: String,
    /// `open`, `answered`, `resolved`, or `queued` (not sent yet).
    pub status: String,
}

/// What asking about an invoice did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(tag = "outcome", rename_all = "camelCase")]
pub enum AskOutcome {
    /// The ticket is queued (and sent as soon as the provider answers).
    Queued { item: Box<OutboxItem> },
    /// A ticket about this invoice is already open: follow it instead (nothing sent).
    AlreadyAsked { questions: Vec<InvoiceQuestion> },
}

/// The VAT number on the account and one waiting to be sent, if any.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VatNumberState {
    pub current: String,
    pub pending: Option<String>,
    /// The billing country it must belong to.
    pub country: Option<String>,
}

impl Engine {
    /// The invoices view, today: from the cache, so it works offline.
    pub async fn billing(&self) -> Result<Billing> {
        let active = self.active().await?;
        let invoices = active.cache.invoices().await?;
        let table = active.cache.vat_rates().await?;
        let mut account = active.cache.account().await?;
        // A VAT number typed offline already counts for what the view explains.
        if let (Some(a), Some(pending)) = (account.as_mut(), pending_vat_number(&active.cache.outbox().await?)) {
            a.vat_number = pending;
        }
        Ok(crate::billing::billing(&invoices, table.as_ref(), account.as_ref(), chrono::Local::now().date_naive()))
    }

    /// The tickets already asking about `invoice_id`: cached ones not closed, and queued
    /// ones.
    pub async fn invoice_questions(&self, invoice_id: &str) -> Result<Vec<InvoiceQuestion>> {
        let active = self.active().await?;
        let mut out: Vec<InvoiceQuestion> = active
            .cache
            .outbox()
            .await?
            .into_iter()
            .filter_map(|i| match i.request {
                OutboxRequest::Ticket { ticket } if ticket.invoice_id.as_deref() == Some(invoice_id) => Some(InvoiceQuestion {
                    ticket_id: format!("{}{}", crate::store::LOCAL_TICKET, i.id),
                    number: None,
                    subject: ticket.subject,
                    status: "queued".into(),
                }),
                _ => None,
            })
            .collect();
        out.extend(active.cache.tickets_about_invoice(invoice_id).await?.into_iter().map(|t| InvoiceQuestion {
            ticket_id: t.id,
            number: Some(t.number),
            subject: t.subject,
            status: t.status.as_str().into(),
        }));
        Ok(out)
    }

    /// Ask about an invoice: a Financial ticket that names it. Unless `anyway`, nothing is
    /// sent when a ticket about it is open or queued: the answer lists them to follow.
    pub async fn ask_about_invoice(&self, draft: &TicketDraft, anyway: bool) -> Result<AskOutcome> {
        let Some(invoice_id) = draft.invoice_id.as_deref().filter(|i| !i.is_empty()) else {
            return Err(Error::Validation(vec![field_error("invoice_id", "required")]));
        };
        let active = self.active().await?;
        if !active.cache.has_invoice(invoice_id).await? {
            return Err(Error::Validation(vec![field_error("invoice_id", "invalid")]));
        }
        // The same rule send_ticket checks, said before the lookup of earlier questions.
        if draft.department != DepartmentId::Financial {
            return Err(Error::Validation(vec![field_error("department", "invoice-needs-financial")]));
        }
        // One ask at a time per account: two clicks never make two tickets.
        let _one = active.ask_lock.lock().await;
        if !anyway {
            let questions = self.invoice_questions(invoice_id).await?;
            if !questions.is_empty() {
                return Ok(AskOutcome::AlreadyAsked { questions });
            }
        }
        Ok(AskOutcome::Queued { item: Box::new(self.send_ticket(draft).await?) })
    }

    /// The provider of the account on screen, as a person names it (its host).
    pub async fn provider_name(&self) -> Result<String> {
        Ok(super::evidence::provider_host(&self.active().await?.account.provider_url))
    }

    /// The VAT number on the account, and one typed but not sent yet.
    pub async fn vat_number(&self) -> Result<VatNumberState> {
        let active = self.active().await?;
        let account = active.cache.account().await?;
        Ok(VatNumberState {
            current: account.as_ref().map(|a| a.vat_number.clone()).unwrap_or_default(),
            pending: pending_vat_number(&active.cache.outbox().await?),
            country: account.map(|a| a.country),
        })
    }

    /// Set (or, empty, remove) the business customer's VAT number: checked against the
    /// billing country's format, normalized (`it 012 345 678 90` → `IT01234567890`), then
    /// queued like the notification addresses: edited offline, sent once.
    pub async fn set_vat_number(&self, number: &str) -> Result<OutboxItem> {
        let active = self.active().await?;
        let country = active.cache.account().await?.map(|a| a.country).unwrap_or_default();
        let number = number.trim();
        let update = clientarea_api::AccountUpdate { vat_number: Some(number.to_owned()), ..Default::default() };
        let errors = clientarea_api::account::check_account_update(&update, &country);
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
        let normalized =
            if number.is_empty() { String::new() } else { clientarea_api::check_vat_number(number, &country).unwrap_or_default() };
        let update = clientarea_api::AccountUpdate { vat_number: Some(normalized), ..Default::default() };
        self.enqueue(OutboxRequest::Account { update }).await
    }

    /// Raise the invoice notifications due for `account` now (see
    /// [`crate::store::Cache::claim_invoice_alerts`]). A failure is logged: nothing the
    /// customer did waits on it.
    pub(super) async fn alert_invoices(&self, account: &Signed, after_pull: bool) {
        match account.cache.claim_invoice_alerts(chrono::Local::now().date_naive(), Utc::now(), after_pull).await {
            Ok(alerts) if !alerts.is_empty() => self.emit(EngineEvent::InvoiceAlerts { account: account.account.id.clone(), alerts }),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "invoice notifications not looked at"),
        }
    }
}

/// The newest VAT number waiting in the outbox.
fn pending_vat_number(outbox: &[OutboxItem]) -> Option<String> {
    outbox.iter().rev().find_map(|i| match &i.request {
        OutboxRequest::Account { update } => update.vat_number.clone(),
        _ => None,
    })
}
