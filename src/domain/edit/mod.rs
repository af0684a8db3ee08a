//! Edits: every change people make to a group (its actions, their
//! indicators, deliverables and journal, the group's own fields, its
//! meetings) and to the governance records, as a typed value applied here,
//! in one place, with the pact's rules in it.
//!
//! `pacte set`, `pacte import` and the interface all build [`Edit`]s and
//! call [`apply`], so that they accept and refuse the same things and
//! write the same bytes. [`apply`] returns the edits that undo it, which
//! the interface's undo and redo record.
//!
//! The rules: a status *totalement réalisée* means 100 % progress; progress
//! stays within 0–100; a start date is not after the due date; titles and
//! labels are not empty; ids are unique where they identify (actions and
//! indicators of a group, deliverables by label).

mod action;
mod group;
mod words;

pub use action::{ActionEdit, DeliverableEdit, IndicatorEdit};
pub use group::{GovEdit, GroupEdit, MeetingEdit, apply_governance};
pub use words::{describe, describe_governance};

use super::{Action, Group, Id, Message};
use crate::m;

/// A change to a working group.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// A change to one of its actions.
    Action(Id, ActionEdit),
    /// A new action (its id must be new in the group), last.
    AddAction(Box<Action>),
    /// An action put back at this place (undoing a removal).
    InsertAction(usize, Box<Action>),
    /// An action removed (with its indicators and journal).
    RemoveAction(Id),
    /// A change to the group's own fields.
    Group(GroupEdit),
    /// A meeting added, changed or removed.
    Meeting(MeetingEdit),
}

/// Why an edit is refused; the group is left as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Refused(pub Message);

impl Refused {
    /// The reason, in both languages.
    pub fn message(&self) -> &Message {
        &self.0
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.en)
    }
}

impl std::error::Error for Refused {}

/// Refuses with a catalogue message.
pub(crate) fn refuse<T>(m: Message) -> Result<T, Refused> {
    Err(Refused(m))
}

/// Applies `edit` to `group` with the pact's rules; returns the edits that
/// undo it (in the order to apply them). On refusal, `group` is unchanged.
pub fn apply(group: &mut Group, edit: &Edit) -> Result<Vec<Edit>, Refused> {
    let before = group.clone();
    let result = apply_inner(group, edit);
    if result.is_err() {
        *group = before;
    } else {
        group.version = group.file_version();
    }
    result
}

/// Applies edits in order, all or none.
pub fn apply_all(group: &mut Group, edits: &[Edit]) -> Result<Vec<Edit>, Refused> {
    let before = group.clone();
    let mut undo = Vec::new();
    for e in edits {
        match apply_inner(group, e) {
            Ok(mut u) => {
                u.append(&mut undo);
                undo = u;
            }
            Err(r) => {
                *group = before;
                return Err(r);
            }
        }
    }
    group.version = group.file_version();
    Ok(undo)
}

fn apply_inner(group: &mut Group, edit: &Edit) -> Result<Vec<Edit>, Refused> {
    match edit {
        Edit::Action(id, e) => {
            let Some(a) = group.action_mut(id) else {
                return refuse(m!(
                    "edit-no-action",
                    action = id.as_str(),
                    group = group.id.as_str()
                ));
            };
            Ok(action::apply(a, e)?
                .into_iter()
                .map(|u| Edit::Action(id.clone(), u))
                .collect())
        }
        Edit::AddAction(a) | Edit::InsertAction(_, a) => {
            if group.action(&a.id).is_some() {
                return refuse(m!("edit-action-exists", action = a.id.as_str()));
            }
            if a.title.trim().is_empty() {
                return refuse(m!("edit-empty-title"));
            }
            let at = match edit {
                Edit::InsertAction(i, _) => (*i).min(group.actions.len()),
                _ => group.actions.len(),
            };
            group.actions.insert(at, (**a).clone());
            Ok(vec![Edit::RemoveAction(a.id.clone())])
        }
        Edit::RemoveAction(id) => {
            let Some(i) = group.actions.iter().position(|a| &a.id == id) else {
                return refuse(m!(
                    "edit-no-action",
                    action = id.as_str(),
                    group = group.id.as_str()
                ));
            };
            let a = group.actions.remove(i);
            // Put back at the same place on undo.
            Ok(vec![Edit::InsertAction(i, Box::new(a))])
        }
        Edit::Group(e) => {
            group::apply_group(group, e).map(|u| u.into_iter().map(Edit::Group).collect())
        }
        Edit::Meeting(e) => group::apply_meeting(&mut group.meetings, e)
            .map(|u| u.into_iter().map(Edit::Meeting).collect()),
    }
}

/// A fresh id for a new item named `title`, unique among `taken`: the slug
/// of the title, with `-2`, `-3`… when needed.
pub fn fresh_id<'a>(title: &str, taken: impl Iterator<Item = &'a Id>) -> Option<Id> {
    let taken: Vec<&Id> = taken.collect();
    let base = Id::slug_of(title).or_else(|| Id::new("sans-titre").ok())?;
    if !taken.contains(&&base) {
        return Some(base);
    }
    (2..10_000).find_map(|n| {
        let cut: String = base.as_str().chars().take(super::MAX_ID_LEN - 6).collect();
        Id::new(format!("{}-{n}", cut.trim_end_matches('-')))
            .ok()
            .filter(|id| !taken.contains(&id))
    })
}

#[cfg(test)]
mod tests;
