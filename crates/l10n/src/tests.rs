use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

#[test]
fn negotiation_maps_regional_and_unknown_locales() {
    assert_eq!(negotiate(&["de-AT"]), "de");
    assert_eq!(negotiate(&["it_IT.UTF-8"]), "it");
    assert_eq!(negotiate(&["es-MX", "en-US"]), "es");
    assert_eq!(negotiate(&["pt-BR"]), "en-US");
    assert_eq!(negotiate(&["en-GB"]), "en-US");
    assert_eq!(negotiate(&["C"]), "en-US");
    assert_eq!(negotiate::<&str>(&[]), "en-US");
    assert_eq!(negotiate(&["fr-FR", "de-CH"]), "de", "the first shipped match wins");
}

#[test]
fn every_locale_dir_is_embedded() {
    let root = std::path::Path::new(&manifest_dir()).join("../../locales");
    let mut on_disk = BTreeSet::new();
    for l in std::fs::read_dir(&root).unwrap() {
        let l = l.unwrap();
        for f in std::fs::read_dir(l.path()).unwrap() {
            on_disk.insert((l.file_name().to_string_lossy().into_owned(), f.unwrap().file_name().to_string_lossy().into_owned()));
        }
    }
    let embedded: BTreeSet<_> = resources().iter().map(|(l, f, _)| (l.to_string(), f.to_string())).collect();
    assert_eq!(on_disk, embedded);
    let dirs: BTreeSet<_> = on_disk.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(dirs, LOCALES.into_iter().collect::<BTreeSet<_>>());
}

/// id -> the variables it uses, for one locale; every file must parse cleanly.
fn messages(locale: &str) -> BTreeMap<(String, String), BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (l, file, source) in resources().iter().filter(|(l, _, _)| *l == locale) {
        let res = fluent_syntax::parser::parse(*source).unwrap_or_else(|(_, errs)| panic!("{l}/{file} does not parse: {errs:?}"));
        for entry in res.body {
            let (id, pattern, attrs) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                ast::Entry::Junk { content } => panic!("{l}/{file} has junk: {content}"),
                _ => continue,
            };
            let mut vars = BTreeSet::new();
            if let Some(p) = &pattern {
                collect_vars(p, &mut vars);
            }
            for a in &attrs {
                collect_vars(&a.value, &mut vars);
            }
            let prev = out.insert((file.to_string(), id.clone()), vars);
            assert!(prev.is_none(), "{l}/{file}: {id} defined twice");
        }
    }
    out
}

fn collect_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, vars);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, vars),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for v in variants {
                collect_vars(&v.value, vars);
            }
        }
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                collect_inline(a, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, vars),
        _ => {}
    }
}

#[test]
fn every_locale_has_every_id_of_english_with_the_same_variables() {
    let en = messages("en-US");
    assert!(en.len() > 50, "en-US has its messages: {}", en.len());
    for l in ["it", "de", "es"] {
        let other = messages(l);
        let missing: Vec<_> = en.keys().filter(|k| !other.contains_key(*k)).collect();
        let obsolete: Vec<_> = other.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{l} lacks {missing:?}");
        assert!(obsolete.is_empty(), "{l} has obsolete {obsolete:?}");
        for (k, vars) in &en {
            assert_eq!(&other[k], vars, "{l}: {k:?} uses other variables than en-US");
        }
    }
}

#[test]
fn messages_with_variables_document_them() {
    for (_, file, source) in resources() {
        let lines: Vec<&str> = source.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let Some((id, value)) = line.split_once(" = ") else { continue };
            if id.starts_with('-') || id.starts_with(' ') || !value.contains("{ $") {
                continue;
            }
            let above: Vec<&str> = lines[..i].iter().rev().take_while(|l| l.starts_with('#')).copied().collect();
            assert!(above.iter().any(|l| l.starts_with("# Variables:")), "{file}: {id} has placeables but no `# Variables:` comment");
        }
    }
}

#[test]
fn formats_in_each_locale_with_the_brand_term() {
    let l10n = Localizer::new();
    assert_eq!(l10n.format("en-US", "app-window-title", None), "Client Area");
    assert_eq!(l10n.format("it", "app-window-title", None), "Area clienti");
    assert_eq!(l10n.format("de", "app-window-title", None), "Kundenbereich");
    assert_eq!(l10n.format("es", "app-window-title", None), "Área de Cliente");
    let mut args = FluentArgs::new();
    args.set("number", "100234");
    assert_eq!(l10n.format("de", "tickets-number", Some(&args)), "#100234", "no digit grouping in ticket numbers");
    assert_eq!(l10n.format("xx", "tickets-status-open", None), "Open", "unknown locale falls back to English");
    assert_eq!(l10n.format("it", "no-such-id", None), "no-such-id");
}

/// The package folder, read when this runs rather than baked in when it was compiled: the
/// build directory is shared by every clone on the machine, and a binary built for
/// another clone must not read that clone's files.
fn manifest_dir() -> String {
    std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR is set by cargo")
}
