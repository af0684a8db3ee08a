//! A working group's meeting as a whole: what it should discuss (its
//! agenda, drawn from the group's state), what it took (the decisions and
//! next steps linked to it) and the group's open next steps.
//!
//! Pure computation on a [`Group`]; the caller passes `today`.

use super::evaluation::{TargetState, indicators};
use super::{Action, Discussed, EntryKind, Group, Id, Indicator, JournalEntry, Meeting, Status};
use chrono::NaiveDate;

/// Days before an action's due date when its undone deliverables come on
/// the agenda.
pub const DELIVERABLES_HORIZON_DAYS: i64 = 60;

/// A journal entry of an action, by reference.
#[derive(Clone, Copy, Debug)]
pub struct EntryRef<'a> {
    /// The action it belongs to.
    pub action: &'a Action,
    /// Its place in the action's journal.
    pub index: usize,
    /// The entry.
    pub entry: &'a JournalEntry,
}

/// Why an indicator is on the agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IndicatorWhy {
    /// Its latest measurement has not reached its target.
    OffTarget,
    /// Not measured since the last meeting (or ever).
    NotMeasured,
}

/// One line of a meeting's agenda. Every line names its action.
#[derive(Clone, Debug, PartialEq)]
pub enum AgendaItem {
    /// A next step of an earlier meeting, not done yet.
    OpenStep {
        /// The action.
        action: Id,
        /// The step's place in the action's journal.
        index: usize,
    },
    /// An unfinished action past its due date.
    OverdueAction {
        /// The action.
        action: Id,
    },
    /// An indicator off target or not measured since the last meeting.
    Indicator {
        /// The action.
        action: Id,
        /// The indicator.
        indicator: Id,
        /// Why.
        why: IndicatorWhy,
    },
    /// Deliverables not delivered of an action due soon or overdue.
    DeliverablesDue {
        /// The action.
        action: Id,
        /// How many are left.
        left: usize,
    },
    /// An active action with nothing recorded since the last meeting.
    Untouched {
        /// The action.
        action: Id,
    },
}

impl AgendaItem {
    /// The action the line is about.
    pub fn action(&self) -> &Id {
        match self {
            AgendaItem::OpenStep { action, .. }
            | AgendaItem::OverdueAction { action }
            | AgendaItem::Indicator { action, .. }
            | AgendaItem::DeliverablesDue { action, .. }
            | AgendaItem::Untouched { action } => action,
        }
    }
}

/// The group's open next steps (not done), earliest due first (those
/// without a due date last), then by date taken.
pub fn open_steps(g: &Group) -> Vec<EntryRef<'_>> {
    let mut out: Vec<EntryRef<'_>> = g
        .actions
        .iter()
        .flat_map(|a| {
            a.journal
                .iter()
                .enumerate()
                .filter(|(_, e)| e.is_open_step())
                .map(move |(index, entry)| EntryRef {
                    action: a,
                    index,
                    entry,
                })
        })
        .collect();
    out.sort_by_key(|r| (r.entry.due.is_none(), r.entry.due, r.entry.date));
    out
}

/// Open next steps due before `today`.
pub fn overdue_steps(g: &Group, today: NaiveDate) -> Vec<EntryRef<'_>> {
    open_steps(g)
        .into_iter()
        .filter(|r| r.entry.is_overdue_step(today))
        .collect()
}

/// The journal entries taken in the meeting `id`, in action order then
/// journal order.
pub fn taken_in<'a>(g: &'a Group, id: &Id) -> Vec<EntryRef<'a>> {
    g.actions
        .iter()
        .flat_map(|a| {
            a.journal
                .iter()
                .enumerate()
                .filter(|(_, e)| e.meeting.as_ref() == Some(id))
                .map(move |(index, entry)| EntryRef {
                    action: a,
                    index,
                    entry,
                })
        })
        .collect()
}

/// The decisions of a meeting: its general ones, then those linked to it
/// (action title, text), never typed twice.
pub fn decisions<'a>(g: &'a Group, m: &'a Meeting) -> Vec<(Option<&'a Action>, &'a str)> {
    let mut out: Vec<(Option<&Action>, &str)> =
        m.decisions.iter().map(|d| (None, d.as_str())).collect();
    if let Some(id) = &m.id {
        out.extend(
            taken_in(g, id)
                .into_iter()
                .filter(|r| r.entry.kind == EntryKind::Decision)
                .map(|r| (Some(r.action), r.entry.text.as_str())),
        );
    }
    out
}

/// The latest meeting of the group held before `day` (the "last meeting"
/// an agenda looks back to).
pub fn previous(g: &Group, day: NaiveDate) -> Option<&Meeting> {
    g.meetings
        .iter()
        .filter(|m| m.date < day)
        .max_by_key(|m| m.date)
}

fn active(a: &Action) -> bool {
    matches!(
        a.status,
        Status::Project | Status::InProgress | Status::Operating
    )
}

fn measured_since(i: &Indicator, since: Option<NaiveDate>) -> bool {
    match since {
        Some(s) => i.measurements.iter().any(|m| m.date > s),
        None => !i.measurements.is_empty(),
    }
}

/// Whether anything was recorded on the action after `since` (a journal
/// entry or a measurement).
fn touched_since(a: &Action, since: NaiveDate) -> bool {
    a.journal.iter().any(|e| e.date > since)
        || a.indicators
            .iter()
            .any(|i| i.measurements.iter().any(|m| m.date > since))
}

/// What a meeting held on `day` should discuss, in order: open next steps
/// of earlier meetings, overdue actions, indicators off target or not
/// measured since the last meeting, deliverables due, then active actions
/// untouched since the last meeting. Abandoned and finished actions only
/// appear through their open next steps.
pub fn agenda(g: &Group, day: NaiveDate) -> Vec<AgendaItem> {
    agenda_from(g, day, None)
}

/// The agenda of meeting `m` of `g`: [`agenda`] on its day, with the next
/// steps still open from another meeting held earlier the same day.
pub fn agenda_of(g: &Group, m: &Meeting) -> Vec<AgendaItem> {
    agenda_from(g, m.date, m.id.as_ref())
}

fn agenda_from(g: &Group, day: NaiveDate, this: Option<&Id>) -> Vec<AgendaItem> {
    let since = previous(g, day).map(|m| m.date);
    let earlier = |e: &JournalEntry| {
        e.date < day
            || (e.date == day
                && this.is_some()
                && e.meeting.is_some()
                && e.meeting.as_ref() != this)
    };
    let mut out: Vec<AgendaItem> = open_steps(g)
        .into_iter()
        .filter(|r| earlier(r.entry))
        .map(|r| AgendaItem::OpenStep {
            action: r.action.id.clone(),
            index: r.index,
        })
        .collect();
    out.extend(
        g.actions
            .iter()
            .filter(|a| a.is_overdue(day))
            .map(|a| AgendaItem::OverdueAction {
                action: a.id.clone(),
            }),
    );
    for a in g.actions.iter().filter(|a| active(a)) {
        for i in &a.indicators {
            let why = if indicators::target_state(i, a) == TargetState::OffTarget {
                IndicatorWhy::OffTarget
            } else if !measured_since(i, since) {
                IndicatorWhy::NotMeasured
            } else {
                continue;
            };
            out.push(AgendaItem::Indicator {
                action: a.id.clone(),
                indicator: i.id.clone(),
                why,
            });
        }
    }
    let horizon = day + chrono::Duration::days(DELIVERABLES_HORIZON_DAYS);
    for a in g.actions.iter().filter(|a| !a.status.is_finished()) {
        let left = a.deliverables.iter().filter(|d| !d.done).count();
        if left > 0 && a.due.is_some_and(|d| d <= horizon) {
            out.push(AgendaItem::DeliverablesDue {
                action: a.id.clone(),
                left,
            });
        }
    }
    if let Some(since) = since {
        out.extend(
            g.actions
                .iter()
                .filter(|a| active(a) && !touched_since(a, since))
                .map(|a| AgendaItem::Untouched {
                    action: a.id.clone(),
                }),
        );
    }
    out
}

/// The actions in the order a meeting walks them: the group's, in file
/// order (the order the group page lists them, stable from one opening to
/// the next); abandoned ones only when the agenda names them.
pub fn walk_order(g: &Group, agenda: &[AgendaItem]) -> Vec<Id> {
    g.actions
        .iter()
        .filter(|a| a.status != Status::Abandoned || agenda.iter().any(|i| i.action() == &a.id))
        .map(|a| a.id.clone())
        .collect()
}

/// The meeting `id` of `after` with what changed on its actions since
/// `before` noted in its `discussed` list (an action changed for the first
/// time in the meeting is added with its state in `before`); `None` when
/// nothing is to note.
pub fn noted(before: &Group, after: &Group, id: &Id) -> Option<Meeting> {
    let m = after.meeting(id)?;
    let mut out = m.clone();
    for a in &after.actions {
        let Some(old) = before.action(&a.id) else {
            continue;
        };
        let known = out.discussed.iter().position(|d| d.action == a.id);
        if old == a && known.is_none() {
            continue;
        }
        let i = match known {
            Some(i) => i,
            None => {
                out.discussed.push(Discussed::new(old));
                out.discussed.len() - 1
            }
        };
        if old != a {
            out.at = Some(a.id.clone());
        }
        let d = &mut out.discussed[i];
        d.status_after = (a.status != d.status_before).then_some(a.status);
        d.progress_after = (a.progress != d.progress_before).then_some(a.progress);
        if old.due != a.due {
            // The first due date of the meeting is kept as the one before.
            let before = if d.due_changed() {
                d.due_before
            } else {
                old.due
            };
            (d.due_before, d.due_after) = if before == a.due {
                (None, None)
            } else {
                (before, a.due)
            };
        }
        for x in &a.deliverables {
            if !old.deliverables.iter().any(|o| o.label == x.label) && !d.added.contains(&x.label) {
                d.added.push(x.label.clone());
            }
        }
        d.added
            .retain(|l| a.deliverables.iter().any(|x| &x.label == l));
        for x in &a.deliverables {
            let was = old.deliverables.iter().find(|o| o.label == x.label);
            let ticked = d.ticked.contains(&x.label);
            if x.done && was.is_some_and(|w| !w.done) && !ticked {
                d.ticked.push(x.label.clone());
            } else if !x.done && ticked {
                d.ticked.retain(|l| *l != x.label);
            }
        }
    }
    (out != *m).then_some(out)
}

/// A meeting of the group still in progress (its minutes a draft), the
/// latest first.
pub fn in_progress(g: &Group) -> Option<&Meeting> {
    g.meetings
        .iter()
        .rev()
        .find(|m| m.minutes == super::Minutes::Draft)
}

#[cfg(test)]
#[path = "meeting_tests.rs"]
mod tests;
