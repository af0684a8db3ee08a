//! Finding things without files (`update` tests): the fuzzy,
//! accent-insensitive search and its jumps, filters and what they show.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, id, keys, render_quoted, typ};
use common::tui_fixture::ateliers;
use pacte::domain::Status;
use pacte::tui::Lang;
use pacte::tui::app::{ActionPane, Popup, Screen};

#[test]
fn search_is_fuzzy_and_accent_insensitive() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "/");
    typ(&mut a, "digi thau");
    let Some(Popup::Search(s)) = a.popups.last() else {
        panic!()
    };
    assert_eq!(s.hits[0].label, "Réseau Digi'Thau");
    keys(&mut a, "enter");
    assert!(matches!(a.screen(), Screen::Group(g) if g.id.as_str() == "reseau-digi-thau"));
    assert_eq!(a.screens.len(), 3, "home › territory › group");
    keys(&mut a, "/");
    typ(&mut a, "AUTONOMIE numerique");
    keys(&mut a, "enter");
    match a.screen() {
        Screen::Action(s) => assert_eq!((s.pane, s.indicator), (ActionPane::Indicators, 1)),
        s => panic!("{s:?}"),
    }
    keys(&mut a, "/");
    typ(&mut a, "frontignan");
    let Some(Popup::Search(s)) = a.popups.last() else {
        panic!()
    };
    assert!(
        s.hits
            .iter()
            .any(|h| h.kind == pacte::tui::search::HitKind::Journal)
    );
}

#[test]
fn find_change_status_and_measure_in_few_keys() {
    // "/", "ateliers", Enter, "s", "r": status in 5 keystrokes (+ typing).
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "/");
    typ(&mut a, "atelier");
    keys(&mut a, "enter s r");
    assert_eq!(ateliers(&a).status, Status::Done);
    keys(&mut a, "/");
    typ(&mut a, "vehicules");
    keys(&mut a, "enter m");
    typ(&mut a, "45");
    keys(&mut a, "enter");
    let g = a.ws.group(&id("mobilite-biterrois")).unwrap();
    assert_eq!(g.actions[0].indicators[0].latest().unwrap().value, 45.0);
}

#[test]
fn filters_apply_everywhere_and_show() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "f enter");
    typ(&mut a, "cours");
    keys(&mut a, "enter esc");
    assert_eq!(a.filter.status, Some(Status::InProgress));
    assert!(render_quoted(&a, 80, 24).contains("Filtre\u{a0}: statut = en cours"));
    assert_eq!(a.all_actions().len(), 1);
    keys(&mut a, "F");
    assert!(a.filter.is_empty());
    // Overdue: the annuaire (due 2024-03-31, project) and the forum (suspended, due 2024-10-15).
    keys(&mut a, "f k enter esc");
    assert!(a.filter.overdue);
    assert_eq!(a.all_actions().len(), 2);
    // Pilot organisation.
    keys(&mut a, "F f j j j j enter");
    typ(&mut a, "plie");
    keys(&mut a, "enter esc A");
    assert_eq!(a.all_actions().len(), 2);
    assert!(matches!(a.screen(), Screen::AllActions { .. }));
}

#[test]
fn group_hits_name_their_territory_which_can_be_typed() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "/");
    typ(&mut a, "reseau etang");
    let Some(Popup::Search(s)) = a.popups.last() else {
        panic!()
    };
    assert_eq!(s.hits[0].label, "Réseau Digi'Thau");
    assert_eq!(s.hits[0].context, "Étang de Thau");
}

#[test]
fn search_jump_clears_a_filter_hiding_the_hit() {
    let mut a = app("tui", Lang::Fr);
    a.filter.status = Some(Status::Done);
    keys(&mut a, "/");
    typ(&mut a, "ateliers");
    keys(&mut a, "enter");
    assert!(a.filter.is_empty());
    assert!(matches!(a.screen(), Screen::Action(_)));
}
