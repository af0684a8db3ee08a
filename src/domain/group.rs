//! Working groups and what they carry: actions, indicators, journal, meetings.

use super::{CopilStage, EntryKind, Id, IndicatorKind, MeetingKind, Status};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A working group (stored in `groups/<id>.ron`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Schema version of the file.
    pub version: u32,
    /// Stable id; the file is `groups/<id>.ron`.
    pub id: Id,
    /// Name, e.g. "Mobilité des publics en insertion".
    pub name: String,
    /// Territories the group works on (one or more).
    pub territories: Vec<Id>,
    /// The axis it works on.
    pub axis: Id,
    /// Themes of that axis.
    #[serde(default)]
    pub themes: Vec<Id>,
    /// The pilot (required by the pact; `None` is reported by `pacte check`).
    #[serde(default)]
    pub pilot: Option<Lead>,
    /// The co-pilot, from another organisation.
    #[serde(default)]
    pub copilot: Option<Lead>,
    /// Member organisations.
    #[serde(default)]
    pub members: Vec<Id>,
    /// Actions the group carries.
    #[serde(default)]
    pub actions: Vec<Action>,
    /// Meetings held.
    #[serde(default)]
    pub meetings: Vec<Meeting>,
}

/// A pilot or co-pilot: an organisation, and optionally a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lead {
    /// The organisation (required).
    pub organisation: Id,
    /// Name of the professional, if known.
    #[serde(default)]
    pub person: Option<String>,
}

/// An action carried by a working group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable id, unique within its group.
    pub id: Id,
    /// Title.
    pub title: String,
    /// Objectives pursued.
    #[serde(default)]
    pub objectives: String,
    /// Target publics (ids from the referential).
    #[serde(default)]
    pub publics: Vec<Id>,
    /// Implementation modalities.
    #[serde(default)]
    pub implementation: String,
    /// Expected deliverables.
    #[serde(default)]
    pub deliverables: Vec<Deliverable>,
    /// Status.
    pub status: Status,
    /// Progress, 0–100.
    #[serde(default)]
    pub progress: u8,
    /// Start date.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// Due date.
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// Flagged as an experimentation (*expérimentation*).
    #[serde(default)]
    pub experimentation: bool,
    /// Realisation and evaluation indicators.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// Dated notes, decisions and next steps.
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
}

/// A deliverable of an action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deliverable {
    /// What is delivered.
    pub label: String,
    /// Whether it is delivered.
    #[serde(default)]
    pub done: bool,
    /// The document that holds it: a path inside the workspace (e.g.
    /// `docs/charte.pdf`) or a web address (schema version 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// An indicator with its dated measurements.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, unique within its action.
    pub id: Id,
    /// Label.
    pub label: String,
    /// Realisation or evaluation.
    pub kind: IndicatorKind,
    /// Unit, e.g. "personnes", "%".
    #[serde(default)]
    pub unit: String,
    /// Value at the start.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// Value aimed at.
    #[serde(default)]
    pub target: Option<f64>,
    /// Measurements, oldest first.
    #[serde(default)]
    pub measurements: Vec<Measurement>,
}

/// One dated value of an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    /// Date of the measure.
    pub date: NaiveDate,
    /// Value.
    pub value: f64,
}

/// A dated journal entry of an action: a note, a decision or a next step,
/// taken in a meeting or not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalEntry {
    /// Date.
    pub date: NaiveDate,
    /// Note, decision or next step.
    pub kind: EntryKind,
    /// Text.
    pub text: String,
    /// The meeting (of the action's group) where it was taken.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting: Option<Id>,
    /// A next step: the organisation that carries it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Id>,
    /// A next step: when it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    /// A next step: when it was done (closed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
}

impl JournalEntry {
    /// An entry with only its date, kind and text.
    pub fn new(date: NaiveDate, kind: EntryKind, text: impl Into<String>) -> Self {
        JournalEntry {
            date,
            kind,
            text: text.into(),
            ..JournalEntry::default()
        }
    }

    /// A next step not done yet.
    pub fn is_open_step(&self) -> bool {
        self.kind == EntryKind::NextStep && self.done.is_none()
    }

    /// An open next step due before `today`.
    pub fn is_overdue_step(&self, today: NaiveDate) -> bool {
        self.is_open_step() && self.due.is_some_and(|d| d < today)
    }
}

/// A meeting: of a working group, a local committee or the COPIL.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    /// Stable id within its list: the date, with `-2`, `-3`… for another
    /// meeting the same day. Journal entries taken in the meeting point to
    /// it. Files of version 1 have none; one is given when they load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Id>,
    /// Date.
    pub date: NaiveDate,
    /// Kind.
    pub kind: MeetingKind,
    /// For a COPIL: launch, mid-term, final.
    #[serde(default)]
    pub stage: Option<CopilStage>,
    /// For a local committee: its territory.
    #[serde(default)]
    pub territory: Option<Id>,
    /// Number of participants.
    #[serde(default)]
    pub participants: u32,
    /// Organisations present.
    #[serde(default)]
    pub organisations: Vec<Id>,
    /// Organisations excused.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub excused: Vec<Id>,
    /// Names of the professionals present (never data about the people
    /// the pact helps).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    /// What the meeting is for, as announced.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub agenda: String,
    /// General decisions (those about one action are its journal entries,
    /// linked to the meeting).
    #[serde(default)]
    pub decisions: Vec<String>,
    /// The actions discussed, in the order they were, with what changed
    /// on them during the meeting (for the minutes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discussed: Vec<Discussed>,
    /// While it is held: the action it changed last, where it resumes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<Id>,
    /// Where its minutes stand.
    #[serde(default, skip_serializing_if = "Minutes::is_unset")]
    pub minutes: Minutes,
}

/// An action discussed in a meeting and what changed on it then: its
/// status and progress before and after, the deliverables ticked.
/// Measurements taken are those dated the meeting's day; decisions and
/// next steps are the journal entries linked to the meeting.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discussed {
    /// The action (of the meeting's group).
    pub action: Id,
    /// Its status when the meeting reached it.
    pub status_before: Status,
    /// Its status after (when changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status_after: Option<Status>,
    /// Its progress when the meeting reached it.
    pub progress_before: u8,
    /// Its progress after (when changed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progress_after: Option<u8>,
    /// Deliverables ticked done during the meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ticked: Vec<String>,
    /// Deliverables added during the meeting.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub added: Vec<String>,
    /// When its due date changed during the meeting: the one before (none
    /// when it had none)…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_before: Option<NaiveDate>,
    /// …and the one after (none when it was removed). Both none: unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_after: Option<NaiveDate>,
}

impl Discussed {
    /// Whether its due date changed during the meeting.
    pub fn due_changed(&self) -> bool {
        self.due_before.is_some() || self.due_after.is_some()
    }
}

/// Where a meeting's minutes (*compte rendu*) stand. Written as a string
/// (`"draft"`, `"sent"`) like the other vocabularies.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Minutes {
    /// Recorded before meeting mode (version 1) or without minutes.
    #[default]
    None,
    /// The meeting is being held, or its minutes are not final.
    Draft,
    /// The meeting is closed and its minutes written and sent.
    Sent,
}

impl From<Minutes> for String {
    fn from(m: Minutes) -> String {
        match m {
            Minutes::None => "none",
            Minutes::Draft => "draft",
            Minutes::Sent => "sent",
        }
        .to_string()
    }
}

impl TryFrom<String> for Minutes {
    type Error = String;
    fn try_from(s: String) -> Result<Minutes, String> {
        match s.as_str() {
            "none" => Ok(Minutes::None),
            "draft" => Ok(Minutes::Draft),
            "sent" => Ok(Minutes::Sent),
            _ => Err(format!("unknown minutes status `{s}`: draft or sent")),
        }
    }
}

impl Minutes {
    /// True for [`Minutes::None`] (not written in files).
    pub fn is_unset(&self) -> bool {
        *self == Minutes::None
    }
}

impl Discussed {
    /// An action reached in a meeting, nothing changed yet.
    pub fn new(a: &super::Action) -> Self {
        Discussed {
            action: a.id.clone(),
            status_before: a.status,
            status_after: None,
            progress_before: a.progress,
            progress_after: None,
            ticked: Vec::new(),
            added: Vec::new(),
            due_before: None,
            due_after: None,
        }
    }
}

/// What identifies a meeting in its list: its id.
pub type MeetingKey = Id;

impl Meeting {
    /// A meeting of this date and kind, everything else empty (no id yet:
    /// [`Meeting::assign_ids`] or the edit that adds it gives one).
    pub fn new(date: NaiveDate, kind: MeetingKind) -> Self {
        Meeting {
            date,
            kind,
            ..Meeting::default()
        }
    }

    /// The key of each meeting of `list`, in order: its id, or for a
    /// meeting without one (version 1) the id it gets when the file loads.
    pub fn keys(list: &[Meeting]) -> Vec<MeetingKey> {
        let mut out: Vec<MeetingKey> = Vec::new();
        for m in list {
            let key = match &m.id {
                Some(id) => id.clone(),
                None => {
                    let taken = list.iter().filter_map(|x| x.id.as_ref()).chain(out.iter());
                    Meeting::fresh_id(m.date, taken)
                }
            };
            out.push(key);
        }
        out
    }

    /// Gives an id to every meeting of `list` without one (the date, then
    /// `-2`, `-3`… on a day already taken), in file order.
    pub fn assign_ids(list: &mut [Meeting]) {
        let keys = Meeting::keys(list);
        for (m, k) in list.iter_mut().zip(keys) {
            if m.id.is_none() {
                m.id = Some(k);
            }
        }
        // An id given twice (a hand edit): the later meeting takes the
        // day's next free id, so that every edit reaches the meeting meant.
        for i in 1..list.len() {
            let dup = list[i].id.is_some() && list[..i].iter().any(|x| x.id == list[i].id);
            if dup {
                let taken: Vec<Id> = list.iter().filter_map(|x| x.id.clone()).collect();
                list[i].id = Some(Meeting::fresh_id(list[i].date, taken.iter()));
            }
        }
    }

    /// The id of a new meeting on `date` among `taken`: `2026-12-01`, or
    /// `2026-12-01-2`, `-3`… when that day is taken.
    pub fn fresh_id<'a>(date: NaiveDate, taken: impl Iterator<Item = &'a Id> + Clone) -> Id {
        let day = date.format("%Y-%m-%d").to_string();
        let mut n = 1u32;
        loop {
            let s = if n == 1 {
                day.clone()
            } else {
                format!("{day}-{n}")
            };
            // A date and a number always make a valid id.
            if let Ok(id) = Id::new(s)
                && !taken.clone().any(|t| *t == id)
            {
                return id;
            }
            n += 1;
        }
    }
}

impl super::Versioned for Group {
    fn version(&self) -> u32 {
        self.version
    }
    fn upgrade(&mut self) {
        Meeting::assign_ids(&mut self.meetings);
        self.version = self.file_version();
    }
}

impl Group {
    /// The lowest schema version that holds this group: 4 when one of its
    /// deliverables names a document, else [`super::BASE_VERSION`].
    pub fn file_version(&self) -> u32 {
        let documents = self
            .actions
            .iter()
            .any(|a| a.deliverables.iter().any(|d| d.document.is_some()));
        if documents {
            super::SCHEMA_VERSION
        } else {
            super::BASE_VERSION
        }
    }

    /// The meeting with this id.
    pub fn meeting(&self, id: &Id) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.id.as_ref() == Some(id))
    }

    /// The action with this id.
    pub fn action(&self, id: &Id) -> Option<&Action> {
        self.actions.iter().find(|a| &a.id == id)
    }

    /// The action with this id, mutably.
    pub fn action_mut(&mut self, id: &Id) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| &a.id == id)
    }
}

impl Action {
    /// A new action with the given id, title and status, everything else empty.
    pub fn new(id: Id, title: impl Into<String>, status: Status) -> Self {
        Action {
            id,
            title: title.into(),
            objectives: String::new(),
            publics: Vec::new(),
            implementation: String::new(),
            deliverables: Vec::new(),
            status,
            progress: 0,
            start: None,
            due: None,
            experimentation: false,
            indicators: Vec::new(),
            journal: Vec::new(),
        }
    }

    /// True when the due date is before `today` and the action is not finished.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        !self.status.is_finished() && self.due.is_some_and(|d| d < today)
    }

    /// The indicator with this id, mutably.
    pub fn indicator_mut(&mut self, id: &Id) -> Option<&mut Indicator> {
        self.indicators.iter_mut().find(|i| &i.id == id)
    }
}

impl Indicator {
    /// Adds a measurement, keeping the series sorted by date; a measurement
    /// on the same date replaces the earlier value.
    pub fn record(&mut self, date: NaiveDate, value: f64) {
        match self.measurements.binary_search_by(|m| m.date.cmp(&date)) {
            Ok(i) => self.measurements[i].value = value,
            Err(i) => self.measurements.insert(i, Measurement { date, value }),
        }
    }

    /// The most recent measurement.
    pub fn latest(&self) -> Option<&Measurement> {
        self.measurements.last()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn record_keeps_dates_sorted_and_replaces_same_day() {
        let mut i = Indicator {
            id: Id::new("i").unwrap(),
            label: "x".into(),
            kind: IndicatorKind::Realisation,
            unit: String::new(),
            baseline: None,
            target: None,
            measurements: vec![],
        };
        i.record(d("2024-03-01"), 3.0);
        i.record(d("2023-03-01"), 1.0);
        i.record(d("2024-03-01"), 4.0);
        let dates: Vec<_> = i.measurements.iter().map(|m| (m.date, m.value)).collect();
        assert_eq!(dates, [(d("2023-03-01"), 1.0), (d("2024-03-01"), 4.0)]);
    }

    #[test]
    fn overdue_only_when_unfinished_and_past() {
        let mut a = Action::new(Id::new("a").unwrap(), "t", Status::InProgress);
        a.due = Some(d("2024-01-01"));
        assert!(a.is_overdue(d("2024-01-02")));
        assert!(!a.is_overdue(d("2024-01-01")));
        a.status = Status::Done;
        assert!(!a.is_overdue(d("2025-01-01")));
    }
}
