//! Before sharing: the workspace files a sync would commit or finish a
//! merge with must load and pass `pacte check`'s errors, so that no clone
//! receives a file it would show read-only.

use crate::diag::Diagnostic;
use crate::store::Workspace;
use crate::store::layout::REFERENTIAL_FILE;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

fn today() -> NaiveDate {
    std::env::var("PACTE_TODAY")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| chrono::Local::now().date_naive())
}

/// The errors `pacte check` finds in `files` (relative to the workspace).
/// When the referential is among them, every error counts: a change there
/// can break the references of any group.
pub fn errors_in(root: &Path, files: &[PathBuf]) -> Vec<Diagnostic> {
    if files.is_empty() {
        return Vec::new();
    }
    let Ok(ws) = Workspace::open(root) else {
        return Vec::new();
    };
    let all = files.iter().any(|f| f == Path::new(REFERENTIAL_FILE));
    let mut errors: Vec<Diagnostic> = ws
        .check(today())
        .into_iter()
        .filter(|d| d.is_error() && (all || files.contains(&d.file)))
        .collect();
    errors.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    errors
}

/// The errors in the workspace files a commit would share (those with
/// uncommitted changes).
pub fn errors_to_commit(root: &Path) -> Result<Vec<Diagnostic>, super::SyncError> {
    Ok(errors_in(root, &super::git_ops::dirty_files(root)?))
}
