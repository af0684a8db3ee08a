//! The interface on generated workspaces of 6,000 actions (and 60,000 with
//! `PACTE_BENCH_LARGE=1`): time to the first frame, and keystroke to frame
//! as the event loop does it (`update`, the effects performed — saves
//! handed to the saver thread, as the interface does —, the messages they
//! answer handled, then `view` on a `TestBackend`), each beside the frame
//! alone on the same screen; and the event loop's share of the disk poll.
//!
//! Run with `cargo bench --bench frames` (or `benches/run.sh` for the table).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use pacte::bench_support::bench_sizes;
use pacte::domain::Group;
use pacte::store::Workspace;
use pacte::tui::Lang;
use pacte::tui::app::{App, Screen};
use pacte::tui::effects::{Workers, flush, settle};
use pacte::tui::evaluator::{Evaluator, Searcher};
use pacte::tui::input::Input;
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Command, Msg};
use pacte::tui::runtime;
use pacte::tui::saver::Saver;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, channel};

mod common;

use common::{dir, open, today};

fn main() {
    divan::main();
}

fn app(size: usize) -> App {
    App::new(open(size), Lang::Fr, today(), Keymap::defaults())
}

fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).expect("terminal")
}

fn key(c: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn ch(c: char) -> Msg {
    key(KeyCode::Char(c))
}

/// The event loop's workers (a saver and an evaluator on threads of their
/// own) and the channel the evaluator answers on.
struct Loop {
    workers: Workers,
    news: Receiver<Input>,
}

thread_local! {
    static LOOP: RefCell<Loop> = RefCell::new({
        let (tx, news) = channel();
        Loop {
            workers: Workers {
                saver: Saver::spawn(|| {}),
                evaluator: Evaluator::spawn(tx.clone()),
                searcher: Searcher::spawn(tx),
            },
            news,
        }
    });
}

/// Handles `msg` as the event loop does: what came back from the saver
/// and the evaluator taken first (never waiting), then `update`, each
/// effect performed (saves handed to the saver thread, figures asked of
/// the evaluator) and the messages they answer handled in turn.
fn handle(app: &mut App, msg: Msg) {
    app.background = true;
    LOOP.with_borrow_mut(|l| {
        let mut queue = VecDeque::new();
        runtime::take_saves(app, &mut l.workers.saver, &mut queue);
        while let Ok(i) = l.news.try_recv() {
            match i {
                Input::Figures(f) => queue.push_back(Msg::Figures(f)),
                Input::Found(f) => queue.push_back(Msg::Found(f)),
                _ => {}
            }
        }
        queue.push_back(msg);
        runtime::handle(app, &mut queue, &mut l.workers, false);
    });
}

/// Waits for the figures asked of the evaluator (setting up, not timed).
fn wait_for_figures(app: &mut App) {
    LOOP.with_borrow_mut(|l| {
        while app.board.in_flight {
            if let Ok(Input::Figures(f)) = l.news.recv() {
                let mut queue = VecDeque::from([Msg::Figures(f)]);
                runtime::handle(app, &mut queue, &mut l.workers, false);
            }
        }
    });
}

/// Waits for the saves in flight (setting up, not timed).
fn flush_saves(app: &mut App) {
    LOOP.with_borrow_mut(|l| {
        let mut queue = VecDeque::new();
        flush(app, &mut l.workers.saver, &mut queue);
        runtime::handle(app, &mut queue, &mut l.workers, false);
    });
}

/// One keystroke to its frame.
fn stroke(app: &mut App, t: &mut Terminal<TestBackend>, msg: Msg) {
    handle(app, msg);
    t.draw(|f| view(app, f)).expect("draw");
}

/// Commands that lead to a screen (setting up; not timed).
fn go(app: &mut App, commands: &[Command]) {
    for c in commands {
        handle(app, Msg::Cmd(*c));
    }
}

/// The home screen → the first territory → its first group.
const GROUP_PAGE: &[Command] = &[Command::Open, Command::Open];

/// From launch to the first frame: the workspace opened, the model built
/// and the home screen drawn on `w`×`h` (the interface itself draws a
/// progress frame before it opens the workspace; this times the whole).
fn first_frame(bencher: divan::Bencher, size: usize, w: u16, h: u16) {
    let d = dir(size);
    let mut t = terminal(w, h);
    bencher.bench_local(|| {
        let ws = Workspace::open(&d).expect("open");
        let a = App::new(ws, Lang::Fr, today(), Keymap::defaults());
        t.draw(|f| view(&a, f)).expect("draw");
        a
    });
}

/// The first home screen, 80×24.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn first_frame_80x24(bencher: divan::Bencher, size: usize) {
    first_frame(bencher, size, 80, 24);
}

/// The same on 120×40.
#[divan::bench(args = bench_sizes(), sample_count = 5, sample_size = 1)]
fn first_frame_120x40(bencher: divan::Bencher, size: usize) {
    first_frame(bencher, size, 120, 40);
}

fn frame_bench(bencher: divan::Bencher, size: usize, w: u16, h: u16, to: &[Command]) {
    let mut a = app(size);
    go(&mut a, to);
    let mut t = terminal(w, h);
    bencher.bench_local(|| t.draw(|f| view(&a, f)).map(|_| ()).expect("draw"));
}

/// Floor of the first frame: the home screen drawn, data loaded (80×24).
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn frame_home_80x24(bencher: divan::Bencher, size: usize) {
    frame_bench(bencher, size, 80, 24, &[]);
}

/// The same on 120×40.
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn frame_home_120x40(bencher: divan::Bencher, size: usize) {
    frame_bench(bencher, size, 120, 40, &[]);
}

/// A frame of a group's page (its 20 actions).
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn frame_group_page(bencher: divan::Bencher, size: usize) {
    frame_bench(bencher, size, 80, 24, GROUP_PAGE);
}

/// A frame of the list of every action.
#[divan::bench(args = bench_sizes(), sample_count = 20)]
fn frame_all_actions(bencher: divan::Bencher, size: usize) {
    frame_bench(bencher, size, 80, 24, &[Command::AllActions]);
}

/// A frame of an action's page.
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn frame_action_page(bencher: divan::Bencher, size: usize) {
    let mut to = GROUP_PAGE.to_vec();
    to.push(Command::Open);
    frame_bench(bencher, size, 80, 24, &to);
}

/// Down and up alternately on the screen `to` leads to.
fn cursor_bench(bencher: divan::Bencher, size: usize, to: &[Command]) {
    let mut a = app(size);
    go(&mut a, to);
    let mut t = terminal(80, 24);
    let mut down = true;
    bencher.bench_local(|| {
        let c = if down { Command::Down } else { Command::Up };
        down = !down;
        stroke(&mut a, &mut t, Msg::Cmd(c));
    });
}

/// `j`/`k` on the home screen.
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn key_move_home(bencher: divan::Bencher, size: usize) {
    cursor_bench(bencher, size, &[]);
}

/// `j`/`k` on a group's actions.
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn key_move_group_page(bencher: divan::Bencher, size: usize) {
    cursor_bench(bencher, size, GROUP_PAGE);
}

/// `j`/`k` on the list of every action.
#[divan::bench(args = bench_sizes(), sample_count = 20)]
fn key_move_all_actions(bencher: divan::Bencher, size: usize) {
    cursor_bench(bencher, size, &[Command::AllActions]);
}

/// `Enter` on a group's action, then `Esc` back: two keystrokes, two
/// frames.
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn key_open_action_and_back(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    go(&mut a, GROUP_PAGE);
    let mut t = terminal(80, 24);
    bencher.bench_local(|| {
        stroke(&mut a, &mut t, Msg::Cmd(Command::Open));
        stroke(&mut a, &mut t, Msg::Cmd(Command::Back));
    });
}

/// One more character typed in the search (from the home screen), then
/// erased: one keystroke per iteration.
#[divan::bench(args = bench_sizes(), sample_count = 30)]
fn key_search_char(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    handle(&mut a, ch('/'));
    let mut t = terminal(80, 24);
    let word: Vec<char> = "accomp".chars().collect();
    let mut typed = 0usize;
    let mut erasing = false;
    bencher.bench_local(|| {
        let m = if erasing {
            typed -= 1;
            key(KeyCode::Backspace)
        } else {
            typed += 1;
            ch(word[typed - 1])
        };
        if typed == word.len() {
            erasing = true;
        } else if typed == 0 {
            erasing = false;
        }
        stroke(&mut a, &mut t, m);
    });
}

/// A frame of the search screen with a word typed (floor of a search
/// keystroke).
#[divan::bench(args = bench_sizes(), sample_count = 30)]
fn frame_search(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    for c in "/acc".chars() {
        handle(&mut a, ch(c));
    }
    let mut t = terminal(80, 24);
    bencher.bench_local(|| t.draw(|f| view(&a, f)).map(|_| ()).expect("draw"));
}

/// `s` then a status letter (each round the other of two statuses, so that
/// every round changes the file).
fn status_change(a: &mut App, t: &mut Terminal<TestBackend>, round: usize) {
    stroke(a, t, ch('s'));
    let letter = if round.is_multiple_of(2) { 'f' } else { 'c' };
    stroke(a, t, ch(letter));
}

/// A status change on a group's page: `s` opens the popup, a letter picks
/// (two keystrokes, two frames), the group saved as the event loop does.
/// The file is put back as generated afterwards.
#[divan::bench(args = bench_sizes(), sample_count = 20, sample_size = 1)]
fn key_status_change(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    go(&mut a, GROUP_PAGE);
    let before = snapshot(&a);
    let mut t = terminal(80, 24);
    let mut n = 0usize;
    bencher.bench_local(|| {
        n += 1;
        status_change(&mut a, &mut t, n);
    });
    put_back(&mut a, before);
}

/// A status change, then the board (`b`): its figures asked of the
/// evaluator thread (the board draws the last ones, marked « recalcul… »,
/// until they come back), and back to the group (four keystrokes).
#[divan::bench(args = bench_sizes(), sample_count = 10, sample_size = 1)]
fn key_status_change_then_board(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    go(&mut a, GROUP_PAGE);
    let before = snapshot(&a);
    let mut t = terminal(80, 24);
    let mut n = 0usize;
    bencher.bench_local(|| {
        n += 1;
        status_change(&mut a, &mut t, n);
        stroke(&mut a, &mut t, Msg::Cmd(Command::Board));
        stroke(&mut a, &mut t, Msg::Cmd(Command::Back));
    });
    put_back(&mut a, before);
}

/// `b` on a group's page with nothing changed (figures cached): the floor
/// of the board after a status change.
#[divan::bench(args = bench_sizes(), sample_count = 20)]
fn key_board_cached(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    go(&mut a, GROUP_PAGE);
    go(&mut a, &[Command::Board]);
    wait_for_figures(&mut a);
    go(&mut a, &[Command::Back]);
    let mut t = terminal(80, 24);
    bencher.bench_local(|| {
        stroke(&mut a, &mut t, Msg::Cmd(Command::Board));
        stroke(&mut a, &mut t, Msg::Cmd(Command::Back));
    });
}

/// The group on screen, as it is now.
fn snapshot(a: &App) -> Group {
    let Screen::Group(g) = a.screen() else {
        panic!("not on a group's page");
    };
    a.ws.group(&g.id).expect("group").clone()
}

/// Puts the group back as it was and saves it (the bytes generated).
fn put_back(a: &mut App, before: Group) {
    flush_saves(a);
    let gid = before.id.clone();
    a.ws.insert_group(before);
    a.ws.save_group(&gid).expect("save");
}

/// The event loop's share of the once-a-second disk poll, nothing having
/// changed: the watcher thread scans and sends nothing; the loop only
/// looks at its channel and at the saves' results.
#[divan::bench(args = bench_sizes(), sample_count = 50)]
fn poll_on_event_loop(bencher: divan::Bencher, size: usize) {
    let mut a = app(size);
    let (tx, rx) = std::sync::mpsc::channel();
    let _watcher = pacte::tui::watcher::start(a.ws.watch(), tx);
    let mut workers = Workers::with_saver(Saver::spawn(|| {}));
    let saver = &mut workers.saver;
    bencher.bench_local(|| {
        let mut queue = VecDeque::new();
        while let Ok(Input::Disk(changes)) = rx.try_recv() {
            let fresh = a.ws.unexpected(changes);
            if !fresh.is_empty() {
                queue.push_back(Msg::DiskChanged(fresh));
            }
        }
        for done in saver.ready() {
            if let Some(m) = settle(&mut a, done, saver) {
                queue.push_back(m);
            }
        }
        queue.len()
    });
}

/// A search's own work, on the searcher thread (off the event loop): one
/// more character of the query scored on every text, each iteration the
/// next prefix of the word (as `key_search_char` types it).
#[divan::bench(args = bench_sizes(), sample_count = 30)]
fn search_results_off_loop(bencher: divan::Bencher, size: usize) {
    let a = app(size);
    let corpus = pacte::tui::search::Corpus::of(&a.ws);
    let index = pacte::tui::search::SearchIndex::build_in(corpus);
    let word = "accomp";
    let mut n = 0usize;
    bencher.bench_local(|| {
        n = n % word.len() + 1;
        index.search_in(corpus, &word[..n], 50)
    });
}
