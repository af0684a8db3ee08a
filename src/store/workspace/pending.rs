//! Saves handed to a saver thread: the workspace prepares each job (the
//! canonical bytes and the hash the file must still have), keeps what the
//! disk held before the jobs in flight, and takes their results back.
//!
//! The next save of a file in flight expects the hash the previous one
//! writes; when one fails, the file's state goes back to what the disk
//! holds, so that the edit is saved again from there (or merged with it).

use super::{Before, FileState, Workspace};
use crate::domain::Id;
use crate::store::format::{group_to_canonical, to_canonical};
use crate::store::layout::{self, GOVERNANCE_FILE, REFERENTIAL_FILE};
use crate::store::save::{SaveError, hash};
use crate::store::saver::{SaveDone, SaveJob, SaveKind};
use std::path::{Path, PathBuf};

impl Workspace {
    /// The job that saves the group with this id (which must be in
    /// `groups`); `None` when the file already holds these bytes.
    pub fn queue_group_save(&mut self, id: &Id) -> Result<Option<SaveJob>, SaveError> {
        let path = self
            .group_files
            .get(id)
            .cloned()
            .unwrap_or_else(|| layout::group_path(id));
        let Some(group) = self.group(id) else {
            return Err(SaveError::Serialize(
                path,
                format!("no group `{id}` in memory"),
            ));
        };
        let text = group_to_canonical(group)
            .map_err(|e| SaveError::Serialize(path.clone(), e.to_string()))?;
        self.group_files.insert(id.clone(), path.clone());
        self.queue_write(&path, text, SaveKind::Group(id.clone()))
    }

    /// The job that saves the governance file.
    pub fn queue_governance_save(&mut self) -> Result<Option<SaveJob>, SaveError> {
        let path = PathBuf::from(GOVERNANCE_FILE);
        let text = to_canonical(&self.governance)
            .map_err(|e| SaveError::Serialize(path.clone(), e.to_string()))?;
        self.queue_write(&path, text, SaveKind::Governance)
    }

    /// The job that saves the referential.
    pub fn queue_referential_save(&mut self) -> Result<Option<SaveJob>, SaveError> {
        let path = PathBuf::from(REFERENTIAL_FILE);
        let Some(r) = &self.referential else {
            return Err(SaveError::Broken(path));
        };
        let text =
            to_canonical(r).map_err(|e| SaveError::Serialize(path.clone(), e.to_string()))?;
        self.queue_write(&path, text, SaveKind::Referential)
    }

    /// The job that writes `text` to `rel`, expecting on disk what was read
    /// or what the save before it writes. From now on memory holds `text`
    /// as the file's; [`Workspace::finish_save`] confirms it or goes back.
    pub(super) fn queue_write(
        &mut self,
        rel: &Path,
        text: String,
        kind: SaveKind,
    ) -> Result<Option<SaveJob>, SaveError> {
        let id = self.next_job;
        let new_hash = hash(text.as_bytes());
        let (expected, after) = match self.files.get_mut(rel) {
            Some(s) => {
                if !s.loaded {
                    return Err(SaveError::Broken(rel.to_path_buf()));
                }
                // The same bytes as memory holds (compared by hash: a lean
                // workspace keeps no text).
                if !s.absent && s.hash == new_hash {
                    return Ok(None);
                }
                let expected = (!s.absent).then_some(s.hash);
                let after = if s.in_flight > 0 { s.last_job } else { None };
                let old = std::mem::replace(&mut s.text, text.clone());
                if matches!(s.before, Before::Nothing) {
                    s.before = if s.absent {
                        Before::Absent
                    } else {
                        Before::Was(s.hash, old)
                    };
                }
                s.absent = false;
                s.hash = new_hash;
                s.stamp = None;
                s.in_flight += 1;
                s.last_job = Some(id);
                (expected, after)
            }
            None => {
                let mut s = FileState::new(new_hash, text.clone(), true, None);
                s.in_flight = 1;
                s.last_job = Some(id);
                s.before = Before::Absent;
                self.files.insert(rel.to_path_buf(), s);
                (None, None)
            }
        };
        self.next_job += 1;
        Ok(Some(SaveJob {
            id,
            after,
            kind,
            root: self.root.clone(),
            rel: rel.to_path_buf(),
            text,
            hash: new_hash,
            expected,
            merges: 0,
        }))
    }

    /// Takes back a job's result: on success the disk holds its bytes; on
    /// failure the file's state goes back to what the disk held before the
    /// jobs in flight (those chained after it fail with
    /// [`SaveError::Superseded`]). The job's error, if any.
    pub fn finish_save(&mut self, done: SaveDone) -> Result<(), SaveError> {
        if done.kind == SaveKind::Plain {
            return done.result.map(|_| ());
        }
        let rel = done.rel.clone();
        let Some(s) = self.files.get_mut(&rel) else {
            return done.result.map(|_| ());
        };
        s.in_flight = s.in_flight.saturating_sub(1);
        let result = finish(s, done);
        if let Some(s) = self.files.get(&rel)
            && s.absent
            && s.in_flight == 0
        {
            // A new file whose first save failed: still not on disk.
            self.files.remove(&rel);
        }
        result
    }

    /// True while a save of `rel` is in flight (the disk poll leaves it
    /// alone: what it would see may be this save's own write).
    pub fn is_saving(&self, rel: &Path) -> bool {
        self.files.get(rel).is_some_and(|s| s.in_flight > 0)
    }

    /// True while any save is in flight.
    pub fn saves_in_flight(&self) -> bool {
        self.files.values().any(|s| s.in_flight > 0)
    }
}

/// [`Workspace::finish_save`] on the file's state.
fn finish(s: &mut FileState, done: SaveDone) -> Result<(), SaveError> {
    match done.result {
        Ok(stamp) => {
            if s.in_flight == 0 {
                s.before = Before::Nothing;
                s.last_job = None;
                if s.hash == done.hash {
                    s.stamp = stamp;
                }
            } else if !matches!(s.before, Before::Nothing) {
                s.before = Before::Was(done.hash, done.text);
            }
            Ok(())
        }
        Err(SaveError::Superseded(p)) => Err(SaveError::Superseded(p)),
        Err(e) => {
            // Back to what the disk holds; the next save starts a new
            // chain from there.
            s.last_job = None;
            s.stamp = None;
            match std::mem::replace(&mut s.before, Before::Nothing) {
                Before::Was(h, t) => {
                    s.hash = h;
                    s.text = t;
                }
                Before::Absent => {
                    s.absent = true;
                    s.text = String::new();
                }
                Before::Nothing => {}
            }
            Err(e)
        }
    }
}
