//! The `pacte` binary: parses the command line and runs a command.

use clap::Parser;
use pacte::cli::{self, CheckFormat, Cli, Command, LangArg};
use pacte::domain::Message;
use pacte::m;
use pacte::store::Workspace;
use pacte::tui::{self, Lang};
use std::io::{IsTerminal, Write as _};
use std::path::Path;
use std::process::ExitCode;

/// Prints a line on standard output; a reader that stopped reading (`| head`)
/// or a closed output is not a panic.
macro_rules! say {
    ($($t:tt)*) => {{
        let _ = writeln!(std::io::stdout().lock(), $($t)*);
    }};
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // During a sync, git runs this executable as the merge driver.
    if let Ok(exe) = std::env::current_exe() {
        pacte::sync::set_driver_exe(exe.canonicalize().unwrap_or(exe));
    }
    let lang = lang(cli.lang);
    match run(cli, lang) {
        Ok(code) => code,
        Err(msg) => {
            // Never a panic when standard error is closed (a terminal gone).
            let mut err = std::io::stderr();
            for line in msg.in_lang(lang).lines() {
                let _ = writeln!(err, "pacte: {}", pacte::text::sanitize(line));
            }
            ExitCode::from(1)
        }
    }
}

fn open(dir: &Path) -> Result<Workspace, Message> {
    Workspace::open(dir).map_err(|e| e.message())
}

fn lang(flag: Option<LangArg>) -> Lang {
    let from_config = || {
        pacte::config::load()
            .ok()
            .and_then(|c| c.lang)
            .map(|l| Lang::from_code(&l))
    };
    match flag {
        Some(LangArg::En) => Lang::En,
        Some(LangArg::Fr) => Lang::Fr,
        None => from_config().unwrap_or_default(),
    }
}

fn open_tui(dir: &Path, flag: Option<LangArg>) -> Result<ExitCode, String> {
    let options = tui::Options {
        lang: lang(flag),
        ..Default::default()
    };
    tui::run(dir, options).map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli, lang: Lang) -> Result<ExitCode, Message> {
    match cli.command {
        None => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            open(&dir)?;
            Ok(open_tui(&dir, cli.lang)?)
        }
        Some(Command::Init { dir }) => {
            say!("{}", cli::init::run(&dir)?.in_lang(lang));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Check { format }) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            // Read-only: each group file is checked as it is read, then
            // its text let go.
            let (ws, report) = match cli::today() {
                Ok(today) => cli::check::open_and_run(&dir, today).map_err(|e| e.message())?,
                // The workspace's own error first, as ever.
                Err(e) => {
                    Workspace::open_lean(&dir).map_err(|e| e.message())?;
                    return Err(e);
                }
            };
            match format {
                CheckFormat::Text => {
                    for part in report.text_parts(lang) {
                        print!("{part}");
                    }
                }
                CheckFormat::Json => print!("{}", report.to_json()),
            }
            let code = if report.errors > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            };
            // The process ends here and the system takes its memory back
            // at once: freeing the groups and the diagnostics one by one
            // (a hundred thousand allocations) would only add milliseconds.
            std::mem::forget(report);
            std::mem::forget(ws);
            Ok(code)
        }
        Some(Command::Import {
            file,
            format,
            sheet,
        }) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            let mut ws = open(&dir)?;
            let options = pacte::import::ImportOptions { format, sheet };
            let s =
                pacte::import::import_file(&mut ws, &file, &options).map_err(|e| e.message())?;
            let summary = pacte::t!(
                lang,
                "import-done",
                file = file.display(),
                groups_created = s.groups_created,
                groups_updated = s.groups_updated,
                actions_created = s.actions_created,
                actions_updated = s.actions_updated
            );
            say!("{summary}");
            for o in &s.organisations_added {
                let o = pacte::text::sanitize(o);
                say!("{}", pacte::t!(lang, "import-organisation-added", name = o));
            }
            for c in &s.ignored_columns {
                let c = pacte::text::sanitize(c);
                say!("{}", pacte::t!(lang, "import-column-ignored", column = c));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Set {
            target,
            assignments,
        }) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            // Only the target group's file is read.
            let stem = target.split('/').next().unwrap_or_default();
            let mut ws = Workspace::open_group_files(&dir, stem).map_err(|e| e.message())?;
            let done = cli::set::run(&mut ws, &target, &assignments, cli::today()?)?;
            say!("{}", done.in_lang(lang));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Report(args)) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            let ws = open(&dir)?;
            if let Some(msg) = cli::report::run(&ws, &args, cli::today()?)? {
                say!("{}", msg.in_lang(lang));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Agenda(args)) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            let ws = open(&dir)?;
            if let Some(msg) = cli::agenda::run(&ws, &args, cli::today()?, lang)? {
                say!("{}", msg.in_lang(lang));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Minutes(args)) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            let ws = open(&dir)?;
            if let Some(msg) = cli::minutes::run(&ws, &args, cli::today()?, lang)? {
                say!("{}", msg.in_lang(lang));
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Partners(args)) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            let mut ws = open(&dir)?;
            let out = cli::partners::run(&mut ws, &args, cli::today()?, lang)?;
            if !out.is_empty() {
                say!("{}", out.trim_end());
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::GitSetup) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            say!("{}", cli::git_setup::run(&dir)?.in_lang(lang));
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            path,
        }) => {
            let (code, note) = cli::merge::run(&base, &ours, &theirs, &path);
            if let Some(note) = note {
                let _ = writeln!(std::io::stderr(), "pacte: {}", pacte::text::sanitize(&note));
            }
            Ok(ExitCode::from(code))
        }
        Some(Command::Sync { message, force }) => {
            let dir = cli::resolve_workspace(cli.workspace)?;
            let mode = if std::io::stdin().is_terminal() {
                pacte::sync::Mode::Interactive
            } else {
                pacte::sync::Mode::Background
            };
            let (text, failed) = cli::sync::run(&dir, message.as_deref(), mode, force, lang);
            print!("{}", pacte::text::sanitize_multiline(&text).join("\n"));
            Ok(if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Some(Command::GenWorkspace { dir, actions }) => {
            let s = pacte::bench_support::generate(&dir, actions)
                .map_err(|e| Message::from(e.to_string()))?;
            say!(
                "{}: {} groups, {} actions, {} bytes",
                dir.display(),
                s.groups,
                s.actions,
                s.bytes
            );
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Demo { dir }) => {
            let dir = match dir.or(cli.workspace) {
                Some(d) => d,
                None => pacte::config::default_demo_dir().ok_or_else(|| m!("demo-no-home"))?,
            };
            demo(&dir)?;
            if std::io::stdout().is_terminal() && std::io::stdin().is_terminal() {
                Ok(open_tui(&dir, cli.lang)?)
            } else {
                say!("{}", dir.display());
                Ok(ExitCode::SUCCESS)
            }
        }
    }
}

/// Creates the demo in `dir` when it holds no workspace, as a git repository
/// with one commit so that `git diff` shows every change made afterwards.
fn demo(dir: &Path) -> Result<(), Message> {
    if pacte::store::layout::is_workspace(dir) {
        return Ok(());
    }
    pacte::demo::write_demo(dir).map_err(|e| match e {
        pacte::demo::DemoError::Occupied(d, o) => cli::init::occupied_message(&d, &o),
        e => Message::from(e.to_string()),
    })?;
    if !pacte::store::git::is_inside_repo(dir) {
        pacte::store::git::init(dir).map_err(|e| e.message())?;
        cli::git_setup::run(dir)?;
        pacte::store::git::commit_all(dir, "Démo pacte : espace de travail d'exemple")
            .map_err(|e| e.message())?;
    }
    Ok(())
}
