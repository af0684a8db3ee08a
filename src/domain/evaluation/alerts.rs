//! Alerts drawn from an [`Evaluation`]: what a referent or the coordinator
//! should look at first. Each alert names the group and action concerned so
//! that a screen can jump to it.

use super::{Evaluation, StepRow};
use crate::domain::Id;
use crate::i18n::{Lang, date};
use serde::Serialize;

/// The kind of an alert, in the order alerts are listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AlertKind {
    /// A COPIL, local committee or interim evaluation is due or late.
    GovernanceDue,
    /// An unfinished action past its due date.
    Overdue,
    /// An open next step (*suite à donner*) past its due date.
    OverdueStep,
    /// An indicator whose latest measurement has not reached its target.
    OffTarget,
    /// A group without pilot, without co-pilot, or both from one organisation.
    NoCopilot,
    /// A group with no meeting recorded in the reference year.
    NoMeetingThisYear,
    /// An indicator of an active action not measured in the reference year.
    NotMeasured,
}

impl AlertKind {
    /// French label, for headings and lists.
    pub fn label_fr(self) -> &'static str {
        match self {
            AlertKind::GovernanceDue => "Gouvernance à tenir",
            AlertKind::Overdue => "Action en retard",
            AlertKind::OverdueStep => "Suite à donner en retard",
            AlertKind::OffTarget => "Indicateur sous la cible",
            AlertKind::NoCopilot => "Pilotage incomplet",
            AlertKind::NoMeetingThisYear => "Groupe sans réunion cette année",
            AlertKind::NotMeasured => "Indicateur non mesuré cette année",
        }
    }
}

/// One alert.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Alert {
    /// What kind.
    pub kind: AlertKind,
    /// The group concerned, if any.
    pub group: Option<Id>,
    /// The action concerned, if any.
    pub action: Option<Id>,
    /// The indicator concerned, if any.
    pub indicator: Option<Id>,
    /// For governance steps: the calendar item id.
    pub item: Option<&'static str>,
    /// What to say, in French (raw text from the files: sanitise before
    /// printing to a terminal).
    pub message: String,
}

fn fr_date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

fn fr_number(v: f64) -> String {
    crate::i18n::grouped(Lang::Fr, (v * 10.0).round() / 10.0)
}

/// What an overdue next step's alert says, in `lang`, from the catalogue:
/// its text, who carries it, when it was due, its action and group (raw
/// text from the files: sanitise before printing to a terminal).
pub fn step_message(lang: Lang, s: &StepRow) -> String {
    let owner = s
        .owner_name
        .clone()
        .unwrap_or_else(|| crate::t!(lang, "alert-step-no-owner"));
    crate::t!(
        lang,
        "alert-overdue-step",
        text = s.text.as_str(),
        owner = owner,
        due = s.due.map(|d| date(lang, d)).unwrap_or_default(),
        action = s.action_title.as_str(),
        group = s.group_name.as_str()
    )
}

/// Every alert of the evaluation, grouped by kind in [`AlertKind`] order,
/// then in the evaluation's order.
pub fn alerts(e: &Evaluation) -> Vec<Alert> {
    let mut out = Vec::new();
    let base = |kind| Alert {
        kind,
        group: None,
        action: None,
        indicator: None,
        item: None,
        message: String::new(),
    };
    for it in e.governance.items().filter(|i| i.state.needs_action()) {
        out.push(Alert {
            item: Some(it.id),
            message: format!(
                "{} : {} (attendu du {} au {})",
                it.label,
                it.state.label_fr(),
                fr_date(it.window_start),
                fr_date(it.window_end)
            ),
            ..base(AlertKind::GovernanceDue)
        });
    }
    for a in e.overdue_actions() {
        out.push(Alert {
            group: Some(a.group.clone()),
            action: Some(a.action.clone()),
            message: format!(
                "« {} » ({}) : échéance {} dépassée, {}",
                a.title,
                a.group_name,
                a.due.map(fr_date).unwrap_or_default(),
                a.status.label_fr()
            ),
            ..base(AlertKind::Overdue)
        });
    }
    for s in e.overdue_steps() {
        out.push(Alert {
            group: Some(s.group.clone()),
            action: Some(s.action.clone()),
            message: step_message(Lang::Fr, s),
            ..base(AlertKind::OverdueStep)
        });
    }
    for i in &e.indicators_off_target {
        out.push(Alert {
            group: Some(i.group.clone()),
            action: Some(i.action.clone()),
            indicator: Some(i.indicator.clone()),
            message: format!(
                "{} : {} pour une cible de {}{} (« {} »)",
                i.label,
                i.latest.map(fr_number).unwrap_or_default(),
                i.target.map(fr_number).unwrap_or_default(),
                if i.unit.is_empty() {
                    String::new()
                } else {
                    format!(" {}", i.unit)
                },
                i.action_title
            ),
            ..base(AlertKind::OffTarget)
        });
    }
    for g in &e.groups {
        if let Some(issue) = g.lead_issue {
            out.push(Alert {
                group: Some(g.id.clone()),
                message: format!("{} : {}", g.name, issue.label_fr()),
                ..base(AlertKind::NoCopilot)
            });
        }
    }
    for g in e.groups.iter().filter(|g| !g.met_this_year) {
        out.push(Alert {
            group: Some(g.id.clone()),
            message: format!(
                "{} : aucune réunion en {}{}",
                g.name,
                e.year,
                g.last_meeting
                    .map(|d| format!(" (dernière le {})", fr_date(d)))
                    .unwrap_or_else(|| " (aucune enregistrée)".into())
            ),
            ..base(AlertKind::NoMeetingThisYear)
        });
    }
    for i in &e.indicators_not_measured {
        out.push(Alert {
            group: Some(i.group.clone()),
            action: Some(i.action.clone()),
            indicator: Some(i.indicator.clone()),
            message: format!(
                "{} (« {} ») : pas de mesure en {}",
                i.label, i.action_title, e.year
            ),
            ..base(AlertKind::NotMeasured)
        });
    }
    out
}
