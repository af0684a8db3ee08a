//! Where things live in a workspace folder.

use crate::domain::Id;
use std::path::{Path, PathBuf};

/// The referential file, at the workspace root.
pub const REFERENTIAL_FILE: &str = "pacte.ron";
/// The governance file (COPIL, local committees), at the workspace root.
pub const GOVERNANCE_FILE: &str = "governance.ron";
/// The folder holding one file per working group.
pub const GROUPS_DIR: &str = "groups";
/// The folder holding the minutes of meetings, one folder per group.
pub const MINUTES_DIR: &str = "minutes";
/// The folder of the documents deliverables name (`docs/`), shared by a
/// sync like the group files.
pub const DOCS_DIR: &str = "docs";
/// Suffix of temporary files written during a save.
pub const TEMP_SUFFIX: &str = ".pacte-tmp";
/// Largest file read, in bytes.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// Relative path of a new group's file. Ids are slugs, so the path cannot
/// leave `groups/`.
pub fn group_path(id: &Id) -> PathBuf {
    Path::new(GROUPS_DIR).join(format!("{id}.ron"))
}

/// True when `dir` holds a workspace (a `pacte.ron`).
pub fn is_workspace(dir: &Path) -> bool {
    dir.join(REFERENTIAL_FILE).is_file()
}

/// Why a new workspace cannot be written in a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Occupied {
    /// It already holds this workspace file (relative to the folder).
    File(PathBuf),
    /// This folder of it (relative) is a symbolic link.
    Link(PathBuf),
}

/// Whether `dir` can receive a new workspace: `None` when it holds no
/// workspace file (`pacte.ron`, `governance.ron`, a `.ron` file under
/// `groups/`) and no symbolic link where the workspace's folders go.
/// `allowed(rel, bytes)` may accept a file found (e.g. one a previous,
/// interrupted run wrote with the same bytes).
pub fn occupied(dir: &Path, allowed: &dyn Fn(&Path, &[u8]) -> bool) -> Option<Occupied> {
    use std::fs;
    let groups = dir.join(GROUPS_DIR);
    if fs::symlink_metadata(&groups).is_ok_and(|m| m.file_type().is_symlink()) {
        return Some(Occupied::Link(PathBuf::from(GROUPS_DIR)));
    }
    // The referential first: it is what says "a workspace is here".
    let mut named = Vec::new();
    for f in [REFERENTIAL_FILE, GOVERNANCE_FILE] {
        if fs::symlink_metadata(dir.join(f)).is_ok() {
            named.push(PathBuf::from(f));
        }
    }
    let mut found = Vec::new();
    let mut stack = vec![(PathBuf::from(GROUPS_DIR), 0usize)];
    while let Some((rel, depth)) = stack.pop() {
        let Ok(entries) = fs::read_dir(dir.join(&rel)) else {
            continue;
        };
        for e in entries.flatten() {
            let child = rel.join(e.file_name());
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_symlink() {
                return Some(Occupied::Link(child));
            }
            if ft.is_dir() && depth < 16 {
                stack.push((child, depth + 1));
            } else if child.extension().is_some_and(|x| x == "ron") {
                found.push(child);
            }
        }
    }
    found.sort();
    named.into_iter().chain(found).find_map(|rel| {
        let bytes = super::safe::read_regular(&dir.join(&rel), MAX_FILE_SIZE).ok();
        match bytes {
            Some(b) if allowed(&rel, &b) => None,
            _ => Some(Occupied::File(rel)),
        }
    })
}

/// The nearest folder from `start` upwards that holds a workspace.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|d| is_workspace(d))
        .map(Path::to_path_buf)
}
