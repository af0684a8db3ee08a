//! Saves in the real binary (tmux, 80×24): a save that fails in the
//! background reaches the screen, and a retry saves; quitting right after
//! an edit leaves the edit on disk. Skipped (with a note) when `tmux` is
//! not on PATH.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod gitenv;

use common::tmux::{self, Tmux};
use gitenv::copy_dir;
use std::fs;
use std::path::Path;

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    dir
}

fn digi(dir: &Path) -> String {
    fs::read_to_string(dir.join("groups/reseau-digi-thau.ron")).unwrap()
}

#[test]
fn a_save_failing_in_the_background_is_shown_and_a_retry_saves() {
    if !tmux::available() {
        return;
    }
    let dir = workspace();
    let line = tmux::pacte_line("PACTE_TODAY=2025-01-15", dir.path());
    let tmux = Tmux::start("pacte-pty-savefail", &line, 80, 24);
    tmux.wait_for("Territoire");
    // Another process holds the workspace's save lock (as a pacte saving
    // would, forever): the save gives up after its wait and says why.
    let lock = fs::File::open(dir.path()).unwrap();
    lock.lock().unwrap();
    tmux.keys(&["/"]);
    tmux.text("taux autonomie");
    tmux.wait_for("Taux d'autonomie");
    tmux.keys(&["Enter", "s", "f"]);
    let s = tmux.wait_for("NON ENREGISTRÉ");
    assert!(s.contains("pas été enregistré"), "{s}");
    assert!(!digi(dir.path()).contains("status: \"operating\""));
    // The lock released, `w` saves again.
    drop(lock);
    tmux.keys(&["w"]);
    tmux.wait_for("enregistré dans");
    tmux.keys(&["q"]);
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    assert!(digi(dir.path()).contains("status: \"operating\""));
}

#[test]
fn quitting_right_after_an_edit_leaves_the_edit_on_disk() {
    if !tmux::available() {
        return;
    }
    let dir = workspace();
    let line = tmux::pacte_line("PACTE_TODAY=2025-01-15", dir.path());
    let tmux = Tmux::start("pacte-pty-quitsave", &line, 80, 24);
    tmux.wait_for("Territoire");
    tmux.keys(&["/"]);
    tmux.text("taux autonomie");
    tmux.wait_for("Taux d'autonomie");
    tmux.keys(&["Enter"]);
    // The status change and the quit in one write to the terminal: the
    // save is in flight when the quit is handled.
    tmux.cmd(&["send-keys", "-t", "t", "s", "f", "q"]);
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    assert!(!tmux.alternate_on());
    assert!(digi(dir.path()).contains("status: \"operating\""));
}
