//! Saving and reloading as the model sees it, without files (`update`
//! tests): the runtime's answers (a refused save, a save done, a change on
//! disk, a broken or removed file) and flushing on terminate.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, id, keys, render_quoted, saved_ok};
use common::tui_fixture::{ateliers, digi, open_ateliers};
use pacte::domain::Status;
use pacte::store::{DiskChange, Reloaded};
use pacte::tui::Lang;
use pacte::tui::app::{ActionPane, Popup, Screen, Tone};
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::update::update;
use std::path::PathBuf;

#[test]
fn failed_save_keeps_the_edit_and_flags_it() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "s r");
    update(
        &mut a,
        Msg::Saved(
            id("reseau-digi-thau"),
            Err("groups/reseau-digi-thau.ron changed on disk".into()),
        ),
    );
    assert_eq!(ateliers(&a).status, Status::Done, "edit kept in memory");
    assert!(a.unsaved.contains(&id("reseau-digi-thau")));
    assert!(matches!(&a.message, Some((Tone::Error, m)) if m.contains("NON ENREGISTRÉ")));
    assert!(render_quoted(&a, 80, 24).contains("NON ENREGISTRÉ"));
    // A change on disk under the unsaved edit is not reloaded over it.
    let change = DiskChange {
        file: PathBuf::from("groups/reseau-digi-thau.ron"),
        disk_hash: Some([1; 32]),
    };
    let fx = update(&mut a, Msg::DiskChanged(vec![change]));
    assert!(fx.is_empty());
    assert!(a.conflicts.contains(&id("reseau-digi-thau")));
    // Retry asks for the save again; quitting asks first.
    assert_eq!(
        keys(&mut a, "w"),
        vec![Effect::SaveGroup(id("reseau-digi-thau"))]
    );
    assert!(keys(&mut a, "q").is_empty());
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    assert_eq!(keys(&mut a, "o"), vec![Effect::Quit]);
}

#[test]
fn a_save_that_succeeds_after_a_failure_clears_the_unsaved_flag() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    let fx = keys(&mut a, "s r");
    assert_eq!(fx.len(), 1);
    update(&mut a, Msg::Saved(id("reseau-digi-thau"), Err("x".into())));
    saved_ok(&mut a, &fx);
    assert!(a.unsaved.is_empty());
    assert!(matches!(&a.message, Some((Tone::Ok, _))));
}

#[test]
fn disk_change_reloads_clean_groups_and_keeps_the_cursor() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "tab tab j");
    let change = DiskChange {
        file: PathBuf::from("groups/reseau-digi-thau.ron"),
        disk_hash: Some([1; 32]),
    };
    let fx = update(&mut a, Msg::DiskChanged(vec![change]));
    assert_eq!(
        fx,
        vec![Effect::Reload(PathBuf::from("groups/reseau-digi-thau.ron"))]
    );
    update(
        &mut a,
        Msg::Reloaded(Reloaded::Group(id("reseau-digi-thau")), vec![]),
    );
    match a.screen() {
        Screen::Action(s) => assert_eq!((s.pane, s.indicator), (ActionPane::Indicators, 1)),
        s => panic!("{s:?}"),
    }
}

#[test]
fn broken_file_on_reload_makes_its_group_read_only() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j enter enter");
    update(
        &mut a,
        Msg::Reloaded(
            Reloaded::GroupBroken(
                Some(id("reseau-digi-thau")),
                PathBuf::from("groups/reseau-digi-thau.ron"),
            ),
            vec!["12:5: expected a string".into()],
        ),
    );
    assert!(render_quoted(&a, 80, 24).contains("lecture seule"));
    let fx = keys(&mut a, "s r");
    assert!(fx.is_empty(), "no save of a broken file");
    assert_eq!(digi(&a).actions[0].status, Status::InProgress);
    // The rest stays usable.
    keys(&mut a, "H g enter enter s r");
    assert_eq!(
        a.ws.group(&id("coordination-montpellier")).unwrap().actions[0].status,
        Status::Done
    );
}

#[test]
fn removed_group_closes_its_pages() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap().clone();
    a.ws.groups.retain(|x| x.id != g.id);
    update(
        &mut a,
        Msg::Reloaded(Reloaded::GroupRemoved(g.id.clone()), vec![]),
    );
    assert!(matches!(a.screen(), Screen::Groups { .. }));
}

#[test]
fn terminate_flushes_unsaved_then_quits() {
    let mut a = app("tui", Lang::Fr);
    a.unsaved.insert(id("reseau-digi-thau"));
    let fx = update(&mut a, Msg::Terminate);
    assert_eq!(
        fx,
        vec![Effect::SaveGroup(id("reseau-digi-thau")), Effect::Quit]
    );
    let mut b = app("tui", Lang::Fr);
    assert_eq!(keys(&mut b, "q"), vec![Effect::Quit]);
}
