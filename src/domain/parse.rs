//! Lenient parsing of values typed by people (statuses, dates, numbers), in
//! one place for the command line, the CSV import and the interface.

use super::{Status, slug};
use chrono::NaiveDate;

/// Extra spellings of statuses, as slugs.
const STATUS_ALIASES: &[(&str, Status)] = &[
    ("projet", Status::Project),
    ("au-stade-de-projet", Status::Project),
    ("realisee", Status::Done),
    ("realise", Status::Done),
    ("terminee", Status::Done),
    ("totalement-realise", Status::Done),
    ("suspendu", Status::Suspended),
    ("abandonne", Status::Abandoned),
];

/// Parses a status given as an id (`in-progress`), a French or English
/// label (`en cours`) or a common variant (`réalisée`), case and accents
/// ignored.
pub fn parse_status(s: &str) -> Option<Status> {
    let key = slug(s);
    Status::ALL
        .iter()
        .copied()
        .find(|st| st.id() == key || slug(st.label_fr()) == key || slug(st.label_en()) == key)
        .or_else(|| {
            STATUS_ALIASES
                .iter()
                .find(|(a, _)| *a == key)
                .map(|(_, st)| *st)
        })
}

/// Parses `YYYY-MM-DD`, `dd/mm/yyyy` or `dd-mm-yyyy`.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .or_else(|_| NaiveDate::parse_from_str(s, "%d-%m-%Y"))
        .ok()
}

/// Parses a number typed by a person: `12`, `12.5`, `12,5`, `1 250`.
pub fn parse_number(s: &str) -> Option<f64> {
    let s = s.trim().replace(',', ".").replace([' ', '\u{a0}'], "");
    s.parse::<f64>().ok().filter(|v| v.is_finite())
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
        assert_eq!(parse_status("Réalisée"), Some(Status::Done));
        assert_eq!(parse_status("abandonné"), Some(Status::Abandoned));
        assert_eq!(parse_status("fini"), None);
    }

    #[test]
    fn dates_iso_or_french() {
        assert_eq!(parse_date("30/06/2025"), parse_date("2025-06-30"));
        assert!(parse_date("2025-06-30").is_some());
        assert_eq!(parse_date("30-06-2025"), parse_date("2025-06-30"));
        assert_eq!(parse_date("31/02/2024"), None);
    }

    #[test]
    fn numbers_with_comma_or_spaces() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 1 250 "), Some(1250.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
