//! Runs a short meeting in the real binary in a pseudo-terminal (tmux,
//! 80×24): opens it, notes a status, a decision and a next step, is killed
//! with SIGKILL, reopens where it stopped, ends the meeting and shares the
//! minutes; then checks the group file, the links, the minutes file and
//! the commit. Skipped (with a note) when `tmux` is not on PATH.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tmux::{self, Tmux};
use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The pid of the pacte process under the session's shell.
fn pacte_pid(tmux: &Tmux) -> String {
    let shell = tmux.cmd(&["display-message", "-p", "-t", "t", "#{pane_pid}"]);
    let start = Instant::now();
    loop {
        let out = Command::new("pgrep")
            .args(["-P", shell.trim(), "-x", "pacte"])
            .output()
            .unwrap();
        let pid = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if !pid.is_empty() {
            return pid;
        }
        assert!(start.elapsed() < Duration::from_secs(10), "no pacte");
        sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_meeting_held_killed_resumed_ended_and_shared_in_a_real_terminal() {
    if !tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ws = dir.path().join("ws");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        &ws,
    );
    git(&ws, &["init", "-q", "-b", "main"]);
    git(&ws, &["add", "-A"]);
    git(&ws, &["commit", "-q", "-m", "start"]);
    let env = format!(
        "HOME='{}' GIT_AUTHOR_NAME=Test GIT_AUTHOR_EMAIL=t@example.org \
         GIT_COMMITTER_NAME=Test GIT_COMMITTER_EMAIL=t@example.org \
         PACTE_TODAY=2025-01-15 PACTE_LANG=fr",
        dir.path().display()
    );
    let run = tmux::pacte_line(&env, &ws);
    let tmux = Tmux::start("pacte-meeting", &run, 80, 24);
    tmux.wait_for("Territoire");
    // The Digi'Thau group, then r: a meeting.
    tmux.keys(&["j", "Enter", "Enter", "r"]);
    tmux.wait_for("│15/01/2025 ");
    tmux.keys(&["Enter", "Enter"]);
    tmux.wait_for("Organisations présentes");
    tmux.keys(&["Space", "Down", "Space", "Enter", "Enter"]);
    tmux.wait_for("Nombre de participants");
    tmux.text("9");
    tmux.keys(&["Enter", "Enter"]);
    tmux.text("Point d'étape");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Ordre du jour (");
    // The first action: status, a decision, a next step.
    tmux.keys(&["Right", "s", "f"]);
    tmux.wait_for("en fonctionnement ·");
    tmux.keys(&["c"]);
    tmux.text("Ouvrir une permanence à Mèze.");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Dans cette réunion");
    tmux.keys(&["n"]);
    tmux.text("Chiffrer la permanence");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Qui la porte");
    tmux.keys(&["Enter"]);
    tmux.text("31/03/2025");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Chiffrer la permanence (");

    // Killed like a power cut: what is on disk is what was typed.
    let pid = pacte_pid(&tmux);
    Command::new("kill").args(["-9", &pid]).status().unwrap();
    tmux.wait_for("EXITED");
    drop(tmux);
    let group = fs::read_to_string(ws.join("groups/reseau-digi-thau.ron")).unwrap();
    assert!(group.contains("minutes: \"draft\""), "{group}");
    assert!(group.contains("text: \"Chiffrer la permanence\",\n                    meeting: \"2025-01-15\",\n                    owner: \"departement\",\n                    due: \"2025-03-31\","), "{group}");

    // Opened again (a tmux server of its own): the meeting, on the action
    // where it stopped.
    let tmux = Tmux::start("pacte-meeting-again", &run, 80, 24);
    let s = tmux.wait_for("Réunion du 15/01/2025");
    assert!(s.contains("Ateliers numériques itinérants"), "{s}");
    assert!(s.contains("Ouvrir une permanence à Mèze."), "{s}");
    // The end: the minutes, then the sync panel with its message.
    tmux.keys(&["S"]);
    tmux.wait_for("Compte rendu à relire");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Compte rendu du groupe Réseau Digi'Thau du 15/01/2025");
    tmux.keys(&["S"]);
    let start = Instant::now();
    while git(&ws, &["log", "-1", "--format=%s"]).trim() == "start" {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{}",
            tmux.screen()
        );
        sleep(Duration::from_millis(200));
    }
    // Without a remote the terminal is never handed to git: a key typed
    // while the sync runs is the interface's.
    tmux.keys(&["q"]);
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");

    assert_eq!(
        git(&ws, &["log", "-1", "--format=%s"]).trim(),
        "Compte rendu du groupe Réseau Digi'Thau du 15/01/2025"
    );
    assert_eq!(git(&ws, &["status", "--porcelain"]), "", "all shared");
    let group = fs::read_to_string(ws.join("groups/reseau-digi-thau.ron")).unwrap();
    assert!(group.contains("minutes: \"sent\""), "{group}");
    assert!(group.contains("status_after: \"operating\""), "{group}");
    // Named by the meeting and its content.
    let dir = ws.join("minutes/reseau-digi-thau");
    let files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let name = files[0].file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        name.starts_with("2025-01-15-") && name.ends_with(".md"),
        "{name}"
    );
    let minutes = fs::read_to_string(&files[0]).unwrap();
    for needle in [
        "Réseau Digi'Thau",
        "Ouvrir une permanence à Mèze.",
        "Chiffrer la permanence",
        "Département de l'Hérault",
        "31/03/2025",
        "en fonctionnement",
    ] {
        assert!(minutes.contains(needle), "{needle} not in:\n{minutes}");
    }
}
