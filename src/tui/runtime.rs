//! The runtime: owns the terminal, turns terminal events and signals into
//! messages, performs the effects `update` returns, and polls the files.

use super::app::{App, Tone};
use super::input::Input;
use super::msg::{Effect, Msg};
use super::sync::SyncEffect;
use super::update::update;
use super::view::view;
use super::{Options, TuiError, keymap};
use crate::store::SaveError;
use crate::store::save::Hash;
use crate::store::{Progress, Workspace};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use std::collections::{BTreeMap, VecDeque};
use std::io::{self, Stdout, stdout};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

type Term = Terminal<CrosstermBackend<Stdout>>;

/// How often files are compared with what was read.
const SCAN_EVERY: Duration = Duration::from_secs(1);

/// Puts the terminal back: raw mode off, main screen, paste mode off,
/// cursor shown. Safe to call more than once.
pub fn restore_terminal() {
    super::sync_io::set_terminal(false);
    let _ = disable_raw_mode();
    let _ = execute!(
        stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
}

fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore_terminal();
            previous(info);
        }));
    });
}

fn enter() -> io::Result<Term> {
    install_panic_hook();
    enable_raw_mode()?;
    if let Err(e) = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste) {
        restore_terminal();
        return Err(e);
    }
    let t = Terminal::new(CrosstermBackend::new(stdout())).inspect_err(|_| restore_terminal())?;
    super::sync_io::set_terminal(true);
    Ok(t)
}

/// Opens the workspace and runs the interface until the user quits or a
/// SIGTERM/SIGHUP arrives. The terminal shows a first frame at once: the
/// workspace loads behind a progress line (keys pressed meanwhile wait for
/// it).
pub fn run(root: &Path, options: Options) -> Result<(), TuiError> {
    if !crate::store::layout::is_workspace(root) {
        return Err(crate::store::OpenError::NotAWorkspace(root.to_path_buf()).into());
    }
    let signals = Signals::install()?;
    let mut terminal = enter()?;
    let ws = match open_showing_progress(&mut terminal, root, &signals, options.lang) {
        Ok(Some(ws)) => ws,
        Ok(None) => {
            restore_terminal();
            return Ok(());
        }
        Err(e) => {
            restore_terminal();
            return Err(e);
        }
    };
    let user = keymap::user_keymap_path();
    let path = options.keymap.clone().or(user);
    let (keymap, keymap_problem) = keymap::load(path.as_deref());
    let from_env = || {
        std::env::var("PACTE_TODAY")
            .ok()
            .and_then(|s| s.parse().ok())
    };
    let today = options
        .today
        .or_else(from_env)
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut app = App::new(ws, options.lang, today, keymap);
    app.no_color = options.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if let Some(p) = keymap_problem {
        app.say(Tone::Error, p.in_lang(app.lang).to_string());
    }
    let result = event_loop(&mut terminal, &mut app, &signals);
    restore_terminal();
    if matches!(result, Ok(Ended::TerminalGone)) {
        // Its drop would try to show the cursor on a terminal that is no
        // more, and complain on a closed standard error.
        std::mem::forget(terminal);
    }
    result.map(|_| ())
}

/// Opens the workspace on another thread, drawing how far it is until it
/// is open; `None` when a signal asked to stop meanwhile.
fn open_showing_progress(
    terminal: &mut Term,
    root: &Path,
    signals: &Signals,
    lang: super::Lang,
) -> Result<Option<Workspace>, TuiError> {
    let progress = Arc::new(Progress::default());
    let (tx, rx) = std::sync::mpsc::channel();
    let (p, dir) = (Arc::clone(&progress), root.to_path_buf());
    std::thread::spawn(move || {
        let _ = tx.send(Workspace::open_with(&dir, &p));
    });
    let started = Instant::now();
    loop {
        let (done, total) = (
            progress.done.load(Ordering::Relaxed),
            progress.total.load(Ordering::Relaxed),
        );
        let waited = started.elapsed();
        terminal.draw(|f| super::view::loading(f, lang, done, total, waited))?;
        match rx.recv_timeout(Duration::from_millis(50)) {
            Ok(opened) => return Ok(Some(opened?)),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {}
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                // The loader died (it never should): open here instead.
                return Ok(Some(Workspace::open(root)?));
            }
        }
        if signals.stop.load(Ordering::SeqCst) {
            return Ok(None);
        }
    }
}

/// How the event loop ended.
enum Ended {
    /// The user quit, or a signal asked to.
    Quit,
    /// The terminal went away.
    TerminalGone,
}

/// The signals the interface handles: SIGTERM, SIGHUP, SIGINT and SIGQUIT
/// end it (the terminal restored, unsaved edits saved first); SIGTSTP
/// gives the terminal back before the job stops, and takes it again when
/// it continues.
struct Signals {
    stop: Arc<AtomicBool>,
    suspend: Arc<AtomicBool>,
}

impl Signals {
    fn install() -> io::Result<Signals> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let stop = Arc::new(AtomicBool::new(false));
        let suspend = Arc::new(AtomicBool::new(false));
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal_hook::flag::register(sig, Arc::clone(&stop))?;
        }
        signal_hook::flag::register(SIGTSTP, Arc::clone(&suspend))?;
        Ok(Signals { stop, suspend })
    }
}

/// SIGTSTP: the terminal as the shell expects it, the job stopped; on
/// SIGCONT, the interface again, redrawn whole.
fn suspend(terminal: &mut Term) {
    super::input::pause();
    restore_terminal();
    let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGTSTP);
    // Continued.
    let _ = enable_raw_mode();
    let _ = execute!(stdout(), EnterAlternateScreen, EnableBracketedPaste);
    super::sync_io::set_terminal(true);
    let _ = terminal.clear();
    super::input::resume();
}

/// How long the loop waits for input before looking at signals and files.
const TICK: Duration = Duration::from_millis(200);

fn event_loop(terminal: &mut Term, app: &mut App, signals: &Signals) -> Result<Ended, TuiError> {
    let mut last_scan = Instant::now();
    let mut reported: BTreeMap<PathBuf, Option<Hash>> = BTreeMap::new();
    let input = super::input::start();
    // The terminal went away (closed window, hang-up, write error): the
    // unsaved edits are saved and the process ends.
    let mut gone = false;
    // At start: a merge or rebase stopped on conflicts opens the conflict screen.
    let mut queue: VecDeque<Msg> = perform(app, Effect::Sync(SyncEffect::Startup))
        .into_iter()
        .collect();
    loop {
        if !gone {
            if super::sync_io::take_redraw() && terminal.clear().is_err() {
                gone = true;
            }
            if terminal.draw(|f| view(app, f)).is_err() {
                gone = true;
            }
        }
        if signals.suspend.swap(false, Ordering::SeqCst) && !gone {
            suspend(terminal);
        }
        if signals.stop.load(Ordering::SeqCst) || gone {
            queue.push_back(Msg::Terminate);
        } else if let Some(rx) = &input {
            let mut next = rx.recv_timeout(TICK).ok();
            while let Some(i) = next {
                match i {
                    Input::Event(Event::Key(k)) => queue.push_back(Msg::Key(k)),
                    Input::Event(Event::Paste(s)) => queue.push_back(Msg::Paste(s)),
                    Input::Event(_) => {}
                    Input::Gone => {
                        gone = true;
                        queue.push_back(Msg::Terminate);
                        break;
                    }
                }
                next = rx.try_recv().ok();
            }
        } else {
            std::thread::sleep(TICK);
        }
        if last_scan.elapsed() >= SCAN_EVERY {
            last_scan = Instant::now();
            let changes = app.ws.disk_changes();
            reported.retain(|file, _| changes.iter().any(|c| &c.file == file));
            let fresh: Vec<_> = changes
                .into_iter()
                .filter(|c| reported.get(&c.file) != Some(&c.disk_hash))
                .collect();
            for c in &fresh {
                reported.insert(c.file.clone(), c.disk_hash);
            }
            if !fresh.is_empty() {
                queue.push_back(Msg::DiskChanged(fresh));
            }
        }
        let mut quit = false;
        while let Some(msg) = queue.pop_front() {
            for effect in update(app, msg) {
                match perform(app, effect) {
                    Some(m) => queue.push_back(m),
                    None => quit = true,
                }
            }
        }
        if quit {
            return Ok(if gone {
                Ended::TerminalGone
            } else {
                Ended::Quit
            });
        }
    }
}

/// After a save refused because the group's file changed on disk (another
/// pacte, a `git pull`): merges the unsaved edit with the disk's version,
/// from what the edit started from, and saves the result when nothing
/// conflicts. False (nothing written) when it conflicts or cannot be read.
fn merge_with_disk(app: &mut App, id: &crate::domain::Id, rel: &Path) -> bool {
    use crate::store::format::from_text;
    // Another writer may save again meanwhile: a few tries, each from what
    // the disk holds then.
    for _ in 0..5 {
        let Some(mine) = app.ws.group(id).cloned() else {
            return false;
        };
        let base: Option<crate::domain::Group> =
            app.ws.read_text(rel).and_then(|t| from_text(t).ok());
        let Some(disk_text) = crate::store::safe::read_text(
            &app.ws.root.join(rel),
            crate::store::layout::MAX_FILE_SIZE,
        ) else {
            return false;
        };
        let Ok(disk) = from_text::<crate::domain::Group>(&disk_text) else {
            return false;
        };
        let (merged, conflicts) = crate::merge::merge_groups(base.as_ref(), &mine, &disk);
        if conflicts > 0 || merged.id != *id {
            return false;
        }
        app.ws.adopt_disk_text(rel, disk_text);
        app.ws.insert_group(merged);
        match app.ws.save_group(id) {
            Ok(()) => return true,
            Err(SaveError::ChangedOnDisk(_)) => continue,
            Err(_) => return false,
        }
    }
    false
}

/// Writes a text file of the workspace atomically, refusing a way through
/// a symbolic link.
fn write_file(root: &std::path::Path, rel: &std::path::Path, text: &str) -> std::io::Result<()> {
    if let Some(link) = crate::store::safe::linked_folder(root, rel) {
        return Err(std::io::Error::other(format!(
            "{}: symbolic link",
            link.display()
        )));
    }
    let path = root.join(rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::store::save::write_atomic(&path, text.as_bytes())
}

/// Performs one effect; `None` means quit.
pub fn perform(app: &mut App, effect: Effect) -> Option<Msg> {
    Some(match effect {
        Effect::SaveGroup(id) => match app.ws.save_group(&id) {
            Ok(()) => Msg::Saved(id, Ok(())),
            Err(SaveError::ChangedOnDisk(rel)) if merge_with_disk(app, &id, &rel) => {
                Msg::SavedMerged(id)
            }
            Err(e) => Msg::Saved(id, Err(e.message().in_lang(app.lang).to_string())),
        },
        Effect::DeleteGroup(id) => {
            let r = app
                .ws
                .delete_group(&id)
                .map_err(|e| e.message().in_lang(app.lang).to_string());
            Msg::Deleted(id, r)
        }
        Effect::SaveReferential => {
            let r = app
                .ws
                .save_referential()
                .map_err(|e| e.message().in_lang(app.lang).to_string());
            Msg::ReferentialSaved(r)
        }
        Effect::WriteFile(rel, text) => {
            let r = write_file(&app.ws.root, &rel, &text).map_err(|e| e.to_string());
            Msg::Written(rel, r)
        }
        Effect::SaveGovernance => {
            let r = app
                .ws
                .save_governance()
                .map_err(|e| e.message().in_lang(app.lang).to_string());
            Msg::GovernanceSaved(r)
        }
        Effect::Reload(file) => {
            let outcome = app.ws.reload_file(&file);
            let problems = app
                .ws
                .load_diagnostics
                .iter()
                .filter(|d| d.file == file && d.is_error())
                .map(|d| {
                    crate::t!(
                        app.lang,
                        "diag-at",
                        place = format!("{}:{}", d.line, d.column),
                        message = d.text(app.lang)
                    )
                })
                .collect();
            Msg::Reloaded(outcome, problems)
        }
        Effect::Sync(e) => Msg::Sync(super::sync_io::perform(app, e)),
        Effect::Quit => return None,
    })
}
