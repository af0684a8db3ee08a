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

/// A dated journal entry of an action.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JournalEntry {
    /// Date.
    pub date: NaiveDate,
    /// Note, decision or next step.
    pub kind: EntryKind,
    /// Text.
    pub text: String,
}

/// A meeting: of a working group, a local committee or the COPIL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
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
    /// Decisions taken.
    #[serde(default)]
    pub decisions: Vec<String>,
}

/// What identifies a meeting in its list: its date, kind, territory, and
/// rank among the meetings sharing them (two meetings the same day are two
/// meetings).
pub type MeetingKey = (NaiveDate, MeetingKind, Option<Id>, usize);

impl Meeting {
    /// The key of each meeting of `list`, in order.
    pub fn keys(list: &[Meeting]) -> Vec<MeetingKey> {
        let mut out: Vec<MeetingKey> = Vec::new();
        for m in list {
            let rank = out
                .iter()
                .filter(|k| k.0 == m.date && k.1 == m.kind && k.2 == m.territory)
                .count();
            out.push((m.date, m.kind, m.territory.clone(), rank));
        }
        out
    }
}

impl Group {
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
