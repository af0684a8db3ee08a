//! Editing: commands that change a group, the popups they open, and what
//! their answers do. Every change records an undo snapshot and asks the
//! runtime to save the group at once.

use super::super::app::{
    ActionPane, ActionRef, ActionState, App, Change, Confirmed, Field, FilterField, GroupDraft,
    GroupPane, GroupSource, HomePane, IndicatorDraft, IndicatorField, InputPurpose, LeadRole, Pick,
    PickItem, PickPurpose, Popup, Screen, TextPurpose, Tone,
};
use super::super::editor::Editor;
use super::super::i18n::{self, tr};
use super::super::msg::{Command, Effect};
use super::forms;
use super::nav::fix_screens;
use crate::domain::{
    Action, Deliverable, EntryKind, Group, Id, Indicator, IndicatorKind, JournalEntry, Lead,
    SCHEMA_VERSION, Status,
};
use chrono::NaiveDate;

/// The action the command is about, if any.
pub fn current_action(app: &App) -> Option<ActionRef> {
    match app.screen() {
        Screen::Action(s) => Some(s.target.clone()),
        Screen::Group(s) if s.pane == GroupPane::Actions => {
            let g = app.ws.group(&s.id)?;
            let a = app.actions_of(g).get(s.action).copied()?;
            Some(ActionRef {
                group: g.id.clone(),
                action: a.id.clone(),
            })
        }
        Screen::AllActions { cursor } => app.all_actions().get(*cursor).map(|(g, a)| ActionRef {
            group: g.id.clone(),
            action: a.id.clone(),
        }),
        _ => None,
    }
}

/// The group the command is about, if any.
pub fn current_group(app: &App) -> Option<Id> {
    match app.screen() {
        Screen::Action(s) => Some(s.target.group.clone()),
        Screen::Group(s) => Some(s.id.clone()),
        Screen::Groups { source, cursor } => {
            app.groups_of(source).get(*cursor).map(|g| g.id.clone())
        }
        Screen::AllActions { cursor } => app.all_actions().get(*cursor).map(|(g, _)| g.id.clone()),
        _ => None,
    }
}

pub(super) fn action_state(app: &App) -> Option<&ActionState> {
    match app.screen() {
        Screen::Action(s) => Some(s),
        _ => None,
    }
}

/// Applies `f` to a group, records the change for undo and asks for a save.
pub fn change(
    app: &mut App,
    gid: &Id,
    what: String,
    f: impl FnOnce(&mut Group) -> Result<(), String>,
) -> Vec<Effect> {
    let lang = app.lang;
    if app.broken.contains_key(gid) {
        app.say(
            Tone::Error,
            tr(
                lang,
                "Ce groupe est en lecture seule : son fichier ne se charge plus (voir !).",
                "This group is read-only: its file no longer loads (see !).",
            ),
        );
        return Vec::new();
    }
    let Some(g) = app.ws.group_mut(gid) else {
        return Vec::new();
    };
    let before = g.clone();
    if let Err(e) = f(g) {
        *g = before;
        app.say(Tone::Error, e);
        return Vec::new();
    }
    if *g == before {
        return Vec::new();
    }
    let after = g.clone();
    app.history.undo.push(Change {
        group: gid.clone(),
        before: Some(before),
        after: Some(after),
        what: what.clone(),
        governance: None,
    });
    app.history.redo.clear();
    app.say(Tone::Info, what);
    vec![Effect::SaveGroup(gid.clone())]
}

pub(super) fn change_action(
    app: &mut App,
    r: &ActionRef,
    what: String,
    f: impl FnOnce(&mut Action) -> Result<(), String>,
) -> Vec<Effect> {
    let aid = r.action.clone();
    change(app, &r.group, what, move |g| match g.action_mut(&aid) {
        Some(a) => f(a),
        None => Err(format!("action `{aid}` ?")),
    })
}

fn apply_snapshot(app: &mut App, id: &Id, state: Option<Group>) -> Vec<Effect> {
    match state {
        Some(g) => {
            app.ws.insert_group(g);
            vec![Effect::SaveGroup(id.clone())]
        }
        None => vec![Effect::DeleteGroup(id.clone())],
    }
}

/// Undoes the last change of the session.
pub fn undo(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Some(c) = app.history.undo.pop() else {
        app.say(Tone::Info, tr(lang, "Rien à annuler", "Nothing to undo"));
        return Vec::new();
    };
    let effects = match &c.governance {
        Some(g) => forms::restore_governance(app, g.0.clone()),
        None => apply_snapshot(app, &c.group, c.before.clone()),
    };
    app.say(
        Tone::Info,
        format!("{} {}", tr(lang, "Annulé :", "Undone:"), c.what),
    );
    app.history.redo.push(c);
    fix_screens(app);
    effects
}

/// Redoes the last undone change.
pub fn redo(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Some(c) = app.history.redo.pop() else {
        app.say(Tone::Info, tr(lang, "Rien à rétablir", "Nothing to redo"));
        return Vec::new();
    };
    let effects = match &c.governance {
        Some(g) => forms::restore_governance(app, g.1.clone()),
        None => apply_snapshot(app, &c.group, c.after.clone()),
    };
    app.say(
        Tone::Info,
        format!("{} {}", tr(lang, "Rétabli :", "Redone:"), c.what),
    );
    app.history.undo.push(c);
    fix_screens(app);
    effects
}

pub(super) fn input(app: &mut App, title: String, text: &str, purpose: InputPurpose) {
    app.popups.push(Popup::Input {
        title,
        editor: Editor::single(text),
        purpose,
        error: None,
    });
}

pub(super) fn text_popup(app: &mut App, title: String, text: &str, purpose: TextPurpose) {
    app.popups.push(Popup::Text {
        title,
        editor: Editor::multi(text),
        purpose,
        original: text.to_string(),
        confirm_discard: false,
    });
}

pub(super) fn pick(
    app: &mut App,
    title: String,
    items: Vec<PickItem>,
    multi: bool,
    purpose: PickPurpose,
) {
    let cursor = if multi {
        0
    } else {
        items.iter().position(|i| i.checked).unwrap_or(0)
    };
    app.popups.push(Popup::Pick(Pick {
        title,
        items,
        cursor,
        multi,
        purpose,
        query: String::new(),
    }));
}

pub(super) fn item(key: impl Into<String>, label: impl Into<String>, checked: bool) -> PickItem {
    PickItem {
        key: key.into(),
        label: label.into(),
        checked,
    }
}

pub(super) fn org_items(app: &App, checked: &[Id]) -> Vec<PickItem> {
    app.ws
        .referential
        .as_ref()
        .map(|r| {
            r.organisations
                .iter()
                .map(|o| item(o.id.as_str(), o.name.clone(), checked.contains(&o.id)))
                .collect()
        })
        .unwrap_or_default()
}

pub(super) fn no_action(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    app.say(
        Tone::Info,
        tr(
            lang,
            "Choisissez d'abord une action",
            "Select an action first",
        ),
    );
    Vec::new()
}

pub(super) fn no_group(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    app.say(
        Tone::Info,
        tr(lang, "Choisissez d'abord un groupe", "Select a group first"),
    );
    Vec::new()
}

/// Editing commands.
pub fn command(app: &mut App, c: Command) -> Vec<Effect> {
    let lang = app.lang;
    match c {
        Command::Status => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let cursor = app
                .action(&r)
                .and_then(|(_, a)| Status::ALL.iter().position(|s| *s == a.status))
                .unwrap_or(0);
            app.popups.push(Popup::Status { target: r, cursor });
            Vec::new()
        }
        Command::ProgressUp | Command::ProgressDown => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let up = c == Command::ProgressUp;
            let Some((_, a)) = app.action(&r) else {
                return Vec::new();
            };
            let p = if up {
                (a.progress / 10 * 10).saturating_add(10).min(100)
            } else {
                a.progress.div_ceil(10).saturating_sub(1) * 10
            };
            let what = format!("{} {p} %", tr(lang, "Avancement :", "Progress:"));
            change_action(app, &r, what, |a| {
                a.progress = p;
                Ok(())
            })
        }
        Command::Progress => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let cur = app
                .action(&r)
                .map(|(_, a)| a.progress.to_string())
                .unwrap_or_default();
            input(
                app,
                tr(lang, "Avancement (0 à 100)", "Progress (0 to 100)").into(),
                &cur,
                InputPurpose::Progress(r),
            );
            Vec::new()
        }
        Command::Due | Command::Start => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let Some((_, a)) = app.action(&r) else {
                return Vec::new();
            };
            let (cur, title, purpose) = if c == Command::Due {
                (
                    a.due,
                    tr(
                        lang,
                        "Échéance (JJ/MM/AAAA, vide : aucune)",
                        "Due date (YYYY-MM-DD or DD/MM/YYYY, empty: none)",
                    ),
                    InputPurpose::Due(r),
                )
            } else {
                (
                    a.start,
                    tr(
                        lang,
                        "Début (JJ/MM/AAAA, vide : aucune)",
                        "Start date (YYYY-MM-DD or DD/MM/YYYY, empty: none)",
                    ),
                    InputPurpose::Start(r),
                )
            };
            let cur = cur.map(|d| i18n::date(lang, d)).unwrap_or_default();
            input(app, title.into(), &cur, purpose);
            Vec::new()
        }
        Command::Rename => rename(app),
        Command::Edit => edit_here(app),
        Command::Objectives | Command::Implementation => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let Some((_, a)) = app.action(&r) else {
                return Vec::new();
            };
            if c == Command::Objectives {
                let t = a.objectives.clone();
                text_popup(
                    app,
                    tr(lang, "Objectifs", "Objectives").into(),
                    &t,
                    TextPurpose::Objectives(r),
                );
            } else {
                let t = a.implementation.clone();
                text_popup(
                    app,
                    tr(lang, "Mise en œuvre", "Implementation").into(),
                    &t,
                    TextPurpose::Implementation(r),
                );
            }
            Vec::new()
        }
        Command::Publics => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let chosen = app
                .action(&r)
                .map(|(_, a)| a.publics.clone())
                .unwrap_or_default();
            let items = app
                .ws
                .referential
                .as_ref()
                .map(|rf| {
                    rf.publics
                        .iter()
                        .map(|p| item(p.id.as_str(), p.label.clone(), chosen.contains(&p.id)))
                        .collect()
                })
                .unwrap_or_default();
            pick(
                app,
                tr(
                    lang,
                    "Publics visés (Espace coche, Entrée valide)",
                    "Target publics (Space ticks, Enter validates)",
                )
                .into(),
                items,
                true,
                PickPurpose::Publics(r),
            );
            Vec::new()
        }
        Command::Experimentation => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let on = app.action(&r).is_some_and(|(_, a)| !a.experimentation);
            let what = format!(
                "{} {}",
                tr(lang, "Expérimentation :", "Experimentation:"),
                if on {
                    tr(lang, "oui", "yes")
                } else {
                    tr(lang, "non", "no")
                }
            );
            change_action(app, &r, what, |a| {
                a.experimentation = on;
                Ok(())
            })
        }
        Command::Measure => measure(app),
        Command::AddIndicator => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let draft = IndicatorDraft {
                target: r,
                label: String::new(),
                kind: IndicatorKind::Realisation,
                unit: String::new(),
            };
            input(
                app,
                tr(lang, "Nouvel indicateur : libellé", "New indicator: label").into(),
                "",
                InputPurpose::IndicatorLabel(draft),
            );
            Vec::new()
        }
        Command::Journal => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let items = EntryKind::ALL
                .iter()
                .map(|k| item(k.id(), i18n::entry_kind(lang, *k), false))
                .collect();
            pick(
                app,
                tr(lang, "Journal : type d'entrée", "Journal: kind of entry").into(),
                items,
                false,
                PickPurpose::JournalKind(r),
            );
            Vec::new()
        }
        Command::AddDeliverable => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            input(
                app,
                tr(lang, "Nouveau livrable", "New deliverable").into(),
                "",
                InputPurpose::Deliverable(r, None),
            );
            Vec::new()
        }
        Command::Toggle => toggle(app),
        Command::Meeting | Command::Governance | Command::Territories | Command::Themes => {
            forms::command(app, c)
        }
        Command::Pilot | Command::Copilot => {
            let Some(gid) = current_group(app) else {
                return no_group(app);
            };
            let role = if c == Command::Pilot {
                LeadRole::Pilot
            } else {
                LeadRole::Copilot
            };
            let cur = app.ws.group(&gid).and_then(|g| match role {
                LeadRole::Pilot => g.pilot.as_ref(),
                LeadRole::Copilot => g.copilot.as_ref(),
            });
            let cur: Vec<Id> = cur
                .map(|l| vec![l.organisation.clone()])
                .unwrap_or_default();
            let mut items = vec![item("", tr(lang, "(aucun)", "(none)"), cur.is_empty())];
            items.extend(org_items(app, &cur));
            let title = match role {
                LeadRole::Pilot => tr(lang, "Pilote : organisation", "Pilot: organisation"),
                LeadRole::Copilot => tr(lang, "Copilote : organisation", "Co-pilot: organisation"),
            };
            pick(
                app,
                title.into(),
                items,
                false,
                PickPurpose::Lead(gid, role),
            );
            Vec::new()
        }
        Command::Members => {
            let Some(gid) = current_group(app) else {
                return no_group(app);
            };
            let cur = app
                .ws
                .group(&gid)
                .map(|g| g.members.clone())
                .unwrap_or_default();
            let items = org_items(app, &cur);
            pick(
                app,
                tr(
                    lang,
                    "Organisations membres (Espace coche, Entrée valide)",
                    "Member organisations (Space ticks, Enter validates)",
                )
                .into(),
                items,
                true,
                PickPurpose::Members(gid),
            );
            Vec::new()
        }
        Command::New => new_here(app),
        Command::Delete => delete_here(app),
        _ => Vec::new(),
    }
}

fn rename(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    match app.screen() {
        Screen::Action(_) | Screen::AllActions { .. } => {
            let Some(r) = current_action(app) else {
                return no_action(app);
            };
            let t = app
                .action(&r)
                .map(|(_, a)| a.title.clone())
                .unwrap_or_default();
            input(
                app,
                tr(lang, "Titre de l'action", "Action title").into(),
                &t,
                InputPurpose::ActionTitle(r),
            );
        }
        _ => {
            let Some(gid) = current_group(app) else {
                return no_group(app);
            };
            let t = app
                .ws
                .group(&gid)
                .map(|g| g.name.clone())
                .unwrap_or_default();
            input(
                app,
                tr(lang, "Nom du groupe", "Group name").into(),
                &t,
                InputPurpose::GroupName(gid),
            );
        }
    }
    Vec::new()
}

fn edit_here(app: &mut App) -> Vec<Effect> {
    if let Some(effects) = forms::edit_on_screen(app) {
        return effects;
    }
    let Some(st) = action_state(app).cloned() else {
        return rename(app);
    };
    let lang = app.lang;
    let r = st.target.clone();
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    match st.pane {
        ActionPane::Fields => match Field::ALL.get(st.field) {
            Some(Field::Title) => command(app, Command::Rename),
            Some(Field::Status) => command(app, Command::Status),
            Some(Field::Progress) => command(app, Command::Progress),
            Some(Field::Start) => command(app, Command::Start),
            Some(Field::Due) => command(app, Command::Due),
            Some(Field::Experimentation) => command(app, Command::Experimentation),
            Some(Field::Publics) => command(app, Command::Publics),
            Some(Field::Objectives) => command(app, Command::Objectives),
            Some(Field::Implementation) | None => command(app, Command::Implementation),
        },
        ActionPane::Deliverables => match a.deliverables.get(st.deliverable) {
            Some(d) => {
                let t = d.label.clone();
                input(
                    app,
                    tr(lang, "Livrable", "Deliverable").into(),
                    &t,
                    InputPurpose::Deliverable(r, Some(st.deliverable)),
                );
                Vec::new()
            }
            None => command(app, Command::AddDeliverable),
        },
        ActionPane::Indicators => match a.indicators.get(st.indicator) {
            Some(i) => {
                let id = i.id.clone();
                let items = vec![
                    item(
                        "measure",
                        tr(lang, "Ajouter une mesure", "Add a measurement"),
                        false,
                    ),
                    item(
                        "measurements",
                        tr(
                            lang,
                            "Corriger ou supprimer une mesure",
                            "Correct or delete a measurement",
                        ),
                        false,
                    ),
                    item("label", tr(lang, "Libellé", "Label"), false),
                    item("unit", tr(lang, "Unité", "Unit"), false),
                    item("baseline", tr(lang, "Valeur de départ", "Baseline"), false),
                    item("target", tr(lang, "Cible", "Target"), false),
                    item(
                        "kind",
                        tr(lang, "Réalisation / évaluation", "Realisation / evaluation"),
                        false,
                    ),
                    item(
                        "delete",
                        tr(lang, "Supprimer l'indicateur", "Delete the indicator"),
                        false,
                    ),
                ];
                let title = crate::text::sanitize(&i.label);
                pick(app, title, items, false, PickPurpose::IndicatorMenu(r, id));
                Vec::new()
            }
            None => command(app, Command::AddIndicator),
        },
        ActionPane::Journal => match a.journal.get(st.journal) {
            Some(_) => forms::journal_menu(app, r, st.journal),
            None => command(app, Command::Journal),
        },
    }
}

fn measure(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Some(r) = current_action(app) else {
        return no_action(app);
    };
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let focused = action_state(app)
        .filter(|s| {
            s.pane == ActionPane::Indicators
                || (s.pane == ActionPane::Fields
                    && s.lower == ActionPane::Indicators
                    && a.indicators.len() == 1)
        })
        .and_then(|s| a.indicators.get(s.indicator));
    let chosen = focused.or(if a.indicators.len() == 1 {
        a.indicators.first()
    } else {
        None
    });
    if let Some(i) = chosen {
        let id = i.id.clone();
        open_measure(app, r, id);
        return Vec::new();
    }
    if a.indicators.is_empty() {
        app.say(
            Tone::Info,
            tr(
                lang,
                "Cette action n'a pas d'indicateur : i pour en ajouter un",
                "This action has no indicator: press i to add one",
            ),
        );
        return Vec::new();
    }
    let items = a
        .indicators
        .iter()
        .map(|i| item(i.id.as_str(), i.label.clone(), false))
        .collect();
    pick(
        app,
        tr(
            lang,
            "Mesure : quel indicateur ?",
            "Measurement: which indicator?",
        )
        .into(),
        items,
        false,
        PickPurpose::MeasureWhich(r),
    );
    Vec::new()
}

fn open_measure(app: &mut App, r: ActionRef, id: Id) {
    let lang = app.lang;
    let Some((_, a)) = app.action(&r) else { return };
    let Some(i) = a.indicators.iter().find(|i| i.id == id) else {
        return;
    };
    let unit = if i.unit.is_empty() {
        String::new()
    } else {
        format!(" ({})", i.unit)
    };
    // The date first: a long label is cut at the popup's edge, not the date.
    let title = format!(
        "{} {} — « {} »{unit}",
        tr(lang, "Mesure du", "Measurement on"),
        i18n::date(lang, app.today),
        i.label,
    );
    input(
        app,
        crate::text::sanitize(&title),
        "",
        InputPurpose::Measure(r, id),
    );
}

fn toggle(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Some(st) = action_state(app).cloned() else {
        return Vec::new();
    };
    if st.pane == ActionPane::Fields && Field::ALL.get(st.field) == Some(&Field::Experimentation) {
        return command(app, Command::Experimentation);
    }
    if st.pane != ActionPane::Deliverables {
        app.say(
            Tone::Info,
            tr(
                lang,
                "Espace coche un livrable (Tab jusqu'aux livrables)",
                "Space ticks a deliverable (Tab to the deliverables)",
            ),
        );
        return Vec::new();
    }
    let n = st.deliverable;
    let Some((_, a)) = app.action(&st.target) else {
        return Vec::new();
    };
    let Some(d) = a.deliverables.get(n) else {
        return Vec::new();
    };
    let done = !d.done;
    let what = format!(
        "{} « {} » {}",
        tr(lang, "Livrable", "Deliverable"),
        crate::text::sanitize(&d.label),
        if done {
            tr(lang, "fait", "done")
        } else {
            tr(lang, "à faire", "to do")
        }
    );
    change_action(app, &st.target, what, |a| {
        if let Some(d) = a.deliverables.get_mut(n) {
            d.done = done;
        }
        Ok(())
    })
}

fn new_here(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let mut draft = GroupDraft::default();
    match app.screen().clone() {
        Screen::Home(h) => {
            let r = app.ws.referential.as_ref();
            match h.pane {
                HomePane::Territories => {
                    draft.territory = r
                        .and_then(|r| r.territories.get(h.territory))
                        .map(|t| t.id.clone())
                }
                HomePane::Axes => {
                    draft.axis = r.and_then(|r| r.axes.get(h.axis)).map(|a| a.id.clone())
                }
            }
        }
        Screen::Axis { id, cursor } => {
            draft.axis = Some(id.clone());
            if cursor > 0 {
                draft.theme = app.axis_themes(&id).get(cursor - 1).map(|(t, _)| t.clone());
            }
        }
        Screen::Groups { source, .. } => match source {
            GroupSource::Territory(t) => draft.territory = Some(t),
            GroupSource::Axis(a) => draft.axis = Some(a),
            GroupSource::Theme(t) => {
                draft.axis = app
                    .ws
                    .referential
                    .as_ref()
                    .and_then(|r| r.theme(&t))
                    .map(|(a, _)| a.id.clone());
                draft.theme = Some(t);
            }
        },
        Screen::Group(s) => {
            return match s.pane {
                GroupPane::Actions => {
                    input(
                        app,
                        tr(lang, "Nouvelle action : titre", "New action: title").into(),
                        "",
                        InputPurpose::NewAction(s.id),
                    );
                    Vec::new()
                }
                GroupPane::Meetings => command(app, Command::Meeting),
            };
        }
        Screen::Action(s) => {
            return match s.pane {
                ActionPane::Fields => {
                    input(
                        app,
                        tr(lang, "Nouvelle action : titre", "New action: title").into(),
                        "",
                        InputPurpose::NewAction(s.target.group),
                    );
                    Vec::new()
                }
                ActionPane::Deliverables => command(app, Command::AddDeliverable),
                ActionPane::Indicators => command(app, Command::AddIndicator),
                ActionPane::Journal => command(app, Command::Journal),
            };
        }
        Screen::AllActions { .. } | Screen::Board(_) | Screen::Alerts(_) => return Vec::new(),
        Screen::Governance(_) => return forms::new_on_governance(app),
        Screen::Sync(_) | Screen::Conflicts(_) => return Vec::new(),
    }
    input(
        app,
        tr(
            lang,
            "Nouveau groupe de travail : nom",
            "New working group: name",
        )
        .into(),
        "",
        InputPurpose::NewGroup(draft),
    );
    Vec::new()
}

fn delete_here(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let (question, on_yes) = match app.screen().clone() {
        Screen::Governance(_) => return forms::delete_on_governance(app),
        Screen::Groups { .. } => {
            let Some(gid) = current_group(app) else {
                return Vec::new();
            };
            let name = app
                .ws
                .group(&gid)
                .map(|g| g.name.clone())
                .unwrap_or_default();
            (
                format!(
                    "{} « {} » {}",
                    tr(lang, "Supprimer le groupe", "Delete the group"),
                    name,
                    tr(lang, "et son fichier ? (o/n)", "and its file? (y/n)")
                ),
                Confirmed::DeleteGroup(gid),
            )
        }
        Screen::Group(s) if s.pane == GroupPane::Meetings => {
            let Some(g) = app.ws.group(&s.id) else {
                return Vec::new();
            };
            let Some(m) = g.meetings.get(s.meeting) else {
                return Vec::new();
            };
            (
                format!(
                    "{} {} ? (o/n)",
                    tr(lang, "Supprimer la réunion du", "Delete the meeting of"),
                    i18n::date(lang, m.date)
                ),
                Confirmed::DeleteMeeting(s.id.clone(), s.meeting),
            )
        }
        Screen::Action(s) if s.pane != ActionPane::Fields => {
            let Some((_, a)) = app.action(&s.target) else {
                return Vec::new();
            };
            let r = s.target.clone();
            match s.pane {
                ActionPane::Deliverables => match a.deliverables.get(s.deliverable) {
                    Some(d) => (
                        format!(
                            "{} « {} » ? (o/n)",
                            tr(lang, "Supprimer le livrable", "Delete the deliverable"),
                            d.label
                        ),
                        Confirmed::DeleteDeliverable(r, s.deliverable),
                    ),
                    None => return Vec::new(),
                },
                ActionPane::Indicators => match a.indicators.get(s.indicator) {
                    Some(i) => (
                        format!(
                            "{} « {} » ? (o/n)",
                            tr(lang, "Supprimer l'indicateur", "Delete the indicator"),
                            i.label
                        ),
                        Confirmed::DeleteIndicator(r, i.id.clone()),
                    ),
                    None => return Vec::new(),
                },
                _ => match a.journal.get(s.journal) {
                    Some(j) => (
                        format!(
                            "{} {} ? (o/n)",
                            tr(
                                lang,
                                "Supprimer l'entrée du journal du",
                                "Delete the journal entry of"
                            ),
                            i18n::date(lang, j.date)
                        ),
                        Confirmed::DeleteJournal(r, s.journal),
                    ),
                    None => return Vec::new(),
                },
            }
        }
        _ => {
            let Some(r) = current_action(app) else {
                return Vec::new();
            };
            let title = app
                .action(&r)
                .map(|(_, a)| a.title.clone())
                .unwrap_or_default();
            (
                format!(
                    "{} « {} » ? (o/n)",
                    tr(lang, "Supprimer l'action", "Delete the action"),
                    title
                ),
                Confirmed::DeleteAction(r),
            )
        }
    };
    let question = crate::text::sanitize(&question);
    let question = if lang == super::super::Lang::En {
        question.replace("(o/n)", "(y/n)")
    } else {
        question
    };
    app.popups.push(Popup::Confirm { question, on_yes });
    Vec::new()
}

pub use crate::domain::{parse_date, parse_number};

pub(super) fn bad_date(lang: super::super::Lang) -> String {
    tr(
        lang,
        "Date attendue : AAAA-MM-JJ ou JJ/MM/AAAA",
        "Expected a date: YYYY-MM-DD or DD/MM/YYYY",
    )
    .into()
}

fn optional_date(lang: super::super::Lang, text: &str) -> Result<Option<NaiveDate>, String> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(text).map(Some).ok_or_else(|| bad_date(lang))
    }
}

/// A fresh id from `text`, unique among `taken`.
pub fn fresh_id<'a>(
    text: &str,
    fallback: &str,
    taken: impl Iterator<Item = &'a Id> + Clone,
) -> Option<Id> {
    let base = Id::slug_of(text).or_else(|| Id::new(fallback).ok())?;
    let base_s: String = base
        .as_str()
        .chars()
        .take(56)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string();
    for n in 1..1000 {
        let cand = if n == 1 {
            base_s.clone()
        } else {
            format!("{base_s}-{n}")
        };
        if let Ok(id) = Id::new(cand)
            && !taken.clone().any(|t| *t == id)
        {
            return Some(id);
        }
    }
    None
}

/// What Enter in a one-line prompt does; `Err` keeps the prompt open with
/// the message.
pub fn apply_input(
    app: &mut App,
    purpose: InputPurpose,
    text: String,
) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let t = text.trim().to_string();
    let empty = || {
        tr(
            lang,
            "Saisissez une valeur (Échap pour annuler)",
            "Type a value (Esc cancels)",
        )
        .to_string()
    };
    Ok(match purpose {
        InputPurpose::Progress(r) => {
            let v: u8 = t
                .trim_end_matches('%')
                .trim()
                .parse()
                .ok()
                .filter(|v| *v <= 100)
                .ok_or_else(|| {
                    tr(
                        lang,
                        "Un nombre entier de 0 à 100",
                        "A whole number from 0 to 100",
                    )
                    .to_string()
                })?;
            change_action(
                app,
                &r,
                format!("{} {v} %", tr(lang, "Avancement :", "Progress:")),
                |a| {
                    a.progress = v;
                    Ok(())
                },
            )
        }
        InputPurpose::Due(r) | InputPurpose::Start(r) if false => {
            change_action(app, &r, String::new(), |_| Ok(()))
        }
        InputPurpose::Due(r) => {
            let d = optional_date(lang, &t)?;
            let what = format!(
                "{} {}",
                tr(lang, "Échéance :", "Due:"),
                d.map_or("—".into(), |d| i18n::date(lang, d))
            );
            change_action(app, &r, what, |a| {
                a.due = d;
                Ok(())
            })
        }
        InputPurpose::Start(r) => {
            let d = optional_date(lang, &t)?;
            let what = format!(
                "{} {}",
                tr(lang, "Début :", "Start:"),
                d.map_or("—".into(), |d| i18n::date(lang, d))
            );
            change_action(app, &r, what, |a| {
                a.start = d;
                Ok(())
            })
        }
        InputPurpose::ActionTitle(r) => {
            if t.is_empty() {
                return Err(empty());
            }
            change_action(
                app,
                &r,
                tr(lang, "Titre modifié", "Title changed").into(),
                |a| {
                    a.title = t;
                    Ok(())
                },
            )
        }
        InputPurpose::GroupName(g) => {
            if t.is_empty() {
                return Err(empty());
            }
            change(
                app,
                &g,
                tr(lang, "Groupe renommé", "Group renamed").into(),
                |g| {
                    g.name = t;
                    Ok(())
                },
            )
        }
        InputPurpose::Measure(r, id) => {
            let mut parts = t.splitn(2, ['@', ' ']);
            let value = parts.next().and_then(parse_number).ok_or_else(|| {
                tr(
                    lang,
                    "Un nombre, éventuellement suivi d'une date (12 ou 12 31/12/2024)",
                    "A number, optionally followed by a date (12 or 12 2024-12-31)",
                )
                .to_string()
            })?;
            let date = match parts.next().map(str::trim).filter(|s| !s.is_empty()) {
                Some(d) => parse_date(d).ok_or_else(|| bad_date(lang))?,
                None => app.today,
            };
            let what = format!(
                "{} {} ({})",
                tr(lang, "Mesure enregistrée :", "Measurement recorded:"),
                i18n::number(lang, value),
                i18n::date(lang, date)
            );
            change_action(app, &r, what, |a| match a.indicator_mut(&id) {
                Some(i) => {
                    i.record(date, value);
                    Ok(())
                }
                None => Err("?".into()),
            })
        }
        InputPurpose::NewAction(gid) => {
            if t.is_empty() {
                return Err(empty());
            }
            let Some(g) = app.ws.group(&gid) else {
                return Ok(Vec::new());
            };
            let id = fresh_id(&t, "action", g.actions.iter().map(|a| &a.id)).ok_or_else(empty)?;
            let what = format!(
                "{} « {} »",
                tr(lang, "Action créée :", "Action created:"),
                crate::text::sanitize(&t)
            );
            let new_id = id.clone();
            let effects = change(app, &gid, what, move |g| {
                g.actions.push(Action::new(id, t, Status::Project));
                Ok(())
            });
            if !effects.is_empty() {
                let g = app.ws.group(&gid);
                let idx = g
                    .map(|g| {
                        app.actions_of(g)
                            .iter()
                            .position(|a| a.id == new_id)
                            .unwrap_or(0)
                    })
                    .unwrap_or(0);
                if let Screen::Group(s) = app.screen_mut() {
                    s.action = idx;
                    s.pane = GroupPane::Actions;
                }
                app.screens.push(Screen::Action(ActionState::new(ActionRef {
                    group: gid,
                    action: new_id,
                })));
            }
            effects
        }
        InputPurpose::NewGroup(mut draft) => {
            if t.is_empty() {
                return Err(empty());
            }
            draft.name = t;
            next_group_step(app, draft)
        }
        InputPurpose::IndicatorLabel(mut d) => {
            if t.is_empty() {
                return Err(empty());
            }
            d.label = t;
            let items = IndicatorKind::ALL
                .iter()
                .map(|k| item(k.id(), i18n::indicator_kind(lang, *k), false))
                .collect();
            pick(
                app,
                tr(lang, "Type d'indicateur", "Kind of indicator").into(),
                items,
                false,
                PickPurpose::IndicatorKind(d),
            );
            Vec::new()
        }
        InputPurpose::IndicatorUnit(mut d) => {
            d.unit = t;
            input(
                app,
                tr(lang, "Cible (vide : aucune)", "Target (empty: none)").into(),
                "",
                InputPurpose::IndicatorTarget(d),
            );
            Vec::new()
        }
        InputPurpose::IndicatorTarget(d) => {
            let target = if t.is_empty() {
                None
            } else {
                Some(parse_number(&t).ok_or_else(|| {
                    tr(lang, "Un nombre, ou vide", "A number, or empty").to_string()
                })?)
            };
            let Some((_, a)) = app.action(&d.target) else {
                return Ok(Vec::new());
            };
            let id = fresh_id(&d.label, "indicateur", a.indicators.iter().map(|i| &i.id))
                .ok_or_else(empty)?;
            let what = format!(
                "{} « {} »",
                tr(lang, "Indicateur ajouté :", "Indicator added:"),
                crate::text::sanitize(&d.label)
            );
            let ind = Indicator {
                id,
                label: d.label.clone(),
                kind: d.kind,
                unit: d.unit.clone(),
                baseline: None,
                target,
                measurements: Vec::new(),
            };
            let effects = change_action(app, &d.target, what, |a| {
                a.indicators.push(ind);
                Ok(())
            });
            if let Screen::Action(s) = app.screen_mut() {
                s.pane = ActionPane::Indicators;
                s.lower = ActionPane::Indicators;
                s.indicator = usize::MAX;
            }
            effects
        }
        InputPurpose::IndicatorField(r, id, field) => {
            let num = |t: &str| -> Result<Option<f64>, String> {
                if t.is_empty() {
                    Ok(None)
                } else {
                    parse_number(t).map(Some).ok_or_else(|| {
                        tr(lang, "Un nombre, ou vide", "A number, or empty").to_string()
                    })
                }
            };
            let (baseline, target) = match field {
                IndicatorField::Baseline => (num(&t)?, None),
                IndicatorField::Target => (None, num(&t)?),
                _ => (None, None),
            };
            if field == IndicatorField::Label && t.is_empty() {
                return Err(empty());
            }
            change_action(
                app,
                &r,
                tr(lang, "Indicateur modifié", "Indicator changed").into(),
                move |a| {
                    let i = a.indicator_mut(&id).ok_or("?")?;
                    match field {
                        IndicatorField::Label => i.label = t,
                        IndicatorField::Unit => i.unit = t,
                        IndicatorField::Baseline => i.baseline = baseline,
                        IndicatorField::Target => i.target = target,
                    }
                    Ok(())
                },
            )
        }
        InputPurpose::Deliverable(r, n) => {
            if t.is_empty() {
                return Err(empty());
            }
            let what = match n {
                None => tr(lang, "Livrable ajouté", "Deliverable added"),
                Some(_) => tr(lang, "Livrable modifié", "Deliverable changed"),
            };
            let effects = change_action(app, &r, what.into(), |a| {
                match n.and_then(|n| a.deliverables.get_mut(n)) {
                    Some(d) => d.label = t,
                    None => a.deliverables.push(Deliverable {
                        label: t,
                        done: false,
                    }),
                }
                Ok(())
            });
            if n.is_none()
                && let Screen::Action(s) = app.screen_mut()
            {
                s.pane = ActionPane::Deliverables;
                s.lower = ActionPane::Deliverables;
                s.deliverable = usize::MAX;
            }
            effects
        }
        InputPurpose::Form(f) => return forms::apply_input(app, f, text),
        InputPurpose::LeadPerson(gid, role, org) => {
            let person = (!t.is_empty()).then_some(t);
            let what = match role {
                LeadRole::Pilot => tr(lang, "Pilote modifié", "Pilot changed"),
                LeadRole::Copilot => tr(lang, "Copilote modifié", "Co-pilot changed"),
            };
            change(app, &gid, what.into(), move |g| {
                let lead = Some(Lead {
                    organisation: org,
                    person,
                });
                match role {
                    LeadRole::Pilot => g.pilot = lead,
                    LeadRole::Copilot => g.copilot = lead,
                }
                Ok(())
            })
        }
    })
}

fn next_group_step(app: &mut App, draft: GroupDraft) -> Vec<Effect> {
    let lang = app.lang;
    let Some(r) = app.ws.referential.as_ref() else {
        return Vec::new();
    };
    if draft.territory.is_none() {
        let items = r
            .territories
            .iter()
            .map(|t| item(t.id.as_str(), t.name.clone(), false))
            .collect();
        pick(
            app,
            tr(lang, "Territoire du groupe", "Territory of the group").into(),
            items,
            false,
            PickPurpose::NewGroupTerritory(draft),
        );
        return Vec::new();
    }
    if draft.axis.is_none() {
        let items = r
            .axes
            .iter()
            .map(|a| item(a.id.as_str(), format!("{}. {}", a.number, a.title), false))
            .collect();
        pick(
            app,
            tr(lang, "Axe du groupe", "Axis of the group").into(),
            items,
            false,
            PickPurpose::NewGroupAxis(draft),
        );
        return Vec::new();
    }
    let items = org_items(app, &[]);
    pick(
        app,
        tr(lang, "Organisation pilote", "Pilot organisation").into(),
        items,
        false,
        PickPurpose::NewGroupPilot(draft),
    );
    Vec::new()
}

fn create_group(app: &mut App, draft: GroupDraft, pilot: Id) -> Vec<Effect> {
    let lang = app.lang;
    let (Some(territory), Some(axis)) = (draft.territory.clone(), draft.axis.clone()) else {
        return Vec::new();
    };
    let Some(id) = fresh_id(
        &draft.name,
        "groupe",
        app.ws
            .groups
            .iter()
            .map(|g| &g.id)
            .chain(app.ws.group_files.keys()),
    ) else {
        return Vec::new();
    };
    let g = Group {
        version: SCHEMA_VERSION,
        id: id.clone(),
        name: draft.name.clone(),
        territories: vec![territory.clone()],
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
    app.ws.insert_group(g.clone());
    app.history.undo.push(Change {
        group: id.clone(),
        before: None,
        after: Some(g),
        what: format!(
            "{} « {} »",
            tr(lang, "Groupe créé :", "Group created:"),
            crate::text::sanitize(&draft.name)
        ),
        governance: None,
    });
    app.history.redo.clear();
    app.say(
        Tone::Info,
        format!(
            "{} « {} »",
            tr(lang, "Groupe créé :", "Group created:"),
            crate::text::sanitize(&draft.name)
        ),
    );
    app.screens
        .push(Screen::Group(super::super::app::GroupState {
            id: id.clone(),
            pane: GroupPane::Actions,
            action: 0,
            meeting: 0,
        }));
    vec![Effect::SaveGroup(id)]
}

/// What choosing in a list does (`keys`: the chosen keys, one for a single
/// choice, the ticked ones for a multiple choice).
pub fn apply_pick(app: &mut App, purpose: PickPurpose, keys: Vec<String>) -> Vec<Effect> {
    let lang = app.lang;
    let ids = |keys: &[String]| -> Vec<Id> {
        keys.iter()
            .filter_map(|k| Id::new(k.clone()).ok())
            .collect()
    };
    let first = keys.first().cloned().unwrap_or_default();
    match purpose {
        PickPurpose::Publics(r) => {
            let v = ids(&keys);
            change_action(
                app,
                &r,
                tr(lang, "Publics visés modifiés", "Target publics changed").into(),
                |a| {
                    a.publics = v;
                    Ok(())
                },
            )
        }
        PickPurpose::Members(g) => {
            let v = ids(&keys);
            change(
                app,
                &g,
                tr(lang, "Membres modifiés", "Members changed").into(),
                |g| {
                    g.members = v;
                    Ok(())
                },
            )
        }
        PickPurpose::Lead(gid, role) => match Id::new(first) {
            Err(_) => {
                let what = match role {
                    LeadRole::Pilot => tr(lang, "Pilote retiré", "Pilot removed"),
                    LeadRole::Copilot => tr(lang, "Copilote retiré", "Co-pilot removed"),
                };
                change(app, &gid, what.into(), |g| {
                    match role {
                        LeadRole::Pilot => g.pilot = None,
                        LeadRole::Copilot => g.copilot = None,
                    }
                    Ok(())
                })
            }
            Ok(org) => {
                let cur = app.ws.group(&gid).and_then(|g| match role {
                    LeadRole::Pilot => g.pilot.clone(),
                    LeadRole::Copilot => g.copilot.clone(),
                });
                let person = cur
                    .filter(|l| l.organisation == org)
                    .and_then(|l| l.person)
                    .unwrap_or_default();
                input(
                    app,
                    tr(
                        lang,
                        "Nom de la personne (facultatif)",
                        "Name of the person (optional)",
                    )
                    .into(),
                    &person,
                    InputPurpose::LeadPerson(gid, role, org),
                );
                Vec::new()
            }
        },
        PickPurpose::NewGroupTerritory(mut d) => {
            d.territory = Id::new(first).ok();
            next_group_step(app, d)
        }
        PickPurpose::NewGroupAxis(mut d) => {
            d.axis = Id::new(first).ok();
            next_group_step(app, d)
        }
        PickPurpose::NewGroupPilot(d) => match Id::new(first) {
            Ok(org) => create_group(app, d, org),
            Err(_) => Vec::new(),
        },
        PickPurpose::IndicatorKind(mut d) => {
            d.kind = IndicatorKind::from_id(&first).unwrap_or(IndicatorKind::Realisation);
            input(
                app,
                tr(lang, "Unité (personnes, %, …)", "Unit (people, %, …)").into(),
                "",
                InputPurpose::IndicatorUnit(d),
            );
            Vec::new()
        }
        PickPurpose::JournalKind(r) => {
            let k = EntryKind::from_id(&first).unwrap_or(EntryKind::Note);
            forms::journal_date(app, r, k);
            Vec::new()
        }
        PickPurpose::Form(f) => forms::apply_pick(app, f, keys),
        PickPurpose::MeasureWhich(r) => {
            if let Ok(id) = Id::new(first) {
                open_measure(app, r, id);
            }
            Vec::new()
        }
        PickPurpose::IndicatorMenu(r, id) => indicator_menu(app, r, id, &first),
        PickPurpose::FilterValue(field) => {
            let key = first;
            let f = &mut app.filter;
            match field {
                FilterField::Status => f.status = Status::from_id(&key),
                FilterField::Territory => f.territory = Id::new(key).ok(),
                FilterField::Axis => f.axis = Id::new(key).ok(),
                FilterField::Public => f.public = Id::new(key).ok(),
                FilterField::Pilot => f.pilot = Id::new(key).ok(),
                FilterField::Overdue => f.overdue = key == "yes",
            }
            Vec::new()
        }
    }
}

fn indicator_menu(app: &mut App, r: ActionRef, id: Id, choice: &str) -> Vec<Effect> {
    let lang = app.lang;
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let Some(i) = a.indicators.iter().find(|i| i.id == id) else {
        return Vec::new();
    };
    let num = |v: Option<f64>| v.map(|v| i18n::number(lang, v)).unwrap_or_default();
    let (title, text, field) = match choice {
        "measure" => {
            open_measure(app, r, id);
            return Vec::new();
        }
        "measurements" => return forms::measurements(app, r, id),
        "label" => (
            tr(lang, "Libellé de l'indicateur", "Indicator label"),
            i.label.clone(),
            IndicatorField::Label,
        ),
        "unit" => (
            tr(lang, "Unité", "Unit"),
            i.unit.clone(),
            IndicatorField::Unit,
        ),
        "baseline" => (
            tr(
                lang,
                "Valeur de départ (vide : aucune)",
                "Baseline (empty: none)",
            ),
            num(i.baseline),
            IndicatorField::Baseline,
        ),
        "target" => (
            tr(lang, "Cible (vide : aucune)", "Target (empty: none)"),
            num(i.target),
            IndicatorField::Target,
        ),
        "kind" => {
            let k = match i.kind {
                IndicatorKind::Realisation => IndicatorKind::Evaluation,
                IndicatorKind::Evaluation => IndicatorKind::Realisation,
            };
            let what = format!(
                "{} {}",
                tr(lang, "Indicateur :", "Indicator:"),
                i18n::indicator_kind(lang, k)
            );
            return change_action(app, &r, what, move |a| {
                if let Some(i) = a.indicator_mut(&id) {
                    i.kind = k;
                }
                Ok(())
            });
        }
        "delete" => {
            let q = format!(
                "{} « {} » ? (o/n)",
                tr(lang, "Supprimer l'indicateur", "Delete the indicator"),
                crate::text::sanitize(&i.label)
            );
            app.popups.push(Popup::Confirm {
                question: q,
                on_yes: Confirmed::DeleteIndicator(r, id),
            });
            return Vec::new();
        }
        _ => return Vec::new(),
    };
    input(
        app,
        title.into(),
        &text,
        InputPurpose::IndicatorField(r, id, field),
    );
    Vec::new()
}

/// What validating a multi-line editor does.
pub fn apply_text(app: &mut App, purpose: TextPurpose, text: String) -> Vec<Effect> {
    let lang = app.lang;
    let text = text.trim_end().to_string();
    match purpose {
        TextPurpose::CommitMessage => super::sync::set_message(app, text),
        TextPurpose::ConflictValue(f, i) => super::sync::set_value(app, f, i, text),
        TextPurpose::Objectives(r) => change_action(
            app,
            &r,
            tr(lang, "Objectifs modifiés", "Objectives changed").into(),
            |a| {
                a.objectives = text;
                Ok(())
            },
        ),
        TextPurpose::Implementation(r) => change_action(
            app,
            &r,
            tr(lang, "Mise en œuvre modifiée", "Implementation changed").into(),
            |a| {
                a.implementation = text;
                Ok(())
            },
        ),
        TextPurpose::Journal(r, kind, n) => {
            if text.trim().is_empty() && n.is_none() {
                return Vec::new();
            }
            let today = app.today;
            let effects = change_action(
                app,
                &r,
                tr(lang, "Journal mis à jour", "Journal updated").into(),
                |a| {
                    match n.and_then(|n| a.journal.get_mut(n)) {
                        Some(j) => j.text = text,
                        None => {
                            let at = a.journal.partition_point(|j| j.date <= today);
                            a.journal.insert(
                                at,
                                JournalEntry {
                                    date: today,
                                    kind,
                                    text,
                                },
                            );
                        }
                    }
                    Ok(())
                },
            );
            if n.is_none()
                && let Screen::Action(s) = app.screen_mut()
            {
                s.pane = ActionPane::Journal;
                s.lower = ActionPane::Journal;
                s.journal = usize::MAX;
            }
            effects
        }
        TextPurpose::Form(f) => forms::apply_text(app, f, text),
    }
}

/// What "yes" to a confirmation does.
pub fn apply_confirm(app: &mut App, what: Confirmed) -> Vec<Effect> {
    let lang = app.lang;
    let effects = match what {
        Confirmed::DeleteAction(r) => {
            let aid = r.action.clone();
            change(
                app,
                &r.group,
                tr(lang, "Action supprimée", "Action deleted").into(),
                |g| {
                    g.actions.retain(|a| a.id != aid);
                    Ok(())
                },
            )
        }
        Confirmed::DeleteIndicator(r, id) => change_action(
            app,
            &r,
            tr(lang, "Indicateur supprimé", "Indicator deleted").into(),
            |a| {
                a.indicators.retain(|i| i.id != id);
                Ok(())
            },
        ),
        Confirmed::DeleteJournal(r, n) => change_action(
            app,
            &r,
            tr(lang, "Entrée supprimée", "Entry deleted").into(),
            |a| {
                if n < a.journal.len() {
                    a.journal.remove(n);
                }
                Ok(())
            },
        ),
        Confirmed::DeleteDeliverable(r, n) => change_action(
            app,
            &r,
            tr(lang, "Livrable supprimé", "Deliverable deleted").into(),
            |a| {
                if n < a.deliverables.len() {
                    a.deliverables.remove(n);
                }
                Ok(())
            },
        ),
        Confirmed::DeleteMeeting(g, n) => change(
            app,
            &g,
            tr(lang, "Réunion supprimée", "Meeting deleted").into(),
            |g| {
                if n < g.meetings.len() {
                    g.meetings.remove(n);
                }
                Ok(())
            },
        ),
        Confirmed::DeleteGroup(id) => {
            if app.broken.contains_key(&id) {
                app.say(
                    Tone::Error,
                    tr(
                        lang,
                        "Ce groupe est en lecture seule",
                        "This group is read-only",
                    ),
                );
                return Vec::new();
            }
            let Some(g) = app.ws.group(&id).cloned() else {
                return Vec::new();
            };
            let what = format!(
                "{} « {} »",
                tr(lang, "Groupe supprimé :", "Group deleted:"),
                crate::text::sanitize(&g.name)
            );
            app.history.undo.push(Change {
                group: id.clone(),
                before: Some(g),
                after: None,
                what: what.clone(),
                governance: None,
            });
            app.history.redo.clear();
            app.say(Tone::Info, what);
            vec![Effect::DeleteGroup(id)]
        }
        Confirmed::ReloadGroup(id) => {
            app.unsaved.remove(&id);
            app.conflicts.remove(&id);
            let file = app.ws.group_files.get(&id).cloned();
            file.map(Effect::Reload).into_iter().collect()
        }
        Confirmed::QuitUnsaved => vec![Effect::Quit],
        Confirmed::Form(f) => forms::apply_confirm(app, f),
        Confirmed::AbortSync => super::sync::confirm_abort(),
        Confirmed::ForceShare(retry) => super::sync::confirm_force(app, *retry),
    };
    fix_screens(app);
    effects
}
