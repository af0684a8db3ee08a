//! `update`: the only place the model changes. Pure: no I/O, no clock; work
//! on the world is returned as [`Effect`]s.

mod board;
mod edit;
mod files;
mod forms;
mod nav;
mod popup;
pub mod sync;

use super::app::{App, Confirmed, Popup, Screen, Tone};
use super::board::DataMark;
use super::i18n::tr;
use super::msg::{Command, Effect, Msg};
use ratatui::crossterm::event::KeyEventKind;

pub use nav::{clamp_all, jump};
pub use popup::pick_visible;

/// Applies one message to the model and returns the effects to perform.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let mark = DataMark::of(app);
    let files = matches!(
        msg,
        Msg::Reloaded(..) | Msg::DiskChanged(_) | Msg::Deleted(..) | Msg::SavedMerged(_)
    );
    let effects = match msg {
        Msg::Key(k) => {
            if k.kind == KeyEventKind::Release {
                return Vec::new();
            }
            if !app.popups.is_empty() {
                popup::key(app, k)
            } else {
                if app.message.is_some() {
                    app.message = None;
                }
                match app.keymap.command(&k) {
                    Some(c) => command(app, c),
                    None => Vec::new(),
                }
            }
        }
        Msg::Paste(text) => popup::paste(app, &text),
        Msg::Cmd(c) => command(app, c),
        Msg::Saved(id, result) => files::saved(app, id, result),
        Msg::SavedMerged(id) => files::saved_merged(app, id),
        Msg::Deleted(id, result) => files::deleted(app, id, result),
        Msg::GovernanceSaved(result) => files::governance_saved(app, result),
        Msg::DiskChanged(changes) => {
            // A conflicted file fixed in a text editor: the conflict screen
            // reads the files again.
            let refresh = matches!(
                app.screen(),
                Screen::Conflicts(s)
                    if s.files.iter().any(|f| changes.iter().any(|c| c.file == f.path))
            );
            let mut effects = files::disk_changed(app, changes);
            if refresh {
                effects.push(Effect::Sync(super::sync::SyncEffect::LoadConflicts));
            }
            effects
        }
        Msg::Reloaded(outcome, problems) => files::reloaded(app, outcome, problems),
        Msg::Sync(m) => sync::message(app, m),
        Msg::Terminate => {
            let mut effects: Vec<Effect> =
                app.unsaved.iter().cloned().map(Effect::SaveGroup).collect();
            if app.governance_unsaved {
                effects.push(Effect::SaveGovernance);
            }
            effects.push(Effect::Quit);
            effects
        }
    };
    if files || DataMark::of(app) != mark {
        app.board.revision += 1;
    }
    if crate::tui::board::refresh(app) {
        board::resolve_focus(app);
    }
    clamp_all(app);
    effects
}

/// Runs a command on the current screen.
pub fn command(app: &mut App, c: Command) -> Vec<Effect> {
    let lang = app.lang;
    if let Some(effects) = sync::command(app, c) {
        return effects;
    }
    match c {
        Command::Up
        | Command::Down
        | Command::Left
        | Command::Right
        | Command::Open
        | Command::Back
        | Command::PageUp
        | Command::PageDown
        | Command::Top
        | Command::Bottom
        | Command::NextPane
        | Command::PrevPane
        | Command::Home
        | Command::AllActions => nav::command(app, c),
        Command::Board | Command::Alerts | Command::PrevYear | Command::NextYear => {
            board::command(app, c)
        }
        Command::Quit => {
            if app.unsaved.is_empty() && !app.governance_unsaved {
                vec![Effect::Quit]
            } else {
                app.popups.push(Popup::Confirm {
                    question: tr(
                        lang,
                        "Des modifications n'ont pas pu être enregistrées et seront perdues. Quitter quand même ?",
                        "Some edits could not be saved and will be lost. Quit anyway?",
                    )
                    .into(),
                    on_yes: Confirmed::QuitUnsaved,
                });
                Vec::new()
            }
        }
        Command::Help => {
            app.popups.push(Popup::Help { scroll: 0 });
            Vec::new()
        }
        Command::Search => {
            app.popups.push(Popup::Search(Default::default()));
            Vec::new()
        }
        Command::Filter => {
            app.popups.push(Popup::Filter { cursor: 0 });
            Vec::new()
        }
        Command::ClearFilter => {
            app.filter = Default::default();
            app.say(Tone::Info, tr(lang, "Filtres effacés", "Filters cleared"));
            Vec::new()
        }
        Command::Problems => {
            // Checked once here, not on every frame.
            let mut diagnostics = app.ws.check(app.today);
            diagnostics.sort_by_key(|d| !d.is_error());
            app.popups.push(Popup::Problems {
                scroll: 0,
                diagnostics,
            });
            Vec::new()
        }
        Command::Undo => edit::undo(app),
        Command::Redo => edit::redo(app),
        Command::Retry => {
            if app.unsaved.is_empty() && !app.governance_unsaved {
                app.say(
                    Tone::Info,
                    tr(lang, "Tout est enregistré", "Everything is saved"),
                );
            }
            let mut effects: Vec<Effect> =
                app.unsaved.iter().cloned().map(Effect::SaveGroup).collect();
            if app.governance_unsaved {
                effects.push(Effect::SaveGovernance);
            }
            effects
        }
        Command::Reload => files::ask_reload(app),
        _ => edit::command(app, c),
    }
}
