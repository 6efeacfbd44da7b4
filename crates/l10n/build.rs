//! Embed every `locales/<locale>/*.ftl` file in the binary, so the Rust side formats the
//! very messages the UI shows, and a new file needs no list to be kept by hand.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let root = Path::new(&manifest_dir()).join("../../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut locales: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ beside the workspace root")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    locales.sort_by_key(|e| e.file_name());
    let mut out = String::from("pub static RESOURCES: &[(&str, &str, &str)] = &[\n");
    for locale in locales {
        let name = locale.file_name().to_string_lossy().into_owned();
        // A file added to a locale folder changes that folder, not the root: watch each.
        println!("cargo:rerun-if-changed={}", locale.path().display());
        let mut files: Vec<_> = std::fs::read_dir(locale.path())
            .expect("readable locale folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for f in files {
            let file = f.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let abs = f.canonicalize().expect("canonical path");
            println!("cargo:rerun-if-changed={}", abs.display());
            let _ = writeln!(out, "    ({name:?}, {file:?}, include_str!({:?})),", abs.display().to_string());
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("resources.rs");
    std::fs::write(dest, out).expect("write resources.rs");
}

/// The package folder, read when this runs rather than baked in when it was compiled: the
/// build directory is shared by every clone on the machine, and a binary built for
/// another clone must not read that clone's files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo")
}
