use super::*;
use chrono::{TimeZone, Utc};
use serde_json::json;

#[test]
fn ticket_round_trips_with_snake_case_enums() {
    let t = Ticket {
        id: "t1".into(),
        number: 100_234,
        subject: "Server down".into(),
        department: DepartmentId::Technical,
        priority: Priority::High,
        status: TicketStatus::Open,
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        team: "support-engineers".into(),
        created_at: Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap(),
        updated_at: Utc.with_ymd_and_hms(2026, 3, 29, 0, 31, 0).unwrap(),
        acknowledge_due_at: Utc.with_ymd_and_hms(2026, 3, 29, 0, 32, 0).unwrap(),
        first_response_due_at: Utc.with_ymd_and_hms(2026, 3, 29, 0, 40, 0).unwrap(),
        acknowledged_at: None,
        first_response_at: None,
    };
    let v = serde_json::to_value(&t).unwrap();
    assert_eq!(v["department"], "technical");
    assert_eq!(v["priority"], "high");
    assert_eq!(v["status"], "open");
    assert!(v.get("acknowledged_at").is_none(), "absent options are omitted: {v}");
    assert_eq!(serde_json::from_value::<Ticket>(v).unwrap(), t);
}

#[test]
fn events_are_tagged_by_kind_and_flattened() {
    let e = TicketEvent {
        id: "e1".into(),
        ticket_id: "t1".into(),
        at: Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).unwrap(),
        kind: EventKind::Escalated { level: 3, team: "System Administrators".into(), reason: "VPS".into() },
    };
    let v = serde_json::to_value(&e).unwrap();
    assert_eq!(v["kind"], "escalated");
    assert_eq!(v["level"], 3);
    assert_eq!(serde_json::from_value::<TicketEvent>(v).unwrap(), e);
    let ack: TicketEvent = serde_json::from_value(json!({
        "id": "e2", "ticket_id": "t1", "at": "2026-01-01T09:00:00Z", "kind": "acknowledged"
    }))
    .unwrap();
    assert_eq!(ack.kind, EventKind::Acknowledged);
}

#[test]
fn unknown_enum_values_are_rejected_not_guessed() {
    let r = serde_json::from_value::<NewTicket>(json!({
        "department": "sales", "priority": "regular", "subject": "s", "body": "b"
    }));
    assert!(r.is_err());
}

#[test]
fn problem_json_shape_is_pinned() {
    let p = Problem::validation(vec![problem::FieldError { field: "subject".into(), reason: "required".into() }]);
    assert_eq!(
        serde_json::to_value(&p).unwrap(),
        json!({
            "type": "urn:clientarea:problem:validation",
            "title": "The request has invalid fields",
            "status": 422,
            "errors": [{"field": "subject", "reason": "required"}]
        })
    );
}

#[test]
fn new_ticket_rules_name_each_bad_field() {
    let mut t = NewTicket {
        department: DepartmentId::Financial,
        priority: Priority::Regular,
        subject: "   ".into(),
        body: String::new(),
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    };
    let errs = check_new_ticket(&t);
    let got: Vec<_> = errs.iter().map(|e| (e.field.as_str(), e.reason.as_str())).collect();
    assert_eq!(got, [("subject", "required"), ("body", "required")]);
    t.subject = "x".repeat(SUBJECT_MAX_CHARS + 1);
    t.body = "ok".into();
    let errs = check_new_ticket(&t);
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].reason, "too-long");
    // Counted in characters, not bytes: 200 accented letters are fine.
    t.subject = "è".repeat(SUBJECT_MAX_CHARS);
    assert!(check_new_ticket(&t).is_empty());
}

#[test]
fn empty_page_serializes_small() {
    let p = SyncPage { next_cursor: Cursor("c1".into()), ..Default::default() };
    let s = serde_json::to_string(&p).unwrap();
    assert_eq!(s, r#"{"next_cursor":"c1","has_more":false}"#);
    assert!(p.is_empty());
}

#[test]
fn incident_facts_are_checked_when_given() {
    let mut t = NewTicket {
        department: DepartmentId::Technical,
        priority: Priority::High,
        subject: "Down".into(),
        body: "Completely down".into(),
        service_id: None,
        notice_id: None,
        invoice_id: None,
        incident: None,
        attachment_ids: Vec::new(),
    };
    assert!(check_new_ticket(&t).is_empty(), "an emergency without facts is still taken");
    t.incident = Some(Incident {
        server: "srv-fra-07".into(),
        began_at: Utc.with_ymd_and_hms(2026, 3, 29, 0, 30, 0).unwrap(),
        began_timezone: "CET+1".into(),
        diagnostics: String::new(),
    });
    let got: Vec<_> = check_new_ticket(&t).into_iter().map(|e| (e.field, e.reason)).collect();
    assert_eq!(got, [("incident.server".to_owned(), "invalid".to_owned()), ("incident.began_timezone".to_owned(), "invalid".to_owned())]);
    for ok in ["#123456", "198.51.100.27", "2001:db8::1", " 203.0.113.10 "] {
        assert!(is_server_reference(ok), "{ok}");
    }
    for bad in ["#12", "#12345678901", "#12a456", "300.1.1.1", "server1", ""] {
        assert!(!is_server_reference(bad), "{bad}");
    }
}

#[test]
fn the_documented_limits_are_the_checked_ones() {
    let doc: serde_json::Value = serde_json::from_str(&openapi::document_json()).unwrap();
    let schemas = &doc["components"]["schemas"];
    for (schema, field, max) in [
        ("NewTicket", "subject", SUBJECT_MAX_CHARS),
        ("ChatToTicket", "subject", SUBJECT_MAX_CHARS),
        ("NewTicket", "body", BODY_MAX_CHARS),
        ("NewReply", "body", BODY_MAX_CHARS),
        ("NewChatMessage", "body", BODY_MAX_CHARS),
    ] {
        assert_eq!(schemas[schema]["properties"][field]["maxLength"], max, "{schema}.{field}");
        assert_eq!(schemas[schema]["properties"][field]["minLength"], 1, "{schema}.{field}");
    }
    for schema in ["NewTicket", "NewReply", "NewChatMessage"] {
        assert_eq!(schemas[schema]["properties"]["attachment_ids"]["maxItems"], uploads::ATTACHMENTS_MAX, "{schema}");
    }
}

#[test]
fn sign_in_types_never_show_the_password_or_the_token() {
    let req = SignInRequest { email: "a@example.com".into(), password: "hunter2-secret".into() };
    let shown = format!("{req:?} {req:#?}");
    assert!(shown.contains("a@example.com") && !shown.contains("hunter2-secret"), "{shown}");
    let res: SignInResponse = serde_json::from_value(serde_json::json!({
        "token": "tok-very-secret",
        "customer": {"id": "c1", "email": "a@example.com", "name": "A"}
    }))
    .unwrap_or_else(|e| panic!("{e}"));
    let shown = format!("{res:?}");
    assert!(!shown.contains("tok-very-secret"), "{shown}");
}
