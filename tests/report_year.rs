//! `--year` judges a year that has ended as it was known on 31 December:
//! the statuses of the last commit by then (real git), measurements and
//! meetings up to that day, due dates judged on that day; the header says
//! so.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ws")
}

fn pacte(dir: &Path, today: &str) -> Command {
    let mut c = common::pacte_in(dir);
    c.env("PACTE_TODAY", today);
    c
}

fn git(dir: &Path, date: &str, args: &[&str]) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn action<'a>(v: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == id)
        .unwrap()
}

/// The fixture, then in 2025: the garage moves to « en cours » at 50 %
/// and a 2025 measurement of its vehicles.
fn later(dir: &Path) {
    pacte(dir, "2025-04-01")
        .args([
            "set",
            "mobilite-thau/garage-solidaire",
            "status=in-progress",
            "progress=50",
            "indicator.vehicules-repares=12@2025-03-01",
        ])
        .assert()
        .success();
}

#[test]
fn a_past_year_is_read_from_the_commit_of_its_end() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::copy_dir(&fixture(), dir);
    git(dir, "2024-12-20T10:00:00", &["init", "-q"]);
    git(dir, "2024-12-20T10:00:00", &["add", "-A"]);
    git(
        dir,
        "2024-12-20T10:00:00",
        &["commit", "-q", "-m", "fin 2024"],
    );
    later(dir);
    git(dir, "2025-04-01T10:00:00", &["commit", "-q", "-am", "2025"]);
    let out = pacte(dir, "2026-12-01")
        .args(["report", "--year", "2024", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["today"], "2024-12-31");
    assert_eq!(v["as_of"]["date"], "2024-12-31");
    assert_eq!(v["as_of"]["revision_date"], "2024-12-20");
    let garage = action(&v, "garage-solidaire");
    // As known at the end of 2024: still a project at 10 %, not late
    // (due 30/06/2026), whatever happened since.
    assert_eq!(garage["status"], "project");
    assert_eq!(garage["progress"], 10);
    assert_eq!(garage["overdue"], false);
    // The same report today says otherwise.
    let now: serde_json::Value = serde_json::from_slice(
        &pacte(dir, "2026-12-01")
            .args(["report", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(action(&now, "garage-solidaire")["status"], "in-progress");
    assert_eq!(action(&now, "garage-solidaire")["overdue"], true);
    // The header says on what it stands.
    let md = String::from_utf8(
        pacte(dir, "2026-12-01")
            .args(["report", "--year", "2024"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        md.contains(
            "Situation au 31/12/2024, telle que connue ce jour-là\u{a0}: fichiers du commit"
        ),
        "{md}"
    );
}

#[test]
fn without_history_the_files_are_cut_to_the_end_of_the_year() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    common::copy_dir(&fixture(), dir);
    later(dir);
    let out = pacte(dir, "2026-12-01")
        .args(["report", "--year", "2024", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["as_of"]["revision"], serde_json::Value::Null);
    let garage = action(&v, "garage-solidaire");
    // Current status (no history), but the 2025 measurement is not counted
    // and the due date is judged on 31/12/2024.
    assert_eq!(garage["status"], "in-progress");
    assert_eq!(garage["overdue"], false);
    let unmeasured = v["indicators_not_measured"].as_array().unwrap();
    assert!(
        unmeasured
            .iter()
            .any(|i| i["indicator"] == "vehicules-repares"),
        "{unmeasured:?}"
    );
    let md = String::from_utf8(
        pacte(dir, "2026-12-01")
            .args(["report", "--year", "2024"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert!(
        md.contains(
            "statuts et avancements actuels (l'historique git ne remonte pas à cette date)"
        ),
        "{md}"
    );
}
