//! A year judged as it was known at its end: what the files hold, cut to
//! what was dated by then (measurements, journal entries, meetings, next
//! steps done later still open).

use crate::domain::Group;
use chrono::NaiveDate;

/// `g` as known on `end`: measurements, journal entries and meetings dated
/// after it left out, next steps done after it still open.
pub fn known_at(g: &Group, end: NaiveDate) -> Group {
    let mut g = g.clone();
    g.meetings.retain(|m| m.date <= end);
    for a in &mut g.actions {
        for i in &mut a.indicators {
            i.measurements.retain(|m| m.date <= end);
        }
        a.journal.retain(|j| j.date <= end);
        for j in &mut a.journal {
            if j.done.is_some_and(|d| d > end) {
                j.done = None;
            }
        }
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn later_facts_are_left_out() {
        let text = include_str!("../../../tests/fixtures/ws/groups/mobilite-thau.ron");
        let g: Group = ron::Options::default()
            .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
            .from_str(text)
            .unwrap();
        // Measured 2023-12-31 and 2024-12-31; a meeting and a decision on 2024-03-12.
        let k = known_at(&g, d("2024-06-30"));
        assert_eq!(k.actions[0].indicators[0].measurements.len(), 1);
        assert_eq!(k.meetings.len(), g.meetings.len());
        let k = known_at(&g, d("2023-12-31"));
        assert!(k.meetings.is_empty());
        assert!(k.actions[0].journal.is_empty());
        assert_eq!(k.actions[0].indicators[0].measurements.len(), 1);
    }
}
