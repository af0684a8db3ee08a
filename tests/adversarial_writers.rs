//! Two writers at once: saves of one workspace file are serialised across
//! processes (a lock on the workspace folder, the file's hash checked under
//! it), `pacte set` re-applies its edit when another writer got there
//! first, and the interface merges its edit with the disk's version. Every
//! edit is either kept or refused loudly; none is lost.
//!
//! `PACTE_ADVERSARIAL_ROUNDS` sets the rounds (default 200).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use chrono::NaiveDate;
use pacte::domain::{Group, Id};
use pacte::store::Workspace;
use pacte::store::format::from_text;
use pacte::tui::Lang;
use pacte::tui::app::App;
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::runtime::perform;
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};

const THAU: &str = "groups/mobilite-thau.ron";

fn rounds() -> usize {
    std::env::var("PACTE_ADVERSARIAL_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200)
}

fn set(dir: &Path, action: &str, progress: usize) -> Child {
    // `PACTE_TEST_BIN`: an older build, to show the test fails on it.
    let bin = std::env::var_os("PACTE_TEST_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_pacte").into());
    Command::new(bin)
        .current_dir(dir)
        .env("PACTE_TODAY", "2025-01-15")
        .env_remove("PACTE_WORKSPACE")
        .args([
            "set",
            &format!("mobilite-thau/{action}"),
            &format!("progress={progress}"),
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn progress(dir: &Path, action: &str) -> u8 {
    let g: Group = from_text(&fs::read_to_string(dir.join(THAU)).unwrap()).unwrap();
    g.action(&Id::new(action).unwrap()).unwrap().progress
}

/// Waits for a writer: `Some(true)` kept (exit 0), `Some(false)` refused
/// with a message; panics on a silent failure.
fn outcome(child: Child) -> bool {
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        return true;
    }
    assert!(!out.stderr.is_empty(), "a writer failed without saying why");
    false
}

#[test]
fn two_set_processes_on_one_group_lose_no_edit() {
    let dir = common::fixture_workspace();
    let (mut kept, mut refused) = (0, 0);
    for r in 0..rounds() {
        let (pa, pb) = (r % 101, (r * 7 + 3) % 101);
        let a = set(dir.path(), "plateforme-mobilite", pa);
        let b = set(dir.path(), "garage-solidaire", pb);
        let (ka, kb) = (outcome(a), outcome(b));
        for (k, action, p) in [
            (ka, "plateforme-mobilite", pa),
            (kb, "garage-solidaire", pb),
        ] {
            if k {
                kept += 1;
                assert_eq!(
                    usize::from(progress(dir.path(), action)),
                    p,
                    "round {r}: {action}'s edit, reported saved, is lost"
                );
            } else {
                refused += 1;
            }
        }
    }
    eprintln!("two writers: {kept} edits kept, {refused} refused loudly, 0 lost");
    assert_eq!(kept + refused, 2 * rounds());
}

#[test]
fn the_interface_and_a_set_process_on_one_group_lose_no_edit() {
    let dir = common::fixture_workspace();
    let ws = Workspace::open(dir.path()).unwrap();
    let today: NaiveDate = "2025-01-15".parse().unwrap();
    let mut app = App::new(ws, Lang::Fr, today, Keymap::defaults());
    let gid = Id::new("mobilite-thau").unwrap();
    let aid = Id::new("plateforme-mobilite").unwrap();
    let (mut kept, mut refused) = (0, 0);
    for r in 0..rounds() {
        let (pa, pb) = ((r % 100) as u8, (r * 3 + 1) % 101);
        let b = set(dir.path(), "garage-solidaire", pb);
        // The interface's edit and save, as its runtime performs it.
        app.ws
            .group_mut(&gid)
            .unwrap()
            .action_mut(&aid)
            .unwrap()
            .progress = pa;
        let saved = match perform(&mut app, Effect::SaveGroup(gid.clone())) {
            Some(Msg::Saved(_, Ok(()))) | Some(Msg::SavedMerged(_)) => true,
            Some(Msg::Saved(_, Err(e))) => {
                assert!(!e.is_empty(), "a refusal says why");
                false
            }
            other => panic!("unexpected {other:?}"),
        };
        let kb = outcome(b);
        if kb {
            kept += 1;
            assert_eq!(
                usize::from(progress(dir.path(), "garage-solidaire")),
                pb,
                "round {r}: the set's edit, reported saved, is lost"
            );
        } else {
            refused += 1;
        }
        if saved {
            kept += 1;
            assert_eq!(
                progress(dir.path(), "plateforme-mobilite"),
                pa,
                "round {r}: the interface's edit, reported saved, is lost"
            );
        } else {
            refused += 1;
            // Refused: the edit stays in memory, saved by a retry.
            app.ws.reload_file(Path::new(THAU));
        }
    }
    eprintln!("interface and set: {kept} edits kept, {refused} refused loudly, 0 lost");
    assert_eq!(kept + refused, 2 * rounds());
}
