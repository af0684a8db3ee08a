//! Sharing through git: the merge driver's set-up, what changed (a semantic
//! diff), commit messages, and the steps of a sync.
//!
//! A sync is: commit the workspace's changes with a generated message (or
//! the user's), `git pull --rebase` (the merge driver merges group files by
//! id and field), then `git push`. Each step is also available on its own
//! for the interface's sync panel; after a conflict, the files are resolved
//! with [`crate::merge::parse_conflicted`], written with
//! [`save_resolution`], and the rebase finished with [`continue_operation`].

pub mod diff;
mod git_ops;
pub mod message;
pub mod setup;

pub use diff::{Change, FileChange, GroupChange, Item, Lifecycle};
pub use git_ops::{
    Committed, ContinueOutcome, Mode, Operation, PullOutcome, PushOutcome, SyncError,
    abort_operation, changes_between, commit, conflicted_files, continue_operation, is_dirty,
    local_changes, operation_in_progress, pull, push, upstream,
};
pub use message::{commit_message, incoming_summary};
pub use setup::{DriverStatus, SetupReport, driver_status, git_setup};

use crate::domain::Referential;
use crate::store::format::from_text;
use crate::store::layout::REFERENTIAL_FILE;
use crate::store::save::{SaveError, hash, save_checked};
use std::path::Path;

/// Message used when the changes cannot be described (files that do not load).
pub const FALLBACK_MESSAGE: &str = "pacte : mise à jour";

/// What a sync did, step by step.
#[derive(Clone, Debug, PartialEq)]
pub struct SyncReport {
    /// An interrupted rebase or merge that was finished first.
    pub resumed: Option<Operation>,
    /// Local changes found.
    pub local: Vec<FileChange>,
    /// The commit made, if there was anything to commit.
    pub commit: Option<Committed>,
    /// The pull.
    pub pull: PullOutcome,
    /// The push; `None` when the sync stopped before it (conflicts).
    pub push: Option<PushOutcome>,
}

impl SyncReport {
    /// True when the sync stopped on conflicts to resolve.
    pub fn stopped_on_conflict(&self) -> bool {
        matches!(self.pull, PullOutcome::Conflict { .. })
    }
}

/// The referential of the workspace at `root`, when it loads (for names).
pub fn referential(root: &Path) -> Option<Referential> {
    let text = std::fs::read_to_string(root.join(REFERENTIAL_FILE)).ok()?;
    from_text(&text).ok()
}

/// The message a commit of `changes` gets when the user gives none.
pub fn default_message(root: &Path, changes: &[FileChange]) -> String {
    commit_message(changes, referential(root).as_ref()).unwrap_or_else(|| FALLBACK_MESSAGE.into())
}

/// Commits, pulls with rebase, pushes. Finishes first an operation left by
/// an earlier sync whose conflicts have been resolved; stops (without error)
/// when the pull conflicts, with [`PullOutcome::Conflict`].
pub fn sync(root: &Path, message: Option<&str>, mode: Mode) -> Result<SyncReport, SyncError> {
    let mut resumed = None;
    if operation_in_progress(root).is_some() {
        match continue_operation(root, mode)? {
            ContinueOutcome::Done(op) => resumed = Some(op),
            ContinueOutcome::Conflict { operation, files } => {
                return Ok(SyncReport {
                    resumed: Some(operation),
                    local: Vec::new(),
                    commit: None,
                    pull: PullOutcome::Conflict {
                        operation,
                        files,
                        incoming: Vec::new(),
                    },
                    push: None,
                });
            }
        }
    }
    let local = local_changes(root)?;
    let commit = if is_dirty(root)? {
        let msg = match message {
            Some(m) if !m.trim().is_empty() => m.to_string(),
            _ => default_message(root, &local),
        };
        Some(commit(root, &msg)?)
    } else {
        None
    };
    let pull = pull(root, mode)?;
    let push = if matches!(pull, PullOutcome::Conflict { .. }) {
        None
    } else {
        Some(push(root, mode)?)
    };
    Ok(SyncReport {
        resumed,
        local,
        commit,
        pull,
        push,
    })
}

/// Writes the resolution of a conflicted file (`resolved`, from
/// [`crate::merge::ConflictedFile::resolve`]) over `conflicted`, the text it
/// was resolved from; refuses when the file changed on disk meanwhile.
/// The file still has to be marked resolved: [`continue_operation`] does it.
pub fn save_resolution(
    root: &Path,
    rel: &Path,
    conflicted: &str,
    resolved: &str,
) -> Result<(), SaveError> {
    save_checked(
        &root.join(rel),
        resolved.as_bytes(),
        Some(&hash(conflicted.as_bytes())),
    )
    .map(|_| ())
}
