//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod tmux;
pub mod tui;
pub mod tui_fixture;
pub mod tui_sync;

use std::fs;
use std::path::{Path, PathBuf};

/// Copies the fixture workspace `tests/fixtures/ws` into a new temp folder.
pub fn fixture_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_dir(), dir.path());
    dir
}

/// The fixture workspace folder.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ws")
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn snapshot_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
    for e in fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if e.file_name() == ".git" {
            continue;
        }
        if e.file_type().unwrap().is_dir() {
            walk(root, &p, out);
        } else {
            out.push((
                p.strip_prefix(root).unwrap().to_path_buf(),
                fs::read(&p).unwrap(),
            ));
        }
    }
}

/// Lines that differ between two texts of the same length in lines.
pub fn changed_lines(a: &str, b: &str) -> Vec<(usize, String, String)> {
    assert_eq!(
        a.lines().count(),
        b.lines().count(),
        "line count changed:\n{a}\n---\n{b}"
    );
    a.lines()
        .zip(b.lines())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(i, (x, y))| (i + 1, x.to_string(), y.to_string()))
        .collect()
}

/// The real binary run in `dir`, cut off from the user's environment: no
/// workspace, language or "today" from the environment, and home, config,
/// data and cache folders inside `dir` (French by default).
pub fn pacte_in(dir: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env_remove("PACTE_WORKSPACE")
        .env_remove("PACTE_LANG")
        .env_remove("PACTE_TODAY")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"))
        .env("XDG_CACHE_HOME", dir.join(".cache"));
    c
}

/// The demo workspace, made by `pacte demo` in `tmp/demo`.
pub fn demo_in(tmp: &Path) -> PathBuf {
    let dir = tmp.join("demo");
    pacte_in(tmp).arg("demo").arg(&dir).assert().success();
    dir
}

/// Debian's Chromium, when installed.
pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Headless Chromium with the flags this machine needs (no sandbox as
/// root, no network chatter) and a fresh profile under `tmp`; `None`
/// when it is not installed (the caller prints SKIPPED).
pub fn chromium(tmp: &Path) -> Option<std::process::Command> {
    if !Path::new(CHROMIUM).exists() {
        return None;
    }
    let mut c = std::process::Command::new(CHROMIUM);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ])
    .arg(format!("--user-data-dir={}", tmp.join("profile").display()));
    Some(c)
}

/// Chromium prints `html` to `pdf` (no browser header or footer); the
/// output of the run.
pub fn print_to_pdf(tmp: &Path, html: &Path, pdf: &Path) -> Option<std::process::Output> {
    let mut c = chromium(tmp)?;
    c.arg("--no-pdf-header-footer")
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()));
    Some(c.output().unwrap())
}
