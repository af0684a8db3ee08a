//! A working group's own fields: name, territories, axis and themes, pilot
//! and co-pilot (organisation, then person), member organisations; the
//! group menu (`e` on a group); a new group step by step; deletion.

use super::context::{self, entry, item, org_items, territory_items};
use super::record;
use crate::domain::edit::{Edit, GroupEdit, fresh_id};
use crate::domain::{BASE_VERSION, Group, Id, Lead};
use crate::t;
use crate::text::sanitize;
use crate::tui::app::{App, GroupPane, GroupState, PickItem, Screen};
use crate::tui::msg::{Command, Effect};
use crate::tui::steps::{Answer, Choice, GroupDraft, GroupStep, LeadRole, MenuItem, Step};

fn step(s: GroupStep) -> Step {
    Step::Group(s)
}

fn edit(app: &mut App, gid: &Id, e: GroupEdit) -> Result<Vec<Effect>, String> {
    record::group(app, gid, vec![Edit::Group(e)])
}

/// `t` on a group: its name.
pub fn rename(app: &mut App, gid: Id) {
    let cur = app
        .ws
        .group(&gid)
        .map(|g| g.name.clone())
        .unwrap_or_default();
    let title = t!(app.lang, "form-group-name");
    context::input(app, title, &cur, step(GroupStep::Name(gid)));
}

/// `e` on a group: what to change, with each entry's own key.
pub fn menu(app: &mut App, gid: Id) {
    let lang = app.lang;
    let Some(g) = app.ws.group(&gid) else { return };
    let k = |c| app.keymap.first_key_in(c, app.lang);
    let row = |m: MenuItem, c: Command, label: String| {
        entry(m, t!(lang, "form-menu-with-key", label = label, key = k(c)))
    };
    let items = vec![
        row(MenuItem::Name, Command::Rename, t!(lang, "form-label-name")),
        row(
            MenuItem::Territories,
            Command::Territories,
            t!(lang, "form-label-territories"),
        ),
        row(
            MenuItem::Themes,
            Command::Themes,
            t!(lang, "form-label-themes"),
        ),
        row(
            MenuItem::Pilot,
            Command::Pilot,
            t!(lang, "form-label-pilot"),
        ),
        row(
            MenuItem::Copilot,
            Command::Copilot,
            t!(lang, "form-label-copilot"),
        ),
        row(
            MenuItem::Members,
            Command::Members,
            t!(lang, "form-label-members"),
        ),
    ];
    let title = sanitize(&g.name);
    context::pick(app, title, items, false, step(GroupStep::Menu(gid)));
}

/// Its territories (several).
pub fn territories(app: &mut App, gid: Id) {
    let cur = app
        .ws
        .group(&gid)
        .map(|g| g.territories.clone())
        .unwrap_or_default();
    let items = territory_items(app, &cur);
    let title = t!(app.lang, "form-group-territories");
    context::pick(app, title, items, true, step(GroupStep::Territories(gid)));
}

fn axis_items(app: &App, cur: Option<&Id>) -> Vec<PickItem> {
    app.ws
        .referential
        .as_ref()
        .map(|r| {
            r.axes
                .iter()
                .map(|a| {
                    let label = format!("{}. {}", a.number, a.title);
                    item(Choice::Id(a.id.clone()), label, cur == Some(&a.id))
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Its axis, then its themes within that axis.
pub fn axis(app: &mut App, gid: Id) {
    let cur = app.ws.group(&gid).map(|g| g.axis.clone());
    let items = axis_items(app, cur.as_ref());
    let title = t!(app.lang, "form-group-axis");
    context::pick(app, title, items, false, step(GroupStep::Axis(gid)));
}

fn themes(app: &mut App, gid: Id, axis: Id) {
    let cur = app
        .ws
        .group(&gid)
        .map(|g| g.themes.clone())
        .unwrap_or_default();
    let items: Vec<PickItem> = app
        .axis_themes(&axis)
        .into_iter()
        .map(|(t, title)| {
            let on = cur.contains(&t);
            item(Choice::Id(t), title, on)
        })
        .collect();
    let title = t!(app.lang, "form-group-themes");
    context::pick(app, title, items, true, step(GroupStep::Themes(gid, axis)));
}

/// Its pilot or co-pilot: the organisation first.
pub fn lead(app: &mut App, gid: Id, role: LeadRole) {
    let lang = app.lang;
    let cur = app.ws.group(&gid).and_then(|g| match role {
        LeadRole::Pilot => g.pilot.as_ref(),
        LeadRole::Copilot => g.copilot.as_ref(),
    });
    let cur: Vec<Id> = cur
        .map(|l| vec![l.organisation.clone()])
        .unwrap_or_default();
    let mut items = vec![item(Choice::None, t!(lang, "form-none"), cur.is_empty())];
    items.extend(org_items(app, &cur));
    let title = match role {
        LeadRole::Pilot => t!(lang, "form-pilot-organisation"),
        LeadRole::Copilot => t!(lang, "form-copilot-organisation"),
    };
    context::pick(app, title, items, false, step(GroupStep::Lead(gid, role)));
}

/// Its member organisations (several).
pub fn members(app: &mut App, gid: Id) {
    let cur = app
        .ws
        .group(&gid)
        .map(|g| g.members.clone())
        .unwrap_or_default();
    let items = org_items(app, &cur);
    let title = t!(app.lang, "form-group-members");
    context::pick(app, title, items, true, step(GroupStep::Members(gid)));
}

/// A new group with what the screen already says (territory, axis, theme).
pub fn new(app: &mut App, draft: GroupDraft) {
    let title = t!(app.lang, "form-group-new");
    context::input(app, title, "", step(GroupStep::NewName(draft)));
}

/// Asks before deleting a group and its file.
pub fn ask_delete(app: &mut App, gid: Id) {
    let Some(g) = app.ws.group(&gid) else { return };
    let q = t!(app.lang, "form-delete-group", name = g.name.as_str());
    context::confirm(app, q, step(GroupStep::Delete(gid)));
}

fn next_new(app: &mut App, draft: GroupDraft) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let Some(r) = app.ws.referential.as_ref() else {
        return Ok(Vec::new());
    };
    if draft.territory.is_none() {
        let items = r
            .territories
            .iter()
            .map(|t| item(Choice::Id(t.id.clone()), t.name.clone(), false))
            .collect();
        let title = t!(lang, "form-group-territory");
        context::pick(
            app,
            title,
            items,
            false,
            step(GroupStep::NewTerritory(draft)),
        );
        return Ok(Vec::new());
    }
    if draft.axis.is_none() {
        let items = axis_items(app, None);
        let title = t!(lang, "form-group-axis");
        context::pick(app, title, items, false, step(GroupStep::NewAxis(draft)));
        return Ok(Vec::new());
    }
    let items = org_items(app, &[]);
    let title = t!(lang, "form-pilot-organisation");
    context::pick(app, title, items, false, step(GroupStep::NewPilot(draft)));
    Ok(Vec::new())
}

fn create(app: &mut App, draft: GroupDraft, pilot: Id) -> Result<Vec<Effect>, String> {
    let (Some(territory), Some(axis)) = (draft.territory.clone(), draft.axis.clone()) else {
        return Ok(Vec::new());
    };
    let taken = app
        .ws
        .groups
        .iter()
        .map(|g| &g.id)
        .chain(app.ws.group_files.keys());
    let Some(id) = fresh_id(&draft.name, taken) else {
        return Err(context::empty(app));
    };
    let g = Group {
        version: BASE_VERSION,
        id: id.clone(),
        name: draft.name.clone(),
        territories: vec![territory],
        axis,
        themes: draft.theme.iter().cloned().collect(),
        pilot: Some(Lead {
            organisation: pilot,
            person: None,
        }),
        copilot: None,
        members: Vec::new(),
        actions: Vec::new(),
        meetings: Vec::new(),
    };
    let effects = record::create_group(app, g);
    app.screens.push(Screen::Group(GroupState {
        id,
        pane: GroupPane::Actions,
        action: 0,
        meeting: 0,
    }));
    Ok(effects)
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, s: GroupStep, a: Answer) -> Result<Vec<Effect>, String> {
    let t = a.text().to_string();
    let first = context::first_id(a.chosen());
    match s {
        GroupStep::Name(gid) => edit(app, &gid, GroupEdit::Name(t)),
        GroupStep::NewName(mut d) => {
            if t.is_empty() {
                return Err(context::empty(app));
            }
            d.name = t;
            next_new(app, d)
        }
        GroupStep::NewTerritory(mut d) => {
            d.territory = first;
            next_new(app, d)
        }
        GroupStep::NewAxis(mut d) => {
            d.axis = first;
            next_new(app, d)
        }
        GroupStep::NewPilot(d) => match first {
            Some(org) => create(app, d, org),
            None => Ok(Vec::new()),
        },
        GroupStep::Menu(gid) => {
            match a.first() {
                Some(Choice::Menu(MenuItem::Name)) => rename(app, gid),
                Some(Choice::Menu(MenuItem::Territories)) => territories(app, gid),
                Some(Choice::Menu(MenuItem::Themes)) => axis(app, gid),
                Some(Choice::Menu(MenuItem::Pilot)) => lead(app, gid, LeadRole::Pilot),
                Some(Choice::Menu(MenuItem::Copilot)) => lead(app, gid, LeadRole::Copilot),
                Some(Choice::Menu(MenuItem::Members)) => members(app, gid),
                _ => {}
            }
            Ok(Vec::new())
        }
        GroupStep::Territories(gid) => {
            edit(app, &gid, GroupEdit::Territories(context::ids(a.chosen())))
        }
        GroupStep::Axis(gid) => {
            if let Some(axis) = first {
                themes(app, gid, axis);
            }
            Ok(Vec::new())
        }
        GroupStep::Themes(gid, axis) => {
            edit(app, &gid, GroupEdit::Axis(axis, context::ids(a.chosen())))
        }
        GroupStep::Lead(gid, role) => match first {
            None => {
                let e = match role {
                    LeadRole::Pilot => GroupEdit::Pilot(None),
                    LeadRole::Copilot => GroupEdit::Copilot(None),
                };
                edit(app, &gid, e)
            }
            Some(org) => {
                let cur = app.ws.group(&gid).and_then(|g| match role {
                    LeadRole::Pilot => g.pilot.clone(),
                    LeadRole::Copilot => g.copilot.clone(),
                });
                let person = cur
                    .filter(|l| l.organisation == org)
                    .and_then(|l| l.person)
                    .unwrap_or_default();
                let title = t!(app.lang, "form-lead-person");
                let step = step(GroupStep::LeadPerson(gid, role, org));
                context::input(app, title, &person, step);
                Ok(Vec::new())
            }
        },
        GroupStep::LeadPerson(gid, role, organisation) => {
            let lead = Some(Lead {
                organisation,
                person: (!t.is_empty()).then_some(t),
            });
            let e = match role {
                LeadRole::Pilot => GroupEdit::Pilot(lead),
                LeadRole::Copilot => GroupEdit::Copilot(lead),
            };
            edit(app, &gid, e)
        }
        GroupStep::Members(gid) => edit(app, &gid, GroupEdit::Members(context::ids(a.chosen()))),
        GroupStep::Delete(gid) => record::delete_group(app, &gid),
    }
}
