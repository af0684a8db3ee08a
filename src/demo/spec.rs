//! Compact, checked specifications of the demo's groups: `&str` ids and ISO
//! dates, turned into domain values by [`Grp::build`] (errors, never panics).

use super::DemoError;
use crate::domain::{
    Action, Deliverable, EntryKind, Group, Id, Indicator, IndicatorKind, JournalEntry, Lead,
    Measurement, Meeting, MeetingKind, SCHEMA_VERSION, Status,
};
use chrono::NaiveDate;

/// Result of the demo's builders.
pub(super) type R<T> = Result<T, DemoError>;

/// A checked id.
pub(super) fn id(s: &str) -> R<Id> {
    Id::new(s).map_err(|e| DemoError::Data(e.to_string()))
}

/// Checked ids.
pub(super) fn ids(list: &[&str]) -> R<Vec<Id>> {
    list.iter().map(|s| id(s)).collect()
}

/// A checked ISO date.
pub(super) fn date(s: &str) -> R<NaiveDate> {
    s.parse()
        .map_err(|e| DemoError::Data(format!("date `{s}`: {e}")))
}

/// A pilot or co-pilot: organisation id and optional (fictional) person.
pub(super) type L = (&'static str, Option<&'static str>);

/// A working group.
pub(super) struct Grp {
    pub id: &'static str,
    pub name: &'static str,
    pub territories: &'static [&'static str],
    pub axis: &'static str,
    pub themes: &'static [&'static str],
    pub pilot: L,
    pub copilot: Option<L>,
    pub members: &'static [&'static str],
    pub actions: Vec<Act>,
    pub meetings: Vec<Meet>,
}

/// An action.
pub(super) struct Act {
    pub id: &'static str,
    pub title: &'static str,
    pub status: Status,
    pub progress: u8,
    pub start: &'static str,
    pub due: &'static str,
    pub experimentation: bool,
    pub objectives: &'static str,
    pub publics: &'static [&'static str],
    pub implementation: &'static str,
    pub deliverables: &'static [(&'static str, bool)],
    pub indicators: Vec<Ind>,
    pub journal: &'static [(&'static str, EntryKind, &'static str)],
}

/// An indicator.
pub(super) struct Ind {
    id: &'static str,
    label: &'static str,
    kind: IndicatorKind,
    unit: &'static str,
    baseline: Option<f64>,
    target: Option<f64>,
    measures: &'static [(&'static str, f64)],
}

/// A realisation indicator (*indicateur de réalisation*).
pub(super) fn real(
    id: &'static str,
    label: &'static str,
    unit: &'static str,
    baseline: Option<f64>,
    target: Option<f64>,
    measures: &'static [(&'static str, f64)],
) -> Ind {
    Ind {
        id,
        label,
        kind: IndicatorKind::Realisation,
        unit,
        baseline,
        target,
        measures,
    }
}

/// An evaluation indicator (*indicateur d'évaluation*).
pub(super) fn eval(
    id: &'static str,
    label: &'static str,
    unit: &'static str,
    baseline: Option<f64>,
    target: Option<f64>,
    measures: &'static [(&'static str, f64)],
) -> Ind {
    Ind {
        kind: IndicatorKind::Evaluation,
        ..real(id, label, unit, baseline, target, measures)
    }
}

/// A working-group meeting.
pub(super) struct Meet {
    date: &'static str,
    participants: u32,
    organisations: &'static [&'static str],
    decisions: &'static [&'static str],
}

/// A working-group meeting: date, participants, organisations present,
/// decisions.
pub(super) fn meet(
    date: &'static str,
    participants: u32,
    organisations: &'static [&'static str],
    decisions: &'static [&'static str],
) -> Meet {
    Meet {
        date,
        participants,
        organisations,
        decisions,
    }
}

fn lead(l: L) -> R<Lead> {
    Ok(Lead {
        organisation: id(l.0)?,
        person: l.1.map(str::to_string),
    })
}

impl Grp {
    /// The group as a domain value.
    pub(super) fn build(self) -> R<Group> {
        let mut actions = Vec::new();
        for a in self.actions {
            actions.push(a.build()?);
        }
        let mut meetings = Vec::new();
        for m in self.meetings {
            meetings.push(Meeting {
                date: date(m.date)?,
                kind: MeetingKind::WorkingGroup,
                stage: None,
                territory: None,
                participants: m.participants,
                organisations: ids(m.organisations)?,
                decisions: m.decisions.iter().map(|d| d.to_string()).collect(),
            });
        }
        meetings.sort_by_key(|m| m.date);
        Ok(Group {
            version: SCHEMA_VERSION,
            id: id(self.id)?,
            name: self.name.to_string(),
            territories: ids(self.territories)?,
            axis: id(self.axis)?,
            themes: ids(self.themes)?,
            pilot: Some(lead(self.pilot)?),
            copilot: self.copilot.map(lead).transpose()?,
            members: ids(self.members)?,
            actions,
            meetings,
        })
    }
}

impl Act {
    fn build(self) -> R<Action> {
        let mut a = Action::new(id(self.id)?, self.title, self.status);
        a.progress = self.progress;
        a.start = Some(date(self.start)?);
        a.due = Some(date(self.due)?);
        a.experimentation = self.experimentation;
        a.objectives = self.objectives.to_string();
        a.publics = ids(self.publics)?;
        a.implementation = self.implementation.to_string();
        a.deliverables = self
            .deliverables
            .iter()
            .map(|(label, done)| Deliverable {
                label: label.to_string(),
                done: *done,
            })
            .collect();
        for i in self.indicators {
            let mut measurements = Vec::new();
            for (d, value) in i.measures {
                measurements.push(Measurement {
                    date: date(d)?,
                    value: *value,
                });
            }
            measurements.sort_by_key(|m| m.date);
            a.indicators.push(Indicator {
                id: id(i.id)?,
                label: i.label.to_string(),
                kind: i.kind,
                unit: i.unit.to_string(),
                baseline: i.baseline,
                target: i.target,
                measurements,
            });
        }
        for (d, kind, text) in self.journal {
            a.journal.push(JournalEntry {
                date: date(d)?,
                kind: *kind,
                text: text.to_string(),
            });
        }
        a.journal.sort_by_key(|j| j.date);
        Ok(a)
    }
}
