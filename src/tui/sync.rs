//! Sharing from the interface: the state of the sync panel and of the
//! conflict screen, and the messages and effects of a sync.
//!
//! A sync is a chain of effects performed by the runtime, each reported
//! back as a [`SyncMsg`]: [`SyncEffect::Inspect`] (what changed since the
//! last commit, the generated message), then on `S` [`SyncEffect::Commit`],
//! [`SyncEffect::Pull`] (`git pull --rebase`, the merge driver merging by id
//! and field) and [`SyncEffect::Push`]. A pull that stops on conflicts leads
//! to [`SyncEffect::LoadConflicts`] and the conflict screen, where each
//! conflicting field is resolved; [`SyncEffect::Resolve`] writes the files
//! and finishes the rebase or merge.
//!
//! Nothing here does I/O: the runtime's side is `sync_io`.

use super::Lang;
use super::app::Tone;
use crate::diag::UNRESOLVED_CONFLICT;
use crate::merge::outline::Segment;
use crate::merge::{Conflict, FileKind, Resolution, ResolveError, parse_conflicted};
use crate::store::DiskChange;
use crate::sync::{Committed, ContinueOutcome, FileChange, Operation, Pulled, PushOutcome};
use crate::text::sanitize;
use std::path::{Path, PathBuf};

/// Where a sync stands, for the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Phase {
    /// Looking at the workspace.
    #[default]
    Loading,
    /// Ready to share.
    Ready,
    /// The workspace cannot be shared (not a clone…); the reason is in the log.
    Unavailable,
    /// Shared: commit, pull and push done.
    Done,
    /// A step failed; the reason is in the log.
    Failed,
    /// Stopped on conflicts to resolve.
    Conflicts,
}

/// One line of the panel's list of changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeLine {
    /// A file or group (`Biterrois / ESS et IAE`) rather than one change in it.
    pub header: bool,
    /// The text (raw; sanitised when drawn).
    pub text: String,
}

/// Kind of a line in the panel's log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogTone {
    /// Information.
    Info,
    /// Success.
    Ok,
    /// Error or conflict.
    Error,
}

/// The sync panel (`S`): what changed locally, the commit message, and
/// what the last steps did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncPanel {
    /// Where the sync stands.
    pub phase: Phase,
    /// Changes since the last commit, as lines.
    pub changes: Vec<ChangeLine>,
    /// The commit message (generated, or edited by the user).
    pub message: String,
    /// True once the user edited the message.
    pub edited: bool,
    /// The remote branch followed (`origin/main`), if any.
    pub upstream: Option<String>,
    /// The remote a sync would use (`origin`), even without an upstream.
    pub remote: Option<String>,
    /// A merge or rebase waiting for its conflicts to be resolved.
    pub operation: Option<Operation>,
    /// Files holding conflicts.
    pub conflicted: Vec<PathBuf>,
    /// What the steps did, oldest first.
    pub log: Vec<(LogTone, String)>,
    /// First line of the changes shown (scroll).
    pub cursor: usize,
}

/// One file of the conflict screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictFile {
    /// Path relative to the workspace.
    pub path: PathBuf,
    /// The text as read (what a resolution replaces).
    pub text: String,
    /// What it holds, when it reads as a conflicted workspace file.
    pub kind: Option<FileKind>,
    /// Its conflicts (empty for a raw text conflict or a resolved file).
    pub conflicts: Vec<Conflict>,
    /// The choice made for each conflict.
    pub choices: Vec<Option<Resolution>>,
    /// True when the file holds markers that cannot be resolved field by
    /// field (a text conflict): it has to be fixed in a text editor.
    pub raw: bool,
    /// True when the file is missing: deleted on one side and changed on
    /// the other; it is kept or deleted with git.
    pub missing: bool,
    /// Titles of the actions the file holds, by id (read from the file
    /// itself: a conflicted group is not loaded), to name conflicts.
    pub titles: std::collections::BTreeMap<String, String>,
}

/// Action titles of a conflicted group file, read from one side of it.
fn titles_of(c: &crate::merge::ConflictedFile) -> std::collections::BTreeMap<String, String> {
    let ours = vec![Resolution::Ours; c.conflicts.len()];
    c.resolve(&ours)
        .ok()
        .and_then(|t| crate::store::format::from_text::<crate::domain::Group>(&t).ok())
        .map(|g| {
            g.actions
                .into_iter()
                .map(|a| (a.id.to_string(), a.title))
                .collect()
        })
        .unwrap_or_default()
}

impl ConflictFile {
    /// Reads a file found conflicted (`text`: `None` when it is missing).
    pub fn read(path: PathBuf, text: Option<String>) -> ConflictFile {
        let missing = text.is_none();
        let text = text.unwrap_or_default();
        match parse_conflicted(&text) {
            Some(c) => ConflictFile {
                titles: titles_of(&c),
                path,
                kind: Some(c.kind),
                choices: vec![None; c.conflicts.len()],
                conflicts: c.conflicts,
                text,
                raw: false,
                missing,
            },
            None => {
                let raw = has_markers(&text);
                ConflictFile {
                    path,
                    text,
                    kind: None,
                    conflicts: Vec::new(),
                    choices: Vec::new(),
                    raw,
                    missing,
                    titles: Default::default(),
                }
            }
        }
    }

    /// Conflicts without a choice yet.
    pub fn open_count(&self) -> usize {
        self.choices.iter().filter(|c| c.is_none()).count()
    }

    /// The text to write for the choices made: the canonical resolved file
    /// when every conflict has a choice, else the file with the remaining
    /// conflicts between markers. `None` when there is nothing to write.
    pub fn output(&self, lang: Lang) -> Option<Result<String, String>> {
        if self.raw || self.conflicts.is_empty() || self.choices.iter().all(Option::is_none) {
            return None;
        }
        let parsed = parse_conflicted(&self.text)?;
        if self.open_count() == 0 {
            let all: Vec<Resolution> = self.choices.iter().flatten().cloned().collect();
            Some(parsed.resolve(&all).map_err(|e| resolve_error(lang, &e)))
        } else {
            Some(Ok(parsed.text_with(&self.choices)))
        }
    }

    /// Checks that choosing `r` for conflict `i` gives a file that loads
    /// (the other conflicts taking their choice, or ours).
    pub fn check(&self, i: usize, r: &Resolution) -> Result<(), ResolveError> {
        let parsed = parse_conflicted(&self.text).ok_or(ResolveError::Count {
            expected: self.conflicts.len(),
            given: 0,
        })?;
        let all: Vec<Resolution> = (0..self.conflicts.len())
            .map(|j| {
                if j == i {
                    r.clone()
                } else {
                    self.choices[j].clone().unwrap_or(Resolution::Ours)
                }
            })
            .collect();
        parsed.resolve(&all).map(|_| ())
    }
}

/// Why a resolution does not give a file that loads, in words.
pub fn resolve_error(lang: Lang, e: &ResolveError) -> String {
    e.message().in_lang(lang).to_string()
}

/// A field name for people: `statut`, `échéance` (the name as written in
/// the file when the catalogue has no word for it).
pub fn field_name(lang: Lang, f: &str) -> String {
    crate::t!(lang, "conflict-field", field = f)
}

/// What and where a conflict is, for people: `statut · Plateforme
/// mobilité`.
pub fn location(
    lang: Lang,
    ws: &crate::store::Workspace,
    file: &ConflictFile,
    path: &[Segment],
) -> String {
    let group = ws
        .group_files
        .iter()
        .find(|(_, p)| **p == file.path)
        .and_then(|(id, _)| ws.group(id));
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < path.len() {
        match (&path[i], path.get(i + 1)) {
            (Segment::Field(f), Some(Segment::Item(id))) if f == "actions" => {
                let title = group
                    .and_then(|g| g.actions.iter().find(|a| a.id.as_str() == id))
                    .map(|a| a.title.clone())
                    .or_else(|| file.titles.get(id).cloned())
                    .unwrap_or_else(|| id.clone());
                parts.push(title);
                i += 2;
            }
            (Segment::Field(f), Some(Segment::Item(id))) => {
                parts.push(format!("{} {id}", field_name(lang, f)));
                i += 2;
            }
            (Segment::Field(f), _) => {
                parts.push(field_name(lang, f));
                i += 1;
            }
            (Segment::Item(id), _) => {
                parts.push(id.clone());
                i += 1;
            }
        }
    }
    // What conflicts first (it must stay visible), then where.
    let text = match parts.split_last() {
        None => crate::t!(lang, "conflict-location-file"),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{last} · {}", rest.join(" › ")),
    };
    sanitize(&text)
}

/// True when `text` holds a conflict marker line.
pub fn has_markers(text: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with("<<<<<<<") || l.starts_with(">>>>>>>") || l.trim_end() == "=======")
}

/// The conflict screen: every conflicting field of every conflicted file,
/// yours and theirs side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictScreen {
    /// The merge or rebase under way, if any.
    pub operation: Option<Operation>,
    /// The conflicted files.
    pub files: Vec<ConflictFile>,
    /// Cursor over every conflict (and every raw file), in file order.
    pub cursor: usize,
}

/// One row of the conflict screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Conflict `1` of file `0`.
    Conflict(usize, usize),
    /// A file to fix in a text editor.
    Raw(usize),
}

impl ConflictScreen {
    /// The rows, in order.
    pub fn rows(&self) -> Vec<Row> {
        let mut v = Vec::new();
        for (f, file) in self.files.iter().enumerate() {
            if file.raw || file.missing {
                v.push(Row::Raw(f));
            }
            for i in 0..file.conflicts.len() {
                v.push(Row::Conflict(f, i));
            }
        }
        v
    }

    /// The row under the cursor.
    pub fn current(&self) -> Option<Row> {
        self.rows().get(self.cursor).copied()
    }

    /// True when "yours" is git's "ours": in a merge or cherry-pick; during
    /// a rebase git's "ours" is the upstream (the others' commits) and
    /// "theirs" is your commit being replayed.
    pub fn mine_is_ours(&self) -> bool {
        mine_is_ours(self.operation)
    }

    /// Conflicts left without a choice, and raw files still holding markers.
    pub fn open_count(&self) -> usize {
        self.files
            .iter()
            .map(|f| f.open_count() + usize::from(f.raw || f.missing))
            .sum()
    }

    /// Conflicts in all.
    pub fn total(&self) -> usize {
        self.files
            .iter()
            .map(|f| f.conflicts.len() + usize::from(f.raw || f.missing))
            .sum()
    }
}

/// See [`ConflictScreen::mine_is_ours`].
pub fn mine_is_ours(operation: Option<Operation>) -> bool {
    operation != Some(Operation::Rebase)
}

/// Which side of a conflict, as the user sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// What this clone had ("chez vous").
    Mine,
    /// What came from the others ("chez les autres").
    Theirs,
    /// Both (lists: yours first).
    Both,
}

impl Side {
    /// The resolution that keeps this side, given git's sides.
    pub fn resolution(self, mine_is_ours: bool) -> Resolution {
        match (self, mine_is_ours) {
            (Side::Mine, true) | (Side::Theirs, false) => Resolution::Ours,
            (Side::Mine, false) | (Side::Theirs, true) => Resolution::Theirs,
            (Side::Both, _) => Resolution::Both,
        }
    }

    /// The side a resolution keeps, if it is one.
    pub fn of(r: &Resolution, mine_is_ours: bool) -> Option<Side> {
        match (r, mine_is_ours) {
            (Resolution::Ours, true) | (Resolution::Theirs, false) => Some(Side::Mine),
            (Resolution::Ours, false) | (Resolution::Theirs, true) => Some(Side::Theirs),
            (Resolution::Both, _) => Some(Side::Both),
            (Resolution::Value(_), _) => None,
        }
    }
}

/// A file to write when resolving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResolvedFile {
    /// Path relative to the workspace.
    pub path: PathBuf,
    /// The conflicted text it was resolved from (the write is refused if
    /// the file changed since).
    pub conflicted: String,
    /// The text to write.
    pub resolved: String,
}

/// Work on the repository, performed by the runtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncEffect {
    /// At start: look for an operation stopped on conflicts, quietly.
    Startup,
    /// Changes since the last commit, the generated message, conflicts.
    Inspect,
    /// Commit the workspace's files (when something changed) with this
    /// message; refused when a file to share has errors, unless `force`.
    Commit {
        /// The message (generated when blank).
        message: String,
        /// Share files with errors anyway (the user confirmed).
        force: bool,
    },
    /// `git pull --rebase`.
    Pull,
    /// `git push`.
    Push,
    /// Read the conflicted files (to show the conflict screen).
    LoadConflicts,
    /// Write these files; then, when `finish`, mark them resolved and
    /// finish the merge or rebase.
    Resolve {
        /// The files.
        files: Vec<ResolvedFile>,
        /// Finish the operation after writing.
        finish: bool,
        /// Finish even with files that have errors (the user confirmed).
        force: bool,
    },
    /// Abandon the merge or rebase (`git rebase --abort`).
    Abort,
    /// Say this on the status line once the effects before it are done
    /// (a step's outcome, after the reloads it caused).
    Say(Tone, String),
}

/// What the repository looks like, for the panel.
#[derive(Clone, Debug)]
pub struct Inspection {
    /// Changes since the last commit.
    pub changes: Vec<FileChange>,
    /// The generated commit message.
    pub message: String,
    /// Names for the change lines.
    pub referential: Option<crate::domain::Referential>,
    /// The remote branch followed.
    pub upstream: Option<String>,
    /// The remote a sync would use (`origin`), even when the branch follows
    /// none yet.
    pub remote: Option<String>,
    /// A merge or rebase under way.
    pub operation: Option<Operation>,
    /// Files holding conflicts.
    pub conflicted: Vec<PathBuf>,
}

/// Results of [`SyncEffect`]s.
#[derive(Clone, Debug)]
pub enum SyncMsg {
    /// Result of [`SyncEffect::Inspect`].
    Inspected(Result<Box<Inspection>, String>),
    /// Result of [`SyncEffect::Commit`]: `None` when there was nothing to commit.
    Committed(Result<Option<Committed>, String>),
    /// [`SyncEffect::Commit`] or [`SyncEffect::Resolve`] refused: files to
    /// share have errors (each located, one per line); the user may confirm
    /// to share anyway.
    Refused {
        /// The located errors.
        errors: Vec<String>,
        /// The step to run again, forced, if the user confirms.
        retry: Box<SyncEffect>,
    },
    /// Result of [`SyncEffect::Pull`], with the files it changed on disk.
    Pulled(Result<Pulled, String>, Vec<DiskChange>),
    /// Result of [`SyncEffect::Push`].
    Pushed(Result<PushOutcome, String>),
    /// Result of [`SyncEffect::LoadConflicts`] and [`SyncEffect::Startup`].
    Conflicts {
        /// The operation under way.
        operation: Option<Operation>,
        /// Each conflicted file and its text (`None`: missing).
        files: Vec<(PathBuf, Option<String>)>,
        /// From [`SyncEffect::Startup`]: say nothing when there is none.
        quiet: bool,
    },
    /// Result of [`SyncEffect::Resolve`]: the write, then (when asked)
    /// finishing the operation; with the files changed on disk.
    Resolved {
        /// The write.
        saved: Result<usize, String>,
        /// Finishing, when asked and the write succeeded.
        finished: Option<Result<ContinueOutcome, String>>,
        /// Files changed on disk.
        changed: Vec<DiskChange>,
    },
    /// Result of [`SyncEffect::Abort`].
    Aborted(Result<Operation, String>, Vec<DiskChange>),
    /// From [`SyncEffect::Say`].
    Said(Tone, String),
}

/// True when `rel` is one of the workspace files whose diagnostics say it
/// holds an unresolved conflict.
pub fn is_conflicted(diagnostics: &[crate::diag::Diagnostic], rel: &Path) -> bool {
    diagnostics
        .iter()
        .any(|d| d.file == rel && d.code == Some(UNRESOLVED_CONFLICT))
}

/// Workspace files whose diagnostics say they hold an unresolved conflict.
pub fn conflicted_in(diagnostics: &[crate::diag::Diagnostic]) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = diagnostics
        .iter()
        .filter(|d| d.code == Some(UNRESOLVED_CONFLICT))
        .map(|d| d.file.clone())
        .collect();
    v.sort();
    v.dedup();
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::read::conflict_markers;

    #[test]
    fn the_loader_s_conflict_diagnostics_are_recognised() {
        for text in [
            "(\n<<<<<<< ours (x)\n=======\n>>>>>>> theirs (x)\n)\n",
            "<<<<<<< a\n",
        ] {
            let d = conflict_markers(Path::new("groups/g.ron"), text).unwrap();
            assert!(is_conflicted(
                std::slice::from_ref(&d),
                Path::new("groups/g.ron")
            ));
            assert_eq!(conflicted_in(&[d]), [PathBuf::from("groups/g.ron")]);
        }
    }

    #[test]
    fn sides_map_to_git_sides() {
        assert!(!mine_is_ours(Some(Operation::Rebase)));
        assert!(mine_is_ours(Some(Operation::Merge)));
        assert_eq!(Side::Mine.resolution(false), Resolution::Theirs);
        assert_eq!(Side::of(&Resolution::Ours, false), Some(Side::Theirs));
    }
}
