//! Files: canonical RON, safe reading of untrusted files, atomic saves.

pub mod cache;
pub mod documents;
pub mod format;
pub mod git;
pub mod layout;
pub mod read;
pub mod safe;
pub mod save;
pub mod saver;
mod workspace;

pub use save::SaveError;
pub use workspace::{DiskChange, DiskWatch, OpenError, Progress, Reloaded, Workspace};
