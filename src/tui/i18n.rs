//! Interface language: French by default, English on request.

use super::Lang;
use crate::domain::evaluation::AlertKind;
use crate::domain::{
    CopilStage, EntryKind, IndicatorKind, Meeting, MeetingKind, Referential, Status,
};
use chrono::NaiveDate;

/// Picks the French or English text.
pub fn tr(lang: Lang, fr: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Fr => fr,
        Lang::En => en,
    }
}

/// Full label of a status.
pub fn status_label(lang: Lang, s: Status) -> &'static str {
    tr(lang, s.label_fr(), s.label_en())
}

/// Short label of a status, for table columns (at most 6 characters).
pub fn status_short(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::Fr, Status::Project) => "Projet",
        (Lang::Fr, Status::InProgress) => "Cours",
        (Lang::Fr, Status::Operating) => "Fonct.",
        (Lang::Fr, Status::Done) => "Réal.",
        (Lang::Fr, Status::Suspended) => "Susp.",
        (Lang::Fr, Status::Abandoned) => "Aband.",
        (Lang::En, Status::Project) => "Proj.",
        (Lang::En, Status::InProgress) => "Prog.",
        (Lang::En, Status::Operating) => "Oper.",
        (Lang::En, Status::Done) => "Done",
        (Lang::En, Status::Suspended) => "Susp.",
        (Lang::En, Status::Abandoned) => "Aband.",
    }
}

/// The letter that picks a status in the status popup.
pub fn status_letter(lang: Lang, s: Status) -> char {
    match (lang, s) {
        (_, Status::Project) => 'p',
        (Lang::Fr, Status::InProgress) => 'c',
        (Lang::En, Status::InProgress) => 'i',
        (Lang::Fr, Status::Operating) => 'f',
        (Lang::En, Status::Operating) => 'o',
        (Lang::Fr, Status::Done) => 'r',
        (Lang::En, Status::Done) => 'd',
        (_, Status::Suspended) => 's',
        (_, Status::Abandoned) => 'a',
    }
}

/// Label of an indicator kind.
pub fn indicator_kind(lang: Lang, k: IndicatorKind) -> &'static str {
    tr(lang, k.label_fr(), k.label_en())
}

/// Label of a journal entry kind.
pub fn entry_kind(lang: Lang, k: EntryKind) -> &'static str {
    tr(lang, k.label_fr(), k.label_en())
}

/// Label of a meeting kind.
pub fn meeting_kind(lang: Lang, k: MeetingKind) -> &'static str {
    tr(lang, k.label_fr(), k.label_en())
}

/// The word for `n` things: French puts 0 and 1 in the singular, English
/// only 1.
pub fn plural(
    lang: Lang,
    n: u64,
    fr1: &'static str,
    fr: &'static str,
    en1: &'static str,
    en: &'static str,
) -> &'static str {
    match (lang, n) {
        (Lang::Fr, 0 | 1) => fr1,
        (Lang::Fr, _) => fr,
        (Lang::En, 1) => en1,
        (Lang::En, _) => en,
    }
}

/// Label of a COPIL stage.
pub fn copil_stage(lang: Lang, s: CopilStage) -> &'static str {
    tr(lang, s.label_fr(), s.label_en())
}

/// A date as people read it: `29/11/2026` in French, ISO `2026-11-29` in English.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// What a meeting is: "COPIL — lancement", "Comité local — Biterrois",
/// "Groupe de travail" (raw; sanitise before drawing).
pub fn meeting_title(lang: Lang, m: &Meeting, r: Option<&Referential>) -> String {
    let raw = meeting_kind(lang, m.kind);
    let mut chars = raw.chars();
    let kind: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    match m.kind {
        MeetingKind::Copil => match m.stage {
            Some(s) => format!("{kind} — {}", copil_stage(lang, s)),
            None => kind,
        },
        MeetingKind::LocalCommittee => match &m.territory {
            Some(t) => format!("{kind} — {}", r.map_or(t.as_str(), |r| r.territory_name(t))),
            None => kind,
        },
        MeetingKind::WorkingGroup => kind,
    }
}

/// Label of an alert kind.
pub fn alert_kind(lang: Lang, k: AlertKind) -> &'static str {
    match lang {
        Lang::Fr => k.label_fr(),
        Lang::En => match k {
            AlertKind::GovernanceDue => "Governance due",
            AlertKind::Overdue => "Overdue action",
            AlertKind::OffTarget => "Indicator off target",
            AlertKind::NoCopilot => "Incomplete leadership",
            AlertKind::NoMeetingThisYear => "Group with no meeting this year",
            AlertKind::NotMeasured => "Indicator not measured this year",
        },
    }
}

/// Short label of an alert kind, for a column (at most 12 characters).
pub fn alert_kind_short(lang: Lang, k: AlertKind) -> &'static str {
    match (lang, k) {
        (Lang::Fr, AlertKind::GovernanceDue) => "Gouvernance",
        (Lang::Fr, AlertKind::Overdue) => "Retard",
        (Lang::Fr, AlertKind::OffTarget) => "Sous cible",
        (Lang::Fr, AlertKind::NoCopilot) => "Pilotage",
        (Lang::Fr, AlertKind::NoMeetingThisYear) => "Sans réunion",
        (Lang::Fr, AlertKind::NotMeasured) => "Non mesuré",
        (Lang::En, AlertKind::GovernanceDue) => "Governance",
        (Lang::En, AlertKind::Overdue) => "Overdue",
        (Lang::En, AlertKind::OffTarget) => "Off target",
        (Lang::En, AlertKind::NoCopilot) => "Leadership",
        (Lang::En, AlertKind::NoMeetingThisYear) => "No meeting",
        (Lang::En, AlertKind::NotMeasured) => "Not measured",
    }
}

/// Formats a number the French or English way (no trailing `.0`).
pub fn number(lang: Lang, v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_letters_are_distinct() {
        for lang in [Lang::Fr, Lang::En] {
            let mut letters: Vec<char> = Status::ALL
                .iter()
                .map(|s| status_letter(lang, *s))
                .collect();
            letters.sort_unstable();
            letters.dedup();
            assert_eq!(letters.len(), Status::ALL.len());
        }
    }

    #[test]
    fn dates_follow_the_language() {
        let d: NaiveDate = "2026-11-29".parse().unwrap();
        assert_eq!(date(Lang::Fr, d), "29/11/2026");
        assert_eq!(date(Lang::En, d), "2026-11-29");
    }

    #[test]
    fn numbers() {
        assert_eq!(number(Lang::Fr, 12.0), "12");
        assert_eq!(number(Lang::Fr, 12.5), "12,5");
        assert_eq!(number(Lang::En, 0.25), "0.25");
    }
}
