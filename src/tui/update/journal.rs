//! The journal of an action: a new entry (kind, date, text), the entry
//! menu (text, date, kind, delete). Entries are found by their content, so a
//! reload while a question is open cannot change another entry.

use super::context::{self, action_state_mut, entry, item};
use super::record;
use crate::domain::edit::{ActionEdit, Edit};
use crate::domain::{EntryKind, JournalEntry, read_date};
use crate::i18n::date;
use crate::t;
use crate::tui::app::{ActionPane, ActionRef, App};
use crate::tui::i18n::entry_kind;
use crate::tui::msg::Effect;
use crate::tui::steps::{Answer, Choice, EntryRef, JournalStep, MenuItem, Step};

fn step(s: JournalStep) -> Step {
    Step::Journal(s)
}

/// `c`: a new entry; first its kind.
pub fn new(app: &mut App, r: ActionRef) {
    let lang = app.lang;
    let items = EntryKind::ALL
        .iter()
        .map(|k| item(Choice::EntryKind(*k), entry_kind(lang, *k), false))
        .collect();
    let title = t!(lang, "form-journal-kind-new");
    context::pick(app, title, items, false, step(JournalStep::Kind(r)));
}

/// Enter on an entry: what to do with it.
pub fn menu(app: &mut App, e: EntryRef) {
    let lang = app.lang;
    let j = &e.entry;
    let items = vec![
        entry(MenuItem::Text, t!(lang, "form-menu-entry-text")),
        entry(
            MenuItem::Date,
            t!(lang, "form-menu-entry-date", date = date(lang, j.date)),
        ),
        entry(
            MenuItem::Kind,
            t!(
                lang,
                "form-menu-entry-kind",
                kind = entry_kind(lang, j.kind)
            ),
        ),
        entry(MenuItem::Delete, t!(lang, "form-menu-delete-entry")),
    ];
    let title = t!(lang, "form-journal-entry", date = date(lang, j.date));
    context::pick(app, title, items, false, step(JournalStep::Menu(e)));
}

/// Asks before deleting an entry.
pub fn ask_delete(app: &mut App, e: EntryRef) {
    let q = t!(
        app.lang,
        "form-delete-entry",
        date = date(app.lang, e.entry.date)
    );
    context::confirm(app, q, step(JournalStep::Delete(e)));
}

/// Applies `e` and puts the journal cursor on `focus` when it is there.
fn edit(
    app: &mut App,
    r: &ActionRef,
    e: ActionEdit,
    focus: Option<JournalEntry>,
) -> Result<Vec<Effect>, String> {
    let effects = record::group(app, &r.group, vec![Edit::Action(r.action.clone(), e)])?;
    let at = focus.and_then(|f| {
        app.action(r)
            .and_then(|(_, a)| a.journal.iter().position(|j| *j == f))
    });
    if let Some(s) = action_state_mut(app) {
        s.pane = ActionPane::Journal;
        s.lower = ActionPane::Journal;
        if let Some(at) = at {
            s.journal = at;
        }
    }
    Ok(effects)
}

fn menu_choice(app: &mut App, e: EntryRef, m: MenuItem) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let j = e.entry.clone();
    match m {
        MenuItem::Text => {
            let title = t!(lang, "form-journal-entry", date = date(lang, j.date));
            context::text(app, title, &j.text, step(JournalStep::TextOf(e)));
        }
        MenuItem::Date => {
            let title = t!(lang, "form-entry-date");
            context::input(
                app,
                title,
                &date(lang, j.date),
                step(JournalStep::DateOf(e)),
            );
        }
        MenuItem::Kind => {
            let items = EntryKind::ALL
                .iter()
                .map(|k| item(Choice::EntryKind(*k), entry_kind(lang, *k), *k == j.kind))
                .collect();
            let title = t!(lang, "form-entry-kind");
            context::pick(app, title, items, false, step(JournalStep::KindOf(e)));
        }
        MenuItem::Delete => ask_delete(app, e),
        _ => {}
    }
    Ok(Vec::new())
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, s: JournalStep, a: Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let bad = |m: crate::i18n::Message| m.get(lang).to_string();
    match s {
        JournalStep::Kind(r) => {
            let k = match a.first() {
                Some(Choice::EntryKind(k)) => *k,
                _ => EntryKind::Note,
            };
            let title = t!(lang, "form-journal-date", kind = entry_kind(lang, k));
            let today = date(lang, app.today);
            context::input(app, title, &today, step(JournalStep::Date(r, k)));
        }
        JournalStep::Date(r, k) => {
            let d = if a.text().is_empty() {
                app.today
            } else {
                read_date(a.text()).map_err(bad)?
            };
            let title = t!(
                lang,
                "form-journal-text",
                kind = entry_kind(lang, k),
                date = date(lang, d)
            );
            context::text(app, title, "", step(JournalStep::Text(r, k, d)));
        }
        JournalStep::Text(r, kind, date) => {
            if a.text().is_empty() {
                return Ok(Vec::new());
            }
            let e = JournalEntry::new(date, kind, a.raw().to_string());
            return edit(app, &r, ActionEdit::AddJournal(e.clone()), Some(e));
        }
        JournalStep::Menu(e) => {
            if let Some(Choice::Menu(m)) = a.first() {
                return menu_choice(app, e, *m);
            }
        }
        JournalStep::TextOf(e) => {
            let new = JournalEntry {
                text: a.raw().to_string(),
                ..e.entry.clone()
            };
            let edit_ = ActionEdit::ReplaceJournal(e.entry, new.clone());
            return edit(app, &e.action, edit_, Some(new));
        }
        JournalStep::DateOf(e) => {
            let d = read_date(a.text()).map_err(bad)?;
            let new = JournalEntry {
                date: d,
                ..e.entry.clone()
            };
            let edit_ = ActionEdit::ReplaceJournal(e.entry, new.clone());
            return edit(app, &e.action, edit_, Some(new));
        }
        JournalStep::KindOf(e) => {
            let Some(Choice::EntryKind(k)) = a.first() else {
                return Ok(Vec::new());
            };
            let new = JournalEntry {
                kind: *k,
                ..e.entry.clone()
            };
            let edit_ = ActionEdit::ReplaceJournal(e.entry, new.clone());
            return edit(app, &e.action, edit_, Some(new));
        }
        JournalStep::Delete(e) => {
            return edit(app, &e.action, ActionEdit::RemoveJournal(e.entry), None);
        }
    }
    Ok(Vec::new())
}
