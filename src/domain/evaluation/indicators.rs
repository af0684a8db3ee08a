//! Judging an indicator: on target, off target, not measured.
//!
//! The direction comes from the baseline: when the target is below the
//! baseline (e.g. a rate of ruptures to bring down), lower is better;
//! otherwise higher is better. An indicator is *off target* when its latest
//! measurement has not reached the target in that direction. An indicator
//! with no target, or never measured, is not judged on target.

use crate::domain::Indicator;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How an indicator stands against its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetState {
    /// The latest measurement reached the target.
    OnTarget,
    /// The latest measurement has not reached the target.
    OffTarget,
    /// No target, or no measurement: nothing to compare.
    NotJudged,
}

/// True when a lower value is better: the target is below the baseline.
pub fn lower_is_better(i: &Indicator) -> bool {
    matches!((i.baseline, i.target), (Some(b), Some(t)) if t < b)
}

/// Compares the latest measurement with the target.
pub fn target_state(i: &Indicator) -> TargetState {
    let (Some(target), Some(latest)) = (i.target, i.latest()) else {
        return TargetState::NotJudged;
    };
    let reached = if lower_is_better(i) {
        latest.value <= target
    } else {
        latest.value >= target
    };
    if reached {
        TargetState::OnTarget
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

    #[test]
    fn higher_is_better_by_default() {
        let i = indicator(Some(0.0), Some(150.0), &[("2024-12-31", 97.0)]);
        assert!(!lower_is_better(&i));
        assert_eq!(target_state(&i), TargetState::OffTarget);
        assert_eq!(attainment(&i), Some(64.7));
        let i = indicator(None, Some(150.0), &[("2024-12-31", 150.0)]);
        assert_eq!(target_state(&i), TargetState::OnTarget);
    }

    #[test]
    fn target_below_baseline_means_lower_is_better() {
        // A rupture rate from 30 % down to 20 %.
        let i = indicator(Some(30.0), Some(20.0), &[("2024-06-30", 25.0)]);
        assert!(lower_is_better(&i));
        assert_eq!(target_state(&i), TargetState::OffTarget);
        assert_eq!(attainment(&i), Some(50.0));
        let i = indicator(Some(30.0), Some(20.0), &[("2024-06-30", 18.0)]);
        assert_eq!(target_state(&i), TargetState::OnTarget);
    }

    #[test]
    fn latest_measurement_counts_and_unmeasured_is_not_judged() {
        let i = indicator(
            Some(0.0),
            Some(10.0),
            &[("2024-01-01", 12.0), ("2023-01-01", 1.0)],
        );
        assert_eq!(target_state(&i), TargetState::OnTarget);
        assert!(measured_in(&i, 2023) && measured_in(&i, 2024) && !measured_in(&i, 2025));
        assert_eq!(
            target_state(&indicator(Some(0.0), Some(10.0), &[])),
            TargetState::NotJudged
        );
        assert_eq!(
            target_state(&indicator(None, None, &[("2024-01-01", 3.0)])),
            TargetState::NotJudged
        );
    }
}
