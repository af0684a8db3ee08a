//! The command line: arguments, workspace resolution and each command.

pub mod agenda;
pub mod check;
pub mod git_setup;
pub mod init;
pub mod merge;
pub mod minutes;
pub mod partners;
pub mod report;
pub mod set;
pub mod sync;

use crate::domain::Message;
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Follow up the working groups of a Pacte Territorial pour l'Insertion.
///
/// Without a command, opens the interface on the workspace.
#[derive(Debug, Parser)]
#[command(name = "pacte", version, about)]
pub struct Cli {
    /// Workspace folder (default: the current folder or one above it, then
    /// $PACTE_WORKSPACE, then `workspace` in the user config).
    #[arg(long, short = 'w', global = true, value_name = "DIR")]
    pub workspace: Option<PathBuf>,
    /// Interface language.
    #[arg(long, global = true, value_enum, env = "PACTE_LANG")]
    pub lang: Option<LangArg>,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Interface languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Français.
    Fr,
    /// English.
    En,
}

/// Output formats of `pacte check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Located messages for people.
    Text,
    /// JSON for scripts.
    Json,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a workspace from the Hérault 2022–2025 template.
    Init {
        /// Folder to create (or an empty existing one).
        dir: PathBuf,
    },
    /// Validate the whole workspace (exit 1 when there are errors).
    Check {
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: CheckFormat,
    },
    /// Import actions from a spreadsheet: CSV, XLSX or ODS.
    Import {
        /// The file: CSV (`;` or `,`, UTF-8, header row), .xlsx or .ods.
        file: PathBuf,
        /// The file's format: csv, xlsx or ods (default: from its
        /// extension).
        #[arg(long, short = 'f', value_name = "FORMAT")]
        format: Option<String>,
        /// The sheet of a workbook to read (default: the first).
        #[arg(long, value_name = "NAME")]
        sheet: Option<String>,
    },
    /// Edit an action from a script: `pacte set GROUP/ACTION status=done progress=100`.
    Set {
        /// The action, as GROUP/ACTION ids.
        target: String,
        /// Assignments: status=, progress=, due=, start=, title=,
        /// objectives=, implementation=, experimentation=,
        /// indicator.ID=VALUE[@YYYY-MM-DD], document.DELIVERABLE=PATH-OR-URL.
        #[arg(required = true, value_name = "FIELD=VALUE")]
        assignments: Vec<String>,
    },
    /// Create the demo workspace when missing, then open it (or print its path
    /// when not in a terminal).
    Demo {
        /// Folder of the demo (default: under the user's data folder).
        dir: Option<PathBuf>,
    },
    /// Evaluation report (figures, alerts, governance calendar) as md, csv,
    /// xlsx, html or json.
    Report(report::ReportArgs),
    /// The pact's agenda: what falls due in the coming weeks (text), or the
    /// whole calendar as an iCalendar file (`--format ics`, `-o x.ics`).
    Agenda(agenda::AgendaArgs),
    /// A meeting's minutes (compte rendu) as md, txt or html: the latest
    /// meeting of GROUP by default.
    Minutes(minutes::MinutesArgs),
    /// The partner register: list it, export it as data·inclusion v1
    /// structures, or complete it from a structures file.
    Partners(partners::PartnersArgs),
    /// Install the pacte merge driver in this git clone (`.git/config`) and
    /// choose it for `.ron` files (`.gitattributes`).
    GitSetup,
    /// The merge driver git calls (`%O %A %B %P`): merges workspace files
    /// by id and field into OURS; exit 1 on conflicts.
    MergeDriver {
        /// Common ancestor's version (`%O`).
        base: PathBuf,
        /// Our version, overwritten with the result (`%A`).
        ours: PathBuf,
        /// Their version (`%B`).
        theirs: PathBuf,
        /// Path of the file in the repository (`%P`).
        path: PathBuf,
    },
    /// Commit the workspace's changes, pull (rebase) and push, with a
    /// summary of what changed on each side.
    Sync {
        /// Commit message (default: generated from the changes).
        #[arg(long, short)]
        message: Option<String>,
        /// Share even files that `pacte check` rejects (for a person who
        /// knows what they are doing).
        #[arg(long)]
        force: bool,
    },
    /// Generate a large workspace for the benchmarks (hidden: for
    /// developers): 6 territories × ⌈N / 120⌉ groups × 20 actions.
    #[command(hide = true)]
    GenWorkspace {
        /// Folder to create (or an empty existing one).
        dir: PathBuf,
        /// Number of actions (rounded up to a multiple of 120).
        #[arg(long, default_value_t = 6000)]
        actions: usize,
    },
}

/// Finds the workspace: `--workspace`, else the current folder or one above
/// it holding a `pacte.ron`, else `$PACTE_WORKSPACE`, else the user config.
pub fn resolve_workspace(flag: Option<PathBuf>) -> Result<PathBuf, Message> {
    if let Some(dir) = flag {
        return Ok(dir);
    }
    if let Ok(cwd) = std::env::current_dir()
        && let Some(root) = crate::store::layout::find_root(&cwd)
    {
        return Ok(root);
    }
    if let Some(dir) = std::env::var_os("PACTE_WORKSPACE").filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    let config = crate::config::load()?;
    config
        .workspace
        .ok_or_else(|| crate::m!("cli-no-workspace"))
}

/// Today's date: `$PACTE_TODAY` (YYYY-MM-DD) when set, for reproducible
/// scripts and tests; otherwise the local date.
pub fn today() -> Result<chrono::NaiveDate, Message> {
    match std::env::var("PACTE_TODAY") {
        Ok(s) if !s.is_empty() => s.parse().map_err(|e: chrono::ParseError| {
            crate::m!("cli-bad-today", typed = s.as_str(), error = e.to_string())
        }),
        _ => Ok(chrono::Local::now().date_naive()),
    }
}
