//! The minutes in Markdown, readable on the forge: a title, the header as
//! a list, a section per part, each action under its own heading, the
//! next steps carried over as a table.

use super::{ActionPart, Body, Doc, Field, Item, Step};
use crate::report::markdown::md;
use crate::t;
use std::fmt::Write as _;

/// Text from the files made inert at the start of a list item or a
/// paragraph too: a leading `1.`, `-`, `+` or `=` would open a list or a
/// heading.
fn md_start(s: &str) -> String {
    let e = md(s);
    let digits = e.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(e[digits..].chars().next(), Some('.' | ')')) {
        return format!("{}\\{}", &e[..digits], &e[digits..]);
    }
    if e.starts_with(['-', '+', '=']) {
        return format!("\\{e}");
    }
    e
}

fn field_line(doc: &Doc, f: &Field) -> String {
    t!(
        doc.lang,
        "minutes-field",
        label = format!("**{}**", md(&f.label)),
        value = md(&f.value)
    )
}

fn fields(o: &mut String, doc: &Doc, fs: &[Field]) {
    for f in fs {
        let _ = writeln!(o, "- {}", field_line(doc, f));
    }
}

fn item(doc: &Doc, i: &Item) -> String {
    if i.overdue {
        format!("{} — **{}**", md_start(&i.text), md(&doc.overdue))
    } else {
        md_start(&i.text)
    }
}

fn action(o: &mut String, doc: &Doc, n: usize, a: &ActionPart) {
    let _ = writeln!(o, "### {n}. {}\n", md(&a.title));
    fields(o, doc, &a.fields);
    for l in &a.lists {
        let label = t!(
            doc.lang,
            "minutes-list",
            label = format!("**{}**", md(&l.label))
        );
        let _ = writeln!(o, "- {label}");
        for i in &l.items {
            let _ = writeln!(o, "  - {}", item(doc, i));
        }
    }
    o.push('\n');
}

fn steps(o: &mut String, doc: &Doc, columns: &[String; 4], rows: &[Step]) {
    let _ = writeln!(
        o,
        "| {} |\n| --- | --- | --- | --- |",
        columns
            .iter()
            .map(|c| md(c))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    for s in rows {
        let due = if s.overdue {
            format!("{} **{}**", md(&s.due), md(&doc.overdue))
        } else {
            md(&s.due)
        };
        let _ = writeln!(
            o,
            "| {} | {} | {} | {due} |",
            md(&s.action),
            md(&s.text),
            md(&s.owner)
        );
    }
    o.push('\n');
}

/// The whole minutes.
pub(super) fn render(doc: &Doc) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "# {} — {}\n", md(&doc.title), md(&doc.group));
    fields(&mut o, doc, &doc.header);
    o.push('\n');
    for s in &doc.sections {
        let _ = writeln!(o, "## {}\n", md(&s.heading));
        match &s.body {
            Body::Fields(fs) => {
                fields(&mut o, doc, fs);
                o.push('\n');
            }
            Body::Paragraphs(ps) => {
                for p in ps {
                    let _ = writeln!(o, "{}\n", md_start(p.trim()));
                }
            }
            Body::Actions(actions) => {
                for (n, a) in actions.iter().enumerate() {
                    action(&mut o, doc, n + 1, a);
                }
            }
            Body::Steps { columns, rows } => steps(&mut o, doc, columns, rows),
            Body::Items(items) => {
                for i in items {
                    let _ = writeln!(o, "- {}", md_start(i));
                }
                o.push('\n');
            }
        }
    }
    let _ = writeln!(o, "---\n\n*{}*", md(&doc.footer));
    o
}
