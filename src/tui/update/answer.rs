//! A popup's answer goes to the module of the thing its step is about.

use super::{
    action, deliverable, governance, group, indicator, journal, meeting, nav, partner, session,
    sync,
};
use crate::domain::{Id, Status};
use crate::tui::app::{App, FilterField};
use crate::tui::msg::Effect;
use crate::tui::steps::{Answer, Choice, ShareStep, Step};

/// Applies the answer `a` to `step`; `Err` keeps a prompt open with the
/// reason.
pub fn answer(app: &mut App, step: Step, a: Answer) -> Result<Vec<Effect>, String> {
    let effects = match step {
        Step::Action(s) => action::answer(app, s, a),
        Step::Indicator(s) => indicator::answer(app, s, a),
        Step::Deliverable(s) => deliverable::answer(app, s, a),
        Step::Journal(s) => journal::answer(app, s, a),
        Step::Meeting(s) => meeting::answer(app, s, a),
        Step::Session(s) => session::answer(app, s, a),
        Step::Evaluation(s) => governance::answer(app, s, a),
        Step::Group(s) => group::answer(app, s, a),
        Step::Filter(f) => {
            filter(app, f, a.first());
            Ok(Vec::new())
        }
        Step::Share(s) => Ok(share(app, s, a)),
        Step::Reload(id) => Ok(reload(app, id)),
        Step::QuitUnsaved => Ok(vec![Effect::Quit]),
        Step::Partner => Ok(partner::answer(app, &a)),
    }?;
    nav::fix_screens(app);
    Ok(effects)
}

/// The status chosen in the status popup.
pub fn status(app: &mut App, target: &crate::tui::app::ActionRef, s: Status) -> Vec<Effect> {
    let effects = action::set_status(app, target, s);
    nav::fix_screens(app);
    effects
}

fn filter(app: &mut App, field: FilterField, choice: Option<&Choice>) {
    let id = match choice {
        Some(Choice::Id(id)) => Some(id.clone()),
        _ => None,
    };
    let f = &mut app.filter;
    match field {
        FilterField::Status => {
            f.status = match choice {
                Some(Choice::Status(s)) => Some(*s),
                _ => None,
            }
        }
        FilterField::Territory => f.territory = id,
        FilterField::Axis => f.axis = id,
        FilterField::Public => f.public = id,
        FilterField::Pilot => f.pilot = id,
        FilterField::Overdue => f.overdue = choice == Some(&Choice::Yes),
    }
}

fn share(app: &mut App, s: ShareStep, a: Answer) -> Vec<Effect> {
    match s {
        ShareStep::CommitMessage => sync::set_message(app, a.raw().to_string()),
        ShareStep::ConflictValue(f, i) => sync::set_value(app, f, i, a.raw().to_string()),
        ShareStep::Abort => sync::confirm_abort(),
        ShareStep::Force(retry) => sync::confirm_force(app, *retry),
    }
}

fn reload(app: &mut App, id: Id) -> Vec<Effect> {
    app.unsaved.remove(&id);
    app.conflicts.remove(&id);
    let file = app.ws.group_files.get(&id).cloned();
    file.map(Effect::Reload).into_iter().collect()
}
