//! An edit in words, for the status line and the undo history:
//! `« Plateforme mobilité » : statut → totalement réalisée`.

use super::{ActionEdit, DeliverableEdit, Edit, GovEdit, GroupEdit, MeetingEdit};
use crate::domain::Group;
use crate::i18n::Lang;
use crate::t;

/// What `edit` does to `group` (as it is before the edit), in `lang`.
pub fn describe(lang: Lang, group: &Group, edit: &Edit) -> String {
    let title = |id: &crate::domain::Id| {
        group
            .action(id)
            .map_or_else(|| id.to_string(), |a| a.title.clone())
    };
    match edit {
        Edit::Action(id, e) => {
            let what = action(lang, e);
            t!(lang, "edit-did-action", title = title(id), what = what)
        }
        Edit::AddAction(a) | Edit::InsertAction(_, a) => {
            t!(lang, "edit-did-add-action", title = a.title.as_str())
        }
        Edit::RemoveAction(id) => t!(lang, "edit-did-remove-action", title = title(id)),
        Edit::Group(e) => {
            let field = match e {
                GroupEdit::Name(_) => "name",
                GroupEdit::Territories(_) => "territories",
                GroupEdit::Axis(..) => "axis",
                GroupEdit::Themes(_) => "themes",
                GroupEdit::Pilot(_) => "pilot",
                GroupEdit::Copilot(_) => "copilot",
                GroupEdit::Members(_) => "members",
            };
            t!(
                lang,
                "edit-did-group",
                name = group.name.as_str(),
                what = t!(lang, "field-changed", field = field)
            )
        }
        Edit::Meeting(e) => meeting(lang, e),
    }
}

/// A change of the governance records in words.
pub fn describe_governance(lang: Lang, e: &GovEdit) -> String {
    match e {
        GovEdit::Meeting(m) => meeting(lang, m),
        GovEdit::AddEvaluation(ev) => {
            t!(lang, "edit-did-add-evaluation", year = ev.year.to_string())
        }
        GovEdit::ReplaceEvaluation(_, ev) => {
            t!(
                lang,
                "edit-did-change-evaluation",
                year = ev.year.to_string()
            )
        }
        GovEdit::RemoveEvaluation(y) => {
            t!(lang, "edit-did-remove-evaluation", year = y.to_string())
        }
    }
}

/// A meeting edit in words.
pub fn meeting(lang: Lang, e: &MeetingEdit) -> String {
    match e {
        MeetingEdit::Add(m) => t!(
            lang,
            "edit-did-add-meeting",
            date = crate::i18n::date(lang, m.date)
        ),
        MeetingEdit::Replace(_, m) => {
            t!(
                lang,
                "edit-did-change-meeting",
                date = crate::i18n::date(lang, m.date)
            )
        }
        MeetingEdit::Remove(k) => {
            // A meeting's id starts with its date.
            let date = k
                .as_str()
                .get(..10)
                .and_then(|d| d.parse().ok())
                .map_or_else(|| k.to_string(), |d| crate::i18n::date(lang, d));
            t!(lang, "edit-did-remove-meeting", date = date)
        }
    }
}

fn action(lang: Lang, e: &ActionEdit) -> String {
    use ActionEdit as E;
    match e {
        E::Status(s) => t!(lang, "edit-did-status", status = s.label(lang)),
        E::Progress(p) => t!(lang, "edit-did-progress", progress = *p),
        E::ProgressBy(d) => t!(lang, "edit-did-progress-by", by = format!("{d:+}")),
        E::Due(Some(d)) => t!(lang, "edit-did-due", date = crate::i18n::date(lang, *d)),
        E::Due(None) => t!(lang, "edit-did-no-due"),
        E::Start(Some(d)) => t!(lang, "edit-did-start", date = crate::i18n::date(lang, *d)),
        E::Start(None) => t!(lang, "edit-did-no-start"),
        E::Title(_) => t!(lang, "field-changed", field = "title"),
        E::Objectives(_) => t!(lang, "field-changed", field = "objectives"),
        E::Implementation(_) => t!(lang, "field-changed", field = "implementation"),
        E::Publics(_) => t!(lang, "field-changed", field = "publics"),
        E::Experimentation(x) => t!(
            lang,
            "edit-did-experimentation",
            on = if *x { "yes" } else { "no" }
        ),
        E::Measure { date, value, .. } => t!(
            lang,
            "edit-did-measure",
            value = crate::i18n::grouped(lang, *value),
            date = crate::i18n::date(lang, *date)
        ),
        E::RemoveMeasure { date, .. } => {
            t!(
                lang,
                "edit-did-remove-measure",
                date = crate::i18n::date(lang, *date)
            )
        }
        E::AddIndicator(i, _) => t!(lang, "edit-did-add-indicator", label = i.label.as_str()),
        E::RemoveIndicator(id) => t!(lang, "edit-did-remove-indicator", label = id.as_str()),
        E::Indicator(id, _) => t!(lang, "edit-did-indicator", label = id.as_str()),
        E::AddDeliverable(d, _) => t!(lang, "edit-did-add-deliverable", label = d.label.as_str()),
        E::RemoveDeliverable(l) => t!(lang, "edit-did-remove-deliverable", label = l.as_str()),
        E::Deliverable(l, DeliverableEdit::Done(done)) => t!(
            lang,
            "edit-did-deliverable-done",
            label = l.as_str(),
            done = if *done { "yes" } else { "no" }
        ),
        E::Deliverable(l, DeliverableEdit::Label(_)) => {
            t!(lang, "edit-did-deliverable-label", label = l.as_str())
        }
        E::Deliverable(l, DeliverableEdit::Document(d)) => t!(
            lang,
            "edit-did-deliverable-document",
            label = l.as_str(),
            linked = if d.is_some() { "yes" } else { "no" }
        ),
        E::AddJournal(e) => t!(lang, "edit-did-add-journal", kind = e.kind.id()),
        E::RemoveJournal(_) => t!(lang, "edit-did-remove-journal"),
        E::ReplaceJournal(..) => t!(lang, "edit-did-change-journal"),
    }
}
