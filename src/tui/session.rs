//! Meeting mode's model: a working group's meeting held at the keyboard,
//! from its agenda through its actions, one per screen, to its minutes.
//! The meeting itself lives in the group file (a draft until it ends);
//! this holds only where the screen is.

use crate::domain::meeting::{agenda_of, walk_order};
use crate::domain::{Group, Id, Meeting};

/// The panes of the meeting screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MeetingPane {
    /// What needs discussing.
    #[default]
    Agenda,
    /// The action being discussed.
    Action,
    /// The decisions and next steps taken so far (beside the action from
    /// 100 columns, instead of it below).
    Record,
}

/// The meeting screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingState {
    /// The group.
    pub group: Id,
    /// The meeting (a draft in the group file).
    pub meeting: Id,
    /// Focused pane.
    pub pane: MeetingPane,
    /// Cursor in the agenda.
    pub agenda: usize,
    /// The actions in the order the meeting walks them.
    pub order: Vec<Id>,
    /// The action being discussed (index in `order`).
    pub at: usize,
    /// First line shown of the action's text.
    pub scroll: u16,
    /// First line shown of the record.
    pub record_scroll: u16,
}

impl MeetingState {
    /// The screen of meeting `m` of `g`, on its agenda; a meeting that
    /// already discussed actions resumes on the last one.
    pub fn new(g: &Group, m: &Meeting) -> Self {
        let items = agenda_of(g, m);
        let order = walk_order(g, &items);
        // Where it stopped: the action it changed last.
        let last =
            m.at.as_ref()
                .or(m.discussed.last().map(|d| &d.action))
                .and_then(|id| order.iter().position(|a| a == id));
        MeetingState {
            group: g.id.clone(),
            meeting: m
                .id
                .clone()
                .unwrap_or_else(|| Meeting::keys(std::slice::from_ref(m))[0].clone()),
            pane: if last.is_some() {
                MeetingPane::Action
            } else {
                MeetingPane::Agenda
            },
            agenda: 0,
            at: last.unwrap_or(0),
            order,
            scroll: 0,
            record_scroll: 0,
        }
    }

    /// The action being discussed.
    pub fn action(&self) -> Option<&Id> {
        self.order.get(self.at)
    }
}
