//! Judging an indicator: on target, off target, not measured.
//!
//! The direction comes from the baseline: when the target is below the
//! baseline (e.g. a rate of ruptures to bring down), lower is better;
//! otherwise higher is better. An indicator is *on target* when its latest
//! measurement reached the target in that direction. When it has not, and
//! its action has a start and a due date with the measurement taken before
//! the due date, it is judged against the straight path from the baseline
//! (0 when absent) at the start to the target at the due date: *on track*
//! when it is at least where that path is on the measurement's date, *off
//! target* when it is behind. Without both dates, or once the due date has
//! passed, not reaching the target is *off target*. An indicator with no
//! target, or never measured, is not judged.

use crate::domain::{Action, Indicator};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How an indicator stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetState {
    /// The latest measurement reached the target.
    OnTarget,
    /// Not reached yet, but where the path to the due date expects it.
    OnTrack,
    /// Behind the target (past the due date) or behind the path to it.
    OffTarget,
    /// No target, or no measurement: nothing to compare.
    NotJudged,
}

/// True when a lower value is better: the target is below the baseline.
pub fn lower_is_better(i: &Indicator) -> bool {
    matches!((i.baseline, i.target), (Some(b), Some(t)) if t < b)
}

/// Compares the latest measurement with the target, and with the path to it
/// when the action `a` has a start and a due date.
pub fn target_state(i: &Indicator, a: &Action) -> TargetState {
    let (Some(target), Some(latest)) = (i.target, i.latest()) else {
        return TargetState::NotJudged;
    };
    let lower = lower_is_better(i);
    let at_least = |value: f64, goal: f64| if lower { value <= goal } else { value >= goal };
    if at_least(latest.value, target) {
        return TargetState::OnTarget;
    }
    let (Some(start), Some(due)) = (a.start, a.due) else {
        return TargetState::OffTarget;
    };
    if latest.date >= due || due <= start {
        return TargetState::OffTarget;
    }
    let base = i.baseline.unwrap_or(0.0);
    let elapsed = (latest.date - start).num_days().max(0) as f64;
    let span = (due - start).num_days() as f64;
    let expected = base + (target - base) * (elapsed / span).min(1.0);
    if at_least(latest.value, expected) {
        TargetState::OnTrack
    } else {
        TargetState::OffTarget
    }
}

/// True when the indicator has a measurement dated in `year`.
pub fn measured_in(i: &Indicator, year: i32) -> bool {
    i.measurements.iter().any(|m| m.date.year() == year)
}

/// Share of the way from the baseline (0 when absent) to the target reached
/// by the latest measurement, in percent, clamped to 0–999; `None` when there
/// is no target or no measurement, or when target and baseline are equal.
pub fn attainment(i: &Indicator) -> Option<f64> {
    let target = i.target?;
    let latest = i.latest()?;
    let base = i.baseline.unwrap_or(0.0);
    let span = target - base;
    if span.abs() < f64::EPSILON {
        return None;
    }
    let pct = (latest.value - base) / span * 100.0;
    Some((pct.clamp(0.0, 999.0) * 10.0).round() / 10.0)
}

/// The date of the latest measurement.
pub fn last_measured(i: &Indicator) -> Option<NaiveDate> {
    i.latest().map(|m| m.date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Id, IndicatorKind};

    fn indicator(baseline: Option<f64>, target: Option<f64>, values: &[(&str, f64)]) -> Indicator {
        let mut i = Indicator {
            id: Id::new("i").unwrap(),
            label: "x".into(),
            kind: IndicatorKind::Evaluation,
            unit: String::new(),
            baseline,
            target,
            measurements: vec![],
        };
        for (d, v) in values {
            i.record(d.parse().unwrap(), *v);
        }
        i
    }

    /// An action without start nor due date: only the target counts.
    fn undated() -> Action {
        Action::new(
            Id::new("a").unwrap(),
            "A",
            crate::domain::Status::InProgress,
        )
    }

    fn dated(start: &str, due: &str) -> Action {
        let mut a = undated();
        a.start = Some(start.parse().unwrap());
        a.due = Some(due.parse().unwrap());
        a
    }

    #[test]
    fn judged_against_the_path_to_the_due_date() {
        // 0 → 100 from 2024-01-01 to 2025-01-01: about 50 expected mid-2024.
        let a = dated("2024-01-01", "2025-01-01");
        let on = indicator(Some(0.0), Some(100.0), &[("2024-07-02", 55.0)]);
        assert_eq!(target_state(&on, &a), TargetState::OnTrack);
        let behind = indicator(Some(0.0), Some(100.0), &[("2024-07-02", 30.0)]);
        assert_eq!(target_state(&behind, &a), TargetState::OffTarget);
        // Measured after the due date without reaching the target: off.
        let late = indicator(Some(0.0), Some(100.0), &[("2025-02-01", 90.0)]);
        assert_eq!(target_state(&late, &a), TargetState::OffTarget);
        // Lower is better: 30 % → 20 %, at 24 % halfway is on track.
        let rate = indicator(Some(30.0), Some(20.0), &[("2024-07-02", 24.0)]);
        assert_eq!(target_state(&rate, &a), TargetState::OnTrack);
        let rate = indicator(Some(30.0), Some(20.0), &[("2024-07-02", 27.0)]);
        assert_eq!(target_state(&rate, &a), TargetState::OffTarget);
    }

    #[test]
    fn higher_is_better_by_default() {
        let i = indicator(Some(0.0), Some(150.0), &[("2024-12-31", 97.0)]);
        assert!(!lower_is_better(&i));
        assert_eq!(target_state(&i, &undated()), TargetState::OffTarget);
        assert_eq!(attainment(&i), Some(64.7));
        let i = indicator(None, Some(150.0), &[("2024-12-31", 150.0)]);
        assert_eq!(target_state(&i, &undated()), TargetState::OnTarget);
    }

    #[test]
    fn target_below_baseline_means_lower_is_better() {
        // A rupture rate from 30 % down to 20 %.
        let i = indicator(Some(30.0), Some(20.0), &[("2024-06-30", 25.0)]);
        assert!(lower_is_better(&i));
        assert_eq!(target_state(&i, &undated()), TargetState::OffTarget);
        assert_eq!(attainment(&i), Some(50.0));
        let i = indicator(Some(30.0), Some(20.0), &[("2024-06-30", 18.0)]);
        assert_eq!(target_state(&i, &undated()), TargetState::OnTarget);
    }

    #[test]
    fn latest_measurement_counts_and_unmeasured_is_not_judged() {
        let i = indicator(
            Some(0.0),
            Some(10.0),
            &[("2024-01-01", 12.0), ("2023-01-01", 1.0)],
        );
        assert_eq!(target_state(&i, &undated()), TargetState::OnTarget);
        assert!(measured_in(&i, 2023) && measured_in(&i, 2024) && !measured_in(&i, 2025));
        assert_eq!(
            target_state(&indicator(Some(0.0), Some(10.0), &[]), &undated()),
            TargetState::NotJudged
        );
        assert_eq!(
            target_state(&indicator(None, None, &[("2024-01-01", 3.0)]), &undated()),
            TargetState::NotJudged
        );
    }
}

/// Why a measurement looks wrong (the interface asks before recording it).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Doubt {
    /// A percentage over 100.
    OverHundredPercent,
    /// A value below zero.
    Negative,
    /// A realisation indicator (a count that accumulates) going down from
    /// its previous measurement.
    Decrease {
        /// The measurement before it.
        previous: f64,
    },
}

/// Whether measuring `value` on `date` for `i` looks wrong.
pub fn doubt(i: &Indicator, date: chrono::NaiveDate, value: f64) -> Option<Doubt> {
    if value < 0.0 {
        return Some(Doubt::Negative);
    }
    if i.unit.contains('%') && value > 100.0 {
        return Some(Doubt::OverHundredPercent);
    }
    let previous = i.measurements.iter().rfind(|m| m.date < date)?;
    (i.kind == crate::domain::IndicatorKind::Realisation
        && !lower_is_better(i)
        && value < previous.value)
        .then_some(Doubt::Decrease {
            previous: previous.value,
        })
}

#[cfg(test)]
mod doubt_tests {
    use super::*;
    use crate::domain::{Id, IndicatorKind, Measurement};

    fn indicator(unit: &str, kind: IndicatorKind) -> Indicator {
        Indicator {
            id: Id::new("i").unwrap(),
            label: "i".into(),
            kind,
            unit: unit.into(),
            baseline: None,
            target: Some(100.0),
            measurements: vec![Measurement {
                date: "2025-06-30".parse().unwrap(),
                value: 40.0,
            }],
        }
    }

    #[test]
    fn percentages_over_100_negatives_and_falling_counts_are_doubted() {
        let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let count = indicator("personnes", IndicatorKind::Realisation);
        assert_eq!(doubt(&count, d("2025-12-31"), 45.0), None);
        assert_eq!(
            doubt(&count, d("2025-12-31"), 12.0),
            Some(Doubt::Decrease { previous: 40.0 })
        );
        // A correction of an earlier date is compared with what came before it.
        assert_eq!(doubt(&count, d("2025-01-31"), 12.0), None);
        assert_eq!(doubt(&count, d("2025-12-31"), -1.0), Some(Doubt::Negative));
        let rate = indicator("%", IndicatorKind::Evaluation);
        assert_eq!(doubt(&rate, d("2025-12-31"), 12.0), None, "a rate may fall");
        assert_eq!(
            doubt(&rate, d("2025-12-31"), 120.0),
            Some(Doubt::OverHundredPercent)
        );
        assert_eq!(doubt(&rate, d("2025-12-31"), 100.0), None);
    }
}
