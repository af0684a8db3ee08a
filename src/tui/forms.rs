//! What the multi-step forms and menus hold: meetings (of a group or of the
//! pact's governance), interim evaluations, dated journal entries, single
//! measurements and a group's territories, axis and themes.
//!
//! The popups of [`super::app`] carry these as `Form(..)` variants; the
//! answers are applied in `update::forms`.

use super::app::ActionRef;
use crate::domain::{CopilStage, EntryKind, Id, MeetingKind};
use chrono::NaiveDate;

/// Whose meeting: a working group's, or the pact's governance (`governance.ron`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingOwner {
    /// A working group.
    Group(Id),
    /// The governance file (COPIL, local committees).
    Governance,
}

/// An existing meeting: its owner and its index in the owner's list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingRef {
    /// Whose meeting.
    pub owner: MeetingOwner,
    /// Index in the owner's meetings.
    pub index: usize,
}

/// A meeting being recorded, step by step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingDraft {
    /// Whose meeting.
    pub owner: MeetingOwner,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: MeetingKind,
    /// For a COPIL: its stage.
    pub stage: Option<CopilStage>,
    /// For a local committee: its territory.
    pub territory: Option<Id>,
    /// Participants.
    pub participants: u32,
    /// Organisations present.
    pub organisations: Vec<Id>,
}

/// An interim evaluation being recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvaluationDraft {
    /// The year evaluated.
    pub year: i32,
    /// When it was presented.
    pub date: NaiveDate,
}

/// One-line prompts of the forms.
#[derive(Clone, Debug, PartialEq)]
pub enum FormInput {
    /// Date of a new meeting.
    MeetingDate(MeetingDraft),
    /// Participants of a new meeting.
    MeetingParticipants(MeetingDraft),
    /// Change the date of a meeting.
    MeetingDateOf(MeetingRef),
    /// Change the participants of a meeting.
    MeetingParticipantsOf(MeetingRef),
    /// Year of a new interim evaluation.
    EvaluationYear,
    /// Date of a new interim evaluation.
    EvaluationDate(EvaluationDraft),
    /// Change the year of an evaluation.
    EvaluationYearOf(usize),
    /// Change the date of an evaluation.
    EvaluationDateOf(usize),
    /// Date of a new journal entry of this kind.
    JournalDate(ActionRef, EntryKind),
    /// Change the date of a journal entry.
    JournalDateOf(ActionRef, usize),
    /// Correct a measurement (value and date) of an indicator.
    MeasurementFix(ActionRef, Id, NaiveDate),
}

/// Choice lists of the forms.
#[derive(Clone, Debug, PartialEq)]
pub enum FormPick {
    /// Kind of a new meeting.
    MeetingKind(MeetingDraft),
    /// Stage of a new COPIL.
    MeetingStage(MeetingDraft),
    /// Territory of a new local committee.
    MeetingTerritory(MeetingDraft),
    /// Organisations present at a new meeting (several).
    MeetingOrganisations(MeetingDraft),
    /// What to change in a meeting.
    MeetingMenu(MeetingRef),
    /// Change the kind of a meeting.
    MeetingKindOf(MeetingRef),
    /// Change the stage of a COPIL.
    MeetingStageOf(MeetingRef),
    /// Change the territory of a local committee.
    MeetingTerritoryOf(MeetingRef),
    /// Change the organisations present (several).
    MeetingOrganisationsOf(MeetingRef),
    /// What to change in an interim evaluation.
    EvaluationMenu(usize),
    /// What to do with a journal entry.
    JournalMenu(ActionRef, usize),
    /// Change the kind of a journal entry.
    JournalKindOf(ActionRef, usize),
    /// Which measurement of an indicator.
    Measurements(ActionRef, Id),
    /// What to do with one measurement.
    MeasurementMenu(ActionRef, Id, NaiveDate),
    /// What to change in a group.
    GroupMenu(Id),
    /// Territories of a group (several).
    GroupTerritories(Id),
    /// Axis of a group.
    GroupAxis(Id),
    /// Themes of a group (several), within this axis (which becomes the
    /// group's axis when it differs).
    GroupThemes(Id, Id),
}

/// Multi-line editors of the forms.
#[derive(Clone, Debug, PartialEq)]
pub enum FormText {
    /// Decisions of a new meeting, one per line.
    Decisions(MeetingDraft),
    /// Change the decisions of a meeting.
    DecisionsOf(MeetingRef),
    /// Summary of a new interim evaluation.
    Summary(EvaluationDraft),
    /// Change the summary of an evaluation.
    SummaryOf(usize),
    /// A new journal entry of this kind and date.
    Journal(ActionRef, EntryKind, NaiveDate),
}

/// Deletions of the forms (asked first).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormConfirm {
    /// Delete a meeting.
    Meeting(MeetingRef),
    /// Delete an interim evaluation.
    Evaluation(usize),
    /// Delete one measurement of an indicator.
    Measurement(ActionRef, Id, NaiveDate),
}
