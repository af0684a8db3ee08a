//! The board's figures computed off the event loop, as the running
//! interface does: `b` asks the evaluator thread and draws « Calcul des
//! chiffres… » (or the last figures, marked « recalcul… ») until they come
//! back; they are then those `update` computes itself, the report's. No
//! timing: the tests wait on the evaluator's channel.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{Tui, key};
use common::tui_fixture::TO_ATELIERS;
use pacte::tui::Lang;
use pacte::tui::effects::Workers;
use pacte::tui::evaluator::{Evaluator, Searcher};
use pacte::tui::input::Input;
use pacte::tui::msg::Msg;
use pacte::tui::runtime::handle;
use pacte::tui::saver::Saver;
use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, channel};

/// The interface on a copy of the fixture, with a saver and an evaluator
/// on threads of their own, and the channel the evaluator answers on.
fn running() -> (Tui, Workers, Receiver<Input>) {
    let mut t = Tui::new("tui", Lang::Fr);
    let (tx, rx) = channel();
    let workers = Workers {
        saver: Saver::spawn(|| {}),
        evaluator: Evaluator::spawn(tx.clone()),
        searcher: Searcher::spawn(tx),
    };
    t.app.background = true;
    (t, workers, rx)
}

fn press(t: &mut Tui, w: &mut Workers, keys: &str) {
    let mut queue: VecDeque<Msg> = keys.split_whitespace().map(|k| Msg::Key(key(k))).collect();
    assert!(!handle(&mut t.app, &mut queue, w, false));
}

/// Waits for the figures the evaluator computes and hands them over.
fn arrive(t: &mut Tui, w: &mut Workers, rx: &Receiver<Input>) {
    loop {
        if let Input::Figures(f) = rx.recv().unwrap() {
            let mut queue = VecDeque::from([Msg::Figures(f)]);
            assert!(!handle(&mut t.app, &mut queue, w, false));
            return;
        }
    }
}

/// The board's figures as `update` computes them itself, on the same data.
fn computed_here(t: &Tui) -> serde_json::Value {
    let mut app = t.app.clone();
    app.background = false;
    app.board.figures = None;
    app.board.in_flight = false;
    app.board.revision += 1;
    pacte::tui::board::refresh(&mut app);
    serde_json::to_value(&app.board.figures.unwrap().report).unwrap()
}

fn shown(t: &Tui) -> serde_json::Value {
    serde_json::to_value(&t.app.board.figures.as_ref().unwrap().report).unwrap()
}

#[test]
fn the_board_says_it_computes_then_shows_the_report_figures() {
    let (mut t, mut w, rx) = running();
    press(&mut t, &mut w, "b");
    assert!(t.app.board.in_flight);
    assert!(t.screen(100, 30).contains("Calcul des chiffres"));
    arrive(&mut t, &mut w, &rx);
    assert!(!t.app.board.in_flight);
    let s = t.screen(100, 30);
    assert!(
        !s.contains("Calcul des chiffres") && !s.contains("recalcul"),
        "{s}"
    );
    assert_eq!(shown(&t), computed_here(&t));
}

#[test]
fn after_an_edit_the_last_figures_are_marked_until_the_new_ones_come() {
    let (mut t, mut w, rx) = running();
    press(&mut t, &mut w, "b");
    arrive(&mut t, &mut w, &rx);
    let before = shown(&t);
    press(&mut t, &mut w, "esc");
    press(&mut t, &mut w, TO_ATELIERS);
    // A status change, then the board again.
    press(&mut t, &mut w, "s r h b");
    assert!(t.app.board.in_flight);
    assert!(t.screen(100, 30).contains("recalcul…"));
    arrive(&mut t, &mut w, &rx);
    assert!(!t.screen(100, 30).contains("recalcul…"));
    let after = shown(&t);
    assert_ne!(before, after, "the status change is counted");
    assert_eq!(after, computed_here(&t));
}

#[test]
fn a_search_off_the_event_loop_finds_what_it_finds_here() {
    let (mut t, mut w, rx) = running();
    press(&mut t, &mut w, "/");
    let mut queue: VecDeque<Msg> = "taux"
        .chars()
        .map(|c| Msg::Key(key(&c.to_string())))
        .collect();
    assert!(!handle(&mut t.app, &mut queue, &mut w, false));
    // Typed at once; the results come later, the popup says it searches.
    assert!(t.screen(100, 30).contains("recherche…"));
    loop {
        if let Input::Found(f) = rx.recv().unwrap() {
            let mut queue = VecDeque::from([Msg::Found(f)]);
            assert!(!handle(&mut t.app, &mut queue, &mut w, false));
            let Some(pacte::tui::app::Popup::Search(s)) = t.app.popups.last() else {
                panic!("no search popup");
            };
            if !s.searching {
                break;
            }
        }
    }
    let Some(pacte::tui::app::Popup::Search(s)) = t.app.popups.last() else {
        panic!("no search popup");
    };
    let here = pacte::tui::search::search(&t.app.ws, "taux", 50);
    assert!(!here.is_empty());
    assert_eq!(s.hits, here);
    assert!(!t.screen(100, 30).contains("recherche…"));
}

#[test]
fn enter_before_the_results_come_opens_the_query_s_best_hit() {
    let (mut t, mut w, _rx) = running();
    // Typed and chosen in one go, the searcher's answer never taken.
    press(&mut t, &mut w, "/ t a u x");
    let best = pacte::tui::search::search(&t.app.ws, "taux", 50)[0]
        .target
        .clone();
    press(&mut t, &mut w, "enter");
    assert!(t.app.popups.is_empty());
    let pacte::tui::search::Target::Indicator(g, a, _) = best else {
        panic!("{best:?}");
    };
    assert!(
        matches!(t.app.screen(), pacte::tui::app::Screen::Action(s) if s.target.group == g && s.target.action == a),
        "{:?}",
        t.app.screen()
    );
}
