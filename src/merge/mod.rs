//! The semantic 3-way merge of workspace files, used as a git merge driver.
//!
//! Two people editing one group merge by id and by field: edits to
//! different actions, fields, indicators or meetings merge cleanly; what
//! both sides added (measurements, journal entries, meetings, actions) is
//! all kept, once. The same field changed differently on both sides, or an
//! item deleted on one side and edited on the other, is a conflict: the
//! file then keeps both values between markers (see [`conflict`]), which
//! `pacte check` reports and the interface resolves field by field.
//!
//! Nothing here knows about the terminal.

pub mod conflict;
pub mod driver;
mod engine;
pub mod outline;
mod rules;
pub mod values;

pub use conflict::{Conflict, ConflictedFile, Resolution, ResolveError, parse_conflicted};
pub use driver::{DriverOutcome, run_driver};
pub use engine::{Side, merge_order};

use crate::domain::{Governance, Group, Referential};
use crate::store::format::{from_text, to_canonical};
use crate::store::layout::{GOVERNANCE_FILE, GROUPS_DIR, REFERENTIAL_FILE};
use engine::{Merger, RawConflict};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::Path;

/// The kinds of workspace files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A working group, `groups/<id>.ron`.
    Group,
    /// The referential, `pacte.ron`.
    Referential,
    /// Governance records, `governance.ron`.
    Governance,
}

impl FileKind {
    /// The kind of a file from its path in the repository: `pacte.ron`,
    /// `governance.ron`, or a `.ron` file under a `groups` folder.
    pub fn from_path(path: &Path) -> Option<FileKind> {
        let name = path.file_name()?.to_str()?;
        if name == REFERENTIAL_FILE {
            Some(FileKind::Referential)
        } else if name == GOVERNANCE_FILE {
            Some(FileKind::Governance)
        } else if name.ends_with(".ron") && path.components().any(|c| c.as_os_str() == GROUPS_DIR) {
            Some(FileKind::Group)
        } else {
            None
        }
    }

    /// Parses `text` as this kind and writes it back canonically.
    pub fn canonicalize(self, text: &str) -> Result<String, ron::error::SpannedError> {
        fn go<T: Serialize + DeserializeOwned>(
            text: &str,
        ) -> Result<String, ron::error::SpannedError> {
            let v: T = from_text(text)?;
            to_canonical(&v).map_err(|e| ron::error::SpannedError {
                code: e,
                span: ron::error::Span {
                    start: ron::error::Position { line: 1, col: 1 },
                    end: ron::error::Position { line: 1, col: 1 },
                },
            })
        }
        match self {
            FileKind::Group => go::<Group>(text),
            FileKind::Referential => go::<Referential>(text),
            FileKind::Governance => go::<Governance>(text),
        }
    }
}

/// The result of a merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeOutcome {
    /// Merged without conflict: the canonical text.
    Clean(String),
    /// Conflicts: the conflicted text (canonical, with marker blocks) and
    /// the label of each conflict (`actions/a31/status`).
    Conflicted {
        /// The text to write.
        text: String,
        /// What conflicts, in file order.
        labels: Vec<String>,
    },
}

/// Why a semantic merge is not possible (the caller falls back to a text merge).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// One version does not load.
    #[error("{which} version does not load: {message}")]
    Unparsable {
        /// `base`, `ours` or `theirs`.
        which: &'static str,
        /// What the parser said.
        message: String,
    },
    /// The merged value could not be written.
    #[error("cannot write the merged file: {0}")]
    Write(String),
}

/// Merges three versions of a file of kind `kind`. An empty base (the file
/// was added on both sides) merges as if every item were new on both sides.
pub fn merge_texts(
    kind: FileKind,
    base: &str,
    ours: &str,
    theirs: &str,
) -> Result<MergeOutcome, MergeError> {
    match kind {
        FileKind::Group => merge_typed(base, ours, theirs, rules::group),
        FileKind::Referential => merge_typed(base, ours, theirs, rules::referential),
        FileKind::Governance => merge_typed(base, ours, theirs, rules::governance),
    }
}

/// Merges three parsed values: the merged value and its conflicts (the
/// value holds ours' side where they conflict). For the library's callers
/// that already hold values (e.g. the interface merging an unsaved edit).
pub fn merge_groups(base: Option<&Group>, ours: &Group, theirs: &Group) -> (Group, usize) {
    let mut m = Merger::new(Side::Ours);
    let g = rules::group(&mut m, base, ours, theirs);
    let n = m.conflicts().len();
    (g, n)
}

type MergeFn<T> = fn(&mut Merger, Option<&T>, &T, &T) -> T;

fn merge_typed<T>(
    base: &str,
    ours: &str,
    theirs: &str,
    f: MergeFn<T>,
) -> Result<MergeOutcome, MergeError>
where
    T: Serialize + DeserializeOwned,
{
    let parse = |which: &'static str, text: &str| -> Result<T, MergeError> {
        from_text(text).map_err(|e| MergeError::Unparsable {
            which,
            message: e.to_string(),
        })
    };
    let b = if base.trim().is_empty() {
        None
    } else {
        Some(parse("base", base)?)
    };
    let o = parse("ours", ours)?;
    let t = parse("theirs", theirs)?;
    let write = |v: &T| to_canonical(v).map_err(|e| MergeError::Write(e.to_string()));
    let mut m = Merger::new(Side::Ours);
    let merged = f(&mut m, b.as_ref(), &o, &t);
    let conflicts: Vec<RawConflict> = m.into_conflicts();
    if conflicts.is_empty() {
        return Ok(MergeOutcome::Clean(write(&merged)?));
    }
    let mut mt = Merger::new(Side::Theirs);
    let merged_theirs = f(&mut mt, b.as_ref(), &o, &t);
    let (ours_text, theirs_text) = (write(&merged)?, write(&merged_theirs)?);
    let text = conflict::render(&ours_text, &theirs_text, &conflicts).ok_or_else(|| {
        MergeError::Write("conflicts could not be located in the merged text".into())
    })?;
    let labels = parse_conflicted(&text)
        .map(|c| c.conflicts.into_iter().map(|c| c.label).collect())
        .ok_or_else(|| MergeError::Write("the conflicted text does not read back".into()))?;
    Ok(MergeOutcome::Conflicted { text, labels })
}

#[cfg(test)]
mod tests;
