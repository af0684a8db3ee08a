//! The status board and the alerts list: their UI state and the cached
//! evaluation they draw from.
//!
//! Both screens show figures computed by
//! [`Report::from_parts`](crate::report::Report::from_parts) (that is,
//! [`evaluate`](crate::domain::evaluation::evaluate) and
//! [`alerts`](crate::domain::evaluation::alerts)), the very function every
//! `pacte report` format prints from, so the board and the reports always
//! agree. The evaluation is computed by `update` when one of these screens
//! is on top and its inputs changed (data revision, selection, today,
//! governance records), never by the view.

use super::app::{App, Screen};
use crate::domain::evaluation::{Alert, AlertKind, Evaluation, Selection, Sources, TargetState};
use crate::domain::{Governance, Id, Status};
use crate::report::Report;

/// What a board or alerts screen narrows the pact to, besides the filter:
/// the context it was opened from (a territory's groups, an axis, a theme).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scope {
    /// A territory.
    pub territory: Option<Id>,
    /// An axis.
    pub axis: Option<Id>,
    /// A theme.
    pub theme: Option<Id>,
}

/// The tabs of the board.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BoardTab {
    /// Territory × status.
    #[default]
    Territories,
    /// Axis × status.
    Axes,
    /// Indicators of the selection, with the sparkline of the selected one.
    Indicators,
}

impl BoardTab {
    /// Every tab, in order.
    pub const ALL: [BoardTab; 3] = [BoardTab::Territories, BoardTab::Axes, BoardTab::Indicators];
}

/// An indicator, by its group, action and id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IndicatorKey {
    /// The group.
    pub group: Id,
    /// The action.
    pub action: Id,
    /// The indicator.
    pub indicator: Id,
}

/// The board screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoardState {
    /// Context it was opened from.
    pub scope: Scope,
    /// Shown tab.
    pub tab: BoardTab,
    /// Cursor in the territories (the last row is the whole selection).
    pub territory: usize,
    /// Cursor in the axes (the last row is the whole selection).
    pub axis: usize,
    /// Cursor in the indicators.
    pub indicator: usize,
    /// An indicator to put the cursor on once the figures are computed
    /// (the board was opened from its action page).
    pub focus: Option<IndicatorKey>,
}

/// The alerts screen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AlertsState {
    /// Context it was opened from.
    pub scope: Scope,
    /// Only alerts of this kind (`None`: all).
    pub kind: Option<AlertKind>,
    /// Cursor in the (kind-filtered) alerts.
    pub cursor: usize,
}

/// Every alert kind, in list order.
pub const ALERT_KINDS: [AlertKind; 7] = [
    AlertKind::GovernanceDue,
    AlertKind::Overdue,
    AlertKind::OverdueStep,
    AlertKind::OffTarget,
    AlertKind::NoCopilot,
    AlertKind::NoMeetingThisYear,
    AlertKind::NotMeasured,
];

/// One indicator row of the board: where the indicator is in the
/// workspace the figures were computed from (positions, not copies: a big
/// pact has tens of thousands), and how the evaluation judges it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndicatorRow {
    /// Position of its group in `Workspace::groups`.
    pub group: usize,
    /// Position of its action in the group.
    pub action: usize,
    /// Position of the indicator in the action.
    pub indicator: usize,
    /// On or off target (`NotJudged` for an abandoned action).
    pub state: TargetState,
}

impl IndicatorRow {
    /// The group, action and indicator of the row (`None` when the
    /// workspace changed since: the figures are then computed again).
    pub fn get<'a>(
        &self,
        app: &'a App,
    ) -> Option<(
        &'a crate::domain::Group,
        &'a crate::domain::Action,
        &'a crate::domain::Indicator,
    )> {
        let g = app.ws.groups.get(self.group)?;
        let a = g.actions.get(self.action)?;
        Some((g, a, a.indicators.get(self.indicator)?))
    }

    /// The ids of the row.
    pub fn key(&self, app: &App) -> Option<IndicatorKey> {
        self.get(app).map(|(g, a, i)| IndicatorKey {
            group: g.id.clone(),
            action: a.id.clone(),
            indicator: i.id.clone(),
        })
    }

    /// True when the row is the indicator `key`.
    pub fn is(&self, app: &App, key: &IndicatorKey) -> bool {
        self.get(app).is_some_and(|(g, a, i)| {
            g.id == key.group && a.id == key.action && i.id == key.indicator
        })
    }
}

/// Figures computed for one selection.
#[derive(Clone, Debug)]
pub struct Figures {
    /// What was evaluated.
    pub selection: Selection,
    /// As of.
    pub today: chrono::NaiveDate,
    /// Data revision they were computed at.
    pub revision: u64,
    /// Number of groups they were computed on (stale figures are shown,
    /// marked, only while it holds: their rows point into the groups).
    pub groups: usize,
    /// Governance records they were computed from (small; compared to
    /// notice edits that leave no undo entry).
    pub governance: Governance,
    /// The report (evaluation and alerts), exactly as `pacte report` makes it.
    pub report: Report,
    /// Indicators of the selected actions, in the evaluation's order.
    pub indicators: Vec<IndicatorRow>,
    /// Alerts by kind, as indexes into `report.alerts`, in [`ALERT_KINDS`] order.
    pub by_kind: [Vec<usize>; ALERT_KINDS.len()],
}

impl Figures {
    /// The evaluation.
    pub fn evaluation(&self) -> &Evaluation {
        &self.report.evaluation
    }

    /// The alerts.
    pub fn alerts(&self) -> &[Alert] {
        &self.report.alerts
    }

    /// Indexes (into [`Figures::alerts`]) of the alerts of `kind`, or all.
    pub fn alert_indexes(&self, kind: Option<AlertKind>) -> Vec<usize> {
        match kind.and_then(|k| ALERT_KINDS.iter().position(|x| *x == k)) {
            Some(i) => self.by_kind[i].clone(),
            None => (0..self.report.alerts.len()).collect(),
        }
    }

    /// Number of alerts of `kind`, or all.
    pub fn alert_count(&self, kind: Option<AlertKind>) -> usize {
        match kind.and_then(|k| ALERT_KINDS.iter().position(|x| *x == k)) {
            Some(i) => self.by_kind[i].len(),
            None => self.report.alerts.len(),
        }
    }

    /// The `n`-th alert of `kind` (or of all).
    pub fn nth_alert(&self, kind: Option<AlertKind>, n: usize) -> Option<(usize, &Alert)> {
        let i = match kind.and_then(|k| ALERT_KINDS.iter().position(|x| *x == k)) {
            Some(k) => *self.by_kind[k].get(n)?,
            None => n,
        };
        self.report.alerts.get(i).map(|a| (i, a))
    }
}

/// The board's figures cache and the choices shared by the board and the
/// alerts (the reference year).
#[derive(Clone, Debug, Default)]
pub struct BoardCache {
    /// Reference year (`None`: the whole period for meetings, today's year
    /// for measurements and committees, as `pacte report` without `--year`).
    pub year: Option<i32>,
    /// Data revision: bumped by `update` whenever the workspace in memory
    /// may have changed.
    pub revision: u64,
    /// Figures of the last selection shown.
    pub figures: Option<Box<Figures>>,
    /// Times the figures were computed (for tests and benchmarks).
    pub computed: u64,
    /// An evaluation was asked for and has not come back.
    pub in_flight: bool,
    /// Figures are to be asked for (taken by `update`).
    pub wanted: bool,
}

/// The selection a board or alerts screen evaluates: the filter's
/// territory and axis when set, else the screen's context; the theme of
/// the context; the chosen year.
pub fn selection(app: &App, scope: &Scope) -> Selection {
    Selection {
        territory: app
            .filter
            .territory
            .clone()
            .or_else(|| scope.territory.clone()),
        axis: app.filter.axis.clone().or_else(|| scope.axis.clone()),
        theme: scope.theme.clone(),
        year: app.board.year,
    }
}

/// The scope of a screen showing figures.
pub fn scope_of(s: &Screen) -> Option<&Scope> {
    match s {
        Screen::Board(b) => Some(&b.scope),
        Screen::Alerts(a) => Some(&a.scope),
        _ => None,
    }
}

/// The figures of `scope` when they are up to date (what the view draws).
pub fn figures<'a>(app: &'a App, scope: &Scope) -> Option<&'a Figures> {
    let f = app.board.figures.as_deref()?;
    (f.revision == app.board.revision
        && f.today == app.today
        && f.selection == selection(app, scope))
    .then_some(f)
}

/// The figures of `scope` to draw, and whether they are stale (being
/// computed again after an edit): up-to-date ones, or else the last ones
/// of the same selection on the same groups.
pub fn shown<'a>(app: &'a App, scope: &Scope) -> Option<(&'a Figures, bool)> {
    if let Some(f) = figures(app, scope) {
        return Some((f, false));
    }
    let f = app.board.figures.as_deref()?;
    (f.today == app.today
        && f.selection == selection(app, scope)
        && f.groups == app.ws.groups.len())
    .then_some((f, true))
}

/// What `update` compares before and after a message to notice an edit:
/// every edit, undo and redo moves the undo/redo stacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataMark {
    undo: usize,
    redo: usize,
    groups: usize,
}

impl DataMark {
    /// The mark of the model now.
    pub fn of(app: &App) -> DataMark {
        DataMark {
            undo: app.history.undo.len(),
            redo: app.history.redo.len(),
            groups: app.ws.groups.len(),
        }
    }
}

/// Computes the figures of the screen on top when it shows figures and its
/// inputs changed. Returns true when it computed.
pub fn refresh(app: &mut App) -> bool {
    let Some(scope) = scope_of(app.screen()) else {
        return false;
    };
    let sel = selection(app, scope);
    let fresh = app.board.figures.as_deref().is_some_and(|f| {
        f.revision == app.board.revision
            && f.today == app.today
            && f.selection == sel
            && f.governance == app.ws.governance
    });
    if fresh {
        return false;
    }
    if app.background {
        // One evaluation at a time: when it comes back stale, the next
        // refresh asks again.
        if !app.board.in_flight && app.ws.referential.is_some() {
            app.board.wanted = true;
        }
        return false;
    }
    app.board.figures = app.ws.referential.as_ref().map(|r| {
        Box::new(compute(
            Sources {
                referential: r,
                governance: &app.ws.governance,
                groups: &app.ws.groups,
            },
            sel,
            app.today,
            app.board.revision,
        ))
    });
    app.board.computed += 1;
    true
}

/// What the screen on top evaluates, for an evaluation off the event loop:
/// its selection, and the data as it is now (the groups shared, not
/// copied). `None` when no screen shows figures.
pub fn snapshot(app: &App) -> Option<Snapshot> {
    let scope = scope_of(app.screen())?;
    Some(Snapshot {
        referential: app.ws.referential.clone()?,
        governance: app.ws.governance.clone(),
        groups: app.ws.groups.clone(),
        selection: selection(app, scope),
        today: app.today,
        revision: app.board.revision,
    })
}

/// The data an evaluation off the event loop works on.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// The referential.
    pub referential: crate::domain::Referential,
    /// Governance records.
    pub governance: Governance,
    /// The groups, shared with the workspace (an edit meanwhile copies
    /// the group it changes).
    pub groups: Vec<std::sync::Arc<crate::domain::Group>>,
    /// What to evaluate.
    pub selection: Selection,
    /// As of.
    pub today: chrono::NaiveDate,
    /// Data revision.
    pub revision: u64,
}

impl Snapshot {
    /// The figures, as [`refresh`] computes them.
    pub fn compute(self) -> Figures {
        compute(
            Sources {
                referential: &self.referential,
                governance: &self.governance,
                groups: &self.groups,
            },
            self.selection,
            self.today,
            self.revision,
        )
    }
}

/// The figures of `selection` on `src`, as every report computes them.
fn compute(
    src: Sources<'_>,
    selection: Selection,
    today: chrono::NaiveDate,
    revision: u64,
) -> Figures {
    let report = Report::from_parts(src, &selection, today, None, None);
    let mut indicators = Vec::new();
    for gf in &report.evaluation.groups {
        let Ok(gi) = src.groups.binary_search_by(|g| g.id.cmp(&gf.id)) else {
            continue;
        };
        let g = &src.groups[gi];
        for (ai, a) in g.actions.iter().enumerate() {
            for (ii, i) in a.indicators.iter().enumerate() {
                indicators.push(IndicatorRow {
                    group: gi,
                    action: ai,
                    indicator: ii,
                    state: if a.status == Status::Abandoned {
                        TargetState::NotJudged
                    } else {
                        crate::domain::evaluation::indicators::target_state(i, a)
                    },
                });
            }
        }
    }
    let mut by_kind: [Vec<usize>; ALERT_KINDS.len()] = Default::default();
    for (n, a) in report.alerts.iter().enumerate() {
        if let Some(k) = ALERT_KINDS.iter().position(|x| *x == a.kind) {
            by_kind[k].push(n);
        }
    }
    Figures {
        selection,
        today,
        revision,
        groups: src.groups.len(),
        governance: src.governance.clone(),
        report,
        indicators,
        by_kind,
    }
}

/// The years `[` and `]` step through: the pact's period (widened to
/// today's year), then "all years" (`None`) after the last one.
pub fn years(app: &App) -> Vec<Option<i32>> {
    use chrono::Datelike;
    let this = app.today.year();
    let (a, b) = app
        .ws
        .referential
        .as_ref()
        .map_or((this, this), |r| (r.period.start, r.period.end));
    let (a, b) = (a.min(this), b.max(this));
    let mut v: Vec<Option<i32>> = (a..=b).map(Some).collect();
    v.push(None);
    v
}

/// Moves the reference year one step back (`forward == false`) or forward.
pub fn step_year(app: &mut App, forward: bool) {
    let ys = years(app);
    let i = ys.iter().position(|y| *y == app.board.year);
    let next = match (i, forward) {
        (Some(i), true) => (i + 1).min(ys.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
        (None, _) => ys.len() - 1,
    };
    app.board.year = ys[next];
}

impl BoardState {
    /// The cursor of the shown tab.
    pub fn cursor(&self) -> usize {
        match self.tab {
            BoardTab::Territories => self.territory,
            BoardTab::Axes => self.axis,
            BoardTab::Indicators => self.indicator,
        }
    }

    /// The cursor of the shown tab, mutably.
    pub fn cursor_mut(&mut self) -> &mut usize {
        match self.tab {
            BoardTab::Territories => &mut self.territory,
            BoardTab::Axes => &mut self.axis,
            BoardTab::Indicators => &mut self.indicator,
        }
    }
}

/// Length of the list under the cursor of a board or alerts screen, when
/// its figures are up to date.
pub fn list_len(app: &App, screen: &Screen) -> Option<usize> {
    match screen {
        Screen::Board(b) => {
            let f = figures(app, &b.scope)?;
            let e = f.evaluation();
            Some(match b.tab {
                BoardTab::Territories => e.territories.len() + 1,
                BoardTab::Axes => e.axes.len() + 1,
                BoardTab::Indicators => f.indicators.len(),
            })
        }
        Screen::Alerts(a) => Some(figures(app, &a.scope)?.alert_count(a.kind)),
        _ => None,
    }
}
