//! Edits through the interface on real files: the same assignment through
//! `pacte set`, `pacte import` and the interface writes the same bytes; a
//! question left open while the file is reloaded acts on the item it was
//! asked about; questions speak the interface's language.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use common::tui::Tui;
use common::tui_fixture::{DIGI, TO_ATELIERS, assert_on_ateliers};
use pacte::store::DiskChange;
use pacte::tui::Lang;
use pacte::tui::app::Popup;
use pacte::tui::msg::Msg;
use std::fs;
use std::path::PathBuf;

/// Home → Étang de Thau → Réseau Digi'Thau → Ateliers numériques.
fn open_ateliers(t: &mut Tui) {
    t.press(TO_ATELIERS);
    assert_on_ateliers(&t.app);
}

/// Someone else changes the group's file: `f` of its text, then the
/// interface hears of it as from its poll.
fn changed_on_disk(t: &mut Tui, f: impl Fn(&str) -> String) {
    let path = t.root().join(DIGI);
    let text = fs::read_to_string(&path).unwrap();
    let new = f(&text);
    assert_ne!(new, text, "the change did not apply");
    fs::write(&path, new).unwrap();
    t.send(Msg::DiskChanged(vec![DiskChange {
        file: PathBuf::from(DIGI),
        disk_hash: Some([7; 32]),
    }]));
}

fn question(t: &Tui) -> String {
    match t.app.popups.last() {
        Some(Popup::Confirm { question, .. }) => question.clone(),
        p => panic!("no question open: {p:?}"),
    }
}

fn pacte(dir: &std::path::Path) -> Command {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir).env("PACTE_TODAY", "2025-01-15");
    c
}

#[test]
fn set_import_and_the_interface_write_the_same_bytes() {
    // The interface: status "totalement réalisée", then the due date.
    let mut ui = Tui::new("tui", Lang::Fr);
    open_ateliers(&mut ui);
    ui.press("s r d ctrl-u").typ("31/12/2025").press("enter");
    assert!(ui.app.popups.is_empty(), "{:?}", ui.app.popups);

    let set = Tui::new("tui", Lang::Fr);
    pacte(set.root())
        .args([
            "set",
            "reseau-digi-thau/ateliers-numeriques",
            "status=done",
            "due=31/12/2025",
        ])
        .assert()
        .success();

    let import = Tui::new("tui", Lang::Fr);
    let csv = import.root().join("maj.csv");
    fs::write(
        &csv,
        "group_id;action_id;statut;échéance\nreseau-digi-thau;ateliers-numeriques;totalement réalisée;31/12/2025\n",
    )
    .unwrap();
    pacte(import.root())
        .args(["import", "maj.csv"])
        .assert()
        .success();

    let (a, b, c) = (ui.file(DIGI), set.file(DIGI), import.file(DIGI));
    assert!(
        a.contains("status: \"done\"") && a.contains("progress: 100"),
        "{a}"
    );
    assert!(a.contains("due: \"2025-12-31\""), "{a}");
    assert_eq!(a, b, "interface and set differ");
    assert_eq!(b, c, "set and import differ");
}

#[test]
fn a_journal_deletion_asked_before_a_reload_deletes_the_entry_asked_about() {
    let mut t = Tui::new("tui", Lang::Fr);
    open_ateliers(&mut t);
    // Journal pane, first entry (12/03/2024), delete?
    t.press("tab tab tab X");
    assert!(question(&t).contains("12/03/2024"), "{}", question(&t));
    // Meanwhile an older entry arrives first in the file.
    changed_on_disk(&mut t, |s| {
        s.replacen(
            "            journal: [\n",
            "            journal: [\n                (\n                    date: \"2024-01-08\",\n                    kind: \"note\",\n                    text: \"Réunion de lancement.\",\n                ),\n",
            1,
        )
    });
    t.press("o");
    let text = t.file(DIGI);
    assert!(text.contains("Réunion de lancement."), "{text}");
    assert!(!text.contains("Étendre la tournée à Frontignan."), "{text}");
    assert!(text.contains("Recruter un second conseiller"), "{text}");
}

#[test]
fn a_deliverable_deletion_asked_before_a_reload_deletes_the_one_asked_about() {
    let mut t = Tui::new("tui", Lang::Fr);
    open_ateliers(&mut t);
    t.press("tab j X");
    assert!(question(&t).contains("Bilan annuel"), "{}", question(&t));
    changed_on_disk(&mut t, |s| {
        s.replacen(
            "            deliverables: [\n                (\n                    label: \"Calendrier",
            "            deliverables: [\n                (\n                    label: \"Charte\",\n                    done: false,\n                ),\n                (\n                    label: \"Calendrier",
            1,
        )
    });
    t.press("o");
    let text = t.file(DIGI);
    assert!(
        text.contains("Charte") && text.contains("Calendrier des tournées"),
        "{text}"
    );
    assert!(!text.contains("Bilan annuel"), "{text}");
}

#[test]
fn a_meeting_deletion_asked_before_a_reload_deletes_the_meeting_asked_about() {
    let mut t = Tui::new("tui", Lang::Fr);
    // The group page, its meetings.
    t.press("j enter enter tab X");
    assert!(question(&t).contains("12/03/2024"), "{}", question(&t));
    changed_on_disk(&mut t, |s| {
        s.replacen(
            "    meetings: [\n",
            "    meetings: [\n        (\n            date: \"2024-01-05\",\n            kind: \"working-group\",\n            stage: None,\n            territory: None,\n            participants: 6,\n            organisations: [],\n            decisions: [],\n        ),\n",
            1,
        )
    });
    t.press("o");
    let text = t.file(DIGI);
    assert!(text.contains("2024-01-05"), "{text}");
    assert!(
        !text.contains("2024-03-12\",\n            kind: \"working-group\""),
        "{text}"
    );
    assert!(!text.contains("Bilan en juin"), "{text}");
}

#[test]
fn questions_speak_english_in_english() {
    let mut t = Tui::new("tui", Lang::En);
    open_ateliers(&mut t);
    // The indicator menu's last entry (Up wraps to it): delete.
    t.press("tab tab enter up enter");
    let q = question(&t);
    assert!(q.ends_with("(y/n)"), "{q}");
    assert!(q.starts_with("Delete the indicator “"), "{q}");
    assert!(!q.contains('«') && !q.contains(" ?"), "{q}");
    t.press("esc X");
    let q = question(&t);
    assert!(q.ends_with("(y/n)") && q.starts_with("Delete"), "{q}");
    // Deliverable, journal entry, action, meeting, group: all in English.
    for (keys, starts) in [
        ("esc backtab X", "Delete the deliverable"),
        ("esc tab tab X", "Delete the journal entry"),
        ("esc esc X", "Delete the action"),
        ("esc tab X", "Delete “"),
        ("esc esc X", "Delete the group"),
    ] {
        t.press(keys);
        let q = question(&t);
        assert!(q.starts_with(starts) && q.ends_with("(y/n)"), "{keys}: {q}");
        assert!(!q.contains("(o/n)") && !q.contains('«'), "{keys}: {q}");
    }
}

#[test]
fn t_on_a_group_page_renames_the_action_under_the_cursor() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press("j enter enter t")
        .typ("Ateliers du numérique")
        .press("enter");
    let text = t.file(DIGI);
    assert!(text.contains("title: \"Ateliers du numérique\""), "{text}");
    assert!(text.contains("name: \"Réseau Digi'Thau\""), "{text}");
}

/// A long objective, numbered words then `FIN`.
fn long_text() -> String {
    let words: Vec<String> = (1..=45).map(|i| format!("mot{i:02}")).collect();
    format!("{} FIN", words.join(" "))
}

#[test]
fn a_long_objective_is_read_whole_and_edited_at_80x24() {
    let mut t = Tui::new("tui", Lang::Fr);
    open_ateliers(&mut t);
    let long = long_text();
    assert!(long.chars().count() > 250);
    t.press("O ctrl-u ctrl-u ctrl-u").typ(&long).press("ctrl-s");
    assert!(t.file(DIGI).contains(&long));
    // Opened again: wrapped, its beginning and its end both on screen.
    t.press("O");
    let screen = t.screen(80, 24);
    assert!(
        screen.contains("mot01") && screen.contains("FIN"),
        "{screen}"
    );
    insta::assert_snapshot!("edits_long_objective_80x24", screen);
    // Home of the first line, then typing: it goes where it shows.
    t.press("up up up up up up home").typ("DÉBUT ");
    let screen = t.screen(80, 24);
    assert!(screen.contains("DÉBUT mot01"), "{screen}");
    t.press("ctrl-s");
    assert!(t.file(DIGI).contains(&format!("DÉBUT {long}")));
}

#[test]
fn a_text_longer_than_the_editor_scrolls_to_the_cursor() {
    let mut t = Tui::new("tui", Lang::Fr);
    open_ateliers(&mut t);
    let long: Vec<String> = (1..=400).map(|i| format!("w{i:03}")).collect();
    t.press("O ctrl-u ctrl-u ctrl-u")
        .typ(&long.join(" "))
        .press("ctrl-s O");
    let screen = t.screen(80, 24);
    assert!(
        screen.contains("w400"),
        "the end, where the cursor is:\n{screen}"
    );
    assert!(!screen.contains("w001"), "{screen}");
    t.press("pageup pageup pageup pageup pageup pageup pageup pageup");
    let screen = t.screen(80, 24);
    assert!(
        screen.contains("w001"),
        "scrolled back to the start:\n{screen}"
    );
}

#[test]
fn a_prefilled_value_is_replaced_by_what_is_typed() {
    let mut t = Tui::new("tui", Lang::Fr);
    open_ateliers(&mut t);
    // Progress is 40 %: `p`, then 75, replaces it (it used to give 4075).
    t.press("p").typ("75").press("enter");
    assert!(t.file(DIGI).contains("progress: 75,"), "{}", t.file(DIGI));
    // An arrow keeps the value for editing: 75 → 76.
    t.press("p right backspace").typ("6").press("enter");
    assert!(t.file(DIGI).contains("progress: 76,"), "{}", t.file(DIGI));
}
