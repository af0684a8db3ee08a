//! The HTML handout as a COPIL secretary prints it: French typography in
//! every text, rows that never split, page numbers and a footer printed by
//! the browser itself (Chromium's print to PDF, read back with poppler),
//! statuses that stay apart in grayscale, and thousands grouped.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use pacte::domain::evaluation::Selection;
use pacte::report::{self, Format, Options, Report};
use pacte::store::Workspace;
use std::path::{Path, PathBuf};

fn annex_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annex")
}

fn report_of(dir: &Path, today: &str) -> Report {
    let ws = Workspace::open(dir).unwrap();
    let opts = Options {
        selection: Selection {
            year: Some(2021),
            ..Default::default()
        },
        since: None,
        ..Default::default()
    };
    Report::build(&ws, &opts, today.parse().unwrap()).unwrap()
}

/// The text of the handout's body, tags and style sheet taken out.
fn text_of(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let body = scraper::Selector::parse("body").unwrap();
    doc.select(&body)
        .next()
        .unwrap()
        .text()
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_handout_follows_french_typography() {
    let html = String::from_utf8(
        report::render(&report_of(&annex_dir(), "2021-07-31"), Format::Html).unwrap(),
    )
    .unwrap();
    let text = text_of(&html);
    for bad in [" :", " ;", " !", " ?", "« ", " »", " %"] {
        assert!(
            !text.contains(bad),
            "a plain space in «{bad}»: …{}…",
            {
                let i = text.find(bad).unwrap();
                text[i.saturating_sub(40)..(i + 40).min(text.len())].to_string()
            }
        );
    }
    for (i, c) in text.char_indices() {
        if c == '%' {
            let before = text[..i].chars().last();
            assert!(
                before.is_none_or(|b| !b.is_ascii_digit()),
                "a figure glued to %: {}",
                &text[i.saturating_sub(20)..i + 1]
            );
        }
    }
    assert!(text.contains(":"), "some colons at least");
    assert!(text.contains("\u{a0}:"), "no-break spaces before colons");
}

#[test]
fn figures_over_a_thousand_are_grouped() {
    assert_eq!(pacte::report::fr::number(1690.0), "1\u{202f}690");
    assert_eq!(pacte::report::fr::number(3000.0), "3\u{202f}000");
    assert_eq!(pacte::report::fr::number(53.25), "53,25");
}

#[test]
fn the_print_style_keeps_rows_whole_and_numbers_pages() {
    let html = String::from_utf8(
        report::render(&report_of(&annex_dir(), "2021-07-31"), Format::Html).unwrap(),
    )
    .unwrap();
    assert!(html.contains("tr, li, .card { break-inside: avoid;"));
    assert!(html.contains("counter(page) \" / \" counter(pages)"));
    assert!(
        html.contains("@bottom-left { content: \"Pacte"),
        "the footer names the report"
    );
    // Three statuses whose colours print as close greys carry a texture.
    for s in ["in-progress", "suspended", "abandoned"] {
        assert!(html.contains(&format!("<pattern id=\"st-{s}\"")), "{s}");
        assert!(html.contains(&format!("fill=\"url(#st-{s})\"")), "{s} used");
    }
}

#[test]
fn chromium_prints_page_numbers_and_the_footer() {
    let pdftotext = Path::new("/usr/bin/pdftotext");
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("bilan.html");
    let pdf = tmp.path().join("bilan.pdf");
    std::fs::write(
        &html,
        report::render(&report_of(&annex_dir(), "2021-07-31"), Format::Html).unwrap(),
    )
    .unwrap();
    let out = match common::print_to_pdf(tmp.path(), &html, &pdf) {
        Some(out) if pdftotext.exists() => out,
        _ => {
            eprintln!("SKIPPED: chromium or poppler-utils is not installed");
            return;
        }
    };
    assert!(pdf.exists(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::process::Command::new(pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    let pages = text.matches('\u{c}').count();
    assert!(pages >= 2, "{pages} pages");
    for n in 1..=pages {
        assert!(
            text.contains(&format!("Page {n} / {pages}")),
            "page {n} unnumbered:\n{text}"
        );
    }
    assert!(text.contains("chiffres au 31/07/2021"), "footer:\n{text}");
}
