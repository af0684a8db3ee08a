//! A conflicting field's value as people read and type it, and back: a
//! status by its label, a date as `30/06/2025`, a number with a decimal
//! comma, a text without quotes; the same lenient parser as everywhere
//! else in pacte. Fields pacte cannot name (lists, a pilot) stay in RON.

use crate::domain::{Message, parse_date};
use crate::i18n::Lang;
use crate::store::format::escape_into;
use crate::t;

/// The kind of value a field holds, from its name in the files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Status,
    Percent,
    Count,
    Date,
    OptionalDate,
    Number,
    OptionalNumber,
    Flag,
    Text,
    OptionalText,
    Ron,
}

fn kind(field: Option<&str>) -> Kind {
    match field {
        Some("status") => Kind::Status,
        Some("progress") => Kind::Percent,
        Some("participants" | "number" | "year") => Kind::Count,
        Some("date") => Kind::Date,
        Some("due" | "start" | "joined") => Kind::OptionalDate,
        Some("value") => Kind::Number,
        Some("baseline" | "target") => Kind::OptionalNumber,
        Some("done" | "experimentation") => Kind::Flag,
        Some(
            "title" | "objectives" | "implementation" | "name" | "label" | "text" | "summary"
            | "unit" | "objective",
        ) => Kind::Text,
        Some(
            "person" | "data_inclusion" | "siret" | "code_insee" | "commune" | "code_postal"
            | "adresse" | "site_web" | "courriel",
        ) => Kind::OptionalText,
        _ => Kind::Ron,
    }
}

fn unquote(v: &str) -> Option<String> {
    let v = v.trim();
    if v.starts_with('"') {
        crate::store::format::from_text::<String>(v).ok()
    } else {
        None
    }
}

/// The value `ron` of `field` as people read it in `lang`; `None` when it
/// is not a single value pacte knows how to show (it is then shown as RON).
pub fn human(lang: Lang, field: Option<&str>, ron: &str) -> Option<String> {
    let v = ron.trim();
    match kind(field) {
        _ if v == "None" => Some(String::new()),
        Kind::Status => unquote(v)
            .and_then(|s| crate::domain::Status::from_id(&s))
            .map(|s| s.label(lang).to_string()),
        Kind::Percent | Kind::Count => v.parse::<u32>().ok().map(|n| n.to_string()),
        Kind::Date | Kind::OptionalDate => unquote(v)
            .and_then(|s| parse_date(&s))
            .map(|d| crate::i18n::date(lang, d)),
        Kind::Number | Kind::OptionalNumber => {
            v.parse::<f64>().ok().map(|n| crate::i18n::number(lang, n))
        }
        Kind::Flag => match v {
            "true" => Some(t!(lang, "value-yes")),
            "false" => Some(t!(lang, "value-no")),
            _ => None,
        },
        Kind::Text | Kind::OptionalText => unquote(v),
        Kind::Ron => None,
    }
}

fn quoted(s: &str) -> String {
    let mut out = String::from("\"");
    escape_into(&mut out, s);
    out.push('"');
    out
}

/// What a person typed for `field`, as the RON value to write; a clear
/// message when it is not a value of that field.
pub fn from_human(field: Option<&str>, typed: &str) -> Result<String, Message> {
    use crate::domain::{
        ProgressInput, read_date, read_number, read_progress, read_status, read_yes_no,
    };
    let s = typed.trim();
    let empty = s.is_empty();
    match kind(field) {
        Kind::OptionalDate | Kind::OptionalNumber | Kind::OptionalText if empty => {
            Ok("None".into())
        }
        Kind::Status => read_status(s).map(|st| quoted(st.id())),
        Kind::Percent => match read_progress(s)? {
            ProgressInput::To(p) => Ok(p.to_string()),
            ProgressInput::By(_) => Err(crate::m!("parse-not-a-progress", typed = s)),
        },
        Kind::Count => {
            let n = read_number(s)?;
            if n.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&n) {
                return Err(crate::m!("parse-not-a-number", typed = s));
            }
            Ok(format!("{n:.0}"))
        }
        Kind::Date | Kind::OptionalDate => {
            read_date(s).map(|d| quoted(&d.format("%Y-%m-%d").to_string()))
        }
        Kind::Number | Kind::OptionalNumber => read_number(s).map(|n| {
            let v = format!("{n:?}");
            if v.contains(['.', 'e', 'E']) {
                v
            } else {
                format!("{v}.0")
            }
        }),
        Kind::Flag => read_yes_no(s).map(|b| b.to_string()),
        Kind::Text | Kind::OptionalText => Ok(quoted(typed.trim_end_matches('\n'))),
        Kind::Ron => Ok(typed.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_and_typed_as_people_do() {
        assert_eq!(
            human(Lang::Fr, Some("status"), "\"done\"").as_deref(),
            Some("totalement réalisée")
        );
        assert_eq!(
            from_human(Some("status"), "Totalement réalisée").unwrap(),
            "\"done\""
        );
        assert_eq!(
            from_human(Some("status"), "en cours").unwrap(),
            "\"in-progress\""
        );
        assert!(from_human(Some("status"), "fini").is_err());
        assert_eq!(from_human(Some("progress"), "70 %").unwrap(), "70");
        assert!(from_human(Some("progress"), "170").is_err());
        assert_eq!(
            human(Lang::Fr, Some("due"), "\"2025-06-30\"").as_deref(),
            Some("30/06/2025")
        );
        assert_eq!(
            from_human(Some("due"), "30/06/2025").unwrap(),
            "\"2025-06-30\""
        );
        assert_eq!(from_human(Some("due"), "").unwrap(), "None");
        assert_eq!(from_human(Some("target"), "12,5").unwrap(), "12.5");
        assert_eq!(from_human(Some("value"), "1 200").unwrap(), "1200.0");
        assert_eq!(from_human(Some("experimentation"), "Oui").unwrap(), "true");
        assert_eq!(
            from_human(Some("title"), "Atelier « numérique »").unwrap(),
            "\"Atelier « numérique »\""
        );
        assert_eq!(
            human(Lang::Fr, Some("title"), "\"Atelier \\\"x\\\"\"").as_deref(),
            Some("Atelier \"x\"")
        );
        // Lists stay in RON.
        assert_eq!(human(Lang::Fr, Some("members"), "[\"caf\"]"), None);
        assert_eq!(
            from_human(Some("members"), "[\"caf\"]").unwrap(),
            "[\"caf\"]"
        );
    }
}
