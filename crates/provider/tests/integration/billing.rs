//! Billing over HTTP: the VAT table and the provider's country with the first pull; a
//! VAT number checked by its country's format and saved normalized; an invoice issued to
//! a business of another EU country under reverse charge at 0 %, to a private customer
//! with the country's rate; a Financial ticket that carries its invoice.

use reqwest::Method;
use serde_json::{Value, json};

use crate::Server;

async fn patch(s: &Server, body: Value) -> (u16, Value) {
    let res = s.http.patch(s.url("/v1/account")).bearer_auth(&s.token).json(&body).send().await.unwrap();
    (res.status().as_u16(), res.json().await.unwrap())
}

async fn issue(s: &Server) -> Value {
    let lines = json!([{"description": "Dedicated server", "quantity": 1, "unit_price_cents": 10000, "net_cents": 10000}]);
    let (status, inv) = s.admin(Method::POST, "/v1/admin/invoices", json!({"customer_email": "demo@example.com", "lines": lines})).await;
    assert_eq!(status, 200, "{inv}");
    inv
}

#[tokio::test]
async fn a_business_of_another_eu_country_is_billed_under_reverse_charge() {
    let s = Server::start(true).await;
    let (_, first) = s.get("/v1/sync").await;
    assert_eq!(first["vat_rates"]["seller_country"], "NL", "the table comes with the first pull");
    assert!(first["vat_rates"]["rates"].as_array().unwrap().iter().any(|r| r["country"] == "FI" && r["rate_bp"] == 2550));
    let cursor = first["next_cursor"].as_str().unwrap().to_owned();
    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    assert!(page.get("vat_rates").is_none(), "and not with every pull");

    // The demo customer bills from Italy, privately: 22 %.
    let private = issue(&s).await;
    assert_eq!(
        (private["vat_rule"].as_str(), private["vat_rate_bp"].as_u64(), private["total_cents"].as_i64()),
        (Some("standard"), Some(2200), Some(12200))
    );

    let (status, problem) = patch(&s, json!({"vat_number": "IT0123"})).await;
    assert_eq!(
        (status, problem["errors"][0]["field"].as_str(), problem["errors"][0]["reason"].as_str()),
        (422, Some("vat_number"), Some("invalid"))
    );
    let (status, problem) = patch(&s, json!({"vat_number": "DE123456789"})).await;
    assert_eq!((status, problem["errors"][0]["reason"].as_str()), (422, Some("country-mismatch")));
    let (status, account) = patch(&s, json!({"vat_number": "it 01234 567 890"})).await;
    assert_eq!((status, account["vat_number"].as_str()), (200, Some("IT01234567890")), "{account}");

    let business = issue(&s).await;
    assert_eq!(business["vat_rule"], "reverse_charge");
    assert_eq!(
        (business["vat_rate_bp"].as_u64(), business["vat_cents"].as_i64(), business["total_cents"].as_i64()),
        (Some(0), Some(0), Some(10000))
    );
    assert_eq!(business["vat_number"], "IT01234567890");
    // Issued invoices come with the next pull, and the older one kept its VAT.
    let (_, page) = s.get(&format!("/v1/sync?cursor={cursor}")).await;
    let pulled: Vec<&str> = page["invoices"].as_array().unwrap().iter().map(|i| i["vat_rule"].as_str().unwrap()).collect();
    assert_eq!(pulled, ["standard", "reverse_charge"]);

    // Removing the number bills privately again.
    let (status, account) = patch(&s, json!({"vat_number": ""})).await;
    assert_eq!((status, account["vat_number"].as_str()), (200, Some("")));
    assert_eq!(issue(&s).await["vat_rule"], "standard");
}

#[tokio::test]
async fn an_invoice_changes_status_and_a_financial_ticket_carries_it() {
    let s = Server::start(true).await;
    let inv = issue(&s).await;
    let id = inv["id"].as_str().unwrap();
    let (status, paid) = s.admin(Method::POST, &format!("/v1/admin/invoices/{id}/status"), json!({"status": "paid"})).await;
    assert_eq!((status, paid["status"].as_str()), (200, Some("paid")));
    let (status, _) = s.admin(Method::POST, "/v1/admin/invoices/nope/status", json!({"status": "paid"})).await;
    assert_eq!(status, 404);

    let ask = |department: &str, invoice: &str| {
        let body =
            json!({"department": department, "priority": "regular", "subject": "About an invoice", "body": "Why?", "invoice_id": invoice});
        let req = s.http.post(s.url("/v1/tickets")).bearer_auth(&s.token).json(&body);
        async move {
            let res = req.send().await.unwrap();
            (res.status().as_u16(), res.json::<Value>().await.unwrap())
        }
    };
    let (status, problem) = ask("technical", id).await;
    assert_eq!((status, problem["errors"][0]["reason"].as_str()), (422, Some("invoice-needs-financial")));
    let (status, problem) = ask("financial", "inv-of-someone-else").await;
    assert_eq!((status, problem["errors"][0]["field"].as_str()), (422, Some("invoice_id")));
    let (status, created) = ask("financial", id).await;
    assert_eq!(status, 201, "{created}");
    assert_eq!(created["ticket"]["invoice_id"], id);
    let number = created["ticket"]["id"].as_str().unwrap();
    let (_, detail) = s.get(&format!("/v1/tickets/{number}")).await;
    assert_eq!(detail["ticket"]["invoice_id"], id);
}
