//! The cache of parsed group files: the same workspace with and without
//! it, a file changed after it was cached, damaged entries.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use std::fs;
use std::path::Path;

fn check(ws: &Path, cache: &Path, on: bool) -> String {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(ws)
        .env("PACTE_TODAY", "2025-01-15")
        .env("PACTE_LANG", "en")
        .env("HOME", cache)
        .env("XDG_CACHE_HOME", cache)
        .env("PACTE_CACHE_MIN_FILES", "1")
        .env_remove("PACTE_WORKSPACE")
        .arg("check");
    if !on {
        c.env("PACTE_NO_CACHE", "1");
    }
    let out = c.output().unwrap();
    format!(
        "{}\n{}",
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout)
    )
}

/// The entries kept, in every workspace's folder.
fn entries(cache: &Path) -> Vec<std::path::PathBuf> {
    let list = |dir: &Path| -> Vec<std::path::PathBuf> {
        fs::read_dir(dir)
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default()
    };
    list(&cache.join("pacte/parsed"))
        .iter()
        .flat_map(|d| list(d))
        .collect()
}

#[test]
fn a_cached_workspace_checks_the_same_and_a_changed_file_is_read_anew() {
    let ws = tempfile::tempdir().unwrap();
    common::copy_dir(&common::fixture_dir().join("../annex"), ws.path());
    let cache = tempfile::tempdir().unwrap();
    let plain = check(ws.path(), cache.path(), false);
    assert!(entries(cache.path()).is_empty(), "off means off");
    let first = check(ws.path(), cache.path(), true);
    let cached = entries(cache.path()).len();
    assert!(cached >= 15, "{cached} entries");
    let second = check(ws.path(), cache.path(), true);
    assert_eq!(plain, first);
    assert_eq!(first, second);
    // A file changed after it was cached: its new content counts.
    let rel = fs::read_dir(ws.path().join("groups"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "ron"))
        .unwrap();
    let text = fs::read_to_string(&rel).unwrap();
    let broken = text.replacen("    version: 3,\n", "    version: 3,\n    oops\n", 1);
    fs::write(&rel, broken).unwrap();
    let after = check(ws.path(), cache.path(), true);
    assert_ne!(after, second);
    assert_eq!(after, check(ws.path(), cache.path(), false));
    fs::write(&rel, text).unwrap();
    // Damaged entries are no entries.
    for e in entries(cache.path()) {
        fs::write(e, b"{").unwrap();
    }
    assert_eq!(check(ws.path(), cache.path(), true), plain);
}
