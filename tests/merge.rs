//! The merge driver on real git repositories: a bare remote and two clones
//! set up with `pacte git-setup`. Every clean merge must give, byte for
//! byte, the files of both edits made in one clone.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod gitenv;

use gitenv::{Edit, Repos, apply, assert_same_files, edit_group, reference};
use pacte::domain::{Action, EntryKind, Group, Id, JournalEntry, Meeting, MeetingKind, Status};
use pacte::merge::{Resolution, parse_conflicted};
use pacte::store::{SaveError, Workspace};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const THAU: &str = "groups/mobilite-thau.ron";

/// How clone `b` integrates `a`'s pushed commit.
#[derive(Clone, Copy, Debug)]
enum How {
    Merge,
    Rebase,
    CherryPick,
}

fn integrate(r: &Repos, how: How) -> std::process::Output {
    match how {
        How::Merge => r.git_status(&r.b, &["pull", "--quiet", "--no-rebase", "--no-edit"]),
        How::Rebase => r.git_status(&r.b, &["pull", "--quiet", "--rebase"]),
        How::CherryPick => {
            r.git(&r.b, &["fetch", "--quiet"]);
            r.git_status(&r.b, &["cherry-pick", "origin/main"])
        }
    }
}

/// `a` makes `ea`, commits and pushes; `b` makes `eb`, commits, integrates.
fn both_edit(ea: Edit, eb: Edit, how: How) -> (Repos, std::process::Output) {
    let r = Repos::new();
    apply(&r.a, ea);
    r.commit(&r.a, "a");
    r.git(&r.a, &["push", "--quiet"]);
    apply(&r.b, eb);
    r.commit(&r.b, "b");
    let out = integrate(&r, how);
    (r, out)
}

/// Both edits merge cleanly into what one clone making both would hold
/// (ours' edit first: `b`'s for a merge or cherry-pick, `a`'s for a rebase).
fn assert_clean(ea: Edit, eb: Edit, how: How) {
    let (r, out) = both_edit(ea, eb, how);
    assert!(
        out.status.success(),
        "{how:?} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = match how {
        How::Rebase => reference(&[ea, eb]),
        How::Merge | How::CherryPick => reference(&[eb, ea]),
    };
    assert_same_files(&r.b, expected.path());
    r.pacte(&r.b).arg("check").assert().success();
}

fn action<'a>(g: &'a mut Group, id: &str) -> &'a mut Action {
    g.action_mut(&Id::new(id).unwrap()).unwrap()
}

fn d(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn thau(ws: &mut Workspace, f: impl FnOnce(&mut Group)) {
    edit_group(ws, "mobilite-thau", f);
}

fn a_plateforme_done(ws: &mut Workspace) {
    thau(ws, |g| {
        action(g, "plateforme-mobilite").status = Status::Done
    });
}

fn b_garage_progress(ws: &mut Workspace) {
    thau(ws, |g| action(g, "garage-solidaire").progress = 30);
}

#[test]
fn different_actions_of_one_group() {
    assert_clean(a_plateforme_done, b_garage_progress, How::Merge);
}

#[test]
fn driver_works_for_pull_rebase() {
    assert_clean(a_plateforme_done, b_garage_progress, How::Rebase);
}

#[test]
fn driver_works_for_cherry_pick() {
    assert_clean(a_plateforme_done, b_garage_progress, How::CherryPick);
}

#[test]
fn same_action_different_fields() {
    assert_clean(
        |ws| {
            thau(ws, |g| {
                action(g, "plateforme-mobilite").status = Status::Operating
            })
        },
        |ws| {
            thau(ws, |g| {
                let a = action(g, "plateforme-mobilite");
                a.progress = 80;
                a.due = Some(d("2026-03-31"));
            })
        },
        How::Rebase,
    );
}

#[test]
fn both_add_measurements_to_one_indicator() {
    assert_clean(
        |ws| {
            thau(ws, |g| {
                action(g, "plateforme-mobilite").indicators[0].record(d("2025-06-30"), 120.0)
            })
        },
        |ws| {
            thau(ws, |g| {
                action(g, "plateforme-mobilite").indicators[0].record(d("2025-03-31"), 110.0)
            })
        },
        How::Merge,
    );
}

/// Records a meeting in date order, as the interface does.
fn add_meeting(g: &mut Group, date: &str, participants: u32) {
    let m = Meeting {
        id: Some(Id::new(date).unwrap()),
        date: d(date),
        kind: MeetingKind::WorkingGroup,
        stage: None,
        territory: None,
        participants,
        organisations: vec![Id::new("departement").unwrap()],
        decisions: vec![format!("Décision du {date}")],
        ..Default::default()
    };
    let at = g.meetings.partition_point(|x| x.date <= m.date);
    g.meetings.insert(at, m);
}

#[test]
fn both_add_meetings() {
    for how in [How::Merge, How::Rebase] {
        assert_clean(
            |ws| thau(ws, |g| add_meeting(g, "2025-02-14", 9)),
            |ws| thau(ws, |g| add_meeting(g, "2025-01-10", 7)),
            how,
        );
    }
}

/// Each clone holds a meeting on the same day, with a decision linked to
/// it on the same action.
fn meeting_with_decision(g: &mut Group, participants: u32, decision: &str) {
    add_meeting(g, "2025-01-10", participants);
    let e = JournalEntry {
        meeting: Some(Id::new("2025-01-10").unwrap()),
        ..JournalEntry::new(d("2025-01-10"), EntryKind::Decision, decision)
    };
    action(g, "plateforme-mobilite").journal.push(e);
}

#[test]
fn two_meetings_the_same_day_in_two_clones_are_two_meetings_after_the_merge() {
    for how in [How::Merge, How::Rebase] {
        let (r, out) = both_edit(
            |ws| thau(ws, |g| meeting_with_decision(g, 7, "Décision du clone A.")),
            |ws| thau(ws, |g| meeting_with_decision(g, 9, "Décision du clone B.")),
            how,
        );
        assert!(
            out.status.success(),
            "{how:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = fs::read_to_string(r.b.join("groups/mobilite-thau.ron")).unwrap();
        let g: Group = pacte::store::format::from_text(&text).unwrap();
        let day: Vec<(String, u32)> = g
            .meetings
            .iter()
            .filter(|m| m.date == d("2025-01-10"))
            .map(|m| (m.id.as_ref().unwrap().to_string(), m.participants))
            .collect();
        assert_eq!(day.len(), 2, "{how:?}: {day:?}");
        assert_eq!(day[0].0, "2025-01-10");
        assert_eq!(day[1].0, "2025-01-10-2");
        // Each decision still points to its own clone's meeting.
        let p = g.action(&Id::new("plateforme-mobilite").unwrap()).unwrap();
        for (text, participants) in [("Décision du clone A.", 7), ("Décision du clone B.", 9)] {
            let e = p.journal.iter().find(|e| e.text == text).unwrap();
            let m = g.meeting(e.meeting.as_ref().unwrap()).unwrap();
            assert_eq!(m.participants, participants, "{how:?}: {text}");
        }
    }
}

/// Adds a journal entry in date order.
fn add_entry(g: &mut Group, action_id: &str, date: &str, kind: EntryKind, text: &str) {
    let j = &mut action(g, action_id).journal;
    let e = JournalEntry {
        date: d(date),
        kind,
        text: text.into(),
        ..Default::default()
    };
    let at = j.partition_point(|x| (x.date, x.kind, &x.text) <= (e.date, e.kind, &e.text));
    j.insert(at, e);
}

#[test]
fn both_add_journal_entries() {
    assert_clean(
        |ws| {
            thau(ws, |g| {
                add_entry(
                    g,
                    "plateforme-mobilite",
                    "2025-01-10",
                    EntryKind::Note,
                    "Point d'étape.",
                )
            })
        },
        |ws| {
            thau(ws, |g| {
                add_entry(
                    g,
                    "plateforme-mobilite",
                    "2025-01-12",
                    EntryKind::NextStep,
                    "Relancer la CAF.",
                );
                add_entry(
                    g,
                    "garage-solidaire",
                    "2025-01-12",
                    EntryKind::Decision,
                    "Local trouvé.",
                );
            })
        },
        How::Rebase,
    );
}

#[test]
fn actions_created_on_both_sides_are_kept() {
    for how in [How::Merge, How::Rebase] {
        assert_clean(
            |ws| {
                thau(ws, |g| {
                    g.actions.push(Action::new(
                        Id::new("covoiturage").unwrap(),
                        "Covoiturage",
                        Status::Project,
                    ))
                })
            },
            |ws| {
                thau(ws, |g| {
                    g.actions.push(Action::new(
                        Id::new("auto-ecole").unwrap(),
                        "Auto-école sociale",
                        Status::Project,
                    ))
                })
            },
            how,
        );
    }
}

fn new_group(ws: &mut Workspace, id: &str) {
    let mut g = ws
        .group(&Id::new("mobilite-thau").unwrap())
        .unwrap()
        .clone();
    g.id = Id::new(id).unwrap();
    g.name = format!("Groupe {id}");
    let gid = g.id.clone();
    ws.insert_group(g);
    ws.save_group(&gid).unwrap();
}

#[test]
fn a_group_created_in_each_clone() {
    assert_clean(
        |ws| new_group(ws, "nouveau-a"),
        |ws| new_group(ws, "nouveau-b"),
        How::Merge,
    );
}

#[test]
fn same_group_created_on_both_sides_conflicts_on_differing_fields_only() {
    let (r, out) = both_edit(
        |ws| new_group(ws, "nouveau"),
        |ws| {
            new_group(ws, "nouveau");
            edit_group(ws, "nouveau", |g| g.name = "Nouveau groupe".into());
        },
        How::Merge,
    );
    assert!(!out.status.success());
    let text = fs::read_to_string(r.b.join("groups/nouveau.ron")).unwrap();
    let c = parse_conflicted(&text).unwrap();
    let labels: Vec<&str> = c.conflicts.iter().map(|k| k.label.as_str()).collect();
    assert_eq!(labels, ["name"]);
}

fn plateforme_status(s: Status) -> impl Fn(&mut Group) {
    move |g: &mut Group| action(g, "plateforme-mobilite").status = s
}

#[test]
fn same_field_changed_on_both_sides_keeps_both_values() {
    let r = Repos::new();
    apply(&r.a, |ws| thau(ws, plateforme_status(Status::Done)));
    r.commit(&r.a, "a");
    r.git(&r.a, &["push", "--quiet"]);
    apply(&r.b, |ws| {
        thau(ws, plateforme_status(Status::Suspended));
        thau(ws, |g| action(g, "garage-solidaire").progress = 20);
    });
    r.commit(&r.b, "b");
    let mut before = Workspace::open(&r.b).unwrap();
    let out = integrate(&r, How::Merge);
    assert!(!out.status.success(), "the merge must stop on the conflict");
    let text = fs::read_to_string(r.b.join(THAU)).unwrap();
    assert!(
        text.contains("<<<<<<< ours (actions/plateforme-mobilite/status)\n            status: \"suspended\",\n=======\n            status: \"done\",\n>>>>>>> theirs (actions/plateforme-mobilite/status)\n"),
        "{text}"
    );
    // `pacte check` names the file and the line.
    r.pacte(&r.b).arg("check").assert().code(1).stdout(
        predicate::str::is_match(r"error: groups/mobilite-thau\.ron:\d+:1: unresolved conflict")
            .unwrap(),
    );
    // Both values are kept, for the interface to show side by side.
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.conflicts.len(), 1);
    assert_eq!(c.conflicts[0].ours.as_deref(), Some("\"suspended\""));
    assert_eq!(c.conflicts[0].theirs.as_deref(), Some("\"done\""));
    // A save never overwrites the conflicted file: neither `pacte set`…
    r.pacte(&r.b)
        .args(["set", "mobilite-thau/garage-solidaire", "progress=50"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("did not load"));
    // … nor a workspace opened before the merge.
    let gid = Id::new("mobilite-thau").unwrap();
    action(before.group_mut(&gid).unwrap(), "garage-solidaire").progress = 90;
    assert!(matches!(
        before.save_group(&gid),
        Err(SaveError::Conflicted(_))
    ));
    assert_eq!(fs::read_to_string(r.b.join(THAU)).unwrap(), text);
    // Resolved with theirs' value: the merge of the other edits is kept.
    let resolved = c.resolve(&[Resolution::Theirs]).unwrap();
    pacte::sync::save_resolution(&r.b, Path::new(THAU), &text, &resolved).unwrap();
    r.git(&r.b, &["add", THAU]);
    r.git(&r.b, &["commit", "--quiet", "--no-edit"]);
    let expected = reference(&[
        |ws| thau(ws, |g| action(g, "garage-solidaire").progress = 20),
        |ws| thau(ws, plateforme_status(Status::Done)),
    ]);
    assert_same_files(&r.b, expected.path());
    r.pacte(&r.b).arg("check").assert().success();
}

#[test]
fn deletion_against_edit_is_a_conflict() {
    let (r, out) = both_edit(
        |ws| {
            thau(ws, |g| {
                g.actions.retain(|a| a.id.as_str() != "garage-solidaire")
            })
        },
        |ws| thau(ws, |g| action(g, "garage-solidaire").progress = 25),
        How::Rebase,
    );
    assert!(!out.status.success());
    let text = fs::read_to_string(r.b.join(THAU)).unwrap();
    r.pacte(&r.b).arg("check").assert().code(1).stdout(
        predicate::str::contains("groups/mobilite-thau.ron")
            .and(predicate::str::contains("unresolved conflict")),
    );
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.conflicts.len(), 1);
    let k = &c.conflicts[0];
    assert_eq!(k.label, "actions/garage-solidaire");
    // In a rebase, "ours" is the remote's side (the deletion).
    assert_eq!(k.ours, None);
    assert!(k.theirs.as_deref().unwrap().contains("progress: 25,"));
    let resolved = c.resolve(&[Resolution::Theirs]).unwrap();
    pacte::sync::save_resolution(&r.b, Path::new(THAU), &text, &resolved).unwrap();
    r.git(&r.b, &["add", THAU]);
    r.git(&r.b, &["-c", "core.editor=true", "rebase", "--continue"]);
    let expected = reference(&[|ws| thau(ws, |g| action(g, "garage-solidaire").progress = 25)]);
    assert_same_files(&r.b, expected.path());
}

const ETUDE: &str = "groups/etude-mobilisation.ron";

fn broken(text: &str) -> String {
    text.replacen("    version: 3,\n", "    version: 3,\n    oops\n", 1)
}

#[test]
fn an_unparsable_file_falls_back_to_a_text_merge() {
    let (r, out) = both_edit(
        |ws| {
            let p = ws.root.join(ETUDE);
            fs::write(&p, broken(&fs::read_to_string(&p).unwrap())).unwrap();
        },
        |ws| edit_group(ws, "etude-mobilisation", |g| g.actions[0].progress = 55),
        How::Merge,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected =
        reference(&[|ws| edit_group(ws, "etude-mobilisation", |g| g.actions[0].progress = 55)]);
    let want = broken(&fs::read_to_string(expected.path().join(ETUDE)).unwrap());
    assert_eq!(fs::read_to_string(r.b.join(ETUDE)).unwrap(), want);
    // Reported as a syntax error, not as a conflict.
    r.pacte(&r.b).arg("check").assert().code(1).stdout(
        predicate::str::contains("groups/etude-mobilisation.ron:3:")
            .and(predicate::str::contains("unresolved").not()),
    );
}

#[test]
fn an_unparsable_file_with_overlapping_edits_keeps_git_markers() {
    let (r, out) = both_edit(
        |ws| {
            let p = ws.root.join(ETUDE);
            let t = fs::read_to_string(&p)
                .unwrap()
                .replace("progress: 40,", "progress: 45,,");
            fs::write(&p, t).unwrap();
        },
        |ws| edit_group(ws, "etude-mobilisation", |g| g.actions[0].progress = 55),
        How::Merge,
    );
    assert!(!out.status.success());
    let text = fs::read_to_string(r.b.join(ETUDE)).unwrap();
    assert!(
        text.contains("<<<<<<< ours\n")
            && text.contains("progress: 45,,")
            && text.contains("progress: 55,"),
        "{text}"
    );
    r.pacte(&r.b)
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("unresolved conflict"));
}

#[test]
fn git_setup_installs_the_driver_once() {
    let r = Repos::new();
    let cfg = r.git(&r.b, &["config", "--get", "merge.pacte.driver"]);
    // This pacte, else the one on the PATH, else git's line merge (with
    // markers, never one side only).
    assert!(cfg.contains(" merge-driver %O %A %B %P;"), "{cfg}");
    assert!(cfg.contains("command -v pacte"), "{cfg}");
    assert!(cfg.contains("git merge-file"), "{cfg}");
    let attrs = fs::read_to_string(r.b.join(".gitattributes")).unwrap();
    assert_eq!(attrs, "*.ron merge=pacte\n");
    r.pacte(&r.b)
        .arg("git-setup")
        .assert()
        .success()
        .stdout(predicate::str::contains("already"));
    assert_eq!(
        fs::read_to_string(r.b.join(".gitattributes")).unwrap(),
        attrs
    );
}
