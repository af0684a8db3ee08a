//! The demo workspace: the template, the 17 working groups of the pact's
//! 2017–2021 annex, example actions, indicators, meetings and journal.
//!
//! The demo is data: the RON files under `config/demo/` in the repository,
//! embedded in the binary as they are and written out byte for byte. They
//! are edited like any workspace (by hand, `pacte set` or the interface);
//! `tests/demo.rs` checks that they load without a diagnostic, pass
//! `pacte check` without an error and are canonical.
//!
//! Figures of the demo: 17 working groups on the six territories (one group
//! shared by Biterrois and Petite Camargue), 38 actions in the annex's
//! statuses (9 *totalement réalisées*, 10 *en fonctionnement*, 15 *en cours*,
//! 4 *au stade du projet*), including the annex's six emblematic actions.

use crate::store::layout::REFERENTIAL_FILE;
use crate::store::save::write_atomic;
use std::fs;
use std::path::{Path, PathBuf};

/// The date the demo data is written as of: measurements, meetings and
/// journal entries are all on or before it (ISO form).
pub const DEMO_AS_OF: &str = "2026-11-29";

/// Embeds files of `config/demo/` as (relative path, text) pairs.
macro_rules! demo_files {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("../../config/demo/", $path)))),*]
    };
}

/// The demo's files: paths relative to the workspace root (with `/`) and
/// their text, `pacte.ron` last so that an interrupted run leaves a folder
/// that a second run completes.
pub const FILES: &[(&str, &str)] = demo_files![
    ".gitignore",
    ".gitattributes",
    "docs/grille-de-reperage.md",
    "groups/montpellierain-illettrisme-illectronisme.ron",
    "groups/montpellierain-mobilite.ron",
    "groups/montpellierain-iae.ron",
    "groups/thau-mobilite.ron",
    "groups/thau-initiatives-solidaires.ron",
    "groups/thau-numerique-droits.ron",
    "groups/coeur-selectivite-emploi.ron",
    "groups/coeur-acces-aux-droits.ron",
    "groups/coeur-mobilite-insertion.ron",
    "groups/petite-camargue-ess-economie.ron",
    "groups/petite-camargue-mobilite.ron",
    "groups/petite-camargue-illectronisme.ron",
    "groups/biterrois-ess-iae.ron",
    "groups/biterrois-levee-freins.ron",
    "groups/biterrois-petite-camargue-etude.ron",
    "groups/haut-languedoc-levee-freins.ron",
    "groups/haut-languedoc-services-publics.ron",
    "governance.ron",
    "pacte.ron",
];

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
}

/// True for the git files (`.gitignore`, `.gitattributes`) whose lines are
/// added to a file already there instead of replacing it.
fn is_git_file(rel: &str) -> bool {
    rel.starts_with(".git")
}

/// Writes the demo workspace into `dir` (created when missing), which must
/// not hold a workspace yet: every file of [`FILES`], through the store's
/// atomic write. The lines of `.gitignore` and `.gitattributes` are added
/// to existing files that lack them. Does not run git.
pub fn write_demo(dir: &Path) -> Result<(), DemoError> {
    if fs::symlink_metadata(dir.join(REFERENTIAL_FILE)).is_ok() {
        return Err(DemoError::Exists(dir.to_path_buf()));
    }
    // Files left by an interrupted run (the same bytes) are fine; any other
    // workspace file is someone's data.
    let same = |rel: &Path, bytes: &[u8]| {
        FILES
            .iter()
            .any(|(p, t)| Path::new(p) == rel && t.as_bytes() == bytes)
    };
    if let Some(o) = crate::store::layout::occupied(dir, &same) {
        return Err(DemoError::Occupied(dir.to_path_buf(), o));
    }
    let io = |e: std::io::Error| DemoError::Io(dir.display().to_string(), e.to_string());
    fs::create_dir_all(dir).map_err(io)?;
    for (rel, text) in FILES {
        let path = dir.join(rel);
        if is_git_file(rel) {
            add_lines(&path, text).map_err(io)?;
        } else {
            write_atomic(&path, text.as_bytes()).map_err(io)?;
        }
    }
    Ok(())
}

/// Writes `text` to `path`, or adds to the file there the lines of `text`
/// it lacks (compared word by word).
fn add_lines(path: &Path, text: &str) -> std::io::Result<()> {
    use crate::store::safe::{Refused, read_regular};
    // A regular file only, as every read of the workspace: never through a
    // link, never from a FIFO or a device.
    let current = match read_regular(path, crate::store::layout::MAX_FILE_SIZE) {
        Ok(bytes) => String::from_utf8(bytes)
            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?,
        Err(Refused::Missing) => String::new(),
        Err(Refused::Io(e)) => return Err(e),
        Err(why) => return Err(std::io::Error::other(format!("{}: {why}", path.display()))),
    };
    let has = |line: &str| {
        current
            .lines()
            .any(|l| l.split_whitespace().eq(line.split_whitespace()))
    };
    let missing: Vec<&str> = text.lines().filter(|l| !has(l)).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let mut out = current.clone();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    for line in missing {
        out.push_str(line);
        out.push('\n');
    }
    write_atomic(path, out.as_bytes())
}
