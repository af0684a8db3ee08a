//! The changes a semantic diff finds, by kind of file.

use crate::domain::{Id, MeetingKind, Status};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// What changed in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileChange {
    /// The file, relative to the workspace root.
    pub path: PathBuf,
    /// Where the file was before, when it was moved (a group file sorted
    /// into a sub-folder).
    pub moved_from: Option<PathBuf>,
    /// What changed in it.
    pub change: Change,
}

/// What changed in a file, by kind of file.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A working group.
    Group(GroupChange),
    /// The referential.
    Referential(Vec<RefItem>),
    /// Governance records.
    Governance(Vec<GovItem>),
    /// A file that does not load on one side (or is not a workspace file).
    Unreadable,
}

/// Whether a file was created, deleted or modified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifecycle {
    /// New file.
    Created,
    /// Deleted file.
    Deleted,
    /// Changed file.
    Modified,
}

/// What changed in a working group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupChange {
    /// The group's id.
    pub id: Id,
    /// Its name (the newer one).
    pub name: String,
    /// Its territories.
    pub territories: Vec<Id>,
    /// Created, deleted or modified.
    pub lifecycle: Lifecycle,
    /// What changed, in file order.
    pub items: Vec<Item>,
    /// Titles of the actions named in `items` (the newer title), by id.
    pub titles: BTreeMap<Id, String>,
    /// Labels of the indicators named in `items`, by action and indicator id.
    pub indicators: BTreeMap<(Id, Id), String>,
}

/// One change in a group.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A new action.
    ActionAdded {
        /// Its id.
        action: Id,
    },
    /// An action removed.
    ActionRemoved {
        /// Its id.
        action: Id,
    },
    /// A status change.
    Status {
        /// The action.
        action: Id,
        /// Before.
        from: Status,
        /// After.
        to: Status,
    },
    /// A progress change.
    Progress {
        /// The action.
        action: Id,
        /// Before.
        from: u8,
        /// After.
        to: u8,
    },
    /// A new (or changed) measurement of an indicator.
    Measurement {
        /// The action.
        action: Id,
        /// The indicator.
        indicator: Id,
        /// Its date.
        date: NaiveDate,
        /// Its value.
        value: f64,
    },
    /// A deliverable marked done or to do.
    Deliverable {
        /// The action.
        action: Id,
        /// The deliverable.
        label: String,
        /// Done now.
        done: bool,
    },
    /// A due date set, changed or cleared.
    Due {
        /// The action.
        action: Id,
        /// After (`None`: cleared).
        to: Option<NaiveDate>,
    },
    /// New journal entries, by kind.
    Journal {
        /// The action.
        action: Id,
        /// Notes added.
        notes: usize,
        /// Decisions added.
        decisions: usize,
        /// Next steps added.
        next_steps: usize,
    },
    /// Other fields of an action changed.
    ActionFields {
        /// The action.
        action: Id,
        /// The fields, as named in files.
        fields: Vec<&'static str>,
    },
    /// A meeting recorded.
    MeetingAdded {
        /// Its date.
        date: NaiveDate,
    },
    /// A meeting removed.
    MeetingRemoved {
        /// Its date.
        date: NaiveDate,
    },
    /// A meeting's record changed.
    MeetingChanged {
        /// Its date.
        date: NaiveDate,
    },
    /// Fields of the group itself changed.
    GroupFields {
        /// The fields, as named in files.
        fields: Vec<&'static str>,
    },
}

/// The kinds of referential entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// An axis (with its themes).
    Axis,
    /// A territory.
    Territory,
    /// A priority public.
    Public,
    /// A partner organisation.
    Organisation,
}

/// One change in the referential.
#[derive(Clone, Debug, PartialEq)]
pub enum RefItem {
    /// The pact itself (name, département, period).
    Pact,
    /// An entry added, with its name.
    Added(RefKind, String),
    /// An entry removed, with its name.
    Removed(RefKind, String),
    /// An entry changed, with its name.
    Changed(RefKind, String),
    /// The file was created.
    Created,
    /// The file was deleted.
    Deleted,
}

/// One change in the governance records.
#[derive(Clone, Debug, PartialEq)]
pub enum GovItem {
    /// A meeting recorded.
    MeetingAdded(MeetingKind, NaiveDate, Option<Id>),
    /// A meeting removed.
    MeetingRemoved(MeetingKind, NaiveDate, Option<Id>),
    /// A meeting's record changed.
    MeetingChanged(MeetingKind, NaiveDate, Option<Id>),
    /// An interim evaluation recorded.
    EvaluationAdded(i32),
    /// An interim evaluation changed.
    EvaluationChanged(i32),
    /// An interim evaluation removed.
    EvaluationRemoved(i32),
}

impl Item {
    /// The action this change is about, if any.
    pub fn action(&self) -> Option<&Id> {
        match self {
            Item::ActionAdded { action, .. }
            | Item::ActionRemoved { action, .. }
            | Item::Status { action, .. }
            | Item::Progress { action, .. }
            | Item::Measurement { action, .. }
            | Item::Deliverable { action, .. }
            | Item::Due { action, .. }
            | Item::Journal { action, .. }
            | Item::ActionFields { action, .. } => Some(action),
            _ => None,
        }
    }
}

impl GroupChange {
    /// Distinct actions touched.
    pub fn actions_touched(&self) -> usize {
        let mut ids: Vec<&Id> = self.items.iter().filter_map(Item::action).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    }

    /// The title of action `id` (its id when unknown).
    pub fn title<'a>(&'a self, id: &'a Id) -> &'a str {
        self.titles.get(id).map_or(id.as_str(), String::as_str)
    }
}

impl FileChange {
    /// Distinct actions touched (0 for files other than groups).
    pub fn actions_touched(&self) -> usize {
        match &self.change {
            Change::Group(g) => g.actions_touched(),
            _ => 0,
        }
    }
}
