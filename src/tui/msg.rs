//! Messages into `update`, commands bound to keys, effects out of `update`.

use super::Lang;
use super::i18n::tr;
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
    /// Files changed on disk (from the runtime's poll).
    DiskChanged(Vec<DiskChange>),
    /// Result of [`Effect::Reload`], with the file's located problems.
    Reloaded(Reloaded, Vec<String>),
    /// SIGTERM/SIGHUP: flush what can be flushed, then quit.
    Terminate,
    /// Result of an [`Effect::Sync`] step (sharing through git).
    Sync(SyncMsg),
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
}

macro_rules! commands {
    ( $( $(#[$m:meta])* $v:ident = $fr:literal, $en:literal; )+ ) => {
        /// What a key does. Names in the keymap file are kebab-case.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        pub enum Command {
            $( $(#[$m])* $v, )+
        }

        impl Command {
            /// Every command, in help order.
            pub const ALL: &'static [Command] = &[$(Command::$v),+];

            /// Label shown in the help.
            pub fn label(self, lang: Lang) -> &'static str {
                match self { $(Command::$v => tr(lang, $fr, $en),)+ }
            }
        }
    };
}

commands! {
    /// Cursor up.
    Up = "monter", "up";
    /// Cursor down.
    Down = "descendre", "down";
    /// Back to the previous screen (or previous pane on the home screen).
    Left = "revenir", "back";
    /// Open the selected item.
    Right = "ouvrir", "open";
    /// Open the selected item, or edit the selected field.
    Open = "ouvrir / modifier", "open / edit";
    /// Back.
    Back = "retour", "back";
    /// Page up.
    PageUp = "page précédente", "page up";
    /// Page down.
    PageDown = "page suivante", "page down";
    /// First item.
    Top = "début de liste", "first item";
    /// Last item.
    Bottom = "fin de liste", "last item";
    /// Next pane.
    NextPane = "panneau suivant", "next pane";
    /// Previous pane.
    PrevPane = "panneau précédent", "previous pane";
    /// Home screen.
    Home = "accueil", "home";
    /// Quit.
    Quit = "quitter", "quit";
    /// Help overlay.
    Help = "aide", "help";
    /// Search.
    Search = "rechercher", "search";
    /// Filters.
    Filter = "filtres", "filters";
    /// Remove every filter.
    ClearFilter = "effacer les filtres", "clear filters";
    /// All actions (filtered) in one list.
    AllActions = "toutes les actions", "all actions";
    /// Problems found in the files.
    Problems = "problèmes des fichiers", "file problems";
    /// Governance: COPIL, local committees, interim evaluations.
    Governance = "gouvernance (COPIL, comités locaux, évaluations)", "governance (steering, local committees, evaluations)";
    /// The status board (tableau de bord).
    Board = "tableau de bord", "status board";
    /// The alerts list.
    Alerts = "alertes", "alerts";
    /// Board and alerts: previous reference year.
    PrevYear = "année précédente (tableau de bord)", "previous year (board)";
    /// Board and alerts: next reference year (after the last: all years).
    NextYear = "année suivante (tableau de bord)", "next year (board)";
    /// Change the status.
    Status = "changer le statut", "change status";
    /// Progress +10.
    ProgressUp = "avancement +10", "progress +10";
    /// Progress −10.
    ProgressDown = "avancement −10", "progress −10";
    /// Type the progress.
    Progress = "saisir l'avancement", "type progress";
    /// Due date.
    Due = "échéance", "due date";
    /// Start date.
    Start = "date de début", "start date";
    /// Rename (title of an action, name of a group).
    Rename = "renommer", "rename";
    /// Edit the selected field or item.
    Edit = "modifier", "edit";
    /// Objectives (multi-line).
    Objectives = "objectifs", "objectives";
    /// Implementation (multi-line).
    Implementation = "mise en œuvre", "implementation";
    /// Target publics.
    Publics = "publics visés", "target publics";
    /// Toggle experimentation.
    Experimentation = "expérimentation oui/non", "experimentation on/off";
    /// Add a measurement to an indicator.
    Measure = "saisir une mesure d'indicateur", "add indicator measurement";
    /// Add an indicator.
    AddIndicator = "ajouter un indicateur", "add indicator";
    /// Add a journal entry.
    Journal = "ajouter au journal", "add journal entry";
    /// Add a deliverable.
    AddDeliverable = "ajouter un livrable", "add deliverable";
    /// Toggle the selected deliverable.
    Toggle = "livrable fait / à faire", "deliverable done / to do";
    /// Add a meeting.
    Meeting = "ajouter une réunion", "add meeting";
    /// Pilot.
    Pilot = "pilote", "pilot";
    /// Co-pilot.
    Copilot = "copilote", "co-pilot";
    /// Member organisations.
    Members = "organisations membres", "member organisations";
    /// Territories of a group.
    Territories = "territoires du groupe", "group territories";
    /// Axis and themes of a group.
    Themes = "axe et thématiques du groupe", "group axis and themes";
    /// New (group, action, indicator… depending on where you are).
    New = "nouveau (groupe, action…)", "new (group, action…)";
    /// Delete the selected item (asks first).
    Delete = "supprimer (avec confirmation)", "delete (asks first)";
    /// Undo.
    Undo = "annuler", "undo";
    /// Redo.
    Redo = "rétablir", "redo";
    /// Save again what could not be saved.
    Retry = "réessayer l'enregistrement", "retry saving";
    /// Reload the current group from disk, dropping an unsaved edit.
    Reload = "recharger depuis le disque", "reload from disk";
    /// Share through git: the sync panel, then commit, pull, push; on the
    /// conflict screen, write the choices and finish.
    Share = "partager : commit, récupérer, envoyer", "share: commit, pull, push";
    /// Conflict: keep your value.
    KeepMine = "conflit : garder chez vous", "conflict: keep yours";
    /// Conflict: keep the others' value.
    KeepTheirs = "conflit : garder chez les autres", "conflict: keep theirs";
    /// Conflict: keep both (lists).
    KeepBoth = "conflit : garder les deux", "conflict: keep both";
    /// Abandon the merge or rebase stopped on conflicts.
    AbortSync = "abandonner la synchronisation en conflit", "abandon the conflicted sync";
}
