//! Governance records: COPIL and local committee meetings, yearly interim
//! evaluations (`governance.ron`).

use super::Meeting;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The pact's governance, kept apart from the working groups.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Governance {
    /// Schema version of the file.
    pub version: u32,
    /// COPIL and local committee meetings, oldest first.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
    /// Yearly interim evaluations (*évaluation intermédiaire*), oldest first.
    #[serde(default)]
    pub evaluations: Vec<InterimEvaluation>,
}

/// A yearly interim evaluation of the pact, as presented.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InterimEvaluation {
    /// The year evaluated.
    pub year: i32,
    /// When it was presented.
    pub date: NaiveDate,
    /// What it concluded.
    #[serde(default)]
    pub summary: String,
}

impl super::Versioned for Governance {
    fn version(&self) -> u32 {
        self.version
    }
    fn upgrade(&mut self) {
        super::Meeting::assign_ids(&mut self.meetings);
        self.version = super::BASE_VERSION;
    }
}

impl Governance {}
