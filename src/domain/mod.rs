//! The pact's domain: types and rules, with no knowledge of files or screens.

pub mod codes;
pub mod document;
pub mod edit;
pub mod evaluation;
mod governance;
mod group;
mod id;
mod kinds;
pub mod meeting;
mod meeting_rules;
mod message;
mod parse;
mod referential;
pub mod register;
pub mod register_rules;
pub mod rules;
pub mod vocabulary;

pub use document::Document;
pub use governance::{Governance, InterimEvaluation};
pub use group::{
    Action, Deliverable, Discussed, Group, Indicator, JournalEntry, Lead, Measurement, Meeting,
    MeetingKey, Minutes,
};
pub use id::{Id, IdError, MAX_ID_LEN, slug};
pub use kinds::{CopilStage, EntryKind, IndicatorKind, MeetingKind, Status};
pub use message::Message;
pub use parse::{
    ProgressInput, parse_date, parse_number, parse_status, read_count, read_date, read_measurement,
    read_number, read_optional_date, read_progress, read_status, read_yes_no,
};
pub use referential::{
    Axis, BASE_VERSION, Departement, OLDEST_VERSION, Organisation, Period, Public, Referential,
    SCHEMA_VERSION, Territory, Theme, Versioned,
};
