//! Deliverables of an action, found by their label: add, rename, tick done
//! or to do (Space), delete, link to a document (`J`) and open it (`V`).

use super::context::{self, action_state, action_state_mut};
use super::record;
use crate::domain::Deliverable;
use crate::domain::edit::{ActionEdit, DeliverableEdit, Edit};
use crate::t;
use crate::tui::app::{ActionPane, ActionRef, App, Field, Tone};
use crate::tui::msg::{Command, Effect};
use crate::tui::steps::{Answer, DeliverableStep, Step};

fn edit(app: &mut App, r: &ActionRef, e: ActionEdit) -> Result<Vec<Effect>, String> {
    record::group(app, &r.group, vec![Edit::Action(r.action.clone(), e)])
}

/// Asks the label of a new deliverable.
pub fn new(app: &mut App, r: ActionRef) {
    let title = t!(app.lang, "form-deliverable-new");
    context::input(app, title, "", Step::Deliverable(DeliverableStep::New(r)));
}

/// Asks the new label of a deliverable.
pub fn rename(app: &mut App, r: ActionRef, label: String) {
    let title = t!(app.lang, "form-deliverable");
    let step = Step::Deliverable(DeliverableStep::Label(r, label.clone()));
    context::input(app, title, &label, step);
}

/// Asks before deleting a deliverable.
pub fn ask_delete(app: &mut App, r: ActionRef, label: String) {
    let q = t!(app.lang, "form-delete-deliverable", label = label.as_str());
    context::confirm(app, q, Step::Deliverable(DeliverableStep::Delete(r, label)));
}

/// The deliverable under the cursor of the action page's deliverables
/// pane, with its action; says how to get there when there is none.
fn under_cursor(app: &mut App) -> Option<(ActionRef, crate::domain::Deliverable)> {
    let st = action_state(app).cloned()?;
    let found = (st.pane == ActionPane::Deliverables)
        .then(|| app.action(&st.target))
        .flatten()
        .and_then(|(_, a)| a.deliverables.get(st.deliverable).cloned());
    if found.is_none() {
        app.say(Tone::Info, t!(app.lang, "document-pick-deliverable"));
    }
    found.map(|d| (st.target, d))
}

/// `J`: asks the document of the deliverable under the cursor (its
/// current one to edit; emptied, the link is removed).
pub fn ask_document(app: &mut App) {
    let Some((r, d)) = under_cursor(app) else {
        return;
    };
    let title = t!(app.lang, "form-deliverable-document");
    let current = d.document.clone().unwrap_or_default();
    let step = Step::Deliverable(DeliverableStep::Document(r, d.label));
    context::input(app, title, &current, step);
}

/// `V`: opens the document of the deliverable under the cursor.
pub fn open(app: &mut App) -> Vec<Effect> {
    let Some((_, d)) = under_cursor(app) else {
        return Vec::new();
    };
    match d.document {
        Some(doc) => {
            app.say(
                Tone::Info,
                t!(app.lang, "document-opening", document = doc.as_str()),
            );
            vec![Effect::OpenDocument {
                label: d.label,
                document: doc,
            }]
        }
        None => {
            let key = app.keymap.first_key_in(Command::Document, app.lang);
            let m = t!(
                app.lang,
                "document-none",
                label = d.label.as_str(),
                key = key
            );
            app.say(Tone::Info, m);
            Vec::new()
        }
    }
}

/// The document looked for: linked (with the note when its file is not
/// there yet), or refused with why.
pub fn checked(
    app: &mut App,
    target: ActionRef,
    label: String,
    document: String,
    result: Result<Option<String>, String>,
) -> Vec<Effect> {
    let note = match result {
        Ok(note) => note,
        Err(why) => {
            app.say(Tone::Error, why);
            return Vec::new();
        }
    };
    let e = ActionEdit::Deliverable(label, DeliverableEdit::Document(Some(document)));
    let effects = match edit(app, &target, e) {
        Ok(effects) => effects,
        Err(why) => {
            app.say(Tone::Error, why);
            return Vec::new();
        }
    };
    if let Some(note) = note {
        app.say(Tone::Info, note);
    }
    effects
}

/// Space on the action page: ticks the deliverable under the cursor.
pub fn toggle(app: &mut App) -> Vec<Effect> {
    let Some(st) = action_state(app).cloned() else {
        return Vec::new();
    };
    if st.pane != ActionPane::Deliverables {
        let k = |c| app.keymap.first_key_in(c, app.lang);
        let (toggle, pane) = (k(Command::Toggle), k(Command::NextPane));
        let m = t!(app.lang, "form-space-ticks", toggle = toggle, pane = pane);
        app.say(Tone::Info, m);
        return Vec::new();
    }
    let Some((_, a)) = app.action(&st.target) else {
        return Vec::new();
    };
    let Some(d) = a.deliverables.get(st.deliverable) else {
        return Vec::new();
    };
    let e = ActionEdit::Deliverable(d.label.clone(), DeliverableEdit::Done(!d.done));
    record::group_or_say(
        app,
        &st.target.group,
        vec![Edit::Action(st.target.action.clone(), e)],
    )
}

/// Whether Space on this screen flips the experimentation field instead.
pub fn on_experimentation(app: &App) -> bool {
    action_state(app).is_some_and(|st| {
        st.pane == ActionPane::Fields && Field::ALL.get(st.field) == Some(&Field::Experimentation)
    })
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, s: DeliverableStep, a: Answer) -> Result<Vec<Effect>, String> {
    let t = a.text().to_string();
    match s {
        DeliverableStep::New(r) => {
            let d = Deliverable {
                label: t,
                done: false,
                document: None,
            };
            let effects = edit(app, &r, ActionEdit::AddDeliverable(d, None))?;
            if let Some(s) = action_state_mut(app) {
                s.pane = ActionPane::Deliverables;
                s.lower = ActionPane::Deliverables;
                s.deliverable = usize::MAX;
            }
            Ok(effects)
        }
        DeliverableStep::Label(r, old) => edit(
            app,
            &r,
            ActionEdit::Deliverable(old, DeliverableEdit::Label(t)),
        ),
        DeliverableStep::Delete(r, label) => edit(app, &r, ActionEdit::RemoveDeliverable(label)),
        DeliverableStep::Document(r, label) => {
            if t.trim().is_empty() {
                let unlink = ActionEdit::Deliverable(label, DeliverableEdit::Document(None));
                return edit(app, &r, unlink);
            }
            // A shape refused keeps the question open; the file is looked
            // for by the runtime before the link is made.
            crate::domain::Document::parse(&t).map_err(|m| m.in_lang(app.lang).to_string())?;
            Ok(vec![Effect::CheckDocument {
                target: r,
                label,
                document: t,
            }])
        }
    }
}
