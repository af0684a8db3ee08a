//! French formatting shared by the report formats: dates, numbers, labels,
//! and the colours of the statuses.

use crate::domain::Status;
use chrono::{Datelike, NaiveDate};

/// Narrow no-break space, before `%` and as thousands separator.
pub const NNBSP: char = '\u{202F}';

/// `15/01/2025`.
pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// `15/01/2025`, or an empty string.
pub fn opt_date(d: Option<NaiveDate>) -> String {
    d.map(date).unwrap_or_default()
}

/// `15 janvier 2025`.
pub fn long_date(d: NaiveDate) -> String {
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("");
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!("{day} {month} {}", d.year())
}

/// An integer with narrow no-break spaces between thousands: `1 234`.
pub fn int(n: impl Into<u64>) -> String {
    let digits = n.into().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(NNBSP);
        }
        out.push(c);
    }
    out
}

/// A number with a decimal comma and narrow no-break spaces between
/// thousands: `53,3`, `1 690`; whole numbers without decimals.
pub fn number(v: f64) -> String {
    crate::i18n::grouped(crate::i18n::Lang::Fr, v)
}

/// French typography in running text: a no-break space before `:` and
/// inside « » (added when missing), a narrow one before `;` `!` `?` and
/// before `%` after a figure.
pub fn typeset(s: &str) -> String {
    const NBSP: char = '\u{a0}';
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() + 8);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match (c, next) {
            (' ', Some(':')) => out.push(NBSP),
            (' ', Some(';' | '!' | '?' | '%')) => out.push(NNBSP),
            (' ', Some('»')) => out.push(NBSP),
            ('«', Some(' ')) => {
                out.push('«');
                out.push(NBSP);
                i += 1;
            }
            ('«', Some(n)) if n != NBSP && n != NNBSP => {
                out.push('«');
                out.push(NBSP);
            }
            (d, Some('%')) if d.is_ascii_digit() => {
                out.push(d);
                out.push(NNBSP);
            }
            (d, Some('»')) if d != NBSP && d != NNBSP => {
                out.push(d);
                out.push(NBSP);
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// One decimal, always: `53,3` (for averages and percentages in tables).
pub fn decimal1(v: f64) -> String {
    format!("{v:.1}").replace('.', ",")
}

/// `53,3 %`, or `–` when absent.
pub fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| format!("{}{NNBSP}%", decimal1(v)))
}

/// Share of `part` in `whole`, in percent (`None` when `whole` is 0).
pub fn share(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 * 100.0 / whole as f64)
}

/// The status label with a capital: "En cours".
pub fn status(s: Status) -> String {
    capitalise(s.label_fr())
}

/// A short status label for narrow table headers.
pub fn status_short(s: Status) -> &'static str {
    match s {
        Status::Project => "Projet",
        Status::InProgress => "En cours",
        Status::Operating => "En fonct.",
        Status::Done => "Réalisée",
        Status::Suspended => "Suspendue",
        Status::Abandoned => "Abandonnée",
    }
}

/// First letter upper-cased.
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The colour of a status in charts (hex RGB, no `#`).
pub fn status_colour(s: Status) -> &'static str {
    match s {
        Status::Project => "9AA5B1",
        Status::InProgress => "F2A541",
        Status::Operating => "2A9D8F",
        Status::Done => "1D6F42",
        Status::Suspended => "8E6C8A",
        Status::Abandoned => "D4D4D4",
    }
}

/// "oui" / "non".
pub fn yes_no(b: bool) -> &'static str {
    if b { "oui" } else { "non" }
}

/// The headers of the two next-step columns of the actions, the same in
/// the CSV and on the workbook's *Actions* sheet: open next steps, overdue
/// ones.
pub fn step_column_headers() -> [String; 2] {
    use crate::i18n::Lang;
    [
        crate::t!(Lang::Fr, "report-figure-open-steps"),
        crate::t!(Lang::Fr, "report-figure-overdue-steps"),
    ]
}

/// Who carries a next step: its organisation's name, or a dash.
pub fn step_owner(s: &crate::domain::evaluation::StepRow) -> String {
    s.owner_name
        .clone()
        .unwrap_or_else(|| crate::t!(crate::i18n::Lang::Fr, "report-step-no-owner"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_forms() {
        let d: NaiveDate = "2025-01-01".parse().unwrap();
        assert_eq!(date(d), "01/01/2025");
        assert_eq!(long_date(d), "1er janvier 2025");
        assert_eq!(number(53.25), "53,25");
        assert_eq!(number(150.0), "150");
        assert_eq!(number(1690.0), "1\u{202F}690");
        assert_eq!(number(31690.0), "31\u{202F}690");
        assert_eq!(number(-12500.5), "-12\u{202F}500,5");
        assert_eq!(
            typeset("Note : « mobilité » 45% ; «x»"),
            "Note\u{a0}: «\u{a0}mobilité\u{a0}» 45\u{202F}%\u{202F}; «\u{a0}x\u{a0}»"
        );
        assert_eq!(decimal1(64.66), "64,7");
        assert_eq!(int(1234567u64), "1\u{202F}234\u{202F}567");
        assert_eq!(percent(Some(50.0)), "50,0\u{202F}%");
        assert_eq!(status(Status::InProgress), "En cours");
    }
}
