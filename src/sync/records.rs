//! What pacte notes in the clone's git folder (`.git/pacte/`, never shared)
//! about the merges it did: the driver's runs and the resolutions it wrote.
//!
//! These notes let a later step tell apart a file git holds as unmerged
//! because pacte's merge driver could not run (the file then holds the
//! other side's version only, without markers) from a file a person or
//! pacte resolved.

use crate::store::save::hash;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Notes of the driver's runs: one line per merge, `BASE OURS THEIRS PATH`
/// (hashes of the three versions).
const DRIVER_RUNS: &str = "pacte/driver-runs";
/// Notes of resolutions written by pacte: one line per file, `HASH PATH`.
const RESOLUTIONS: &str = "pacte/resolutions";
/// Lines kept in a notes file (the oldest are dropped).
const KEEP: usize = 2000;

/// Hex of the SHA-256 of `bytes`.
pub fn hex_hash(bytes: &[u8]) -> String {
    hash(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The path of `name` in the git folder of the clone holding `dir`.
fn git_path(dir: &Path, name: &str) -> Option<PathBuf> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["rev-parse", "--git-path", name])
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim_end());
    Some(if p.is_absolute() { p } else { dir.join(p) })
}

fn append(dir: &Path, name: &str, line: &str) {
    let Some(path) = git_path(dir, name) else {
        return;
    };
    if let Some(parent) = path.parent() {
        let _ = fs::create_dir_all(parent);
    }
    let mut lines: Vec<String> = fs::read_to_string(&path)
        .map(|t| t.lines().map(str::to_string).collect())
        .unwrap_or_default();
    if lines.len() >= KEEP {
        lines.drain(..lines.len() + 1 - KEEP);
        let mut text = lines.join("\n");
        text.push('\n');
        text.push_str(line);
        text.push('\n');
        let _ = crate::store::save::write_atomic(&path, text.as_bytes());
        return;
    }
    if let Ok(mut f) = fs::OpenOptions::new().create(true).append(true).open(&path) {
        let _ = writeln!(f, "{line}");
    }
}

fn contains(dir: &Path, name: &str, line: &str) -> bool {
    git_path(dir, name)
        .and_then(|p| fs::read_to_string(p).ok())
        .is_some_and(|t| t.lines().any(|l| l == line))
}

fn one_line(path: &Path) -> String {
    path.to_string_lossy().replace(['\n', '\r'], " ")
}

fn run_line(path: &Path, versions: [&[u8]; 3]) -> String {
    format!(
        "{} {} {} {}",
        hex_hash(versions[0]),
        hex_hash(versions[1]),
        hex_hash(versions[2]),
        one_line(path)
    )
}

/// Notes that the driver merged `path` (relative to the repository) from
/// these base, ours and theirs versions. Run from the driver, whose
/// working folder is the top of the clone.
pub fn note_driver_run(dir: &Path, path: &Path, versions: [&[u8]; 3]) {
    append(dir, DRIVER_RUNS, &run_line(path, versions));
}

/// True when the driver noted a merge of `path` from these versions.
pub fn driver_ran(dir: &Path, path: &Path, versions: [&[u8]; 3]) -> bool {
    contains(dir, DRIVER_RUNS, &run_line(path, versions))
}

/// Notes that pacte wrote `content` as the resolution of `path` (relative
/// to the repository).
pub fn note_resolution(dir: &Path, path: &Path, content: &[u8]) {
    append(
        dir,
        RESOLUTIONS,
        &format!("{} {}", hex_hash(content), one_line(path)),
    );
}

/// True when pacte wrote `content` as the resolution of `path`.
pub fn is_noted_resolution(dir: &Path, path: &Path, content: &[u8]) -> bool {
    contains(
        dir,
        RESOLUTIONS,
        &format!("{} {}", hex_hash(content), one_line(path)),
    )
}
