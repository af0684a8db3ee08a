//! `pacte sync`, `pacte git-setup` and the driver check, on real git
//! repositories: a bare remote and two clones.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod gitenv;

use gitenv::{Repos, assert_same_files, edit_group, fr, reference};
use pacte::domain::{Id, Status};
use pacte::merge::{Resolution, parse_conflicted};
use predicates::prelude::*;
use std::fs;
use std::path::Path;

const THAU: &str = "groups/mobilite-thau.ron";

fn set(r: &Repos, dir: &Path, target: &str, assignment: &str) {
    r.pacte(dir)
        .args(["set", target, assignment])
        .assert()
        .success();
}

fn sync(r: &Repos, dir: &Path) -> assert_cmd::assert::Assert {
    r.pacte_fr(dir).arg("sync").assert()
}

#[test]
fn two_clones_edit_different_actions_and_both_end_with_both_edits() {
    let r = Repos::new();
    set(&r, &r.a, "mobilite-thau/plateforme-mobilite", "status=done");
    let line = fr(
        "Étang de Thau / Mobilité des publics en insertion : « Plateforme d'information « mobilité » du bassin de Thau » : en cours → totalement réalisée ; « Plateforme d'information « mobilité » du bassin de Thau » : avancement 60 % → 100 %",
    );
    let subject = fr("Plateforme d'information « mobilité » du bassin … : statut et avancement");
    sync(&r, &r.a)
        .success()
        .stdout(predicate::str::contains(format!(
            "{}\n  - {line}\n",
            fr("Modifications locales :")
        )))
        .stdout(predicate::str::contains(fr(
            "Envoyé : 1 commit vers origin/main.",
        )));
    assert_eq!(
        r.git(&r.a, &["log", "-1", "--format=%s"]).trim_end(),
        subject
    );

    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=30");
    sync(&r, &r.b)
        .success()
        .stdout(predicate::str::contains(fr(
            "Reçu : 1 action mise à jour par d'autres\n",
        )))
        .stdout(predicate::str::contains(line.as_str()))
        .stdout(predicate::str::contains(fr("Envoyé : 1 commit")));

    sync(&r, &r.a)
        .success()
        .stdout(predicate::str::contains("Aucune modification locale."))
        .stdout(predicate::str::contains(fr(
            "« Garage solidaire » : avancement 10 % → 30 %",
        )));

    let expected = reference(&[
        |ws| {
            edit_group(ws, "mobilite-thau", |g| {
                let a = g
                    .action_mut(&Id::new("plateforme-mobilite").unwrap())
                    .unwrap();
                // Done means complete: the pact's rule, applied by `set`.
                a.status = Status::Done;
                a.progress = 100;
            })
        },
        |ws| {
            edit_group(ws, "mobilite-thau", |g| {
                g.action_mut(&Id::new("garage-solidaire").unwrap())
                    .unwrap()
                    .progress = 30
            })
        },
    ]);
    assert_same_files(&r.a, expected.path());
    assert_same_files(&r.b, expected.path());
    // No conflict anywhere: linear history, both commits in it.
    assert_eq!(
        r.git(&r.b, &["rev-list", "--count", "--merges", "HEAD"])
            .trim(),
        "0"
    );
    assert_eq!(r.git(&r.a, &["status", "--porcelain"]), "");
}

#[test]
fn a_conflict_stops_the_sync_and_is_finished_after_resolution() {
    let r = Repos::new();
    set(&r, &r.a, "mobilite-thau/plateforme-mobilite", "status=done");
    sync(&r, &r.a).success();
    set(
        &r,
        &r.b,
        "mobilite-thau/plateforme-mobilite",
        "status=suspended",
    );
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=20");
    sync(&r, &r.b)
        .code(1)
        .stdout(predicate::str::contains(fr(
            "Conflit : la synchronisation est arrêtée pendant le rebase.\n  groups/mobilite-thau.ron : actions/plateforme-mobilite/status\n",
        )))
        .stdout(predicate::str::contains("Lancez `pacte`"));
    r.pacte(&r.b)
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("unresolved conflict"));
    // Syncing again before resolving changes nothing.
    sync(&r, &r.b)
        .code(1)
        .stdout(predicate::str::contains("Conflit"));

    // Resolve as the interface does: keep our (local) value.
    let path = r.b.join(THAU);
    let text = fs::read_to_string(&path).unwrap();
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.conflicts.len(), 1);
    assert_eq!(c.conflicts[0].theirs.as_deref(), Some("\"suspended\""));
    let resolved = c.resolve(&[Resolution::Theirs]).unwrap();
    pacte::sync::save_resolution(&r.b, Path::new(THAU), &text, &resolved).unwrap();

    sync(&r, &r.b)
        .success()
        .stdout(predicate::str::contains(
            "Rebase terminé après la résolution des conflits.",
        ))
        .stdout(predicate::str::contains(fr("Envoyé : 1 commit")));
    sync(&r, &r.a).success();
    let expected = reference(&[|ws| {
        edit_group(ws, "mobilite-thau", |g| {
            let a = g
                .action_mut(&Id::new("plateforme-mobilite").unwrap())
                .unwrap();
            a.status = Status::Suspended;
            // Their side marked it done (100 %); only the status conflicted.
            a.progress = 100;
            g.action_mut(&Id::new("garage-solidaire").unwrap())
                .unwrap()
                .progress = 20;
        })
    }]);
    assert_same_files(&r.a, expected.path());
    assert_same_files(&r.b, expected.path());
}

#[test]
fn a_deletion_kept_over_an_edit_finishes_the_rebase() {
    let r = Repos::new();
    let mut ws = pacte::store::Workspace::open(&r.a).unwrap();
    edit_group(&mut ws, "mobilite-thau", |g| {
        g.actions.retain(|a| a.id.as_str() != "garage-solidaire")
    });
    sync(&r, &r.a).success().stdout(predicate::str::contains(fr(
        "action « Garage solidaire » supprimée",
    )));
    set(&r, &r.b, "mobilite-thau/garage-solidaire", "progress=20");
    sync(&r, &r.b)
        .code(1)
        .stdout(predicate::str::contains("actions/garage-solidaire"));
    let text = fs::read_to_string(r.b.join(THAU)).unwrap();
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.conflicts[0].ours, None);
    let resolved = c.resolve(&[Resolution::Ours]).unwrap();
    pacte::sync::save_resolution(&r.b, Path::new(THAU), &text, &resolved).unwrap();
    sync(&r, &r.b).success();
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    assert_eq!(
        fs::read_to_string(r.b.join(THAU)).unwrap(),
        fs::read_to_string(r.a.join(THAU)).unwrap()
    );
}

#[test]
fn message_option_and_nothing_to_do() {
    let r = Repos::new();
    set(&r, &r.a, "mobilite-thau/garage-solidaire", "progress=15");
    fs::write(r.a.join("rapport.md"), "# brouillon\n").unwrap();
    r.pacte(&r.a)
        .args(["sync", "--message", "Réunion du 15 janvier"])
        .assert()
        .success();
    assert_eq!(
        r.git(&r.a, &["log", "-1", "--format=%s"]).trim_end(),
        "Réunion du 15 janvier"
    );
    // Only workspace files are shared: the draft stays out of the commit.
    assert_eq!(r.git(&r.a, &["status", "--porcelain"]), "?? rapport.md\n");
    sync(&r, &r.a)
        .success()
        .stdout("Aucune modification locale.\nRien de nouveau chez les autres.\nRien à envoyer.\n");
    // The same in English when asked.
    r.pacte(&r.a)
        .arg("sync")
        .assert()
        .success()
        .stdout("No local change.\nNothing new from the others.\nNothing to send.\n");
}

#[test]
fn check_warns_when_the_driver_is_missing() {
    let r = Repos::new();
    let c = r.root().join("c");
    r.git(r.root(), &["clone", "--quiet", "remote.git", "c"]);
    r.pacte(&c)
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "warning: .git/config:1:1: the pacte merge driver is not installed in this clone: run `pacte git-setup`",
        ));
    r.pacte(&c)
        .arg("git-setup")
        .assert()
        .success()
        .stdout(predicate::str::contains("merge driver installed"));
    r.pacte(&c)
        .arg("check")
        .assert()
        .success()
        .stdout("0 errors, 0 warnings\n");
    // A workspace outside git gets no warning.
    let plain = r.root().join("plain");
    gitenv::copy_dir(&gitenv::fixture_dir(), &plain);
    r.pacte(&plain)
        .arg("check")
        .assert()
        .success()
        .stdout(predicate::str::contains("merge driver").not());
}

#[test]
fn init_installs_the_driver() {
    let r = Repos::new();
    r.pacte(r.root())
        .args(["init", "pti"])
        .assert()
        .success()
        .stdout(predicate::str::contains("merge driver installed"));
    let ws = r.root().join("pti");
    assert_eq!(
        fs::read_to_string(ws.join(".gitattributes")).unwrap(),
        "*.ron merge=pacte\n"
    );
    let driver = r.git(&ws, &["config", "--get", "merge.pacte.driver"]);
    assert!(driver.contains("merge-driver %O %A %B %P"), "{driver}");
    r.pacte(&ws)
        .arg("check")
        .assert()
        .success()
        .stdout("0 errors, 0 warnings\n");
}
