//! A view of the workspace's files on disk for a watcher thread: it starts
//! from what the workspace read, and each [`DiskWatch::scan`] names only
//! the files whose bytes moved since the scan before (a `stat` per file; a
//! file is read and hashed only when its stamp moved). The event loop
//! then keeps of those what is news to memory
//! ([`Workspace::unexpected`]).

use super::live::DiskChange;
use super::{Stamp, Workspace, collect_ron_files, stamp};
use crate::store::layout::{self, GOVERNANCE_FILE, GROUPS_DIR, REFERENTIAL_FILE};
use crate::store::safe::read_regular;
use crate::store::save::{Hash, hash};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What a watcher knows of the files on disk.
#[derive(Clone, Debug)]
pub struct DiskWatch {
    root: PathBuf,
    /// Stamp and hash (`None`: absent or unreadable) of each file seen.
    known: BTreeMap<PathBuf, (Option<Stamp>, Option<Hash>)>,
}

/// The hash of a file as the poll sees it: a regular file within the size
/// limit, read without following links or waiting on a FIFO; anything
/// else counts as absent (the loader then reports it).
pub(super) fn read_for_poll(path: &Path) -> Option<Hash> {
    read_regular(path, layout::MAX_FILE_SIZE)
        .ok()
        .map(|b| hash(&b))
}

impl Workspace {
    /// A watcher's view, starting from what was read or written.
    pub fn watch(&self) -> DiskWatch {
        let known = self
            .files
            .iter()
            .filter(|(_, s)| !s.absent)
            .map(|(rel, s)| (rel.clone(), (s.stamp, Some(s.hash))))
            .collect();
        DiskWatch {
            root: self.root.clone(),
            known,
        }
    }
}

impl DiskWatch {
    /// The files whose bytes on disk moved since the last scan (modified,
    /// removed, or new), with the hash they have now.
    pub fn scan(&mut self) -> Vec<DiskChange> {
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
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for rel in candidates {
            let path = self.root.join(&rel);
            let now = stamp(&path);
            let entry = self.known.get(&rel);
            if let Some((Some(was), _)) = entry
                && now.as_ref() == Some(was)
            {
                seen.insert(rel);
                continue;
            }
            let h = read_for_poll(&path);
            if entry.map_or(h.is_some(), |(_, old)| *old != h) {
                out.push(DiskChange {
                    file: rel.clone(),
                    disk_hash: h,
                });
            }
            self.known.insert(rel.clone(), (now, h));
            seen.insert(rel);
        }
        // Files no longer listed (removed, or a folder gone).
        let gone: Vec<PathBuf> = self
            .known
            .keys()
            .filter(|p| !seen.contains(*p))
            .cloned()
            .collect();
        for rel in gone {
            if let Some((_, Some(_))) = self.known.remove(&rel) {
                out.push(DiskChange {
                    file: rel,
                    disk_hash: None,
                });
            }
        }
        out
    }
}
