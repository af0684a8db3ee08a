//! Results of saves and deletions, and files changed on disk.

use super::super::app::{App, Popup, Recorded, Screen, Tone};
use super::super::msg::{Command, Effect};
use super::super::steps::Step;
use super::context::current_group;
use super::nav::fix_screens;
use crate::domain::Id;
use crate::store::{DiskChange, Reloaded};
use crate::t;

/// A save finished.
pub fn saved(app: &mut App, id: Id, result: Result<(), String>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(()) => {
            app.unsaved.remove(&id);
            let file = app
                .ws
                .group_files
                .get(&id)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let what = match &app.message {
                Some((Tone::Info, m)) => format!("{m} · "),
                _ => String::new(),
            };
            app.say(Tone::Ok, t!(lang, "file-saved", what = what, file = file));
        }
        Err(e) => {
            app.unsaved.insert(id);
            let key = app.keymap.first_key_in(Command::Retry, lang);
            app.say(Tone::Error, t!(lang, "file-not-saved", why = e, key = key));
        }
    }
    Vec::new()
}

/// A save that found the file changed on disk merged the edit with it and
/// saved: the group in memory is the merge. Undo keeps working: it applies
/// the recorded edits to the merge, taking back only this session's change.
pub fn saved_merged(app: &mut App, id: Id) -> Vec<Effect> {
    app.unsaved.remove(&id);
    app.conflicts.remove(&id);
    let file = app
        .ws
        .group_files
        .get(&id)
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    app.say(Tone::Ok, crate::t!(app.lang, "save-merged", file = file));
    Vec::new()
}

/// A save of `governance.ron` finished.
pub fn governance_saved(app: &mut App, result: Result<(), String>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(()) => {
            app.governance_unsaved = false;
            let what = match &app.message {
                Some((Tone::Info, m)) => format!("{m} · "),
                _ => String::new(),
            };
            let file = crate::store::layout::GOVERNANCE_FILE;
            app.say(Tone::Ok, t!(lang, "file-saved", what = what, file = file));
        }
        Err(e) => {
            app.governance_unsaved = true;
            let key = app.keymap.first_key_in(Command::Retry, lang);
            app.say(Tone::Error, t!(lang, "file-not-saved", why = e, key = key));
        }
    }
    Vec::new()
}

/// `pacte.ron` saved (an organisation added in a meeting) or not.
pub fn referential_saved(app: &mut App, result: Result<(), String>) -> Vec<Effect> {
    let lang = app.lang;
    let file = crate::store::layout::REFERENTIAL_FILE;
    match result {
        Ok(()) => app.say(Tone::Ok, t!(lang, "file-saved", what = "", file = file)),
        Err(e) => {
            let key = app.keymap.first_key_in(Command::Retry, lang);
            app.say(Tone::Error, t!(lang, "file-not-saved", why = e, key = key));
        }
    }
    Vec::new()
}

/// A file written for the user (minutes) or not.
pub fn written(app: &mut App, path: std::path::PathBuf, result: Result<(), String>) -> Vec<Effect> {
    let lang = app.lang;
    let file = path.display().to_string();
    match result {
        Ok(()) => app.say(Tone::Ok, t!(lang, "file-written", file = file)),
        Err(why) => app.say(
            Tone::Error,
            t!(lang, "file-not-written", file = file, why = why),
        ),
    }
    Vec::new()
}

/// A group deletion finished.
pub fn deleted(app: &mut App, id: Id, result: Result<(), String>) -> Vec<Effect> {
    let lang = app.lang;
    match result {
        Ok(()) => {
            app.unsaved.remove(&id);
            app.broken.remove(&id);
            fix_screens(app);
        }
        Err(e) => {
            // The group is still there: nothing to put back.
            let puts_back = |c: Option<&super::super::app::Change>| {
                c.is_some_and(|c| matches!(&c.edits, Recorded::Create(g) if g.id == id))
            };
            if puts_back(app.history.undo.last()) {
                app.history.undo.pop();
            }
            if puts_back(app.history.redo.last()) {
                app.history.redo.pop();
            }
            app.say(Tone::Error, t!(lang, "file-cannot-delete", why = e));
        }
    }
    Vec::new()
}

/// Files changed on disk: reload them, except a group holding an edit that
/// could not be saved (it is kept and flagged).
pub fn disk_changed(app: &mut App, changes: Vec<DiskChange>) -> Vec<Effect> {
    let lang = app.lang;
    let mut effects = Vec::new();
    for c in changes {
        let gid = app
            .ws
            .group_files
            .iter()
            .find(|(_, p)| **p == c.file)
            .map(|(id, _)| id.clone());
        if app.governance_unsaved
            && c.file == std::path::Path::new(crate::store::layout::GOVERNANCE_FILE)
        {
            let file = c.file.display().to_string();
            app.say(Tone::Error, t!(lang, "file-changed-kept", file = file));
            continue;
        }
        match gid {
            Some(id) if app.unsaved.contains(&id) => {
                if app.conflicts.insert(id.clone()) {
                    let file = c.file.display().to_string();
                    let key = app.keymap.first_key_in(Command::Reload, lang);
                    app.say(
                        Tone::Error,
                        t!(lang, "file-changed-kept-reload", file = file, key = key),
                    );
                }
            }
            _ => effects.push(Effect::Reload(c.file)),
        }
    }
    effects
}

/// A file was read again.
pub fn reloaded(app: &mut App, outcome: Reloaded, problems: Vec<String>) -> Vec<Effect> {
    let lang = app.lang;
    let first = problems.first().cloned().unwrap_or_default();
    match outcome {
        Reloaded::Group(id) => {
            app.broken.remove(&id);
            app.conflicts.remove(&id);
            app.unsaved.remove(&id);
            let file = app
                .ws
                .group_files
                .get(&id)
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            app.say(Tone::Info, t!(lang, "file-reloaded", file = file));
        }
        Reloaded::GroupBroken(id, file) => {
            if let Some(id) = id {
                app.broken.insert(id, first.clone());
            }
            let file = file.display().to_string();
            app.say(
                Tone::Error,
                t!(lang, "file-broken-kept", file = file, why = first.as_str()),
            );
        }
        Reloaded::GroupRemoved(id) => {
            app.broken.remove(&id);
            app.say(
                Tone::Info,
                t!(lang, "file-group-removed", group = id.as_str()),
            );
        }
        Reloaded::Shared(file, ok) => {
            if ok {
                let file = file.display().to_string();
                app.say(Tone::Info, t!(lang, "file-reloaded", file = file));
            } else {
                let file = file.display().to_string();
                app.say(
                    Tone::Error,
                    t!(lang, "file-problem", file = file, why = first.as_str()),
                );
            }
        }
    }
    // The search index points into the groups by position: rebuild it.
    for p in &mut app.popups {
        if let Popup::Search(s) = p {
            s.index = None;
            s.epoch += 1;
        }
    }
    fix_screens(app);
    Vec::new()
}

/// `R`: reload the current group from disk, asking first when it holds an
/// unsaved edit.
pub fn ask_reload(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let gid = match app.screen() {
        Screen::Home(_) => None,
        _ => current_group(app),
    };
    let Some(id) = gid else {
        return Vec::new();
    };
    if app.unsaved.contains(&id) {
        app.popups.push(Popup::Confirm {
            question: t!(lang, "file-ask-reload"),
            step: Step::Reload(id),
        });
        Vec::new()
    } else {
        app.ws
            .group_files
            .get(&id)
            .cloned()
            .map(Effect::Reload)
            .into_iter()
            .collect()
    }
}
