//! Evaluation figures of the pact (its section 1.4), for the whole pact or a
//! selection: what the boards show and every report format prints.
//!
//! Pure computation: the caller passes the loaded data and `today`; nothing
//! here reads files or the clock.
//!
//! Counting rules:
//! - an action belongs to its group's territories, axis and themes; **a group
//!   on several territories counts in each of them**, so the sum over
//!   territories can exceed the total (the same holds for themes);
//! - *projects realised* are actions *en fonctionnement* or *totalement
//!   réalisée*; *experiments* are actions flagged `experimentation`;
//! - *overdue*: unfinished with a due date before `today`;
//! - indicators are judged by [`indicators`] on actions that are not
//!   abandoned; *not measured* lists the indicators of active actions
//!   (project, in progress, operating) with no measurement in the reference
//!   year;
//! - meetings (*concertations*) and participants come from the meeting
//!   records of the groups: those of the selected year when a year is
//!   selected, otherwise all of them;
//! - average progress leaves abandoned actions out;
//! - ordering: territories, axes and themes in referential order, groups by
//!   their first territory (referential order) then id, actions in file order.

pub mod alerts;
pub mod calendar;
pub mod indicators;
pub mod partners;
mod status_counts;

pub use alerts::{Alert, AlertKind, alerts};
pub use calendar::{CalendarItem, DueState, GovernanceCalendar};
pub use indicators::TargetState;
pub use partners::{JoinedHow, NewPartner, NewPartners};
pub use status_counts::StatusCounts;

use crate::domain::{Action, Governance, Group, Id, Indicator, Referential, Status};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// What to evaluate: every field narrows the pact; `None` keeps all.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Selection {
    /// Only groups working on this territory.
    pub territory: Option<Id>,
    /// Only groups of this axis.
    pub axis: Option<Id>,
    /// Only groups working on this theme.
    pub theme: Option<Id>,
    /// The reference year (meetings, measurements, committees); `None`
    /// means the whole period for meetings and today's year otherwise.
    pub year: Option<i32>,
}

impl Selection {
    /// True when `g` is in the selection.
    pub fn includes(&self, g: &Group) -> bool {
        self.territory
            .as_ref()
            .is_none_or(|t| g.territories.contains(t))
            && self.axis.as_ref().is_none_or(|a| &g.axis == a)
            && self.theme.as_ref().is_none_or(|t| g.themes.contains(t))
    }

    /// True when no territory, axis or theme narrows the pact.
    pub fn is_whole_pact(&self) -> bool {
        self.territory.is_none() && self.axis.is_none() && self.theme.is_none()
    }
}

/// What is evaluated: the loaded workspace data.
#[derive(Clone, Copy, Debug)]
pub struct Sources<'a> {
    /// The referential.
    pub referential: &'a Referential,
    /// Governance records.
    pub governance: &'a Governance,
    /// Every group that loaded.
    pub groups: &'a [Group],
}

/// The pact as the report heads it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PactInfo {
    /// Name.
    pub name: String,
    /// Département name.
    pub departement: String,
    /// First year.
    pub period_start: i32,
    /// Last year.
    pub period_end: i32,
}

/// Headline figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    /// Working groups.
    pub groups: usize,
    /// Actions.
    pub actions: usize,
    /// Actions realised (operating or done).
    pub projects_realised: usize,
    /// Actions flagged as experiments.
    pub experiments: usize,
    /// Unfinished actions past their due date.
    pub overdue_actions: usize,
    /// Mean progress of the actions that are not abandoned (0–100, one decimal).
    pub average_progress: Option<f64>,
    /// Indicators of the actions.
    pub indicators: usize,
    /// Indicators whose latest measurement reached the target.
    pub indicators_on_target: usize,
    /// Indicators whose latest measurement has not reached the target.
    pub indicators_off_target: usize,
    /// Indicators of active actions not measured in the reference year.
    pub indicators_not_measured: usize,
    /// Groups led by a pilot and a co-pilot from two different organisations.
    pub groups_with_two_organisations: usize,
    /// Working-group meetings (*concertations*) in the window.
    pub meetings: usize,
    /// Participants in those meetings (sum).
    pub participants: u64,
    /// Actions of groups with no theme.
    pub actions_without_theme: usize,
}

/// Figures of one territory.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TerritoryFigures {
    /// Territory id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Groups working on it (a group on several territories counts in each).
    pub groups: usize,
    /// Actions of those groups.
    pub actions: usize,
    /// Those actions by status.
    pub actions_by_status: StatusCounts,
    /// Realised actions.
    pub projects_realised: usize,
    /// Overdue actions.
    pub overdue_actions: usize,
    /// Mean progress (abandoned left out).
    pub average_progress: Option<f64>,
    /// Working-group meetings in the window.
    pub meetings: usize,
    /// Participants in those meetings.
    pub participants: u64,
    /// Groups with a pilot and a co-pilot from two organisations.
    pub groups_with_two_organisations: usize,
    /// Local committees held in the reference year.
    pub local_committees: Vec<NaiveDate>,
}

/// Figures of one axis.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AxisFigures {
    /// Axis id.
    pub id: Id,
    /// Number (1–4).
    pub number: u8,
    /// Title.
    pub title: String,
    /// Groups of the axis.
    pub groups: usize,
    /// Actions.
    pub actions: usize,
    /// Actions by status.
    pub actions_by_status: StatusCounts,
    /// Realised actions.
    pub projects_realised: usize,
    /// Experiments.
    pub experiments: usize,
    /// Mean progress (abandoned left out).
    pub average_progress: Option<f64>,
    /// Indicators whose latest measurement reached the target (effects).
    pub indicators_on_target: usize,
    /// Indicators whose latest measurement has not.
    pub indicators_off_target: usize,
}

/// Figures of one theme.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeFigures {
    /// Theme id.
    pub id: Id,
    /// Title.
    pub title: String,
    /// Its axis.
    pub axis: Id,
    /// Groups working on it.
    pub groups: usize,
    /// Actions of those groups.
    pub actions: usize,
    /// Those actions by status.
    pub actions_by_status: StatusCounts,
}

/// What is wrong with a group's leadership.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LeadIssue {
    /// No pilot at all.
    NoPilot,
    /// A pilot but no co-pilot.
    NoCopilot,
    /// Pilot and co-pilot from the same organisation.
    SameOrganisation,
}

impl LeadIssue {
    /// French label.
    pub fn label_fr(self) -> &'static str {
        match self {
            LeadIssue::NoPilot => "sans pilote",
            LeadIssue::NoCopilot => "sans co-pilote",
            LeadIssue::SameOrganisation => "pilote et co-pilote de la même structure",
        }
    }
}

/// Figures of one working group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupFigures {
    /// Group id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Territories.
    pub territories: Vec<Id>,
    /// Territory names, same order.
    pub territory_names: Vec<String>,
    /// Axis.
    pub axis: Id,
    /// Pilot organisation.
    pub pilot: Option<Id>,
    /// Co-pilot organisation.
    pub copilot: Option<Id>,
    /// Pilot organisation name.
    pub pilot_name: Option<String>,
    /// Co-pilot organisation name.
    pub copilot_name: Option<String>,
    /// `None` when pilot and co-pilot come from two organisations.
    pub lead_issue: Option<LeadIssue>,
    /// Actions.
    pub actions: usize,
    /// Actions by status.
    pub actions_by_status: StatusCounts,
    /// Mean progress (abandoned left out).
    pub average_progress: Option<f64>,
    /// Meetings in the window.
    pub meetings: usize,
    /// Participants in those meetings.
    pub participants: u64,
    /// Distinct organisations present at those meetings.
    pub organisations_present: usize,
    /// Latest meeting ever recorded.
    pub last_meeting: Option<NaiveDate>,
    /// True when a meeting is recorded in the reference year.
    pub met_this_year: bool,
}

/// One action, with what a table row needs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ActionRow {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Territory ids of the group.
    pub territories: Vec<Id>,
    /// Territory names, same order.
    pub territory_names: Vec<String>,
    /// Axis id.
    pub axis: Id,
    /// Axis number (0 when the axis is unknown).
    pub axis_number: u8,
    /// Theme titles of the group.
    pub themes: Vec<String>,
    /// Action id.
    pub action: Id,
    /// Title.
    pub title: String,
    /// Status.
    pub status: Status,
    /// Progress, 0–100.
    pub progress: u8,
    /// Start date.
    pub start: Option<NaiveDate>,
    /// Due date.
    pub due: Option<NaiveDate>,
    /// Unfinished and past due.
    pub overdue: bool,
    /// Flagged as an experiment.
    pub experimentation: bool,
    /// Number of indicators.
    pub indicators: usize,
    /// Indicators off target (actions not abandoned).
    pub indicators_off_target: usize,
    /// Mean share of the way to the target of its judged indicators, in percent.
    pub attainment: Option<f64>,
    /// Pilot organisation name.
    pub pilot: Option<String>,
    /// Co-pilot organisation name.
    pub copilot: Option<String>,
}

/// An indicator worth a look.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IndicatorAlert {
    /// Group id.
    pub group: Id,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub action_title: String,
    /// Indicator id.
    pub indicator: Id,
    /// Label.
    pub label: String,
    /// Unit.
    pub unit: String,
    /// Baseline.
    pub baseline: Option<f64>,
    /// Target.
    pub target: Option<f64>,
    /// Latest value.
    pub latest: Option<f64>,
    /// Date of the latest value.
    pub latest_date: Option<NaiveDate>,
    /// True when the target is below the baseline.
    pub lower_is_better: bool,
    /// Share of the way to the target, in percent.
    pub attainment: Option<f64>,
}

/// Every figure of the evaluation. Field names are the JSON keys of
/// `pacte report --format json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    /// The pact.
    pub pact: PactInfo,
    /// The selection evaluated.
    pub selection: Selection,
    /// The reference year.
    pub year: i32,
    /// The date the figures are computed at.
    pub today: NaiveDate,
    /// Meetings are counted from this date…
    pub meetings_from: Option<NaiveDate>,
    /// …to this date (both `None`: all meetings).
    pub meetings_to: Option<NaiveDate>,
    /// Headline figures.
    pub totals: Totals,
    /// Actions by status, all six status ids present.
    pub actions_by_status: StatusCounts,
    /// Per territory, referential order (restricted to the selected territory).
    pub territories: Vec<TerritoryFigures>,
    /// Per axis, referential order (restricted to the selected axis).
    pub axes: Vec<AxisFigures>,
    /// Per theme, referential order (themes of the axes shown).
    pub themes: Vec<ThemeFigures>,
    /// Per group.
    pub groups: Vec<GroupFigures>,
    /// One row per action.
    pub actions: Vec<ActionRow>,
    /// Indicators off target.
    pub indicators_off_target: Vec<IndicatorAlert>,
    /// Indicators of active actions not measured in the reference year.
    pub indicators_not_measured: Vec<IndicatorAlert>,
    /// The governance calendar.
    pub governance: GovernanceCalendar,
    /// Partners newly involved.
    pub new_partners: NewPartners,
}

impl Evaluation {
    /// The rows of the overdue actions.
    pub fn overdue_actions(&self) -> impl Iterator<Item = &ActionRow> {
        self.actions.iter().filter(|a| a.overdue)
    }

    /// The rows of the experiments.
    pub fn experiments(&self) -> impl Iterator<Item = &ActionRow> {
        self.actions.iter().filter(|a| a.experimentation)
    }
}

/// Running sums shared by the per-territory, per-axis and per-group figures.
#[derive(Default)]
struct Tally {
    by_status: StatusCounts,
    overdue: usize,
    experiments: usize,
    progress_sum: u64,
    progress_n: u64,
    on_target: usize,
    off_target: usize,
}

impl Tally {
    fn add(&mut self, a: &Action, today: NaiveDate) {
        self.by_status.add(a.status);
        if a.is_overdue(today) {
            self.overdue += 1;
        }
        if a.experimentation {
            self.experiments += 1;
        }
        if a.status != Status::Abandoned {
            self.progress_sum += u64::from(a.progress.min(100));
            self.progress_n += 1;
            for i in &a.indicators {
                match indicators::target_state(i, a) {
                    TargetState::OnTarget => self.on_target += 1,
                    TargetState::OffTarget => self.off_target += 1,
                    TargetState::OnTrack | TargetState::NotJudged => {}
                }
            }
        }
    }

    fn add_group(&mut self, g: &Group, today: NaiveDate) {
        for a in &g.actions {
            self.add(a, today);
        }
    }

    fn average(&self) -> Option<f64> {
        (self.progress_n > 0)
            .then(|| (self.progress_sum as f64 * 10.0 / self.progress_n as f64).round() / 10.0)
    }
}

/// Mean of `values`, one decimal; `None` when empty.
fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0u32), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| (sum / f64::from(n) * 10.0).round() / 10.0)
}

/// Meetings of a group in the window, their participants and organisations.
fn meeting_figures(g: &Group, window: Option<(NaiveDate, NaiveDate)>) -> (usize, u64, usize) {
    let mut n = 0;
    let mut people = 0u64;
    let mut orgs = std::collections::BTreeSet::new();
    for m in &g.meetings {
        if window.is_none_or(|(a, b)| m.date >= a && m.date <= b) {
            n += 1;
            people += u64::from(m.participants);
            orgs.extend(&m.organisations);
        }
    }
    (n, people, orgs.len())
}

fn lead_issue(g: &Group) -> Option<LeadIssue> {
    match (&g.pilot, &g.copilot) {
        (None, _) => Some(LeadIssue::NoPilot),
        (Some(_), None) => Some(LeadIssue::NoCopilot),
        (Some(p), Some(c)) if p.organisation == c.organisation => Some(LeadIssue::SameOrganisation),
        _ => None,
    }
}

fn indicator_alert(g: &Group, a: &Action, i: &Indicator) -> IndicatorAlert {
    IndicatorAlert {
        group: g.id.clone(),
        action: a.id.clone(),
        action_title: a.title.clone(),
        indicator: i.id.clone(),
        label: i.label.clone(),
        unit: i.unit.clone(),
        baseline: i.baseline,
        target: i.target,
        latest: i.latest().map(|m| m.value),
        latest_date: indicators::last_measured(i),
        lower_is_better: indicators::lower_is_better(i),
        attainment: indicators::attainment(i),
    }
}

/// Computes the evaluation of `selection` as of `today`. New partners are
/// counted from `partners_since` (default: 1 January of the reference year).
pub fn evaluate(
    src: Sources<'_>,
    selection: &Selection,
    today: NaiveDate,
    partners_since: Option<NaiveDate>,
) -> Evaluation {
    let r = src.referential;
    let year = selection.year.unwrap_or_else(|| today.year());
    let jan1 = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
    let dec31 = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(today);
    let window = selection.year.map(|_| (jan1, dec31));
    let territory_rank = |id: &Id| {
        r.territories
            .iter()
            .position(|t| &t.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut groups: Vec<&Group> = src
        .groups
        .iter()
        .filter(|g| selection.includes(g))
        .collect();
    groups.sort_by(|a, b| {
        let ka = a.territories.first().map_or(usize::MAX, territory_rank);
        let kb = b.territories.first().map_or(usize::MAX, territory_rank);
        (ka, &a.id).cmp(&(kb, &b.id))
    });

    let mut totals = Totals {
        groups: groups.len(),
        ..Totals::default()
    };
    let mut all = Tally::default();
    let mut actions = Vec::new();
    let mut off_target = Vec::new();
    let mut not_measured = Vec::new();
    let mut group_figures = Vec::new();
    for g in &groups {
        let mut t = Tally::default();
        t.add_group(g, today);
        all.add_group(g, today);
        let (meetings, participants, organisations_present) = meeting_figures(g, window);
        totals.meetings += meetings;
        totals.participants += participants;
        let issue = lead_issue(g);
        if issue.is_none() {
            totals.groups_with_two_organisations += 1;
        }
        if g.themes.is_empty() {
            totals.actions_without_theme += g.actions.len();
        }
        group_figures.push(GroupFigures {
            id: g.id.clone(),
            name: g.name.clone(),
            territories: g.territories.clone(),
            territory_names: g
                .territories
                .iter()
                .map(|t| r.territory_name(t).to_string())
                .collect(),
            axis: g.axis.clone(),
            pilot: g.pilot.as_ref().map(|l| l.organisation.clone()),
            copilot: g.copilot.as_ref().map(|l| l.organisation.clone()),
            pilot_name: g
                .pilot
                .as_ref()
                .map(|l| r.organisation_name(&l.organisation).to_string()),
            copilot_name: g
                .copilot
                .as_ref()
                .map(|l| r.organisation_name(&l.organisation).to_string()),
            lead_issue: issue,
            actions: g.actions.len(),
            actions_by_status: t.by_status,
            average_progress: t.average(),
            meetings,
            participants,
            organisations_present,
            last_meeting: g.meetings.iter().map(|m| m.date).max(),
            met_this_year: g.meetings.iter().any(|m| m.date.year() == year),
        });
        let axis = r.axis(&g.axis);
        for a in &g.actions {
            totals.indicators += a.indicators.len();
            for i in &a.indicators {
                if a.status != Status::Abandoned
                    && indicators::target_state(i, a) == TargetState::OffTarget
                {
                    off_target.push(indicator_alert(g, a, i));
                }
                let active = matches!(
                    a.status,
                    Status::Project | Status::InProgress | Status::Operating
                );
                let started = a.start.is_none_or(|s| s <= dec31);
                if active && started && !indicators::measured_in(i, year) {
                    not_measured.push(indicator_alert(g, a, i));
                }
            }
            actions.push(ActionRow {
                group: g.id.clone(),
                group_name: g.name.clone(),
                territories: g.territories.clone(),
                territory_names: g
                    .territories
                    .iter()
                    .map(|t| r.territory_name(t).to_string())
                    .collect(),
                axis: g.axis.clone(),
                axis_number: axis.map_or(0, |x| x.number),
                themes: g
                    .themes
                    .iter()
                    .map(|t| r.theme(t).map_or(t.to_string(), |(_, th)| th.title.clone()))
                    .collect(),
                action: a.id.clone(),
                title: a.title.clone(),
                status: a.status,
                progress: a.progress.min(100),
                start: a.start,
                due: a.due,
                overdue: a.is_overdue(today),
                experimentation: a.experimentation,
                indicators: a.indicators.len(),
                indicators_off_target: if a.status == Status::Abandoned {
                    0
                } else {
                    a.indicators
                        .iter()
                        .filter(|i| indicators::target_state(i, a) == TargetState::OffTarget)
                        .count()
                },
                attainment: mean(a.indicators.iter().filter_map(indicators::attainment)),
                pilot: g
                    .pilot
                    .as_ref()
                    .map(|l| r.organisation_name(&l.organisation).to_string()),
                copilot: g
                    .copilot
                    .as_ref()
                    .map(|l| r.organisation_name(&l.organisation).to_string()),
            });
        }
    }
    totals.actions = all.by_status.total();
    totals.projects_realised = all.by_status.realised();
    totals.experiments = all.experiments;
    totals.overdue_actions = all.overdue;
    totals.average_progress = all.average();
    totals.indicators_on_target = all.on_target;
    totals.indicators_off_target = all.off_target;
    totals.indicators_not_measured = not_measured.len();

    let territory_ids: Vec<Id> = r
        .territories
        .iter()
        .filter(|t| selection.territory.as_ref().is_none_or(|s| s == &t.id))
        .map(|t| t.id.clone())
        .collect();
    let governance = calendar::calendar(r, src.governance, &territory_ids, year, today);
    let territories = r
        .territories
        .iter()
        .filter(|t| territory_ids.contains(&t.id))
        .map(|t| {
            let mine: Vec<&&Group> = groups
                .iter()
                .filter(|g| g.territories.contains(&t.id))
                .collect();
            let mut tally = Tally::default();
            let (mut meetings, mut participants, mut two_orgs) = (0, 0, 0);
            for g in &mine {
                tally.add_group(g, today);
                let (n, p, _) = meeting_figures(g, window);
                meetings += n;
                participants += p;
                if lead_issue(g).is_none() {
                    two_orgs += 1;
                }
            }
            TerritoryFigures {
                id: t.id.clone(),
                name: t.name.clone(),
                groups: mine.len(),
                actions: tally.by_status.total(),
                actions_by_status: tally.by_status,
                projects_realised: tally.by_status.realised(),
                overdue_actions: tally.overdue,
                average_progress: tally.average(),
                meetings,
                participants,
                groups_with_two_organisations: two_orgs,
                local_committees: governance
                    .local_committees
                    .iter()
                    .find(|c| c.territory.as_ref() == Some(&t.id))
                    .map(|c| c.held.clone())
                    .unwrap_or_default(),
            }
        })
        .collect();
    let axes: Vec<AxisFigures> = r
        .axes
        .iter()
        .filter(|a| selection.axis.as_ref().is_none_or(|s| s == &a.id))
        .map(|ax| {
            let mut tally = Tally::default();
            let mut n = 0;
            for g in groups.iter().filter(|g| g.axis == ax.id) {
                n += 1;
                tally.add_group(g, today);
            }
            AxisFigures {
                id: ax.id.clone(),
                number: ax.number,
                title: ax.title.clone(),
                groups: n,
                actions: tally.by_status.total(),
                actions_by_status: tally.by_status,
                projects_realised: tally.by_status.realised(),
                experiments: tally.experiments,
                average_progress: tally.average(),
                indicators_on_target: tally.on_target,
                indicators_off_target: tally.off_target,
            }
        })
        .collect();
    let themes = r
        .axes
        .iter()
        .filter(|a| selection.axis.as_ref().is_none_or(|s| s == &a.id))
        .flat_map(|ax| ax.themes.iter().map(move |th| (ax, th)))
        .filter(|(_, th)| selection.theme.as_ref().is_none_or(|s| s == &th.id))
        .map(|(ax, th)| {
            let mut tally = Tally::default();
            let mut n = 0;
            for g in groups.iter().filter(|g| g.themes.contains(&th.id)) {
                n += 1;
                tally.add_group(g, today);
            }
            ThemeFigures {
                id: th.id.clone(),
                title: th.title.clone(),
                axis: ax.id.clone(),
                groups: n,
                actions: tally.by_status.total(),
                actions_by_status: tally.by_status,
            }
        })
        .collect();
    let only = (!selection.is_whole_pact())
        .then(|| partners::involved(&groups, src.governance, selection.territory.as_ref()));
    let new_partners = partners::new_partners(
        r,
        src.governance,
        src.groups,
        partners_since.unwrap_or(jan1),
        only.as_ref(),
    );
    Evaluation {
        pact: PactInfo {
            name: r.name.clone(),
            departement: r.departement.name.clone(),
            period_start: r.period.start,
            period_end: r.period.end,
        },
        selection: selection.clone(),
        year,
        today,
        meetings_from: window.map(|w| w.0),
        meetings_to: window.map(|w| w.1),
        totals,
        actions_by_status: all.by_status,
        territories,
        axes,
        themes,
        groups: group_figures,
        actions,
        indicators_off_target: off_target,
        indicators_not_measured: not_measured,
        governance,
        new_partners,
    }
}

#[cfg(test)]
mod tests;
