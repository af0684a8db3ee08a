//! Lenient parsing of values typed by people (statuses, progress, dates,
//! numbers, measurements, yes/no), in one place for the command line, the
//! spreadsheet import and the interface, so that they accept and refuse the
//! same things. The `read_*` functions say why a value is refused, in both
//! languages; the `parse_*` ones only say whether it is one.

use super::{Message, Status, slug};
use crate::m;
use chrono::NaiveDate;

/// Extra spellings of statuses, as slugs.
const STATUS_ALIASES: &[(&str, Status)] = &[
    ("projet", Status::Project),
    ("au-stade-de-projet", Status::Project),
    ("realisee", Status::Done),
    ("realise", Status::Done),
    ("terminee", Status::Done),
    ("termine", Status::Done),
    ("totalement-realise", Status::Done),
    ("fonctionnement", Status::Operating),
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

/// A status, or why `s` is not one.
pub fn read_status(s: &str) -> Result<Status, Message> {
    parse_status(s).ok_or_else(|| {
        let ids: Vec<&str> = Status::ALL.iter().map(|s| s.id()).collect();
        m!("parse-not-a-status", typed = s.trim(), ids = ids.join(", "))
    })
}

/// Parses a date: `aaaa-mm-jj`, `jj/mm/aaaa`, `jj-mm-aaaa`, `jj.mm.aaaa`,
/// and the two-digit years a spreadsheet writes back (`30/06/23`): `00`–`69`
/// are 2000–2069, `70`–`99` are 1970–1999 (the pivot spreadsheets use).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let (year, month, day) = date_parts(s)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The year, month and day written in `s`, whether or not such a day
/// exists.
fn date_parts(s: &str) -> Option<(i32, u32, u32)> {
    let s = s.trim();
    let digits =
        |t: &str, n: &[usize]| n.contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = s.split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (d, m, y) =
        if s.contains('-') && digits(a, &[4]) && digits(b, &[1, 2]) && digits(c, &[1, 2]) {
            (*c, *b, *a)
        } else if digits(a, &[1, 2]) && digits(b, &[1, 2]) && digits(c, &[2, 4]) {
            (*a, *b, *c)
        } else {
            return None;
        };
    let year: i32 = y.parse().ok()?;
    let year = match (y.len(), year) {
        (2, 0..=69) => 2000 + year,
        (2, _) => 1900 + year,
        _ => year,
    };
    Some((year, m.parse().ok()?, d.parse().ok()?))
}

/// A date, or why `s` is not one (not written as a date, or a day that
/// does not exist, such as 31/02).
pub fn read_date(s: &str) -> Result<NaiveDate, Message> {
    match date_parts(s) {
        Some((y, m, d)) => NaiveDate::from_ymd_opt(y, m, d)
            .ok_or_else(|| m!("parse-no-such-date", typed = s.trim())),
        None => Err(m!("parse-not-a-date", typed = s.trim())),
    }
}

/// A date, empty meaning none.
pub fn read_optional_date(s: &str) -> Result<Option<NaiveDate>, Message> {
    if s.trim().is_empty() {
        Ok(None)
    } else {
        read_date(s).map(Some)
    }
}

/// Parses a number typed by a person: `12`, `12.5`, `12,5`, `1 250`,
/// `1 250,5` (spaces, no-break spaces or apostrophes between thousands).
pub fn parse_number(s: &str) -> Option<f64> {
    let s: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    let s = s.replace(',', ".");
    if s.is_empty() || s.matches('.').count() > 1 {
        return None;
    }
    if !s
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')))
    {
        return None;
    }
    s.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A count (participants…): a whole number, spaces between thousands
/// allowed; nothing typed is 0 (not counted).
pub fn read_count(s: &str) -> Result<u32, Message> {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Ok(0);
    }
    digits
        .parse()
        .map_err(|_| m!("parse-not-a-count", typed = s.trim()))
}

/// A number, or why `s` is not one.
pub fn read_number(s: &str) -> Result<f64, Message> {
    parse_number(s).ok_or_else(|| m!("parse-not-a-number", typed = s.trim()))
}

/// A progress typed by a person: a percentage (`60`, `60 %`), or a change
/// of it (`+10`, `-5`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgressInput {
    /// This percentage.
    To(u8),
    /// This much more (or less, when negative).
    By(i16),
}

/// A progress, or why `s` is not one (a whole number from 0 to 100, or a
/// change of it).
pub fn read_progress(s: &str) -> Result<ProgressInput, Message> {
    let t = s.trim().trim_end_matches('%').trim();
    let bad = || m!("parse-not-a-progress", typed = s.trim());
    if let Some(rest) = t.strip_prefix('+').or_else(|| t.strip_prefix('-')) {
        let n: i16 = rest.trim().parse().map_err(|_| bad())?;
        if n > 100 {
            return Err(bad());
        }
        return Ok(ProgressInput::By(if t.starts_with('-') { -n } else { n }));
    }
    t.parse::<u8>()
        .ok()
        .filter(|p| *p <= 100)
        .map(ProgressInput::To)
        .ok_or_else(bad)
}

/// A measurement typed by a person: a value, dated `today` unless a date
/// follows it after `@` or a space (`12`, `12,5`, `1 200`,
/// `12@2024-12-31`, `12 31/12/2024`).
pub fn read_measurement(s: &str, today: NaiveDate) -> Result<(f64, NaiveDate), Message> {
    let t = s.trim();
    if let Some((v, d)) = t.rsplit_once('@') {
        return Ok((read_number(v)?, read_date(d)?));
    }
    if let Some((v, d)) = t.rsplit_once(char::is_whitespace)
        && let Some(date) = parse_date(d)
    {
        return Ok((read_number(v)?, date));
    }
    Ok((read_number(t)?, today))
}

/// Yes or no, in French or English (`oui`, `non`, `yes`, `no`, `o`, `n`,
/// `vrai`, `faux`, `true`, `false`, `1`, `0`).
pub fn read_yes_no(s: &str) -> Result<bool, Message> {
    match slug(s).as_str() {
        "oui" | "o" | "yes" | "y" | "vrai" | "true" | "1" | "x" => Ok(true),
        "non" | "n" | "no" | "faux" | "false" | "0" | "" => Ok(false),
        _ => Err(m!("parse-not-yes-no", typed = s.trim())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_whole_numbers_with_spaces_and_empty_is_zero() {
        assert_eq!(read_count(""), Ok(0));
        assert_eq!(read_count(" 1 200 "), Ok(1200));
        assert_eq!(read_count("12"), Ok(12));
        assert!(read_count("-3").is_err());
        assert!(read_count("12,5").is_err());
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn statuses_in_french_or_ids() {
        assert_eq!(parse_status("En cours"), Some(Status::InProgress));
        assert_eq!(parse_status("TOTALEMENT RÉALISÉE"), Some(Status::Done));
        assert_eq!(parse_status("operating"), Some(Status::Operating));
        assert_eq!(parse_status("au stade du projet"), Some(Status::Project));
        assert_eq!(parse_status("Réalisée"), Some(Status::Done));
        assert_eq!(parse_status("abandonné"), Some(Status::Abandoned));
        assert_eq!(parse_status("fini"), None);
        assert!(
            read_status("fini")
                .unwrap_err()
                .fr
                .contains("«\u{a0}fini\u{a0}»")
        );
    }

    #[test]
    fn dates_iso_french_and_two_digit_years() {
        for s in [
            "30/06/2025",
            "2025-06-30",
            "30-06-2025",
            "30.06.2025",
            "30/06/25",
            " 30/6/2025 ",
        ] {
            assert_eq!(parse_date(s), Some(d("2025-06-30")), "{s}");
        }
        // The spreadsheets' pivot: 00–69 are 20xx, 70–99 are 19xx.
        assert_eq!(parse_date("01/01/00"), Some(d("2000-01-01")));
        assert_eq!(parse_date("31/12/69"), Some(d("2069-12-31")));
        assert_eq!(parse_date("01/01/70"), Some(d("1970-01-01")));
        assert_eq!(parse_date("31/12/99"), Some(d("1999-12-31")));
        assert_eq!(parse_date("31/02/2024"), None);
        assert_eq!(parse_date("2025/06/30"), None);
        assert_eq!(parse_date("30/06/025"), None);
        assert_eq!(read_optional_date(""), Ok(None));
        assert!(
            read_date("31/02/2024")
                .unwrap_err()
                .en
                .contains("does not exist")
        );
        assert!(
            read_date("2024-02-30")
                .unwrap_err()
                .en
                .contains("does not exist")
        );
        assert!(
            read_date("demain")
                .unwrap_err()
                .en
                .contains("is not a date")
        );
    }

    #[test]
    fn numbers_with_comma_or_spaces() {
        assert_eq!(parse_number("12,5"), Some(12.5));
        assert_eq!(parse_number(" 1 250 "), Some(1250.0));
        assert_eq!(parse_number("1\u{202f}250,5"), Some(1250.5));
        assert_eq!(parse_number("1\u{a0}200"), Some(1200.0));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("1,2,3"), None);
        assert_eq!(parse_number("12e3"), None);
    }

    #[test]
    fn progress_absolute_or_relative() {
        assert_eq!(read_progress("60"), Ok(ProgressInput::To(60)));
        assert_eq!(read_progress("75 %"), Ok(ProgressInput::To(75)));
        assert_eq!(read_progress("+5"), Ok(ProgressInput::By(5)));
        assert_eq!(read_progress("-10"), Ok(ProgressInput::By(-10)));
        assert!(read_progress("120").is_err());
        assert!(read_progress("soixante").is_err());
    }

    #[test]
    fn measurements_dated_today_or_as_typed() {
        let today = d("2025-01-15");
        assert_eq!(read_measurement("12", today), Ok((12.0, today)));
        assert_eq!(read_measurement("1 200", today), Ok((1200.0, today)));
        assert_eq!(read_measurement("12,5", today), Ok((12.5, today)));
        assert_eq!(
            read_measurement("12@2024-12-31", today),
            Ok((12.0, d("2024-12-31")))
        );
        assert_eq!(
            read_measurement("12 31/12/2024", today),
            Ok((12.0, d("2024-12-31")))
        );
        assert_eq!(
            read_measurement("1 200 31/12/24", today),
            Ok((1200.0, d("2024-12-31")))
        );
        assert!(read_measurement("douze", today).is_err());
        assert!(read_measurement("12@demain", today).is_err());
    }

    #[test]
    fn yes_and_no() {
        assert_eq!(read_yes_no("Oui"), Ok(true));
        assert_eq!(read_yes_no("non"), Ok(false));
        assert!(read_yes_no("peut-être").is_err());
    }
}
