//! Sharing you can trust, on real git repositories (a bare remote and
//! clones, see `gitenv`): a merge driver that cannot run, a broken file, a
//! resolved conflict's message, a branch without upstream, conflicts in a
//! file pacte does not manage, git failing at push, two meetings the same
//! day, and the last check that no edit of the user goes missing.
//!
//! Each test is one case seen by people trying `pacte`; each fails on the
//! build before the fix (run with `PACTE_TEST_BIN=<old pacte>`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod gitenv;

use gitenv::{Repos, edit_group, fr};
use pacte::domain::{Group, Id, Meeting, MeetingKind, Status};
use pacte::merge::{Resolution, parse_conflicted};
use pacte::store::Workspace;
use pacte::store::format::from_text;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const THAU: &str = "groups/mobilite-thau.ron";
const STALE: &str = "/nonexistent/bin/pacte merge-driver %O %A %B %P";

fn set(r: &Repos, dir: &Path, target: &str, assignment: &str) {
    r.pacte(dir)
        .args(["set", target, assignment])
        .assert()
        .success();
}

fn sync(r: &Repos, dir: &Path) -> assert_cmd::assert::Assert {
    r.pacte_fr(dir).arg("sync").assert()
}

fn group(dir: &Path) -> Group {
    from_text(&fs::read_to_string(dir.join(THAU)).unwrap()).unwrap()
}

fn action<'a>(g: &'a Group, id: &str) -> &'a pacte::domain::Action {
    g.action(&Id::new(id).unwrap()).unwrap()
}

fn stdout(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stdout).into_owned()
}

/// Both clones' edits are in `dir`'s group file.
fn assert_both_edits(dir: &Path) {
    let g = group(dir);
    assert_eq!(action(&g, "plateforme-mobilite").status, Status::Done);
    assert_eq!(action(&g, "garage-solidaire").progress, 30);
}

/// `a` marks plateforme-mobilite done and shares it; `b` sets
/// garage-solidaire to 30 % (not shared yet).
fn two_edits(r: &Repos) {
    set(r, &r.a, "mobilite-thau/plateforme-mobilite", "status=done");
    sync(r, &r.a).success();
    set(r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
}

#[test]
fn a_stale_driver_path_is_repaired_and_both_edits_survive_the_sync() {
    let r = Repos::new();
    r.git(&r.b, &["config", "merge.pacte.driver", STALE]);
    two_edits(&r);
    let a = sync(&r, &r.b).success();
    let out = stdout(&a);
    assert!(
        out.contains(&fr("Pilote de fusion de pacte installé")),
        "{out}"
    );
    assert_both_edits(&r.b);
    // The clone's configuration now points to this pacte.
    let driver = r.git(&r.b, &["config", "--get", "merge.pacte.driver"]);
    assert!(!driver.contains("/nonexistent/"), "{driver}");
    sync(&r, &r.a).success();
    assert_both_edits(&r.a);
}

#[test]
fn a_file_git_left_unmerged_by_a_missing_driver_is_never_taken_as_resolved() {
    let r = Repos::new();
    r.git(&r.b, &["config", "merge.pacte.driver", STALE]);
    two_edits(&r);
    r.commit(&r.b, "garage à 30 %");
    // A plain `git pull`: git cannot run the driver and leaves the file
    // unmerged, holding the others' version only.
    let pull = r.git_status(&r.b, &["pull", "--rebase"]);
    assert!(!pull.status.success());
    assert_eq!(action(&group(&r.b), "garage-solidaire").progress, 10);
    // `check` says so, located.
    r.pacte_fr(&r.b)
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("groups/mobilite-thau.ron:1:1"))
        .stdout(predicate::str::contains("non fusionné"));
    // The sync the message points to merges it: nothing is lost.
    sync(&r, &r.b).success();
    assert_both_edits(&r.b);
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    sync(&r, &r.a).success();
    assert_both_edits(&r.a);
}

#[test]
fn sync_refuses_to_share_a_file_that_check_rejects() {
    let r = Repos::new();
    let path = r.b.join(THAU);
    let text = fs::read_to_string(&path).unwrap();
    // A hand edit that drops a comma.
    let broken = text.replacen("progress: 60,", "progress: 60", 1);
    fs::write(&path, &broken).unwrap();
    let line = broken
        .lines()
        .position(|l| l.trim() == "progress: 60")
        .unwrap()
        + 1;
    let head = r.git(&r.b, &["rev-parse", "HEAD"]);
    let a = sync(&r, &r.b).code(1);
    let out = stdout(&a);
    assert!(out.contains(&fr("Partage refusé")), "{out}");
    assert!(out.contains("groups/mobilite-thau.ron:"), "{out}");
    assert!(
        out.contains(&format!("groups/mobilite-thau.ron:{line}:"))
            || out.contains(&format!("groups/mobilite-thau.ron:{}:", line + 1)),
        "{out}"
    );
    assert!(out.contains("--force"), "{out}");
    // Nothing committed, nothing sent.
    assert_eq!(r.git(&r.b, &["rev-parse", "HEAD"]), head);
    assert_eq!(r.git(&r.remote, &["rev-parse", "main"]), head);
    // A person who knows can force it.
    r.pacte_fr(&r.b)
        .args(["sync", "--force"])
        .assert()
        .success();
    assert_ne!(r.git(&r.remote, &["rev-parse", "main"]), head);
}

#[test]
fn a_resolved_conflict_s_commit_says_what_it_changes() {
    let r = Repos::new();
    set(
        &r,
        &r.a,
        "mobilite-thau/plateforme-mobilite",
        "status=operating",
    );
    sync(&r, &r.a).success();
    set(
        &r,
        &r.b,
        "mobilite-thau/plateforme-mobilite",
        "status=suspended",
    );
    set(&r, &r.b, "mobilite-thau/plateforme-mobilite", "progress=90");
    sync(&r, &r.b).code(1);
    // Keep the others' status: the commit now only changes the progress.
    let text = fs::read_to_string(r.b.join(THAU)).unwrap();
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.conflicts.len(), 1);
    let resolved = c.resolve(&[Resolution::Ours]).unwrap();
    pacte::sync::save_resolution(&r.b, Path::new(THAU), &text, &resolved).unwrap();
    sync(&r, &r.b).success();
    let subject = r.git(&r.b, &["log", "-1", "--format=%s"]);
    let subject = subject.trim_end();
    assert!(subject.starts_with("Plateforme d'information"), "{subject}");
    assert!(
        subject.ends_with(&fr(" : avancement 60 % → 90 %")),
        "{subject}"
    );
    assert!(subject.chars().count() <= 72, "{subject}");
    let body = r.git(&r.b, &["log", "-1", "--format=%b"]);
    assert!(body.contains("Étang de Thau / Mobilité"), "{body}");
    assert!(!body.contains("suspendue"), "{body}");
}

#[test]
fn a_moved_group_is_one_move_for_the_sender_and_the_receiver() {
    let r = Repos::new();
    fs::create_dir_all(r.a.join("groups/thau")).unwrap();
    fs::rename(r.a.join(THAU), r.a.join("groups/thau/mobilite-thau.ron")).unwrap();
    sync(&r, &r.a).success();
    let subject = r.git(&r.a, &["log", "-1", "--format=%s"]);
    assert!(
        subject.starts_with(&fr("Groupe « Mobilité")) && subject.contains("déplacé"),
        "{subject}"
    );
    let a = sync(&r, &r.b).success();
    let out = stdout(&a);
    assert!(
        out.contains(&fr("Reçu : 1 groupe déplacé par d'autres")),
        "{out}"
    );
    assert!(!out.contains("actions mises à jour"), "{out}");
}

#[test]
fn a_branch_without_upstream_follows_the_remote_and_sends_only_what_is_new() {
    let r = Repos::new();
    r.git(&r.b, &["branch", "--unset-upstream"]);
    set(&r, &r.a, "mobilite-thau/plateforme-mobilite", "status=done");
    sync(&r, &r.a).success();
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    let a = sync(&r, &r.b).success();
    let out = stdout(&a);
    assert!(
        out.contains(&fr("Branche suivie réglée sur origin/main")),
        "{out}"
    );
    assert!(
        out.contains(&fr("Envoyé : 1 commit vers origin/main.")),
        "{out}"
    );
    assert_both_edits(&r.b);
    // Syncing again is quiet: no loop.
    sync(&r, &r.b)
        .success()
        .stdout(predicate::str::contains("Rien à envoyer."));
    sync(&r, &r.a).success();
    assert_both_edits(&r.a);
}

#[test]
fn a_conflict_in_a_file_pacte_does_not_manage_stops_with_what_to_do() {
    let r = Repos::new();
    fs::write(r.a.join("NOTES.md"), "notes\n").unwrap();
    r.commit(&r.a, "notes");
    r.git(&r.a, &["push", "--quiet"]);
    sync(&r, &r.b).success();
    fs::write(r.a.join("NOTES.md"), "notes de a\n").unwrap();
    r.commit(&r.a, "notes de a");
    r.git(&r.a, &["push", "--quiet"]);
    fs::write(r.b.join("NOTES.md"), "notes de b\n").unwrap();
    r.commit(&r.b, "notes de b");
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    for _ in 0..2 {
        // The same clear message every time, never git's own text.
        let a = sync(&r, &r.b).code(1);
        let out = stdout(&a);
        assert!(out.contains("NOTES.md"), "{out}");
        assert!(out.contains("n'est pas un fichier de pacte"), "{out}");
        assert!(out.contains("git rebase --abort"), "{out}");
        assert!(!out.contains("error:"), "{out}");
    }
    // Fixed by hand, as the message says: the sync then finishes.
    fs::write(r.b.join("NOTES.md"), "notes de a et de b\n").unwrap();
    sync(&r, &r.b).success();
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    assert_eq!(action(&group(&r.b), "garage-solidaire").progress, 30);
}

#[test]
fn uncommitted_notes_conflicting_with_incoming_ones_are_not_reported_as_success() {
    let r = Repos::new();
    fs::write(r.a.join("NOTES.md"), "notes\n").unwrap();
    r.commit(&r.a, "notes");
    r.git(&r.a, &["push", "--quiet"]);
    sync(&r, &r.b).success();
    fs::write(r.a.join("NOTES.md"), "notes de a\n").unwrap();
    r.commit(&r.a, "notes de a");
    r.git(&r.a, &["push", "--quiet"]);
    // Not committed: git's autostash carries it over the pull.
    fs::write(r.b.join("NOTES.md"), "notes de b\n").unwrap();
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    let a = sync(&r, &r.b).code(1);
    let out = stdout(&a);
    assert!(out.contains("NOTES.md"), "{out}");
    assert!(out.contains("git stash"), "{out}");
    // The next sync says the same in French, not git's English.
    let a = sync(&r, &r.b).code(1);
    let out = stdout(&a);
    assert!(out.contains("git stash drop"), "{out}");
    assert!(!out.contains("error:"), "{out}");
}

#[test]
fn when_git_fails_at_push_every_step_done_is_reported_with_final_ids() {
    let r = Repos::new();
    let hook = r.remote.join("hooks/pre-receive");
    fs::write(
        &hook,
        "#!/bin/sh\necho 'depot en maintenance' >&2\nexit 1\n",
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).unwrap();
    }
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    let a = sync(&r, &r.b).code(1);
    let out = stdout(&a);
    let id = r.git(&r.b, &["rev-parse", "--short", "HEAD"]);
    assert!(out.contains("Modifications locales"), "{out}");
    assert!(out.contains(&format!("Commit {}", id.trim())), "{out}");
    assert!(out.contains("Rien de nouveau chez les autres."), "{out}");
    assert!(out.contains("depot en maintenance"), "{out}");
}

#[test]
fn the_commit_id_shown_is_the_one_after_the_rebase() {
    let r = Repos::new();
    two_edits(&r);
    let a = sync(&r, &r.b).success();
    let out = stdout(&a);
    let id = r.git(&r.b, &["rev-parse", "--short", "HEAD"]);
    let id = id.trim();
    assert!(out.contains(&format!("Commit {id}")), "{out}");
    assert!(out.contains(&format!("  {id} ")), "{out}");
}

fn meeting(participants: u32, organisation: &str) -> Meeting {
    Meeting {
        date: "2025-01-15".parse().unwrap(),
        kind: MeetingKind::WorkingGroup,
        stage: None,
        territory: None,
        participants,
        organisations: vec![Id::new(organisation).unwrap()],
        decisions: Vec::new(),
        ..Default::default()
    }
}

#[test]
fn two_meetings_recorded_the_same_day_in_two_clones_are_two_meetings() {
    let r = Repos::new();
    let mut ws = Workspace::open(&r.a).unwrap();
    edit_group(&mut ws, "mobilite-thau", |g| {
        g.meetings.push(meeting(10, "departement"))
    });
    sync(&r, &r.a).success();
    let mut ws = Workspace::open(&r.b).unwrap();
    edit_group(&mut ws, "mobilite-thau", |g| {
        g.meetings.push(meeting(6, "caf"))
    });
    sync(&r, &r.b).success();
    let day: chrono::NaiveDate = "2025-01-15".parse().unwrap();
    let that_day: Vec<u32> = group(&r.b)
        .meetings
        .iter()
        .filter(|m| m.date == day)
        .map(|m| m.participants)
        .collect();
    assert_eq!(that_day, [10, 6]);
    // And a later merge of that file still merges by field.
    sync(&r, &r.a).success();
    set(&r, &r.a, "mobilite-thau/plateforme-mobilite", "status=done");
    sync(&r, &r.a).success();
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    sync(&r, &r.b).success();
    assert_both_edits(&r.b);
}

#[test]
fn a_merge_that_would_drop_an_edit_is_undone_and_said() {
    // Through the library (no executable to run as the driver): the clone's
    // driver is `true`, which "merges" by keeping git's "ours" side, so
    // the rebase drops the user's edit without a conflict.
    gitenv::isolate_process();
    let r = Repos::new();
    r.git(&r.b, &["config", "merge.pacte.driver", "true"]);
    two_edits(&r);
    let report = pacte::sync::sync(
        &r.b,
        pacte::sync::SyncOptions {
            message: None,
            mode: pacte::sync::Mode::Background,
            force: false,
        },
    );
    let Some(pacte::sync::SyncError::WouldLose { lost, restored, .. }) = &report.failure else {
        panic!("expected WouldLose, got {report:?}");
    };
    assert_eq!(
        lost,
        &["groups/mobilite-thau/actions/garage-solidaire/progress"]
    );
    assert!(restored.is_some());
    // The clone is back on the user's commit, with the edit; nothing sent.
    assert_eq!(action(&group(&r.b), "garage-solidaire").progress, 30);
    assert!(report.push.is_none());
    let remote = r.git(&r.remote, &["log", "--format=%s", "main"]);
    assert!(!remote.contains("Garage"), "{remote}");
}

// Found by trying the sync as a new user would.

#[test]
fn a_detached_head_is_refused_before_anything_is_committed() {
    let r = Repos::new();
    r.git(&r.b, &["checkout", "--quiet", "--detach", "HEAD"]);
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=23");
    let head = r.git(&r.b, &["rev-parse", "HEAD"]);
    let a = sync(&r, &r.b).code(1);
    let out = stdout(&a);
    assert!(out.contains("git switch main"), "{out}");
    assert!(!out.contains("Commit "), "{out}");
    assert!(!out.contains("Pas de branche distante"), "{out}");
    assert_eq!(r.git(&r.b, &["rev-parse", "HEAD"]), head);
    // Following the advice keeps the edit.
    r.git(&r.b, &["switch", "--quiet", "main"]);
    sync(&r, &r.b).success();
    assert_eq!(action(&group(&r.b), "garage-solidaire").progress, 23);
}

#[test]
fn different_fields_of_one_meeting_edited_in_two_clones_merge() {
    let r = Repos::new();
    let mut ws = Workspace::open(&r.a).unwrap();
    edit_group(&mut ws, "mobilite-thau", |g| {
        g.meetings[0].participants = 13
    });
    sync(&r, &r.a).success();
    let mut ws = Workspace::open(&r.b).unwrap();
    edit_group(&mut ws, "mobilite-thau", |g| {
        g.meetings[0].decisions = vec!["Permanences à Frontignan et Sète.".into()]
    });
    sync(&r, &r.b).success();
    let g = group(&r.b);
    assert_eq!(g.meetings[0].participants, 13);
    assert_eq!(
        g.meetings[0].decisions,
        ["Permanences à Frontignan et Sète."]
    );
    // And the other clone is told a meeting changed.
    let a = sync(&r, &r.a).success();
    let out = stdout(&a);
    assert!(
        out.contains(&fr("Reçu : 1 réunion modifiée par d'autres")),
        "{out}"
    );
}

#[test]
fn a_moved_pacte_never_leaves_one_side_only_to_a_plain_git_pull() {
    let r = Repos::new();
    // The configuration pacte writes, naming an executable since removed,
    // with no pacte on the PATH: git's own line merge runs instead.
    let cmd = pacte::sync::setup::driver_command(Path::new("/nonexistent/bin/pacte"));
    r.git(&r.b, &["config", "merge.pacte.driver", &cmd]);
    two_edits(&r);
    r.commit(&r.b, "garage à 30 %");
    let out = r
        .git_cmd(&r.b)
        .env("PATH", "/usr/bin:/bin")
        .args(["pull", "--rebase"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_both_edits(&r.b);
}

#[test]
fn changes_to_files_pacte_does_not_share_are_said() {
    let r = Repos::new();
    fs::write(r.a.join("NOTES.md"), "notes\n").unwrap();
    r.commit(&r.a, "notes");
    r.git(&r.a, &["push", "--quiet"]);
    fs::write(r.a.join("NOTES.md"), "notes modifiées\n").unwrap();
    let a = sync(&r, &r.a).success();
    let out = stdout(&a);
    assert!(out.contains("Non partagé par pacte"), "{out}");
    assert!(out.contains("NOTES.md"), "{out}");
}

#[test]
fn a_push_refused_because_someone_pushed_meanwhile_is_retried() {
    let r = Repos::new();
    // The remote refuses the first push, as when someone else pushed
    // between our pull and our push.
    let hook = r.remote.join("hooks/pre-receive");
    let marker = r.root().join("refused-once");
    fs::write(
        &hook,
        format!(
            "#!/bin/sh\nif [ ! -e '{m}' ]; then touch '{m}'; echo '! [rejected] (fetch first)' >&2; exit 1; fi\nexit 0\n",
            m = marker.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).unwrap();
    }
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    let a = sync(&r, &r.b).success();
    let out = stdout(&a);
    assert!(out.contains("envoi de nouveau"), "{out}");
    assert_eq!(
        r.git(&r.b, &["rev-parse", "HEAD"]),
        r.git(&r.remote, &["rev-parse", "main"])
    );
}

#[test]
fn a_broken_file_received_is_said_on_arrival() {
    let r = Repos::new();
    let path = r.a.join(THAU);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text.replacen("progress: 60,", "progress: 60", 1)).unwrap();
    r.pacte_fr(&r.a)
        .args(["sync", "--force"])
        .assert()
        .success();
    let a = sync(&r, &r.b).success();
    let out = stdout(&a);
    assert!(out.contains("Attention"), "{out}");
    assert!(out.contains("groups/mobilite-thau.ron:"), "{out}");
}

#[test]
fn two_meetings_the_same_day_with_decisions_and_minutes_share_from_both_clones() {
    let r = Repos::new();
    let day = "2025-01-15";
    // Each clone holds its meeting (as meeting mode writes it: an id, a
    // decision linked to it) and writes its minutes.
    for (dir, n, text) in [
        (&r.a, 10, "Décision du clone A."),
        (&r.b, 6, "Décision du clone B."),
    ] {
        let mut ws = Workspace::open(dir).unwrap();
        edit_group(&mut ws, "mobilite-thau", |g| {
            let mut m = meeting(n, "departement");
            m.id = Some(Id::new(day).unwrap());
            g.meetings.push(m);
            let e = pacte::domain::JournalEntry {
                meeting: Some(Id::new(day).unwrap()),
                ..pacte::domain::JournalEntry::new(
                    day.parse().unwrap(),
                    pacte::domain::EntryKind::Decision,
                    text,
                )
            };
            g.actions[0].journal.push(e);
        });
        let g = group(dir);
        let md = format!("# Compte rendu\n\n- {text}\n");
        let path = pacte::report::minutes::file_path(
            &g,
            &Id::new(day).unwrap(),
            pacte::report::minutes::MinutesFormat::Markdown,
            &md,
        );
        std::fs::create_dir_all(dir.join(path.parent().unwrap())).unwrap();
        std::fs::write(dir.join(path), md).unwrap();
        if dir == &r.a {
            sync(&r, &r.a).success();
        }
    }
    // The second clone shares too: no conflict, nothing said lost.
    sync(&r, &r.b).success();
    let g = group(&r.b);
    for (text, n) in [("Décision du clone A.", 10), ("Décision du clone B.", 6)] {
        let e = g.actions[0]
            .journal
            .iter()
            .find(|e| e.text == text)
            .unwrap();
        let m = g.meeting(e.meeting.as_ref().unwrap()).unwrap();
        assert_eq!(m.participants, n, "{text} keeps its own meeting");
    }
    let minutes: Vec<_> = std::fs::read_dir(r.b.join("minutes/mobilite-thau"))
        .unwrap()
        .collect();
    assert_eq!(minutes.len(), 2, "both minutes kept");
}
