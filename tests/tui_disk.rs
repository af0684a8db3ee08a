//! TUI effects performed on real files (a copy of the fixture in a temp
//! folder): one-line diffs, refused saves, live reload, group deletion.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::copy_dir;

use chrono::NaiveDate;
use pacte::domain::{Id, Status};
use pacte::store::Workspace;
use pacte::tui::Lang;
use pacte::tui::app::{App, Screen, Tone};
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::Msg;
use pacte::tui::runtime::perform;
use pacte::tui::update::update;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::VecDeque;
use std::fs;
use std::path::Path;

fn setup() -> (tempfile::TempDir, App) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    let ws = Workspace::open(dir.path()).unwrap();
    let today: NaiveDate = "2025-01-15".parse().unwrap();
    (dir, App::new(ws, Lang::Fr, today, Keymap::defaults()))
}

/// Runs a message and every effect it leads to, as the runtime does;
/// true when the interface quits.
fn drive(app: &mut App, msg: Msg) -> bool {
    let mut q = VecDeque::from([msg]);
    while let Some(m) = q.pop_front() {
        for e in update(app, m) {
            match perform(app, e) {
                Some(m) => q.push_back(m),
                None => return true,
            }
        }
    }
    false
}

fn press(app: &mut App, ks: &str) {
    for c in ks.chars() {
        let m = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        let code = match c {
            '\n' => KeyCode::Enter,
            '\u{1b}' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        drive(app, Msg::Key(KeyEvent::new(code, m)));
    }
}

fn poll(app: &mut App) {
    let changes = app.ws.disk_changes();
    if !changes.is_empty() {
        drive(app, Msg::DiskChanged(changes));
    }
}

const DIGI: &str = "groups/reseau-digi-thau.ron";

fn changed_lines(a: &str, b: &str) -> Vec<(String, String)> {
    assert_eq!(a.lines().count(), b.lines().count());
    a.lines()
        .zip(b.lines())
        .filter(|(x, y)| x != y)
        .map(|(x, y)| (x.to_string(), y.to_string()))
        .collect()
}

#[test]
fn status_change_is_one_line_on_disk_and_undo_restores_the_bytes() {
    let (dir, mut a) = setup();
    let before = fs::read_to_string(dir.path().join(DIGI)).unwrap();
    press(&mut a, "j\n\n\nsf");
    let after = fs::read_to_string(dir.path().join(DIGI)).unwrap();
    assert_eq!(
        changed_lines(&before, &after),
        [(
            "            status: \"in-progress\",".into(),
            "            status: \"operating\",".into()
        )]
    );
    assert!(
        matches!(&a.message, Some((Tone::Ok, m)) if m.contains("enregistré")),
        "{:?}",
        a.message
    );
    press(&mut a, "u");
    assert_eq!(fs::read_to_string(dir.path().join(DIGI)).unwrap(), before);
}

#[test]
fn measurement_lands_in_the_file() {
    let (dir, mut a) = setup();
    press(&mut a, "/");
    press(&mut a, "taux autonomie\nm");
    press(&mut a, "50\n");
    let text = fs::read_to_string(dir.path().join(DIGI)).unwrap();
    assert!(
        text.contains("date: \"2025-01-15\",\n                            value: 50.0,"),
        "{text}"
    );
}

#[test]
fn external_change_is_reloaded_and_never_overwritten() {
    let (dir, mut a) = setup();
    press(&mut a, "j\n\n\n");
    let path = dir.path().join(DIGI);
    let text = fs::read_to_string(&path).unwrap();
    let pulled = text.replace(
        "name: \"Réseau Digi'Thau\"",
        "name: \"Réseau Digi'Thau (tiré)\"",
    );
    fs::write(&path, &pulled).unwrap();
    poll(&mut a);
    assert_eq!(
        a.ws.group(&Id::new("reseau-digi-thau").unwrap())
            .unwrap()
            .name,
        "Réseau Digi'Thau (tiré)"
    );
    assert!(
        matches!(a.screen(), Screen::Action(_)),
        "still on the action page"
    );

    // Someone changes the file again, between our edit and its save: a
    // different field, so the edit is merged with theirs; nothing is
    // overwritten.
    let again = pulled.replace("(tiré)", "(tiré 2)");
    fs::write(&path, &again).unwrap();
    press(&mut a, "sr");
    let gid = Id::new("reseau-digi-thau").unwrap();
    let on_disk = fs::read_to_string(&path).unwrap();
    assert!(
        on_disk.contains("(tiré 2)"),
        "their change kept:\n{on_disk}"
    );
    assert!(
        on_disk.contains("status: \"done\""),
        "our edit saved:\n{on_disk}"
    );
    assert!(a.unsaved.is_empty());

    // Someone changes the same field: the edit cannot be merged; it is kept
    // in memory, their file untouched.
    let theirs = on_disk.replace("status: \"done\"", "status: \"suspended\"");
    fs::write(&path, &theirs).unwrap();
    press(&mut a, "sf");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        theirs,
        "not overwritten"
    );
    assert!(a.unsaved.contains(&gid));
    assert_eq!(
        a.ws.group(&gid).unwrap().actions[0].status,
        Status::Operating,
        "edit kept"
    );
    poll(&mut a);
    assert!(
        a.conflicts.contains(&gid),
        "not reloaded over the unsaved edit"
    );
    assert_eq!(fs::read_to_string(&path).unwrap(), theirs);
    // R then yes: reload, the edit is dropped.
    press(&mut a, "Ro");
    assert!(a.unsaved.is_empty());
    assert_eq!(
        a.ws.group(&gid).unwrap().actions[0].status,
        Status::Suspended
    );
}

#[test]
fn broken_file_keeps_the_last_good_version_read_only() {
    let (dir, mut a) = setup();
    let path = dir.path().join(DIGI);
    let good = fs::read_to_string(&path).unwrap();
    fs::write(&path, "(\n    version: 1,\n    id: 42,\n)\n").unwrap();
    poll(&mut a);
    let gid = Id::new("reseau-digi-thau").unwrap();
    assert!(a.broken.contains_key(&gid));
    assert!(a.ws.group(&gid).is_some(), "last good version shown");
    press(&mut a, "j\n\n\nsr");
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        "(\n    version: 1,\n    id: 42,\n)\n"
    );
    // Fixed on disk: usable again.
    fs::write(&path, &good).unwrap();
    poll(&mut a);
    assert!(a.broken.is_empty());
    press(&mut a, "sr");
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("status: \"done\"")
    );
}

#[test]
fn new_group_file_appears_and_deletion_removes_it() {
    let (dir, mut a) = setup();
    // A group pulled from elsewhere shows up.
    let other = fs::read_to_string(dir.path().join("groups/coordination-montpellier.ron"))
        .unwrap()
        .replace("coordination-montpellier", "nouveau-groupe");
    fs::write(dir.path().join("groups/nouveau-groupe.ron"), other).unwrap();
    poll(&mut a);
    assert!(a.ws.group(&Id::new("nouveau-groupe").unwrap()).is_some());
    // Delete it from the Montpelliérain list (second row), then undo.
    press(&mut a, "\njXo");
    assert!(!dir.path().join("groups/nouveau-groupe.ron").exists());
    press(&mut a, "u");
    assert!(dir.path().join("groups/nouveau-groupe.ron").exists());
}

#[test]
fn quit_and_terminate() {
    let (_dir, mut a) = setup();
    assert!(drive(&mut a, Msg::Terminate));
    let (_dir, mut b) = setup();
    assert!(!drive(
        &mut b,
        Msg::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::NONE))
    ));
    assert!(drive(
        &mut b,
        Msg::Key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE))
    ));
}
