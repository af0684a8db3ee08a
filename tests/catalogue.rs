//! The message catalogue: every message exists in French and in English
//! with the same placeholders, no id is defined twice, and every id the code
//! names (`t!(lang, "id", …)`, `m!("id", …)`) is in the catalogue.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

/// Variables a pattern refers to (inside selectors and variants too).
fn variables(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Every message of a language: id → (file, placeholders).
fn catalogue(lang: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let dir = root().join("config/locales").join(lang);
    let mut out = BTreeMap::new();
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    for path in files {
        let text = fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((_, errors)) => panic!("{lang}/{name}: {errors:?}"),
        };
        for entry in resource.body {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    variables(v, &mut vars);
                }
                let id = m.id.name.to_string();
                if let Some((first, _)) = out.insert(id.clone(), (name.clone(), vars)) {
                    panic!("{lang}: {id} defined twice ({first} and {name})");
                }
            }
        }
    }
    out
}

#[test]
fn every_message_is_in_both_languages_with_the_same_placeholders() {
    let fr = catalogue("fr");
    let en = catalogue("en");
    assert!(fr.len() > 100, "{} French messages", fr.len());
    let mut problems = Vec::new();
    for (id, (file, vars)) in &fr {
        match en.get(id) {
            None => problems.push(format!("{id} ({file}) has no English")),
            Some((efile, evars)) => {
                if efile != file {
                    problems.push(format!("{id}: fr/{file} but en/{efile}"));
                }
                if evars != vars {
                    problems.push(format!("{id}: placeholders fr {vars:?} en {evars:?}"));
                }
            }
        }
    }
    for id in en.keys() {
        if !fr.contains_key(id) {
            problems.push(format!("{id} has no French"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
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

/// The ids named by `t!(…, "id"` and `m!("id"` in a source text, with
/// their line.
fn ids_named(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for mac in ["t!(", "m!("] {
        let mut from = 0;
        while let Some(at) = text[from..].find(mac) {
            let start = from + at;
            from = start + mac.len();
            let before = text[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[from..];
            let Some(q) = rest.find('"') else { continue };
            // Only the macro's own arguments before the id: a language
            // expression for t!, nothing for m!.
            let head = &rest[..q];
            if head.contains(';') || head.contains('"') || head.contains('{') {
                continue;
            }
            if mac == "m!(" && !head.trim().is_empty() {
                continue;
            }
            let tail = &rest[q + 1..];
            let Some(end) = tail.find('"') else { continue };
            let id = &tail[..end];
            let line = text[..start].lines().count();
            out.push((line, id.to_string()));
        }
    }
    out
}

#[test]
fn every_id_the_code_names_is_in_the_catalogue() {
    let fr = catalogue("fr");
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut missing = Vec::new();
    let mut named = 0;
    for f in files {
        let text = fs::read_to_string(&f).unwrap();
        for (line, id) in ids_named(&text) {
            // The macros' own definitions and their doc examples.
            if id == "$id" || f.ends_with("i18n.rs") && id.starts_with("sync-sent") {
                continue;
            }
            named += 1;
            let shape = !id.is_empty()
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !shape || !fr.contains_key(&id) {
                missing.push(format!("{}:{line}: {id:?}", f.display()));
            }
        }
    }
    assert!(named > 100, "only {named} ids found: the scan is broken");
    assert!(
        missing.is_empty(),
        "not in the catalogue:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_scan_finds_ids_across_lines() {
    let src = "let a = t!(lang, \"one\");\nlet b = crate::t!(\n    app.lang,\n    \"two\",\n    n = 3\n);\nlet c = m!(\"three\", x = 1);";
    let ids: Vec<String> = ids_named(src).into_iter().map(|(_, id)| id).collect();
    assert_eq!(ids, ["one", "two", "three"]);
}
