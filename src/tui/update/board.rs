//! The board and the alerts: opening them, tabs, the reference year, and
//! Enter (open a territory or axis, jump to an indicator, a group or an
//! action).

use super::super::app::{ActionPane, App, GroupSource, Screen, Tone};
use super::super::board::{
    self, ALERT_KINDS, AlertsState, BoardState, BoardTab, IndicatorKey, Scope,
};
use super::super::msg::{Command, Effect};
use super::super::search::Target;
use super::nav;
use crate::t;

/// Commands of the board and the alerts.
pub fn command(app: &mut App, c: Command) -> Vec<Effect> {
    match c {
        Command::Board => open_board(app),
        Command::Alerts => open_alerts(app),
        Command::PrevYear | Command::NextYear => {
            if board::scope_of(app.screen()).is_some() {
                board::step_year(app, c == Command::NextYear);
            } else {
                let key = app.keymap.first_key_in(Command::Board, app.lang);
                let msg = t!(app.lang, "board-year-on-board", key = key);
                app.say(Tone::Info, msg);
            }
        }
        _ => {}
    }
    Vec::new()
}

/// The context of the screen on top, as a scope.
fn context(app: &App) -> Scope {
    match app.screen() {
        Screen::Groups { source, .. } => match source {
            GroupSource::Territory(t) => Scope {
                territory: Some(t.clone()),
                ..Scope::default()
            },
            GroupSource::Axis(a) => Scope {
                axis: Some(a.clone()),
                ..Scope::default()
            },
            GroupSource::Theme(t) => Scope {
                theme: Some(t.clone()),
                ..Scope::default()
            },
        },
        Screen::Axis { id, .. } => Scope {
            axis: Some(id.clone()),
            ..Scope::default()
        },
        Screen::Board(b) => b.scope.clone(),
        Screen::Alerts(a) => a.scope.clone(),
        _ => Scope::default(),
    }
}

/// Goes back down to a screen of the stack matching `is`, if there is one.
fn back_to(app: &mut App, is: impl Fn(&Screen) -> bool) -> bool {
    match app.screens.iter().rposition(is) {
        Some(i) => {
            app.screens.truncate(i + 1);
            true
        }
        None => false,
    }
}

fn open_board(app: &mut App) {
    if matches!(app.screen(), Screen::Board(_)) {
        return;
    }
    let mut state = BoardState {
        scope: context(app),
        ..BoardState::default()
    };
    // From an action page: its indicators, the selected one under the cursor.
    if let Screen::Action(s) = app.screen()
        && let Some((_, a)) = app.action(&s.target)
        && !a.indicators.is_empty()
    {
        let i = if s.pane == ActionPane::Indicators {
            s.indicator
        } else {
            0
        };
        state.tab = BoardTab::Indicators;
        state.focus = a
            .indicators
            .get(i)
            .or(a.indicators.first())
            .map(|ind| IndicatorKey {
                group: s.target.group.clone(),
                action: s.target.action.clone(),
                indicator: ind.id.clone(),
            });
    } else if matches!(app.screen(), Screen::Alerts(_))
        && back_to(app, |s| matches!(s, Screen::Board(_)))
    {
        return;
    }
    app.screens.push(Screen::Board(state));
}

fn open_alerts(app: &mut App) {
    if matches!(app.screen(), Screen::Alerts(_)) {
        return;
    }
    if matches!(app.screen(), Screen::Board(_)) && back_to(app, |s| matches!(s, Screen::Alerts(_)))
    {
        return;
    }
    let scope = context(app);
    app.screens.push(Screen::Alerts(AlertsState {
        scope,
        ..AlertsState::default()
    }));
}

/// Tab and Shift-Tab: the board's tabs, the alerts' kinds.
pub fn switch_pane(app: &mut App, forward: bool) {
    let step = |i: usize, n: usize| {
        if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }
    };
    match app.screen_mut() {
        Screen::Board(b) => {
            let i = BoardTab::ALL.iter().position(|t| *t == b.tab).unwrap_or(0);
            b.tab = BoardTab::ALL[step(i, BoardTab::ALL.len())];
        }
        Screen::Alerts(a) => {
            // None, then each kind.
            let i = a
                .kind
                .and_then(|k| ALERT_KINDS.iter().position(|x| *x == k))
                .map_or(0, |i| i + 1);
            let n = step(i, ALERT_KINDS.len() + 1);
            a.kind = n.checked_sub(1).map(|n| ALERT_KINDS[n]);
            a.cursor = 0;
        }
        _ => {}
    }
}

/// Enter on the board or the alerts.
pub fn open(app: &mut App) -> Vec<Effect> {
    let target = match app.screen() {
        Screen::Board(b) => {
            let Some(fig) = board::figures(app, &b.scope) else {
                return Vec::new();
            };
            let e = fig.evaluation();
            let next = match b.tab {
                BoardTab::Territories => e.territories.get(b.territory).map(|t| Screen::Groups {
                    source: GroupSource::Territory(t.id.clone()),
                    cursor: 0,
                }),
                BoardTab::Axes => e.axes.get(b.axis).map(|a| Screen::Axis {
                    id: a.id.clone(),
                    cursor: 0,
                }),
                BoardTab::Indicators => {
                    let t = fig
                        .indicators
                        .get(b.indicator)
                        .and_then(|r| r.key(app))
                        .map(|k| Target::Indicator(k.group, k.action, k.indicator));
                    if let Some(t) = t {
                        jump_keeping(app, &t);
                    }
                    return Vec::new();
                }
            };
            if let Some(s) = next {
                app.screens.push(s);
            }
            return Vec::new();
        }
        Screen::Alerts(a) => {
            let Some(fig) = board::figures(app, &a.scope) else {
                return Vec::new();
            };
            let Some((_, alert)) = fig.nth_alert(a.kind, a.cursor) else {
                return Vec::new();
            };
            match (&alert.group, &alert.action, &alert.indicator) {
                (Some(g), Some(ac), Some(i)) => Target::Indicator(g.clone(), ac.clone(), i.clone()),
                (Some(g), Some(ac), None) => Target::Action(g.clone(), ac.clone()),
                (Some(g), None, _) => Target::Group(g.clone()),
                (None, ..) => {
                    let msg = t!(app.lang, "board-governance-alert");
                    app.say(Tone::Info, msg);
                    return Vec::new();
                }
            }
        }
        _ => return Vec::new(),
    };
    jump_keeping(app, &target);
    Vec::new()
}

/// Jumps to `target` with the search's jump, keeping the current screens
/// underneath: Esc from the group or action comes back here.
pub fn jump_keeping(app: &mut App, target: &Target) {
    let gid = match target {
        Target::Group(g)
        | Target::Action(g, _)
        | Target::Indicator(g, _, _)
        | Target::Journal(g, _, _) => g,
    };
    if app.ws.group(gid).is_none() {
        return;
    }
    let keep = app.screens.clone();
    nav::jump(app, target);
    let tail: Vec<Screen> = app
        .screens
        .iter()
        .skip_while(|s| !matches!(s, Screen::Group(_)))
        .cloned()
        .collect();
    app.screens = keep;
    app.screens.extend(tail);
    nav::clamp_all(app);
}

/// After the figures are computed: puts the board's cursor on the
/// indicator it was opened for.
pub fn resolve_focus(app: &mut App) {
    let Some(Screen::Board(b)) = app.screens.last() else {
        return;
    };
    let Some(key) = b.focus.clone() else { return };
    let index = board::figures(app, &b.scope)
        .and_then(|f| f.indicators.iter().position(|r| r.is(app, &key)));
    if let Some(Screen::Board(b)) = app.screens.last_mut() {
        b.focus = None;
        if let Some(i) = index {
            b.indicator = i;
        }
    }
}
