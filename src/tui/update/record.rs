//! Changing the workspace: every change of the interface is a list of
//! domain [`Edit`]s (or [`GovEdit`]s) applied here through
//! `domain::edit`, with the pact's rules; the edits that undo it go on the
//! undo stack, and the file is saved at once. Undo and redo apply recorded
//! edits to the workspace as it is now, so they take back only that change,
//! even after someone else's change was merged in.

use crate::domain::edit::{self, Edit, GovEdit, MeetingEdit};
use crate::domain::{Group, Id};
use crate::t;
use crate::tui::app::{App, Change, Recorded, Screen, Tone};
use crate::tui::msg::Effect;

/// Applies `edits` to group `gid` in one step: on success records the
/// undo, says `what` (or the edit in words) and asks for a save; on refusal
/// nothing changes and the reason comes back.
pub fn group(app: &mut App, gid: &Id, edits: Vec<Edit>) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    if app.broken.contains_key(gid) {
        return Err(read_only(app));
    }
    let held = app.screens.iter().rev().find_map(|s| match s {
        Screen::Meeting(m) if &m.group == gid => Some(m.meeting.clone()),
        _ => None,
    });
    let Some(g) = app.ws.group_mut(gid) else {
        return Err(t!(lang, "form-group-gone"));
    };
    let what = describe_group(lang, g, &edits);
    let before = g.clone();
    let mut undo = edit::apply_all(g, &edits).map_err(|r| r.message().get(lang).to_string())?;
    if *g == before {
        return Ok(Vec::new());
    }
    // In a meeting, what changed on the actions is noted in it, in the
    // same step (undone together).
    if let Some(m) = held.and_then(|mid| crate::domain::meeting::noted(&before, g, &mid)) {
        let key = m.id.clone();
        if let Some(key) = key
            && let Ok(mut more) = edit::apply_all(g, &[Edit::Meeting(MeetingEdit::Replace(key, m))])
        {
            more.append(&mut undo);
            undo = more;
        }
    }
    push(app, Recorded::Group(gid.clone(), undo), what);
    Ok(vec![Effect::SaveGroup(gid.clone())])
}

/// [`group`], the refusal said on the status line.
pub fn group_or_say(app: &mut App, gid: &Id, edits: Vec<Edit>) -> Vec<Effect> {
    group(app, gid, edits).unwrap_or_else(|e| {
        app.say(Tone::Error, e);
        Vec::new()
    })
}

/// Applies `edits` to `governance.ron`, like [`group`].
pub fn governance(app: &mut App, edits: Vec<GovEdit>) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let what = edits
        .iter()
        .map(|e| edit::describe_governance(lang, e))
        .collect::<Vec<_>>()
        .join(&t!(lang, "list-separator"));
    let before = app.ws.governance.clone();
    let undo = apply_governance_all(&mut app.ws.governance, &edits)
        .map_err(|r| r.message().get(lang).to_string())?;
    if app.ws.governance == before {
        return Ok(Vec::new());
    }
    push(app, Recorded::Governance(undo), what);
    Ok(vec![Effect::SaveGovernance])
}

/// A new group, put in the workspace and saved.
pub fn create_group(app: &mut App, g: Group) -> Vec<Effect> {
    let what = t!(app.lang, "edit-did-add-group", name = g.name.as_str());
    let id = g.id.clone();
    app.ws.insert_group(g);
    push(app, Recorded::Remove(id.clone()), what);
    vec![Effect::SaveGroup(id)]
}

/// A group deleted with its file (the runtime deletes it).
pub fn delete_group(app: &mut App, id: &Id) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    if app.broken.contains_key(id) {
        return Err(read_only(app));
    }
    let Some(g) = app.ws.group(id).cloned() else {
        return Err(t!(lang, "form-group-gone"));
    };
    let what = t!(lang, "edit-did-remove-group", name = g.name.as_str());
    push(app, Recorded::Create(Box::new(g)), what);
    Ok(vec![Effect::DeleteGroup(id.clone())])
}

/// The refusal for a group whose file no longer loads.
fn read_only(app: &App) -> String {
    let key = app
        .keymap
        .first_key_in(crate::tui::msg::Command::Problems, app.lang);
    t!(app.lang, "form-read-only", key = key)
}

fn describe_group(lang: crate::i18n::Lang, g: &Group, edits: &[Edit]) -> String {
    // Each edit in words against the group as it is before it: the first
    // edit names the action; later ones of the same action say only what.
    let mut out: Vec<String> = Vec::new();
    let mut g = g.clone();
    for e in edits {
        out.push(edit::describe(lang, &g, e));
        let _ = edit::apply(&mut g, e);
    }
    out.join(&t!(lang, "list-separator"))
}

fn apply_governance_all(
    g: &mut crate::domain::Governance,
    edits: &[GovEdit],
) -> Result<Vec<GovEdit>, edit::Refused> {
    let before = g.clone();
    let mut undo: Vec<GovEdit> = Vec::new();
    for e in edits {
        match edit::apply_governance(g, e) {
            Ok(mut u) => {
                u.append(&mut undo);
                undo = u;
            }
            Err(r) => {
                *g = before;
                return Err(r);
            }
        }
    }
    Ok(undo)
}

fn push(app: &mut App, edits: Recorded, what: String) {
    app.history.undo.push(Change {
        edits,
        what: what.clone(),
    });
    app.history.redo.clear();
    app.say(Tone::Info, what);
}

/// Applies recorded edits; returns what takes them back, and the effects.
fn replay(app: &mut App, r: &Recorded) -> Result<(Recorded, Vec<Effect>), String> {
    let lang = app.lang;
    let refused = |r: edit::Refused| r.message().get(lang).to_string();
    match r {
        Recorded::Group(id, edits) => {
            if app.broken.contains_key(id) {
                return Err(read_only(app));
            }
            let g = app
                .ws
                .group_mut(id)
                .ok_or_else(|| t!(lang, "form-group-gone"))?;
            let back = edit::apply_all(g, edits).map_err(refused)?;
            Ok((
                Recorded::Group(id.clone(), back),
                vec![Effect::SaveGroup(id.clone())],
            ))
        }
        Recorded::Governance(edits) => {
            let back = apply_governance_all(&mut app.ws.governance, edits).map_err(refused)?;
            Ok((Recorded::Governance(back), vec![Effect::SaveGovernance]))
        }
        Recorded::Create(g) => {
            if app.ws.group(&g.id).is_some() {
                return Err(t!(lang, "form-group-exists", name = g.name.as_str()));
            }
            let id = g.id.clone();
            app.ws.insert_group((**g).clone());
            Ok((Recorded::Remove(id.clone()), vec![Effect::SaveGroup(id)]))
        }
        Recorded::Remove(id) => {
            let g = app
                .ws
                .group(id)
                .cloned()
                .ok_or_else(|| t!(lang, "form-group-gone"))?;
            Ok((
                Recorded::Create(Box::new(g)),
                vec![Effect::DeleteGroup(id.clone())],
            ))
        }
    }
}

/// Undoes the last change of the session.
pub fn undo(app: &mut App) -> Vec<Effect> {
    step(app, true)
}

/// Redoes the last undone change.
pub fn redo(app: &mut App) -> Vec<Effect> {
    step(app, false)
}

fn step(app: &mut App, back: bool) -> Vec<Effect> {
    let lang = app.lang;
    let popped = if back {
        app.history.undo.pop()
    } else {
        app.history.redo.pop()
    };
    let Some(c) = popped else {
        let m = if back {
            t!(lang, "form-nothing-to-undo")
        } else {
            t!(lang, "form-nothing-to-redo")
        };
        app.say(Tone::Info, m);
        return Vec::new();
    };
    match replay(app, &c.edits) {
        Ok((edits, effects)) => {
            let said = if back {
                t!(lang, "form-undone", what = c.what.as_str())
            } else {
                t!(lang, "form-redone", what = c.what.as_str())
            };
            app.say(Tone::Info, said);
            let c = Change {
                edits,
                what: c.what,
            };
            if back {
                app.history.redo.push(c);
            } else {
                app.history.undo.push(c);
            }
            effects
        }
        Err(e) => {
            app.say(
                Tone::Error,
                t!(lang, "form-cannot-undo", what = c.what.as_str(), why = e),
            );
            Vec::new()
        }
    }
}
