//! Moving around: cursors, panes, opening and leaving screens, jumps.

use super::super::app::{
    ActionPane, ActionRef, ActionState, App, Field, GovernancePane, GroupPane, GroupSource,
    GroupState, HomePane, HomeState, Screen, Tone,
};
use super::super::msg::{Command, Effect};
use super::super::search::Target;
use crate::t;

const PAGE: isize = 10;

/// Length of the list under the cursor of `screen`.
pub fn list_len(app: &App, screen: &Screen) -> usize {
    let r = app.ws.referential.as_ref();
    match screen {
        Screen::Home(h) => match h.pane {
            HomePane::Territories => r.map_or(0, |r| r.territories.len()),
            HomePane::Axes => r.map_or(0, |r| r.axes.len()),
        },
        Screen::Axis { id, .. } => 1 + app.axis_themes(id).len(),
        Screen::Groups { source, .. } => app.groups_of(source).len(),
        Screen::Group(s) => match app.ws.group(&s.id) {
            None => 0,
            Some(g) => match s.pane {
                GroupPane::Actions => app.actions_of(g).len(),
                GroupPane::Meetings => g.meetings.len(),
            },
        },
        Screen::Action(s) => match app.action(&s.target) {
            None => 0,
            Some((_, a)) => match s.pane {
                ActionPane::Fields => Field::ALL.len(),
                ActionPane::Deliverables => a.deliverables.len(),
                ActionPane::Indicators => a.indicators.len(),
                ActionPane::Journal => a.journal.len(),
            },
        },
        Screen::AllActions { .. } => app.all_actions().len(),
        Screen::Governance(s) => match s.pane {
            GovernancePane::Meetings => app.ws.governance.meetings.len(),
            GovernancePane::Evaluations => app.ws.governance.evaluations.len(),
        },
        Screen::Sync(p) => p.changes.len(),
        Screen::Conflicts(c) => c.rows().len(),
        Screen::Meeting(_) => 0,
        Screen::Board(_) | Screen::Alerts(_) => {
            crate::tui::board::list_len(app, screen).unwrap_or(0)
        }
    }
}

fn cursor_mut(screen: &mut Screen) -> &mut usize {
    match screen {
        Screen::Home(h) => match h.pane {
            HomePane::Territories => &mut h.territory,
            HomePane::Axes => &mut h.axis,
        },
        Screen::Axis { cursor, .. }
        | Screen::Groups { cursor, .. }
        | Screen::AllActions { cursor } => cursor,
        Screen::Group(s) => match s.pane {
            GroupPane::Actions => &mut s.action,
            GroupPane::Meetings => &mut s.meeting,
        },
        Screen::Action(s) => match s.pane {
            ActionPane::Fields => &mut s.field,
            ActionPane::Deliverables => &mut s.deliverable,
            ActionPane::Indicators => &mut s.indicator,
            ActionPane::Journal => &mut s.journal,
        },
        Screen::Governance(s) => match s.pane {
            GovernancePane::Meetings => &mut s.meeting,
            GovernancePane::Evaluations => &mut s.evaluation,
        },
        Screen::Sync(p) => &mut p.cursor,
        Screen::Conflicts(c) => &mut c.cursor,
        Screen::Meeting(m) => &mut m.agenda,
        Screen::Board(b) => b.cursor_mut(),
        Screen::Alerts(a) => &mut a.cursor,
    }
}

/// Keeps every cursor inside its list (after edits, reloads, filters).
pub fn clamp_all(app: &mut App) {
    for i in 0..app.screens.len() {
        let mut s = app.screens[i].clone();
        clamp_screen(app, &mut s);
        app.screens[i] = s;
    }
}

fn fit(c: usize, len: usize) -> usize {
    c.min(len.saturating_sub(1))
}

fn clamp_screen(app: &App, s: &mut Screen) {
    let r = app.ws.referential.as_ref();
    match s {
        Screen::Home(h) => {
            h.territory = fit(h.territory, r.map_or(0, |r| r.territories.len()));
            h.axis = fit(h.axis, r.map_or(0, |r| r.axes.len()));
        }
        Screen::Axis { id, cursor } => *cursor = fit(*cursor, 1 + app.axis_themes(id).len()),
        Screen::Groups { source, cursor } => *cursor = fit(*cursor, app.groups_of(source).len()),
        Screen::AllActions { cursor } => *cursor = fit(*cursor, app.all_actions().len()),
        Screen::Sync(p) => p.cursor = fit(p.cursor, p.changes.len()),
        Screen::Meeting(m) => m.at = fit(m.at, m.order.len()),
        Screen::Conflicts(c) => c.cursor = fit(c.cursor, c.rows().len()),
        Screen::Group(g) => {
            if let Some(gr) = app.ws.group(&g.id) {
                g.action = fit(g.action, app.actions_of(gr).len());
                g.meeting = fit(g.meeting, gr.meetings.len());
            }
        }
        Screen::Action(st) => {
            if let Some((_, a)) = app.action(&st.target) {
                st.field = fit(st.field, Field::ALL.len());
                st.deliverable = fit(st.deliverable, a.deliverables.len());
                st.indicator = fit(st.indicator, a.indicators.len());
                st.journal = fit(st.journal, a.journal.len());
            }
        }
        Screen::Governance(g) => {
            g.meeting = fit(g.meeting, app.ws.governance.meetings.len());
            g.evaluation = fit(g.evaluation, app.ws.governance.evaluations.len());
        }
        Screen::Board(_) | Screen::Alerts(_) => {
            if let Some(len) = crate::tui::board::list_len(app, s) {
                let c = cursor_mut(s);
                *c = fit(*c, len);
            }
        }
    }
}

/// Drops screens whose group or action no longer exists (and all above).
pub fn fix_screens(app: &mut App) {
    let mut keep = app.screens.len();
    for (i, s) in app.screens.iter().enumerate() {
        let ok = match s {
            Screen::Group(g) => app.ws.group(&g.id).is_some(),
            Screen::Action(a) => app.action(&a.target).is_some(),
            Screen::Meeting(m) => app
                .ws
                .group(&m.group)
                .is_some_and(|g| g.meeting(&m.meeting).is_some()),
            _ => true,
        };
        if !ok {
            keep = i;
            break;
        }
    }
    app.screens.truncate(keep.max(1));
    clamp_all(app);
}

/// Navigation commands.
pub fn command(app: &mut App, c: Command) -> Vec<Effect> {
    match c {
        Command::Up => move_by(app, -1),
        Command::Down => move_by(app, 1),
        Command::PageUp => move_by(app, -PAGE),
        Command::PageDown => move_by(app, PAGE),
        Command::Top => move_by(app, isize::MIN / 2),
        Command::Bottom => move_by(app, isize::MAX / 2),
        Command::Left => {
            if let Screen::Home(h) = app.screen_mut() {
                h.pane = HomePane::Territories;
            } else {
                back(app);
            }
        }
        Command::Back => back(app),
        Command::Right if !matches!(app.screen(), Screen::Action(_) | Screen::Governance(_)) => {
            return open(app);
        }
        Command::Open => return open(app),
        Command::NextPane => switch_pane(app, true),
        Command::PrevPane => switch_pane(app, false),
        Command::Home => app.screens.truncate(1),
        Command::AllActions if !matches!(app.screen(), Screen::AllActions { .. }) => {
            app.screens.push(Screen::AllActions { cursor: 0 });
        }
        _ => {}
    }
    Vec::new()
}

fn move_by(app: &mut App, delta: isize) {
    let len = list_len(app, app.screen());
    let c = cursor_mut(app.screen_mut());
    let max = len.saturating_sub(1) as isize;
    *c = (*c as isize).saturating_add(delta).clamp(0, max.max(0)) as usize;
}

fn back(app: &mut App) {
    if app.screens.len() > 1 {
        app.screens.pop();
    }
}

fn switch_pane(app: &mut App, forward: bool) {
    match app.screen_mut() {
        Screen::Home(h) => {
            h.pane = match h.pane {
                HomePane::Territories => HomePane::Axes,
                HomePane::Axes => HomePane::Territories,
            }
        }
        Screen::Group(g) => {
            g.pane = match g.pane {
                GroupPane::Actions => GroupPane::Meetings,
                GroupPane::Meetings => GroupPane::Actions,
            }
        }
        Screen::Governance(g) => {
            g.pane = match g.pane {
                GovernancePane::Meetings => GovernancePane::Evaluations,
                GovernancePane::Evaluations => GovernancePane::Meetings,
            }
        }
        Screen::Action(a) => {
            let order = [
                ActionPane::Fields,
                ActionPane::Deliverables,
                ActionPane::Indicators,
                ActionPane::Journal,
            ];
            let i = order.iter().position(|p| *p == a.pane).unwrap_or(0);
            let n = order.len();
            let next = if forward {
                (i + 1) % n
            } else {
                (i + n - 1) % n
            };
            a.pane = order[next];
            if a.pane != ActionPane::Fields {
                a.lower = a.pane;
            }
        }
        _ => {}
    }
}

/// Whether Enter (or → for `c`) edits the item under the cursor here
/// rather than opening a screen: on meetings, governance and action pages.
pub fn opens_editor(app: &App, c: Command) -> bool {
    match app.screen() {
        Screen::Group(s) => s.pane == GroupPane::Meetings,
        Screen::Governance(_) | Screen::Action(_) => c == Command::Open,
        _ => false,
    }
}

fn open(app: &mut App) -> Vec<Effect> {
    let next = match app.screen() {
        Screen::Home(h) => {
            let Some(r) = app.ws.referential.as_ref() else {
                return Vec::new();
            };
            match h.pane {
                HomePane::Territories => r.territories.get(h.territory).map(|t| Screen::Groups {
                    source: GroupSource::Territory(t.id.clone()),
                    cursor: 0,
                }),
                HomePane::Axes => r.axes.get(h.axis).map(|a| Screen::Axis {
                    id: a.id.clone(),
                    cursor: 0,
                }),
            }
        }
        Screen::Axis { id, cursor } => {
            if *cursor == 0 {
                Some(Screen::Groups {
                    source: GroupSource::Axis(id.clone()),
                    cursor: 0,
                })
            } else {
                app.axis_themes(id)
                    .get(cursor - 1)
                    .map(|(t, _)| Screen::Groups {
                        source: GroupSource::Theme(t.clone()),
                        cursor: 0,
                    })
            }
        }
        Screen::Groups { source, cursor } => app.groups_of(source).get(*cursor).map(|g| {
            Screen::Group(GroupState {
                id: g.id.clone(),
                pane: GroupPane::Actions,
                action: 0,
                meeting: 0,
            })
        }),
        Screen::Group(s) => match s.pane {
            GroupPane::Actions => app.ws.group(&s.id).and_then(|g| {
                app.actions_of(g).get(s.action).map(|a| {
                    Screen::Action(ActionState::new(ActionRef {
                        group: g.id.clone(),
                        action: a.id.clone(),
                    }))
                })
            }),
            GroupPane::Meetings => None,
        },
        Screen::Governance(_) => None,
        Screen::AllActions { cursor } => app.all_actions().get(*cursor).map(|(g, a)| {
            Screen::Action(ActionState::new(ActionRef {
                group: g.id.clone(),
                action: a.id.clone(),
            }))
        }),
        Screen::Action(_) | Screen::Sync(_) | Screen::Conflicts(_) | Screen::Meeting(_) => None,
        // The board and the alerts open their rows themselves (`board`).
        Screen::Board(_) | Screen::Alerts(_) => None,
    };
    if let Some(s) = next {
        app.screens.push(s);
    }
    Vec::new()
}

/// Rebuilds the screen stack to show a search hit.
pub fn jump(app: &mut App, target: &Target) {
    let (gid, aid) = match target {
        Target::Group(g) => (g, None),
        Target::Action(g, a) | Target::Indicator(g, a, _) | Target::Journal(g, a, _) => {
            (g, Some(a))
        }
    };
    let Some(g) = app.ws.group(gid) else { return };
    let visible = app.group_visible(g)
        && aid.is_none_or(|a| {
            g.action(a)
                .is_some_and(|a| app.filter.action_ok(a, app.today))
        });
    if !visible {
        app.filter = Default::default();
        let m = t!(app.lang, "nav-filters-removed");
        app.say(Tone::Info, m);
    }
    let Some(g) = app.ws.group(gid) else { return };
    let r = app.ws.referential.as_ref();
    let mut stack = Vec::new();
    let territory = g.territories.first().cloned();
    let t_index = territory
        .as_ref()
        .and_then(|t| r.and_then(|r| r.territories.iter().position(|x| &x.id == t)))
        .unwrap_or(0);
    stack.push(Screen::Home(HomeState {
        pane: HomePane::Territories,
        territory: t_index,
        axis: 0,
    }));
    if let Some(t) = territory {
        let source = GroupSource::Territory(t);
        let cursor = app
            .groups_of(&source)
            .iter()
            .position(|x| x.id == g.id)
            .unwrap_or(0);
        stack.push(Screen::Groups { source, cursor });
    }
    let actions = app.actions_of(g);
    let action_index = aid
        .and_then(|a| actions.iter().position(|x| &x.id == a))
        .unwrap_or(0);
    stack.push(Screen::Group(GroupState {
        id: g.id.clone(),
        pane: GroupPane::Actions,
        action: action_index,
        meeting: 0,
    }));
    if let Some(a) = aid.and_then(|a| g.action(a)) {
        let mut st = ActionState::new(ActionRef {
            group: g.id.clone(),
            action: a.id.clone(),
        });
        match target {
            Target::Indicator(_, _, i) => {
                st.pane = ActionPane::Indicators;
                st.lower = ActionPane::Indicators;
                st.indicator = a.indicators.iter().position(|x| &x.id == i).unwrap_or(0);
            }
            Target::Journal(_, _, n) => {
                st.pane = ActionPane::Journal;
                st.lower = ActionPane::Journal;
                st.journal = *n;
            }
            _ => {}
        }
        stack.push(Screen::Action(st));
    }
    app.screens = stack;
    clamp_all(app);
}
