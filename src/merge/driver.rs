//! `pacte merge-driver BASE OURS THEIRS PATH`: the git merge driver.
//!
//! git calls it with three temporary files (`%O %A %B`) and the path of the
//! file being merged (`%P`); the result goes into OURS. A file that does
//! not load on any side goes through `git merge-file`, so nothing is lost.

use super::{FileKind, MergeOutcome, merge_texts};
use crate::store::save::write_atomic;
use std::path::Path;
use std::process::Command;

/// What the driver did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DriverOutcome {
    /// Merged by id and field without conflict.
    Clean,
    /// Merged with conflicts, written between markers; their labels.
    Conflicts(Vec<String>),
    /// Merged as text by `git merge-file`, which exited with this status
    /// (0: clean, more: the number of conflicts), and why.
    TextMerge {
        /// Exit status of `git merge-file`.
        status: i32,
        /// Why the semantic merge was not possible.
        reason: String,
    },
}

impl DriverOutcome {
    /// The exit status git expects: 0 when clean.
    pub fn exit_code(&self) -> u8 {
        match self {
            DriverOutcome::Clean => 0,
            DriverOutcome::Conflicts(_) => 1,
            DriverOutcome::TextMerge { status, .. } => (*status).clamp(0, 255) as u8,
        }
    }
}

/// Why the driver failed altogether (git then treats the file as conflicted).
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    /// A file could not be read or written.
    #[error("{0}: {1}")]
    Io(String, #[source] std::io::Error),
    /// `git merge-file` could not run.
    #[error("cannot run git merge-file: {0}")]
    Git(#[source] std::io::Error),
}

fn read(path: &Path) -> Result<Option<String>, DriverError> {
    let bytes = std::fs::read(path).map_err(|e| DriverError::Io(path.display().to_string(), e))?;
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    Ok(String::from_utf8(body.to_vec()).ok())
}

/// Merges `ours` with `theirs` from `base` into `ours`, for the workspace
/// file at `path` (relative to the repository).
pub fn run_driver(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    path: &Path,
) -> Result<DriverOutcome, DriverError> {
    let texts = (read(base)?, read(ours)?, read(theirs)?);
    let (Some(b), Some(o), Some(t)) = texts else {
        return text_merge(base, ours, theirs, "a version is not UTF-8 text".into());
    };
    let kind = FileKind::from_path(path).or_else(|| {
        [FileKind::Group, FileKind::Referential, FileKind::Governance]
            .into_iter()
            .find(|k| k.canonicalize(&o).is_ok())
    });
    let Some(kind) = kind else {
        return text_merge(base, ours, theirs, "not a pacte workspace file".into());
    };
    match merge_texts(kind, &b, &o, &t) {
        Ok(MergeOutcome::Clean(text)) => {
            write(ours, &text)?;
            Ok(DriverOutcome::Clean)
        }
        Ok(MergeOutcome::Conflicted { text, labels }) => {
            write(ours, &text)?;
            Ok(DriverOutcome::Conflicts(labels))
        }
        Err(e) => text_merge(base, ours, theirs, e.to_string()),
    }
}

fn write(path: &Path, text: &str) -> Result<(), DriverError> {
    write_atomic(path, text.as_bytes()).map_err(|e| DriverError::Io(path.display().to_string(), e))
}

/// `git merge-file -L ours -L base -L theirs OURS BASE THEIRS`: git's own
/// line merge, written into OURS.
fn text_merge(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    reason: String,
) -> Result<DriverOutcome, DriverError> {
    let status = Command::new("git")
        .arg("merge-file")
        .args(["-L", "ours", "-L", "base", "-L", "theirs"])
        .arg(ours)
        .arg(base)
        .arg(theirs)
        .env("GIT_TERMINAL_PROMPT", "0")
        .status()
        .map_err(DriverError::Git)?;
    Ok(DriverOutcome::TextMerge {
        status: status.code().unwrap_or(255),
        reason,
    })
}
