//! The TypeScript side of the IPC contract, generated from the Rust types: every type a
//! command takes or returns or an event carries (ts-rs), the map of commands to their
//! arguments and results (from the one list in `commands/mod.rs`), the events by name,
//! and the error codes. Written to `ui/src/lib/generated/ipc.ts`; the test below fails
//! when that file is not what the Rust types say (`UPDATE_BINDINGS=1 cargo test -p
//! clientarea-desktop bindings` writes it).

use std::any::TypeId;
use std::collections::{BTreeMap, HashSet};

use clientarea_core::EngineEvent;
use clientarea_core::diagnostics::Progress;
use ts_rs::{Config, TS, TypeVisitor};

use crate::error::CommandError;
use crate::notifier::NotifierState;

/// Where the generated file lives, from the crate's folder.
pub const PATH: &str = "../ui/src/lib/generated/ipc.ts";

/// The events the shell emits to the window, by name, with what each carries.
fn events(cfg: &Config) -> Vec<(&'static str, String)> {
    vec![
        (crate::events::ENGINE_EVENT, EngineEvent::name(cfg)),
        (crate::events::NOTIFIER_EVENT, NotifierState::name(cfg)),
        (crate::events::OPEN_NOTICE_EVENT, crate::events::OpenRequest::name(cfg)),
        (crate::events::OPEN_TICKET_EVENT, crate::events::OpenRequest::name(cfg)),
        (crate::events::OPEN_INVOICE_EVENT, crate::events::OpenRequest::name(cfg)),
        (crate::events::NAVIGATE_EVENT, r#""status" | "tickets""#.into()),
        (crate::deeplink::LINKS_EVENT, "null".into()),
    ]
}

/// Collects the declaration of every named type reached, by name (sorted, so the file
/// does not change with the order types are met).
struct Declarations<'a> {
    cfg: &'a Config,
    seen: HashSet<TypeId>,
    decls: BTreeMap<String, String>,
}

impl TypeVisitor for Declarations<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        if !self.seen.insert(TypeId::of::<T>()) {
            return;
        }
        if T::output_path().is_some() {
            self.decls.insert(T::ident(self.cfg), T::decl(self.cfg));
        }
        T::visit_dependencies(self);
        T::visit_generics(self);
    }
}

/// JSON numbers are numbers: 64-bit integers are not sent as strings or bigints.
fn config() -> Config {
    Config::new().with_large_int("number")
}

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = config();
    let mut d = Declarations { cfg: &cfg, seen: HashSet::new(), decls: BTreeMap::new() };
    crate::commands::visit_types(&mut d);
    d.visit::<EngineEvent>();
    d.visit::<NotifierState>();
    d.visit::<crate::events::OpenRequest>();
    d.visit::<CommandError>();
    d.visit::<Progress>();
    let mut out = String::from(
        "// Generated from the Rust types by src-tauri/src/bindings.rs. Do not edit: change the Rust\n\
         // types, then run `UPDATE_BINDINGS=1 cargo test -p clientarea-desktop bindings`.\n\n\
         import type { Channel } from \"@tauri-apps/api/core\";\n\n",
    );
    for decl in d.decls.values() {
        out.push_str("export ");
        out.push_str(decl.trim());
        out.push_str("\n\n");
    }
    out.push_str("/** Every command the UI may call: its arguments and what it returns. */\nexport type Commands = {\n");
    for (name, args, result) in crate::commands::typescript(&cfg) {
        let args: Vec<String> = args.iter().map(|(a, ty)| format!("{}: {ty}", camel(a))).collect();
        out.push_str(&format!("  {name}: {{ args: {{ {} }}; result: {result} }};\n", args.join("; ")));
    }
    out.push_str("};\n\n/** The events the shell sends to the window, by name. */\nexport type Events = {\n");
    for (name, payload) in events(&cfg) {
        out.push_str(&format!("  \"{name}\": {payload};\n"));
    }
    out.push_str(
        "};\n\n/** Every error code, as a list (the type is `ErrorCode`). */\nexport const ERROR_CODES: readonly ErrorCode[] = [\n",
    );
    for code in clientarea_core::ErrorCode::ALL {
        out.push_str(&format!("  \"{}\",\n", code.as_str()));
    }
    out.push_str("];\n");
    out
}

/// Tauri takes command arguments in camelCase.
fn camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bindings_are_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(PATH);
        let want = typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &want).unwrap();
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            have == want,
            "{} is stale: the Rust types changed. Run `UPDATE_BINDINGS=1 cargo test -p clientarea-desktop bindings` and commit it.",
            path.display()
        );
    }

    #[test]
    fn arguments_are_named_as_tauri_expects() {
        assert_eq!(camel("provider_url"), "providerUrl");
        assert_eq!(camel("id"), "id");
        assert_eq!(camel("custom_port"), "customPort");
    }

    /// One list: the handler registers `commands::NAMES`; `build.rs` must give each of
    /// them a permission, the capability must grant each, and nothing else.
    #[test]
    fn registration_permissions_and_capability_agree() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let names: std::collections::BTreeSet<&str> = crate::commands::NAMES.iter().copied().collect();
        assert_eq!(names.len(), crate::commands::NAMES.len(), "a command is listed twice");

        let build = std::fs::read_to_string(dir.join("build.rs")).unwrap();
        let in_build: std::collections::BTreeSet<&str> =
            build.lines().filter_map(|l| l.trim().strip_prefix('"')?.strip_suffix("\",")).collect();
        assert_eq!(in_build, names, "build.rs's command list differs from commands::ipc!");

        let capability: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("capabilities/main.json")).unwrap()).unwrap();
        let granted: std::collections::BTreeSet<String> = capability["permissions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p.as_str())
            .filter(|p| !p.starts_with("core:"))
            .map(str::to_owned)
            .collect();
        let wanted: std::collections::BTreeSet<String> = names.iter().map(|n| format!("allow-{}", n.replace('_', "-"))).collect();
        assert_eq!(granted, wanted, "capabilities/main.json grants other commands than commands::ipc! lists");

        let generated: std::collections::BTreeSet<String> = std::fs::read_dir(dir.join("permissions/autogenerated"))
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".toml").map(str::to_owned))
            .filter(|n| n != "reference")
            .collect();
        let wanted: std::collections::BTreeSet<String> = names.iter().map(|n| n.to_string()).collect();
        assert_eq!(generated, wanted, "stale or missing files in permissions/autogenerated");
    }
}
