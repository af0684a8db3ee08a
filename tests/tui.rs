//! The tour of the interface: every screen and popup of a session in
//! order, as 80×24 insta snapshots in French and English; small terminals,
//! no colour, hostile text on screen.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, id, keys, render_quoted, typ};
use pacte::tui::Lang;
use pacte::tui::app::App;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Every screen and popup of a session, in order, with a name.
fn tour(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let mut a = app("tui", lang);
    out.push(("home", a.clone()));
    keys(&mut a, "j enter");
    out.push(("territory", a.clone()));
    keys(&mut a, "enter");
    out.push(("group", a.clone()));
    keys(&mut a, "tab");
    out.push(("group_meetings", a.clone()));
    keys(&mut a, "tab enter");
    out.push(("action", a.clone()));
    keys(&mut a, "tab");
    out.push(("action_deliverables", a.clone()));
    keys(&mut a, "tab tab");
    out.push(("action_journal", a.clone()));
    keys(&mut a, "tab s");
    out.push(("popup_status", a.clone()));
    keys(&mut a, "esc m");
    out.push(("popup_pick", a.clone()));
    keys(&mut a, "enter");
    typ(&mut a, "12");
    out.push(("popup_input", a.clone()));
    keys(&mut a, "esc O");
    out.push(("popup_text", a.clone()));
    keys(&mut a, "esc X");
    out.push(("popup_confirm", a.clone()));
    keys(&mut a, "n /");
    typ(&mut a, "digi");
    out.push(("popup_search", a.clone()));
    keys(&mut a, "esc ?");
    out.push(("popup_help", a.clone()));
    keys(&mut a, "esc H tab enter");
    out.push(("axis", a.clone()));
    keys(&mut a, "j j j j j enter");
    out.push(("theme", a.clone()));
    keys(&mut a, "H f k enter");
    out.push(("popup_filter", a.clone()));
    keys(&mut a, "esc");
    out.push(("home_filtered", a.clone()));
    keys(&mut a, "A");
    out.push(("all_actions", a.clone()));
    keys(&mut a, "F !");
    out.push(("popup_problems", a.clone()));
    keys(&mut a, "esc H b j");
    out.push(("board", a.clone()));
    keys(&mut a, "tab");
    out.push(("board_axes", a.clone()));
    keys(&mut a, "tab");
    out.push(("board_indicators", a.clone()));
    keys(&mut a, "a");
    out.push(("alerts", a.clone()));
    out
}

#[test]
fn snapshots_fr() {
    for (name, a) in tour(Lang::Fr) {
        insta::assert_snapshot!(format!("fr_{name}"), render_quoted(&a, 80, 24));
    }
}

#[test]
fn snapshots_en() {
    for (name, a) in tour(Lang::En) {
        if [
            "home",
            "group",
            "action",
            "popup_help",
            "popup_status",
            "home_filtered",
            "board",
            "alerts",
        ]
        .contains(&name)
        {
            insta::assert_snapshot!(format!("en_{name}"), render_quoted(&a, 80, 24));
        }
    }
}

#[test]
fn small_terminals_never_panic() {
    for (_, a) in tour(Lang::Fr) {
        for (w, h) in [(60, 20), (40, 12), (20, 6), (10, 3), (1, 1), (200, 60)] {
            render_quoted(&a, w, h);
        }
    }
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let mut a = app("tui", Lang::Fr);
    a.no_color = true;
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view(&a, f)).unwrap();
    let buf = t.backend().buffer();
    let mut marker = false;
    for y in 0..24 {
        for x in 0..80 {
            let c = &buf[(x, y)];
            assert_eq!(c.fg, ratatui::style::Color::Reset, "colour at {x},{y}");
            if c.symbol() == ">" {
                marker = true;
                assert!(c.modifier.contains(ratatui::style::Modifier::REVERSED));
            }
        }
    }
    assert!(marker);
}

#[test]
fn hostile_text_is_sanitised_on_screen() {
    let mut a = app("tui", Lang::Fr);
    a.ws.group_mut(&id("reseau-digi-thau")).unwrap().name = "Evil\u{1b}[31m\u{202e}name\tx".into();
    keys(&mut a, "j enter");
    let s = render_quoted(&a, 80, 24);
    assert!(!s.contains('\u{1b}') && !s.contains('\u{202e}'));
    assert!(s.contains("\\u{1b}[31m\\u{202e}name"), "{s}");
}
