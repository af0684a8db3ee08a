//! The demo workspace: the template, the 17 working groups of the pact's
//! 2017–2021 annex, example actions, indicators, meetings and journal.
//!
//! Everything is example data, written from fixed dates (nothing depends on
//! today) so that the demo is reproducible: two runs give identical bytes.
//! The data is typed in the submodules as compact specifications (`&str`
//! ids and ISO dates), checked and turned into domain values in one place,
//! so a typo in the data is an error, never a panic.
//!
//! Figures of the demo: 17 working groups on the six territories (one group
//! shared by Biterrois and Petite Camargue), 38 actions in the annex's
//! statuses (9 *totalement réalisées*, 10 *en fonctionnement*, 15 *en cours*,
//! 4 *au stade du projet*), including the annex's six emblematic actions.

mod est;
mod governance;
mod ouest;
mod referential;
mod spec;

use crate::domain::{Governance, Group, Referential};
use crate::store::format::to_canonical;
use crate::store::layout::{GOVERNANCE_FILE, REFERENTIAL_FILE, TEMP_SUFFIX, group_path};
use crate::store::save::write_atomic;
use std::fs;
use std::path::{Path, PathBuf};

/// The date the demo data is written as of: measurements, meetings and
/// journal entries are all on or before it (ISO form).
pub const DEMO_AS_OF: &str = "2026-11-29";

/// Why the demo could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The file system refused (folder, then the reason).
    #[error("cannot write the demo in {0}: {1}")]
    Io(String, String),
    /// The folder already holds a workspace; it is left untouched.
    #[error("{} already holds a pacte workspace (pacte.ron): the demo is only written into a new folder", .0.display())]
    Exists(PathBuf),
    /// The folder holds workspace files (or a linked folder) that are not
    /// the demo's: someone's data, left untouched.
    #[error("{}", crate::cli::init::occupied_message(.0, .1).en)]
    Occupied(PathBuf, crate::store::layout::Occupied),
    /// The shipped template does not parse (a broken build).
    #[error("the shipped template does not parse: {0}")]
    Template(String),
    /// The built-in demo data is inconsistent (a broken build).
    #[error("invalid demo data: {0}")]
    Data(String),
    /// A file could not be serialised (file, then the reason).
    #[error("cannot serialise {0}: {1}")]
    Format(String, String),
}

/// The demo's content, in memory.
#[derive(Clone, Debug, PartialEq)]
pub struct Demo {
    /// The template referential with the annex's organisations added.
    pub referential: Referential,
    /// COPIL and local committee meetings.
    pub governance: Governance,
    /// The 17 working groups, in the annex's order.
    pub groups: Vec<Group>,
}

/// Builds the demo's content (no file system access).
pub fn demo() -> Result<Demo, DemoError> {
    let referential = referential::referential()?;
    let governance = governance::governance()?;
    let mut groups = Vec::new();
    let annex_order = [
        est::montpellierain(),
        est::thau(),
        ouest::coeur_d_herault(),
        est::petite_camargue(),
        ouest::biterrois(),
        ouest::haut_languedoc(),
    ];
    for g in annex_order.into_iter().flatten() {
        groups.push(g.build()?);
    }
    Ok(Demo {
        referential,
        governance,
        groups,
    })
}

/// The demo's files: paths relative to the workspace root and their
/// canonical text, `pacte.ron` last.
pub fn demo_files() -> Result<Vec<(PathBuf, String)>, DemoError> {
    let demo = demo()?;
    let mut files = Vec::new();
    for g in &demo.groups {
        let path = group_path(&g.id);
        let text = canonical(&path, g)?;
        files.push((path, text));
    }
    let path = PathBuf::from(GOVERNANCE_FILE);
    let text = canonical(&path, &demo.governance)?;
    files.push((path, text));
    let path = PathBuf::from(REFERENTIAL_FILE);
    let text = canonical(&path, &demo.referential)?;
    files.push((path, text));
    Ok(files)
}

/// The canonical text of one file.
fn canonical<T: serde::Serialize>(name: &Path, value: &T) -> Result<String, DemoError> {
    to_canonical(value).map_err(|e| DemoError::Format(name.display().to_string(), e.to_string()))
}

/// Writes a demo workspace into `dir` (created when missing), which must not
/// hold a workspace yet: `pacte.ron`, `governance.ron`, one file per group
/// under `groups/`, and a `.gitignore` for the temp files of saves. Does not
/// run git.
///
/// `pacte.ron` is written last, so an interrupted run leaves a folder that a
/// second run completes.
pub fn write_demo(dir: &Path) -> Result<(), DemoError> {
    let referential = dir.join(REFERENTIAL_FILE);
    if fs::symlink_metadata(&referential).is_ok() {
        return Err(DemoError::Exists(dir.to_path_buf()));
    }
    let files = demo_files()?;
    // Files left by an interrupted run (the same bytes) are fine; any other
    // workspace file is someone's data.
    let same = |rel: &Path, bytes: &[u8]| {
        files
            .iter()
            .any(|(p, t)| p.as_path() == rel && t.as_bytes() == bytes)
    };
    if let Some(o) = crate::store::layout::occupied(dir, &same) {
        return Err(DemoError::Occupied(dir.to_path_buf(), o));
    }
    let io = |e: std::io::Error| DemoError::Io(dir.display().to_string(), e.to_string());
    fs::create_dir_all(dir).map_err(io)?;
    write_gitignore(dir).map_err(io)?;
    for (rel, text) in files {
        write_atomic(&dir.join(rel), text.as_bytes()).map_err(io)?;
    }
    Ok(())
}

/// Writes `.gitignore` with the temp-file pattern, or adds the pattern to
/// an existing one that lacks it.
fn write_gitignore(dir: &Path) -> std::io::Result<()> {
    let path = dir.join(".gitignore");
    let pattern = format!("*{TEMP_SUFFIX}");
    let current = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e),
    };
    if current.lines().any(|l| l.trim() == pattern) {
        return Ok(());
    }
    let mut text = current;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&pattern);
    text.push('\n');
    write_atomic(&path, text.as_bytes())
}
