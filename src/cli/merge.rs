//! `pacte merge-driver BASE OURS THEIRS PATH`: the merge driver git calls.

use crate::merge::{DriverOutcome, run_driver};
use std::path::Path;

/// Runs the driver; returns the exit status for git and what to print on
/// stderr (git shows it to the user).
pub fn run(base: &Path, ours: &Path, theirs: &Path, path: &Path) -> (u8, Option<String>) {
    // Noted so that a later sync can tell a file this driver merged from
    // one it never saw (the driver could not run).
    let versions = [base, ours, theirs].map(|p| std::fs::read(p).unwrap_or_default());
    if let Ok(cwd) = std::env::current_dir() {
        crate::sync::records::note_driver_run(
            &cwd,
            path,
            [&versions[0], &versions[1], &versions[2]],
        );
    }
    match run_driver(base, ours, theirs, path) {
        Ok(outcome) => {
            let note = match &outcome {
                DriverOutcome::Clean => None,
                DriverOutcome::Conflicts(labels) => Some(format!(
                    "{}: {} unresolved conflict{} ({}); resolve in pacte",
                    path.display(),
                    labels.len(),
                    if labels.len() > 1 { "s" } else { "" },
                    labels.join(", ")
                )),
                DriverOutcome::TextMerge { status, reason } => Some(format!(
                    "{}: merged line by line ({reason}){}",
                    path.display(),
                    if *status == 0 { "" } else { ", with conflicts" }
                )),
            };
            (outcome.exit_code(), note)
        }
        Err(e) => (2, Some(format!("{}: {e}", path.display()))),
    }
}
