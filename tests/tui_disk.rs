//! TUI effects performed on real files (a copy of the fixture in a temp
//! folder): one-line diffs, refused saves, live reload, group deletion.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::changed_lines;
use common::tui::{Tui, id};
use common::tui_fixture::DIGI;
use pacte::domain::Status;
use pacte::tui::Lang;
use pacte::tui::app::{Screen, Tone};
use pacte::tui::msg::Msg;
use std::fs;

/// The lines that changed, without their numbers.
fn changes(before: &str, after: &str) -> Vec<(String, String)> {
    changed_lines(before, after)
        .into_iter()
        .map(|(_, x, y)| (x, y))
        .collect()
}

#[test]
fn status_change_is_one_line_on_disk_and_undo_restores_the_bytes() {
    let mut t = Tui::new("tui", Lang::Fr);
    let before = t.file(DIGI);
    t.press("j enter enter enter s f");
    let after = t.file(DIGI);
    assert_eq!(
        changes(&before, &after),
        [(
            "            status: \"in-progress\",".into(),
            "            status: \"operating\",".into()
        )]
    );
    assert!(
        matches!(&t.app.message, Some((Tone::Ok, m)) if m.contains("enregistré")),
        "{:?}",
        t.app.message
    );
    t.press("u");
    assert_eq!(t.file(DIGI), before);
}

#[test]
fn measurement_lands_in_the_file() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press("/");
    t.typ("taux autonomie").press("enter m");
    t.typ("50").press("enter");
    let text = t.file(DIGI);
    assert!(
        text.contains("date: \"2025-01-15\",\n                            value: 50.0,"),
        "{text}"
    );
}

#[test]
fn external_change_is_reloaded_and_never_overwritten() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press("j enter enter enter");
    let path = t.root().join(DIGI);
    let text = fs::read_to_string(&path).unwrap();
    let pulled = text.replace(
        "name: \"Réseau Digi'Thau\"",
        "name: \"Réseau Digi'Thau (tiré)\"",
    );
    fs::write(&path, &pulled).unwrap();
    t.poll();
    assert_eq!(
        t.app.ws.group(&id("reseau-digi-thau")).unwrap().name,
        "Réseau Digi'Thau (tiré)"
    );
    assert!(
        matches!(t.app.screen(), Screen::Action(_)),
        "still on the action page"
    );

    // Someone changes the file again, between our edit and its save: a
    // different field, so the edit is merged with theirs; nothing is
    // overwritten.
    let again = pulled.replace("(tiré)", "(tiré 2)");
    fs::write(&path, &again).unwrap();
    t.press("s r");
    let gid = id("reseau-digi-thau");
    let on_disk = fs::read_to_string(&path).unwrap();
    assert!(
        on_disk.contains("(tiré 2)"),
        "their change kept:\n{on_disk}"
    );
    assert!(
        on_disk.contains("status: \"done\""),
        "our edit saved:\n{on_disk}"
    );
    assert!(t.app.unsaved.is_empty());

    // Someone changes the same field: the edit cannot be merged; it is kept
    // in memory, their file untouched.
    let theirs = on_disk.replace("status: \"done\"", "status: \"suspended\"");
    fs::write(&path, &theirs).unwrap();
    t.press("s f");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "not overwritten"
    );
    assert!(t.app.unsaved.contains(&gid));
    assert_eq!(
        t.app.ws.group(&gid).unwrap().actions[0].status,
        Status::Operating,
        "edit kept"
    );
    t.poll();
    assert!(
        t.app.conflicts.contains(&gid),
        "not reloaded over the unsaved edit"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
    // R then yes: reload, the edit is dropped.
    t.press("R o");
    assert!(t.app.unsaved.is_empty());
    assert_eq!(
        t.app.ws.group(&gid).unwrap().actions[0].status,
        Status::Suspended
    );
}

#[test]
fn broken_file_keeps_the_last_good_version_read_only() {
    let mut t = Tui::new("tui", Lang::Fr);
    let path = t.root().join(DIGI);
    let good = fs::read_to_string(&path).unwrap();
    fs::write(&path, "(\n    version: 1,\n    id: 42,\n)\n").unwrap();
    t.poll();
    let gid = id("reseau-digi-thau");
    assert!(t.app.broken.contains_key(&gid));
    assert!(t.app.ws.group(&gid).is_some(), "last good version shown");
    t.press("j enter enter enter s r");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "(\n    version: 1,\n    id: 42,\n)\n"
    );
    // Fixed on disk: usable again.
    fs::write(&path, &good).unwrap();
    t.poll();
    assert!(t.app.broken.is_empty());
    t.press("s r");
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("status: \"done\"")
    );
}

#[test]
fn new_group_file_appears_and_deletion_removes_it() {
    let mut t = Tui::new("tui", Lang::Fr);
    // A group pulled from elsewhere shows up.
    let other = t
        .file("groups/coordination-montpellier.ron")
        .replace("coordination-montpellier", "nouveau-groupe");
    let new = t.root().join("groups/nouveau-groupe.ron");
    fs::write(&new, other).unwrap();
    t.poll();
    assert!(t.app.ws.group(&id("nouveau-groupe")).is_some());
    // Delete it from the Montpelliérain list (second row), then undo.
    t.press("enter j X o");
    assert!(!new.exists());
    t.press("u");
    assert!(new.exists());
}

#[test]
fn terminate_quits_and_q_quits_but_moving_does_not() {
    let mut a = Tui::new("tui", Lang::Fr);
    assert!(a.send(Msg::Terminate).quit);
    let mut b = Tui::new("tui", Lang::Fr);
    assert!(!b.press("j").quit);
    assert!(b.press("q").quit);
}
