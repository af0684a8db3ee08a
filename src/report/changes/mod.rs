//! What changed since a date or a git revision (`pacte report --since`):
//! statuses, progress and due dates moved, indicators measured,
//! deliverables ticked, decisions and next steps recorded, meetings held
//! (groups' and governance's), groups, actions and partners created or
//! removed.
//!
//! The past state is read from the git history ([`history`]); the
//! comparison itself ([`diff`], [`diff_governance`], [`diff_partners`]) is
//! pure.
//!
//! Measurements, meetings and journal entries are listed when absent from
//! that revision, in the actions and groups that existed then; groups and
//! actions created since are listed as created, with their content. A
//! meeting dated after today is listed as planned, not held.

pub mod history;
pub mod rows;

pub use history::{changes_since, groups_at, resolve};
use std::borrow::Borrow;

use crate::domain::evaluation::Selection;
use crate::domain::{
    CopilStage, EntryKind, Governance, Group, Id, Meeting, MeetingKind, Organisation, Status,
};
use crate::store::git::GitError;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;

/// Why the past state could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ChangesError {
    /// The argument is neither a date nor a known revision.
    #[error(
        "`{0}` is neither a date (YYYY-MM-DD or dd/mm/yyyy) nor a git revision of the workspace"
    )]
    UnknownRevision(String),
    /// git failed (not a repository, no commit…).
    #[error("{0}")]
    Git(#[from] GitError),
}

/// The revision the comparison starts from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Since {
    /// What was asked: a date or a revision.
    pub asked: String,
    /// The commit compared with; `None` when no commit precedes the date
    /// (everything counts as new).
    pub revision: Option<String>,
    /// The date changes are counted from: the date asked, or the commit's date.
    pub date: Option<NaiveDate>,
}

/// An action, named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ActionName {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub title: String,
    /// Its status now (or when removed, then).
    pub status: Status,
}

/// A group, named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupName {
    /// Group id.
    pub group: Id,
    /// Name.
    pub name: String,
}

/// A value of an action that moved (status, progress, due date).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Move<T> {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub title: String,
    /// Then.
    pub from: T,
    /// Now.
    pub to: T,
}

/// A status that moved.
pub type StatusMove = Move<Status>;

/// A measurement recorded since.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewMeasurement {
    /// Group id.
    pub group: Id,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub action_title: String,
    /// Indicator id.
    pub indicator: Id,
    /// Indicator label.
    pub label: String,
    /// Unit.
    pub unit: String,
    /// Date of the measure.
    pub date: NaiveDate,
    /// Value.
    pub value: f64,
    /// Target of the indicator.
    pub target: Option<f64>,
}

/// A deliverable marked done (or back to do) since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeliverableTick {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub title: String,
    /// The deliverable.
    pub label: String,
    /// Done now.
    pub done: bool,
}

/// A decision or next step recorded since (journal entries).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewEntry {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub title: String,
    /// Date.
    pub date: NaiveDate,
    /// Decision or next step.
    pub kind: EntryKind,
    /// Text.
    pub text: String,
}

/// A meeting recorded since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewMeeting {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Date.
    pub date: NaiveDate,
    /// Participants.
    pub participants: u32,
    /// False when dated after today (planned).
    pub held: bool,
}

/// A COPIL or local committee recorded since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewGovernanceMeeting {
    /// COPIL or local committee.
    pub kind: MeetingKind,
    /// For a COPIL, its stage.
    pub stage: Option<CopilStage>,
    /// For a local committee, its territory.
    pub territory: Option<Id>,
    /// The territory's name, when known.
    pub territory_name: Option<String>,
    /// Date.
    pub date: NaiveDate,
    /// Participants.
    pub participants: u32,
    /// False when dated after today (planned).
    pub held: bool,
}

/// A partner organisation added to the referential since.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PartnerAdded {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// The data·inclusion networks carrying it.
    pub reseaux_porteurs: Vec<String>,
}

/// Everything that changed, in group order (by id), then file order.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Changes {
    /// Groups that did not exist then.
    pub groups_created: Vec<GroupName>,
    /// Groups that existed then and are gone.
    pub groups_removed: Vec<GroupName>,
    /// Actions that did not exist then (in groups old and new).
    pub actions_created: Vec<ActionName>,
    /// Actions that existed then and are gone.
    pub actions_removed: Vec<ActionName>,
    /// Statuses that moved.
    pub status_changes: Vec<StatusMove>,
    /// Progress that moved.
    pub progress_changes: Vec<Move<u8>>,
    /// Due dates set, moved or removed.
    pub due_changes: Vec<Move<Option<NaiveDate>>>,
    /// Indicator measurements added (a date not measured then, or a new value).
    pub measurements: Vec<NewMeasurement>,
    /// Deliverables ticked (or unticked).
    pub deliverables: Vec<DeliverableTick>,
    /// Decisions and next steps recorded.
    pub decisions: Vec<NewEntry>,
    /// Meetings of the groups recorded.
    pub meetings: Vec<NewMeeting>,
    /// COPIL and local committees recorded.
    pub governance_meetings: Vec<NewGovernanceMeeting>,
    /// Partners added to the referential.
    pub partners_added: Vec<PartnerAdded>,
    /// Files of that revision that could not be read (compared as absent).
    pub unreadable: Vec<String>,
}

impl Changes {
    /// True when nothing changed.
    pub fn is_empty(&self) -> bool {
        self.groups_created.is_empty()
            && self.groups_removed.is_empty()
            && self.actions_created.is_empty()
            && self.actions_removed.is_empty()
            && self.status_changes.is_empty()
            && self.progress_changes.is_empty()
            && self.due_changes.is_empty()
            && self.measurements.is_empty()
            && self.deliverables.is_empty()
            && self.decisions.is_empty()
            && self.meetings.is_empty()
            && self.governance_meetings.is_empty()
            && self.partners_added.is_empty()
    }
}

/// The changes with the revision they start from.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangesSince {
    /// The starting point.
    pub since: Since,
    /// What changed.
    #[serde(flatten)]
    pub changes: Changes,
}

fn action_name(g: &Group, a: &crate::domain::Action) -> ActionName {
    ActionName {
        group: g.id.clone(),
        group_name: g.name.clone(),
        action: a.id.clone(),
        title: a.title.clone(),
        status: a.status,
    }
}

fn moved<T>(g: &Group, a: &crate::domain::Action, from: T, to: T) -> Move<T> {
    Move {
        group: g.id.clone(),
        group_name: g.name.clone(),
        action: a.id.clone(),
        title: a.title.clone(),
        from,
        to,
    }
}

/// The meetings of `now` whose key is not in `then`.
fn new_meetings<'a>(then: &[Meeting], now: &'a [Meeting]) -> Vec<&'a Meeting> {
    let known = Meeting::keys(then);
    now.iter()
        .zip(Meeting::keys(now))
        .filter(|(_, k)| !known.contains(k))
        .map(|(m, _)| m)
        .collect()
}

/// Compares the groups of then and now (both filtered by `keep`), as of
/// `today`. Pure.
pub fn diff<T: Borrow<Group>, U: Borrow<Group>>(
    then: &[T],
    now: &[U],
    keep: impl Fn(&Group) -> bool,
    today: NaiveDate,
) -> Changes {
    let old: BTreeMap<&Id, &Group> = then
        .iter()
        .map(Borrow::borrow)
        .filter(|g| keep(g))
        .map(|g| (&g.id, g))
        .collect();
    let new: BTreeMap<&Id, &Group> = now
        .iter()
        .map(Borrow::borrow)
        .filter(|g| keep(g))
        .map(|g| (&g.id, g))
        .collect();
    let mut c = Changes::default();
    for (id, g) in &old {
        if !new.contains_key(id) {
            c.groups_removed.push(GroupName {
                group: g.id.clone(),
                name: g.name.clone(),
            });
            c.actions_removed
                .extend(g.actions.iter().map(|a| action_name(g, a)));
        }
    }
    for (id, g) in &new {
        let Some(before) = old.get(id) else {
            // A new group: listed as created, with its actions; its
            // meetings and measurements are part of it.
            c.groups_created.push(GroupName {
                group: g.id.clone(),
                name: g.name.clone(),
            });
            c.actions_created
                .extend(g.actions.iter().map(|a| action_name(g, a)));
            continue;
        };
        for m in new_meetings(&before.meetings, &g.meetings) {
            c.meetings.push(NewMeeting {
                group: g.id.clone(),
                group_name: g.name.clone(),
                date: m.date,
                participants: m.participants,
                held: m.date <= today,
            });
        }
        for a in &before.actions {
            if g.action(&a.id).is_none() {
                c.actions_removed.push(action_name(before, a));
            }
        }
        for a in &g.actions {
            let Some(o) = before.action(&a.id) else {
                c.actions_created.push(action_name(g, a));
                continue;
            };
            diff_action(g, o, a, &mut c);
        }
    }
    c
}

fn diff_action(g: &Group, o: &crate::domain::Action, a: &crate::domain::Action, c: &mut Changes) {
    if o.status != a.status {
        c.status_changes.push(moved(g, a, o.status, a.status));
    }
    if o.progress != a.progress {
        c.progress_changes.push(moved(g, a, o.progress, a.progress));
    }
    if o.due != a.due {
        c.due_changes.push(moved(g, a, o.due, a.due));
    }
    for d in &a.deliverables {
        let was_done = o
            .deliverables
            .iter()
            .find(|x| x.label == d.label)
            .is_some_and(|x| x.done);
        if d.done != was_done {
            c.deliverables.push(DeliverableTick {
                group: g.id.clone(),
                group_name: g.name.clone(),
                action: a.id.clone(),
                title: a.title.clone(),
                label: d.label.clone(),
                done: d.done,
            });
        }
    }
    for e in &a.journal {
        if matches!(e.kind, EntryKind::Decision | EntryKind::NextStep) && !o.journal.contains(e) {
            c.decisions.push(NewEntry {
                group: g.id.clone(),
                group_name: g.name.clone(),
                action: a.id.clone(),
                title: a.title.clone(),
                date: e.date,
                kind: e.kind,
                text: e.text.clone(),
            });
        }
    }
    for i in &a.indicators {
        let old_ind = o.indicators.iter().find(|x| x.id == i.id);
        for m in &i.measurements {
            let known = old_ind.is_some_and(|oi| {
                oi.measurements
                    .iter()
                    .any(|om| om.date == m.date && om.value == m.value)
            });
            if !known {
                c.measurements.push(NewMeasurement {
                    group: g.id.clone(),
                    action: a.id.clone(),
                    action_title: a.title.clone(),
                    indicator: i.id.clone(),
                    label: i.label.clone(),
                    unit: i.unit.clone(),
                    date: m.date,
                    value: m.value,
                    target: i.target,
                });
            }
        }
    }
}

/// The COPIL and local committees recorded since (those of the selected
/// territory only, when one is selected). Pure.
pub fn diff_governance(
    then: &Governance,
    now: &Governance,
    selection: &Selection,
    today: NaiveDate,
) -> Vec<NewGovernanceMeeting> {
    new_meetings(&then.meetings, &now.meetings)
        .into_iter()
        .filter(|m| match (&selection.territory, &m.territory) {
            (Some(t), Some(mt)) => t == mt,
            _ => true,
        })
        .map(|m| NewGovernanceMeeting {
            kind: m.kind,
            stage: m.stage,
            territory: m.territory.clone(),
            territory_name: None,
            date: m.date,
            participants: m.participants,
            held: m.date <= today,
        })
        .collect()
}

/// The partners added to the referential since. Pure.
pub fn diff_partners(then: &[Organisation], now: &[Organisation]) -> Vec<PartnerAdded> {
    now.iter()
        .filter(|o| !then.iter().any(|t| t.id == o.id))
        .map(|o| PartnerAdded {
            id: o.id.clone(),
            name: o.name.clone(),
            reseaux_porteurs: o.reseaux_porteurs.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Action, Indicator, IndicatorKind};

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn group(gid: &str, actions: Vec<Action>) -> Group {
        Group {
            version: 1,
            id: id(gid),
            name: gid.to_uppercase(),
            territories: vec![id("biterrois")],
            axis: id("axe-1"),
            themes: vec![],
            pilot: None,
            copilot: None,
            members: vec![],
            actions,
            meetings: vec![],
        }
    }

    fn with_measure(mut a: Action, date: &str, v: f64) -> Action {
        if a.indicators.is_empty() {
            a.indicators.push(Indicator {
                id: id("i"),
                label: "I".into(),
                kind: IndicatorKind::Realisation,
                unit: String::new(),
                baseline: None,
                target: Some(10.0),
                measurements: vec![],
            });
        }
        a.indicators[0].record(date.parse().unwrap(), v);
        a
    }

    #[test]
    fn semantic_diff_by_id() {
        let a1 = Action::new(id("a1"), "A1", Status::Project);
        let a2 = with_measure(
            Action::new(id("a2"), "A2", Status::InProgress),
            "2023-12-31",
            3.0,
        );
        let then = vec![
            group("g", vec![a1.clone(), a2.clone()]),
            group("old", vec![]),
        ];
        let mut a1n = a1;
        a1n.status = Status::InProgress;
        let a2n = with_measure(a2, "2024-12-31", 7.0);
        let a3 = Action::new(id("a3"), "A3", Status::Project);
        let now = vec![group("g", vec![a1n, a2n]), group("new", vec![a3])];
        let today = "2025-01-15".parse().unwrap();
        let c = diff(&then, &now, |_| true, today);
        assert_eq!(c.groups_created.len(), 1);
        assert_eq!(c.groups_removed[0].group.as_str(), "old");
        assert_eq!(c.actions_created[0].action.as_str(), "a3");
        assert_eq!(
            (c.status_changes[0].from, c.status_changes[0].to),
            (Status::Project, Status::InProgress)
        );
        assert_eq!(c.measurements.len(), 1);
        assert_eq!(c.measurements[0].value, 7.0);
        assert!(!c.is_empty());
        assert!(diff(&now, &now, |_| true, today).is_empty());
    }
}
