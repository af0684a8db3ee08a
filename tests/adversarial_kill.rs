//! Saves killed at random moments (SIGKILL, the power cut of a process):
//! every file is the old one or the new one, never half, and no stray file
//! shows in `git status`.
//!
//! `PACTE_ADVERSARIAL_ROUNDS` sets the kills (default 200).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic
#![cfg(unix)]

mod common;

use pacte::domain::{Group, Id};
use pacte::store::format::from_text;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const THAU: &str = "groups/mobilite-thau.ron";

fn rounds() -> usize {
    std::env::var("PACTE_ADVERSARIAL_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200)
}

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A small deterministic random sequence (no dependency, same run each time).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn saves_killed_at_random_leave_old_or_new_files_and_nothing_stray() {
    let dir = common::fixture_workspace();
    let root = dir.path();
    fs::write(root.join(".gitignore"), "*.pacte-tmp\n").unwrap();
    git(root, &["init", "--quiet"]);
    git(root, &["add", "-A"]);
    git(root, &["commit", "--quiet", "-m", "initial"]);
    let mut rng = Lcg(0x5eed);
    let mut progress_now: u8 = {
        let g: Group = from_text(&fs::read_to_string(root.join(THAU)).unwrap()).unwrap();
        g.action(&Id::new("plateforme-mobilite").unwrap())
            .unwrap()
            .progress
    };
    let (mut killed, mut finished) = (0, 0);
    for r in 0..rounds() {
        let new = ((r * 13 + 1) % 101) as u8;
        let mut child = Command::new(env!("CARGO_BIN_EXE_pacte"))
            .current_dir(root)
            .env("PACTE_TODAY", "2025-01-15")
            .args([
                "set",
                "mobilite-thau/plateforme-mobilite",
                &format!("progress={new}"),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next() % 12_000));
        // SAFETY: kill(2) on our own child's pid.
        unsafe {
            libc::kill(child.id() as i32, libc::SIGKILL);
        }
        let status = child.wait().unwrap();
        if status.success() {
            finished += 1;
        } else {
            killed += 1;
        }
        let text = fs::read_to_string(root.join(THAU)).unwrap();
        let g: Group =
            from_text(&text).unwrap_or_else(|e| panic!("round {r}: a torn file: {e}\n{text}"));
        let p = g
            .action(&Id::new("plateforme-mobilite").unwrap())
            .unwrap()
            .progress;
        assert!(
            p == progress_now || p == new,
            "round {r}: progress {p}, neither the old {progress_now} nor the new {new}"
        );
        progress_now = p;
        // Nothing but the group file itself may show as changed.
        let status = git(root, &["status", "--porcelain", "--untracked-files=all"]);
        for line in status.lines() {
            assert_eq!(
                line,
                format!(" M {THAU}"),
                "round {r}: stray file: {status}"
            );
        }
    }
    eprintln!("{killed} saves killed, {finished} finished before the kill: every file old or new");
}
