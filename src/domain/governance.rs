//! Governance records: COPIL and local committee meetings (`governance.ron`).

use super::Meeting;
use serde::{Deserialize, Serialize};

/// The pact's governance meetings, kept apart from the working groups.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// Schema version of the file.
    pub version: u32,
    /// COPIL and local committee meetings, oldest first.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
}
