//! Sharing through git: the merge driver's set-up, what changed (a semantic
//! diff), commit messages, and the steps of a sync.
//!
//! A sync is: commit the workspace's changes with a generated message (or
//! the user's), `git pull --rebase` (the merge driver merges group files by
//! id and field), then `git push`. Each step is also available on its own
//! for the interface's sync panel; after a conflict, the files are resolved
//! with [`crate::merge::parse_conflicted`], written with
//! [`save_resolution`], and the rebase finished with [`continue_operation`].
//!
//! What keeps work from being lost or broken files from being shared:
//! - git runs this very executable as the merge driver during a sync
//!   (whatever path the clone's configuration holds), and the clone's
//!   configuration is repaired when it points to a missing executable;
//! - a file git holds as unmerged because the driver could not run is
//!   merged again from git's index ([`unmerged`]), never taken as resolved;
//! - files with errors are not committed nor used to finish a merge
//!   ([`preflight`]), unless forced;
//! - after a pull or a resolved merge, every edit of the user must be in
//!   the result, else the branch is put back as it was ([`guard`]).

pub mod diff;
mod git_ops;
pub mod guard;
pub mod message;
mod operation;
pub mod preflight;
pub mod records;
mod remote;
pub mod setup;
pub mod unmerged;
pub mod words;

pub use diff::{Change, FileChange, GroupChange, Item, Lifecycle};
pub use git_ops::{
    Committed, Mode, Operation, SyncError, changes_between, commit, dirty_files, driver_exe,
    is_dirty, local_changes, set_driver_exe, staged_changes,
};
pub use message::{commit_message, incoming_summary};
pub use operation::{
    ContinueOutcome, abort_operation, conflicted_files, continue_operation, operation_in_progress,
};
pub use remote::{
    PullOutcome, Pulled, PushOutcome, conflicts, ensure_upstream, pull, push, remote_name, upstream,
};
pub use setup::{DriverStatus, SetupReport, driver_status, git_setup};

use crate::domain::Referential;
use crate::store::format::from_text;
use crate::store::layout::REFERENTIAL_FILE;
use crate::store::save::{SaveError, hash, save_checked};
use std::path::Path;

/// Message used when the changes cannot be described (files that do not load).
pub const FALLBACK_MESSAGE: &str = "pacte : mise à jour";

/// What a sync did, step by step, up to the step that failed if one did.
#[derive(Debug, Default)]
pub struct SyncReport {
    /// The merge driver's configuration, when it had to be repaired.
    pub driver_repaired: Option<SetupReport>,
    /// An interrupted rebase or merge that was finished first.
    pub resumed: Option<Operation>,
    /// Local changes found.
    pub local: Vec<crate::sync::FileChange>,
    /// The commit made, if there was anything to commit (its id is the
    /// final one, after the rebase).
    pub commit: Option<Committed>,
    /// The pull, when it ran.
    pub pull: Option<Pulled>,
    /// The push, when it ran.
    pub push: Option<PushOutcome>,
    /// Pushes refused because someone pushed meanwhile, each followed by a
    /// pull and a new push.
    pub push_retries: usize,
    /// Files of the repository with changes that pacte does not share
    /// (not workspace files), relative to the repository.
    pub unshared: Vec<std::path::PathBuf>,
    /// Errors in the files just received (someone shared a broken file):
    /// those files stay read-only until fixed.
    pub received_errors: Vec<crate::diag::Diagnostic>,
    /// The step that failed, if one did (the steps before it are above).
    pub failure: Option<SyncError>,
}

impl SyncReport {
    /// True when the sync stopped on conflicts to resolve.
    pub fn stopped_on_conflict(&self) -> bool {
        matches!(
            self.pull.as_ref().map(|p| &p.outcome),
            Some(PullOutcome::Conflict { .. })
        ) || matches!(
            self.failure,
            Some(
                SyncError::Unresolved { .. }
                    | SyncError::OutsideConflicts { .. }
                    | SyncError::DeletedOnOneSide { .. }
                    | SyncError::StashConflict { .. }
            )
        )
    }

    /// True when every step went through.
    pub fn succeeded(&self) -> bool {
        self.failure.is_none() && !self.stopped_on_conflict()
    }
}

/// The referential of the workspace at `root`, when it loads (for names).
pub fn referential(root: &Path) -> Option<Referential> {
    let text = crate::store::safe::read_text(
        &root.join(REFERENTIAL_FILE),
        crate::store::layout::MAX_FILE_SIZE,
    )?;
    from_text(&text).ok()
}

/// The message a commit of `changes` gets when the user gives none.
pub fn default_message(root: &Path, changes: &[FileChange]) -> String {
    commit_message(changes, referential(root).as_ref()).unwrap_or_else(|| FALLBACK_MESSAGE.into())
}

/// How a sync runs.
#[derive(Clone, Copy, Debug)]
pub struct SyncOptions<'a> {
    /// The commit message; generated when `None` or blank.
    pub message: Option<&'a str>,
    /// Whether git may prompt.
    pub mode: Mode,
    /// Share files that have errors anyway.
    pub force: bool,
}

/// Commits, pulls with rebase, pushes. Repairs the merge driver's
/// configuration first when it points to a missing executable; finishes
/// an operation left by an earlier sync whose conflicts have been
/// resolved; stops when the pull conflicts. The report holds every step
/// done, and the failure if a step failed.
pub fn sync(root: &Path, options: SyncOptions<'_>) -> SyncReport {
    let mut report = SyncReport {
        driver_repaired: driver_exe().and_then(|exe| setup::repair(root, exe)),
        ..SyncReport::default()
    };
    if let Err(e) = steps(root, options, &mut report) {
        report.failure = Some(e);
    }
    report
}

fn steps(root: &Path, o: SyncOptions<'_>, report: &mut SyncReport) -> Result<(), SyncError> {
    if operation_in_progress(root).is_some() {
        match continue_operation(root, o.mode, o.force)? {
            ContinueOutcome::Done(op) => report.resumed = Some(op),
            ContinueOutcome::Conflict { operation, files } => {
                let (_, others) = conflicts(root)?;
                report.resumed = Some(operation);
                report.pull = Some(Pulled {
                    outcome: PullOutcome::Conflict {
                        operation,
                        files,
                        others,
                        incoming: Vec::new(),
                    },
                    upstream_set: None,
                    driver_said: Vec::new(),
                });
                return Ok(());
            }
        }
    } else {
        let left: Vec<_> = unmerged::unmerged(root)?
            .into_iter()
            .filter(|u| u.state != unmerged::State::Resolved)
            .map(|u| u.path)
            .collect();
        if !left.is_empty() {
            return Err(SyncError::StashConflict { files: left });
        }
    }
    git_ops::detached_check(root)?;
    report.local = local_changes(root)?;
    if is_dirty(root)? {
        if !o.force {
            let errors = preflight::errors_to_commit(root)?;
            if !errors.is_empty() {
                return Err(SyncError::Refused(errors));
            }
        }
        let msg = match o.message {
            Some(m) if !m.trim().is_empty() => m.to_string(),
            _ => default_message(root, &report.local),
        };
        report.commit = Some(commit(root, &msg)?);
    }
    report.unshared = git_ops::unshared_changes(root).unwrap_or_default();
    let pulled = pull(root, o.mode)?;
    let conflict = matches!(pulled.outcome, PullOutcome::Conflict { .. });
    if let PullOutcome::Updated { incoming } = &pulled.outcome {
        let files: Vec<_> = incoming.iter().map(|c| c.path.clone()).collect();
        report.received_errors = preflight::errors_in(root, &files);
    }
    report.pull = Some(pulled);
    if conflict {
        return Ok(());
    }
    loop {
        if let Some(c) = &mut report.commit
            && let Some(id) = git_ops::query(root, &["rev-parse", "--short", "HEAD"])
        {
            c.id = id;
        }
        match push(root, o.mode) {
            Ok(p) => {
                report.push = Some(p);
                return Ok(());
            }
            // Someone pushed between our pull and our push: pull again.
            Err(e) if e.is_rejected_push() && report.push_retries < PUSH_RETRIES => {
                report.push_retries += 1;
                let again = pull(root, o.mode)?;
                if matches!(again.outcome, PullOutcome::Conflict { .. }) {
                    report.pull = Some(again);
                    return Ok(());
                }
            }
            Err(e) => return Err(e),
        }
    }
}

/// Pulls and pushes again at most this many times when a push is refused
/// because the remote moved meanwhile.
const PUSH_RETRIES: usize = 3;

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
    )?;
    if let Ok(repo) = git_ops::repo(root) {
        let path = Path::new(&repo.prefix).join(rel);
        records::note_resolution(root, &path, resolved.as_bytes());
    }
    Ok(())
}
