//! The `pacte` binary, driven as a user or a script would.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use predicates::prelude::*;
use std::fs;
use std::path::Path;

fn pacte(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env("PACTE_TODAY", "2025-01-15")
        .env_remove("PACTE_WORKSPACE")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"));
    c
}

#[test]
fn init_creates_a_checked_git_workspace() {
    let tmp = tempfile::tempdir().unwrap();
    pacte(tmp.path())
        .args(["init", "pti"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Espace de travail créé"));
    let ws = tmp.path().join("pti");
    assert!(ws.join(".git").is_dir());
    assert_eq!(
        fs::read_to_string(ws.join("pacte.ron")).unwrap(),
        pacte::template::TEMPLATE_RON
    );
    pacte(&ws)
        .arg("check")
        .assert()
        .success()
        .stdout("0 erreur, 0 avertissement\n");
    // A second init refuses and changes nothing.
    pacte(tmp.path())
        .args(["init", "pti"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "contient déjà un fichier d'espace de travail, pacte.ron",
        ));
}

#[test]
fn check_exit_codes() {
    let ws = common::fixture_workspace();
    pacte(ws.path()).arg("check").assert().success();
    let p = ws.path().join("groups/mobilite-thau.ron");
    let text = fs::read_to_string(&p).unwrap();
    fs::write(&p, text.replace("axis: \"axe-1\"", "axis: \"axe-7\"")).unwrap();
    pacte(ws.path())
        .arg("check")
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "erreur\u{a0}: groups/mobilite-thau.ron:8:5\u{a0}: axe inconnu `axe-7` (absent de pacte.ron)\n 8 |     axis: \"axe-7\",\n   |     ^\n1 erreur, 0 avertissement\n",
        ));
    pacte(ws.path())
        .args(["--lang", "en", "check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "error: groups/mobilite-thau.ron:8:5: unknown axis `axe-7` (not in pacte.ron)",
        ))
        .stdout(predicate::str::ends_with("1 error, 0 warnings\n"));
    pacte(ws.path())
        .args(["check", "--format", "yaml"])
        .assert()
        .code(2);
    pacte(ws.path()).arg("frobnicate").assert().code(2);
}

#[test]
fn check_json_is_stable_for_scripts() {
    let ws = common::fixture_workspace();
    let p = ws.path().join("groups/etude-mobilisation.ron");
    let text = fs::read_to_string(&p).unwrap();
    fs::write(
        &p,
        text.replace("due: \"2026-12-31\"", "due: \"2024-12-31\""),
    )
    .unwrap();
    let out = pacte(ws.path())
        .args(["check", "--format", "json"])
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(v["errors"], 0);
    assert_eq!(v["warnings"], 1);
    let d = &v["diagnostics"][0];
    assert_eq!(d["severity"], "warning");
    assert_eq!(d["file"], "groups/etude-mobilisation.ron");
    assert_eq!(d["line"], 35);
    assert_eq!(d["column"], 13);
    assert!(
        d["message"]
            .as_str()
            .unwrap()
            .contains("was due on 2024-12-31")
    );
    assert_eq!(
        d["message_fr"],
        "l'action `enquete` devait aboutir le 31/12/2024 et reste «\u{a0}en cours\u{a0}»"
    );
}

#[test]
fn workspace_flag_env_and_parent_folder() {
    let ws = common::fixture_workspace();
    let elsewhere = tempfile::tempdir().unwrap();
    pacte(elsewhere.path())
        .arg("check")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("pas d'espace de travail ici"));
    pacte(elsewhere.path())
        .arg("--workspace")
        .arg(ws.path())
        .arg("check")
        .assert()
        .success();
    pacte(elsewhere.path())
        .env("PACTE_WORKSPACE", ws.path())
        .arg("check")
        .assert()
        .success();
    pacte(&ws.path().join("groups"))
        .arg("check")
        .assert()
        .success();
}

#[test]
fn set_changes_one_line_per_field() {
    let ws = common::fixture_workspace();
    let p = ws.path().join("groups/mobilite-thau.ron");
    let before = fs::read_to_string(&p).unwrap();
    pacte(ws.path())
        .args([
            "set",
            "mobilite-thau/plateforme-mobilite",
            "status=en fonctionnement",
        ])
        .assert()
        .success()
        .stdout("mobilite-thau/plateforme-mobilite mise à jour\n");
    let after = fs::read_to_string(&p).unwrap();
    let changed = common::changed_lines(&before, &after);
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].2, "            status: \"operating\",");

    pacte(ws.path())
        .args([
            "set",
            "mobilite-thau/plateforme-mobilite",
            "progress=75",
            "due=30/06/2026",
        ])
        .assert()
        .success();
    let again = fs::read_to_string(&p).unwrap();
    let changed = common::changed_lines(&after, &again);
    assert_eq!(changed.len(), 2, "{changed:?}");
}

#[test]
fn set_records_a_measurement_in_date_order() {
    let ws = common::fixture_workspace();
    pacte(ws.path())
        .args([
            "set",
            "mobilite-thau/plateforme-mobilite",
            "indicator.personnes-orientees=70@2024-06-30",
        ])
        .assert()
        .success();
    let text = fs::read_to_string(ws.path().join("groups/mobilite-thau.ron")).unwrap();
    let a = text.find("value: 48.0").unwrap();
    let b = text.find("value: 70.0").unwrap();
    let c = text.find("value: 97.0").unwrap();
    assert!(a < b && b < c);
    // Dated today by default.
    pacte(ws.path())
        .args([
            "set",
            "mobilite-thau/plateforme-mobilite",
            "indicator.personnes-orientees=101",
        ])
        .assert()
        .success();
    let text = fs::read_to_string(ws.path().join("groups/mobilite-thau.ron")).unwrap();
    assert!(text.contains("date: \"2025-01-15\",\n                            value: 101.0,"));
}

#[test]
fn set_refuses_bad_input_and_writes_nothing() {
    let ws = common::fixture_workspace();
    let before = common::snapshot_files(ws.path());
    for (args, msg) in [
        (
            vec!["nope/plateforme-mobilite", "status=done"],
            "pas de groupe «\u{a0}nope\u{a0}»",
        ),
        (
            vec!["mobilite-thau/nope", "status=done"],
            "pas d'action «\u{a0}nope\u{a0}»",
        ),
        (
            vec!["mobilite-thau/plateforme-mobilite", "status=finie"],
            "n'est pas un statut",
        ),
        (
            vec![
                "mobilite-thau/plateforme-mobilite",
                "status=done",
                "progress=140",
            ],
            "de 0 à 100",
        ),
        (
            vec!["mobilite-thau/plateforme-mobilite", "indicator.taux=3"],
            "pas d'indicateur «\u{a0}taux\u{a0}»",
        ),
        (
            vec!["mobilite-thau", "status=done"],
            "n'est pas de la forme GROUPE/ACTION",
        ),
        (vec!["../x/y", "status=done"], "n'est pas valable"),
    ] {
        pacte(ws.path())
            .arg("set")
            .args(&args)
            .assert()
            .code(1)
            .stderr(predicate::str::contains(msg));
    }
    assert_eq!(before, common::snapshot_files(ws.path()));
}

#[test]
fn set_refuses_to_overwrite_a_conflicted_file() {
    let ws = common::fixture_workspace();
    let p = ws.path().join("groups/mobilite-thau.ron");
    let text = fs::read_to_string(&p).unwrap();
    let conflicted = text.replacen(
        "            progress: 60,\n",
        "<<<<<<< HEAD\n            progress: 60,\n=======\n            progress: 70,\n>>>>>>> theirs\n",
        1,
    );
    fs::write(&p, &conflicted).unwrap();
    pacte(ws.path())
        .args(["set", "mobilite-thau/plateforme-mobilite", "status=done"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("n'a pas pu être lu"));
    assert_eq!(fs::read_to_string(&p).unwrap(), conflicted);
}
