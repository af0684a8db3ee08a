//! The minutes as one self-contained A4 HTML page to print or attach:
//! print CSS, no script, nothing loaded from the network; every text from
//! the files escaped with the handout's [`esc`].

use super::{ActionPart, Body, Doc, Field, Item, Step};
use crate::report::svg::esc;
use crate::t;
use std::fmt::Write as _;

const CSS: &str = r#"
@page { size: A4; margin: 12mm 13mm 12mm 13mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9pt; line-height: 1.3; color: #1f2d3d; background: #fff; }
.page { width: 184mm; margin: 0 auto; }
@media screen { body { background: #dfe3e8; } .page { width: 210mm; min-height: 297mm; background: #fff; padding: 12mm 13mm; } }
header.top { border-bottom: 3px solid #1f4e79; padding-bottom: 2mm; margin-bottom: 2mm; }
header.top .kind { font-size: 9pt; color: #52606d; text-transform: uppercase; letter-spacing: .04em; }
header.top h1 { margin: .5mm 0 1mm 0; font-size: 15pt; color: #1f4e79; }
h2 { font-size: 11pt; color: #1f4e79; border-bottom: 1px solid #c5d3e0; padding-bottom: .8mm; margin: 3mm 0 1mm 0; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 9.5pt; margin: 0 0 .5mm 0; }
table { width: 100%; border-collapse: collapse; font-size: 8.5pt; }
table.fields th { width: 40mm; text-align: left; font-weight: bold; padding: .2mm 2mm .2mm 0; vertical-align: top; }
table.fields td { padding: .2mm 0; vertical-align: top; }
table.steps th { background: #1f4e79; color: #fff; text-align: left; padding: .8mm 1.5mm; }
table.steps th:nth-child(1) { width: 34%; } table.steps th:nth-child(2) { width: 36%; }
table.steps td { padding: .5mm 1.5mm; border-bottom: 1px solid #dde3ea; vertical-align: top; }
table.steps td.due { white-space: nowrap; }
ol.actions { margin: 0; padding-left: 5mm; }
ol.actions > li { margin: 0 0 1.5mm 0; break-inside: avoid; page-break-inside: avoid; }
ul { margin: .2mm 0; padding-left: 5mm; }
ul.facts { list-style: none; padding-left: 0; }
ul.facts ul { list-style: disc; }
p { margin: .5mm 0; }
.badge { display: inline-block; padding: 0 1.8mm; border-radius: 8px; font-size: 7.5pt; font-weight: bold; white-space: nowrap; }
.late { background: #f8d7da; color: #8a1c24; }
footer { margin-top: 3mm; border-top: 1px solid #c5d3e0; padding-top: 1.5mm; font-size: 7.5pt; color: #52606d; }
"#;

fn fields(o: &mut String, fs: &[Field]) {
    o.push_str("<table class=\"fields\"><tbody>");
    for f in fs {
        let _ = write!(
            o,
            "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
            esc(&f.label),
            esc(&f.value)
        );
    }
    o.push_str("</tbody></table>\n");
}

fn badge(doc: &Doc) -> String {
    format!(" <span class=\"badge late\">{}</span>", esc(&doc.overdue))
}

fn item(o: &mut String, doc: &Doc, i: &Item) {
    let _ = write!(
        o,
        "<li{}>{}{}</li>",
        if i.overdue { " class=\"overdue\"" } else { "" },
        esc(&i.text),
        if i.overdue { badge(doc) } else { String::new() }
    );
}

fn action(o: &mut String, doc: &Doc, a: &ActionPart) {
    let _ = write!(o, "<li><h3>{}</h3>", esc(&a.title));
    if !a.fields.is_empty() || !a.lists.is_empty() {
        o.push_str("<ul class=\"facts\">");
        for f in &a.fields {
            let line = t!(
                doc.lang,
                "minutes-field",
                label = format!("<strong>{}</strong>", esc(&f.label)),
                value = esc(&f.value)
            );
            let _ = write!(o, "<li>{line}</li>");
        }
        for l in &a.lists {
            let label = t!(
                doc.lang,
                "minutes-list",
                label = format!("<strong>{}</strong>", esc(&l.label))
            );
            let _ = write!(o, "<li>{label}<ul>");
            for i in &l.items {
                item(o, doc, i);
            }
            o.push_str("</ul></li>");
        }
        o.push_str("</ul>");
    }
    o.push_str("</li>\n");
}

fn steps(o: &mut String, doc: &Doc, columns: &[String; 4], rows: &[Step]) {
    o.push_str("<table class=\"steps\"><thead><tr>");
    for c in columns {
        let _ = write!(o, "<th scope=\"col\">{}</th>", esc(c));
    }
    o.push_str("</tr></thead><tbody>\n");
    for s in rows {
        let _ = writeln!(
            o,
            "<tr{}><td>{}</td><td>{}</td><td>{}</td><td class=\"due\">{}{}</td></tr>",
            if s.overdue { " class=\"overdue\"" } else { "" },
            esc(&s.action),
            esc(&s.text),
            esc(&s.owner),
            esc(&s.due),
            if s.overdue { badge(doc) } else { String::new() }
        );
    }
    o.push_str("</tbody></table>\n");
}

/// The whole page.
pub(super) fn render(doc: &Doc) -> String {
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{} — {} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main class=\"page\">\n",
        doc.lang.code(),
        esc(&doc.title),
        esc(&doc.group),
        esc(&doc.date)
    );
    let _ = write!(
        o,
        "<header class=\"top\"><div class=\"kind\">{}</div><h1>{}</h1>",
        esc(&doc.title),
        esc(&doc.group)
    );
    fields(&mut o, &doc.header);
    o.push_str("</header>\n");
    for s in &doc.sections {
        let _ = writeln!(
            o,
            "<section class=\"{}\"><h2>{}</h2>",
            s.class,
            esc(&s.heading)
        );
        match &s.body {
            Body::Fields(fs) => fields(&mut o, fs),
            Body::Paragraphs(ps) => {
                for p in ps {
                    let _ = writeln!(o, "<p>{}</p>", esc(p.trim()));
                }
            }
            Body::Actions(actions) => {
                o.push_str("<ol class=\"actions\">\n");
                for a in actions {
                    action(&mut o, doc, a);
                }
                o.push_str("</ol>\n");
            }
            Body::Steps { columns, rows } => steps(&mut o, doc, columns, rows),
            Body::Items(items) => {
                o.push_str("<ul>");
                for i in items {
                    let _ = write!(o, "<li>{}</li>", esc(i));
                }
                o.push_str("</ul>\n");
            }
        }
        o.push_str("</section>\n");
    }
    let _ = write!(
        o,
        "<footer>{}</footer>\n</main>\n</body>\n</html>\n",
        esc(&doc.footer)
    );
    o
}
