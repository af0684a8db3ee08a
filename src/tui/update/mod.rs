//! `update`: the only place the model changes. Pure: no I/O, no clock; work
//! on the world is returned as [`Effect`]s.
//!
//! One module per thing edited: [`action`] (an action's own fields — the
//! status key `s` lives there), `indicator`, `deliverable`, `journal`,
//! `meeting`, `governance` (the screen and interim evaluations), `group`
//! (a group's fields and leads), [`sync`] (sharing). `here` sends the
//! commands that depend on the cursor (`e`, `n`, `X`…) to them; `answer`
//! sends a popup's answer to the module of its step; `record` applies the
//! domain edits and keeps undo and redo; `context` finds what the cursor is
//! on and opens popups; `nav`, `board`, `popup` and `files` move around,
//! take keys in popups and handle the files. The modules import each other
//! downwards only (no cycle): `mod` → `popup` → `answer` → subjects →
//! `record`, `context`.

pub mod action;
mod answer;
mod board;
mod context;
mod deliverable;
mod files;
mod governance;
mod group;
mod here;
mod indicator;
mod journal;
mod meeting;
mod nav;
mod partner;
mod popup;
mod record;
mod session;
pub mod sync;

use super::app::{App, Popup, Screen, Tone};
use super::board::DataMark;
use super::msg::{Command, Effect, Msg};
use super::steps::Step;
use crate::t;
use ratatui::crossterm::event::KeyEventKind;

pub use nav::{clamp_all, jump};
pub use popup::{pick_visible, search_job};

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
        Msg::Written(path, result) => files::written(app, path, result),
        Msg::ReferentialSaved(result) => files::referential_saved(app, result),
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
        Msg::Found(f) => popup::found(app, *f),
        Msg::DocumentChecked {
            target,
            label,
            document,
            result,
        } => deliverable::checked(app, target, label, document, result),
        Msg::Opened(result) => {
            if let Err(why) = result {
                app.say(Tone::Error, why);
            }
            Vec::new()
        }
        Msg::Figures(f) => {
            app.board.in_flight = false;
            app.board.figures = Some(f);
            app.board.computed += 1;
            // Up to date: the board's cursor may go to its indicator.
            let fresh = crate::tui::board::scope_of(app.screen())
                .is_some_and(|s| crate::tui::board::figures(app, s).is_some());
            if fresh {
                board::resolve_focus(app);
            }
            Vec::new()
        }
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
    let mut effects = effects;
    if crate::tui::board::refresh(app) {
        board::resolve_focus(app);
    }
    if std::mem::take(&mut app.board.wanted) {
        app.board.in_flight = true;
        effects.push(Effect::Evaluate);
    }
    clamp_all(app);
    effects
}

/// Runs a command on the current screen.
pub fn command(app: &mut App, c: Command) -> Vec<Effect> {
    let lang = app.lang;
    if let Some(effects) = session::command(app, c) {
        return effects;
    }
    if let Some(effects) = sync::command(app, c) {
        return effects;
    }
    let on_board = matches!(app.screen(), Screen::Board(_) | Screen::Alerts(_));
    match c {
        Command::NextPane | Command::PrevPane if on_board => {
            board::switch_pane(app, c == Command::NextPane);
            Vec::new()
        }
        Command::Open | Command::Right if on_board => board::open(app),
        Command::Open | Command::Right if nav::opens_editor(app, c) => {
            here::command(app, Command::Edit).unwrap_or_default()
        }
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
                    question: t!(lang, "form-quit-unsaved"),
                    step: Step::QuitUnsaved,
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
            app.say(Tone::Info, t!(lang, "form-filters-cleared"));
            Vec::new()
        }
        Command::Partners => partner::open(app),
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
        // Undone or redone, a meeting (or a group) may be gone: its screen
        // goes with it.
        Command::Undo => {
            let effects = record::undo(app);
            nav::fix_screens(app);
            effects
        }
        Command::Redo => {
            let effects = record::redo(app);
            nav::fix_screens(app);
            effects
        }
        Command::Retry => {
            if app.unsaved.is_empty() && !app.governance_unsaved {
                app.say(Tone::Info, t!(lang, "form-all-saved"));
            }
            let mut effects: Vec<Effect> =
                app.unsaved.iter().cloned().map(Effect::SaveGroup).collect();
            if app.governance_unsaved {
                effects.push(Effect::SaveGovernance);
            }
            effects
        }
        Command::Reload => files::ask_reload(app),
        _ => here::command(app, c).unwrap_or_default(),
    }
}
