//! What a command is about (the action or group under the cursor) and the
//! popups the subject modules open. Imports no sibling module.

use crate::domain::Id;
use crate::t;
use crate::tui::app::{
    ActionRef, ActionState, App, GroupPane, Pick, PickItem, Popup, Screen, Tone,
};
use crate::tui::editor::Editor;
use crate::tui::msg::Effect;
use crate::tui::session::MeetingPane;
use crate::tui::steps::{Choice, Step};

/// The action the command is about, if any.
pub fn current_action(app: &App) -> Option<ActionRef> {
    match app.screen() {
        Screen::Action(s) => Some(s.target.clone()),
        Screen::Group(s) if s.pane == GroupPane::Actions => {
            let g = app.ws.group(&s.id)?;
            let a = app.actions_of(g).get(s.action).copied()?;
            Some(ActionRef {
                group: g.id.clone(),
                action: a.id.clone(),
            })
        }
        Screen::AllActions { cursor } => app.all_actions().get(*cursor).map(|(g, a)| ActionRef {
            group: g.id.clone(),
            action: a.id.clone(),
        }),
        Screen::Meeting(s) => {
            let action = match s.pane {
                MeetingPane::Agenda => {
                    let g = app.ws.group(&s.group)?;
                    crate::domain::meeting::agenda_of(g, g.meeting(&s.meeting)?)
                        .get(s.agenda)
                        .map(|i| i.action().clone())
                }
                _ => s.action().cloned(),
            }?;
            Some(ActionRef {
                group: s.group.clone(),
                action,
            })
        }
        _ => None,
    }
}

/// The day a change to group `gid` is dated: the day of the meeting held
/// on it in meeting mode (a meeting recorded late keeps its own day),
/// else today.
pub fn day_for(app: &App, gid: &Id) -> chrono::NaiveDate {
    app.screens
        .iter()
        .rev()
        .find_map(|s| match s {
            Screen::Meeting(m) if &m.group == gid => {
                app.ws.group(gid)?.meeting(&m.meeting).map(|x| x.date)
            }
            _ => None,
        })
        .unwrap_or(app.today)
}

/// The group the command is about, if any.
pub fn current_group(app: &App) -> Option<Id> {
    match app.screen() {
        Screen::Action(s) => Some(s.target.group.clone()),
        Screen::Group(s) => Some(s.id.clone()),
        Screen::Groups { source, cursor } => {
            app.groups_of(source).get(*cursor).map(|g| g.id.clone())
        }
        Screen::AllActions { cursor } => app.all_actions().get(*cursor).map(|(g, _)| g.id.clone()),
        Screen::Meeting(s) => Some(s.group.clone()),
        _ => None,
    }
}

/// The action page on top, if it is one.
pub fn action_state(app: &App) -> Option<&ActionState> {
    match app.screen() {
        Screen::Action(s) => Some(s),
        _ => None,
    }
}

/// The action page on top, mutably.
pub fn action_state_mut(app: &mut App) -> Option<&mut ActionState> {
    match app.screen_mut() {
        Screen::Action(s) => Some(s),
        _ => None,
    }
}

/// Opens a one-line prompt pre-filled with `text` (selected: typing
/// replaces it).
pub fn input(app: &mut App, title: String, text: &str, step: Step) {
    app.popups.push(Popup::Input {
        title,
        editor: Editor::single(text),
        step,
        error: None,
    });
}

/// Opens the multi-line editor on `text`.
pub fn text(app: &mut App, title: String, text: &str, step: Step) {
    app.popups.push(Popup::Text {
        title,
        editor: Editor::multi(text),
        step,
        original: text.to_string(),
        confirm_discard: false,
    });
}

/// Opens a choice list; a single choice starts on the ticked row.
pub fn pick(app: &mut App, title: String, items: Vec<PickItem>, multi: bool, step: Step) {
    let cursor = if multi {
        0
    } else {
        items.iter().position(|i| i.checked).unwrap_or(0)
    };
    app.popups.push(Popup::Pick(Pick {
        title,
        items,
        cursor,
        multi,
        step,
        query: String::new(),
    }));
}

/// Asks a yes/no question (the answer keys are added to the question).
pub fn confirm(app: &mut App, question: String, step: Step) {
    let question = crate::text::sanitize(&t!(app.lang, "form-yes-no", question = question));
    app.popups.push(Popup::Confirm { question, step });
}

/// A row of a choice list.
pub fn item(choice: Choice, label: impl Into<String>, checked: bool) -> PickItem {
    PickItem {
        choice,
        label: label.into(),
        checked,
    }
}

/// A row of a menu.
pub fn entry(m: crate::tui::steps::MenuItem, label: impl Into<String>) -> PickItem {
    item(Choice::Menu(m), label, false)
}

/// The organisations of the referential, `checked` ticked.
pub fn org_items(app: &App, checked: &[Id]) -> Vec<PickItem> {
    app.ws
        .referential
        .as_ref()
        .map(|r| {
            r.organisations
                .iter()
                .map(|o| {
                    item(
                        Choice::Id(o.id.clone()),
                        o.name.clone(),
                        checked.contains(&o.id),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The territories of the referential, `checked` ticked.
pub fn territory_items(app: &App, checked: &[Id]) -> Vec<PickItem> {
    app.ws
        .referential
        .as_ref()
        .map(|r| {
            r.territories
                .iter()
                .map(|t| {
                    item(
                        Choice::Id(t.id.clone()),
                        t.name.clone(),
                        checked.contains(&t.id),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The ids among chosen rows.
pub fn ids(chosen: &[Choice]) -> Vec<Id> {
    chosen
        .iter()
        .filter_map(|c| match c {
            Choice::Id(id) => Some(id.clone()),
            _ => None,
        })
        .collect()
}

/// The first id among chosen rows.
pub fn first_id(chosen: &[Choice]) -> Option<Id> {
    ids(chosen).into_iter().next()
}

/// Says that the command needs an action under the cursor.
pub fn no_action(app: &mut App) -> Vec<Effect> {
    let m = t!(app.lang, "form-no-action");
    app.say(Tone::Info, m);
    Vec::new()
}

/// Says that the command needs a group under the cursor.
pub fn no_group(app: &mut App) -> Vec<Effect> {
    let m = t!(app.lang, "form-no-group");
    app.say(Tone::Info, m);
    Vec::new()
}

/// The refusal shown for an empty answer.
pub fn empty(app: &App) -> String {
    t!(app.lang, "form-empty")
}
