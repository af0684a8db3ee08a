//! `pacte minutes`: a meeting's minutes (*compte rendu*) in Markdown, plain
//! text and A4 HTML, from the library and from the command line.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use chrono::NaiveDate;
use pacte::domain::{Group, Id, Referential};
use pacte::i18n::Lang;
use pacte::report::minutes::{self, MinutesFormat};
use pacte::store::Workspace;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const TODAY: &str = "2027-01-10";

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minutes")
}

fn today() -> NaiveDate {
    TODAY.parse().unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn load() -> (Referential, Group) {
    let ws = Workspace::open(&fixture_dir()).unwrap();
    assert!(
        ws.load_diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        ws.load_diagnostics
    );
    let g = ws.group(&id("mobilite-thau")).unwrap().clone();
    (ws.referential.unwrap(), g)
}

fn render(r: &Referential, g: &Group, format: MinutesFormat, lang: Lang) -> String {
    minutes::render(r, g, &id("2026-12-01"), today(), format, lang).unwrap()
}

fn fixture(format: MinutesFormat, lang: Lang) -> String {
    let (r, g) = load();
    render(&r, &g, format, lang)
}

/// The fixture with a hostile action title (markup, control characters).
fn hostile() -> (Referential, Group) {
    let (r, mut g) = load();
    let a = g.action_mut(&id("plateforme-mobilite")).unwrap();
    a.title = "<script>alert('x')</script> *gras* | [lien](http://x) \u{1b}[31m\u{202e}".into();
    (r, g)
}

#[test]
fn fixture_is_a_valid_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_dir(&fixture_dir(), tmp.path());
    pacte(tmp.path()).arg("check").assert().success();
}

#[test]
fn markdown_fr_snapshot() {
    insta::assert_snapshot!(fixture(MinutesFormat::Markdown, Lang::Fr));
}

#[test]
fn markdown_en_snapshot() {
    insta::assert_snapshot!(fixture(MinutesFormat::Markdown, Lang::En));
}

#[test]
fn text_fr_snapshot() {
    insta::assert_snapshot!(fixture(MinutesFormat::Text, Lang::Fr));
}

#[test]
fn html_fr_snapshot() {
    insta::assert_snapshot!(fixture(MinutesFormat::Html, Lang::Fr));
}

#[test]
fn french_typography_numbers_and_dates() {
    let md = fixture(MinutesFormat::Markdown, Lang::Fr);
    // No-break space before the colon, narrow ones in numbers and before %.
    assert!(md.contains("**Date**\u{a0}: 01/12/2026"), "{md}");
    assert!(md.contains("1\u{202f}250\u{a0}personnes, après 970\u{a0}personnes au 31/12/2025 (cible\u{a0}: 1\u{202f}500\u{a0}personnes)"));
    assert!(md.contains("87,5\u{202f}% (cible\u{a0}: 90\u{202f}%)"));
    assert!(md.contains("60\u{202f}% → 80\u{202f}%"));
    assert!(md.contains("«\u{a0}mobilité\u{a0}»"));
    assert!(!md.contains(" :"), "a plain space before a colon");
    let en = fixture(MinutesFormat::Markdown, Lang::En);
    assert!(en.contains("**Date**: 2026-12-01"));
    assert!(
        en.contains("1,250 personnes, after 970 personnes on 2025-12-31 (target: 1,500 personnes)")
    );
    assert!(en.contains("60% → 80%"));
}

#[test]
fn content_follows_the_meeting() {
    let md = fixture(MinutesFormat::Markdown, Lang::Fr);
    // Names, never slugs.
    for name in [
        "Étang de Thau",
        "Département de l'Hérault",
        "France Travail",
        "Missions locales",
        "CAF de l'Hérault",
    ] {
        assert!(md.contains(name), "{name} missing");
    }
    assert!(!md.contains("france-travail") && !md.contains("etang-de-thau"));
    // Discussed actions in order, then the one with only a linked decision.
    let a = md.find("### 1. Plateforme").unwrap();
    let b = md.find("### 2. Garage solidaire").unwrap();
    let c = md.find("### 3. Covoiturage solidaire").unwrap();
    assert!(a < b && b < c);
    assert!(md.contains("en cours → en fonctionnement"));
    assert!(md.contains("au stade du projet (inchangé)"));
    // The step done is not carried over; the overdue one is, marked; the
    // steps of this meeting are under their action.
    assert!(!md.contains("Recenser les garages"));
    assert!(md.contains("| Garage solidaire | Chiffrer le coût d'un local. | CAF de l'Hérault | 30/11/2026 **en retard** |"));
    assert!(
        md.contains("Présenter la carte aux conseillers. — France Travail, pour le 31/01/2027")
    );
    assert!(!md.contains("31/01/2027 — **en retard**"));
    // The earlier meeting: only what was open then, nothing from later.
    let (r, g) = load();
    let sept = minutes::render(
        &r,
        &g,
        &id("2026-09-15"),
        today(),
        MinutesFormat::Markdown,
        Lang::Fr,
    )
    .unwrap();
    assert!(sept.contains("15/09/2026"));
    assert!(!sept.contains("Trouver un local"));
    assert!(sept.contains("Chiffrer le coût d'un local."));
}

#[test]
fn unknown_meeting_gives_none() {
    let (r, g) = load();
    for f in [
        MinutesFormat::Markdown,
        MinutesFormat::Text,
        MinutesFormat::Html,
    ] {
        assert_eq!(
            minutes::render(&r, &g, &id("2020-01-01"), today(), f, Lang::Fr),
            None
        );
    }
}

#[test]
fn paths_and_commit_messages() {
    let (_, g) = load();
    let m = g.meeting(&id("2026-12-01")).unwrap();
    assert_eq!(
        minutes::default_path(&g, &id("2026-12-01"), MinutesFormat::Html),
        Path::new("minutes/mobilite-thau/2026-12-01.html")
    );
    assert_eq!(
        minutes::default_path(&g, &id("2026-12-01-2"), MinutesFormat::Text),
        Path::new("minutes/mobilite-thau/2026-12-01-2.txt")
    );
    assert_eq!(
        minutes::commit_message(&g, m, Lang::Fr),
        "Compte rendu du groupe Mobilité des publics en insertion du 01/12/2026"
    );
    // A subject a forge's log shows whole: 72 characters at most, the
    // group's name cut when it is long.
    assert_eq!(
        minutes::commit_message(&g, m, Lang::En),
        "Minutes of the Mobilité des publics en inse… group meeting of 2026-12-01"
    );
    let mut long = g.clone();
    long.name = "Levée des freins (accès à l'emploi, au logement et aux services publics)".into();
    for lang in [Lang::Fr, Lang::En] {
        let msg = minutes::commit_message(&long, m, lang);
        assert!(msg.chars().count() <= 72, "{msg}");
        assert!(
            msg.contains("Levée des freins") && msg.contains('…'),
            "{msg}"
        );
    }
    let mut g2 = g.clone();
    g2.name = "A\nB\u{1b}".into();
    let msg = minutes::commit_message(&g2, m, Lang::Fr);
    assert!(!msg.contains('\n') && !msg.contains('\u{1b}'), "{msg:?}");
}

#[test]
fn text_fits_72_columns() {
    for lang in [Lang::Fr, Lang::En] {
        let txt = fixture(MinutesFormat::Text, lang);
        for line in txt.lines() {
            assert!(
                line.chars().count() <= 72,
                "{} columns: {line}",
                line.chars().count()
            );
            assert_eq!(line, line.trim_end(), "trailing space");
        }
    }
}

fn text_of(e: scraper::ElementRef<'_>) -> String {
    e.text().collect::<String>()
}

fn select<'a>(doc: &'a scraper::Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = scraper::Selector::parse(css).unwrap();
    doc.select(&sel).collect()
}

#[test]
fn html_structure() {
    let html = fixture(MinutesFormat::Html, Lang::Fr);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4;"));
    for remote in ["src=", "href=", "url(", "@import", "<script", "http"] {
        assert!(!html.contains(remote), "{remote} in the minutes");
    }
    let doc = scraper::Html::parse_document(&html);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    let title = select(&doc, "head > title");
    assert_eq!(
        text_of(title[0]),
        "Compte rendu — Mobilité des publics en insertion — 01/12/2026"
    );
    assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some("fr"));
    assert_eq!(
        select(&doc, "h1")
            .iter()
            .map(|e| text_of(*e))
            .collect::<Vec<_>>(),
        ["Mobilité des publics en insertion"]
    );
    let sections: Vec<String> = select(&doc, "main > section")
        .iter()
        .map(|s| s.value().attr("class").unwrap().to_string())
        .collect();
    assert_eq!(
        sections,
        ["attendance", "agenda", "actions", "carried", "decisions"]
    );
    // One table or list per section (the agenda is paragraphs).
    for (class, block) in [
        ("attendance", "table"),
        ("actions", "ol"),
        ("carried", "table"),
        ("decisions", "ul"),
    ] {
        let direct = select(&doc, &format!("section.{class} > {block}"));
        assert_eq!(direct.len(), 1, "{class}");
        let h2 = select(&doc, &format!("section.{class} > h2"));
        assert_eq!(h2.len(), 1, "{class}");
    }
    assert_eq!(select(&doc, "section.agenda > p").len(), 2);
    assert_eq!(select(&doc, "section.actions > ol > li").len(), 3);
    assert_eq!(select(&doc, "section.carried tbody > tr").len(), 2);
    let overdue = select(&doc, "section.carried tr.overdue");
    assert_eq!(overdue.len(), 1);
    assert!(text_of(overdue[0]).contains("Chiffrer le coût d'un local."));
    assert!(text_of(overdue[0]).contains("en retard"));
    let fields: Vec<String> = select(&doc, "section.attendance th")
        .iter()
        .map(|e| text_of(*e))
        .collect();
    assert_eq!(
        fields,
        [
            "Structures présentes",
            "Structures excusées",
            "Participants",
            "Personnes présentes"
        ]
    );
}

#[test]
fn hostile_title_is_escaped_in_html() {
    let (r, g) = hostile();
    let html = render(&r, &g, MinutesFormat::Html, Lang::Fr);
    assert!(!pacte::text::has_raw_controls(&html));
    assert!(!html.contains("<script"));
    let doc = scraper::Html::parse_document(&html);
    assert!(select(&doc, "script").is_empty());
    assert!(select(&doc, "a").is_empty());
    let h3 = select(&doc, "section.actions h3");
    let title = text_of(h3[0]);
    assert!(
        title.starts_with("<script>alert('x')</script> *gras*"),
        "{title}"
    );
    assert!(title.contains("\\u{1b}[31m\\u{202e}"), "{title}");
}

fn markdown_events(md: &str) -> Vec<pulldown_cmark::Event<'_>> {
    let opts = pulldown_cmark::Options::ENABLE_TABLES;
    pulldown_cmark::Parser::new_ext(md, opts).collect()
}

/// Headings as (level, text).
fn headings(md: &str) -> Vec<(u8, String)> {
    use pulldown_cmark::{Event, Tag, TagEnd};
    let mut out = Vec::new();
    let mut current: Option<(u8, String)> = None;
    for e in markdown_events(md) {
        match e {
            Event::Start(Tag::Heading { level, .. }) => {
                current = Some((level as u8, String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, s)) = current.as_mut() {
                    s.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}

#[test]
fn markdown_structure() {
    use pulldown_cmark::{Event, Tag};
    let md = fixture(MinutesFormat::Markdown, Lang::Fr);
    let h = headings(&md);
    let expected: Vec<(u8, String)> = [
        (1, "Compte rendu — Mobilité des publics en insertion"),
        (2, "Présences"),
        (2, "Ordre du jour"),
        (2, "Actions examinées"),
        (
            3,
            "1. Plateforme d'information « mobilité » du bassin de Thau",
        ),
        (3, "2. Garage solidaire"),
        (3, "3. Covoiturage solidaire"),
        (2, "Suites à donner des réunions précédentes"),
        (2, "Décisions générales"),
    ]
    .into_iter()
    .map(|(l, s)| (l, pacte::i18n::french_typography(s)))
    .collect();
    assert_eq!(h, expected);
    let events = markdown_events(&md);
    let tables = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
        .count();
    assert_eq!(tables, 1);
    assert!(
        !events
            .iter()
            .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_))),
        "raw HTML in the Markdown"
    );
    let en = headings(&fixture(MinutesFormat::Markdown, Lang::En));
    assert_eq!(en[0].1, "Minutes — Mobilité des publics en insertion");
    assert_eq!(en[1].1, "Attendance");
}

#[test]
fn hostile_title_is_inert_in_markdown_and_text() {
    use pulldown_cmark::{Event, Tag};
    let (r, g) = hostile();
    let md = render(&r, &g, MinutesFormat::Markdown, Lang::Fr);
    assert!(!pacte::text::has_raw_controls(&md));
    let events = markdown_events(&md);
    for e in &events {
        assert!(
            !matches!(
                e,
                Event::Html(_) | Event::InlineHtml(_) | Event::Start(Tag::Link { .. })
            ),
            "{e:?}"
        );
    }
    // The only emphasis is the footer's.
    let emphasis = events
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Emphasis)))
        .count();
    assert_eq!(emphasis, 1);
    let h = headings(&md);
    assert!(
        h[4].1
            .starts_with("1. <script>alert('x')</script> *gras* | [lien](http://x)"),
        "{:?}",
        h[4]
    );
    let txt = render(&r, &g, MinutesFormat::Text, Lang::Fr);
    assert!(!pacte::text::has_raw_controls(&txt));
    assert!(txt.contains("\\u{1b}[31m"));
}

// ---------------------------------------------------------------- the CLI

fn pacte(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env("PACTE_TODAY", TODAY)
        .env_remove("PACTE_WORKSPACE")
        .env_remove("PACTE_LANG")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"));
    c
}

fn workspace() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_dir(&fixture_dir(), tmp.path());
    tmp
}

fn stdout(c: &mut Command) -> String {
    String::from_utf8(c.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn cli_prints_the_latest_meeting_by_default() {
    let ws = workspace();
    let out = stdout(pacte(ws.path()).args(["minutes", "mobilite-thau"]));
    assert_eq!(out, fixture(MinutesFormat::Markdown, Lang::Fr));
    // The language flag and the environment variable.
    let en = stdout(pacte(ws.path()).args(["--lang", "en", "minutes", "mobilite-thau"]));
    assert_eq!(en, fixture(MinutesFormat::Markdown, Lang::En));
    let en = stdout(
        pacte(ws.path())
            .env("PACTE_LANG", "en")
            .args(["minutes", "mobilite-thau"]),
    );
    assert_eq!(en, fixture(MinutesFormat::Markdown, Lang::En));
    // --format on standard output.
    let txt = stdout(pacte(ws.path()).args(["minutes", "mobilite-thau", "--format", "txt"]));
    assert_eq!(txt, fixture(MinutesFormat::Text, Lang::Fr));
    let html = stdout(pacte(ws.path()).args(["minutes", "mobilite-thau", "-f", "html"]));
    assert_eq!(html, fixture(MinutesFormat::Html, Lang::Fr));
}

#[test]
fn cli_chooses_the_meeting_by_id_or_date() {
    let ws = workspace();
    let (r, g) = load();
    let sept = minutes::render(
        &r,
        &g,
        &id("2026-09-15"),
        today(),
        MinutesFormat::Markdown,
        Lang::Fr,
    )
    .unwrap();
    for args in [
        ["--meeting", "2026-09-15"],
        ["--date", "2026-09-15"],
        ["--date", "15/09/2026"],
    ] {
        let out = stdout(
            pacte(ws.path())
                .arg("minutes")
                .arg("mobilite-thau")
                .args(args),
        );
        assert_eq!(out, sept, "{args:?}");
    }
    // A day without a meeting, a date that is none, an unknown id.
    pacte(ws.path())
        .args(["minutes", "mobilite-thau", "--date", "02/12/2026"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "pacte: pas de réunion du groupe «\u{a0}mobilite-thau\u{a0}» le 02/12/2026\u{202f}; réunions\u{a0}: 2026-09-15, 2026-12-01",
        ));
    pacte(ws.path())
        .args(["minutes", "mobilite-thau", "--date", "31/02/2026"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--date\u{a0}: la date «\u{a0}31/02/2026\u{a0}» n'existe pas",
        ));
    pacte(ws.path())
        .args(["--lang", "en", "minutes", "mobilite-thau", "--meeting", "2026-12-02"])
        .assert()
        .code(1)
        .stderr(
            "pacte: no meeting “2026-12-02” in group “mobilite-thau”; meetings: 2026-09-15, 2026-12-01\n",
        );
    // --date and --meeting together: a usage error.
    pacte(ws.path())
        .args([
            "minutes",
            "mobilite-thau",
            "--date",
            "2026-12-01",
            "--meeting",
            "2026-12-01",
        ])
        .assert()
        .code(2);
}

#[test]
fn cli_several_meetings_the_same_day() {
    let ws = workspace();
    let p = ws.path().join("groups/mobilite-thau.ron");
    let text = fs::read_to_string(&p).unwrap();
    let second = "        (\n            id: \"2026-12-01-2\",\n            date: \"2026-12-01\",\n            kind: \"working-group\",\n            participants: 3,\n            organisations: [\n                \"caf\",\n            ],\n            decisions: [],\n        ),\n    ],\n)\n";
    let at = text.rfind("    ],\n)").unwrap();
    fs::write(&p, format!("{}{second}", &text[..at])).unwrap();
    pacte(ws.path())
        .args(["minutes", "mobilite-thau", "--date", "2026-12-01"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("(2026-12-01, 2026-12-01-2)"))
        .stderr(predicate::str::contains("--meeting"));
    // The latest is the last recorded on the latest day.
    let out = stdout(pacte(ws.path()).args(["minutes", "mobilite-thau", "-f", "txt"]));
    assert!(out.contains("CAF de l'Hérault"), "{out}");
    assert!(out.contains("Participants\u{a0}: 3"), "{out}");
    let out =
        stdout(pacte(ws.path()).args(["minutes", "mobilite-thau", "--meeting", "2026-12-01"]));
    assert_eq!(out, fixture(MinutesFormat::Markdown, Lang::Fr));
}

#[test]
fn cli_writes_files_by_extension() {
    let ws = workspace();
    for (name, format) in [
        ("cr.md", MinutesFormat::Markdown),
        ("cr.txt", MinutesFormat::Text),
        ("cr.html", MinutesFormat::Html),
        ("CR.HTM", MinutesFormat::Html),
        (
            "minutes/mobilite-thau/2026-12-01.md",
            MinutesFormat::Markdown,
        ),
    ] {
        pacte(ws.path())
            .args(["minutes", "mobilite-thau", "-o", name])
            .assert()
            .success()
            .stdout(format!("compte rendu écrit dans {name}\n"));
        assert_eq!(
            fs::read_to_string(ws.path().join(name)).unwrap(),
            fixture(format, Lang::Fr),
            "{name}"
        );
    }
    // --format wins over the extension.
    pacte(ws.path())
        .args([
            "minutes",
            "mobilite-thau",
            "-o",
            "cr.doc",
            "--format",
            "txt",
        ])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(ws.path().join("cr.doc")).unwrap(),
        fixture(MinutesFormat::Text, Lang::Fr)
    );
    // An unknown extension is refused, nothing written.
    pacte(ws.path())
        .args(["minutes", "mobilite-thau", "-o", "cr.pdf"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "-o cr.pdf\u{a0}: extension inconnue",
        ));
    assert!(!ws.path().join("cr.pdf").exists());
    pacte(ws.path())
        .args(["--lang", "en", "minutes", "mobilite-thau", "-o", "cr.pdf"])
        .assert()
        .code(1)
        .stderr(
            "pacte: -o cr.pdf: unknown extension, choose .md, .txt or .html (or give --format)\n",
        );
    // An unknown format name is a usage error.
    pacte(ws.path())
        .args(["minutes", "mobilite-thau", "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn cli_unknown_group() {
    let ws = workspace();
    pacte(ws.path())
        .args(["minutes", "mobilite-tau"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(
            "pacte: pas de groupe «\u{a0}mobilite-tau\u{a0}» dans l'espace de travail\u{202f}; vouliez-vous dire «\u{a0}mobilite-thau\u{a0}»\u{202f}?\n",
        );
    pacte(ws.path())
        .args(["--lang", "en", "minutes", "zzz"])
        .assert()
        .code(1)
        .stderr("pacte: no group “zzz” in the workspace; groups: mobilite-thau\n");
    // The group's name works too.
    let out = stdout(pacte(ws.path()).args(["minutes", "Mobilité des publics en insertion"]));
    assert_eq!(out, fixture(MinutesFormat::Markdown, Lang::Fr));
    // A group file that did not load is named.
    fs::write(ws.path().join("groups/emploi.ron"), "(version: 2, id: ").unwrap();
    pacte(ws.path())
        .args(["minutes", "emploi"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("groups/emploi.ron"))
        .stderr(predicate::str::contains("pacte check"));
    // A group without meetings.
    let g = fs::read_to_string(ws.path().join("groups/mobilite-thau.ron")).unwrap();
    let cut = g.find("    meetings: [").unwrap();
    fs::write(
        ws.path().join("groups/mobilite-thau.ron"),
        format!("{}    meetings: [],\n)\n", &g[..cut]),
    )
    .unwrap();
    pacte(ws.path())
        .args(["minutes", "mobilite-thau"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("n'a encore aucune réunion"));
    // Missing argument: a usage error.
    pacte(ws.path()).arg("minutes").assert().code(2);
}

#[test]
fn html_prints_on_one_a4_page_in_headless_chromium() {
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("cr.html");
    let pdf = tmp.path().join("cr.pdf");
    fs::write(&html, fixture(MinutesFormat::Html, Lang::Fr)).unwrap();
    let Some(out) = common::print_to_pdf(tmp.path(), &html, &pdf) else {
        eprintln!("SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium)");
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium failed: {stderr}");
    let bytes = fs::read(&pdf).unwrap_or_else(|e| panic!("no PDF ({e}): {stderr}"));
    assert!(bytes.starts_with(b"%PDF"));
    // The page tree's count: one page.
    let text = String::from_utf8_lossy(&bytes);
    let pages = text
        .match_indices("/Count ")
        .filter_map(|(i, m)| {
            let rest = &text[i + m.len()..];
            let n: String = rest.chars().take_while(char::is_ascii_digit).collect();
            n.parse::<u32>().ok()
        })
        .max();
    assert_eq!(pages, Some(1), "the minutes print on {pages:?} pages");
}
