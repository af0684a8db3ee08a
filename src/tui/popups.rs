//! The popups drawn over a screen (choice lists, prompts, search, help…)
//! and the filter of the lists of actions.

use super::app::ActionRef;
use super::editor::Editor;
use super::search::{Hit, SearchIndex};
use super::steps::{Choice, Step};
use crate::domain::{Action, Group, Id, Lead, Status};
use chrono::NaiveDate;
use std::sync::Arc;

/// One row of a choice list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PickItem {
    /// What choosing it means.
    pub choice: Choice,
    /// Label (raw; sanitised when drawn).
    pub label: String,
    /// Ticked (multiple choice).
    pub checked: bool,
}

/// A choice list popup.
#[derive(Clone, Debug, PartialEq)]
pub struct Pick {
    /// Title.
    pub title: String,
    /// Rows.
    pub items: Vec<PickItem>,
    /// Cursor.
    pub cursor: usize,
    /// Several choices (Space ticks, Enter validates).
    pub multi: bool,
    /// What it is for.
    pub step: Step,
    /// Typed text narrowing the list.
    pub query: String,
}

/// The search popup.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct SearchState {
    /// What is typed.
    pub query: Editor,
    /// Results, best first.
    pub hits: Vec<Hit>,
    /// Cursor in the results.
    pub cursor: usize,
    /// Normalised texts of the workspace, built at the first keystroke and
    /// dropped when a file is reloaded.
    pub index: Option<Arc<SearchIndex>>,
    /// Bumped when the index is dropped: results of a search sent before
    /// are not taken.
    pub epoch: u64,
    /// A search was asked for and its results have not come back (the
    /// results shown are the previous query's).
    pub searching: bool,
}

/// The popups, drawn over the screen; the last one has the keys.
#[derive(Clone, Debug, PartialEq)]
pub enum Popup {
    /// The keys.
    Help {
        /// First line shown.
        scroll: u16,
    },
    /// Pick a status with one key.
    Status {
        /// The action.
        target: ActionRef,
        /// Cursor.
        cursor: usize,
    },
    /// A one-line prompt.
    Input {
        /// Title.
        title: String,
        /// Text.
        editor: Editor,
        /// What it is for.
        step: Step,
        /// Why the last Enter was refused.
        error: Option<String>,
    },
    /// A multi-line editor.
    Text {
        /// Title.
        title: String,
        /// Text.
        editor: Editor,
        /// What it is for.
        step: Step,
        /// Text when opened (Esc on a changed text asks first).
        original: String,
        /// Esc was pressed once on a changed text.
        confirm_discard: bool,
    },
    /// A choice list.
    Pick(Pick),
    /// A yes/no question.
    Confirm {
        /// The question.
        question: String,
        /// What yes does.
        step: Step,
    },
    /// Search.
    Search(SearchState),
    /// Filters.
    Filter {
        /// Cursor.
        cursor: usize,
    },
    /// A text to read before saying yes (Enter) or going back (Esc).
    Preview {
        /// Title.
        title: String,
        /// The text (raw; sanitised when drawn).
        text: String,
        /// First line shown.
        scroll: u16,
        /// What Enter does.
        step: Step,
    },
    /// An organisation's sheet: its fields, groups and meetings.
    Organisation {
        /// The organisation.
        id: Id,
        /// First line shown.
        scroll: u16,
    },
    /// Problems found in the files.
    Problems {
        /// First line shown.
        scroll: u16,
        /// What `check` found when the popup opened, errors first.
        diagnostics: Vec<crate::diag::Diagnostic>,
    },
}

/// The filterable dimensions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilterField {
    /// Status.
    Status,
    /// Territory.
    Territory,
    /// Axis.
    Axis,
    /// Public.
    Public,
    /// Pilot organisation.
    Pilot,
    /// Overdue actions only.
    Overdue,
}

impl FilterField {
    /// Every filter, in display order.
    pub const ALL: &'static [FilterField] = &[
        FilterField::Status,
        FilterField::Territory,
        FilterField::Axis,
        FilterField::Public,
        FilterField::Pilot,
        FilterField::Overdue,
    ];
}

/// The active filter; empty means everything shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Actions with this status.
    pub status: Option<Status>,
    /// Groups of this territory.
    pub territory: Option<Id>,
    /// Groups of this axis.
    pub axis: Option<Id>,
    /// Actions aimed at this public.
    pub public: Option<Id>,
    /// Groups piloted (or co-piloted) by this organisation.
    pub pilot: Option<Id>,
    /// Overdue actions only.
    pub overdue: bool,
}

impl Filter {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// True when the filter looks at actions (not only groups).
    pub fn on_actions(&self) -> bool {
        self.status.is_some() || self.public.is_some() || self.overdue
    }

    /// Whether a group passes the group-level criteria.
    pub fn group_ok(&self, g: &Group) -> bool {
        self.territory
            .as_ref()
            .is_none_or(|t| g.territories.contains(t))
            && self.axis.as_ref().is_none_or(|a| &g.axis == a)
            && self.pilot.as_ref().is_none_or(|o| {
                let is = |l: &Option<Lead>| l.as_ref().is_some_and(|l| &l.organisation == o);
                is(&g.pilot) || is(&g.copilot)
            })
    }

    /// Whether an action passes the action-level criteria.
    pub fn action_ok(&self, a: &Action, today: NaiveDate) -> bool {
        self.status.is_none_or(|s| a.status == s)
            && self.public.as_ref().is_none_or(|p| a.publics.contains(p))
            && (!self.overdue || a.is_overdue(today))
    }
}
