//! The sync panel (`S`): opening it, sharing from it (commit, pull, push,
//! one step after the other), and its commit message.

use crate::t;
use crate::tui::app::{App, Popup, Screen, Tone};
use crate::tui::editor::Editor;
use crate::tui::msg::Effect;
use crate::tui::sync::{LogTone, Phase, SyncEffect, SyncPanel, is_conflicted};
use crate::tui::update::context::current_group;

/// The sync panel, wherever it is in the stack of screens.
pub fn panel_mut(app: &mut App) -> Option<&mut SyncPanel> {
    app.screens.iter_mut().rev().find_map(|s| match s {
        Screen::Sync(p) => Some(p),
        _ => None,
    })
}

/// Adds a line to the panel's log (when the panel is open).
pub fn log(app: &mut App, tone: LogTone, text: impl Into<String>) {
    if let Some(p) = panel_mut(app) {
        p.log.push((tone, text.into()));
    }
}

/// Opens the sync panel under the conflict screen (if any) when it is
/// not open, so that a sync finished from the conflict screen reports there.
pub fn ensure_panel(app: &mut App) {
    if panel_mut(app).is_some() {
        return;
    }
    let i = app
        .screens
        .iter()
        .rposition(|s| !matches!(s, Screen::Conflicts(_)))
        .map_or(app.screens.len(), |i| i + 1);
    app.screens.insert(i, Screen::Sync(SyncPanel::default()));
}

fn refuse_unsaved(app: &mut App) -> bool {
    if app.unsaved.is_empty() {
        return false;
    }
    let lang = app.lang;
    let key = app
        .keymap
        .first_key_in(crate::tui::msg::Command::Retry, app.lang);
    app.say(Tone::Error, t!(lang, "share-unsaved", key = key));
    true
}

/// `S` elsewhere: the conflict screen when the current group's file holds
/// a conflict, else the sync panel.
pub fn open(app: &mut App) -> Vec<Effect> {
    let file = current_group(app).and_then(|id| app.ws.group_files.get(&id).cloned());
    if file.is_some_and(|f| is_conflicted(&app.ws.load_diagnostics, &f)) {
        return vec![Effect::Sync(SyncEffect::LoadConflicts)];
    }
    if refuse_unsaved(app) {
        return Vec::new();
    }
    app.screens.push(Screen::Sync(SyncPanel::default()));
    vec![Effect::Sync(SyncEffect::Inspect)]
}

/// `S` on the panel: commit, then pull, then push (each step's result
/// leads to the next).
pub fn run(app: &mut App) -> Vec<Effect> {
    if refuse_unsaved(app) {
        return Vec::new();
    }
    let Some(p) = panel_mut(app) else {
        return Vec::new();
    };
    match p.phase {
        Phase::Loading | Phase::Unavailable => Vec::new(),
        Phase::Conflicts => vec![Effect::Sync(SyncEffect::LoadConflicts)],
        Phase::Ready | Phase::Done | Phase::Failed => {
            if p.operation.is_some() || !p.conflicted.is_empty() {
                return vec![Effect::Sync(SyncEffect::LoadConflicts)];
            }
            p.log.clear();
            p.phase = Phase::Loading;
            vec![Effect::Sync(SyncEffect::Commit {
                message: p.message.clone(),
                force: false,
            })]
        }
    }
}

/// `e` on the panel: edit the commit message.
pub fn edit_message(app: &mut App) {
    let lang = app.lang;
    let Screen::Sync(p) = app.screen() else {
        return;
    };
    let text = p.message.clone();
    app.popups.push(Popup::Text {
        title: t!(lang, "share-message-title"),
        editor: Editor::multi(&text),
        step: crate::tui::steps::Step::Share(crate::tui::steps::ShareStep::CommitMessage),
        original: text,
        confirm_discard: false,
    });
}

/// The commit message typed in the editor.
pub fn set_message(app: &mut App, text: String) -> Vec<Effect> {
    let lang = app.lang;
    if let Some(p) = panel_mut(app) {
        if text.trim().is_empty() {
            app.say(Tone::Info, t!(lang, "share-message-empty"));
        } else {
            p.message = text;
            p.edited = true;
        }
    }
    Vec::new()
}
