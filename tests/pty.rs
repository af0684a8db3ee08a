//! Drives the real binary in a pseudo-terminal (tmux, 80×24): find an action
//! by search, change its status, add a measurement, quit; then check the file
//! on disk and that the terminal left the alternate screen.
//! Also shares from the interface between two clones (real git), through a
//! rebase stopped on a conflict resolved on the conflict screen.
//! Skipped (with a note) when `tmux` is not on PATH.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;
mod gitenv;

use common::tmux::{self, Tmux};

use gitenv::copy_dir;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

#[test]
fn search_status_measure_quit_in_a_real_terminal() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    let line = tmux::pacte_line("PACTE_TODAY=2025-01-15", dir.path());
    let tmux = Tmux::start("pacte-pty", &line, 80, 24);
    tmux.wait_for("Territoire");

    tmux.keys(&["/"]);
    tmux.text("taux autonomie");
    tmux.wait_for("Taux d'autonomie");
    tmux.keys(&["Enter", "s", "f"]);
    tmux.wait_for("enregistré");
    tmux.keys(&["m"]);
    tmux.text("50");
    tmux.keys(&["Enter"]);
    tmux.wait_for("mesure 50 au 15/01/2025");
    // Pasted text never runs commands ("q" would quit).
    tmux.cmd(&["set-buffer", "q"]);
    tmux.cmd(&["paste-buffer", "-p", "-t", "t"]);
    sleep(Duration::from_millis(300));
    assert!(!tmux.screen().contains("EXITED"));
    tmux.keys(&["q"]);
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    assert!(!tmux.alternate_on());

    let text = fs::read_to_string(dir.path().join("groups/reseau-digi-thau.ron")).unwrap();
    assert!(text.contains("status: \"operating\""), "{text}");
    assert!(
        text.contains("date: \"2025-01-15\",\n                            value: 50.0,"),
        "{text}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    let pidfile = dir.path().join("pid");
    let bin = env!("CARGO_BIN_EXE_pacte");
    // `exec` keeps the pid written by the inner shell.
    let script = format!(
        "sh -c 'echo $$ > \"{}\"; exec \"{bin}\" --workspace \"{}\"'; echo \"EXITED $?\"; sleep 60",
        pidfile.display(),
        dir.path().display()
    );
    let tmux = Tmux::start("pacte-pty-term", &script, 80, 24);
    tmux.wait_for("Territoire");
    assert!(tmux.alternate_on());
    let pid = fs::read_to_string(&pidfile).unwrap();
    let status = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    assert!(!tmux.alternate_on());
}

#[test]
fn share_and_resolve_a_conflict_in_a_real_terminal() {
    if !tmux::available() {
        return;
    }
    let r = gitenv::Repos::new();
    let set = |dir: &Path, value: &str| {
        r.pacte(dir)
            .args(["set", "mobilite-thau/plateforme-mobilite", value])
            .assert()
            .success();
    };
    set(&r.a, "status=done");
    r.pacte(&r.a).arg("sync").assert().success();
    set(&r.b, "status=suspended");
    let home = r.root().join("home");
    // The same isolated git configuration as the clones were made with.
    let env = format!(
        "env HOME='{home}' GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL='{home}/.gitconfig' \
         GIT_AUTHOR_NAME='Camille Pilote' GIT_AUTHOR_EMAIL=camille@example.org \
         GIT_COMMITTER_NAME='Camille Pilote' GIT_COMMITTER_EMAIL=camille@example.org \
         PACTE_TODAY=2025-01-15",
        home = home.display()
    );
    let tmux = Tmux::start("pacte-pty-sync", &tmux::pacte_line(&env, &r.b), 80, 24);
    tmux.wait_for("Territoire");
    tmux.keys(&["S"]);
    tmux.wait_for("en cours → suspendue");
    // Commit, then the pull (the terminal is lent to git), which conflicts.
    tmux.keys(&["S"]);
    let s = tmux.wait_for("Conflits (0/1");
    assert!(s.contains("Chez vous"), "{s}");
    assert!(tmux.alternate_on());
    tmux.keys(&["v"]);
    tmux.wait_for("Conflits (1/1");
    tmux.keys(&["S"]);
    tmux.wait_for("Partagé avec origin/main");
    tmux.keys(&["q"]);
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");

    let text = fs::read_to_string(r.b.join("groups/mobilite-thau.ron")).unwrap();
    assert!(text.contains("status: \"suspended\""), "{text}");
    assert!(!text.contains("<<<<<<<"), "{text}");
    assert_eq!(pacte::sync::operation_in_progress(&r.b), None);
    assert_eq!(r.git(&r.b, &["status", "--porcelain"]), "");
    assert_eq!(
        r.git(&r.b, &["rev-parse", "HEAD"]),
        r.git(&r.b, &["rev-parse", "origin/main"])
    );
}

/// Keys typed in one burst (fast typing, a terminal sending several at
/// once) are all shown without waiting for another key.
#[test]
fn a_burst_of_keys_is_drawn_whole_at_once() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    let line = tmux::pacte_line("PACTE_TODAY=2025-01-15", dir.path());
    let tmux = Tmux::start("pacte-pty-burst", &line, 80, 24);
    tmux.wait_for("Territoire");
    tmux.keys(&["/"]);
    tmux.wait_for("Rechercher");
    // One write of many characters: the last of them must show too.
    tmux.cmd(&["send-keys", "-t", "t", "-l", "zqzqzqzqzqzq-fin"]);
    tmux.wait_for("zqzqzqzqzqzq-fin");
    tmux.keys(&["Escape", "q"]);
    tmux.wait_for("EXITED");
}
