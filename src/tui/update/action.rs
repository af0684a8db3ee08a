//! An action's own fields: status (`s`), progress (`+` `-` `p`), dates,
//! title, objectives, implementation, publics, experimentation; a new
//! action and its deletion. The status key's behaviour lives here
//! ([`status_popup`] opens the choice, [`set_status`] applies it); the rule
//! "done means 100 %" lives in `domain::edit`.

use super::context::{self, current_action, item, no_action};
use super::record;
use crate::domain::edit::{ActionEdit, Edit, fresh_id};
use crate::domain::{Action, Id, ProgressInput, Status};
use crate::i18n::date;
use crate::t;
use crate::tui::app::{ActionRef, ActionState, App, GroupPane, Popup, Screen};
use crate::tui::msg::{Command, Effect};
use crate::tui::steps::{ActionStep, Answer, Choice, Step};

fn on(r: &ActionRef, e: ActionEdit) -> Vec<Edit> {
    vec![Edit::Action(r.action.clone(), e)]
}

fn edit(app: &mut App, r: &ActionRef, e: ActionEdit) -> Result<Vec<Effect>, String> {
    record::group(app, &r.group, on(r, e))
}

fn edit_or_say(app: &mut App, r: &ActionRef, e: ActionEdit) -> Vec<Effect> {
    record::group_or_say(app, &r.group, on(r, e))
}

/// The commands of this subject; `None`: not one of them.
pub fn command(app: &mut App, c: Command) -> Option<Vec<Effect>> {
    let lang = app.lang;
    let handled = matches!(
        c,
        Command::Status
            | Command::ProgressUp
            | Command::ProgressDown
            | Command::Progress
            | Command::Due
            | Command::Start
            | Command::Objectives
            | Command::Implementation
            | Command::Publics
            | Command::Experimentation
    );
    if !handled {
        return None;
    }
    let Some(r) = current_action(app) else {
        return Some(no_action(app));
    };
    let Some((_, a)) = app.action(&r) else {
        return Some(Vec::new());
    };
    let a = a.clone();
    Some(match c {
        Command::Status => {
            status_popup(app, r, a.status);
            Vec::new()
        }
        Command::ProgressUp => {
            let p = (a.progress / 10 * 10).saturating_add(10).min(100);
            edit_or_say(app, &r, ActionEdit::Progress(p))
        }
        Command::ProgressDown => {
            let p = a.progress.div_ceil(10).saturating_sub(1) * 10;
            edit_or_say(app, &r, ActionEdit::Progress(p))
        }
        Command::Progress => {
            let title = t!(lang, "form-progress");
            context::input(
                app,
                title,
                &a.progress.to_string(),
                Step::Action(ActionStep::Progress(r)),
            );
            Vec::new()
        }
        Command::Due => {
            let cur = a.due.map(|d| date(lang, d)).unwrap_or_default();
            let title = t!(lang, "form-due");
            context::input(app, title, &cur, Step::Action(ActionStep::Due(r)));
            Vec::new()
        }
        Command::Start => {
            let cur = a.start.map(|d| date(lang, d)).unwrap_or_default();
            let title = t!(lang, "form-start");
            context::input(app, title, &cur, Step::Action(ActionStep::Start(r)));
            Vec::new()
        }
        Command::Objectives => {
            let title = t!(lang, "form-objectives");
            context::text(
                app,
                title,
                &a.objectives,
                Step::Action(ActionStep::Objectives(r)),
            );
            Vec::new()
        }
        Command::Implementation => {
            let title = t!(lang, "form-implementation");
            let step = Step::Action(ActionStep::Implementation(r));
            context::text(app, title, &a.implementation, step);
            Vec::new()
        }
        Command::Publics => {
            let items = app
                .ws
                .referential
                .as_ref()
                .map(|rf| {
                    rf.publics
                        .iter()
                        .map(|p| {
                            let on = a.publics.contains(&p.id);
                            item(Choice::Id(p.id.clone()), p.label.clone(), on)
                        })
                        .collect()
                })
                .unwrap_or_default();
            let title = t!(lang, "form-publics");
            context::pick(
                app,
                title,
                items,
                true,
                Step::Action(ActionStep::Publics(r)),
            );
            Vec::new()
        }
        _ => edit_or_say(app, &r, ActionEdit::Experimentation(!a.experimentation)),
    })
}

/// Opens the status choice on `current`.
pub fn status_popup(app: &mut App, target: ActionRef, current: Status) {
    let cursor = Status::ALL.iter().position(|s| *s == current).unwrap_or(0);
    app.popups.push(Popup::Status { target, cursor });
}

/// Sets the status chosen in the status popup.
pub fn set_status(app: &mut App, r: &ActionRef, s: Status) -> Vec<Effect> {
    edit_or_say(app, r, ActionEdit::Status(s))
}

/// Renames the action.
pub fn rename(app: &mut App, r: ActionRef) {
    let lang = app.lang;
    let cur = app
        .action(&r)
        .map(|(_, a)| a.title.clone())
        .unwrap_or_default();
    let title = t!(lang, "form-action-title");
    context::input(app, title, &cur, Step::Action(ActionStep::Title(r)));
}

/// Asks the title of a new action of group `gid`.
pub fn new(app: &mut App, gid: Id) {
    let title = t!(app.lang, "form-new-action");
    context::input(app, title, "", Step::Action(ActionStep::New(gid)));
}

/// Asks before deleting the action.
pub fn ask_delete(app: &mut App, r: ActionRef) {
    let Some((_, a)) = app.action(&r) else { return };
    let q = t!(app.lang, "form-delete-action", title = a.title.as_str());
    context::confirm(app, q, Step::Action(ActionStep::Delete(r)));
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, step: ActionStep, a: Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let refused = |m: crate::i18n::Message| m.get(lang).to_string();
    match step {
        ActionStep::Progress(r) => {
            let e = match crate::domain::read_progress(a.text()).map_err(refused)? {
                ProgressInput::To(p) => ActionEdit::Progress(p),
                ProgressInput::By(d) => ActionEdit::ProgressBy(d),
            };
            edit(app, &r, e)
        }
        ActionStep::Due(r) => {
            let d = crate::domain::read_optional_date(a.text()).map_err(refused)?;
            edit(app, &r, ActionEdit::Due(d))
        }
        ActionStep::Start(r) => {
            let d = crate::domain::read_optional_date(a.text()).map_err(refused)?;
            edit(app, &r, ActionEdit::Start(d))
        }
        ActionStep::Title(r) => edit(app, &r, ActionEdit::Title(a.text().to_string())),
        ActionStep::Objectives(r) => edit(app, &r, ActionEdit::Objectives(a.raw().to_string())),
        ActionStep::Implementation(r) => {
            edit(app, &r, ActionEdit::Implementation(a.raw().to_string()))
        }
        ActionStep::Publics(r) => edit(app, &r, ActionEdit::Publics(context::ids(a.chosen()))),
        ActionStep::New(gid) => create(app, gid, a.text()),
        ActionStep::Delete(r) => record::group(app, &r.group, vec![Edit::RemoveAction(r.action)]),
    }
}

/// Creates an action titled `title` in `gid` and opens its page.
fn create(app: &mut App, gid: Id, title: &str) -> Result<Vec<Effect>, String> {
    if title.is_empty() {
        return Err(context::empty(app));
    }
    let Some(g) = app.ws.group(&gid) else {
        return Ok(Vec::new());
    };
    let id = fresh_id(title, g.actions.iter().map(|a| &a.id)).ok_or_else(|| context::empty(app))?;
    let action = Action::new(id.clone(), title.to_string(), Status::Project);
    let effects = record::group(app, &gid, vec![Edit::AddAction(Box::new(action))])?;
    let at = app
        .ws
        .group(&gid)
        .and_then(|g| app.actions_of(g).iter().position(|a| a.id == id))
        .unwrap_or(0);
    if let Screen::Group(s) = app.screen_mut() {
        s.action = at;
        s.pane = GroupPane::Actions;
    }
    app.screens.push(Screen::Action(ActionState::new(ActionRef {
        group: gid,
        action: id,
    })));
    Ok(effects)
}
