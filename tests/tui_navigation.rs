//! Moving through the interface without files: down the tree and back,
//! an axis's themes, cursors kept in their lists, the action page's panes,
//! the help and the shipped keymap.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, id, keys, render_quoted};
use common::tui_fixture::open_ateliers;
use pacte::tui::Lang;
use pacte::tui::app::{ActionPane, App, Popup, Screen};
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::Command;

#[test]
fn navigation_down_the_tree_and_back() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j l");
    assert!(matches!(a.screen(), Screen::Groups { .. }));
    keys(&mut a, "enter");
    assert!(matches!(a.screen(), Screen::Group(g) if g.id.as_str() == "reseau-digi-thau"));
    keys(&mut a, "j enter");
    assert!(
        matches!(a.screen(), Screen::Action(s) if s.target.action.as_str() == "annuaire-partage")
    );
    keys(&mut a, "esc h");
    assert!(matches!(a.screen(), Screen::Groups { .. }));
    keys(&mut a, "H");
    assert_eq!(a.screens.len(), 1);
    keys(&mut a, "esc esc");
    assert_eq!(a.screens.len(), 1, "home is never popped");
}

#[test]
fn an_axis_lists_its_themes_and_a_theme_opens_its_groups() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "tab enter");
    assert!(matches!(a.screen(), Screen::Axis { id, .. } if id.as_str() == "axe-1"));
    // Row 0 is every group of the axis; row 4 is the theme "illectronisme".
    keys(&mut a, "j j j j enter");
    match a.screen() {
        Screen::Groups { source, .. } => assert_eq!(
            *source,
            pacte::tui::app::GroupSource::Theme(id("illectronisme"))
        ),
        s => panic!("{s:?}"),
    }
    assert_eq!(
        a.groups_of(&pacte::tui::app::GroupSource::Theme(id("illectronisme")))
            .len(),
        1
    );
}

#[test]
fn cursors_stay_in_their_lists() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "k k end");
    match a.screen() {
        Screen::Home(h) => assert_eq!(h.territory, 5),
        s => panic!("{s:?}"),
    }
    keys(&mut a, "j j g");
    match a.screen() {
        Screen::Home(h) => assert_eq!(h.territory, 0),
        s => panic!("{s:?}"),
    }
}

#[test]
fn tab_and_backtab_cycle_the_action_page_panes() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    let pane = |a: &App| match a.screen() {
        Screen::Action(s) => (s.pane, s.lower),
        _ => panic!(),
    };
    assert_eq!(pane(&a), (ActionPane::Fields, ActionPane::Indicators));
    keys(&mut a, "tab");
    assert_eq!(
        pane(&a),
        (ActionPane::Deliverables, ActionPane::Deliverables)
    );
    keys(&mut a, "tab tab");
    assert_eq!(pane(&a), (ActionPane::Journal, ActionPane::Journal));
    keys(&mut a, "tab");
    assert_eq!(pane(&a), (ActionPane::Fields, ActionPane::Journal));
    keys(&mut a, "backtab");
    assert_eq!(pane(&a).0, ActionPane::Journal);
}

#[test]
fn help_lists_every_command() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "?");
    assert!(matches!(a.popups.last(), Some(Popup::Help { .. })));
    let screen = render_quoted(&a, 100, 80);
    for c in Command::ALL {
        assert!(screen.contains(&c.label(Lang::Fr)), "{c:?}");
    }
    keys(&mut a, "esc");
    assert!(a.popups.is_empty());
}

#[test]
fn shipped_keymap_binds_every_command() {
    let k = Keymap::from_text(pacte::tui::keymap::DEFAULT_KEYMAP).unwrap();
    for c in Command::ALL {
        assert!(!k.keys(*c).is_empty(), "{c:?}");
    }
}

#[test]
fn the_first_frame_says_how_far_the_workspace_has_opened() {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| {
        pacte::tui::view::loading(
            f,
            Lang::Fr,
            1500,
            6000,
            std::time::Duration::from_millis(1234),
        )
    })
    .unwrap();
    let screen = t.backend().to_string();
    assert!(
        screen.contains("1500 groupes lus sur 6000 (1,2"),
        "{screen}"
    );
    assert!(
        screen.contains("[###############·"),
        "a quarter of the bar: {screen}"
    );
    t.draw(|f| pacte::tui::view::loading(f, Lang::En, 0, 0, std::time::Duration::ZERO))
        .unwrap();
    assert!(t.backend().to_string().contains("Opening the workspace…"));
}
