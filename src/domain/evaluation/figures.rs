//! The figures an evaluation gives: totals, per territory, axis, theme,
//! group and action, and the indicators to watch.

use super::{GovernanceCalendar, NewPartners, StatusCounts};
use crate::domain::{Governance, Group, Id, Referential, Status};
use chrono::NaiveDate;
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
    pub groups: &'a [std::sync::Arc<Group>],
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
    /// Next steps (*suites à donner*) not done yet.
    pub open_steps: usize,
    /// Open next steps past their due date.
    pub overdue_steps: usize,
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
    /// Its next steps not done yet.
    pub open_steps: usize,
    /// Those past their due date.
    pub overdue_steps: usize,
    /// Pilot organisation name.
    pub pilot: Option<String>,
    /// Co-pilot organisation name.
    pub copilot: Option<String>,
}

/// A next step (*suite à donner*) not done yet: what, who, by when, and
/// where it was taken.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepRow {
    /// Group id.
    pub group: Id,
    /// Group name.
    pub group_name: String,
    /// Action id.
    pub action: Id,
    /// Action title.
    pub action_title: String,
    /// What is to be done.
    pub text: String,
    /// The organisation that carries it.
    pub owner: Option<Id>,
    /// Its name in the referential (the id when unknown there).
    pub owner_name: Option<String>,
    /// When it is due.
    pub due: Option<NaiveDate>,
    /// When it was taken.
    pub date: NaiveDate,
    /// The meeting it was taken in.
    pub meeting: Option<Id>,
    /// Due before the evaluation's date.
    pub overdue: bool,
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
    /// Open next steps: per group in the evaluation's order, earliest due
    /// first (those without a due date last), then by date taken.
    pub open_steps: Vec<StepRow>,
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

    /// The open next steps past their due date.
    pub fn overdue_steps(&self) -> impl Iterator<Item = &StepRow> {
        self.open_steps.iter().filter(|s| s.overdue)
    }

    /// The rows of the experiments.
    pub fn experiments(&self) -> impl Iterator<Item = &ActionRow> {
        self.actions.iter().filter(|a| a.experimentation)
    }
}
