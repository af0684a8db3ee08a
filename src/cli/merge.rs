//! `pacte merge-driver BASE OURS THEIRS PATH`: the merge driver git calls.

use crate::merge::{DriverOutcome, run_driver};
use std::path::Path;

/// Runs the driver; returns the exit status for git and what to print on
/// stderr (git shows it to the user).
pub fn run(base: &Path, ours: &Path, theirs: &Path, path: &Path) -> (u8, Option<String>) {
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
