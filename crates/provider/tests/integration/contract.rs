//! The served contract and the code agree: every operation the OpenAPI document names is
//! served (no fallback 404, no 405), every route the server defines is documented, and
//! the document served is the one in the repository.

use serde_json::Value;

use crate::{ADMIN, Server};

fn documented() -> Vec<(String, String)> {
    let doc: Value = serde_json::from_str(&clientarea_api::openapi::document_json()).unwrap();
    let mut ops = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            ops.push((method.to_uppercase(), path.clone()));
        }
    }
    ops
}

#[tokio::test]
async fn every_documented_operation_is_served() {
    let s = Server::start(true).await;
    let ops = documented();
    assert!(ops.len() >= 20, "{ops:?}");
    for (method, path) in ops {
        let concrete = path.replace("{id}", "no-such-id");
        let token = if concrete.starts_with("/v1/admin/") { ADMIN } else { s.token.as_str() };
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut req = s.http.request(method.clone(), s.url(&concrete)).bearer_auth(token);
        if method != reqwest::Method::GET {
            req = req.header("content-type", "application/json").body("{}");
        }
        // The push stream never ends: only its headers are read.
        let res = req.send().await.unwrap();
        let status = res.status().as_u16();
        assert_ne!(status, 405, "{method} {path} is documented but not routed");
        if status == 404 {
            let body: Value = res.json().await.unwrap_or(Value::Null);
            assert_ne!(body["title"], "route not found", "{method} {path} is documented but not served");
        }
    }
}

#[tokio::test]
async fn every_route_the_server_defines_is_documented() {
    let source = include_str!("../../src/routes.rs");
    let doc_paths: Vec<String> = documented().into_iter().map(|(_, p)| p).collect();
    let mut found = 0;
    for piece in source.split(".route(\"").skip(1) {
        let path = piece.split('"').next().unwrap();
        found += 1;
        assert!(doc_paths.iter().any(|p| p == path), "{path} is served but not in the OpenAPI document");
    }
    assert!(found >= 20, "routes found in routes.rs: {found}");
}

#[tokio::test]
async fn the_served_document_is_the_committed_one() {
    let s = Server::start(false).await;
    let res = s.http.get(s.url("/v1/openapi.json")).send().await.unwrap();
    assert_eq!(res.status(), 200, "served without a token");
    let served = res.text().await.unwrap();
    let committed = include_str!("../../../api/openapi.json");
    assert_eq!(served, committed);
}
