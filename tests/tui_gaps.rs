//! TUI flows of the governance screen, meeting editing, dated journal
//! entries, measurement correction and a group's territories/axis/themes:
//! `update` tests without files, 80×24 snapshots (French and English), and
//! on-disk tests (one line in the diff).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::changed_lines;
use common::tui::{Tui, app, date, id, key, keys, render_quoted, today, typ};
use common::tui_fixture::{ateliers, open_ateliers};
use pacte::domain::{CopilStage, EntryKind, MeetingKind};
use pacte::tui::Lang;
use pacte::tui::app::{App, GovernancePane, Popup, Screen, Tone};
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::update::update;
use std::fs;

fn gov_state(a: &App) -> (GovernancePane, usize, usize) {
    match a.screen() {
        Screen::Governance(s) => (s.pane, s.meeting, s.evaluation),
        s => panic!("{s:?}"),
    }
}

// ---------------------------------------------------------------- governance

#[test]
fn governance_screen_opens_on_the_newest_and_switches_panes() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "G");
    assert_eq!(gov_state(&a), (GovernancePane::Meetings, 2, 0));
    keys(&mut a, "k tab");
    assert_eq!(gov_state(&a), (GovernancePane::Evaluations, 1, 0));
    keys(&mut a, "esc");
    assert_eq!(a.screens.len(), 1);
}

#[test]
fn governance_copil_recorded_in_steps_then_undone() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "G n ctrl-u");
    typ(&mut a, "02/12/2025");
    // Kind: COPIL is preselected; stage: final is the third.
    keys(&mut a, "enter enter down down enter");
    typ(&mut a, "33");
    keys(&mut a, "enter space down space enter");
    typ(&mut a, "Bilan final adopté.");
    let fx = keys(&mut a, "ctrl-s");
    assert_eq!(fx, [Effect::SaveGovernance]);
    let m = a.ws.governance.meetings.last().unwrap();
    assert_eq!(
        (m.date, m.kind, m.stage, m.participants),
        (
            date("2025-12-02"),
            MeetingKind::Copil,
            Some(CopilStage::Final),
            33
        )
    );
    assert_eq!(m.organisations, [id("ddets"), id("region")]);
    assert_eq!(m.decisions, ["Bilan final adopté."]);
    assert_eq!(gov_state(&a).1, 3, "the cursor is on the new meeting");
    let fx = keys(&mut a, "u");
    assert_eq!(fx, [Effect::SaveGovernance]);
    assert_eq!(a.ws.governance.meetings.len(), 3);
    keys(&mut a, "U");
    assert_eq!(a.ws.governance.meetings.len(), 4);
}

#[test]
fn governance_local_committee_asks_its_territory() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "G n enter up enter");
    match a.popups.last() {
        Some(Popup::Pick(p)) => assert!(p.title.contains("territoire"), "{}", p.title),
        p => panic!("{p:?}"),
    }
    typ(&mut a, "thau");
    keys(&mut a, "enter");
    typ(&mut a, "12");
    keys(&mut a, "enter enter ctrl-s");
    let m =
        a.ws.governance
            .meetings
            .iter()
            .find(|m| m.date == today())
            .unwrap();
    assert_eq!(m.kind, MeetingKind::LocalCommittee);
    assert_eq!(m.territory, Some(id("etang-de-thau")));
    assert_eq!(m.stage, None);
}

#[test]
fn governance_meeting_edited_field_by_field_and_kept_sorted() {
    let mut a = app("tui", Lang::Fr);
    // Newest (mid-term COPIL, 13/06/2024) is selected: Enter opens its menu.
    keys(&mut a, "G enter");
    match a.popups.last() {
        Some(Popup::Pick(p)) => {
            let labels: Vec<&str> = p.items.iter().map(|i| i.label.as_str()).collect();
            assert!(labels[0].contains("13/06/2024"), "{labels:?}");
            assert!(labels.iter().any(|l| l.contains("Étape du COPIL")));
        }
        p => panic!("{p:?}"),
    }
    // Date: move it before the local committee; the cursor follows.
    keys(&mut a, "enter ctrl-u");
    typ(&mut a, "01/01/2023");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx, [Effect::SaveGovernance]);
    assert_eq!(a.ws.governance.meetings[1].date, date("2023-01-01"));
    assert_eq!(gov_state(&a).1, 1);
    // Stage (row 2), participants (row 3), decisions (row 5).
    keys(&mut a, "enter down down enter down enter");
    assert_eq!(a.ws.governance.meetings[1].stage, Some(CopilStage::Final));
    keys(&mut a, "enter down down down enter ctrl-u");
    typ(&mut a, "41");
    keys(&mut a, "enter");
    assert_eq!(a.ws.governance.meetings[1].participants, 41);
    keys(&mut a, "enter down down down down down enter");
    typ(&mut a, "\u{1b}");
    update(&mut a, Msg::Paste("\nDeuxième décision\u{202e}.".into()));
    keys(&mut a, "f2");
    assert_eq!(
        a.ws.governance.meetings[1].decisions,
        ["Bilan à mi-parcours validé.", "Deuxième décision."]
    );
    // Kind → local committee asks the territory at once.
    keys(&mut a, "enter down enter up enter");
    assert!(matches!(a.popups.last(), Some(Popup::Pick(p)) if p.title.contains("territoire")));
    keys(&mut a, "enter");
    let m = &a.ws.governance.meetings[1];
    assert_eq!(m.kind, MeetingKind::LocalCommittee);
    assert_eq!(m.stage, None);
    assert_eq!(m.territory, Some(id("montpellierain")));
}

#[test]
fn governance_meeting_and_evaluation_deleted_after_confirmation() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "G X");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    keys(&mut a, "n");
    assert_eq!(a.ws.governance.meetings.len(), 3);
    let fx = keys(&mut a, "X o");
    assert_eq!(fx, [Effect::SaveGovernance]);
    assert_eq!(a.ws.governance.meetings.len(), 2);
    keys(&mut a, "tab X o");
    assert!(a.ws.governance.evaluations.is_empty());
    keys(&mut a, "u u");
    assert_eq!(a.ws.governance.meetings.len(), 3);
    assert_eq!(a.ws.governance.evaluations.len(), 1);
}

#[test]
fn interim_evaluation_added_and_edited() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "G tab n");
    match a.popups.last() {
        Some(Popup::Input { editor, .. }) => assert_eq!(editor.text(), "2024"),
        p => panic!("{p:?}"),
    }
    keys(&mut a, "enter enter");
    typ(&mut a, "Bilan 2024 : six comités tenus.");
    let fx = keys(&mut a, "ctrl-s");
    assert_eq!(fx, [Effect::SaveGovernance]);
    let e = a.ws.governance.evaluations.last().unwrap();
    assert_eq!((e.year, e.date), (2024, today()));
    assert_eq!(e.summary, "Bilan 2024 : six comités tenus.");
    assert_eq!(gov_state(&a), (GovernancePane::Evaluations, 2, 1));
    // Year of the selected one back to 2022: it moves first.
    keys(&mut a, "enter enter ctrl-u");
    typ(&mut a, "2022");
    keys(&mut a, "enter");
    assert_eq!(a.ws.governance.evaluations[0].year, 2022);
    assert_eq!(gov_state(&a).2, 0);
    keys(&mut a, "enter enter ctrl-u");
    typ(&mut a, "1800");
    keys(&mut a, "enter");
    assert!(matches!(
        a.popups.last(),
        Some(Popup::Input { error: Some(_), .. })
    ));
}

#[test]
fn governance_failed_save_is_flagged_and_retried() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "G X o");
    update(&mut a, Msg::GovernanceSaved(Err("disque plein".into())));
    assert!(a.governance_unsaved);
    assert!(matches!(&a.message, Some((Tone::Error, m)) if m.contains("disque plein")));
    assert_eq!(keys(&mut a, "w"), [Effect::SaveGovernance]);
    // Quitting asks first.
    assert!(keys(&mut a, "q").is_empty());
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    keys(&mut a, "n");
    update(&mut a, Msg::GovernanceSaved(Ok(())));
    assert!(!a.governance_unsaved);
    assert_eq!(keys(&mut a, "q"), [Effect::Quit]);
}

// ---------------------------------------------------------------- group meetings

#[test]
fn group_meeting_recorded_then_edited() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter");
    let before = a.ws.group(&id("reseau-digi-thau")).unwrap().meetings.len();
    // Meeting mode, then paused (esc): the meeting is recorded.
    keys(&mut a, "r enter enter enter enter");
    typ(&mut a, "9");
    keys(&mut a, "enter enter enter esc tab");
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap();
    assert_eq!(g.meetings.len(), before + 1);
    let m = g.meetings.last().unwrap().clone();
    assert_eq!(
        (m.date, m.kind, m.participants),
        (today(), MeetingKind::WorkingGroup, 9)
    );
    // The latest meeting is listed first: Enter on the first row edits it
    // (participants: row 2 for a working-group meeting).
    keys(&mut a, "enter down down enter ctrl-u");
    typ(&mut a, "11");
    let fx = keys(&mut a, "enter");
    assert_eq!(fx, [Effect::SaveGroup(id("reseau-digi-thau"))]);
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap();
    assert_eq!(g.meetings.last().unwrap().participants, 11);
    // Organisations present (row 3), multi-choice.
    keys(&mut a, "enter down down down enter space enter");
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap();
    assert_ne!(g.meetings.last().unwrap().organisations, m.organisations);
    // The older meeting, second row, is untouched.
    assert_eq!(g.meetings[0].participants, 14);
}

// ---------------------------------------------------------------- group scope

#[test]
fn group_territories_axis_and_themes_are_editable() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter T");
    // Étang de Thau is ticked; tick Biterrois too.
    typ(&mut a, "biter");
    keys(&mut a, "space enter");
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap();
    assert_eq!(g.territories, [id("etang-de-thau"), id("biterrois")]);
    // Untick everything: refused, nothing changes.
    keys(&mut a, "T down space down down down space enter");
    assert!(matches!(a.message, Some((Tone::Error, _))));
    assert_eq!(
        a.ws.group(&id("reseau-digi-thau"))
            .unwrap()
            .territories
            .len(),
        2
    );
    // Axis 3, themes "aller-vers" and "autonomie".
    keys(&mut a, "E down down enter");
    typ(&mut a, "aller");
    keys(&mut a, "space");
    update(&mut a, Msg::Key(key("ctrl-u")));
    keys(&mut a, "esc");
    assert!(a.popups.is_empty(), "Esc leaves the list without a change");
    keys(&mut a, "E down down enter space down down space enter");
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap();
    assert_eq!(g.axis, id("axe-3"));
    assert_eq!(g.themes, [id("articulation-dispositifs"), id("aller-vers")]);
    // The same from the group menu (`e`): row 1 is the territories.
    keys(&mut a, "e");
    match a.popups.last() {
        Some(Popup::Pick(p)) => assert_eq!(p.items.len(), 6),
        p => panic!("{p:?}"),
    }
    keys(&mut a, "down enter");
    assert!(matches!(a.popups.last(), Some(Popup::Pick(p)) if p.multi));
}

// ---------------------------------------------------------------- journal

#[test]
fn journal_entry_with_a_typed_date_goes_in_date_order() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "c enter ctrl-u");
    typ(&mut a, "01/04/2024");
    keys(&mut a, "enter");
    match a.popups.last() {
        Some(Popup::Text { title, .. }) => assert!(title.contains("01/04/2024"), "{title}"),
        p => panic!("{p:?}"),
    }
    typ(&mut a, "Point d'étape");
    keys(&mut a, "ctrl-s");
    let j = &ateliers(&a).journal;
    assert_eq!(j.len(), 3);
    assert_eq!(
        (j[1].date, j[1].kind),
        (date("2024-04-01"), EntryKind::Note)
    );
    match a.screen() {
        Screen::Action(s) => assert_eq!(s.journal, 1),
        s => panic!("{s:?}"),
    }
    // A bad date keeps the prompt open with a message.
    keys(&mut a, "c enter ctrl-u");
    typ(&mut a, "31/02/2024");
    keys(&mut a, "enter");
    assert!(matches!(
        a.popups.last(),
        Some(Popup::Input { error: Some(_), .. })
    ));
}

#[test]
fn journal_entry_date_kind_and_text_changed_from_its_menu() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "tab tab tab");
    // First entry (12/03/2024): change its date after the second one.
    keys(&mut a, "enter down enter ctrl-u");
    typ(&mut a, "2024-07-01");
    keys(&mut a, "enter");
    let j = &ateliers(&a).journal;
    assert_eq!(j[1].date, date("2024-07-01"));
    match a.screen() {
        Screen::Action(s) => assert_eq!(s.journal, 1, "the cursor follows the entry"),
        s => panic!("{s:?}"),
    }
    keys(&mut a, "enter down down enter up enter");
    assert_eq!(ateliers(&a).journal[1].kind, EntryKind::Note);
    keys(&mut a, "enter enter ctrl-u");
    typ(&mut a, "!");
    keys(&mut a, "ctrl-s");
    assert!(ateliers(&a).journal[1].text.ends_with('!'));
    keys(&mut a, "enter down down down enter o");
    assert_eq!(ateliers(&a).journal.len(), 1);
}

// ---------------------------------------------------------------- measurements

#[test]
fn one_measurement_corrected_then_deleted() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "tab tab");
    // Indicator menu, row 1: the measurements, newest first.
    keys(&mut a, "enter down enter");
    match a.popups.last() {
        Some(Popup::Pick(p)) => {
            assert_eq!(p.items[0].label, "30/06/2024\u{a0}: 185 personnes");
            assert_eq!(p.items.len(), 2);
        }
        p => panic!("{p:?}"),
    }
    keys(&mut a, "enter enter");
    match a.popups.last() {
        Some(Popup::Input { editor, .. }) => assert_eq!(editor.text(), "185 30/06/2024"),
        p => panic!("{p:?}"),
    }
    keys(&mut a, "ctrl-u");
    typ(&mut a, "190,5 01/07/2024");
    keys(&mut a, "enter");
    let m = &ateliers(&a).indicators[0].measurements;
    assert_eq!(m.len(), 2);
    assert_eq!((m[1].date, m[1].value), (date("2024-07-01"), 190.5));
    // Delete the older one.
    keys(&mut a, "enter down enter down enter down enter");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    keys(&mut a, "o");
    let m = &ateliers(&a).indicators[0].measurements;
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].date, date("2024-07-01"));
    keys(&mut a, "u");
    assert_eq!(ateliers(&a).indicators[0].measurements.len(), 2);
}

#[test]
fn measurement_popup_title_shows_the_date_at_80_columns() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "m");
    if matches!(a.popups.last(), Some(Popup::Pick(_))) {
        keys(&mut a, "enter");
    }
    let screen = render_quoted(&a, 80, 24);
    assert!(screen.contains("Mesure du 15/01/2025"), "{screen}");
}

// ---------------------------------------------------------------- dates

#[test]
fn dates_are_french_in_french_and_iso_in_english() {
    let mut a = app("tui", Lang::Fr);
    assert!(render_quoted(&a, 80, 24).contains("au 15/01/2025"));
    open_ateliers(&mut a);
    keys(&mut a, "d");
    match a.popups.last() {
        Some(Popup::Input { editor, .. }) => assert_eq!(editor.text(), "30/06/2025"),
        p => panic!("{p:?}"),
    }
    keys(&mut a, "ctrl-u");
    typ(&mut a, "2025-09-30");
    keys(&mut a, "enter");
    assert!(
        matches!(&a.message, Some((_, m)) if m.contains("30/09/2025")),
        "{:?}",
        a.message
    );
    let mut e = app("tui", Lang::En);
    assert!(render_quoted(&e, 80, 24).contains("on 2025-01-15"));
    open_ateliers(&mut e);
    assert!(render_quoted(&e, 80, 24).contains("2025-06-30"));
}

// ---------------------------------------------------------------- snapshots

fn tour(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let mut a = app("tui", lang);
    keys(&mut a, "G");
    out.push(("governance", a.clone()));
    keys(&mut a, "tab");
    out.push(("governance_evaluations", a.clone()));
    keys(&mut a, "tab enter");
    out.push(("governance_meeting_menu", a.clone()));
    keys(&mut a, "esc n enter");
    out.push(("governance_new_kind", a.clone()));
    let mut b = app("tui", lang);
    open_ateliers(&mut b);
    keys(&mut b, "tab tab enter down enter");
    out.push(("measurements", b.clone()));
    let mut c = app("tui", lang);
    keys(&mut c, "j enter enter e");
    out.push(("group_menu", c.clone()));
    out
}

#[test]
fn snapshots_fr() {
    for (name, a) in tour(Lang::Fr) {
        insta::assert_snapshot!(format!("gaps_fr_{name}"), render_quoted(&a, 80, 24));
    }
}

#[test]
fn snapshots_en() {
    for (name, a) in tour(Lang::En) {
        insta::assert_snapshot!(format!("gaps_en_{name}"), render_quoted(&a, 80, 24));
    }
}

#[test]
fn governance_small_terminals_never_panic() {
    for (_, a) in tour(Lang::Fr) {
        for (w, h) in [(60, 20), (40, 10), (20, 6), (10, 3)] {
            render_quoted(&a, w, h);
        }
    }
}

// ---------------------------------------------------------------- on disk

/// The lines that changed, trimmed, without their numbers.
fn changes(before: &str, after: &str) -> Vec<(String, String)> {
    changed_lines(before, after)
        .into_iter()
        .map(|(_, x, y)| (x.trim().to_string(), y.trim().to_string()))
        .collect()
}

#[test]
fn governance_meeting_edit_is_one_line_on_disk_and_undo_restores_the_bytes() {
    let mut t = Tui::new("tui", Lang::Fr);
    let before = t.file("governance.ron");
    t.press("G enter down down down enter ctrl-u")
        .typ("40")
        .press("enter");
    let after = t.file("governance.ron");
    assert_eq!(
        changes(&before, &after),
        [("participants: 39,".into(), "participants: 40,".into())]
    );
    assert!(
        matches!(&t.app.message, Some((Tone::Ok, m)) if m.contains("governance.ron")),
        "{:?}",
        t.app.message
    );
    t.press("u");
    assert_eq!(t.file("governance.ron"), before);
}

#[test]
fn governance_file_created_when_absent() {
    let copy = Tui::new("tui", Lang::Fr);
    let file = copy.root().join("governance.ron");
    fs::remove_file(&file).unwrap();
    let mut t = Tui::on(copy.root(), Lang::Fr);
    t.press("G tab n enter enter")
        .typ("Première évaluation.")
        .press("ctrl-s");
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("year: 2024"), "{text}");
    let again = pacte::store::Workspace::open(t.root()).unwrap();
    assert!(again.load_diagnostics.is_empty());
    assert_eq!(again.governance, t.app.ws.governance);
}

#[test]
fn measurement_correction_and_group_territories_are_local_diffs() {
    let mut t = Tui::new("tui", Lang::Fr);
    let file = "groups/reseau-digi-thau.ron";
    let before = t.file(file);
    open_ateliers(&mut t.app);
    t.press("tab tab enter down enter enter enter ctrl-u")
        .typ("186")
        .press("enter");
    let after = t.file(file);
    assert_eq!(
        changes(&before, &after),
        [("value: 185.0,".into(), "value: 186.0,".into())]
    );
    t.press("esc T").typ("biter").press("space enter");
    let text = t.file(file);
    assert!(text.contains("\"biterrois\""), "{text}");
}
