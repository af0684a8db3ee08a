//! The governance calendar the pact sets (section 1.4): three COPIL
//! (launch, mid-term, final), a local committee per territory every year,
//! and a yearly interim evaluation.
//!
//! Rules, as computed here:
//! - COPIL launch: expected during the first year of the period;
//! - COPIL mid-term: expected within six months either side of the middle
//!   of the period (2022–2025: 1 July 2023 – 30 June 2024);
//! - COPIL final: expected during the last year of the period;
//! - local committee: each territory, at least once in the reference year;
//! - interim evaluation: the evaluation of the previous year, presented
//!   during the reference year (only when that previous year is in the period).
//!
//! A step is *held* when a record exists (a COPIL meeting with that stage, a
//! local committee meeting of that territory dated in the year, an interim
//! evaluation of that year); otherwise it is *late* after its window,
//! *due* inside it, *upcoming* before it.

use crate::domain::{CopilStage, Governance, Id, MeetingKind, Period, Referential};
use chrono::{Datelike, Months, NaiveDate};
use serde::Serialize;

/// Where a step of the calendar stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DueState {
    /// A record shows it was held.
    Held,
    /// Not held, and its window is open today.
    Due,
    /// Not held, and its window has closed.
    Late,
    /// Not held, and its window has not opened yet.
    Upcoming,
}

impl DueState {
    /// The French label.
    pub fn label_fr(self) -> &'static str {
        match self {
            DueState::Held => "tenu",
            DueState::Due => "à tenir",
            DueState::Late => "en retard",
            DueState::Upcoming => "à venir",
        }
    }

    /// True when someone should act on it (due or late).
    pub fn needs_action(self) -> bool {
        matches!(self, DueState::Due | DueState::Late)
    }
}

/// One step of the calendar: a COPIL, a local committee, an interim evaluation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CalendarItem {
    /// `copil-launch`, `copil-mid-term`, `copil-final`, `local-committee`,
    /// `interim-evaluation`.
    pub id: &'static str,
    /// French label, e.g. "COPIL intermédiaire".
    pub label: String,
    /// For a local committee: its territory.
    pub territory: Option<Id>,
    /// First day of the window in which it is expected.
    pub window_start: NaiveDate,
    /// Last day of that window.
    pub window_end: NaiveDate,
    /// Dates it was held (or presented), oldest first.
    pub held: Vec<NaiveDate>,
    /// Where it stands.
    pub state: DueState,
}

/// The calendar for a reference year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GovernanceCalendar {
    /// The three COPIL of the pact: launch, mid-term, final.
    pub copil: Vec<CalendarItem>,
    /// Every COPIL meeting recorded (any stage), with its date.
    pub copil_meetings: Vec<NaiveDate>,
    /// One local committee per territory (of the selection) in the reference year.
    pub local_committees: Vec<CalendarItem>,
    /// The interim evaluation of the previous year, when it falls in the period.
    pub interim_evaluation: Option<CalendarItem>,
}

impl GovernanceCalendar {
    /// Every step, COPIL first, then local committees and the interim evaluation.
    pub fn items(&self) -> impl Iterator<Item = &CalendarItem> {
        self.copil
            .iter()
            .chain(&self.local_committees)
            .chain(&self.interim_evaluation)
    }
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn year_window(y: i32) -> (NaiveDate, NaiveDate) {
    (ymd(y, 1, 1), ymd(y, 12, 31))
}

/// The window of the mid-term COPIL: six months either side of the middle
/// of the period.
pub fn mid_term_window(p: Period) -> (NaiveDate, NaiveDate) {
    let years = (p.end - p.start + 1).max(1);
    let months = u32::try_from(years * 12 / 2).unwrap_or(0);
    let start = ymd(p.start, 1, 1);
    let middle = start
        .checked_add_months(Months::new(months))
        .unwrap_or(start);
    let from = middle.checked_sub_months(Months::new(6)).unwrap_or(middle);
    let to = middle
        .checked_add_months(Months::new(6))
        .and_then(|d| d.pred_opt())
        .unwrap_or(middle);
    (from, to)
}

fn state(held: &[NaiveDate], window: (NaiveDate, NaiveDate), today: NaiveDate) -> DueState {
    if !held.is_empty() {
        DueState::Held
    } else if today > window.1 {
        DueState::Late
    } else if today >= window.0 {
        DueState::Due
    } else {
        DueState::Upcoming
    }
}

fn item(
    id: &'static str,
    label: String,
    territory: Option<Id>,
    window: (NaiveDate, NaiveDate),
    mut held: Vec<NaiveDate>,
    today: NaiveDate,
) -> CalendarItem {
    held.sort();
    CalendarItem {
        id,
        label,
        territory,
        window_start: window.0,
        window_end: window.1,
        state: state(&held, window, today),
        held,
    }
}

/// Builds the calendar for `year` (the reference year), as of `today`, for
/// the given territories (in the order given).
pub fn calendar(
    r: &Referential,
    gov: &Governance,
    territories: &[Id],
    year: i32,
    today: NaiveDate,
) -> GovernanceCalendar {
    let p = r.period;
    let copil_dates = |stage: CopilStage| -> Vec<NaiveDate> {
        gov.meetings
            .iter()
            .filter(|m| m.kind == MeetingKind::Copil && m.stage == Some(stage))
            .map(|m| m.date)
            .collect()
    };
    let copil = vec![
        item(
            "copil-launch",
            "COPIL de lancement".into(),
            None,
            year_window(p.start),
            copil_dates(CopilStage::Launch),
            today,
        ),
        item(
            "copil-mid-term",
            "COPIL intermédiaire (bilan à mi-parcours)".into(),
            None,
            mid_term_window(p),
            copil_dates(CopilStage::MidTerm),
            today,
        ),
        item(
            "copil-final",
            "COPIL final (bilan final)".into(),
            None,
            year_window(p.end),
            copil_dates(CopilStage::Final),
            today,
        ),
    ];
    let mut copil_meetings: Vec<NaiveDate> = gov
        .meetings
        .iter()
        .filter(|m| m.kind == MeetingKind::Copil)
        .map(|m| m.date)
        .collect();
    copil_meetings.sort();
    let local_committees = territories
        .iter()
        .map(|t| {
            let held = gov
                .meetings
                .iter()
                .filter(|m| {
                    m.kind == MeetingKind::LocalCommittee
                        && m.territory.as_ref() == Some(t)
                        && m.date.year() == year
                })
                .map(|m| m.date)
                .collect();
            item(
                "local-committee",
                format!("Comité local d'animation — {}", r.territory_name(t)),
                Some(t.clone()),
                year_window(year),
                held,
                today,
            )
        })
        .collect();
    let previous = year - 1;
    let interim_evaluation = (p.start..=p.end).contains(&previous).then(|| {
        let held = gov
            .evaluations
            .iter()
            .filter(|e| e.year == previous)
            .map(|e| e.date)
            .collect();
        item(
            "interim-evaluation",
            format!("Évaluation intermédiaire {previous}"),
            None,
            year_window(year),
            held,
            today,
        )
    });
    GovernanceCalendar {
        copil,
        copil_meetings,
        local_committees,
        interim_evaluation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{InterimEvaluation, Meeting};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn meeting(date: &str, kind: MeetingKind) -> Meeting {
        Meeting {
            date: d(date),
            kind,
            stage: None,
            territory: None,
            participants: 10,
            organisations: vec![],
            decisions: vec![],
            ..Default::default()
        }
    }

    fn referential() -> Referential {
        crate::template::referential().unwrap()
    }

    #[test]
    fn mid_term_is_around_the_middle_of_the_period() {
        let w = mid_term_window(Period {
            start: 2022,
            end: 2025,
        });
        assert_eq!(w, (d("2023-07-01"), d("2024-06-30")));
        let w = mid_term_window(Period {
            start: 2017,
            end: 2021,
        });
        assert_eq!(w, (d("2019-01-01"), d("2019-12-31")));
    }

    #[test]
    fn copil_held_due_late_upcoming() {
        let r = referential();
        let mut launch = meeting("2022-05-19", MeetingKind::Copil);
        launch.stage = Some(CopilStage::Launch);
        let gov = Governance {
            version: 1,
            meetings: vec![launch],
            evaluations: vec![],
        };
        let c = calendar(&r, &gov, &[], 2024, d("2024-03-01"));
        let states: Vec<_> = c.copil.iter().map(|i| i.state).collect();
        assert_eq!(states, [DueState::Held, DueState::Due, DueState::Upcoming]);
        assert_eq!(c.copil[0].held, [d("2022-05-19")]);
        let c = calendar(&r, &gov, &[], 2024, d("2024-07-01"));
        assert_eq!(c.copil[1].state, DueState::Late);
        let c = calendar(&r, &gov, &[], 2025, d("2025-02-01"));
        assert_eq!(c.copil[2].state, DueState::Due);
    }

    #[test]
    fn local_committee_counts_only_the_year_and_territory() {
        let r = referential();
        let mut held = meeting("2024-10-03", MeetingKind::LocalCommittee);
        held.territory = Some(id("biterrois"));
        let mut last_year = meeting("2023-10-03", MeetingKind::LocalCommittee);
        last_year.territory = Some(id("etang-de-thau"));
        let gov = Governance {
            version: 1,
            meetings: vec![held, last_year],
            evaluations: vec![],
        };
        let ts = [id("biterrois"), id("etang-de-thau")];
        let c = calendar(&r, &gov, &ts, 2024, d("2024-11-01"));
        assert_eq!(c.local_committees[0].state, DueState::Held);
        assert_eq!(c.local_committees[1].state, DueState::Due);
        let c = calendar(&r, &gov, &ts, 2024, d("2025-01-10"));
        assert_eq!(c.local_committees[1].state, DueState::Late);
    }

    #[test]
    fn interim_evaluation_of_the_previous_year() {
        let r = referential();
        let gov = Governance {
            version: 1,
            meetings: vec![],
            evaluations: vec![InterimEvaluation {
                year: 2023,
                date: d("2024-02-15"),
                summary: String::new(),
            }],
        };
        let c = calendar(&r, &gov, &[], 2024, d("2024-03-01"));
        let ie = c.interim_evaluation.unwrap();
        assert_eq!(ie.state, DueState::Held);
        assert_eq!(ie.label, "Évaluation intermédiaire 2023");
        let c = calendar(&r, &gov, &[], 2025, d("2025-03-01"));
        assert_eq!(c.interim_evaluation.unwrap().state, DueState::Due);
        // 2021 is before the pact: no interim evaluation is expected in 2022.
        assert!(
            calendar(&r, &gov, &[], 2022, d("2022-03-01"))
                .interim_evaluation
                .is_none()
        );
    }
}
