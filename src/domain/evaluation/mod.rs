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
//! - *open next steps*: journal entries of kind next step with no `done`
//!   date, of every action of the selected groups; *overdue* when due
//!   before `today`;
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
pub mod as_of;
pub mod calendar;
mod figures;
pub mod indicators;
pub mod partners;
mod status_counts;

pub use alerts::{Alert, AlertKind, alerts};
pub use calendar::{CalendarItem, DueState, GovernanceCalendar};
pub use figures::*;
pub use indicators::TargetState;
pub use partners::{JoinedHow, NewPartner, NewPartners};
pub use status_counts::StatusCounts;

use crate::domain::{Action, Group, Id, Indicator, Referential, Status, meeting};
use chrono::{Datelike, NaiveDate};

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

/// The open next steps of a group, in [`meeting::open_steps`] order.
fn step_rows(g: &Group, r: &Referential, today: NaiveDate) -> Vec<StepRow> {
    meeting::open_steps(g)
        .into_iter()
        .map(|s| StepRow {
            group: g.id.clone(),
            group_name: g.name.clone(),
            action: s.action.id.clone(),
            action_title: s.action.title.clone(),
            text: s.entry.text.clone(),
            owner: s.entry.owner.clone(),
            owner_name: s
                .entry
                .owner
                .as_ref()
                .map(|o| r.organisation_name(o).to_string()),
            due: s.entry.due,
            date: s.entry.date,
            meeting: s.entry.meeting.clone(),
            overdue: s.entry.is_overdue_step(today),
        })
        .collect()
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
        .map(|g| &**g)
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
    let mut open_steps = Vec::new();
    for g in &groups {
        open_steps.extend(step_rows(g, r, today));
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
                open_steps: a.journal.iter().filter(|j| j.is_open_step()).count(),
                overdue_steps: a
                    .journal
                    .iter()
                    .filter(|j| j.is_overdue_step(today))
                    .count(),
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
    totals.open_steps = open_steps.len();
    totals.overdue_steps = open_steps.iter().filter(|s| s.overdue).count();

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
        open_steps,
        indicators_off_target: off_target,
        indicators_not_measured: not_measured,
        governance,
        new_partners,
    }
}

#[cfg(test)]
mod tests;
