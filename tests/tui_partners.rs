//! The organisation sheet in the interface: `W` where organisations are
//! named lists them (one is shown at once), elsewhere the whole register;
//! the sheet shows the register's fields, groups and meetings.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{Tui, app, id, keys, render, typ};
use pacte::tui::Lang;
use pacte::tui::app::{App, Popup};
use pacte::tui::steps::Choice;

fn pick_ids(a: &App) -> Vec<String> {
    match a.popups.last() {
        Some(Popup::Pick(p)) => p
            .items
            .iter()
            .map(|i| match &i.choice {
                Choice::Id(id) => id.to_string(),
                other => panic!("{other:?}"),
            })
            .collect(),
        other => panic!("no list: {other:?}"),
    }
}

fn sheet(a: &App) -> String {
    match a.popups.last() {
        Some(Popup::Organisation { id, .. }) => id.to_string(),
        other => panic!("no sheet: {other:?}"),
    }
}

#[test]
fn on_a_group_page_the_list_is_the_groups_organisations_leads_first() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter");
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap().clone();
    keys(&mut a, "W");
    let ids = pick_ids(&a);
    assert_eq!(ids[0], g.pilot.as_ref().unwrap().organisation.to_string());
    assert_eq!(ids[1], g.copilot.as_ref().unwrap().organisation.to_string());
    for m in &g.members {
        assert!(ids.contains(&m.to_string()), "{m} missing from {ids:?}");
    }
    // Enter on the pilot: its sheet; Esc closes it, back on the page.
    keys(&mut a, "enter");
    assert_eq!(sheet(&a), ids[0]);
    keys(&mut a, "esc");
    assert!(a.popups.is_empty());
}

#[test]
fn from_the_home_screen_the_whole_register_is_offered() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "W");
    let n = a.ws.referential.as_ref().unwrap().organisations.len();
    assert_eq!(pick_ids(&a).len(), n);
}

fn demo_sheet(lang: Lang) -> Tui {
    let dir = tempfile::tempdir().unwrap().keep();
    pacte::demo::write_demo(&dir).unwrap();
    let mut t = Tui::on(&dir, lang);
    keys(&mut t.app, "W");
    typ(&mut t.app, "thau médiation");
    keys(&mut t.app, "enter");
    t
}

#[test]
fn the_sheet_shows_the_register_groups_and_meetings() {
    let t = demo_sheet(Lang::Fr);
    assert_eq!(sheet(&t.app), "thau-mediation-numerique");
    let screen = render(&t.app, 120, 40);
    for text in [
        "SIRET\u{a0}: 98590306516454",
        "12 quai de Bosc, 34200 Sète, code INSEE 34301",
        "Réseaux\u{a0}: Espaces Publics Numériques",
        "contact@thau-mediation-numerique.example.org",
        "Dans le pacte depuis le 03/10/2022",
    ] {
        assert!(screen.contains(text), "«{text}» not in:\n{screen}");
    }
}

#[test]
fn snapshots_of_the_organisation_sheet() {
    for lang in [Lang::Fr, Lang::En] {
        let t = demo_sheet(lang);
        let l = if lang == Lang::Fr { "fr" } else { "en" };
        insta::assert_snapshot!(format!("{l}_sheet_80x24"), render(&t.app, 80, 24));
        insta::assert_snapshot!(format!("{l}_sheet_120x40"), render(&t.app, 120, 40));
    }
}
