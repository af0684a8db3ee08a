//! The parts of the minutes drawn from the group and the meeting:
//! attendance, the actions walked, the next steps carried over, and the
//! numbers and sentences they are written with.

use super::{ActionPart, Field, Item, List, Step};
use crate::domain::Id;
use crate::domain::meeting::{EntryRef, open_steps, taken_in};
use crate::domain::{Action, EntryKind, Group, Indicator, JournalEntry, Meeting, Referential};
use crate::i18n::Lang;
use crate::t;
use chrono::NaiveDate;

/// A number as people write it (see [`crate::i18n::grouped`]).
pub(super) fn number(lang: Lang, v: f64) -> String {
    crate::i18n::grouped(lang, v)
}

/// A value with its unit: `97 personnes`, `53,3 %` (no-break spaces in
/// French), `97 personnes`, `53.3%` in English.
pub(super) fn with_unit(lang: Lang, v: f64, unit: &str) -> String {
    let n = number(lang, v);
    let unit = unit.trim();
    match (lang, unit) {
        (_, "") => n,
        (Lang::Fr, "%") => format!("{n}{}%", crate::report::fr::NNBSP),
        (Lang::En, "%") => format!("{n}%"),
        (Lang::Fr, u) => format!("{n}\u{a0}{u}"),
        (Lang::En, u) => format!("{n} {u}"),
    }
}

/// A progress: `60 %` (narrow no-break space) in French, `60%` in English.
fn percent(lang: Lang, p: u8) -> String {
    with_unit(lang, f64::from(p), "%")
}

/// Free text from the files in the document's typography (French
/// no-break spaces before `:` `;` `!` `?` and inside « »).
pub(super) fn typo(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Fr => crate::i18n::french_typography(s),
        Lang::En => s.to_string(),
    }
}

fn names(r: &Referential, ids: &[Id]) -> String {
    ids.iter()
        .map(|id| r.organisation_name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn field(label: String, value: String) -> Field {
    Field { label, value }
}

fn before_after<T: PartialEq>(
    lang: Lang,
    before: T,
    after: Option<T>,
    show: impl Fn(&T) -> String,
) -> String {
    match after.filter(|a| *a != before) {
        Some(a) => t!(
            lang,
            "minutes-changed",
            before = show(&before),
            after = show(&a)
        ),
        None => t!(lang, "minutes-unchanged", value = show(&before)),
    }
}

/// A next step in one line: "text — owner, pour le 15/01/2027".
fn step_sentence(r: &Referential, e: &JournalEntry, lang: Lang) -> String {
    let mut details: Vec<String> = Vec::new();
    if let Some(o) = &e.owner {
        details.push(r.organisation_name(o).to_string());
    }
    if let Some(d) = e.due {
        details.push(t!(
            lang,
            "minutes-step-due",
            due = crate::i18n::date(lang, d)
        ));
    }
    if let Some(d) = e.done {
        details.push(t!(
            lang,
            "minutes-step-done",
            date = crate::i18n::date(lang, d)
        ));
    }
    if details.is_empty() {
        e.text.clone()
    } else {
        t!(
            lang,
            "minutes-step",
            text = e.text.as_str(),
            details = details.join(", ")
        )
    }
}

fn measurements(i: &Indicator, day: NaiveDate, lang: Lang) -> Vec<Item> {
    i.measurements
        .iter()
        .filter(|x| x.date == day)
        .map(|x| {
            let mut value = with_unit(lang, x.value, &i.unit);
            if let Some(p) = i.measurements.iter().rfind(|p| p.date < day) {
                value = t!(
                    lang,
                    "minutes-measurement-previous",
                    value = value,
                    previous = with_unit(lang, p.value, &i.unit),
                    date = crate::i18n::date(lang, p.date)
                );
            }
            let text = match i.target {
                Some(target) => t!(
                    lang,
                    "minutes-measurement-target",
                    label = i.label.as_str(),
                    value = value,
                    target = with_unit(lang, target, &i.unit)
                ),
                None => t!(
                    lang,
                    "minutes-measurement",
                    label = i.label.as_str(),
                    value = value
                ),
            };
            Item {
                text,
                overdue: false,
            }
        })
        .collect()
}

fn push_list(lists: &mut Vec<List>, label: String, items: Vec<Item>) {
    if !items.is_empty() {
        lists.push(List { label, items });
    }
}

fn plain(items: impl IntoIterator<Item = String>) -> Vec<Item> {
    items
        .into_iter()
        .map(|text| Item {
            text,
            overdue: false,
        })
        .collect()
}

pub(super) fn attendance(r: &Referential, m: &Meeting, lang: Lang) -> Vec<Field> {
    let or_none = |s: String| {
        if s.is_empty() {
            t!(lang, "minutes-none")
        } else {
            s
        }
    };
    let mut out = vec![field(
        t!(lang, "minutes-present", count = m.organisations.len()),
        or_none(names(r, &m.organisations)),
    )];
    if !m.excused.is_empty() {
        out.push(field(
            t!(lang, "minutes-excused", count = m.excused.len()),
            names(r, &m.excused),
        ));
    }
    // 0: not counted (left empty when the meeting was opened).
    if m.participants > 0 {
        out.push(field(
            t!(lang, "minutes-participants"),
            number(lang, f64::from(m.participants)),
        ));
    }
    if !m.people.is_empty() {
        out.push(field(t!(lang, "minutes-people"), m.people.join(", ")));
    }
    out
}

/// The actions of the minutes: those discussed, in order, then those with
/// entries linked to the meeting but not in `discussed`, in file order.
pub(super) fn actions(
    r: &Referential,
    g: &Group,
    m: &Meeting,
    today: NaiveDate,
    lang: Lang,
) -> Vec<ActionPart> {
    let Some(id) = &m.id else {
        return Vec::new();
    };
    let linked = taken_in(g, id);
    let mut out = Vec::new();
    for d in &m.discussed {
        let action = g.action(&d.action);
        let mut fields = vec![
            field(
                t!(lang, "minutes-status"),
                before_after(lang, d.status_before, d.status_after, |s| {
                    s.label(lang).to_string()
                }),
            ),
            field(
                t!(lang, "minutes-progress"),
                before_after(lang, d.progress_before, d.progress_after, |p| {
                    percent(lang, *p)
                }),
            ),
        ];
        if d.due_changed() {
            let show = |x: Option<NaiveDate>| {
                x.map_or_else(
                    || t!(lang, "minutes-no-due"),
                    |x| crate::i18n::date(lang, x),
                )
            };
            fields.push(field(
                t!(lang, "minutes-due"),
                t!(
                    lang,
                    "minutes-changed",
                    before = show(d.due_before),
                    after = show(d.due_after)
                ),
            ));
        }
        let mut lists = Vec::new();
        if let Some(a) = action {
            let taken: Vec<Item> = a
                .indicators
                .iter()
                .flat_map(|i| measurements(i, m.date, lang))
                .collect();
            push_list(&mut lists, t!(lang, "minutes-measurements"), taken);
        }
        push_list(
            &mut lists,
            t!(lang, "minutes-ticked"),
            plain(d.ticked.iter().map(|x| typo(lang, x))),
        );
        push_list(
            &mut lists,
            t!(lang, "minutes-added"),
            plain(d.added.iter().map(|x| typo(lang, x))),
        );
        if let Some(a) = action {
            // Next steps of earlier meetings done in this one (closed on
            // its day).
            let closed = a.journal.iter().filter(|e| {
                e.kind == EntryKind::NextStep && e.done == Some(m.date) && e.meeting != m.id
            });
            push_list(
                &mut lists,
                t!(lang, "minutes-closed"),
                plain(closed.map(|e| step_sentence(r, e, lang))),
            );
            entry_lists(r, a, &linked, today, lang, &mut lists);
        }
        out.push(ActionPart {
            title: action.map_or_else(|| d.action.to_string(), |a| typo(lang, &a.title)),
            fields,
            lists,
        });
    }
    for a in &g.actions {
        let discussed = m.discussed.iter().any(|d| d.action == a.id);
        if discussed || !linked.iter().any(|e| e.action.id == a.id) {
            continue;
        }
        let mut lists = Vec::new();
        entry_lists(r, a, &linked, today, lang, &mut lists);
        out.push(ActionPart {
            title: typo(lang, &a.title),
            fields: Vec::new(),
            lists,
        });
    }
    out
}

/// The decisions, next steps and notes of action `a` among the entries
/// linked to the meeting.
fn entry_lists(
    r: &Referential,
    a: &Action,
    linked: &[EntryRef<'_>],
    today: NaiveDate,
    lang: Lang,
    lists: &mut Vec<List>,
) {
    let of = |kind: EntryKind| {
        linked
            .iter()
            .filter(move |e| e.action.id == a.id && e.entry.kind == kind)
            .map(|e| e.entry)
    };
    push_list(
        lists,
        t!(lang, "minutes-decisions"),
        plain(of(EntryKind::Decision).map(|e| typo(lang, &e.text))),
    );
    let steps = of(EntryKind::NextStep)
        .map(|e| Item {
            text: step_sentence(r, e, lang),
            overdue: e.is_overdue_step(today),
        })
        .collect();
    push_list(lists, t!(lang, "minutes-steps"), steps);
    push_list(
        lists,
        t!(lang, "minutes-notes"),
        plain(of(EntryKind::Note).map(|e| typo(lang, &e.text))),
    );
}

/// The group's open next steps taken before or on the meeting's day but
/// not in it, earliest due first; overdue as of `today`.
pub(super) fn carried(
    r: &Referential,
    g: &Group,
    m: &Meeting,
    today: NaiveDate,
    lang: Lang,
) -> Vec<Step> {
    open_steps(g)
        .into_iter()
        .filter(|s| s.entry.meeting.is_none() || s.entry.meeting != m.id)
        .filter(|s| s.entry.date <= m.date)
        .map(|s| {
            let e = s.entry;
            Step {
                action: typo(lang, &s.action.title),
                text: typo(lang, &e.text),
                owner: e
                    .owner
                    .as_ref()
                    .map(|o| r.organisation_name(o).to_string())
                    .unwrap_or_default(),
                due: e
                    .due
                    .map(|d| crate::i18n::date(lang, d))
                    .unwrap_or_default(),
                overdue: e.is_overdue_step(today),
                sentence: t!(
                    lang,
                    "minutes-carried-step",
                    action = s.action.title.as_str(),
                    step = step_sentence(r, e, lang)
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_write_them() {
        assert_eq!(number(Lang::Fr, 1234567.5), "1\u{202f}234\u{202f}567,5");
        assert_eq!(number(Lang::En, 1234567.5), "1,234,567.5");
        assert_eq!(number(Lang::Fr, 97.0), "97");
        assert_eq!(number(Lang::Fr, -0.25), "-0,25");
        assert_eq!(number(Lang::Fr, 999.999), "1\u{202f}000");
        assert_eq!(with_unit(Lang::Fr, 53.3, "%"), "53,3\u{202f}%");
        assert_eq!(with_unit(Lang::Fr, 12.0, "personnes"), "12\u{a0}personnes");
        assert_eq!(with_unit(Lang::En, 53.3, "%"), "53.3%");
    }
}
