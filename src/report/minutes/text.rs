//! The minutes as plain text for an e-mail client: lines of at most 72
//! columns (broken at ordinary spaces only, so that French no-break spaces
//! hold), headings underlined, lists with hanging indents.

use super::{ActionPart, Body, Doc, Field, Item};
use crate::t;
use crate::text::sanitize;

/// Width of a line.
pub(crate) const WIDTH: usize = 72;

/// `text` in lines of at most [`WIDTH`] columns, the first starting with
/// `first`, the others with `rest` (a word longer than a line stands
/// alone). Breaks only at ASCII spaces.
pub(crate) fn wrap(text: &str, first: &str, rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = first.to_string();
    let mut len = first.chars().count();
    let mut empty = true;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = word.chars().count();
        if !empty && len + 1 + w > WIDTH {
            out.push(std::mem::replace(&mut line, rest.to_string()));
            len = rest.chars().count();
            empty = true;
        }
        if !empty {
            line.push(' ');
            len += 1;
        }
        line.push_str(word);
        len += w;
        empty = false;
    }
    out.push(line.trim_end().to_string());
    out
}

fn push(o: &mut String, lines: Vec<String>) {
    for l in lines {
        o.push_str(&l);
        o.push('\n');
    }
}

fn heading(o: &mut String, text: &str, rule: char) {
    let lines = wrap(&sanitize(text), "", "");
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    push(o, lines);
    o.extend(std::iter::repeat_n(rule, width.min(WIDTH)));
    o.push('\n');
}

fn field(o: &mut String, doc: &Doc, f: &Field, indent: &str) {
    let line = t!(
        doc.lang,
        "minutes-field",
        label = f.label.as_str(),
        value = f.value.as_str()
    );
    push(o, wrap(&sanitize(&line), indent, &format!("{indent}    ")));
}

fn item(o: &mut String, doc: &Doc, i: &Item, indent: &str) {
    let text = if i.overdue {
        format!("{} — {}", i.text, doc.overdue)
    } else {
        i.text.clone()
    };
    push(
        o,
        wrap(
            &sanitize(&text),
            &format!("{indent}- "),
            &format!("{indent}  "),
        ),
    );
}

fn action(o: &mut String, doc: &Doc, n: usize, a: &ActionPart) {
    let number = format!("{n}. ");
    let indent = " ".repeat(number.chars().count());
    push(o, wrap(&sanitize(&a.title), &number, &indent));
    for f in &a.fields {
        field(o, doc, f, &indent);
    }
    for l in &a.lists {
        let label = t!(doc.lang, "minutes-list", label = l.label.as_str());
        push(o, wrap(&sanitize(&label), &indent, &indent));
        for i in &l.items {
            item(o, doc, i, &indent);
        }
    }
}

/// The whole minutes.
pub(super) fn render(doc: &Doc) -> String {
    let mut o = String::new();
    heading(&mut o, &format!("{} — {}", doc.title, doc.group), '=');
    o.push('\n');
    for f in &doc.header {
        field(&mut o, doc, f, "");
    }
    for s in &doc.sections {
        o.push('\n');
        heading(&mut o, &s.heading, '-');
        match &s.body {
            Body::Fields(fs) => {
                for f in fs {
                    field(&mut o, doc, f, "");
                }
            }
            Body::Paragraphs(ps) => {
                for (k, p) in ps.iter().enumerate() {
                    if k > 0 {
                        o.push('\n');
                    }
                    push(&mut o, wrap(&sanitize(p.trim()), "", ""));
                }
            }
            Body::Actions(actions) => {
                for (n, a) in actions.iter().enumerate() {
                    if n > 0 {
                        o.push('\n');
                    }
                    action(&mut o, doc, n + 1, a);
                }
            }
            Body::Steps { rows, .. } => {
                for r in rows {
                    let i = Item {
                        text: r.sentence.clone(),
                        overdue: r.overdue,
                    };
                    item(&mut o, doc, &i, "");
                }
            }
            Body::Items(items) => {
                for i in items {
                    push(&mut o, wrap(&sanitize(i), "- ", "  "));
                }
            }
        }
    }
    o.push('\n');
    push(&mut o, wrap(&sanitize(&doc.footer), "", ""));
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_ordinary_spaces_with_a_hanging_indent() {
        let text = "un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize";
        let lines = wrap(text, "- ", "  ");
        assert!(
            lines.iter().all(|l| l.chars().count() <= WIDTH),
            "{lines:?}"
        );
        assert!(lines[0].starts_with("- un"));
        assert!(lines[1].starts_with("  "));
        assert_eq!(
            lines.join(" ").split_whitespace().collect::<Vec<_>>(),
            ("- ".to_string() + text)
                .split_whitespace()
                .collect::<Vec<_>>()
        );
        // A no-break space never breaks.
        let nb = format!("{}97\u{a0}personnes", "x ".repeat(35));
        assert!(wrap(&nb, "", "").iter().any(|l| l == "97\u{a0}personnes"));
    }
}
