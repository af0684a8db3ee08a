//! The organisation sheet: the partners named on the screen (the group's
//! pilot, co-pilot and members, those present at or excused from its
//! meetings, the owners of an action's next steps), or the whole register
//! elsewhere; one is shown at once, several are offered in a list.

use super::context;
use crate::domain::Id;
use crate::t;
use crate::tui::app::{App, Popup, Screen, Tone};
use crate::tui::msg::Effect;
use crate::tui::steps::{Answer, Choice, Step};

fn push(ids: &mut Vec<Id>, id: &Id) {
    if !ids.contains(id) {
        ids.push(id.clone());
    }
}

/// The organisations the screen names, in the order it shows them.
fn named_here(app: &App) -> Vec<Id> {
    let mut ids = Vec::new();
    let Some(g) = context::current_group(app).and_then(|id| app.ws.group(&id)) else {
        return ids;
    };
    if let Screen::Meeting(m) = app.screen()
        && let Some(meeting) = g.meeting(&m.meeting)
    {
        meeting.organisations.iter().for_each(|o| push(&mut ids, o));
        meeting.excused.iter().for_each(|o| push(&mut ids, o));
    }
    for lead in [&g.pilot, &g.copilot].into_iter().flatten() {
        push(&mut ids, &lead.organisation);
    }
    g.members.iter().for_each(|o| push(&mut ids, o));
    if let Some(s) = context::action_state(app)
        && let Some((_, a)) = app.action(&s.target)
    {
        a.journal
            .iter()
            .filter_map(|e| e.owner.as_ref())
            .for_each(|o| push(&mut ids, o));
    }
    if !matches!(app.screen(), Screen::Meeting(_)) {
        for m in &g.meetings {
            m.organisations.iter().for_each(|o| push(&mut ids, o));
        }
    }
    ids
}

/// `W`: the sheet of the one organisation named here, or a list to choose.
pub fn open(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Some(r) = app.ws.referential.as_ref() else {
        app.say(Tone::Error, t!(lang, "partner-no-referential"));
        return Vec::new();
    };
    let mut ids = named_here(app);
    if ids.is_empty() {
        ids = r.organisations.iter().map(|o| o.id.clone()).collect();
    }
    match ids.as_slice() {
        [] => app.say(Tone::Info, t!(lang, "partner-none")),
        [one] => app.popups.push(Popup::Organisation {
            id: one.clone(),
            scroll: 0,
        }),
        _ => {
            let items = ids
                .iter()
                .map(|id| context::item(Choice::Id(id.clone()), r.organisation_name(id), false))
                .collect();
            context::pick(
                app,
                t!(lang, "partner-pick-title"),
                items,
                false,
                Step::Partner,
            );
        }
    }
    Vec::new()
}

/// The organisation chosen in the list: its sheet.
pub fn answer(app: &mut App, a: &Answer) -> Vec<Effect> {
    if let Some(Choice::Id(id)) = a.first() {
        app.popups.push(Popup::Organisation {
            id: id.clone(),
            scroll: 0,
        });
    }
    Vec::new()
}
