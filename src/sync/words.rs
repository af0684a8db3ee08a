//! The semantic diff in words, from the message catalogue: one line per
//! change (`« Plateforme mobilité » : en cours → totalement réalisée`),
//! a header per group, a line per file.

use super::diff::{Change, FileChange, GovItem, GroupChange, Item, Lifecycle, RefItem, RefKind};
use crate::domain::{MeetingKind, Referential};
use crate::i18n::Lang;
use crate::t;
use chrono::NaiveDate;

pub use crate::i18n::{date, number};

/// `« title »`, or the title alone when `quoted` is false.
fn quote(lang: Lang, title: &str, quoted: bool) -> String {
    if quoted {
        t!(lang, "quoted", text = title)
    } else {
        title.to_string()
    }
}

/// A field changed, agreeing in gender and number: `échéance modifiée`.
pub fn field_changed(lang: Lang, field: &str) -> String {
    t!(lang, "field-changed", field = field)
}

fn fields(lang: Lang, fields: &[&str]) -> String {
    fields
        .iter()
        .map(|f| field_changed(lang, f))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One change of a group in words; the action's title between guillemets
/// when `quoted`.
pub fn item(lang: Lang, g: &GroupChange, i: &Item, quoted: bool) -> String {
    let title = |a| quote(lang, g.title(a), quoted);
    match i {
        Item::ActionAdded { action } => t!(lang, "change-action-added", title = title(action)),
        Item::ActionRemoved { action } => {
            t!(lang, "change-action-removed", title = title(action))
        }
        Item::Status { action, from, to } => t!(
            lang,
            "change-status",
            title = title(action),
            from = from.label(lang),
            to = to.label(lang)
        ),
        Item::Progress { action, from, to } => t!(
            lang,
            "change-progress",
            title = title(action),
            from = *from,
            to = *to
        ),
        Item::Measurement {
            action,
            indicator,
            date: d,
            value,
        } => {
            let label = g
                .indicators
                .get(&(action.clone(), indicator.clone()))
                .map_or(indicator.as_str(), String::as_str);
            t!(
                lang,
                "change-measurement",
                title = title(action),
                indicator = label,
                value = number(lang, *value),
                date = date(lang, *d)
            )
        }
        Item::Deliverable {
            action,
            label,
            done,
        } => t!(
            lang,
            "change-deliverable",
            title = title(action),
            label = label.as_str(),
            done = if *done { "yes" } else { "no" }
        ),
        Item::Due { action, to } => match to {
            Some(d) => t!(
                lang,
                "change-due-set",
                title = title(action),
                date = date(lang, *d)
            ),
            None => t!(lang, "change-due-cleared", title = title(action)),
        },
        Item::Journal {
            action,
            notes,
            decisions,
            next_steps,
        } => {
            let mut parts = Vec::new();
            if *decisions > 0 {
                parts.push(t!(lang, "journal-decisions", count = *decisions));
            }
            if *next_steps > 0 {
                parts.push(t!(lang, "journal-next-steps", count = *next_steps));
            }
            if *notes > 0 {
                parts.push(t!(lang, "journal-notes", count = *notes));
            }
            t!(
                lang,
                "change-journal",
                title = title(action),
                what = parts.join(", ")
            )
        }
        Item::ActionFields { action, fields: f } => t!(
            lang,
            "change-action-fields",
            title = title(action),
            fields = fields(lang, f)
        ),
        Item::MeetingAdded { date: d } => t!(lang, "change-meeting-added", date = date(lang, *d)),
        Item::MeetingRemoved { date: d } => {
            t!(lang, "change-meeting-removed", date = date(lang, *d))
        }
        Item::MeetingChanged { date: d } => {
            t!(lang, "change-meeting-changed", date = date(lang, *d))
        }
        Item::GroupFields { fields: f } => fields(lang, f),
    }
}

fn ref_kind(k: RefKind) -> &'static str {
    match k {
        RefKind::Axis => "axis",
        RefKind::Territory => "territory",
        RefKind::Public => "public",
        RefKind::Organisation => "organisation",
    }
}

/// One change of the referential in words.
pub fn ref_item(lang: Lang, i: &RefItem) -> String {
    match i {
        RefItem::Pact => t!(lang, "ref-pact"),
        RefItem::Created => t!(lang, "ref-created"),
        RefItem::Deleted => t!(lang, "ref-deleted"),
        RefItem::Added(k, name) => t!(lang, "ref-added", kind = ref_kind(*k), name = name.as_str()),
        RefItem::Removed(k, name) => {
            t!(
                lang,
                "ref-removed",
                kind = ref_kind(*k),
                name = name.as_str()
            )
        }
        RefItem::Changed(k, name) => {
            t!(
                lang,
                "ref-changed",
                kind = ref_kind(*k),
                name = name.as_str()
            )
        }
    }
}

/// One change of the governance records in words.
pub fn gov_item(lang: Lang, i: &GovItem, r: Option<&Referential>) -> String {
    let meeting =
        |id: &'static str, k: &MeetingKind, d: &NaiveDate, te: &Option<crate::domain::Id>| {
            let territory = te
                .as_ref()
                .map(|t| r.map_or(t.as_str(), |r| r.territory_name(t)).to_string())
                .unwrap_or_default();
            crate::i18n::text(
                lang,
                id,
                &[
                    ("kind", k.id().into()),
                    ("date", date(lang, *d).into()),
                    ("territory", territory.into()),
                ],
            )
        };
    match i {
        GovItem::MeetingAdded(k, d, te) => meeting("gov-meeting-added", k, d, te),
        GovItem::MeetingRemoved(k, d, te) => meeting("gov-meeting-removed", k, d, te),
        GovItem::MeetingChanged(k, d, te) => meeting("gov-meeting-changed", k, d, te),
        GovItem::EvaluationAdded(y) => t!(lang, "gov-evaluation-added", year = y.to_string()),
        GovItem::EvaluationChanged(y) => t!(lang, "gov-evaluation-changed", year = y.to_string()),
        GovItem::EvaluationRemoved(y) => t!(lang, "gov-evaluation-removed", year = y.to_string()),
    }
}

/// `Biterrois / ESS et IAE`: territories (by name when the referential
/// knows them) and group name.
pub fn group_header(g: &GroupChange, r: Option<&Referential>) -> String {
    let names: Vec<&str> = g
        .territories
        .iter()
        .map(|t| r.map_or(t.as_str(), |r| r.territory_name(t)))
        .collect();
    if names.is_empty() {
        g.name.clone()
    } else {
        format!("{} / {}", names.join(", "), g.name)
    }
}

/// The header of a file's changes and the changes, one per line.
pub fn file_lines(lang: Lang, c: &FileChange, r: Option<&Referential>) -> (String, Vec<String>) {
    let path = c.path.display().to_string();
    match &c.change {
        Change::Group(g) => {
            let mut lines = Vec::new();
            if let Some(from) = &c.moved_from {
                lines.push(t!(
                    lang,
                    "change-group-moved",
                    from = from.display(),
                    to = path.as_str()
                ));
            }
            match g.lifecycle {
                Lifecycle::Created => {
                    lines.push(t!(lang, "change-group-created", actions = g.items.len()))
                }
                Lifecycle::Deleted => lines.push(t!(lang, "change-group-deleted")),
                Lifecycle::Modified => lines.extend(g.items.iter().map(|i| item(lang, g, i, true))),
            }
            (group_header(g, r), lines)
        }
        Change::Referential(v) => (
            t!(lang, "change-referential-header"),
            v.iter().map(|i| ref_item(lang, i)).collect(),
        ),
        Change::Governance(v) => (
            t!(lang, "change-governance-header"),
            v.iter().map(|i| gov_item(lang, i, r)).collect(),
        ),
        Change::Unreadable => (path, vec![t!(lang, "change-unreadable")]),
    }
}

/// One line for a file: `Étang de Thau / Mobilité : « Plateforme » : en cours → …`.
pub fn summary(lang: Lang, c: &FileChange, r: Option<&Referential>) -> String {
    let (header, lines) = file_lines(lang, c, r);
    if lines.is_empty() {
        header
    } else {
        t!(
            lang,
            "change-summary",
            header = header,
            changes = lines.join(&t!(lang, "list-separator"))
        )
    }
}
