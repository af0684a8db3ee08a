//! The runtime: owns the terminal, turns terminal events and signals into
//! messages, performs the effects `update` returns, and polls the files.

use super::app::{App, Tone};
use super::effects::{Workers, flush, perform_with, settle};
use super::evaluator::{Evaluator, Searcher};
use super::input::Input;
use super::msg::{Effect, Msg};
use super::saver::Saver;
use super::sync::SyncEffect;
use super::update::update;
use super::view::view;
use super::{Options, TuiError, keymap};
use crate::store::{Progress, Workspace};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use std::collections::VecDeque;
use std::io::{self, Stdout, stdout};
use std::path::Path;
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

type Term = Terminal<CrosstermBackend<Stdout>>;

use super::watcher::SCAN_EVERY;

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
    let (tx, rx) = super::input::channel_pair();
    // When it cannot start, the loop still hears the other threads.
    let _input = super::input::start(tx.clone());
    // Files changed on disk are seen by a thread of their own; here, once
    // a second, only when that thread cannot start.
    let watcher = super::watcher::start(app.ws.watch(), tx.clone());
    let mut inline_watch = watcher.is_none().then(|| app.ws.watch());
    let mut last_scan = Instant::now();
    let waker = tx.clone();
    // Saves run on their own thread: the loop hands them over and goes on.
    let saver = Saver::spawn(move || {
        let _ = waker.send(Input::Wake);
    });
    // The board's figures too: a keystroke never waits for them.
    let evaluator = Evaluator::spawn(tx.clone());
    let searcher = Searcher::spawn(tx.clone());
    app.background = evaluator.is_some() && searcher.is_some();
    let mut workers = Workers {
        saver,
        evaluator,
        searcher,
    };
    // The terminal went away (closed window, hang-up, write error): the
    // unsaved edits are saved and the process ends.
    let mut gone = false;
    // At start: a merge or rebase stopped on conflicts opens the conflict screen.
    let mut queue: VecDeque<Msg> = VecDeque::new();
    perform_with(
        app,
        Effect::Sync(SyncEffect::Startup),
        &mut workers,
        &mut queue,
    );
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
        } else {
            // Without an input thread only the other threads' news come.
            let mut next = rx.recv_timeout(TICK).ok();
            while let Some(i) = next {
                match i {
                    Input::Event(Event::Key(k)) => queue.push_back(Msg::Key(k)),
                    Input::Event(Event::Paste(s)) => queue.push_back(Msg::Paste(s)),
                    Input::Event(_) | Input::Wake => {}
                    Input::Figures(f) => queue.push_back(Msg::Figures(f)),
                    Input::Found(found) => queue.push_back(Msg::Found(found)),
                    Input::Disk(changes) => {
                        let fresh = app.ws.unexpected(changes);
                        if !fresh.is_empty() {
                            queue.push_back(Msg::DiskChanged(fresh));
                        }
                    }
                    Input::Gone => {
                        gone = true;
                        queue.push_back(Msg::Terminate);
                        break;
                    }
                }
                next = rx.try_recv().ok();
            }
        }
        take_saves(app, &mut workers.saver, &mut queue);
        if let Some(w) = &mut inline_watch
            && last_scan.elapsed() >= SCAN_EVERY
        {
            last_scan = Instant::now();
            let fresh = app.ws.unexpected(w.scan());
            if !fresh.is_empty() {
                queue.push_back(Msg::DiskChanged(fresh));
            }
        }
        let terminating = gone || signals.stop.load(Ordering::SeqCst);
        if handle(app, &mut queue, &mut workers, terminating) {
            return Ok(if gone {
                Ended::TerminalGone
            } else {
                Ended::Quit
            });
        }
    }
}

/// Handles the queued messages: `update`, then each effect performed (the
/// messages they answer queued in turn). True when the interface is to
/// quit: every save then finished first. A quit the user asked for is
/// called off when one of those saves failed (the failure is on the
/// screen, the edit in memory); a quit because of a signal or a lost
/// terminal goes ahead.
pub fn handle(
    app: &mut App,
    queue: &mut VecDeque<Msg>,
    workers: &mut Workers,
    terminating: bool,
) -> bool {
    let mut quit = false;
    let mut before = None;
    loop {
        while let Some(msg) = queue.pop_front() {
            for effect in update(app, msg) {
                if effect == Effect::Quit && before.is_none() {
                    before = Some((app.unsaved.clone(), app.governance_unsaved));
                }
                quit |= perform_with(app, effect, workers, queue);
            }
        }
        if !quit {
            return false;
        }
        // Saves asked for while quitting (the messages just handled).
        flush(app, &mut workers.saver, queue);
        if queue.is_empty() {
            break;
        }
    }
    let lost = before.is_some_and(|(unsaved, governance)| {
        !app.unsaved.is_subset(&unsaved) || (app.governance_unsaved && !governance)
    });
    terminating || !lost
}

/// Takes the saves' results that came back (never waiting): their
/// messages go to `queue`.
pub fn take_saves(app: &mut App, saver: &mut Saver, queue: &mut VecDeque<Msg>) {
    for done in saver.ready() {
        if let Some(m) = settle(app, done, saver) {
            queue.push_back(m);
        }
    }
}

pub use super::effects::perform;
