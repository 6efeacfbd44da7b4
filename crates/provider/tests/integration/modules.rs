//! The provider's own modules import each other without a cycle, and keep it so; so do
//! the desktop shell's (`src-tauri/src`, checked here too: one checker for both).
//!
//! It reads every file under `src/` (as it is on disk when the test runs) and draws one
//! node per top-level module (`src/x.rs` or `src/x/`; a file of a submodule counts for its
//! top-level module) plus the crate root. An edge `a -> b` is a path in `a` that names
//! `crate::b` (also inside `use crate::{b, ..}` and through `super::` that climbs to the
//! crate root); comments and literals are skipped. The crate root declares every module,
//! so it points at all of them, and a module that names an item of the root
//! (`crate::Config`) closes a cycle through it. `src/main.rs` is the binary's own crate
//! and is left out.
//!
//! On a cycle it fails naming the shortest one, edge by edge with the file and line that
//! make each edge, and every module that is on some cycle. The checker is tested on
//! small made-up sources too, so it is known to find a cycle.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::Path;

/// The crate root as a node of the graph.
const ROOT: &str = "(crate root: lib.rs)";

/// `from -> to -> where` (the first place that makes the edge, `file:line`).
type Graph = BTreeMap<String, BTreeMap<String, String>>;

#[test]
fn the_provider_modules_import_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    read_sources(&src, &src, &mut files);
    let graph = module_graph(&files);
    assert!(graph.len() >= 10, "too few modules found under {}: {:?}", src.display(), graph.keys());
    assert!(graph.get(ROOT).is_some_and(|to| to.len() >= 10), "the crate root should declare the modules: {graph:?}");
    assert!(graph.get("routes").is_some_and(|to| to.contains_key("store")), "routes should be seen to use the store: {graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        let caught: Vec<&str> = graph.keys().filter(|n| cycle_through(&graph, n).is_some()).map(String::as_str).collect();
        panic!(
            "the provider's modules import each other in a cycle:\n{}\n(modules on some cycle: {})",
            describe(&graph, &cycle),
            caught.join(", ")
        );
    }
}

#[test]
fn the_shell_modules_import_no_cycle() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src-tauri/src");
    let mut files = Vec::new();
    read_sources(&src, &src, &mut files);
    let graph = module_graph(&files);
    assert!(graph.len() >= 8, "too few modules found under {}: {:?}", src.display(), graph.keys());
    assert!(graph.get("commands").is_some_and(|to| to.contains_key("state")), "commands should be seen to use the state: {graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!("the shell's modules import each other in a cycle:\n{}", describe(&graph, &cycle));
    }
}

#[test]
fn a_cycle_is_found_and_named() {
    let files = sources(&[
        ("lib.rs", "mod a;\nmod b;\nmod c;\nmod d;\n"),
        ("a.rs", "use crate::b::Thing;\n"),
        ("b/mod.rs", "mod inner;\n"),
        ("b/inner.rs", "fn f() {\n    crate::c::g();\n}\n"),
        ("c.rs", "use crate::{\n    a::{Other, More},\n    d,\n    self,\n};\n"),
        ("d.rs", ""),
    ]);
    let graph = module_graph(&files);
    assert_eq!(graph["c"].keys().collect::<Vec<_>>(), ["a", "d"], "{graph:?}");
    let cycle = find_cycle(&graph).expect("a -> b -> c -> a is a cycle");
    assert_eq!(cycle, ["a", "b", "c", "a"]);
    let text = describe(&graph, &cycle);
    assert!(text.contains("b -> c (b/inner.rs:2)"), "{text}");
    assert!(text.contains("c -> a (c.rs:1)"), "{text}");
}

#[test]
fn reaching_back_into_the_crate_root_is_a_cycle() {
    let files = sources(&[("lib.rs", "mod a;\npub struct Config;\n"), ("a.rs", "fn f(_: &crate::Config) {}\n")]);
    let cycle = find_cycle(&module_graph(&files)).expect("root -> a -> root");
    assert_eq!(cycle, [ROOT, "a", ROOT]);
}

#[test]
fn comments_literals_and_inner_paths_make_no_edge() {
    let files = sources(&[
        ("lib.rs", "mod a;\nmod b;\nmod s;\n"),
        (
            "a.rs",
            r####"//! Not an edge: crate::b
/* nor /* nested */ crate::b */
const X: &str = "crate::b";
const Y: &str = r#"crate::b "still" a string"#;
const Z: char = '"';
use crate::s::Real;
const Q: (char, u8, &str) = ('\'', b'\'', "crate::b");
fn f<'a>(x: &'a str) -> &'a str { x }
mod tests {
    use super::*;
    use super::super::s::Thing;
}
"####,
        ),
        ("b.rs", "use crate::a::f;\n"),
        ("s/mod.rs", "mod part;\npub struct Store;\n"),
        ("s/part.rs", "use super::Store;\nuse self::x::Y;\nfn g() -> super::Store { todo!() }\n"),
    ]);
    let graph = module_graph(&files);
    assert_eq!(graph["a"].keys().collect::<Vec<_>>(), ["s"], "{graph:?}");
    assert_eq!(graph["b"].keys().collect::<Vec<_>>(), ["a"], "{graph:?}");
    assert!(graph["s"].is_empty(), "{graph:?}");
    assert_eq!(find_cycle(&graph), None);
}

fn sources(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files.iter().map(|(p, s)| ((*p).to_owned(), (*s).to_owned())).collect()
}

/// Every `.rs` file under `dir`, as (path relative to `src`, with `/`, text).
fn read_sources(src: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("src is readable").map(|e| e.expect("a directory entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_sources(src, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(src).expect("under src").components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>();
            out.push((rel.join("/"), std::fs::read_to_string(&path).expect("source is UTF-8")));
        }
    }
}

/// The module path a file defines: `lib.rs` is `[]`, `store/chat.rs` is `[store, chat]`.
fn module_path(file: &str) -> Vec<String> {
    let mut parts: Vec<String> = file.trim_end_matches(".rs").split('/').map(str::to_owned).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

fn module_graph(files: &[(String, String)]) -> Graph {
    let files: Vec<_> = files.iter().filter(|(f, _)| f != "main.rs").collect();
    let modules: BTreeSet<String> = files.iter().filter_map(|(f, _)| module_path(f).first().cloned()).collect();
    let mut graph: Graph = modules.iter().map(|m| (m.clone(), BTreeMap::new())).collect();
    graph.insert(ROOT.to_owned(), BTreeMap::new());
    for (file, text) in files {
        let path = module_path(file);
        let from = path.first().cloned().unwrap_or_else(|| ROOT.to_owned());
        for (target, line) in references(&path, &lex(text)) {
            let to = match target {
                Some(name) if modules.contains(&name) => name,
                _ => ROOT.to_owned(),
            };
            if to != from {
                graph.entry(from.clone()).or_default().entry(to).or_insert_with(|| format!("{file}:{line}"));
            }
        }
        if path.is_empty() {
            // The crate root declares (and so depends on) every module.
            for m in &modules {
                graph.entry(ROOT.to_owned()).or_default().entry(m.clone()).or_insert_with(|| format!("{file}: mod {m}"));
            }
        }
    }
    graph
}

#[derive(Debug, PartialEq)]
enum Tok {
    Ident(String),
    PathSep,
    Punct(char),
}

/// Rust source as identifiers, `::` and punctuation, each with its line; comments,
/// strings and char literals are dropped.
fn lex(src: &str) -> Vec<(Tok, usize)> {
    let s: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line) = (0, 1);
    let at = |i: usize| s.get(i).copied().unwrap_or('\0');
    while i < s.len() {
        let c = s[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < s.len() && s[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < s.len() {
                if s[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if s[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    line += usize::from(s[i] == '\n');
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(&s, i + 1, &mut line);
        } else if c == '\'' {
            if at(i + 1) == '\\' {
                // An escaped char literal: past the escaped char, up to the closing quote.
                i += 3;
                while i < s.len() && s[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                // A lifetime or a label: the quote alone, its name follows.
                out.push((Tok::Punct('\''), line));
                i += 1;
            }
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < s.len() && (s[i].is_alphanumeric() || s[i] == '_') {
                i += 1;
            }
            let word: String = s[start..i].iter().collect();
            let raw = matches!(word.as_str(), "r" | "br" | "cr");
            if raw && (at(i) == '"' || (at(i) == '#' && (at(i + 1) == '"' || at(i + 1) == '#'))) {
                let mut hashes = 0;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                i += 1;
                loop {
                    if i >= s.len() {
                        break;
                    }
                    if s[i] == '"' && (1..=hashes).all(|k| at(i + k) == '#') {
                        i += 1 + hashes;
                        break;
                    }
                    line += usize::from(s[i] == '\n');
                    i += 1;
                }
            } else if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                i = skip_string(&s, i + 1, &mut line);
            } else if word == "b" && at(i) == '\'' {
                i += 1;
                while i < s.len() && s[i] != '\'' {
                    i += if s[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
            } else if word == "r" && at(i) == '#' {
                // A raw identifier (`r#type`): the name follows.
                i += 1;
            } else {
                out.push((Tok::Ident(word), line));
            }
        } else if c == ':' && at(i + 1) == ':' {
            out.push((Tok::PathSep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// Past the end of a string whose opening quote is just before `i`.
fn skip_string(s: &[char], mut i: usize, line: &mut usize) -> usize {
    while i < s.len() && s[i] != '"' {
        if s[i] == '\\' {
            i += 1;
        }
        if s.get(i) == Some(&'\n') {
            *line += 1;
        }
        i += 1;
    }
    i + 1
}

/// Every path in a file (whose module path is `file_path`) that leaves its top-level
/// module through the crate root, with its line: `Some(x)` for `crate::x..`, `None` for
/// the root itself (`crate::*`).
fn references(file_path: &[String], toks: &[(Tok, usize)]) -> Vec<(Option<String>, usize)> {
    let ident = |k: usize| match toks.get(k) {
        Some((Tok::Ident(w), _)) => Some(w.as_str()),
        _ => None,
    };
    let is = |k: usize, t: &Tok| toks.get(k).is_some_and(|(x, _)| x == t);
    let mut out = Vec::new();
    // Inline modules (`mod tests { .. }`) open at a brace depth and deepen the path.
    let mut inline: Vec<(String, isize)> = Vec::new();
    let mut depth: isize = 0;
    for (k, (tok, line)) in toks.iter().enumerate() {
        match tok {
            Tok::Punct('{') => depth += 1,
            Tok::Punct('}') => {
                depth -= 1;
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
            }
            Tok::Ident(w) if w == "mod" => {
                if let (Some(name), true) = (ident(k + 1), is(k + 2, &Tok::Punct('{'))) {
                    inline.push((name.to_owned(), depth));
                }
            }
            Tok::Ident(w) if w == "crate" || w == "super" => {
                // Only the start of a path (not `x::super`, not `$crate`).
                if k > 0 && (is(k - 1, &Tok::PathSep) || is(k - 1, &Tok::Punct('$'))) {
                    continue;
                }
                // The module the prefix names, and `j` on its last word.
                let mut here: Vec<&str> = file_path.iter().map(String::as_str).chain(inline.iter().map(|(n, _)| n.as_str())).collect();
                let mut j = k;
                if w == "crate" {
                    here.clear();
                } else {
                    here.pop();
                    while is(j + 1, &Tok::PathSep) && ident(j + 2) == Some("super") {
                        here.pop();
                        j += 2;
                    }
                }
                // Still inside its own top-level module, or no path at all (`pub(crate)`).
                if !here.is_empty() || !is(j + 1, &Tok::PathSep) {
                    continue;
                }
                match (toks.get(j + 2).map(|t| &t.0), ident(j + 2)) {
                    (_, Some("self")) => {}
                    (_, Some(name)) => out.push((Some(name.to_owned()), *line)),
                    (Some(Tok::Punct('{')), _) => out.extend(group(&toks[j + 2..]).into_iter().map(|t| (t, *line))),
                    (Some(Tok::Punct('*')), _) => out.push((None, *line)),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    out
}

/// The first names of the items of the `{ .. }` group that `toks` opens with.
fn group(toks: &[(Tok, usize)]) -> Vec<Option<String>> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut item_start = false;
    for (tok, _) in toks {
        let starts = std::mem::take(&mut item_start);
        match tok {
            Tok::Punct('{') => {
                depth += 1;
                item_start = depth == 1;
            }
            Tok::Punct('}') => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Tok::Punct(',') if depth == 1 => item_start = true,
            Tok::Ident(name) if starts && name != "self" => out.push(Some(name.clone())),
            Tok::Punct('*') if starts => out.push(None),
            _ => {}
        }
    }
    out
}

/// The shortest cycle in the graph (the first of the shortest, in name order), as its
/// nodes with the first repeated at the end; `None` when the graph has none.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    graph.keys().filter_map(|n| cycle_through(graph, n)).min_by_key(Vec::len)
}

/// The shortest cycle through `start`, found breadth first.
fn cycle_through<'a>(graph: &'a Graph, start: &'a str) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if next == start {
                let mut cycle = vec![start.to_owned()];
                let mut at = node;
                while at != start {
                    cycle.push(at.to_owned());
                    at = came_from[at];
                }
                cycle.push(start.to_owned());
                cycle.reverse();
                return Some(cycle);
            }
            if !came_from.contains_key(next.as_str()) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// One line per edge of the cycle, with the place that makes it.
fn describe(graph: &Graph, cycle: &[String]) -> String {
    cycle
        .windows(2)
        .map(|w| format!("  {} -> {} ({})", w[0], w[1], graph.get(&w[0]).and_then(|to| to.get(&w[1])).map_or("?", String::as_str)))
        .collect::<Vec<_>>()
        .join("\n")
}
