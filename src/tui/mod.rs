//! The full-screen terminal interface.

use std::path::Path;

/// Interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    /// French (default).
    #[default]
    Fr,
    /// English.
    En,
}

/// Options of a TUI session.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Interface language.
    pub lang: Lang,
}

/// Why the interface stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    /// The terminal failed.
    #[error("terminal error: {0}")]
    Io(#[from] std::io::Error),
}

/// Opens the interface on the workspace at `root` until the user quits.
pub fn run(root: &Path, _options: Options) -> Result<(), TuiError> {
    println!("{}", root.display());
    Ok(())
}
