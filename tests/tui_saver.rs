//! Saves off the event loop, as the runtime runs them: the loop hands each
//! save to the saver thread and goes on; results come back as messages;
//! quitting waits for them; a failure reaches the status line; a save
//! chained after a failed one is not tried, and the file's state goes back
//! to what the disk holds (a change on disk is then merged). No timing:
//! every test waits for the saves with `flush` before it looks.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{Tui, id, key};
use common::tui_fixture::{DIGI, TO_ATELIERS, assert_on_ateliers};
use pacte::store::saver::Writer;
use pacte::store::{SaveError, Workspace};
use pacte::tui::Lang;
use pacte::tui::app::Tone;
use pacte::tui::effects::{Workers, flush};
use pacte::tui::msg::Msg;
use pacte::tui::runtime::handle;
use pacte::tui::saver::Saver;
use std::collections::VecDeque;

/// Messages for the keys named in `keys`.
fn strokes(keys: &str) -> VecDeque<Msg> {
    keys.split_whitespace().map(|k| Msg::Key(key(k))).collect()
}

/// Handles `keys` as the event loop does, saves on the saver thread; true
/// when the interface quits.
fn press(t: &mut Tui, saver: &mut Workers, keys: &str) -> bool {
    let mut queue = strokes(keys);
    handle(&mut t.app, &mut queue, saver, false)
}

/// Waits for the saves in flight and handles what they answer.
fn settle_all(t: &mut Tui, saver: &mut Workers) {
    let mut queue = VecDeque::new();
    flush(&mut t.app, &mut saver.saver, &mut queue);
    assert!(!handle(&mut t.app, &mut queue, saver, false));
}

fn status_of_ateliers(t: &Tui) -> String {
    let text = t.file(DIGI);
    let at = text.find("id: \"ateliers-numeriques\"").unwrap();
    let rest = &text[at..];
    let s = rest.find("status: \"").unwrap() + 9;
    rest[s..s + rest[s..].find('"').unwrap()].to_string()
}

#[test]
fn consecutive_saves_of_one_file_chain_and_all_reach_the_disk() {
    let mut t = Tui::new("tui", Lang::Fr);
    let mut saver = Workers::with_saver(Saver::spawn(|| {}));
    press(&mut t, &mut saver, TO_ATELIERS);
    assert_on_ateliers(&t.app);
    // Three saves of one file handed over without waiting for any.
    assert!(!press(&mut t, &mut saver, "s r s f s a"));
    settle_all(&mut t, &mut saver);
    assert!(!t.app.ws.saves_in_flight());
    assert!(t.app.unsaved.is_empty(), "{:?}", t.app.message);
    assert!(
        matches!(&t.app.message, Some((Tone::Ok, _))),
        "{:?}",
        t.app.message
    );
    assert_eq!(status_of_ateliers(&t), "abandoned");
    // The disk holds what memory says it holds: nothing to report.
    assert!(t.app.ws.disk_changes().is_empty());
}

#[test]
fn quitting_right_after_an_edit_leaves_the_edit_on_disk() {
    let mut t = Tui::new("tui", Lang::Fr);
    let mut saver = Workers::with_saver(Saver::spawn(|| {}));
    press(&mut t, &mut saver, TO_ATELIERS);
    // The edit and the quit in one go: the save is still in flight when
    // the quit comes.
    assert!(press(&mut t, &mut saver, "s r q"));
    assert_eq!(saver.saver.pending(), 0);
    assert_eq!(status_of_ateliers(&t), "done");
}

#[test]
fn a_save_failing_on_the_saver_thread_reaches_the_status_line() {
    let mut t = Tui::new("tui", Lang::Fr);
    let mut saver = Workers::with_saver(Saver::spawn(|| {}));
    press(&mut t, &mut saver, TO_ATELIERS);
    // Someone left a merge conflict in the file: the save is refused.
    let path = t.root().join(DIGI);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("<<<<<<< HEAD\n{text}=======\n>>>>>>> x\n")).unwrap();
    press(&mut t, &mut saver, "s r");
    settle_all(&mut t, &mut saver);
    assert!(t.app.unsaved.contains(&id("reseau-digi-thau")));
    assert!(
        matches!(&t.app.message, Some((Tone::Error, m)) if m.contains("NON ENREGISTRÉ") && m.contains("conflit")),
        "{:?}",
        t.app.message
    );
    assert!(t.screen(80, 24).contains("NON ENREGISTRÉ"));
    // Quitting asks first (the edit is not on disk); the user's own quit
    // never loses it silently.
    assert!(!press(&mut t, &mut saver, "q"));
}

#[test]
fn a_quit_whose_last_save_fails_is_called_off() {
    let mut t = Tui::new("tui", Lang::Fr);
    let mut saver = Workers::with_saver(Saver::spawn(|| {}));
    press(&mut t, &mut saver, TO_ATELIERS);
    let path = t.root().join(DIGI);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("<<<<<<< HEAD\n{text}=======\n>>>>>>> x\n")).unwrap();
    // Quit while the failing save is in flight: the failure shows, the
    // interface stays.
    assert!(!press(&mut t, &mut saver, "s r q"));
    assert!(t.app.unsaved.contains(&id("reseau-digi-thau")));
    assert!(matches!(&t.app.message, Some((Tone::Error, _))));
}

#[test]
fn a_change_on_disk_under_a_save_in_flight_is_merged() {
    let mut t = Tui::new("tui", Lang::Fr);
    let mut saver = Workers::with_saver(Saver::spawn(|| {}));
    press(&mut t, &mut saver, TO_ATELIERS);
    // Another writer changes another action of the group first.
    let path = t.root().join(DIGI);
    let text = std::fs::read_to_string(&path).unwrap();
    let other = text.replacen("status: \"project\"", "status: \"operating\"", 1);
    assert_ne!(other, text);
    std::fs::write(&path, &other).unwrap();
    press(&mut t, &mut saver, "s r");
    settle_all(&mut t, &mut saver);
    assert!(t.app.unsaved.is_empty(), "{:?}", t.app.message);
    let merged = t.file(DIGI);
    assert_eq!(status_of_ateliers(&t), "done");
    assert!(
        !merged.contains("status: \"project\""),
        "the other edit kept"
    );
}

#[test]
fn a_save_chained_after_a_failed_one_is_not_tried_and_memory_goes_back() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::tui::fixture("tui"), dir.path());
    let mut ws = Workspace::open(dir.path()).unwrap();
    let gid = id("reseau-digi-thau");
    let original = ws
        .read_text(std::path::Path::new(DIGI))
        .unwrap()
        .to_string();
    let edit = |ws: &mut Workspace, p: u8| {
        let g = ws.group_mut(&gid).unwrap();
        g.actions[0].progress = p;
    };
    edit(&mut ws, 11);
    let first = ws.queue_group_save(&gid).unwrap().unwrap();
    edit(&mut ws, 22);
    let second = ws.queue_group_save(&gid).unwrap().unwrap();
    assert_eq!(second.after, Some(first.id));
    assert_eq!(second.expected, Some(first.hash), "chained on the first");
    assert!(ws.is_saving(std::path::Path::new(DIGI)));
    // Another writer, before either runs.
    std::fs::write(
        dir.path().join(DIGI),
        original.replace("in-progress", "done"),
    )
    .unwrap();
    let mut writer = Writer::default();
    let (a, b) = (writer.run(first), writer.run(second));
    assert!(matches!(
        ws.finish_save(a),
        Err(SaveError::ChangedOnDisk(_))
    ));
    assert!(matches!(ws.finish_save(b), Err(SaveError::Superseded(_))));
    assert!(!ws.saves_in_flight());
    // Memory expects what the disk held before: the next save is refused
    // as changed on disk, never written over the other writer's bytes.
    assert_eq!(
        ws.read_text(std::path::Path::new(DIGI)),
        Some(original.as_str())
    );
    assert!(matches!(
        ws.save_group(&gid),
        Err(SaveError::ChangedOnDisk(_))
    ));
}

#[test]
fn the_disk_watch_names_only_what_moved_and_our_own_saves_are_no_news() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&common::tui::fixture("tui"), dir.path());
    let mut ws = Workspace::open(dir.path()).unwrap();
    let mut watch = ws.watch();
    assert!(watch.scan().is_empty());
    // Our own save: seen moving, but it is what memory holds.
    let gid = id("reseau-digi-thau");
    ws.group_mut(&gid).unwrap().actions[0].progress = 33;
    ws.save_group(&gid).unwrap();
    let seen = watch.scan();
    assert_eq!(seen.len(), 1);
    assert!(ws.unexpected(seen).is_empty());
    assert!(watch.scan().is_empty(), "told once");
    // Someone else's edit is news, once.
    let path = dir.path().join(DIGI);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replacen("progress: 33", "progress: 44", 1)).unwrap();
    let seen = ws.unexpected(watch.scan());
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].file, std::path::Path::new(DIGI));
    assert!(watch.scan().is_empty());
    // A new group file, and a removed one.
    std::fs::write(dir.path().join("groups/nouveau.ron"), "x").unwrap();
    std::fs::remove_file(dir.path().join("groups/mobilite-biterrois.ron")).unwrap();
    let mut seen: Vec<_> = ws
        .unexpected(watch.scan())
        .into_iter()
        .map(|c| (c.file, c.disk_hash.is_some()))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("groups/mobilite-biterrois.ron".into(), false),
            ("groups/nouveau.ron".into(), true)
        ]
    );
}
