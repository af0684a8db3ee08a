//! The benchmarks' workspace generator: a small size loads with no error
//! and the same size always gives the same bytes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use assert_cmd::Command;
use pacte::bench_support::{self, ACTIONS_PER_GROUP, MEETINGS_PER_GROUP};
use pacte::store::Workspace;
use std::path::Path;

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    bench_support::workspace_files(dir)
        .unwrap()
        .into_iter()
        .map(|(p, _)| {
            let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            (rel, std::fs::read(&p).unwrap())
        })
        .collect()
}

#[test]
fn a_small_workspace_loads_without_an_error_and_is_deterministic() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    let stats = bench_support::generate(a.path(), 240).unwrap();
    assert_eq!(stats.groups, 12);
    assert_eq!(stats.actions, 12 * ACTIONS_PER_GROUP);
    bench_support::generate(b.path(), 240).unwrap();
    let (fa, fb) = (files(a.path()), files(b.path()));
    assert_eq!(fa.len(), 13);
    assert!(fa == fb, "two runs wrote different bytes");
    let bytes: u64 = fa.iter().map(|(_, b)| b.len() as u64).sum();
    assert_eq!(bytes, stats.bytes);

    let ws = Workspace::open(a.path()).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    assert_eq!(ws.groups.len(), 12);
    let today = bench_support::AS_OF.parse().unwrap();
    let report = pacte::cli::check::run(&ws, today);
    let errors: Vec<_> = report.diagnostics.iter().filter(|d| d.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Canonical: every group saves as the bytes it was read from.
    for g in &ws.groups {
        let text = ws.group_text(&g.id).unwrap();
        let on_disk = std::fs::read_to_string(a.path().join(&ws.group_files[&g.id])).unwrap();
        assert_eq!(text, on_disk);
    }
    // Version 2 content: linked decisions and next steps, meetings.
    let g = &ws.groups[0];
    assert_eq!(g.meetings.len(), MEETINGS_PER_GROUP);
    assert!(g.actions.iter().all(|a| a.journal.len() == 3));
    assert!(
        g.actions[0]
            .journal
            .iter()
            .any(|e| e.meeting.is_some() && e.owner.is_some())
    );
    assert!(
        fa.iter()
            .any(|(_, b)| String::from_utf8_lossy(b).contains('é'))
    );
}

#[test]
fn the_hidden_command_writes_a_workspace_that_pacte_check_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    Command::cargo_bin("pacte")
        .unwrap()
        .args(["gen-workspace", ws.to_str().unwrap(), "--actions", "120"])
        .assert()
        .success();
    Command::cargo_bin("pacte")
        .unwrap()
        .env("PACTE_TODAY", bench_support::AS_OF)
        .env("PACTE_LANG", "en")
        .args(["-w", ws.to_str().unwrap(), "check"])
        .assert()
        .success();
    let help = Command::cargo_bin("pacte")
        .unwrap()
        .arg("--help")
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&help.stdout).contains("gen-workspace"));
    // Never over someone's files.
    Command::cargo_bin("pacte")
        .unwrap()
        .args(["gen-workspace", ws.to_str().unwrap(), "--actions", "120"])
        .assert()
        .failure();
}
