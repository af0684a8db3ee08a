//! Import of actions from a spreadsheet (CSV).

use crate::store::Workspace;
use std::path::Path;

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Groups created.
    pub groups_created: usize,
    /// Groups updated.
    pub groups_updated: usize,
    /// Actions created.
    pub actions_created: usize,
    /// Actions updated.
    pub actions_updated: usize,
    /// Organisations added to the referential.
    pub organisations_added: Vec<String>,
}

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A problem in the CSV file, located.
    #[error("{file}:{line}: {message}")]
    Row {
        /// The CSV file.
        file: String,
        /// Line in the CSV file, from 1.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

/// Imports the CSV file at `path` into `ws` and saves what changed.
pub fn import_csv(_ws: &mut Workspace, path: &Path) -> Result<ImportSummary, ImportError> {
    Err(ImportError::Row {
        file: path.display().to_string(),
        line: 1,
        message: "import is being written".into(),
    })
}
