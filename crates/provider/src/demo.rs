//! The demo customer: enough services and tickets, in enough states, that a new user of
//! the app sees a living client area on first start.

use chrono::{DateTime, Duration, Utc};
use clientarea_api::{DepartmentId, NewTicket, Priority, Service, TicketStatus};

use crate::store::Store;

pub const DEMO_EMAIL: &str = "demo@example.com";
pub const DEMO_PASSWORD: &str = "demo";

/// Seed the demo customer once per store; later starts find it and change nothing.
pub async fn seed(store: &Store, now: DateTime<Utc>) -> anyhow::Result<()> {
    if store.demo_seeded(DEMO_EMAIL).await? {
        return Ok(());
    }
    let hash = crate::auth::hash_password(DEMO_PASSWORD)?;
    let customer = store.create_customer(DEMO_EMAIL, "Demo Customer", &hash).await?;
    let services = [
        Service {
            id: "svc-vps-ams".into(),
            name: "VPS Cloud-4 (vps-ams-01)".into(),
            kind: "vps".into(),
            ip_addresses: vec!["203.0.113.10".into(), "2001:db8:10::10".into()],
            order_number: "#482913".into(),
            datacenter: "Amsterdam".into(),
            datacenter_timezone: "Europe/Amsterdam".into(),
        },
        Service {
            id: "svc-ded-fra".into(),
            name: "Dedicated E-2388G (srv-fra-07)".into(),
            kind: "dedicated".into(),
            ip_addresses: vec!["198.51.100.27".into()],
            order_number: "#517204".into(),
            datacenter: "Frankfurt".into(),
            datacenter_timezone: "Europe/Berlin".into(),
        },
        Service {
            id: "svc-ded-mia".into(),
            name: "Dedicated EPYC 7443P (srv-mia-02)".into(),
            kind: "dedicated".into(),
            ip_addresses: vec!["192.0.2.144".into()],
            order_number: "#530087".into(),
            datacenter: "Miami".into(),
            datacenter_timezone: "America/New_York".into(),
        },
    ];
    for s in &services {
        store.insert_service(&customer, s).await?;
    }

    seed_invoices(store, &customer, now).await?;
    seed_notices(store, &customer, now).await?;

    let ticket = |department, priority, subject: &str, body: &str, service: Option<&str>| NewTicket {
        department,
        priority,
        subject: subject.into(),
        body: body.into(),
        service_id: service.map(Into::into),
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    };

    // A closed billing question, answered within minutes.
    let t0 = now - Duration::days(12);
    let c = store
        .create_ticket(
            &customer,
            &ticket(
                DepartmentId::Financial,
                Priority::Regular,
                "Invoice charged twice in October",
                "Hello, my card was charged twice for the October invoice. Could you check?",
                None,
            ),
            None,
            t0,
        )
        .await?;
    let id = ticket_id(&c.body)?;
    store
        .staff_reply(
            &customer,
            &id,
            "Marta (Support)",
            "We found the duplicate charge and refunded it today. It will show on your statement within 5 working days.",
            true,
            t0 + Duration::minutes(8),
        )
        .await?;
    store.set_status(&customer, &id, TicketStatus::Closed, t0 + Duration::hours(3)).await?;

    // A slow VPS, escalated to the system administrators, answered.
    let t1 = now - Duration::days(2);
    let c = store
        .create_ticket(
            &customer,
            &ticket(
                DepartmentId::Technical,
                Priority::Regular,
                "VPS running slowly since yesterday",
                "Load is normal inside the VM but disk I/O is very slow since yesterday evening.",
                Some("svc-vps-ams"),
            ),
            None,
            t1,
        )
        .await?;
    let id = ticket_id(&c.body)?;
    store
        .staff_reply(
            &customer,
            &id,
            "Luca (Support)",
            "Thank you. We see higher latency on the storage node and are passing this to our system administrators.",
            false,
            t1 + Duration::minutes(7),
        )
        .await?;
    store
        .escalate(
            &customer,
            &id,
            3,
            "System Administrators",
            "VPS performance problem: needs access to the host node",
            t1 + Duration::minutes(9),
        )
        .await?;
    store
        .staff_reply(
            &customer,
            &id,
            "Anna (System Administrators)",
            "A failing disk in the storage array was replaced. Please check whether I/O is back to normal.",
            true,
            t1 + Duration::hours(2),
        )
        .await?;

    // A critical incident with its facts, open and acknowledged; the desk answers it a
    // minute after the demo starts, so a new user sees the provider at work.
    let t2 = now - Duration::minutes(2);
    let mut incident = ticket(
        DepartmentId::Technical,
        Priority::High,
        "srv-fra-07 unreachable",
        "The server stopped answering ping and SSH. Nothing was changed on our side.",
        Some("svc-ded-fra"),
    );
    incident.incident = Some(clientarea_api::Incident {
        server: "198.51.100.27".into(),
        began_at: t2 - Duration::minutes(6),
        began_timezone: "Europe/Rome".into(),
        diagnostics: "ping 198.51.100.27: 100% packet loss\nssh: connect to host 198.51.100.27 port 22: Connection timed out".into(),
    });
    store.create_ticket(&customer, &incident, None, t2).await?;

    // A question answered by staff, waiting on the customer.
    let t3 = now - Duration::hours(5);
    let c = store
        .create_ticket(
            &customer,
            &ticket(
                DepartmentId::Financial,
                Priority::Regular,
                "VAT number on invoices",
                "Please add our VAT number IT01234567890 to future invoices.",
                None,
            ),
            None,
            t3,
        )
        .await?;
    let id = ticket_id(&c.body)?;
    store
        .staff_reply(&customer, &id, "Marta (Support)", "Of course. Could you confirm the company name **exactly** as registered? It must match the [VIES record](https://ec.europa.eu/taxation_customs/vies/).", false, t3 + Duration::minutes(6))
        .await?;
    Ok(())
}

/// An ongoing maintenance, a resolved outage and an abuse report awaiting an answer, each
/// written in English and translated into Italian (informal), German and Spanish (formal),
/// in the provider's own words for its client area.
async fn seed_notices(store: &Store, customer: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    use clientarea_api::{NewNotice, NoticeKind, NoticeText};
    let notice = |kind, texts: [(&str, &str, &str); 4], services: &[&str]| {
        let [(_, title, body), translations @ ..] = texts;
        NewNotice {
            kind,
            title: title.into(),
            body: body.into(),
            default_lang: "en".into(),
            translations: translations
                .iter()
                .map(|(lang, title, body)| NoticeText { lang: (*lang).into(), title: (*title).into(), body: (*body).into() })
                .collect(),
            customer_email: None,
            service_ids: services.iter().map(|s| (*s).to_owned()).collect(),
            starts_at: None,
            ends_at: None,
            respond_by: None,
        }
    };
    let mut maintenance = notice(
        NoticeKind::Maintenance,
        [
            (
                "en",
                "Storage network maintenance in Amsterdam",
                "We are replacing switches of the storage network. VPS disks may be slower for a few minutes during the window. \
                 Nothing needs to be done on your side.",
            ),
            (
                "it",
                "Manutenzione della rete di storage ad Amsterdam",
                "Stiamo sostituendo gli switch della rete di storage. Durante la finestra i dischi dei VPS potrebbero essere più lenti \
                 per qualche minuto. Non devi fare nulla.",
            ),
            (
                "de",
                "Wartung des Speichernetzwerks in Amsterdam",
                "Wir tauschen Switches des Speichernetzwerks aus. VPS-Festplatten können während des Wartungsfensters einige Minuten \
                 langsamer sein. Sie müssen nichts unternehmen.",
            ),
            (
                "es",
                "Mantenimiento de la red de almacenamiento en Ámsterdam",
                "Estamos sustituyendo switches de la red de almacenamiento. Durante la ventana, los discos de los VPS pueden ir más \
                 lentos unos minutos. Usted no necesita hacer nada.",
            ),
        ],
        &["svc-vps-ams"],
    );
    maintenance.starts_at = Some(now - Duration::minutes(30));
    maintenance.ends_at = Some(now + Duration::minutes(90));
    store.publish_notice(Some(customer), &maintenance, now - Duration::days(3)).await?;

    let mut outage = notice(
        NoticeKind::Outage,
        [
            (
                "en",
                "Network outage in Frankfurt",
                "An upstream router failed; traffic was moved to the second uplink. Servers in Frankfurt were unreachable for 18 minutes.",
            ),
            (
                "it",
                "Interruzione di rete a Francoforte",
                "Un router a monte si è guastato; il traffico è stato spostato sul secondo uplink. I server di Francoforte sono rimasti \
                 irraggiungibili per 18 minuti.",
            ),
            (
                "de",
                "Netzwerkausfall in Frankfurt",
                "Ein vorgelagerter Router ist ausgefallen; der Datenverkehr wurde auf den zweiten Uplink umgeleitet. Server in Frankfurt \
                 waren 18 Minuten lang nicht erreichbar.",
            ),
            (
                "es",
                "Caída de red en Fráncfort",
                "Falló un router de tránsito; el tráfico se trasladó al segundo enlace. Los servidores de Fráncfort estuvieron \
                 inaccesibles durante 18 minutos.",
            ),
        ],
        &["svc-ded-fra"],
    );
    outage.starts_at = Some(now - Duration::days(6));
    let published = store.publish_notice(Some(customer), &outage, now - Duration::days(6)).await?;
    store.resolve_notice(&published.id, now - Duration::days(6) + Duration::minutes(18)).await?;

    let mut abuse = notice(
        NoticeKind::Abuse,
        [
            (
                "en",
                "Abuse report: SSH brute force from 203.0.113.10",
                "We received a report that 203.0.113.10 attempts SSH logins on third-party servers. Please check the VPS and answer \
                 with a ticket in the Client Area: what you found and what you did.",
            ),
            (
                "it",
                "Segnalazione di abuso: attacchi SSH brute force da 203.0.113.10",
                "Abbiamo ricevuto una segnalazione: 203.0.113.10 tenta accessi SSH su server di terzi. Controlla il VPS e rispondi con \
                 un ticket dall'Area clienti: cosa hai trovato e cosa hai fatto.",
            ),
            (
                "de",
                "Missbrauchsmeldung: SSH-Brute-Force von 203.0.113.10",
                "Uns wurde gemeldet, dass 203.0.113.10 SSH-Anmeldungen auf fremden Servern versucht. Bitte prüfen Sie den VPS und \
                 antworten Sie mit einem Ticket im Kundenbereich: was Sie gefunden und was Sie unternommen haben.",
            ),
            (
                "es",
                "Denuncia de abuso: fuerza bruta SSH desde 203.0.113.10",
                "Hemos recibido una denuncia de que 203.0.113.10 intenta inicios de sesión SSH en servidores de terceros. Revise el VPS \
                 y responda con un ticket desde el Área de Cliente: qué encontró y qué hizo.",
            ),
        ],
        &["svc-vps-ams"],
    );
    abuse.respond_by = Some(now + Duration::hours(22));
    store.publish_notice(Some(customer), &abuse, now - Duration::hours(2)).await?;
    Ok(())
}

/// Monthly invoices for the three services: the customer moved from Germany to Italy in
/// the summer, so the older invoices carry German VAT and the newer Italian VAT. The
/// oldest also bills a year of backup storage; last month's is overdue.
async fn seed_invoices(store: &Store, customer: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
    use chrono::Datelike;
    use clientarea_api::billing::{BillTo, InvoiceLine, InvoiceStatus, eu_vat_rates, invoice};
    let table = eu_vat_rates();
    let line = |description: &str, service: &str, cents: i64| InvoiceLine {
        description: description.into(),
        service_id: Some(service.into()),
        quantity: 1,
        unit_price_cents: cents,
        net_cents: cents,
    };
    let today = now.date_naive();
    for back in (0..5).rev() {
        let month = today.with_day(1).unwrap_or(today) - chrono::Months::new(back);
        let country = if back >= 3 { "DE" } else { "IT" };
        let status = match back {
            0 => InvoiceStatus::Unpaid,
            1 => InvoiceStatus::Overdue,
            _ => InvoiceStatus::Paid,
        };
        let number = format!("INV-{}-{:05}", month.year(), 400 + (4 - back));
        let mut lines = vec![
            line("VPS Cloud-4 (vps-ams-01), monthly", "svc-vps-ams", 1_490),
            line("Dedicated E-2388G (srv-fra-07), monthly", "svc-ded-fra", 8_900),
            line("Dedicated EPYC 7443P (srv-mia-02), monthly", "svc-ded-mia", 17_900),
        ];
        if back == 4 {
            // The yearly backup plan, paid up front: the customer's largest invoice.
            lines.push(line("Backup Storage 2 TB, 12 months", "svc-ded-fra", 95_880));
        }
        let inv = invoice(
            &table,
            crate::config::SELLER_COUNTRY,
            &format!("inv-{}", 4 - back),
            &number,
            month,
            month + chrono::Duration::days(14),
            status,
            BillTo { country, vat_number: None },
            lines,
        );
        store.insert_invoice(customer, &inv).await?;
    }
    Ok(())
}

fn ticket_id(body: &serde_json::Value) -> anyhow::Result<String> {
    body["ticket"]["id"].as_str().map(Into::into).ok_or_else(|| anyhow::anyhow!("created ticket has no id"))
}
