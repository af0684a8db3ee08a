//! Lenient parsing of values typed by people (statuses, dates).

use super::{Status, slug};
use chrono::NaiveDate;

/// Parses a status given as an id (`in-progress`) or a French label (`en
/// cours`), case and accents ignored.
pub fn parse_status(s: &str) -> Option<Status> {
    let key = slug(s);
    Status::ALL
        .iter()
        .copied()
        .find(|st| st.id() == key || slug(st.label_fr()) == key || slug(st.label_en()) == key)
        .or(match key.as_str() {
            "projet" => Some(Status::Project),
            "realisee" | "terminee" => Some(Status::Done),
            _ => None,
        })
}

/// Parses `YYYY-MM-DD` or `dd/mm/yyyy`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_in_french_or_ids() {
        assert_eq!(parse_status("En cours"), Some(Status::InProgress));
        assert_eq!(parse_status("TOTALEMENT RÉALISÉE"), Some(Status::Done));
        assert_eq!(parse_status("operating"), Some(Status::Operating));
        assert_eq!(parse_status("au stade du projet"), Some(Status::Project));
        assert_eq!(parse_status("fini"), None);
    }

    #[test]
    fn dates_iso_or_french() {
        assert_eq!(parse_date("30/06/2025"), parse_date("2025-06-30"));
        assert!(parse_date("2025-06-30").is_some());
        assert_eq!(parse_date("31/02/2024"), None);
    }
}
