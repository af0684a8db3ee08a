//! The words of an entry, from the catalogue (`config/locales/*/agenda.ftl`):
//! its one-line summary and the lines of its description.

use super::{Entry, GroupName, What};
use crate::domain::evaluation::DueState;
use crate::domain::{CopilStage, MeetingKind};
use crate::i18n::{self, Lang};
use crate::t;

/// A group as a summary names it: `Mobilité (Étang de Thau)`.
pub(super) fn group_label(lang: Lang, g: &GroupName) -> String {
    if g.territories.is_empty() {
        g.name.clone()
    } else {
        t!(
            lang,
            "agenda-group",
            group = g.name.as_str(),
            territories = g.territories.join(", ")
        )
    }
}

fn state_id(s: DueState) -> &'static str {
    match s {
        DueState::Held => "held",
        DueState::Due => "due",
        DueState::Late => "late",
        DueState::Upcoming => "upcoming",
    }
}

fn stage_id(s: Option<CopilStage>) -> &'static str {
    s.map_or("other", CopilStage::id)
}

/// What a governance meeting is: `COPIL de lancement`, `Comité local
/// d'animation — Biterrois`.
fn governance_meeting(
    lang: Lang,
    kind: MeetingKind,
    stage: Option<CopilStage>,
    territory: Option<&str>,
) -> String {
    match kind {
        MeetingKind::Copil => t!(lang, "agenda-copil", stage = stage_id(stage)),
        MeetingKind::LocalCommittee => t!(
            lang,
            "agenda-local-committee",
            territory = territory.unwrap_or("")
        ),
        MeetingKind::WorkingGroup => t!(lang, "agenda-working-group"),
    }
}

/// The entry in one line.
pub(super) fn summary(lang: Lang, e: &Entry) -> String {
    let date = |d| i18n::date(lang, d);
    match &e.what {
        What::Step {
            step,
            territory,
            year,
            end,
            held,
            state,
            ..
        } => {
            let name = t!(
                lang,
                "agenda-step",
                step = *step,
                territory = territory.as_deref().unwrap_or(""),
                year = year.map(|y| y.to_string()).unwrap_or_default()
            );
            let state = t!(
                lang,
                "agenda-step-state",
                state = state_id(*state),
                held = held.map(date).unwrap_or_default(),
                end = date(*end)
            );
            t!(lang, "agenda-step-summary", step = name, state = state)
        }
        What::Meeting {
            group,
            kind,
            stage,
            territory,
            planned,
            ..
        } => {
            let what = match group {
                Some(g) => group_label(lang, g),
                None => governance_meeting(lang, *kind, *stage, territory.as_deref()),
            };
            let planned = if *planned { "yes" } else { "no" };
            let of = if group.is_some() {
                "group"
            } else {
                "governance"
            };
            t!(
                lang,
                "agenda-meeting",
                of = of,
                planned = planned,
                what = what
            )
        }
        What::ActionDue {
            group,
            action,
            status,
            ..
        } => t!(
            lang,
            "agenda-action-due",
            action = action.as_str(),
            group = group_label(lang, group),
            status = status.label(lang)
        ),
        What::NextStep { text, owner, .. } => match owner {
            Some(o) => t!(
                lang,
                "agenda-next-step-owner",
                text = text.as_str(),
                owner = o.as_str()
            ),
            None => t!(lang, "agenda-next-step", text = text.as_str()),
        },
    }
}

/// The lines of the entry's description.
pub(super) fn description(lang: Lang, e: &Entry) -> Vec<String> {
    let date = |d| i18n::date(lang, d);
    let mut out = Vec::new();
    match &e.what {
        What::Step { start, end, .. } => {
            out.push(t!(
                lang,
                "agenda-desc-window",
                start = date(*start),
                end = date(*end)
            ));
        }
        What::Meeting {
            group,
            kind,
            participants,
            organisations,
            agenda,
            ..
        } => {
            if let Some(g) = group {
                out.push(t!(lang, "agenda-desc-group", group = group_label(lang, g)));
            }
            out.push(t!(lang, "agenda-desc-kind", kind = kind.label(lang)));
            if !agenda.trim().is_empty() {
                out.push(t!(lang, "agenda-desc-agenda", text = agenda.trim()));
            }
            if *participants > 0 {
                out.push(t!(lang, "agenda-desc-participants", count = *participants));
            }
            if !organisations.is_empty() {
                out.push(t!(
                    lang,
                    "agenda-desc-organisations",
                    names = organisations.join(", ")
                ));
            }
        }
        What::ActionDue {
            group,
            status,
            progress,
            ..
        } => {
            out.push(t!(
                lang,
                "agenda-desc-group",
                group = group_label(lang, group)
            ));
            out.push(t!(
                lang,
                "agenda-desc-status",
                status = status.label(lang),
                progress = *progress
            ));
        }
        What::NextStep {
            group,
            action,
            owner,
            taken,
            ..
        } => {
            out.push(t!(
                lang,
                "agenda-desc-group",
                group = group_label(lang, group)
            ));
            out.push(t!(lang, "agenda-desc-action", action = action.as_str()));
            if let Some(o) = owner {
                out.push(t!(lang, "agenda-desc-owner", owner = o.as_str()));
            }
            out.push(t!(lang, "agenda-desc-taken", date = date(*taken)));
        }
    }
    out
}

/// The categories of the entry, for a calendar program's filters.
pub(super) fn category(lang: Lang, e: &Entry) -> String {
    t!(lang, "agenda-category", kind = e.kind.id())
}
