//! A merge, rebase or cherry-pick stopped on conflicts: what is under way,
//! finishing it once the files are resolved, or abandoning it.

use super::git_ops::{
    Mode, Operation, SyncError, driver_override, git, identity_args, query, raw, staged_changes,
};
use super::unmerged::{State, repair, unmerged};
use super::{guard, preflight};
use std::fs;
use std::path::{Path, PathBuf};

/// The merge, rebase or cherry-pick under way, if any.
pub fn operation_in_progress(root: &Path) -> Option<Operation> {
    for (dir, op) in [
        ("rebase-merge", Operation::Rebase),
        ("rebase-apply", Operation::Rebase),
    ] {
        if let Some(p) = git_path(root, dir)
            && p.exists()
        {
            return Some(op);
        }
    }
    [
        ("MERGE_HEAD", Operation::Merge),
        ("CHERRY_PICK_HEAD", Operation::CherryPick),
        ("REVERT_HEAD", Operation::Revert),
    ]
    .into_iter()
    .find(|(r, _)| query(root, &["rev-parse", "-q", "--verify", r]).is_some())
    .map(|(_, op)| op)
}

fn git_path(root: &Path, name: &str) -> Option<PathBuf> {
    let p = PathBuf::from(query(root, &["rev-parse", "--git-path", name])?);
    Some(if p.is_absolute() { p } else { root.join(p) })
}

/// Workspace files git holds as unmerged, relative to the workspace.
pub fn conflicted_files(root: &Path) -> Result<Vec<PathBuf>, SyncError> {
    Ok(unmerged(root)?.into_iter().filter_map(|u| u.rel).collect())
}

/// How finishing an interrupted operation went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContinueOutcome {
    /// Finished.
    Done(Operation),
    /// The next commit of a rebase conflicts too.
    Conflict {
        /// The operation.
        operation: Operation,
        /// Conflicted files, relative to the workspace.
        files: Vec<PathBuf>,
    },
}

/// The user's side and the others' side of the operation, as revisions:
/// for a rebase, the branch being replayed and what it is replayed onto.
fn sides(root: &Path, op: Operation) -> Option<(String, String)> {
    let read = |name: &str| {
        git_path(root, name)
            .and_then(|p| fs::read_to_string(p).ok())
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
    };
    match op {
        Operation::Rebase => {
            let dir = ["rebase-merge", "rebase-apply"]
                .into_iter()
                .find(|d| git_path(root, d).is_some_and(|p| p.exists()))?;
            Some((
                read(&format!("{dir}/orig-head"))?,
                read(&format!("{dir}/onto"))?,
            ))
        }
        Operation::Merge => Some((
            query(root, &["rev-parse", "HEAD"])?,
            query(root, &["rev-parse", "MERGE_HEAD"])?,
        )),
        Operation::CherryPick | Operation::Revert => None,
    }
}

/// The commit being replayed by a rebase or cherry-pick.
fn replayed(root: &Path, op: Operation) -> Option<&'static str> {
    let head = match op {
        Operation::Rebase => "REBASE_HEAD",
        Operation::CherryPick => "CHERRY_PICK_HEAD",
        _ => return None,
    };
    query(root, &["rev-parse", "-q", "--verify", head]).map(|_| head)
}

/// True when `message` is the one pacte generates for commit `rev`.
fn is_generated(root: &Path, rev: &str, message: &str) -> bool {
    let Ok(changes) = super::changes_between(root, &format!("{rev}^"), rev) else {
        return false;
    };
    let generated = super::default_message(root, &changes);
    generated.lines().next() == message.lines().next()
}

/// Merges again the files pacte's driver could not merge, checks that
/// every conflicted file is resolved and loads (unless `force`), marks
/// them resolved and finishes the merge, rebase or cherry-pick. A commit
/// whose message pacte wrote gets a message describing it as resolved.
/// After the last commit, checks that none of the user's edits is
/// missing (see [`guard`]).
pub fn continue_operation(
    root: &Path,
    mode: Mode,
    force: bool,
) -> Result<ContinueOutcome, SyncError> {
    let operation = operation_in_progress(root).ok_or(SyncError::NothingInProgress)?;
    repair(root)?;
    let files = unmerged(root)?;
    let pick = |f: &dyn Fn(&super::unmerged::Unmerged) -> bool| -> Vec<PathBuf> {
        files
            .iter()
            .filter(|u| f(u))
            .map(|u| u.rel.clone().unwrap_or_else(|| u.path.clone()))
            .collect()
    };
    let outside = pick(&|u| !u.is_workspace_file() && u.state != State::Resolved);
    if !outside.is_empty() {
        return Err(SyncError::OutsideConflicts {
            operation: Some(operation),
            files: outside,
        });
    }
    let marked = pick(&|u| u.is_workspace_file() && u.state == State::Markers);
    if !marked.is_empty() {
        return Err(SyncError::Unresolved {
            operation: Some(operation),
            files: marked,
        });
    }
    let deleted = pick(&|u| u.is_workspace_file() && u.state == State::DeletedOnOneSide);
    if !deleted.is_empty() {
        return Err(SyncError::DeletedOnOneSide {
            operation: Some(operation),
            files: deleted,
        });
    }
    if !force {
        let ws: Vec<PathBuf> = files.iter().filter_map(|u| u.rel.clone()).collect();
        let errors = preflight::errors_in(root, &ws);
        if !errors.is_empty() {
            return Err(SyncError::Refused(errors));
        }
    }
    let sides = sides(root, operation);
    let top = super::git_ops::repo(root)?.top;
    for u in &files {
        let p = u.path.to_string_lossy();
        git(&top, Mode::Background, &["add", "--", &p])?;
    }
    if let Some(head) = replayed(root, operation) {
        let message = query(root, &["log", "-1", "--format=%B", head]).unwrap_or_default();
        let staged = staged_changes(root)?;
        if !staged.is_empty() && is_generated(root, head, &message) {
            let resolved = super::default_message(root, &staged);
            let mut args = identity_args(root);
            args.extend(["commit", "--quiet", "--no-verify", "-m", &resolved]);
            git(root, Mode::Background, &args)?;
        }
    }
    let mut args = driver_override();
    args.extend(identity_args(root).into_iter().map(String::from));
    match operation {
        Operation::Merge => args.extend(["commit", "--no-edit", "--quiet"].map(String::from)),
        op => args.extend([op.command().to_string(), "--continue".to_string()]),
    }
    let out = raw(root, mode, &args)?;
    if out.status.success() && operation_in_progress(root).is_none() {
        if let Some((mine, theirs)) = sides
            && let Some(base) = query(root, &["merge-base", &mine, &theirs])
        {
            guard::check_revs(root, &base, &mine, &theirs, "HEAD")?;
        }
        return Ok(ContinueOutcome::Done(operation));
    }
    let files = conflicted_files(root)?;
    if let Some(operation) = operation_in_progress(root)
        && !files.is_empty()
    {
        repair(root)?;
        return Ok(ContinueOutcome::Conflict { operation, files });
    }
    Err(SyncError::Git {
        args: args.join(" "),
        stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
    })
}

/// Abandons the operation under way (`git rebase --abort`…): the clone is
/// back where it was before the pull.
pub fn abort_operation(root: &Path) -> Result<Operation, SyncError> {
    let operation = operation_in_progress(root).ok_or(SyncError::NothingInProgress)?;
    git(root, Mode::Background, &[operation.command(), "--abort"])?;
    Ok(operation)
}
