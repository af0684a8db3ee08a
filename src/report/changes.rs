//! What changed since a date or a git revision (`pacte report --since`):
//! statuses moved, indicators measured, meetings held, groups and actions
//! created or removed.
//!
//! The past state is read from the git history with the `git` program: the
//! revision is `git rev-list -1 --before=DATE HEAD` for a date (the last
//! commit before that day; none means everything is new), or the revision
//! given; each group file of that revision is read with `git show REV:path`,
//! parsed, and compared by id with the groups loaded now (the working tree,
//! uncommitted edits included).
//!
//! Measurements and meetings are listed when absent from that revision, in
//! the actions and groups that existed then; groups and actions created
//! since are listed as created, with their content.

use crate::domain::evaluation::Selection;
use crate::domain::{Group, Id, Status, parse_date};
use crate::store::format::from_text;
use crate::store::git::{self, GitError};
use crate::store::layout::GROUPS_DIR;
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

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

/// A status that moved.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct StatusMove {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub title: String,
    /// Status then.
    pub from: Status,
    /// Status now.
    pub to: Status,
}

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
    /// Indicator measurements added (a date not measured then, or a new value).
    pub measurements: Vec<NewMeasurement>,
    /// Meetings recorded (a date not recorded then).
    pub meetings: Vec<NewMeeting>,
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
            && self.measurements.is_empty()
            && self.meetings.is_empty()
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

/// Compares the groups of then and now (both filtered by `keep`). Pure.
pub fn diff(then: &[Group], now: &[Group], keep: impl Fn(&Group) -> bool) -> Changes {
    let old: BTreeMap<&Id, &Group> = then
        .iter()
        .filter(|g| keep(g))
        .map(|g| (&g.id, g))
        .collect();
    let new: BTreeMap<&Id, &Group> = now.iter().filter(|g| keep(g)).map(|g| (&g.id, g)).collect();
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
        let before = old.get(id);
        if before.is_none() {
            c.groups_created.push(GroupName {
                group: g.id.clone(),
                name: g.name.clone(),
            });
        }
        // Inside new groups, meetings and measurements are not listed:
        // the group (and its actions) are listed as created.
        for m in before.map_or(&[][..], |_| &g.meetings[..]) {
            let known = before.is_some_and(|b| {
                b.meetings
                    .iter()
                    .any(|o| o.date == m.date && o.kind == m.kind)
            });
            if !known {
                c.meetings.push(NewMeeting {
                    group: g.id.clone(),
                    group_name: g.name.clone(),
                    date: m.date,
                    participants: m.participants,
                });
            }
        }
        if let Some(b) = before {
            for a in &b.actions {
                if g.action(&a.id).is_none() {
                    c.actions_removed.push(action_name(b, a));
                }
            }
        }
        for a in &g.actions {
            let old_action = before.and_then(|b| b.action(&a.id));
            match old_action {
                None => c.actions_created.push(action_name(g, a)),
                Some(o) if o.status != a.status => c.status_changes.push(StatusMove {
                    group: g.id.clone(),
                    group_name: g.name.clone(),
                    action: a.id.clone(),
                    title: a.title.clone(),
                    from: o.status,
                    to: a.status,
                }),
                Some(_) => {}
            }
            for i in old_action.map_or(&[][..], |_| &a.indicators[..]) {
                let old_ind = old_action.and_then(|o| o.indicators.iter().find(|x| x.id == i.id));
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
    }
    c
}

fn stdout(out: std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Finds the revision for `asked` (a date or a revision) in the repository
/// holding `root`.
pub fn resolve(root: &Path, asked: &str) -> Result<Since, ChangesError> {
    let asked_trim = asked.trim();
    if asked_trim.is_empty() || asked_trim.starts_with('-') {
        return Err(ChangesError::UnknownRevision(asked.to_string()));
    }
    if let Some(date) = parse_date(asked_trim) {
        let before = format!("--before={}T00:00:00", date.format("%Y-%m-%d"));
        let rev = stdout(git::run(root, &["rev-list", "-1", &before, "HEAD"])?);
        return Ok(Since {
            asked: asked.to_string(),
            revision: (!rev.is_empty()).then_some(rev),
            date: Some(date),
        });
    }
    let spec = format!("{asked_trim}^{{commit}}");
    let rev = git::run(root, &["rev-parse", "--verify", "--quiet", &spec])
        .map(stdout)
        .map_err(|_| ChangesError::UnknownRevision(asked.to_string()))?;
    let date = stdout(git::run(root, &["log", "-1", "--format=%cs", &rev])?);
    Ok(Since {
        asked: asked.to_string(),
        date: parse_date(&date),
        revision: Some(rev),
    })
}

/// The groups as they were at `rev` (files under `groups/` relative to
/// `root`), and the files that could not be read.
pub fn groups_at(root: &Path, rev: &str) -> Result<(Vec<Group>, Vec<String>), ChangesError> {
    let listing = stdout(git::run(
        root,
        &["ls-tree", "-r", "--name-only", rev, "--", GROUPS_DIR],
    )?);
    let mut groups = Vec::new();
    let mut unreadable = Vec::new();
    for path in listing.lines().filter(|p| p.ends_with(".ron")) {
        let object = format!("{rev}:./{path}");
        let text = git::run(root, &["show", &object])
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok());
        match text.as_deref().map(from_text::<Group>) {
            Some(Ok(g)) => groups.push(g),
            _ => unreadable.push(path.to_string()),
        }
    }
    Ok((groups, unreadable))
}

/// What changed in the selected groups since `asked`, comparing the
/// history of the repository holding `root` with the groups loaded now.
pub fn changes_since(
    root: &Path,
    now: &[Group],
    asked: &str,
    selection: &Selection,
) -> Result<ChangesSince, ChangesError> {
    let since = resolve(root, asked)?;
    let (then, unreadable) = match &since.revision {
        Some(rev) => groups_at(root, rev)?,
        None => (Vec::new(), Vec::new()),
    };
    let mut changes = diff(&then, now, |g| selection.includes(g));
    changes.unreadable = unreadable;
    Ok(ChangesSince { since, changes })
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
        let c = diff(&then, &now, |_| true);
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
        assert!(diff(&now, &now, |_| true).is_empty());
    }
}
