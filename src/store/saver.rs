//! Saves as values: a [`SaveJob`] holds the canonical bytes of one file and
//! the hash the file must still have on disk; [`Writer::run`] does the disk
//! work (lock, hash re-check, write + fsync + rename) anywhere, a saver
//! thread included, and answers a [`SaveDone`] that the workspace takes
//! back with [`Workspace::finish_save`](super::Workspace::finish_save).
//!
//! Consecutive saves of one file chain: the next expects the hash the
//! previous one writes. When one fails, those chained after it are not
//! tried ([`SaveError::Superseded`]): the workspace goes back to what the
//! disk holds and the edit is saved again from there.

use super::layout;
use super::save::{Hash, SaveError, hash, save_checked};
use crate::domain::Id;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What a save writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveKind {
    /// A group's file.
    Group(Id),
    /// `governance.ron`.
    Governance,
    /// `pacte.ron`.
    Referential,
    /// Another text file of the workspace (minutes): written atomically,
    /// without a hash check.
    Plain,
}

/// One file to write, with what it must still be on disk.
#[derive(Debug)]
pub struct SaveJob {
    /// Number of the job (within its workspace).
    pub id: u64,
    /// The job of the same file it follows, when that one is still in
    /// flight: it is not tried when that one failed.
    pub after: Option<u64>,
    /// What is written.
    pub kind: SaveKind,
    /// The workspace folder.
    pub root: PathBuf,
    /// The file, relative to the root.
    pub rel: PathBuf,
    /// The canonical bytes.
    pub text: String,
    /// Hash of `text`.
    pub hash: Hash,
    /// Hash the file must have on disk (`None`: it must not exist).
    pub expected: Option<Hash>,
    /// How many times this edit was merged with the disk's version before
    /// (a save that follows a merge says so when it succeeds).
    pub merges: u8,
}

/// A job done (or not).
#[derive(Debug)]
pub struct SaveDone {
    /// The job's number.
    pub id: u64,
    /// What was written.
    pub kind: SaveKind,
    /// The file, relative to the root.
    pub rel: PathBuf,
    /// The bytes written (or not).
    pub text: String,
    /// Hash of `text`.
    pub hash: Hash,
    /// Merges before it (see [`SaveJob::merges`]).
    pub merges: u8,
    /// The file's stamp once written, or why it was not.
    pub result: Result<Option<super::workspace::Stamp>, SaveError>,
}

/// Runs jobs in order, remembering which failed so that the jobs chained
/// after them are not tried.
#[derive(Debug, Default)]
pub struct Writer {
    failed: HashSet<u64>,
}

impl Writer {
    /// Does the disk work of `job`.
    pub fn run(&mut self, job: SaveJob) -> SaveDone {
        let result = if job.after.is_some_and(|a| self.failed.contains(&a)) {
            Err(SaveError::Superseded(job.rel.clone()))
        } else {
            write_job(&job)
        };
        if result.is_err() {
            self.failed.insert(job.id);
        }
        SaveDone {
            id: job.id,
            kind: job.kind,
            rel: job.rel,
            text: job.text,
            hash: job.hash,
            merges: job.merges,
            result,
        }
    }
}

/// The safe save: no way through a symbolic link, under the workspace's
/// lock, refused over a conflicted file or a file changed since read.
fn write_job(job: &SaveJob) -> Result<Option<super::workspace::Stamp>, SaveError> {
    let (root, rel) = (job.root.as_path(), job.rel.as_path());
    let abs = root.join(rel);
    if let Some(link) = super::safe::linked_folder(root, rel) {
        return Err(match job.kind {
            SaveKind::Plain => SaveError::Linked(link),
            _ => SaveError::Linked(rel.to_path_buf()),
        });
    }
    if job.kind == SaveKind::Plain {
        return write_plain(&abs, &job.text)
            .map(|()| super::workspace::stamp(&abs))
            .map_err(|e| SaveError::Io(rel.to_path_buf(), e));
    }
    // Checked and replaced under the workspace's lock: another pacte
    // saving the same file waits, then finds it changed.
    let _lock = super::save::lock_dir(root).map_err(|e| SaveError::Io(rel.to_path_buf(), e))?;
    if let Some(current) = super::safe::read_text(&abs, layout::MAX_FILE_SIZE)
        && super::read::conflict_markers(rel, &current).is_some()
    {
        return Err(SaveError::Conflicted(rel.to_path_buf()));
    }
    save_checked(&abs, job.text.as_bytes(), job.expected.as_ref()).map_err(|e| e.with_path(rel))?;
    Ok(super::workspace::stamp(&abs))
}

/// A file written for the user (minutes): its folders made, then written
/// atomically.
fn write_plain(path: &Path, text: &str) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    super::save::write_atomic(path, text.as_bytes())
}

/// A job for a file written without a hash check (minutes).
pub fn plain_job(root: &Path, rel: &Path, text: String) -> SaveJob {
    SaveJob {
        id: 0,
        after: None,
        kind: SaveKind::Plain,
        root: root.to_path_buf(),
        rel: rel.to_path_buf(),
        hash: hash(text.as_bytes()),
        text,
        expected: None,
        merges: 0,
    }
}
