//! Workspace additions used by the TUI: seeing which files changed on disk,
//! reloading one file, deleting a group, and an in-memory workspace for tests.
//!
//! Kept apart from `workspace.rs` so that the core load/save code stays small.

use super::watch::read_for_poll;
use super::{FileState, Workspace, collect_ron_files, stamp};
use crate::domain::{BASE_VERSION, Governance, Group, Id, Referential};
use crate::store::layout::{self, GOVERNANCE_FILE, GROUPS_DIR, REFERENTIAL_FILE};
use crate::store::safe::{Refused, read_regular};
use crate::store::save::{Hash, SaveError, hash};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A workspace file whose bytes on disk differ from what was read or written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiskChange {
    /// Path relative to the root.
    pub file: PathBuf,
    /// Hash of the bytes now on disk; `None` when the file is gone.
    pub disk_hash: Option<Hash>,
}

/// What reloading one file did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reloaded {
    /// The group loaded again (possibly a new group).
    Group(Id),
    /// The group file did not load; the last good version (if any) stays in
    /// memory, read-only, under this id.
    GroupBroken(Option<Id>, PathBuf),
    /// The group's file is gone: the group was removed from memory.
    GroupRemoved(Id),
    /// `pacte.ron` or `governance.ron` was reloaded (`true` when it loaded).
    Shared(PathBuf, bool),
}

impl Workspace {
    /// A workspace that exists only in memory (nothing read from disk); its
    /// groups are saved as new files under `root` if ever saved.
    pub fn in_memory(root: &Path, referential: Referential, mut groups: Vec<Group>) -> Workspace {
        groups.sort_by(|a, b| a.id.cmp(&b.id));
        let group_files = groups
            .iter()
            .map(|g| (g.id.clone(), layout::group_path(&g.id)))
            .collect();
        Workspace {
            root: root.to_path_buf(),
            referential: Some(referential),
            governance: Governance {
                version: BASE_VERSION,
                ..Governance::default()
            },
            groups: groups.into_iter().map(std::sync::Arc::new).collect(),
            group_files,
            load_diagnostics: Vec::new(),
            files: BTreeMap::new(),
            next_job: 1,
        }
    }

    /// Files whose content on disk differs from what was read or last
    /// written: modified, removed, or new group files.
    pub fn disk_changes(&self) -> Vec<DiskChange> {
        let mut out = Vec::new();
        for (rel, state) in &self.files {
            if state.in_flight > 0 {
                continue;
            }
            let path = self.root.join(rel);
            if state.stamp.is_some() && stamp(&path) == state.stamp {
                continue;
            }
            let now = read_for_poll(&path);
            if now.as_ref() != Some(&state.hash) {
                out.push(DiskChange {
                    file: rel.clone(),
                    disk_hash: now,
                });
            }
        }
        let mut candidates = vec![
            PathBuf::from(REFERENTIAL_FILE),
            PathBuf::from(GOVERNANCE_FILE),
        ];
        let mut ignored = Vec::new();
        collect_ron_files(
            &self.root,
            Path::new(GROUPS_DIR),
            1,
            &mut candidates,
            &mut ignored,
        );
        for rel in candidates {
            if self.files.contains_key(&rel) {
                continue;
            }
            if let Some(h) = read_for_poll(&self.root.join(&rel)) {
                out.push(DiskChange {
                    file: rel,
                    disk_hash: Some(h),
                });
            }
        }
        out
    }

    /// Of the changes a disk watcher saw, those that are news to memory:
    /// neither a file a save is in flight for (what was seen may be that
    /// save's own write) nor the bytes memory already holds.
    pub fn unexpected(&self, changes: Vec<DiskChange>) -> Vec<DiskChange> {
        changes
            .into_iter()
            .filter(|c| match self.files.get(&c.file) {
                Some(s) if s.in_flight > 0 => false,
                Some(s) if s.absent => c.disk_hash.is_some(),
                Some(s) => c.disk_hash != Some(s.hash),
                None => c.disk_hash.is_some(),
            })
            .collect()
    }

    /// Reads `rel` again from disk and replaces what memory holds of it.
    /// A group file that no longer loads keeps its last good version in
    /// memory, read-only (saves are refused until it loads again).
    pub fn reload_file(&mut self, rel: &Path) -> Reloaded {
        self.load_diagnostics.retain(|d| d.file != rel);
        if rel == Path::new(REFERENTIAL_FILE) {
            let r = self.load_one::<Referential>(rel);
            let ok = r.is_some();
            if r.is_some() {
                self.referential = r;
            }
            return Reloaded::Shared(rel.to_path_buf(), ok);
        }
        if rel == Path::new(GOVERNANCE_FILE) {
            if !self.root.join(rel).exists() {
                self.files.remove(rel);
                self.governance = Governance {
                    version: BASE_VERSION,
                    ..Governance::default()
                };
                return Reloaded::Shared(rel.to_path_buf(), true);
            }
            let g = self.load_one::<Governance>(rel);
            let ok = g.is_some();
            if let Some(g) = g {
                self.governance = g;
            }
            return Reloaded::Shared(rel.to_path_buf(), ok);
        }
        let old_id = self
            .group_files
            .iter()
            .find(|(_, p)| p.as_path() == rel)
            .map(|(id, _)| id.clone());
        let old_group = old_id.as_ref().and_then(|id| {
            self.group_files.remove(id);
            let i = self.groups.iter().position(|g| &g.id == id)?;
            Some(self.groups.remove(i))
        });
        if fs::symlink_metadata(self.root.join(rel)).is_err() {
            self.files.remove(rel);
            return match old_id {
                Some(id) => Reloaded::GroupRemoved(id),
                None => Reloaded::GroupBroken(None, rel.to_path_buf()),
            };
        }
        self.files.remove(rel);
        self.load_group_file(rel);
        self.groups.sort_by(|a, b| a.id.cmp(&b.id));
        if let Some((id, _)) = self.group_files.iter().find(|(_, p)| p.as_path() == rel) {
            return Reloaded::Group(id.clone());
        }
        if let Some(state) = self.files.get_mut(rel) {
            state.loaded = false;
        } else {
            // Unreadable bytes: remember the file as broken so it is never overwritten.
            if let Ok(bytes) = read_regular(&self.root.join(rel), layout::MAX_FILE_SIZE) {
                self.files.insert(
                    rel.to_path_buf(),
                    FileState::new(hash(&bytes), String::new(), false, None),
                );
            }
        }
        match old_group {
            Some(g) => {
                let id = g.id.clone();
                self.group_files.insert(id.clone(), rel.to_path_buf());
                self.insert_group(std::sync::Arc::unwrap_or_clone(g));
                Reloaded::GroupBroken(Some(id), rel.to_path_buf())
            }
            None => Reloaded::GroupBroken(None, rel.to_path_buf()),
        }
    }

    /// The text of `rel` as last read or written (what an unsaved edit of
    /// it started from).
    pub fn read_text(&self, rel: &Path) -> Option<&str> {
        self.files.get(rel).map(|f| f.text.as_str())
    }

    /// Takes `text`, just read from disk, as what `rel` holds now: the next
    /// save expects it on disk (after an edit was merged with it).
    pub fn adopt_disk_text(&mut self, rel: &Path, text: String) {
        let abs = self.root.join(rel);
        let mut state = FileState::new(hash(text.as_bytes()), text, true, stamp(&abs));
        // Saves still in flight (failing after the one that found the
        // file changed) are still counted.
        if let Some(old) = self.files.get(rel) {
            state.in_flight = old.in_flight;
        }
        self.files.insert(rel.to_path_buf(), state);
    }

    /// True when the group's file is on disk but did not load (its group, if
    /// in memory, is the last good version and cannot be saved).
    pub fn is_group_file_broken(&self, id: &Id) -> bool {
        self.group_files
            .get(id)
            .and_then(|p| self.files.get(p))
            .is_some_and(|f| !f.loaded)
    }

    /// Deletes a group: its file (unless it changed on disk since it was
    /// read) and its place in memory.
    pub fn delete_group(&mut self, id: &Id) -> Result<(), SaveError> {
        let rel = self
            .group_files
            .get(id)
            .cloned()
            .unwrap_or_else(|| layout::group_path(id));
        let abs = self.root.join(&rel);
        if let Some(state) = self.files.get(&rel) {
            if !state.loaded {
                return Err(SaveError::Broken(rel));
            }
            if crate::store::safe::linked_folder(&self.root, &rel).is_some() {
                return Err(SaveError::Linked(rel));
            }
            let _lock = crate::store::save::lock_dir(&self.root)
                .map_err(|e| SaveError::Io(rel.clone(), e))?;
            match read_regular(&abs, layout::MAX_FILE_SIZE) {
                Ok(bytes) if hash(&bytes) != state.hash => {
                    return Err(SaveError::ChangedOnDisk(rel));
                }
                Ok(_) => fs::remove_file(&abs).map_err(|e| SaveError::Io(rel.clone(), e))?,
                Err(Refused::Missing) => {}
                Err(Refused::Io(e)) => return Err(SaveError::Io(rel, e)),
                Err(_) => return Err(SaveError::ChangedOnDisk(rel)),
            }
            if let Some(dir) = abs.parent()
                && let Ok(d) = fs::File::open(dir)
            {
                let _ = d.sync_all();
            }
        }
        self.files.remove(&rel);
        self.group_files.remove(id);
        self.groups.retain(|g| &g.id != id);
        Ok(())
    }
}
