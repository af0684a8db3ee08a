//! Edits of a group's own fields and of meetings (a group's, or the
//! governance's COPIL and local committees), and of interim evaluations.

use super::{Refused, refuse};
use crate::domain::{Governance, Group, Id, InterimEvaluation, Lead, Meeting, MeetingKey};
use crate::m;

/// A change to a group's own fields.
#[derive(Clone, Debug, PartialEq)]
pub enum GroupEdit {
    /// Its name (not empty).
    Name(String),
    /// Its territories (at least one).
    Territories(Vec<Id>),
    /// Its axis, and the themes it works on.
    Axis(Id, Vec<Id>),
    /// Its themes.
    Themes(Vec<Id>),
    /// Its pilot.
    Pilot(Option<Lead>),
    /// Its co-pilot.
    Copilot(Option<Lead>),
    /// Its member organisations.
    Members(Vec<Id>),
}

/// A meeting added, changed or removed; a meeting is found by its key
/// (date, kind, territory and rank among those alike).
#[derive(Clone, Debug, PartialEq)]
pub enum MeetingEdit {
    /// A new meeting (kept in date order).
    Add(Meeting),
    /// The meeting with this key replaced.
    Replace(MeetingKey, Meeting),
    /// The meeting with this key removed.
    Remove(MeetingKey),
}

/// A change to the governance records.
#[derive(Clone, Debug, PartialEq)]
// Edits are few and short-lived: a meeting inline costs nothing.
#[allow(clippy::large_enum_variant)]
pub enum GovEdit {
    /// A COPIL or local committee.
    Meeting(MeetingEdit),
    /// An interim evaluation added (its year must be new).
    AddEvaluation(InterimEvaluation),
    /// The evaluation of this year replaced.
    ReplaceEvaluation(i32, InterimEvaluation),
    /// The evaluation of this year removed.
    RemoveEvaluation(i32),
}

fn dedup(v: &[Id]) -> Vec<Id> {
    let mut out: Vec<Id> = Vec::new();
    for x in v {
        if !out.contains(x) {
            out.push(x.clone());
        }
    }
    out
}

/// Applies a change of the group's own fields; returns its undo.
pub(super) fn apply_group(g: &mut Group, e: &GroupEdit) -> Result<Vec<GroupEdit>, Refused> {
    use GroupEdit as E;
    Ok(vec![match e {
        E::Name(n) => {
            let n = n.trim();
            if n.is_empty() {
                return refuse(m!("edit-empty-name"));
            }
            E::Name(std::mem::replace(&mut g.name, n.to_string()))
        }
        E::Territories(t) => {
            if t.is_empty() {
                return refuse(m!("edit-no-territory"));
            }
            E::Territories(std::mem::replace(&mut g.territories, dedup(t)))
        }
        E::Axis(axis, themes) => {
            let old = E::Axis(g.axis.clone(), g.themes.clone());
            g.axis = axis.clone();
            g.themes = dedup(themes);
            old
        }
        E::Themes(t) => E::Themes(std::mem::replace(&mut g.themes, dedup(t))),
        E::Pilot(l) => E::Pilot(std::mem::replace(&mut g.pilot, l.clone())),
        E::Copilot(l) => E::Copilot(std::mem::replace(&mut g.copilot, l.clone())),
        E::Members(m) => E::Members(std::mem::replace(&mut g.members, dedup(m))),
    }])
}

fn position(list: &[Meeting], key: &MeetingKey) -> Result<usize, Refused> {
    Meeting::keys(list)
        .iter()
        .position(|k| k == key)
        .ok_or_else(|| Refused(m!("edit-no-meeting", meeting = key.as_str())))
}

/// Keeps meetings in date order; a meeting without an id gets one (a new
/// one's, its date). Returns its key.
fn insert_sorted(list: &mut Vec<Meeting>, mut m: Meeting) -> Result<MeetingKey, Refused> {
    Meeting::assign_ids(list);
    let id = match m.id.clone() {
        Some(id) => {
            if list.iter().any(|x| x.id.as_ref() == Some(&id)) {
                return refuse(m!("edit-meeting-exists", meeting = id.as_str()));
            }
            id
        }
        None => Meeting::fresh_id(m.date, list.iter().filter_map(|x| x.id.as_ref())),
    };
    m.id = Some(id.clone());
    let at = list.partition_point(|x| x.date <= m.date);
    list.insert(at, m);
    Ok(id)
}

/// Applies a meeting edit to a list of meetings; returns its undo.
pub(super) fn apply_meeting(
    list: &mut Vec<Meeting>,
    e: &MeetingEdit,
) -> Result<Vec<MeetingEdit>, Refused> {
    Ok(vec![match e {
        MeetingEdit::Add(m) => MeetingEdit::Remove(insert_sorted(list, m.clone())?),
        MeetingEdit::Replace(key, m) => {
            let i = position(list, key)?;
            let old = list.remove(i);
            // A meeting keeps its id whatever changes (links point to it).
            let mut m = m.clone();
            m.id = old.id.clone().or_else(|| Some(key.clone()));
            let new_key = match insert_sorted(list, m) {
                Ok(k) => k,
                Err(r) => {
                    list.insert(i, old);
                    return Err(r);
                }
            };
            MeetingEdit::Replace(new_key, old)
        }
        MeetingEdit::Remove(key) => {
            let i = position(list, key)?;
            MeetingEdit::Add(list.remove(i))
        }
    }])
}

/// Applies `e` to the governance records; returns the edits that undo it.
/// On refusal, they are unchanged.
pub fn apply_governance(g: &mut Governance, e: &GovEdit) -> Result<Vec<GovEdit>, Refused> {
    Ok(match e {
        GovEdit::Meeting(me) => apply_meeting(&mut g.meetings, me)?
            .into_iter()
            .map(GovEdit::Meeting)
            .collect(),
        GovEdit::AddEvaluation(ev) => {
            if g.evaluations.iter().any(|x| x.year == ev.year) {
                return refuse(m!("edit-evaluation-exists", year = ev.year.to_string()));
            }
            let at = g.evaluations.partition_point(|x| x.year < ev.year);
            g.evaluations.insert(at, ev.clone());
            vec![GovEdit::RemoveEvaluation(ev.year)]
        }
        GovEdit::ReplaceEvaluation(year, ev) => {
            let Some(i) = g.evaluations.iter().position(|x| x.year == *year) else {
                return refuse(m!("edit-no-evaluation", year = year.to_string()));
            };
            if ev.year != *year && g.evaluations.iter().any(|x| x.year == ev.year) {
                return refuse(m!("edit-evaluation-exists", year = ev.year.to_string()));
            }
            let old = g.evaluations.remove(i);
            let at = g.evaluations.partition_point(|x| x.year < ev.year);
            g.evaluations.insert(at, ev.clone());
            vec![GovEdit::ReplaceEvaluation(ev.year, old)]
        }
        GovEdit::RemoveEvaluation(year) => {
            let Some(i) = g.evaluations.iter().position(|x| x.year == *year) else {
                return refuse(m!("edit-no-evaluation", year = year.to_string()));
            };
            vec![GovEdit::AddEvaluation(g.evaluations.remove(i))]
        }
    })
}
