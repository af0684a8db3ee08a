//! Messages into `update`, commands bound to keys, effects out of `update`.

use super::Lang;
use super::sync::{SyncEffect, SyncMsg};
use crate::domain::Id;
use crate::store::{DiskChange, Reloaded};
use ratatui::crossterm::event::KeyEvent;
use serde::Deserialize;
use std::path::PathBuf;

/// Everything that can happen to the model.
#[derive(Clone, Debug)]
pub enum Msg {
    /// A key press, resolved through the keymap (or typed into a popup).
    Key(KeyEvent),
    /// Bracketed paste: inserted into the open editor, never run as keys.
    Paste(String),
    /// A command, as if its key had been pressed.
    Cmd(Command),
    /// Result of [`Effect::SaveGroup`].
    Saved(Id, Result<(), String>),
    /// A group's save found the file changed on disk: the edit was merged
    /// with the disk's version (no conflict) and saved.
    SavedMerged(Id),
    /// Result of [`Effect::DeleteGroup`].
    Deleted(Id, Result<(), String>),
    /// Result of [`Effect::SaveGovernance`].
    GovernanceSaved(Result<(), String>),
    /// Result of [`Effect::SaveReferential`].
    ReferentialSaved(Result<(), String>),
    /// Result of [`Effect::WriteFile`].
    Written(PathBuf, Result<(), String>),
    /// Files changed on disk (from the runtime's poll).
    DiskChanged(Vec<DiskChange>),
    /// Result of [`Effect::Reload`], with the file's located problems.
    Reloaded(Reloaded, Vec<String>),
    /// SIGTERM/SIGHUP: flush what can be flushed, then quit.
    Terminate,
    /// Result of an [`Effect::Sync`] step (sharing through git).
    Sync(SyncMsg),
    /// Figures computed off the event loop ([`Effect::Evaluate`]).
    Figures(Box<super::board::Figures>),
    /// Search results computed off the event loop ([`Effect::Search`]).
    Found(Box<super::search::Found>),
    /// Result of [`Effect::OpenDocument`]: the document handed to the
    /// system's opener, or why not (in the interface's language).
    Opened(Result<(), String>),
    /// Result of [`Effect::CheckDocument`]: refused (why), or to link
    /// (with a note when the file is not there yet), in the interface's
    /// language.
    DocumentChecked {
        /// The action.
        target: super::app::ActionRef,
        /// The deliverable's label.
        label: String,
        /// The document typed.
        document: String,
        /// Why not, or a note.
        result: Result<Option<String>, String>,
    },
}

/// Work for the runtime: the only way `update` touches the world.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Save a group through the store's safe save.
    SaveGroup(Id),
    /// Delete a group's file.
    DeleteGroup(Id),
    /// Save `governance.ron` through the store's safe save.
    SaveGovernance,
    /// Read a file again from disk.
    Reload(PathBuf),
    /// Leave the interface.
    Quit,
    /// A step of sharing through git (commit, pull, push, conflicts).
    Sync(SyncEffect),
    /// Write a text file of the workspace (minutes), path relative to it.
    WriteFile(PathBuf, String),
    /// Save `pacte.ron` through the store's safe save.
    SaveReferential,
    /// Compute the figures of the screen on top off the event loop (see
    /// [`App::background`](super::app::App::background)).
    Evaluate,
    /// Run the open search popup's query off the event loop (see
    /// [`App::background`](super::app::App::background)).
    Search(String),
    /// Hand a deliverable's document (as written in its file) to the
    /// system's opener, once checked to be a web address or a file of the
    /// workspace reached without a symbolic link.
    OpenDocument {
        /// The deliverable's label.
        label: String,
        /// Its document.
        document: String,
    },
    /// Look for a document about to be linked (a symbolic link or a folder
    /// is refused, a file not there yet is said), then link it.
    CheckDocument {
        /// The action.
        target: super::app::ActionRef,
        /// The deliverable's label.
        label: String,
        /// The document typed.
        document: String,
    },
}

macro_rules! commands {
    ( $( $(#[$m:meta])* $v:ident = $id:literal; )+ ) => {
        /// What a key does. Names in the keymap file are kebab-case.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Command {
            $( $(#[$m])* $v, )+
        }

        impl Command {
            /// Every command, in help order.
            pub const ALL: &'static [Command] = &[$(Command::$v),+];

            /// The catalogue id of the command's label: `command-` and the
            /// variant's name in kebab case (`command-page-up`).
            pub fn label_id(self) -> &'static str {
                match self { $(Command::$v => $id,)+ }
            }

            /// Label shown in the help.
            pub fn label(self, lang: Lang) -> String {
                crate::i18n::text(lang, self.label_id(), &[])
            }
        }
    };
}

commands! {
    /// Cursor up.
    Up = "command-up";
    /// Cursor down.
    Down = "command-down";
    /// Back to the previous screen (or previous pane on the home screen).
    Left = "command-left";
    /// Open the selected item.
    Right = "command-right";
    /// Open the selected item, or edit the selected field.
    Open = "command-open";
    /// Back.
    Back = "command-back";
    /// Page up.
    PageUp = "command-page-up";
    /// Page down.
    PageDown = "command-page-down";
    /// First item.
    Top = "command-top";
    /// Last item.
    Bottom = "command-bottom";
    /// Next pane.
    NextPane = "command-next-pane";
    /// Previous pane.
    PrevPane = "command-prev-pane";
    /// Home screen.
    Home = "command-home";
    /// Quit.
    Quit = "command-quit";
    /// Help overlay.
    Help = "command-help";
    /// Search.
    Search = "command-search";
    /// Filters.
    Filter = "command-filter";
    /// Remove every filter.
    ClearFilter = "command-clear-filter";
    /// All actions (filtered) in one list.
    AllActions = "command-all-actions";
    /// Problems found in the files.
    Problems = "command-problems";
    /// The sheet of an organisation named on the screen.
    Partners = "command-partners";
    /// Governance: COPIL, local committees, interim evaluations.
    Governance = "command-governance";
    /// The status board (tableau de bord).
    Board = "command-board";
    /// The alerts list.
    Alerts = "command-alerts";
    /// Board and alerts: previous reference year.
    PrevYear = "command-prev-year";
    /// Board and alerts: next reference year (after the last: all years).
    NextYear = "command-next-year";
    /// Change the status.
    Status = "command-status";
    /// Progress +10.
    ProgressUp = "command-progress-up";
    /// Progress −10.
    ProgressDown = "command-progress-down";
    /// Type the progress.
    Progress = "command-progress";
    /// Due date.
    Due = "command-due";
    /// Start date.
    Start = "command-start";
    /// Rename (title of an action, name of a group).
    Rename = "command-rename";
    /// Edit the selected field or item.
    Edit = "command-edit";
    /// Objectives (multi-line).
    Objectives = "command-objectives";
    /// Implementation (multi-line).
    Implementation = "command-implementation";
    /// Target publics.
    Publics = "command-publics";
    /// Toggle experimentation.
    Experimentation = "command-experimentation";
    /// Add a measurement to an indicator.
    Measure = "command-measure";
    /// Add an indicator.
    AddIndicator = "command-add-indicator";
    /// Add a journal entry.
    Journal = "command-journal";
    /// Add a deliverable.
    AddDeliverable = "command-add-deliverable";
    /// Link the selected deliverable to its document.
    Document = "command-document";
    /// Open the selected deliverable's document.
    OpenDocument = "command-open-document";
    /// Toggle the selected deliverable.
    Toggle = "command-toggle";
    /// Add a meeting.
    Meeting = "command-meeting";
    /// Pilot.
    Pilot = "command-pilot";
    /// Co-pilot.
    Copilot = "command-copilot";
    /// Member organisations.
    Members = "command-members";
    /// Territories of a group.
    Territories = "command-territories";
    /// Axis and themes of a group.
    Themes = "command-themes";
    /// New (group, action, indicator… depending on where you are).
    New = "command-new";
    /// Delete the selected item (asks first).
    Delete = "command-delete";
    /// Undo.
    Undo = "command-undo";
    /// Redo.
    Redo = "command-redo";
    /// Save again what could not be saved.
    Retry = "command-retry";
    /// Reload the current group from disk, dropping an unsaved edit.
    Reload = "command-reload";
    /// Share through git: the sync panel, then commit, pull, push; on the
    /// conflict screen, write the choices and finish.
    Share = "command-share";
    /// Conflict: keep your value.
    KeepMine = "command-keep-mine";
    /// Conflict: keep the others' value.
    KeepTheirs = "command-keep-theirs";
    /// Conflict: keep both (lists).
    KeepBoth = "command-keep-both";
    /// Abandon the merge or rebase stopped on conflicts.
    AbortSync = "command-abort-sync";
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `PageUp` → `page-up`.
    fn kebab(name: &str) -> String {
        let mut out = String::new();
        for (i, c) in name.chars().enumerate() {
            if c.is_ascii_uppercase() {
                if i > 0 {
                    out.push('-');
                }
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn every_command_has_a_label_in_the_catalogue() {
        for c in Command::ALL {
            assert_eq!(
                c.label_id(),
                format!("command-{}", kebab(&format!("{c:?}")))
            );
            for lang in Lang::ALL {
                let label = c.label(lang);
                assert!(!label.starts_with('['), "{c:?} in {lang:?}: {label}");
            }
        }
    }
}
