//! What an open popup is asking, as one typed step per subject: an
//! action's fields, an indicator and its measurements, a deliverable, a
//! journal entry, a meeting, an interim evaluation, a group, the filter,
//! sharing. A popup carries one [`Step`]; `update::answer` hands the answer
//! to the module of that subject.
//!
//! Steps name what they change by key (ids, dates, a journal entry's
//! content, a meeting's key), never by a position in a list: a file reloaded
//! while a question is open can never make it change another item.

use super::app::{ActionRef, FilterField};
use crate::domain::{
    CopilStage, EntryKind, Id, IndicatorKind, JournalEntry, MeetingKey, MeetingKind, Status,
};
use chrono::NaiveDate;

/// What a popup is for.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// An action's own fields, its creation and deletion.
    Action(ActionStep),
    /// An indicator and its measurements.
    Indicator(IndicatorStep),
    /// A deliverable.
    Deliverable(DeliverableStep),
    /// A journal entry.
    Journal(JournalStep),
    /// A meeting of a group or of the governance.
    Meeting(MeetingStep),
    /// Meeting mode: opening a meeting, what is recorded in it, its end.
    Session(SessionStep),
    /// An interim evaluation.
    Evaluation(EvaluationStep),
    /// A group's own fields, its creation and deletion.
    Group(GroupStep),
    /// A value for one filter.
    Filter(FilterField),
    /// Sharing through git.
    Share(ShareStep),
    /// Reload a group from disk, dropping its unsaved edit.
    Reload(Id),
    /// Quit although some edits could not be saved.
    QuitUnsaved,
    /// The organisation whose sheet to show.
    Partner,
}

/// One row of a choice list: what choosing it means.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Nothing (a "none" or "no" row).
    None,
    /// Yes.
    Yes,
    /// An organisation, territory, axis, theme, public or indicator.
    Id(Id),
    /// A menu entry.
    Menu(MenuItem),
    /// A status.
    Status(Status),
    /// A kind of journal entry.
    EntryKind(EntryKind),
    /// A kind of meeting.
    MeetingKind(MeetingKind),
    /// A stage of the steering committee.
    Stage(CopilStage),
    /// A kind of indicator.
    IndicatorKind(IndicatorKind),
    /// A measurement, by its date.
    Date(NaiveDate),
    /// A deliverable, by its label.
    Deliverable(String),
    /// A journal entry, by its content.
    Entry(Box<JournalEntry>),
    /// Something new, typed next.
    New,
}

/// The entries of the menus (Enter on an item).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    /// Add a measurement.
    Measure,
    /// Correct or delete a measurement.
    Measurements,
    /// Correct a measurement's value or date.
    Fix,
    /// The label.
    Label,
    /// The unit.
    Unit,
    /// The baseline.
    Baseline,
    /// The target.
    Target,
    /// Realisation or evaluation.
    Kind,
    /// The text.
    Text,
    /// The date.
    Date,
    /// The stage of a COPIL.
    Stage,
    /// The territory of a local committee.
    Territory,
    /// The participants.
    Participants,
    /// The organisations present.
    Organisations,
    /// The decisions.
    Decisions,
    /// The year evaluated.
    Year,
    /// The summary.
    Summary,
    /// A group's name.
    Name,
    /// A group's territories.
    Territories,
    /// A group's axis and themes.
    Themes,
    /// A group's pilot.
    Pilot,
    /// A group's co-pilot.
    Copilot,
    /// A group's member organisations.
    Members,
    /// Delete the item.
    Delete,
}

/// An indicator of an action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorRef {
    /// The action.
    pub action: ActionRef,
    /// The indicator.
    pub id: Id,
}

/// A journal entry of an action, found by its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryRef {
    /// The action.
    pub action: ActionRef,
    /// The entry as it was when the question was asked.
    pub entry: JournalEntry,
}

/// Whose meeting: a working group's, or the pact's governance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MeetingOwner {
    /// A working group.
    Group(Id),
    /// The governance file (COPIL, local committees).
    Governance,
}

/// An existing meeting: its owner and its key (date, kind, territory, rank).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingRef {
    /// Whose meeting.
    pub owner: MeetingOwner,
    /// Its key.
    pub key: MeetingKey,
}

/// Pilot or co-pilot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadRole {
    /// The pilot.
    Pilot,
    /// The co-pilot.
    Copilot,
}

/// Questions about an action's own fields.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionStep {
    /// Type the progress.
    Progress(ActionRef),
    /// Type the due date.
    Due(ActionRef),
    /// Type the start date.
    Start(ActionRef),
    /// Type the title.
    Title(ActionRef),
    /// Edit the objectives.
    Objectives(ActionRef),
    /// Edit the implementation.
    Implementation(ActionRef),
    /// Tick the target publics.
    Publics(ActionRef),
    /// Title of a new action of this group.
    New(Id),
    /// Delete the action?
    Delete(ActionRef),
}

/// An indicator being created.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorDraft {
    /// Its action.
    pub target: ActionRef,
    /// Label.
    pub label: String,
    /// Kind.
    pub kind: IndicatorKind,
    /// Unit.
    pub unit: String,
}

/// Which field of an indicator is typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndicatorField {
    /// Label.
    Label,
    /// Unit.
    Unit,
    /// Baseline.
    Baseline,
    /// Target.
    Target,
}

/// Questions about indicators and measurements.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorStep {
    /// New indicator: its label.
    Label(IndicatorDraft),
    /// New indicator: its kind.
    Kind(IndicatorDraft),
    /// New indicator: its unit.
    Unit(IndicatorDraft),
    /// New indicator: its target.
    Target(IndicatorDraft),
    /// Which indicator gets a measurement.
    Which(ActionRef),
    /// What to do with an indicator.
    Menu(IndicatorRef),
    /// Type one field of an indicator.
    Field(IndicatorRef, IndicatorField),
    /// Type a measurement (value, and optionally its date).
    Measure(IndicatorRef),
    /// Record this measurement although it looks wrong?
    Implausible(IndicatorRef, NaiveDate, f64),
    /// Which measurement to correct or delete.
    Measurements(IndicatorRef),
    /// What to do with the measurement of this date.
    MeasurementMenu(IndicatorRef, NaiveDate),
    /// Correct the measurement of this date.
    Fix(IndicatorRef, NaiveDate),
    /// Delete the measurement of this date?
    DeleteMeasurement(IndicatorRef, NaiveDate),
    /// Delete the indicator?
    Delete(IndicatorRef),
}

/// Questions about deliverables (found by their label).
#[derive(Clone, Debug, PartialEq)]
pub enum DeliverableStep {
    /// Label of a new deliverable.
    New(ActionRef),
    /// New label of this deliverable.
    Label(ActionRef, String),
    /// Delete this deliverable?
    Delete(ActionRef, String),
    /// The document of this deliverable.
    Document(ActionRef, String),
}

/// Questions about journal entries.
#[derive(Clone, Debug, PartialEq)]
pub enum JournalStep {
    /// New entry: its kind.
    Kind(ActionRef),
    /// New entry: its date.
    Date(ActionRef, EntryKind),
    /// New entry: its text.
    Text(ActionRef, EntryKind, NaiveDate),
    /// What to do with an entry.
    Menu(EntryRef),
    /// Edit an entry's text.
    TextOf(EntryRef),
    /// Change an entry's date.
    DateOf(EntryRef),
    /// Change an entry's kind.
    KindOf(EntryRef),
    /// Delete the entry?
    Delete(EntryRef),
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

/// Questions about meetings.
#[derive(Clone, Debug, PartialEq)]
pub enum MeetingStep {
    /// New meeting: its date.
    Date(MeetingDraft),
    /// New meeting: its kind.
    Kind(MeetingDraft),
    /// New COPIL: its stage.
    Stage(MeetingDraft),
    /// New local committee: its territory.
    Territory(MeetingDraft),
    /// New meeting: how many took part.
    Participants(MeetingDraft),
    /// New meeting: the organisations present.
    Organisations(MeetingDraft),
    /// New meeting: its decisions, one per line.
    Decisions(MeetingDraft),
    /// What to change in a meeting.
    Menu(MeetingRef),
    /// Change the date.
    DateOf(MeetingRef),
    /// Change the kind.
    KindOf(MeetingRef),
    /// Change the stage of a COPIL.
    StageOf(MeetingRef),
    /// Change the territory of a local committee.
    TerritoryOf(MeetingRef),
    /// Change the participants.
    ParticipantsOf(MeetingRef),
    /// Change the organisations present.
    OrganisationsOf(MeetingRef),
    /// Change the decisions.
    DecisionsOf(MeetingRef),
    /// Delete the meeting?
    Delete(MeetingRef),
}

/// A meeting being opened in meeting mode.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionDraft {
    /// The group.
    pub group: Id,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: MeetingKind,
    /// Organisations present.
    pub present: Vec<Id>,
    /// Organisations excused.
    pub excused: Vec<Id>,
    /// Participants.
    pub participants: u32,
    /// Names of the professionals present.
    pub people: Vec<String>,
}

/// A next step being taken in a meeting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepDraft {
    /// The action.
    pub action: ActionRef,
    /// The meeting.
    pub meeting: Id,
    /// What is to be done.
    pub text: String,
    /// Who carries it.
    pub owner: Option<Id>,
}

/// Questions of meeting mode.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionStep {
    /// Opening: the date.
    Date(SessionDraft),
    /// Opening: the kind.
    Kind(SessionDraft),
    /// Opening: the organisations present.
    Present(SessionDraft),
    /// Opening: the name of an organisation present that the referential
    /// does not know yet (added to it).
    NewOrganisation(SessionDraft),
    /// Opening: the organisations excused.
    Excused(SessionDraft),
    /// Opening: how many took part.
    Participants(SessionDraft),
    /// Opening: the names of the professionals present (optional).
    People(SessionDraft),
    /// Opening: the agenda note; Enter opens the meeting.
    Agenda(SessionDraft),
    /// A decision on the action, taken in the meeting.
    Decision(ActionRef, Id),
    /// A general decision of the meeting (group and meeting).
    General(Id, Id),
    /// A next step: what.
    StepText(ActionRef, Id),
    /// A next step: who carries it.
    StepOwner(StepDraft),
    /// A next step: when it is due; Enter records it.
    StepDue(StepDraft),
    /// Tick a deliverable or close a next step of the action.
    Tick(ActionRef, Id),
    /// The minutes were read: end the meeting, write them, share.
    End(Id, Id),
}

/// An interim evaluation being recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvaluationDraft {
    /// The year evaluated.
    pub year: i32,
    /// When it was presented.
    pub date: NaiveDate,
}

/// Questions about interim evaluations (found by the year evaluated).
#[derive(Clone, Debug, PartialEq)]
pub enum EvaluationStep {
    /// New evaluation: the year evaluated.
    Year,
    /// New evaluation: when it was presented.
    Date(EvaluationDraft),
    /// New evaluation: its summary.
    Summary(EvaluationDraft),
    /// What to change in the evaluation of this year.
    Menu(i32),
    /// Change the year.
    YearOf(i32),
    /// Change the date.
    DateOf(i32),
    /// Change the summary.
    SummaryOf(i32),
    /// Delete it?
    Delete(i32),
}

/// A group being created.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct GroupDraft {
    /// Name.
    pub name: String,
    /// Territory.
    pub territory: Option<Id>,
    /// Axis.
    pub axis: Option<Id>,
    /// Theme.
    pub theme: Option<Id>,
}

/// Questions about a group.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupStep {
    /// Type the group's name.
    Name(Id),
    /// New group: its name.
    NewName(GroupDraft),
    /// New group: its territory.
    NewTerritory(GroupDraft),
    /// New group: its axis.
    NewAxis(GroupDraft),
    /// New group: its pilot organisation.
    NewPilot(GroupDraft),
    /// What to change in a group.
    Menu(Id),
    /// Tick its territories.
    Territories(Id),
    /// Choose its axis.
    Axis(Id),
    /// Tick its themes within this axis (which becomes the group's).
    Themes(Id, Id),
    /// Choose the organisation of its pilot or co-pilot.
    Lead(Id, LeadRole),
    /// Type the person of its pilot or co-pilot, of this organisation.
    LeadPerson(Id, LeadRole, Id),
    /// Tick its member organisations.
    Members(Id),
    /// Delete the group and its file?
    Delete(Id),
}

/// Questions of sharing through git.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareStep {
    /// The commit message of the sync panel.
    CommitMessage,
    /// A value typed for conflict `1` of file `0` of the conflict screen.
    ConflictValue(usize, usize),
    /// Abandon the merge or rebase stopped on conflicts?
    Abort,
    /// Share files that have errors anyway?
    Force(Box<super::sync::SyncEffect>),
}

/// The answer a popup gives to its step.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// Typed text (a prompt or the editor), trimmed at its end.
    Text(String),
    /// The chosen rows (one, or the ticked ones of a multiple choice).
    Chosen(Vec<Choice>),
    /// Yes to a question.
    Yes,
}

impl Answer {
    /// The typed text, trimmed (empty for a choice).
    pub fn text(&self) -> &str {
        match self {
            Answer::Text(t) => t.trim(),
            _ => "",
        }
    }

    /// The typed text as typed (only its end trimmed).
    pub fn raw(&self) -> &str {
        match self {
            Answer::Text(t) => t.trim_end(),
            _ => "",
        }
    }

    /// The chosen rows (none for typed text).
    pub fn chosen(&self) -> &[Choice] {
        match self {
            Answer::Chosen(c) => c,
            _ => &[],
        }
    }

    /// The first chosen row.
    pub fn first(&self) -> Option<&Choice> {
        self.chosen().first()
    }
}
