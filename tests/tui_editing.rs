//! Editing through the interface without files (`update` tests): status,
//! progress, dates, texts, indicators and measurements, journal,
//! deliverables, publics, meetings, leads, creating and deleting actions
//! and groups, undo and redo, pasting.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use chrono::NaiveDate;
use common::tui::{app, id, keys, today, typ};
use common::tui_fixture::{ateliers, digi, open_ateliers};
use pacte::domain::{EntryKind, Id, Status};
use pacte::tui::Lang;
use pacte::tui::app::{ActionPane, Popup, Screen, Tone};
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::update::update;

#[test]
fn status_with_one_letter_then_undo_redo() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    let fx = keys(&mut a, "s a");
    assert_eq!(fx, vec![Effect::SaveGroup(id("reseau-digi-thau"))]);
    assert_eq!(ateliers(&a).status, Status::Abandoned);
    assert!(a.popups.is_empty());
    let fx = keys(&mut a, "u");
    assert_eq!(fx, vec![Effect::SaveGroup(id("reseau-digi-thau"))]);
    assert_eq!(ateliers(&a).status, Status::InProgress);
    keys(&mut a, "ctrl-r");
    assert_eq!(ateliers(&a).status, Status::Abandoned);
    // Digits and arrows work too; Esc changes nothing.
    keys(&mut a, "s 4");
    assert_eq!(ateliers(&a).status, Status::Done);
    assert_eq!(ateliers(&a).progress, 100, "done means 100 %");
    assert!(keys(&mut a, "s down esc").is_empty());
    keys(&mut a, "s up up enter");
    assert_eq!(ateliers(&a).status, Status::InProgress);
}

#[test]
fn status_from_the_group_page_acts_on_the_selected_action() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter j s f");
    assert_eq!(
        digi(&a).action(&id("annuaire-partage")).unwrap().status,
        Status::Operating
    );
}

#[test]
fn progress_steps_with_plus_and_minus_and_a_typed_value_is_bounded() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "+ +");
    assert_eq!(ateliers(&a).progress, 60);
    keys(&mut a, "-");
    assert_eq!(ateliers(&a).progress, 50);
    keys(&mut a, "p ctrl-u");
    typ(&mut a, "150");
    keys(&mut a, "enter");
    assert!(
        matches!(a.popups.last(), Some(Popup::Input { error: Some(_), .. })),
        "refused, prompt kept"
    );
    keys(&mut a, "backspace backspace backspace");
    typ(&mut a, "75");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx.len(), 1);
    assert_eq!(ateliers(&a).progress, 75);
    assert!(a.popups.is_empty());
}

#[test]
fn dates_title_and_experimentation_are_edited_and_a_bad_date_refused() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "d ctrl-u");
    typ(&mut a, "31/12/2025");
    keys(&mut a, "enter");
    assert_eq!(ateliers(&a).due, Some("2025-12-31".parse().unwrap()));
    keys(&mut a, "D ctrl-u enter");
    assert_eq!(ateliers(&a).start, None, "empty clears the date");
    keys(&mut a, "d ctrl-u");
    typ(&mut a, "demain");
    keys(&mut a, "enter");
    assert!(matches!(
        a.popups.last(),
        Some(Popup::Input { error: Some(_), .. })
    ));
    keys(&mut a, "esc");
    keys(&mut a, "t ctrl-u");
    typ(&mut a, "Ateliers numériques");
    keys(&mut a, "enter");
    assert_eq!(ateliers(&a).title, "Ateliers numériques");
    keys(&mut a, "x");
    assert!(!ateliers(&a).experimentation);
}

#[test]
fn enter_on_a_field_edits_it() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    // Field 1 is the status.
    keys(&mut a, "j enter");
    assert!(matches!(a.popups.last(), Some(Popup::Status { .. })));
    keys(&mut a, "esc j enter");
    assert!(matches!(a.popups.last(), Some(Popup::Input { .. })));
}

#[test]
fn multiline_objectives_saved_with_ctrl_s_and_esc_asks_first() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "O enter");
    typ(&mut a, "Troisième ligne");
    let fx = keys(&mut a, "ctrl-s");
    assert_eq!(fx.len(), 1);
    assert!(
        ateliers(&a)
            .objectives
            .ends_with("en ligne.\nTroisième ligne")
    );
    keys(&mut a, "I");
    typ(&mut a, " Modifié");
    assert!(keys(&mut a, "esc").is_empty());
    assert!(
        matches!(
            a.popups.last(),
            Some(Popup::Text {
                confirm_discard: true,
                ..
            })
        ),
        "first Esc asks"
    );
    keys(&mut a, "esc");
    assert!(a.popups.is_empty());
    assert!(!ateliers(&a).implementation.contains("Modifié"));
}

#[test]
fn a_measurement_is_dated_today_or_on_a_typed_date() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    // Two indicators: m asks which one.
    keys(&mut a, "m");
    assert!(matches!(a.popups.last(), Some(Popup::Pick(_))));
    keys(&mut a, "enter");
    typ(&mut a, "210");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx.len(), 1);
    let i = &ateliers(&a).indicators[0];
    assert_eq!(
        i.latest().map(|m| (m.date, m.value)),
        Some((today(), 210.0))
    );
    // On the indicators pane, m takes the selected one; a date may follow.
    keys(&mut a, "tab tab j m");
    typ(&mut a, "41,5 30/06/2024");
    keys(&mut a, "enter");
    let i = &ateliers(&a).indicators[1];
    assert_eq!(i.measurements.len(), 1, "same date replaces");
    assert_eq!(i.latest().unwrap().value, 41.5);
    keys(&mut a, "m");
    typ(&mut a, "beaucoup");
    keys(&mut a, "enter");
    assert!(matches!(
        a.popups.last(),
        Some(Popup::Input { error: Some(_), .. })
    ));
}

#[test]
fn an_indicator_is_added_its_target_edited_then_deleted() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "i");
    typ(&mut a, "Sorties positives");
    keys(&mut a, "enter down enter");
    typ(&mut a, "%");
    keys(&mut a, "enter");
    typ(&mut a, "25");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx.len(), 1);
    let i = ateliers(&a).indicators.last().unwrap().clone();
    assert_eq!(i.id.as_str(), "sorties-positives");
    assert_eq!(i.kind, pacte::domain::IndicatorKind::Evaluation);
    assert_eq!((i.unit.as_str(), i.target), ("%", Some(25.0)));
    // The new indicator is selected: Enter opens its menu; "Cible" is row 5.
    keys(&mut a, "enter down down down down down enter ctrl-u");
    typ(&mut a, "30");
    keys(&mut a, "enter");
    assert_eq!(ateliers(&a).indicators.last().unwrap().target, Some(30.0));
    keys(&mut a, "X o");
    assert_eq!(ateliers(&a).indicators.len(), 2);
}

#[test]
fn a_journal_entry_is_dated_today_and_selected() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    // Kind, then the date (today already typed: Enter), then the text.
    keys(&mut a, "c down enter enter");
    typ(&mut a, "Valider le budget");
    keys(&mut a, "ctrl-s");
    let j = ateliers(&a).journal.last().unwrap();
    assert_eq!(
        (j.date, j.kind, j.text.as_str()),
        (today(), EntryKind::Decision, "Valider le budget")
    );
    match a.screen() {
        Screen::Action(s) => assert_eq!((s.pane, s.journal), (ActionPane::Journal, 2)),
        _ => panic!(),
    }
}

#[test]
fn deliverables_are_ticked_added_and_deleted_after_confirmation() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "tab j space");
    assert!(ateliers(&a).deliverables[1].done);
    keys(&mut a, "n");
    typ(&mut a, "Guide pratique");
    keys(&mut a, "enter");
    assert_eq!(ateliers(&a).deliverables.len(), 3);
    keys(&mut a, "X n");
    assert_eq!(ateliers(&a).deliverables.len(), 3, "n keeps it");
    keys(&mut a, "X enter");
    assert_eq!(ateliers(&a).deliverables.len(), 2);
}

#[test]
fn publics_are_ticked_and_unticked_in_one_pick() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "P");
    // Untick "seniors" (row 0), tick "jeunes" (row 1).
    keys(&mut a, "space down space enter");
    let p: Vec<&str> = ateliers(&a).publics.iter().map(Id::as_str).collect();
    assert_eq!(p, ["jeunes", "beneficiaires-rsa"]);
}

#[test]
fn r_on_a_group_page_opens_a_meeting_in_meeting_mode() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter r ctrl-u");
    typ(&mut a, "2025-01-10");
    // Working group; the Département and the CAF present; none excused.
    keys(&mut a, "enter enter space");
    typ(&mut a, "caf");
    keys(&mut a, "space enter enter");
    typ(&mut a, "9");
    let fx = keys(&mut a, "enter enter enter");
    assert_eq!(
        fx,
        [Effect::SaveGroup(Id::new("reseau-digi-thau").unwrap())]
    );
    let m = digi(&a).meetings.last().unwrap();
    assert_eq!(m.date, "2025-01-10".parse::<NaiveDate>().unwrap());
    assert_eq!(m.participants, 9);
    assert!(m.decisions.is_empty(), "decisions come from the meeting");
    let orgs: Vec<&str> = m.organisations.iter().map(Id::as_str).collect();
    assert_eq!(orgs, ["departement", "caf"]);
    assert!(matches!(a.screen(), pacte::tui::app::Screen::Meeting(_)));
}

#[test]
fn copilot_is_set_then_offered_for_removal_and_members_ticked() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter C");
    typ(&mut a, "caf");
    keys(&mut a, "enter");
    typ(&mut a, "Inès Roux");
    keys(&mut a, "enter");
    let c = digi(&a).copilot.clone().unwrap();
    assert_eq!(
        (c.organisation.as_str(), c.person.as_deref()),
        ("caf", Some("Inès Roux"))
    );
    keys(&mut a, "C");
    // Row 0 is "(aucun)": Enter there removes the co-pilot.
    let Some(Popup::Pick(p)) = a.popups.last() else {
        panic!()
    };
    assert_eq!(p.items[0].choice, pacte::tui::steps::Choice::None);
    keys(&mut a, "esc M space enter");
    assert!(digi(&a).members.iter().any(|m| m.as_str() == "ddets"));
}

#[test]
fn create_and_delete_action_with_confirmation() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter n");
    typ(&mut a, "Café numérique");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx, vec![Effect::SaveGroup(id("reseau-digi-thau"))]);
    assert!(
        matches!(a.screen(), Screen::Action(s) if s.target.action.as_str() == "cafe-numerique")
    );
    assert_eq!(
        digi(&a).action(&id("cafe-numerique")).unwrap().status,
        Status::Project
    );
    keys(&mut a, "X");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    keys(&mut a, "o");
    assert!(digi(&a).action(&id("cafe-numerique")).is_none());
    assert!(
        matches!(a.screen(), Screen::Group(_)),
        "the page of a deleted action closes"
    );
    keys(&mut a, "u");
    assert!(digi(&a).action(&id("cafe-numerique")).is_some());
}

#[test]
fn create_group_then_undo_deletes_its_file() {
    let mut a = app("tui", Lang::Fr);
    // From Biterrois' list: territory known, axis and pilot asked.
    keys(&mut a, "j j j j enter n");
    typ(&mut a, "Logement d'abord");
    keys(&mut a, "enter");
    assert!(matches!(a.popups.last(), Some(Popup::Pick(_))), "axis");
    keys(&mut a, "enter");
    typ(&mut a, "ccas");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx, vec![Effect::SaveGroup(id("logement-d-abord"))]);
    let g = a.ws.group(&id("logement-d-abord")).unwrap();
    assert_eq!(g.territories, [id("biterrois")]);
    assert_eq!(g.axis.as_str(), "axe-1");
    assert_eq!(g.pilot.as_ref().unwrap().organisation.as_str(), "ud-ccas");
    assert!(matches!(a.screen(), Screen::Group(s) if s.id.as_str() == "logement-d-abord"));
    let fx = keys(&mut a, "u");
    assert_eq!(fx, vec![Effect::DeleteGroup(id("logement-d-abord"))]);
}

#[test]
fn delete_group_asks_and_a_failed_delete_is_not_undoable() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "enter X");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    let fx = keys(&mut a, "y");
    assert_eq!(
        fx,
        vec![Effect::DeleteGroup(id("coordination-montpellier"))]
    );
    update(
        &mut a,
        Msg::Deleted(id("coordination-montpellier"), Err("refused".into())),
    );
    assert!(a.history.undo.is_empty());
    assert!(matches!(&a.message, Some((Tone::Error, m)) if m.contains("refused")));
}

#[test]
fn paste_inserts_text_and_never_runs_commands() {
    let mut a = app("tui", Lang::Fr);
    let fx = update(&mut a, Msg::Paste("q".into()));
    assert!(fx.is_empty());
    assert_eq!(a.screens.len(), 1);
    open_ateliers(&mut a);
    keys(&mut a, "t ctrl-u");
    update(&mut a, Msg::Paste("Titre\ncollé\u{1b}[2J".into()));
    keys(&mut a, "enter");
    assert_eq!(ateliers(&a).title, "Titre collé[2J");
}
