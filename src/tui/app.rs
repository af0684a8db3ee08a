//! The model: everything the interface shows and remembers, in one place.

use super::Lang;
use super::board::{AlertsState, BoardCache, BoardState};
use super::keymap::Keymap;
use super::session::MeetingState;
use super::sync::{ConflictScreen, SyncPanel};
use crate::domain::edit::{Edit, GovEdit};
use crate::domain::{Action, Group, Id};
use crate::store::Workspace;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

pub use super::popups::{Filter, FilterField, Pick, PickItem, Popup, SearchState};

/// A reference to an action of a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRef {
    /// The group.
    pub group: Id,
    /// The action.
    pub action: Id,
}

/// The panes of the home screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum HomePane {
    /// Territories.
    #[default]
    Territories,
    /// Axes.
    Axes,
}

/// Home: the pact at a glance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HomeState {
    /// Focused pane.
    pub pane: HomePane,
    /// Cursor in the territories.
    pub territory: usize,
    /// Cursor in the axes.
    pub axis: usize,
}

/// Which groups a group list shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GroupSource {
    /// Groups of a territory.
    Territory(Id),
    /// Groups of an axis.
    Axis(Id),
    /// Groups working on a theme.
    Theme(Id),
}

/// The panes of a group page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum GroupPane {
    /// Its actions.
    #[default]
    Actions,
    /// Its meetings.
    Meetings,
}

/// A group page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupState {
    /// The group.
    pub id: Id,
    /// Focused pane.
    pub pane: GroupPane,
    /// Cursor in the (filtered) actions.
    pub action: usize,
    /// Cursor in the meetings.
    pub meeting: usize,
}

/// The panes of an action page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ActionPane {
    /// Its fields.
    #[default]
    Fields,
    /// Deliverables.
    Deliverables,
    /// Indicators.
    Indicators,
    /// Journal.
    Journal,
}

/// The fields listed on an action page, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// Title.
    Title,
    /// Status.
    Status,
    /// Progress.
    Progress,
    /// Start date.
    Start,
    /// Due date.
    Due,
    /// Experimentation flag.
    Experimentation,
    /// Target publics.
    Publics,
    /// Objectives.
    Objectives,
    /// Implementation.
    Implementation,
}

impl Field {
    /// Every field, in display order.
    pub const ALL: &'static [Field] = &[
        Field::Title,
        Field::Status,
        Field::Progress,
        Field::Start,
        Field::Due,
        Field::Experimentation,
        Field::Publics,
        Field::Objectives,
        Field::Implementation,
    ];
}

/// An action page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionState {
    /// The action.
    pub target: ActionRef,
    /// Focused pane.
    pub pane: ActionPane,
    /// Which list the lower half shows (never `Fields`).
    pub lower: ActionPane,
    /// Cursor in the fields.
    pub field: usize,
    /// Cursor in the deliverables.
    pub deliverable: usize,
    /// Cursor in the indicators.
    pub indicator: usize,
    /// Cursor in the journal (newest first).
    pub journal: usize,
}

impl ActionState {
    /// A fresh page on `target`.
    pub fn new(target: ActionRef) -> Self {
        ActionState {
            target,
            pane: ActionPane::Fields,
            lower: ActionPane::Indicators,
            field: 0,
            deliverable: 0,
            indicator: 0,
            journal: 0,
        }
    }
}

/// One screen of the stack; each owns its UI state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The pact at a glance.
    Home(HomeState),
    /// Themes of an axis (row 0: every group of the axis).
    Axis {
        /// The axis.
        id: Id,
        /// Cursor.
        cursor: usize,
    },
    /// A list of groups.
    Groups {
        /// Which groups.
        source: GroupSource,
        /// Cursor.
        cursor: usize,
    },
    /// A group page.
    Group(GroupState),
    /// An action page.
    Action(ActionState),
    /// Every action passing the filter.
    AllActions {
        /// Cursor.
        cursor: usize,
    },
    /// The status board (tableau de bord).
    Board(BoardState),
    /// The alerts.
    Alerts(AlertsState),
    /// The pact's governance: COPIL, local committees, interim evaluations.
    Governance(GovernanceState),
    /// Sharing through git: local changes, commit message, steps.
    Sync(SyncPanel),
    /// Conflicts of a merge or rebase, field by field.
    Conflicts(ConflictScreen),
    /// A working group's meeting in progress (meeting mode).
    Meeting(MeetingState),
}

/// The panes of the governance screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum GovernancePane {
    /// COPIL and local committee meetings.
    #[default]
    Meetings,
    /// Yearly interim evaluations.
    Evaluations,
}

/// The governance screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GovernanceState {
    /// Focused pane.
    pub pane: GovernancePane,
    /// Cursor in the meetings (file order: oldest first).
    pub meeting: usize,
    /// Cursor in the evaluations (file order: oldest first).
    pub evaluation: usize,
}

/// Kind of a status-line message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Information.
    Info,
    /// Success.
    Ok,
    /// Error (kept until the next key).
    Error,
}

/// Edits that take the workspace back (or forward) by one change.
#[derive(Clone, Debug, PartialEq)]
pub enum Recorded {
    /// Edits of a group.
    Group(Id, Vec<Edit>),
    /// Edits of `governance.ron`.
    Governance(Vec<GovEdit>),
    /// Put a deleted group back.
    Create(Box<Group>),
    /// Remove a created group (and its file).
    Remove(Id),
}

impl Recorded {
    /// The group it changes, if it changes one.
    pub fn group(&self) -> Option<&Id> {
        match self {
            Recorded::Group(id, _) | Recorded::Remove(id) => Some(id),
            Recorded::Create(g) => Some(&g.id),
            Recorded::Governance(_) => None,
        }
    }
}

/// One change of the session, for undo and redo.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// What to apply to go back to before it (on the undo stack) or to do
    /// it again (on the redo stack).
    pub edits: Recorded,
    /// What was done, for the status line.
    pub what: String,
}

/// Undo and redo stacks of the session.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    /// Changes that can be undone, oldest first.
    pub undo: Vec<Change>,
    /// Changes undone that can be redone.
    pub redo: Vec<Change>,
}

/// The whole model.
#[derive(Clone, Debug)]
pub struct App {
    /// The workspace in memory.
    pub ws: Workspace,
    /// Interface language.
    pub lang: Lang,
    /// Today (injected: the model never reads the clock).
    pub today: NaiveDate,
    /// Keys.
    pub keymap: Keymap,
    /// No colours (NO_COLOR).
    pub no_color: bool,
    /// Screen stack; the home screen is at the bottom.
    pub screens: Vec<Screen>,
    /// Popup stack; the last one has the keys.
    pub popups: Vec<Popup>,
    /// Status-line message.
    pub message: Option<(Tone, String)>,
    /// Undo/redo.
    pub history: History,
    /// Active filter.
    pub filter: Filter,
    /// Groups whose last save failed: their edit is only in memory.
    pub unsaved: BTreeSet<Id>,
    /// Groups whose file changed on disk while they had an unsaved edit.
    pub conflicts: BTreeSet<Id>,
    /// Groups whose file no longer loads, with the problem (shown on the group).
    pub broken: BTreeMap<Id, String>,
    /// The last save of `governance.ron` failed: its edit is only in memory.
    pub governance_unsaved: bool,
    /// Figures of the board and alerts, and their reference year.
    pub board: BoardCache,
    /// The heavy work of a keystroke runs off the event loop (the running
    /// interface): the board's figures ([`Effect::Evaluate`]) and the
    /// search ([`Effect::Search`]) are asked for and come back as
    /// messages, the screen meanwhile showing the last ones, marked. Off
    /// (the tests), `update` does that work itself.
    ///
    /// [`Effect::Evaluate`]: super::msg::Effect::Evaluate
    /// [`Effect::Search`]: super::msg::Effect::Search
    pub background: bool,
}

impl App {
    /// A model on an opened workspace.
    pub fn new(ws: Workspace, lang: Lang, today: NaiveDate, keymap: Keymap) -> App {
        let mut broken = BTreeMap::new();
        for g in &ws.groups {
            if ws.is_group_file_broken(&g.id) {
                broken.insert(g.id.clone(), String::new());
            }
        }
        // A meeting left in progress (terminal closed, power cut) opens
        // where it stopped: the latest one, on its group's page.
        let mut screens = vec![Screen::Home(HomeState::default())];
        let held = ws
            .groups
            .iter()
            .filter_map(|g| crate::domain::meeting::in_progress(g).map(|m| (g, m)))
            .max_by_key(|(_, m)| m.date);
        if let Some((g, m)) = held {
            screens.push(Screen::Group(GroupState {
                id: g.id.clone(),
                pane: GroupPane::Actions,
                action: 0,
                meeting: 0,
            }));
            screens.push(Screen::Meeting(MeetingState::new(g, m)));
        }
        App {
            ws,
            lang,
            today,
            keymap,
            no_color: false,
            screens,
            popups: Vec::new(),
            message: None,
            history: History::default(),
            filter: Filter::default(),
            unsaved: BTreeSet::new(),
            conflicts: BTreeSet::new(),
            broken,
            governance_unsaved: false,
            board: BoardCache::default(),
            background: false,
        }
    }

    /// The screen on top.
    pub fn screen(&self) -> &Screen {
        // The stack is never empty: the home screen is never popped.
        self.screens.last().unwrap_or(&HOME)
    }

    /// The screen on top, mutably.
    pub fn screen_mut(&mut self) -> &mut Screen {
        if self.screens.is_empty() {
            self.screens.push(Screen::Home(HomeState::default()));
        }
        let n = self.screens.len() - 1;
        &mut self.screens[n]
    }

    /// Sets the status line.
    pub fn say(&mut self, tone: Tone, text: impl Into<String>) {
        self.message = Some((tone, text.into()));
    }

    /// Groups of a list, in the filter.
    pub fn groups_of(&self, source: &GroupSource) -> Vec<&Group> {
        self.ws
            .groups
            .iter()
            .filter(|g| match source {
                GroupSource::Territory(t) => g.territories.contains(t),
                GroupSource::Axis(a) => &g.axis == a,
                GroupSource::Theme(t) => g.themes.contains(t),
            })
            .filter(|g| self.group_visible(g))
            .map(|g| &**g)
            .collect()
    }

    /// Whether a group passes the filter (and has a matching action when the
    /// filter looks at actions).
    pub fn group_visible(&self, g: &Group) -> bool {
        self.filter.group_ok(g)
            && (!self.filter.on_actions()
                || g.actions
                    .iter()
                    .any(|a| self.filter.action_ok(a, self.today)))
    }

    /// Actions of a group in the filter.
    pub fn actions_of<'a>(&self, g: &'a Group) -> Vec<&'a Action> {
        g.actions
            .iter()
            .filter(|a| self.filter.action_ok(a, self.today))
            .collect()
    }

    /// Every action in the filter, with its group.
    pub fn all_actions(&self) -> Vec<(&Group, &Action)> {
        self.ws
            .groups
            .iter()
            .filter(|g| self.filter.group_ok(g))
            .flat_map(|g| {
                let g = &**g;
                g.actions
                    .iter()
                    .filter(|a| self.filter.action_ok(a, self.today))
                    .map(move |a| (g, a))
            })
            .collect()
    }

    /// The action a reference points to.
    pub fn action(&self, r: &ActionRef) -> Option<(&Group, &Action)> {
        let g = self.ws.group(&r.group)?;
        Some((g, g.action(&r.action)?))
    }

    /// Themes of an axis (empty when unknown).
    pub fn axis_themes(&self, axis: &Id) -> Vec<(Id, String)> {
        self.ws
            .referential
            .as_ref()
            .and_then(|r| r.axis(axis))
            .map(|a| {
                a.themes
                    .iter()
                    .map(|t| (t.id.clone(), t.title.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }
}

static HOME: Screen = Screen::Home(HomeState {
    pane: HomePane::Territories,
    territory: 0,
    axis: 0,
});
