//! The full-screen terminal interface, in The Elm Architecture: one model
//! ([`app::App`]), messages ([`msg::Msg`]), a pure [`update::update`]
//! returning effects ([`msg::Effect`]), a small [`runtime`] performing them,
//! and a pure [`view::view`].

pub mod app;
pub mod board;
pub mod editor;
pub mod effects;
pub mod evaluator;
pub mod i18n;
pub mod input;
pub mod keymap;
pub mod keys;
pub mod msg;
mod open;
pub mod popups;
pub mod runtime;
pub mod saver;
pub mod search;
pub mod session;
pub mod steps;
pub mod sync;
mod sync_io;
pub mod update;
pub mod view;
pub mod watcher;

use chrono::NaiveDate;
use std::path::{Path, PathBuf};

pub use crate::i18n::Lang;

/// Options of a TUI session.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Interface language.
    pub lang: Lang,
    /// A keymap file to use instead of the user's `keymap.ron`.
    pub keymap: Option<PathBuf>,
    /// No colours, whatever `NO_COLOR` says (it is also read).
    pub no_color: bool,
    /// Today's date (default: `PACTE_TODAY` when set, else the local date at start).
    pub today: Option<NaiveDate>,
}

/// Why the interface stopped with an error.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    /// The terminal failed.
    #[error("terminal error: {0}")]
    Io(#[from] std::io::Error),
    /// The workspace cannot be opened.
    #[error(transparent)]
    Open(#[from] crate::store::OpenError),
}

/// Opens the interface on the workspace at `root` until the user quits.
pub fn run(root: &Path, options: Options) -> Result<(), TuiError> {
    runtime::run(root, options)
}
