//! Where things live in a workspace folder.

use crate::domain::Id;
use std::path::{Path, PathBuf};

/// The referential file, at the workspace root.
pub const REFERENTIAL_FILE: &str = "pacte.ron";
/// The governance file (COPIL, local committees), at the workspace root.
pub const GOVERNANCE_FILE: &str = "governance.ron";
/// The folder holding one file per working group.
pub const GROUPS_DIR: &str = "groups";
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

/// The nearest folder from `start` upwards that holds a workspace.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|d| is_workspace(d))
        .map(Path::to_path_buf)
}
