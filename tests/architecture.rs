//! The house rules that can be checked: the interface's update modules
//! import each other without a cycle, the domain and the storage never
//! import the terminal crates, and no source file grows past a size a
//! person can read.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Sibling modules a file of `src/tui/update/` names: `super::x`,
/// `update::x`, `use super::{x, y}`.
fn siblings(text: &str, names: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for prefix in ["super::", "update::"] {
        let mut from = 0;
        while let Some(at) = text[from..].find(prefix) {
            let start = from + at + prefix.len();
            from = start;
            if text[..start - prefix.len()].ends_with("super::") {
                continue; // super::super::…: the parent's modules
            }
            let rest = &text[start..];
            let group: Vec<&str> = if let Some(inner) = rest.strip_prefix('{') {
                let end = inner.find('}').unwrap_or(0);
                inner[..end].split(',').map(str::trim).collect()
            } else {
                vec![rest]
            };
            for g in group {
                let name: String = g
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if names.contains(&name) {
                    out.insert(name);
                }
            }
        }
    }
    out
}

fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == n) {
            let mut c = path[i..].to_vec();
            c.push(n.to_string());
            return Some(c);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n.to_string());
        for m in graph.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n.to_string());
        None
    }
    let mut done = BTreeSet::new();
    for n in graph.keys() {
        if let Some(c) = visit(n, graph, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

#[test]
fn the_update_modules_import_each_other_without_a_cycle() {
    let dir = src().join("tui/update");
    let mut files = BTreeMap::new();
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let text = if p.is_dir() {
            let mut all = Vec::new();
            rust_files(&p, &mut all);
            all.iter()
                .map(|f| fs::read_to_string(f).unwrap())
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            fs::read_to_string(&p).unwrap()
        };
        files.insert(name, text);
    }
    let names: BTreeSet<String> = files.keys().filter(|n| *n != "mod").cloned().collect();
    assert!(names.len() > 10, "{names:?}");
    let graph: BTreeMap<String, BTreeSet<String>> = files
        .iter()
        .filter(|(n, _)| *n != "mod")
        .map(|(n, t)| {
            let mut s = siblings(t, &names);
            s.remove(n);
            (n.clone(), s)
        })
        .collect();
    assert_eq!(cycle(&graph), None, "{graph:#?}");
}

#[test]
fn the_cycle_finder_finds_one() {
    let g: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
            .collect();
    assert!(cycle(&g).is_some());
    let names: BTreeSet<String> = ["nav", "record"].into_iter().map(String::from).collect();
    let found = siblings(
        "use super::{nav, record};\nuse super::super::app::App;",
        &names,
    );
    assert_eq!(found.len(), 2);
}

#[test]
fn the_domain_and_the_storage_never_import_the_terminal() {
    let mut bad = Vec::new();
    for part in ["domain", "store", "merge"] {
        let mut files = Vec::new();
        rust_files(&src().join(part), &mut files);
        for f in files {
            let text = fs::read_to_string(&f).unwrap();
            if text.contains("ratatui") || text.contains("crossterm") || text.contains("crate::tui")
            {
                bad.push(f.display().to_string());
            }
        }
    }
    assert!(bad.is_empty(), "{bad:?}");
}

/// Files still over the limit, to be split; the list may only shrink.
const TO_SPLIT: &[&str] = &[];

#[test]
fn no_source_file_is_longer_than_a_person_reads() {
    const MOST: usize = 700;
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut long = Vec::new();
    for f in &files {
        let n = fs::read_to_string(f).unwrap().lines().count();
        let rel = f
            .strip_prefix(src())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if n > MOST && !TO_SPLIT.contains(&rel.as_str()) {
            long.push(format!("{rel} ({n} lines)"));
        }
    }
    assert!(long.is_empty(), "over {MOST} lines:\n{}", long.join("\n"));
    for rel in TO_SPLIT {
        let n = fs::read_to_string(src().join(rel)).map_or(0, |t| t.lines().count());
        assert!(n > MOST, "{rel} is now {n} lines: take it off TO_SPLIT");
    }
}
