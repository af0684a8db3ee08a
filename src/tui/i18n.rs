//! Interface language: French by default, English on request. The words
//! come from the message catalogue (`config/locales`, see [`crate::i18n`])
//! or, for the closed vocabularies (statuses, kinds…), from the domain.

use super::Lang;
use crate::domain::evaluation::AlertKind;
use crate::domain::{
    CopilStage, EntryKind, IndicatorKind, Meeting, MeetingKind, Referential, Status,
};
use chrono::NaiveDate;

/// Full label of a status.
pub fn status_label(lang: Lang, s: Status) -> &'static str {
    s.label(lang)
}

/// Short label of a status, for table columns (at most 6 characters).
pub fn status_short(lang: Lang, s: Status) -> String {
    crate::t!(lang, "status-short", status = s.id())
}

/// The letter that picks a status in the status popup.
pub fn status_letter(lang: Lang, s: Status) -> char {
    crate::t!(lang, "status-letter", status = s.id())
        .chars()
        .next()
        .unwrap_or('?')
}

/// Label of an indicator kind.
pub fn indicator_kind(lang: Lang, k: IndicatorKind) -> &'static str {
    k.label(lang)
}

/// Label of a journal entry kind.
pub fn entry_kind(lang: Lang, k: EntryKind) -> &'static str {
    k.label(lang)
}

/// Label of a meeting kind.
pub fn meeting_kind(lang: Lang, k: MeetingKind) -> &'static str {
    k.label(lang)
}

/// Label of a COPIL stage.
pub fn copil_stage(lang: Lang, s: CopilStage) -> &'static str {
    s.label(lang)
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

/// The catalogue's name of an alert kind (`governance-due`…).
fn alert_id(k: AlertKind) -> &'static str {
    match k {
        AlertKind::GovernanceDue => "governance-due",
        AlertKind::Overdue => "overdue",
        AlertKind::OverdueStep => "overdue-step",
        AlertKind::OffTarget => "off-target",
        AlertKind::NoCopilot => "no-copilot",
        AlertKind::NoMeetingThisYear => "no-meeting",
        AlertKind::NotMeasured => "not-measured",
    }
}

/// Label of an alert kind.
pub fn alert_kind(lang: Lang, k: AlertKind) -> String {
    crate::t!(lang, "alert-kind", kind = alert_id(k))
}

/// Short label of an alert kind, for a column (at most 12 characters).
pub fn alert_kind_short(lang: Lang, k: AlertKind) -> String {
    crate::t!(lang, "alert-kind-short", kind = alert_id(k))
}

/// Formats a number the French or English way, thousands grouped (see
/// [`crate::i18n::grouped`]).
pub fn number(lang: Lang, v: f64) -> String {
    crate::i18n::grouped(lang, v)
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
    fn short_labels_fit_their_columns() {
        for lang in [Lang::Fr, Lang::En] {
            for s in Status::ALL {
                assert!(status_short(lang, *s).chars().count() <= 6, "{s:?}");
            }
            for k in crate::tui::board::ALERT_KINDS {
                assert!(alert_kind_short(lang, k).chars().count() <= 12, "{k:?}");
            }
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
