//! Tests that pin the window's security policy as it ships: the content security policy
//! of `tauri.conf.json` and what the main window's capability grants. A change that
//! loosens either (an inline script, a remote image, a new core permission, a remote
//! origin allowed to call the commands) fails here and has to be made on purpose.

use std::collections::BTreeMap;
use std::path::Path;

fn read_json(name: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The CSP as directive → sources.
fn csp() -> BTreeMap<String, Vec<String>> {
    let conf = read_json("tauri.conf.json");
    let csp = conf["app"]["security"]["csp"].as_object().expect("the CSP is written as an object of directives").clone();
    csp.into_iter().map(|(k, v)| (k, v.as_str().unwrap().split_whitespace().map(str::to_owned).collect())).collect()
}

#[test]
fn the_content_security_policy_is_as_strict_as_it_ships() {
    let csp = csp();
    let sources = |d: &str| csp.get(d).cloned().unwrap_or_else(|| panic!("no {d} in the CSP"));
    // Pinned whole: a new directive or source is a decision, made here too.
    let pinned: BTreeMap<String, Vec<String>> = [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self' data:"),
        ("font-src", "'self'"),
        ("connect-src", "ipc: http://ipc.localhost"),
        ("object-src", "'none'"),
        ("base-uri", "'none'"),
        ("form-action", "'none'"),
        ("frame-ancestors", "'none'"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.split_whitespace().map(str::to_owned).collect()))
    .collect();
    assert_eq!(csp, pinned, "tauri.conf.json's CSP changed");

    // And the rules behind it, so a change to the pin says which one it breaks.
    for d in ["default-src", "script-src", "style-src"] {
        for s in sources(d) {
            assert!(!s.contains("unsafe-") && !s.starts_with("'nonce-") && s != "*", "{d} allows {s}");
        }
    }
    assert_eq!(sources("default-src"), ["'self'"]);
    assert_eq!(sources("script-src"), ["'self'"], "scripts: the app's own only");
    for s in sources("img-src") {
        assert!(s == "'self'" || s == "data:", "img-src: no remote images (a provider's message could track its reader): {s}");
    }
    for s in sources("connect-src") {
        assert!(s == "ipc:" || s == "http://ipc.localhost" || s == "'self'", "connect-src: the shell only: {s}");
    }
    for d in ["object-src", "base-uri", "form-action", "frame-ancestors"] {
        assert_eq!(sources(d), ["'none'"], "{d}");
    }
    // No frames of any origin: frame-src falls back to default-src 'self'.
    assert!(!csp.contains_key("frame-src") && !csp.contains_key("child-src"), "frames are the app's own only");
}

#[test]
fn the_window_has_no_other_way_in() {
    let conf = read_json("tauri.conf.json");
    let security = &conf["app"]["security"];
    assert_eq!(security["freezePrototype"], true);
    assert!(security.get("dangerousDisableAssetCspModification").is_none(), "Tauri adds its hashes to the CSP");
    assert!(security.get("assetProtocol").is_none(), "no asset: protocol (it reads local files)");
    assert!(security.get("headers").is_none());
    assert_eq!(conf["app"]["withGlobalTauri"], false, "no window.__TAURI__ for a script that got in");
    // The main window is made by navigation::main_window, locked to the app's origin.
    let windows = conf["app"]["windows"].as_array().unwrap();
    assert_eq!(windows.len(), 1);
    assert_eq!(windows[0]["label"], "main");
    assert_eq!(windows[0]["create"], false, "the window is created in setup, with its navigation lock");
}

#[test]
fn the_capability_grants_the_commands_and_two_core_permissions_only() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities");
    let files: Vec<String> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(files, ["main.json"], "one capability");
    let cap = read_json("capabilities/main.json");
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    assert!(cap.get("remote").is_none(), "no remote origin may call the commands");
    assert!(cap.get("webviews").is_none() && cap.get("platforms").is_none());
    let commands: std::collections::BTreeSet<String> =
        crate::commands::NAMES.iter().map(|n| format!("allow-{}", n.replace('_', "-"))).collect();
    for p in cap["permissions"].as_array().unwrap() {
        let p = p.as_str().expect("permissions are named, not scoped objects");
        assert!(
            commands.contains(p) || ["core:event:allow-listen", "core:event:allow-unlisten"].contains(&p),
            "capabilities/main.json grants {p}: neither a command of commands::ipc! nor listening to events"
        );
    }
}
