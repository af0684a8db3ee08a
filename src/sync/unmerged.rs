//! Files git holds as unmerged, and what state they are really in.
//!
//! git marks a file unmerged (`UU`) whenever its merge driver exits with a
//! non-zero status, including when the driver could not run at all (pacte
//! moved or reinstalled): the file then holds git's "ours" version alone,
//! without a marker, and looks resolved while it dropped the other side.
//! [`unmerged`] tells these apart, and [`repair`] runs pacte's merge on them
//! from the three versions git keeps in its index.

use super::git_ops::{Repo, SyncError, local_query_bytes, query_bytes, repo};
use super::records;
use crate::merge::{DriverOutcome, FileKind, run_driver};
use crate::store::read::conflict_markers;
use crate::store::save::{hash, save_checked};
use std::fs;
use std::path::{Path, PathBuf};

/// What an unmerged file holds now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Conflict markers: to resolve.
    Markers,
    /// One side's version only, as git leaves a file when the merge driver
    /// could not run: to merge again.
    NotMerged,
    /// Deleted on one side, changed on the other.
    DeletedOnOneSide,
    /// Deleted on both sides (e.g. both moved it): resolved by removing it.
    DeletedOnBothSides,
    /// No marker and not a driver failure: resolved (by hand or by pacte).
    Resolved,
}

/// A file git holds as unmerged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unmerged {
    /// Path relative to the top of the repository.
    pub path: PathBuf,
    /// Path relative to the workspace, for a workspace file (a `.ron` file
    /// inside the workspace folder); `None` for any other file.
    pub rel: Option<PathBuf>,
    /// Its state.
    pub state: State,
    /// Blob ids of the base, ours and theirs versions in git's index.
    stages: [Option<String>; 3],
}

impl Unmerged {
    /// True for a workspace file (one pacte reads).
    pub fn is_workspace_file(&self) -> bool {
        self.rel.is_some()
    }
}

fn blob(root: &Path, id: &Option<String>) -> Result<Vec<u8>, SyncError> {
    match id {
        Some(id) => query_bytes(root, &["cat-file", "blob", id]),
        None => Ok(Vec::new()),
    }
}

/// The files git holds as unmerged, each with its state.
pub fn unmerged(root: &Path) -> Result<Vec<Unmerged>, SyncError> {
    unmerged_in(root, &repo(root)?)
}

/// [`unmerged`] in the repository `repo` that holds `root`.
fn unmerged_in(root: &Path, repo: &Repo) -> Result<Vec<Unmerged>, SyncError> {
    let out = local_query_bytes(&repo.top, &["ls-files", "-u", "-z", "--full-name"])?;
    let mut files: Vec<(String, [Option<String>; 3])> = Vec::new();
    for entry in out.split(|b| *b == 0).filter(|e| !e.is_empty()) {
        let entry = String::from_utf8_lossy(entry);
        let Some((meta, path)) = entry.split_once('\t') else {
            continue;
        };
        let mut parts = meta.split_whitespace();
        let (_, Some(id), Some(stage)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let Ok(stage) = stage.parse::<usize>() else {
            continue;
        };
        let i = match files.iter().position(|(p, _)| p == path) {
            Some(i) => i,
            None => {
                files.push((path.to_string(), [None, None, None]));
                files.len() - 1
            }
        };
        if (1..=3).contains(&stage) {
            files[i].1[stage - 1] = Some(id.to_string());
        }
    }
    let mut result = Vec::new();
    for (path, stages) in files {
        let rel = path
            .strip_prefix(&repo.prefix)
            .filter(|r| r.ends_with(".ron"))
            .map(PathBuf::from);
        let path = PathBuf::from(&path);
        let content = crate::store::safe::read_regular(
            &repo.top.join(&path),
            crate::store::layout::MAX_FILE_SIZE,
        )
        .ok();
        let state = classify(root, &path, rel.is_some(), content.as_deref(), &stages)?;
        result.push(Unmerged {
            path,
            rel,
            state,
            stages,
        });
    }
    Ok(result)
}

fn classify(
    root: &Path,
    path: &Path,
    workspace: bool,
    content: Option<&[u8]>,
    stages: &[Option<String>; 3],
) -> Result<State, SyncError> {
    if stages[1].is_none() && stages[2].is_none() {
        // Deleted on both sides (both moved it elsewhere): nothing to keep.
        return Ok(State::DeletedOnBothSides);
    }
    let Some(content) = content else {
        return Ok(State::DeletedOnOneSide);
    };
    if stages[1].is_none() || stages[2].is_none() {
        return Ok(State::DeletedOnOneSide);
    }
    let text = String::from_utf8_lossy(content);
    if conflict_markers(path, &text).is_some() {
        return Ok(State::Markers);
    }
    if !workspace || stages[1] == stages[2] {
        return Ok(State::Resolved);
    }
    let ours = blob(root, &stages[1])?;
    if content != ours.as_slice() || records::is_noted_resolution(root, path, content) {
        return Ok(State::Resolved);
    }
    let base = blob(root, &stages[0])?;
    let theirs = blob(root, &stages[2])?;
    if records::driver_ran(root, path, [&base, &ours, &theirs]) {
        // The driver merged it (with conflicts) and someone resolved it to
        // exactly git's "ours" side.
        return Ok(State::Resolved);
    }
    Ok(State::NotMerged)
}

/// For `pacte check`: an error on each workspace file git holds as
/// unmerged without conflict markers (the merge driver did not run, or the
/// file was deleted on one side): it looks sound but is not merged.
pub fn diagnostics(root: &Path) -> Vec<crate::diag::Diagnostic> {
    diagnostics_of(unmerged(root))
}

/// What `pacte check` learns from git: the merge driver's warning
/// ([`super::setup::missing_driver_warning`]), then the unmerged files'
/// errors ([`diagnostics`]). Where the workspace is in git is asked once
/// for both (one `git rev-parse` instead of three).
pub fn check_diagnostics(root: &Path) -> Vec<crate::diag::Diagnostic> {
    let (inside, repo) = super::git_ops::place(root);
    let status = super::setup::driver_status_in(root, inside);
    let mut out: Vec<_> = super::setup::driver_warning(status).into_iter().collect();
    out.extend(diagnostics_of(repo.and_then(|r| unmerged_in(root, &r))));
    out
}

/// The errors of the unmerged `files` that `pacte check` reports.
fn diagnostics_of(files: Result<Vec<Unmerged>, SyncError>) -> Vec<crate::diag::Diagnostic> {
    use crate::diag::{Diagnostic, Severity};
    let Ok(files) = files else {
        return Vec::new();
    };
    files
        .into_iter()
        .filter_map(|u| {
            let rel = u.rel?;
            let message = match u.state {
                State::NotMerged => crate::m!("check-not-merged"),
                State::DeletedOnOneSide => crate::m!("check-deleted-on-one-side"),
                State::Markers | State::Resolved | State::DeletedOnBothSides => return None,
            };
            Some(
                Diagnostic::at(Severity::Error, rel, None, 1, 1, message)
                    .with_code(crate::diag::UNMERGED),
            )
        })
        .collect()
}

/// What [`repair`] did to one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repaired {
    /// Path relative to the workspace.
    pub rel: PathBuf,
    /// The merge's outcome (conflicts are now between markers).
    pub outcome: DriverOutcome,
}

/// Runs pacte's merge on every workspace file left [`State::NotMerged`],
/// from the versions in git's index, and writes the result (merged, or
/// with conflict markers) over the file.
pub fn repair(root: &Path) -> Result<Vec<Repaired>, SyncError> {
    let mut done = Vec::new();
    let top = super::git_ops::repo(root)?.top;
    for u in unmerged(root)? {
        if u.state == State::DeletedOnBothSides {
            let p = u.path.to_string_lossy().to_string();
            super::git_ops::git(
                &top,
                super::git_ops::Mode::Background,
                &["rm", "--cached", "--quiet", "--", &p],
            )?;
            continue;
        }
        let (State::NotMerged, Some(rel)) = (u.state, &u.rel) else {
            continue;
        };
        let versions = [
            blob(root, &u.stages[0])?,
            blob(root, &u.stages[1])?,
            blob(root, &u.stages[2])?,
        ];
        let tmp = tempfile::tempdir()?;
        let names = ["base", "ours", "theirs"].map(|n| tmp.path().join(n));
        for (name, bytes) in names.iter().zip(&versions) {
            fs::write(name, bytes)?;
        }
        let kind_path = if FileKind::from_path(&u.path).is_some() {
            u.path.clone()
        } else {
            rel.clone()
        };
        let outcome = run_driver(&names[0], &names[1], &names[2], &kind_path)
            .map_err(|e| SyncError::Repair(rel.clone(), e.to_string()))?;
        let merged = fs::read(&names[1])?;
        let target = root.join(rel);
        save_checked(&target, &merged, Some(&hash(&versions[1])))
            .map_err(|e| SyncError::Repair(rel.clone(), e.to_string()))?;
        if outcome == DriverOutcome::Clean {
            records::note_resolution(root, &u.path, &merged);
        }
        done.push(Repaired {
            rel: rel.clone(),
            outcome,
        });
    }
    Ok(done)
}
