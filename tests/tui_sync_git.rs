//! Sharing from the interface on real git repositories (a bare remote and
//! two clones, see `gitenv`): the sync panel's effects performed by the
//! runtime, a rebase stopped on conflicts, the conflict screen resolving it
//! field by field, and the rebase finished and pushed with nothing lost.
//!
//! The runtime runs git in this process: the process gets an isolated git
//! configuration once (the same for every test of this file).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod gitenv;

use common::tui::{Tui, id};
use gitenv::{Repos, assert_same_files, edit_group, fr, isolate_process, reference};
use pacte::domain::Status;
use pacte::store::Workspace;
use pacte::sync::Operation;
use pacte::tui::Lang;
use pacte::tui::app::Screen;
use pacte::tui::sync::{Phase, Row};
use std::fs;
use std::path::Path;

const THAU: &str = "groups/mobilite-thau.ron";
const OBJECTIVES: &str = "Faire connaître l'offre de mobilité, y compris le covoiturage solidaire.";

fn edit_a(ws: &mut Workspace) {
    edit_group(ws, "mobilite-thau", |g| {
        let a = g.action_mut(&id("plateforme-mobilite")).unwrap();
        a.status = Status::Done;
        a.progress = 100;
        a.objectives = OBJECTIVES.into();
    })
}

fn edit_b(ws: &mut Workspace) {
    edit_group(ws, "mobilite-thau", |g| {
        let a = g.action_mut(&id("plateforme-mobilite")).unwrap();
        a.status = Status::Suspended;
        a.progress = 40;
        g.action_mut(&id("garage-solidaire")).unwrap().progress = 20;
    })
}

#[test]
fn a_conflict_is_resolved_field_by_field_in_the_interface_and_nothing_is_lost() {
    isolate_process();
    let r = Repos::new();
    // Clone a: done, 100 %, new objectives; shared.
    edit_a(&mut Workspace::open(&r.a).unwrap());
    let mut a = Tui::on(&r.a, Lang::Fr);
    a.press("S");
    match a.app.screen() {
        Screen::Sync(p) => {
            assert_eq!(p.phase, Phase::Ready, "{p:?}");
            assert!(
                p.message.starts_with("Plateforme d'information")
                    && p.message
                        .contains(&fr(" : statut, avancement et objectifs\n")),
                "{}",
                p.message
            );
            assert!(
                p.message.contains(&fr(
                    "« Plateforme d'information « mobilité » du bassin de Thau » : objectifs modifiés"
                )),
                "{}",
                p.message
            );
            assert!(p.changes[0].header, "{:?}", p.changes);
            assert_eq!(p.upstream.as_deref(), Some("origin/main"));
        }
        s => panic!("not the sync panel: {s:?}"),
    }
    a.press("S");
    let Screen::Sync(p) = a.app.screen() else {
        panic!("sync panel closed")
    };
    assert_eq!(p.phase, Phase::Done, "{:?}", p.log);
    assert!(
        p.log
            .iter()
            .any(|(_, l)| *l == fr("Envoyé : 1 commit vers origin/main.")),
        "{:?}",
        p.log
    );

    // Clone b: suspended, 40 % on the same action, and another action.
    edit_b(&mut Workspace::open(&r.b).unwrap());
    let mut b = Tui::on(&r.b, Lang::Fr);
    b.press("S");
    // The commit message is edited before sharing.
    b.press("e");
    let Some(pacte::tui::app::Popup::Text { editor, .. }) = b.app.popups.last() else {
        panic!("no editor")
    };
    for _ in 0..editor.lines().len() {
        b.press("ctrl-u backspace");
    }
    b.typ("Réunion du 15 janvier");
    b.press("ctrl-s");
    b.press("S");

    // The pull stopped the rebase: the conflict screen shows both sides.
    let Screen::Conflicts(s) = b.app.screen().clone() else {
        panic!("no conflict screen: {:?}", b.app.screens);
    };
    assert_eq!(s.operation, Some(Operation::Rebase));
    assert!(!s.mine_is_ours(), "during a rebase, yours is git's theirs");
    assert_eq!(s.files.len(), 1);
    assert_eq!(s.files[0].path, Path::new(THAU));
    let labels: Vec<&str> = s.files[0]
        .conflicts
        .iter()
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(
        labels,
        [
            "actions/plateforme-mobilite/status",
            "actions/plateforme-mobilite/progress"
        ]
    );
    // git's theirs is b's commit being replayed.
    assert_eq!(
        s.files[0].conflicts[0].theirs.as_deref(),
        Some("\"suspended\"")
    );
    assert_eq!(s.files[0].conflicts[0].ours.as_deref(), Some("\"done\""));
    let Screen::Sync(p) = &b.app.screens[b.app.screens.len() - 2] else {
        panic!("the panel is under the conflict screen")
    };
    assert!(
        p.log
            .iter()
            .any(|(_, l)| *l == fr("Reçu : 1 action mise à jour par d'autres")),
        "{:?}",
        p.log
    );
    // The file on disk holds the conflict; the group is read-only meanwhile.
    let on_disk = fs::read_to_string(r.b.join(THAU)).unwrap();
    assert!(on_disk.contains("<<<<<<< ours (actions/plateforme-mobilite/status)"));
    assert!(b.app.broken.contains_key(&id("mobilite-thau")));

    // Finishing too early is refused.
    b.press("S");
    assert!(matches!(b.app.screen(), Screen::Conflicts(_)));
    // Status: keep yours (suspended).
    assert_eq!(s.current(), Some(Row::Conflict(0, 0)));
    b.press("v");
    // Progress: type 70.
    b.press("e");
    b.press("ctrl-u");
    b.typ("70");
    b.press("ctrl-s");
    b.press("S");

    // The rebase is finished, pushed, and the file is the canonical merge.
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    let Screen::Sync(p) = b.app.screen() else {
        panic!("back on the panel: {:?}", b.app.screens)
    };
    assert_eq!(p.phase, Phase::Done, "{:?}", p.log);
    assert_eq!(r.git(&r.b, &["status", "--porcelain"]), "");
    let expected = reference(&[edit_a, |ws| {
        edit_group(ws, "mobilite-thau", |g| {
            let a = g.action_mut(&id("plateforme-mobilite")).unwrap();
            a.status = Status::Suspended;
            a.progress = 70;
            g.action_mut(&id("garage-solidaire")).unwrap().progress = 20;
        })
    }]);
    assert_same_files(&r.b, expected.path());
    // The interface reloaded the resolved group: editable again.
    assert!(!b.app.broken.contains_key(&id("mobilite-thau")));
    let g = b.app.ws.group(&id("mobilite-thau")).unwrap();
    assert_eq!(
        g.action(&id("plateforme-mobilite")).unwrap().objectives,
        OBJECTIVES
    );
    // Linear history: a's commit, then b's with the edited message.
    let log = r.git(&r.b, &["log", "--format=%s"]);
    let subjects: Vec<&str> = log.lines().collect();
    assert_eq!(subjects.len(), 3, "{log}");
    assert_eq!(subjects[0], "Réunion du 15 janvier");
    assert!(subjects[1].starts_with("Plateforme d'information"), "{log}");
    assert_eq!(
        r.git(&r.b, &["rev-parse", "HEAD"]),
        r.git(&r.b, &["rev-parse", "origin/main"])
    );

    // a syncs again and gets everything.
    a.press("S");
    let Screen::Sync(p) = a.app.screen() else {
        panic!("sync panel closed")
    };
    assert_eq!(p.phase, Phase::Done, "{:?}", p.log);
    assert!(
        p.log
            .iter()
            .any(|(_, l)| *l == fr("Reçu : 2 actions mises à jour par d'autres")),
        "{:?}",
        p.log
    );
    assert_same_files(&r.a, expected.path());
    let g = a.app.ws.group(&id("mobilite-thau")).unwrap();
    assert_eq!(g.action(&id("garage-solidaire")).unwrap().progress, 20);
}

#[test]
fn conflicts_found_at_start_open_the_conflict_screen_and_abort_gives_the_clone_back() {
    isolate_process();
    let r = Repos::new();
    edit_a(&mut Workspace::open(&r.a).unwrap());
    r.pacte(&r.a).arg("sync").assert().success();
    edit_b(&mut Workspace::open(&r.b).unwrap());
    // The command line stops on the conflict; the interface opens after.
    r.pacte(&r.b).arg("sync").assert().code(1);
    let before = fs::read_to_string(r.b.join(THAU)).unwrap();
    let mut b = Tui::on(&r.b, Lang::Fr);
    // What the runtime does at start.
    b.startup();
    let Screen::Conflicts(s) = b.app.screen() else {
        panic!("no conflict screen at start: {:?}", b.app.screens)
    };
    assert_eq!(s.total(), 2);
    // Leaving keeps a choice made: written to the file, the other conflict
    // still between markers.
    b.press(">");
    b.press("esc");
    assert!(matches!(b.app.screen(), Screen::Home(_)));
    let partial = fs::read_to_string(r.b.join(THAU)).unwrap();
    assert_ne!(partial, before);
    assert!(!partial.contains("(actions/plateforme-mobilite/status)"));
    assert!(partial.contains("<<<<<<< ours (actions/plateforme-mobilite/progress)"));
    // S from the panel goes back to the conflicts; Z abandons the rebase.
    b.press("S");
    let Screen::Sync(p) = b.app.screen() else {
        panic!("no panel: {:?}", b.app.screens)
    };
    assert_eq!(p.phase, Phase::Conflicts);
    b.press("S");
    let Screen::Conflicts(s) = b.app.screen() else {
        panic!("no conflict screen: {:?}", b.app.screens)
    };
    assert_eq!(s.total(), 1);
    b.press("Z");
    b.press("o");
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    assert!(
        matches!(b.app.screen(), Screen::Sync(_)),
        "{:?}",
        b.app.screens
    );
    // b's own edit is back, in its commit, nothing lost.
    let expected = reference(&[edit_b]);
    assert_same_files(&r.b, expected.path());
    assert_eq!(r.git(&r.b, &["status", "--porcelain"]), "");
}

#[test]
fn a_sync_stopped_before_the_interface_opened_is_finished_and_sent_from_it() {
    isolate_process();
    let r = Repos::new();
    edit_a(&mut Workspace::open(&r.a).unwrap());
    r.pacte(&r.a).arg("sync").assert().success();
    edit_b(&mut Workspace::open(&r.b).unwrap());
    r.pacte(&r.b).arg("sync").assert().code(1);
    let mut b = Tui::on(&r.b, Lang::Fr);
    b.startup();
    assert!(
        matches!(b.app.screen(), Screen::Conflicts(_)),
        "{:?}",
        b.app.screens
    );
    b.press("v v");
    b.press("S");
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    // Sent: the remote has b's commit.
    assert_eq!(
        r.git(&r.b, &["rev-parse", "HEAD"]),
        r.git(&r.remote, &["rev-parse", "main"])
    );
    let Screen::Sync(p) = b.app.screen() else {
        panic!("the panel reports the push: {:?}", b.app.screens)
    };
    assert_eq!(p.phase, Phase::Done, "{:?}", p.log);
}

#[test]
fn a_file_left_unmerged_by_a_missing_driver_is_merged_when_the_interface_opens() {
    isolate_process();
    let r = Repos::new();
    r.git(
        &r.b,
        &[
            "config",
            "merge.pacte.driver",
            "/nonexistent/bin/pacte merge-driver %O %A %B %P",
        ],
    );
    // a: plateforme done; b: garage at 20 % (different actions).
    r.pacte(&r.a)
        .args(["set", "mobilite-thau/plateforme-mobilite", "status=done"])
        .assert()
        .success();
    r.pacte(&r.a).arg("sync").assert().success();
    r.pacte(&r.b)
        .args(["set", "mobilite-thau/garage-solidaire", "progress=20"])
        .assert()
        .success();
    r.commit(&r.b, "garage");
    assert!(!r.git_status(&r.b, &["pull", "--rebase"]).status.success());
    let mut b = Tui::on(&r.b, Lang::Fr);
    b.startup();
    // Nothing conflicts once merged: finishing keeps both edits.
    let Screen::Conflicts(s) = b.app.screen() else {
        panic!("no conflict screen: {:?}", b.app.screens)
    };
    assert_eq!(s.total(), 0);
    b.press("S");
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    let g: pacte::domain::Group =
        pacte::store::format::from_text(&fs::read_to_string(r.b.join(THAU)).unwrap()).unwrap();
    assert_eq!(
        g.action(&id("plateforme-mobilite")).unwrap().status,
        Status::Done
    );
    assert_eq!(g.action(&id("garage-solidaire")).unwrap().progress, 20);
}
