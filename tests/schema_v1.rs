//! Files of schema version 1 (before meeting ids) still load, are written
//! as version 2 when saved, and merge with version-2 files.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use assert_cmd::Command;
use pacte::domain::{Group, Id};
use pacte::merge::{FileKind, MergeOutcome, merge_texts};
use pacte::store::format::from_text;
use std::fs;
use std::path::{Path, PathBuf};

const THAU: &str = "groups/mobilite-thau.ron";

fn v1() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1");
    let dir = tmp.path().join("ws");
    fs::create_dir_all(dir.join("groups")).unwrap();
    for rel in [
        "pacte.ron",
        "governance.ron",
        THAU,
        "groups/etude-mobilisation.ron",
    ] {
        fs::copy(src.join(rel), dir.join(rel)).unwrap();
    }
    (tmp, dir)
}

fn pacte(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env("PACTE_TODAY", "2025-01-15")
        .env("PACTE_LANG", "fr")
        .env_remove("PACTE_WORKSPACE")
        .env("HOME", dir);
    c
}

fn ids(g: &Group) -> Vec<String> {
    g.meetings
        .iter()
        .map(|m| m.id.as_ref().map(|i| i.to_string()).unwrap_or_default())
        .collect()
}

#[test]
fn a_version_1_workspace_checks_clean() {
    let (_tmp, dir) = v1();
    let out = pacte(&dir).arg("check").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_saved_version_1_file_is_written_as_version_2_and_others_are_untouched() {
    let (_tmp, dir) = v1();
    let before_etude = fs::read(dir.join("groups/etude-mobilisation.ron")).unwrap();
    let before_gov = fs::read(dir.join("governance.ron")).unwrap();
    pacte(&dir)
        .args(["set", "mobilite-thau/plateforme-mobilite", "progress=70"])
        .assert()
        .success();
    let text = fs::read_to_string(dir.join(THAU)).unwrap();
    assert!(text.contains("\n    version: 3,\n"), "{text}");
    let g: Group = from_text(&text).unwrap();
    // Two meetings the same day: two ids, the file's order kept.
    assert_eq!(ids(&g), ["2024-03-12", "2024-03-12-2"]);
    assert_eq!(g.meetings[1].participants, 6);
    // Files not saved keep their bytes (version 1).
    assert_eq!(
        fs::read(dir.join("groups/etude-mobilisation.ron")).unwrap(),
        before_etude
    );
    assert_eq!(fs::read(dir.join("governance.ron")).unwrap(), before_gov);
    pacte(&dir).arg("check").assert().success();
}

#[test]
fn version_1_and_version_2_sides_merge_by_meeting() {
    let (_tmp, dir) = v1();
    let base = fs::read_to_string(dir.join(THAU)).unwrap();
    // Ours: saved by this pacte (version 2, ids) with one change.
    pacte(&dir)
        .args(["set", "mobilite-thau/plateforme-mobilite", "progress=70"])
        .assert()
        .success();
    let ours = fs::read_to_string(dir.join(THAU)).unwrap();
    // Theirs: an older pacte, still version 1, records another meeting the
    // same day and changes the second one.
    let theirs = base
        .replace("participants: 6,", "participants: 7,")
        .replace(
            "    ],\n)\n",
            "        (\n            date: \"2024-03-12\",\n            kind: \"working-group\",\n            stage: None,\n            territory: None,\n            participants: 4,\n            organisations: [],\n            decisions: [],\n        ),\n    ],\n)\n",
        );
    assert_ne!(theirs, base);
    let MergeOutcome::Clean(merged) = merge_texts(FileKind::Group, &base, &ours, &theirs).unwrap()
    else {
        panic!("version 1 and 2 must merge cleanly")
    };
    let g: Group = from_text(&merged).unwrap();
    assert_eq!(g.version, pacte::domain::BASE_VERSION);
    assert_eq!(ids(&g), ["2024-03-12", "2024-03-12-2", "2024-03-12-3"]);
    let counts: Vec<u32> = g.meetings.iter().map(|m| m.participants).collect();
    assert_eq!(
        counts,
        [11, 7, 4],
        "theirs' change and theirs' new meeting both kept"
    );
    assert_eq!(
        g.action(&Id::new("plateforme-mobilite").unwrap())
            .unwrap()
            .progress,
        70
    );
}
