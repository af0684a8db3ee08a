//! The demo workspace: the template, the 17 working groups of the pact's
//! 2017–2021 annex, example actions, indicators, meetings and journal.

use std::path::Path;

/// Why the demo could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The file system refused.
    #[error("cannot write the demo in {0}: {1}")]
    Io(String, String),
}

/// Writes a demo workspace into `dir` (which must not hold a workspace yet).
pub fn write_demo(dir: &Path) -> Result<(), DemoError> {
    Err(DemoError::Io(dir.display().to_string(), "demo is being written".into()))
}
