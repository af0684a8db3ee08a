//! Nothing a user can type crashes the interface or breaks a file: random
//! sequences of keys, pastes and window sizes, with every effect performed on
//! a copy of the fixture workspace, then every file still loads.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{Tui, render};
use pacte::store::Workspace;
use pacte::tui::Lang;
use pacte::tui::msg::Msg;
use proptest::prelude::*;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// One thing a user can do.
#[derive(Clone, Debug)]
enum Input {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Size(u16, u16),
}

fn input() -> impl Strategy<Value = Input> {
    let printable = prop::sample::select(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 /?!+-=%[]<>*é'«»"
            .chars()
            .collect::<Vec<_>>(),
    )
    .prop_map(|c| {
        let m = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        Input::Key(KeyCode::Char(c), m)
    });
    let special = prop::sample::select(vec![
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::F(1),
        KeyCode::F(2),
    ])
    .prop_map(|k| Input::Key(k, KeyModifiers::NONE));
    let ctrl = prop::sample::select(vec!['r', 's', 'z', 'b', 'f', 'u', 'a', 'e', 'k', 'w'])
        .prop_map(|c| Input::Key(KeyCode::Char(c), KeyModifiers::CONTROL));
    let paste = "(\\PC|[\\n\\t\\u{1b}\\u{202e}\\u{0}]){0,12}".prop_map(Input::Paste);
    let size = (1u16..130, 1u16..50).prop_map(|(w, h)| Input::Size(w, h));
    prop_oneof![
        10 => printable,
        8 => special,
        1 => ctrl,
        1 => paste,
        1 => size,
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_input_never_panics_nor_breaks_a_file(
        inputs in prop::collection::vec(input(), 1..120),
        english in any::<bool>(),
    ) {
        let lang = if english { Lang::En } else { Lang::Fr };
        let mut t = Tui::new("tui", lang);
        let (mut w, mut h) = (80, 24);
        for i in inputs {
            let msg = match i {
                Input::Key(code, mods) => Msg::Key(KeyEvent::new(code, mods)),
                Input::Paste(s) => Msg::Paste(s),
                Input::Size(nw, nh) => {
                    (w, h) = (nw, nh);
                    continue;
                }
            };
            if t.send(msg).quit {
                break;
            }
            render(&t.app, w, h);
        }
        let after = Workspace::open(t.root()).unwrap();
        let errors: Vec<String> = after
            .load_diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.to_string())
            .collect();
        prop_assert!(errors.is_empty(), "files broken by the interface: {errors:?}");
    }
}
