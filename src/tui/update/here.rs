//! The editing commands that depend on where the cursor is: `e`/Enter
//! (edit the item under the cursor), `n` (new), `X` (delete), `t`
//! (rename), Space, and the commands naming a subject (`i`, `c`, `L`, `r`,
//! `P`, `C`, `M`, `T`, `A`, `G`). Each sends the work to the module of the
//! thing edited.

use super::context::{current_action, current_group, no_action, no_group};
use super::{action, deliverable, governance, group, indicator, journal, meeting, session};
use crate::tui::app::{
    ActionPane, App, Field, GovernancePane, GroupPane, GroupSource, HomePane, Screen,
};
use crate::tui::msg::{Command, Effect};
use crate::tui::steps::{EntryRef, GroupDraft, IndicatorRef, LeadRole, MeetingOwner};

/// Runs an editing command; `None`: not an editing command.
pub fn command(app: &mut App, c: Command) -> Option<Vec<Effect>> {
    if let Some(effects) = action::command(app, c) {
        return Some(effects);
    }
    let none = Vec::new;
    Some(match c {
        Command::Rename => rename(app),
        Command::Edit => edit_here(app),
        Command::New => new_here(app),
        Command::Delete => delete_here(app),
        Command::Toggle => {
            if deliverable::on_experimentation(app) {
                action::command(app, Command::Experimentation).unwrap_or_default()
            } else {
                deliverable::toggle(app)
            }
        }
        Command::Measure => indicator::measure(app),
        Command::AddIndicator => match current_action(app) {
            Some(r) => {
                indicator::new(app, r);
                none()
            }
            None => no_action(app),
        },
        Command::Journal => match current_action(app) {
            Some(r) => {
                journal::new(app, r);
                none()
            }
            None => no_action(app),
        },
        Command::AddDeliverable => match current_action(app) {
            Some(r) => {
                deliverable::new(app, r);
                none()
            }
            None => no_action(app),
        },
        Command::Document => {
            deliverable::ask_document(app);
            none()
        }
        Command::OpenDocument => deliverable::open(app),
        Command::Governance => {
            governance::open(app);
            none()
        }
        Command::Meeting => {
            if matches!(app.screen(), Screen::Governance(_)) {
                meeting::new(app, MeetingOwner::Governance);
                return Some(none());
            }
            match current_group(app) {
                Some(g) => session::start(app, &g),
                None => no_group(app),
            }
        }
        Command::Pilot
        | Command::Copilot
        | Command::Members
        | Command::Territories
        | Command::Themes => {
            let Some(g) = current_group(app) else {
                return Some(no_group(app));
            };
            match c {
                Command::Pilot => group::lead(app, g, LeadRole::Pilot),
                Command::Copilot => group::lead(app, g, LeadRole::Copilot),
                Command::Members => group::members(app, g),
                Command::Territories => group::territories(app, g),
                _ => group::axis(app, g),
            }
            none()
        }
        _ => return None,
    })
}

/// `t`: the title of the action under the cursor (an action page, a
/// group's actions, all actions), else the group's name.
fn rename(app: &mut App) -> Vec<Effect> {
    let on_actions = match app.screen() {
        Screen::Action(_) | Screen::AllActions { .. } => true,
        Screen::Group(s) => s.pane == GroupPane::Actions && current_action(app).is_some(),
        _ => false,
    };
    if on_actions {
        return match current_action(app) {
            Some(r) => {
                action::rename(app, r);
                Vec::new()
            }
            None => no_action(app),
        };
    }
    match current_group(app) {
        Some(g) => {
            group::rename(app, g);
            Vec::new()
        }
        None => no_group(app),
    }
}

/// `e`/Enter: the item under the cursor.
fn edit_here(app: &mut App) -> Vec<Effect> {
    match app.screen().clone() {
        Screen::Governance(s) => {
            match s.pane {
                GovernancePane::Meetings => {
                    match meeting::at(app, MeetingOwner::Governance, s.meeting) {
                        Some(m) => meeting::menu(app, m),
                        None => meeting::new(app, MeetingOwner::Governance),
                    }
                }
                GovernancePane::Evaluations => {
                    match app.ws.governance.evaluations.get(s.evaluation) {
                        Some(e) => {
                            let year = e.year;
                            governance::menu(app, year)
                        }
                        None => governance::new(app),
                    }
                }
            }
            Vec::new()
        }
        Screen::Group(s) if s.pane == GroupPane::Meetings => {
            let owner = MeetingOwner::Group(s.id.clone());
            match meeting::at(app, owner.clone(), s.meeting) {
                Some(m) => meeting::menu(app, m),
                None => meeting::new(app, owner),
            }
            Vec::new()
        }
        Screen::Group(_) | Screen::Groups { .. } => {
            if let Some(g) = current_group(app) {
                group::menu(app, g);
            }
            Vec::new()
        }
        Screen::Action(st) => {
            let r = st.target.clone();
            let Some((_, a)) = app.action(&r) else {
                return Vec::new();
            };
            let a = a.clone();
            match st.pane {
                ActionPane::Fields => {
                    let c = match Field::ALL.get(st.field) {
                        Some(Field::Title) => return rename(app),
                        Some(Field::Status) => Command::Status,
                        Some(Field::Progress) => Command::Progress,
                        Some(Field::Start) => Command::Start,
                        Some(Field::Due) => Command::Due,
                        Some(Field::Experimentation) => Command::Experimentation,
                        Some(Field::Publics) => Command::Publics,
                        Some(Field::Objectives) => Command::Objectives,
                        Some(Field::Implementation) | None => Command::Implementation,
                    };
                    action::command(app, c).unwrap_or_default()
                }
                ActionPane::Deliverables => {
                    match a.deliverables.get(st.deliverable) {
                        Some(d) => deliverable::rename(app, r, d.label.clone()),
                        None => deliverable::new(app, r),
                    }
                    Vec::new()
                }
                ActionPane::Indicators => {
                    match a.indicators.get(st.indicator) {
                        Some(i) => indicator::menu(
                            app,
                            IndicatorRef {
                                action: r,
                                id: i.id.clone(),
                            },
                        ),
                        None => indicator::new(app, r),
                    }
                    Vec::new()
                }
                ActionPane::Journal => {
                    match a.journal.get(st.journal) {
                        Some(j) => journal::menu(
                            app,
                            EntryRef {
                                action: r,
                                entry: j.clone(),
                            },
                        ),
                        None => journal::new(app, r),
                    }
                    Vec::new()
                }
            }
        }
        _ => rename(app),
    }
}

/// `n`: something new where the cursor is (a group with what the screen
/// says, an action, a meeting, an indicator…).
fn new_here(app: &mut App) -> Vec<Effect> {
    let mut draft = GroupDraft::default();
    match app.screen().clone() {
        Screen::Home(h) => {
            let r = app.ws.referential.as_ref();
            match h.pane {
                HomePane::Territories => {
                    draft.territory = r
                        .and_then(|r| r.territories.get(h.territory))
                        .map(|t| t.id.clone())
                }
                HomePane::Axes => {
                    draft.axis = r.and_then(|r| r.axes.get(h.axis)).map(|a| a.id.clone())
                }
            }
        }
        Screen::Axis { id, cursor } => {
            draft.axis = Some(id.clone());
            if cursor > 0 {
                draft.theme = app.axis_themes(&id).get(cursor - 1).map(|(t, _)| t.clone());
            }
        }
        Screen::Groups { source, .. } => match source {
            GroupSource::Territory(t) => draft.territory = Some(t),
            GroupSource::Axis(a) => draft.axis = Some(a),
            GroupSource::Theme(t) => {
                draft.axis = app
                    .ws
                    .referential
                    .as_ref()
                    .and_then(|r| r.theme(&t))
                    .map(|(a, _)| a.id.clone());
                draft.theme = Some(t);
            }
        },
        Screen::Group(s) => {
            match s.pane {
                GroupPane::Actions => action::new(app, s.id),
                GroupPane::Meetings => meeting::new(app, MeetingOwner::Group(s.id)),
            }
            return Vec::new();
        }
        Screen::Action(s) => {
            let r = s.target;
            match s.pane {
                ActionPane::Fields => action::new(app, r.group),
                ActionPane::Deliverables => deliverable::new(app, r),
                ActionPane::Indicators => indicator::new(app, r),
                ActionPane::Journal => journal::new(app, r),
            }
            return Vec::new();
        }
        Screen::Governance(s) => {
            match s.pane {
                GovernancePane::Meetings => meeting::new(app, MeetingOwner::Governance),
                GovernancePane::Evaluations => governance::new(app),
            }
            return Vec::new();
        }
        Screen::AllActions { .. }
        | Screen::Board(_)
        | Screen::Alerts(_)
        | Screen::Sync(_)
        | Screen::Meeting(_)
        | Screen::Conflicts(_) => return Vec::new(),
    }
    group::new(app, draft);
    Vec::new()
}

/// `X`: delete the item under the cursor (asks first).
fn delete_here(app: &mut App) -> Vec<Effect> {
    match app.screen().clone() {
        Screen::Governance(s) => match s.pane {
            GovernancePane::Meetings => {
                if let Some(m) = meeting::at(app, MeetingOwner::Governance, s.meeting) {
                    meeting::ask_delete(app, m);
                }
            }
            GovernancePane::Evaluations => {
                if let Some(e) = app.ws.governance.evaluations.get(s.evaluation) {
                    let year = e.year;
                    governance::ask_delete(app, year);
                }
            }
        },
        Screen::Groups { .. } => {
            if let Some(g) = current_group(app) {
                group::ask_delete(app, g);
            }
        }
        Screen::Group(s) if s.pane == GroupPane::Meetings => {
            if let Some(m) = meeting::at(app, MeetingOwner::Group(s.id.clone()), s.meeting) {
                meeting::ask_delete(app, m);
            }
        }
        Screen::Action(s) if s.pane != ActionPane::Fields => {
            let Some((_, a)) = app.action(&s.target) else {
                return Vec::new();
            };
            let r = s.target.clone();
            match s.pane {
                ActionPane::Deliverables => {
                    if let Some(d) = a.deliverables.get(s.deliverable) {
                        let label = d.label.clone();
                        deliverable::ask_delete(app, r, label);
                    }
                }
                ActionPane::Indicators => {
                    if let Some(i) = a.indicators.get(s.indicator) {
                        let id = i.id.clone();
                        indicator::ask_delete(app, IndicatorRef { action: r, id });
                    }
                }
                _ => {
                    if let Some(j) = a.journal.get(s.journal) {
                        let entry = j.clone();
                        journal::ask_delete(app, EntryRef { action: r, entry });
                    }
                }
            }
        }
        _ => {
            if let Some(r) = current_action(app) {
                action::ask_delete(app, r);
            }
        }
    }
    Vec::new()
}
