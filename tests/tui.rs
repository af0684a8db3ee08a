//! TUI tests: `update` flows without files, renders on a TestBackend
//! (insta snapshots at 80×24, French and English), small sizes.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::NaiveDate;
use pacte::domain::{EntryKind, Id, Status};
use pacte::store::{DiskChange, Reloaded, Workspace};
use pacte::tui::Lang;
use pacte::tui::app::{ActionPane, App, Popup, Screen, Tone};
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Command, Effect, Msg};
use pacte::tui::update::update;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui")
}

fn today() -> NaiveDate {
    "2025-01-15".parse().unwrap()
}

fn app_in(lang: Lang) -> App {
    let ws = Workspace::open(&fixture()).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    App::new(ws, lang, today(), Keymap::defaults())
}

fn app() -> App {
    app_in(Lang::Fr)
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn key_event(k: &str) -> KeyEvent {
    let (code, mods) = match k {
        "enter" => (KeyCode::Enter, KeyModifiers::NONE),
        "esc" => (KeyCode::Esc, KeyModifiers::NONE),
        "tab" => (KeyCode::Tab, KeyModifiers::NONE),
        "backtab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
        "up" => (KeyCode::Up, KeyModifiers::NONE),
        "down" => (KeyCode::Down, KeyModifiers::NONE),
        "left" => (KeyCode::Left, KeyModifiers::NONE),
        "right" => (KeyCode::Right, KeyModifiers::NONE),
        "backspace" => (KeyCode::Backspace, KeyModifiers::NONE),
        "space" => (KeyCode::Char(' '), KeyModifiers::NONE),
        "f2" => (KeyCode::F(2), KeyModifiers::NONE),
        "end" => (KeyCode::End, KeyModifiers::NONE),
        s if s.starts_with("ctrl-") => (
            KeyCode::Char(s[5..].chars().next().unwrap()),
            KeyModifiers::CONTROL,
        ),
        s => {
            let c = s.chars().next().unwrap();
            assert_eq!(s.chars().count(), 1, "unknown key {s}");
            (
                KeyCode::Char(c),
                if c.is_uppercase() {
                    KeyModifiers::SHIFT
                } else {
                    KeyModifiers::NONE
                },
            )
        }
    };
    KeyEvent::new(code, mods)
}

/// Presses keys; returns every effect.
fn keys(app: &mut App, ks: &[&str]) -> Vec<Effect> {
    let mut out = Vec::new();
    for k in ks {
        out.extend(update(app, Msg::Key(key_event(k))));
    }
    out
}

/// Types text (each character a key).
fn typ(app: &mut App, text: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for c in text.chars() {
        out.extend(update(
            app,
            Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
        ));
    }
    out
}

/// Answers every save as a success (what the runtime does on disk).
fn saved_ok(app: &mut App, effects: &[Effect]) {
    for e in effects {
        if let Effect::SaveGroup(id) = e {
            update(app, Msg::Saved(id.clone(), Ok(())));
        }
    }
}

fn render(app: &App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| view(app, f)).unwrap();
    t.backend().to_string()
}

fn digi(app: &App) -> &pacte::domain::Group {
    app.ws.group(&id("reseau-digi-thau")).unwrap()
}

fn ateliers(app: &App) -> &pacte::domain::Action {
    digi(app).action(&id("ateliers-numeriques")).unwrap()
}

/// Home → Étang de Thau → Réseau Digi'Thau → Ateliers numériques.
fn open_ateliers(app: &mut App) {
    keys(app, &["j", "enter", "enter", "enter"]);
    assert!(
        matches!(app.screen(), Screen::Action(s) if s.target.action.as_str() == "ateliers-numeriques"),
        "{:?}",
        app.screen()
    );
}

// ---------------------------------------------------------------- navigation

#[test]
fn navigation_down_the_tree_and_back() {
    let mut a = app();
    keys(&mut a, &["j", "l"]);
    assert!(matches!(a.screen(), Screen::Groups { .. }));
    keys(&mut a, &["enter"]);
    assert!(matches!(a.screen(), Screen::Group(g) if g.id.as_str() == "reseau-digi-thau"));
    keys(&mut a, &["j", "enter"]);
    assert!(
        matches!(a.screen(), Screen::Action(s) if s.target.action.as_str() == "annuaire-partage")
    );
    keys(&mut a, &["esc", "h"]);
    assert!(matches!(a.screen(), Screen::Groups { .. }));
    keys(&mut a, &["H"]);
    assert_eq!(a.screens.len(), 1);
    keys(&mut a, &["esc", "esc"]);
    assert_eq!(a.screens.len(), 1, "home is never popped");
}

#[test]
fn axis_themes_groups() {
    let mut a = app();
    keys(&mut a, &["tab", "enter"]);
    assert!(matches!(a.screen(), Screen::Axis { id, .. } if id.as_str() == "axe-1"));
    // Row 0 is every group of the axis; row 4 is the theme "illectronisme".
    keys(&mut a, &["j", "j", "j", "j", "enter"]);
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
    let mut a = app();
    keys(&mut a, &["k", "k", "end"]);
    match a.screen() {
        Screen::Home(h) => assert_eq!(h.territory, 5),
        s => panic!("{s:?}"),
    }
    keys(&mut a, &["j", "j", "g"]);
    match a.screen() {
        Screen::Home(h) => assert_eq!(h.territory, 0),
        s => panic!("{s:?}"),
    }
}

#[test]
fn action_page_panes_cycle() {
    let mut a = app();
    open_ateliers(&mut a);
    let pane = |a: &App| match a.screen() {
        Screen::Action(s) => (s.pane, s.lower),
        _ => panic!(),
    };
    assert_eq!(pane(&a), (ActionPane::Fields, ActionPane::Indicators));
    keys(&mut a, &["tab"]);
    assert_eq!(
        pane(&a),
        (ActionPane::Deliverables, ActionPane::Deliverables)
    );
    keys(&mut a, &["tab", "tab"]);
    assert_eq!(pane(&a), (ActionPane::Journal, ActionPane::Journal));
    keys(&mut a, &["tab"]);
    assert_eq!(pane(&a), (ActionPane::Fields, ActionPane::Journal));
    keys(&mut a, &["backtab"]);
    assert_eq!(pane(&a).0, ActionPane::Journal);
}

// ---------------------------------------------------------------- editing

#[test]
fn status_with_one_letter_then_undo_redo() {
    let mut a = app();
    open_ateliers(&mut a);
    let fx = keys(&mut a, &["s", "a"]);
    assert_eq!(fx, vec![Effect::SaveGroup(id("reseau-digi-thau"))]);
    assert_eq!(ateliers(&a).status, Status::Abandoned);
    assert!(a.popups.is_empty());
    let fx = keys(&mut a, &["u"]);
    assert_eq!(fx, vec![Effect::SaveGroup(id("reseau-digi-thau"))]);
    assert_eq!(ateliers(&a).status, Status::InProgress);
    keys(&mut a, &["ctrl-r"]);
    assert_eq!(ateliers(&a).status, Status::Abandoned);
    // Digits and arrows work too; Esc changes nothing.
    keys(&mut a, &["s", "4"]);
    assert_eq!(ateliers(&a).status, Status::Done);
    assert_eq!(ateliers(&a).progress, 100, "done means 100 %");
    assert!(keys(&mut a, &["s", "down", "esc"]).is_empty());
    keys(&mut a, &["s", "up", "up", "enter"]);
    assert_eq!(ateliers(&a).status, Status::InProgress);
}

#[test]
fn status_from_the_group_page_acts_on_the_selected_action() {
    let mut a = app();
    keys(&mut a, &["j", "enter", "enter", "j", "s", "f"]);
    assert_eq!(
        digi(&a).action(&id("annuaire-partage")).unwrap().status,
        Status::Operating
    );
}

#[test]
fn progress_steps_and_typed() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["+", "+"]);
    assert_eq!(ateliers(&a).progress, 60);
    keys(&mut a, &["-"]);
    assert_eq!(ateliers(&a).progress, 50);
    keys(&mut a, &["p", "ctrl-u"]);
    typ(&mut a, "150");
    keys(&mut a, &["enter"]);
    assert!(
        matches!(a.popups.last(), Some(Popup::Input { error: Some(_), .. })),
        "refused, prompt kept"
    );
    keys(&mut a, &["backspace", "backspace", "backspace"]);
    typ(&mut a, "75");
    let fx = keys(&mut a, &["enter"]);
    assert_eq!(fx.len(), 1);
    assert_eq!(ateliers(&a).progress, 75);
    assert!(a.popups.is_empty());
}

#[test]
fn dates_title_and_experimentation() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["d", "ctrl-u"]);
    typ(&mut a, "31/12/2025");
    keys(&mut a, &["enter"]);
    assert_eq!(ateliers(&a).due, Some("2025-12-31".parse().unwrap()));
    keys(&mut a, &["D", "ctrl-u", "enter"]);
    assert_eq!(ateliers(&a).start, None, "empty clears the date");
    keys(&mut a, &["d", "ctrl-u"]);
    typ(&mut a, "demain");
    keys(&mut a, &["enter"]);
    assert!(matches!(
        a.popups.last(),
        Some(Popup::Input { error: Some(_), .. })
    ));
    keys(&mut a, &["esc"]);
    keys(&mut a, &["t", "ctrl-u"]);
    typ(&mut a, "Ateliers numériques");
    keys(&mut a, &["enter"]);
    assert_eq!(ateliers(&a).title, "Ateliers numériques");
    keys(&mut a, &["x"]);
    assert!(!ateliers(&a).experimentation);
}

#[test]
fn enter_on_a_field_edits_it() {
    let mut a = app();
    open_ateliers(&mut a);
    // Field 1 is the status.
    keys(&mut a, &["j", "enter"]);
    assert!(matches!(a.popups.last(), Some(Popup::Status { .. })));
    keys(&mut a, &["esc", "j", "enter"]);
    assert!(matches!(a.popups.last(), Some(Popup::Input { .. })));
}

#[test]
fn multiline_objectives_saved_with_ctrl_s_and_esc_asks_first() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["O", "enter"]);
    typ(&mut a, "Troisième ligne");
    let fx = keys(&mut a, &["ctrl-s"]);
    assert_eq!(fx.len(), 1);
    assert!(
        ateliers(&a)
            .objectives
            .ends_with("en ligne.\nTroisième ligne")
    );
    keys(&mut a, &["I"]);
    typ(&mut a, " Modifié");
    assert!(keys(&mut a, &["esc"]).is_empty());
    assert!(
        matches!(
            a.popups.last(),
            Some(Popup::Text {
                confirm_discard: true,
                ..
            })
        ),
        "first Esc asks"
    );
    keys(&mut a, &["esc"]);
    assert!(a.popups.is_empty());
    assert!(!ateliers(&a).implementation.contains("Modifié"));
}

#[test]
fn measurement_dated_today_or_typed_date() {
    let mut a = app();
    open_ateliers(&mut a);
    // Two indicators: m asks which one.
    keys(&mut a, &["m"]);
    assert!(matches!(a.popups.last(), Some(Popup::Pick(_))));
    keys(&mut a, &["enter"]);
    typ(&mut a, "210");
    let fx = keys(&mut a, &["enter"]);
    assert_eq!(fx.len(), 1);
    let i = &ateliers(&a).indicators[0];
    assert_eq!(
        i.latest().map(|m| (m.date, m.value)),
        Some((today(), 210.0))
    );
    // On the indicators pane, m takes the selected one; a date may follow.
    keys(&mut a, &["tab", "tab", "j", "m"]);
    typ(&mut a, "41,5 30/06/2024");
    keys(&mut a, &["enter"]);
    let i = &ateliers(&a).indicators[1];
    assert_eq!(i.measurements.len(), 1, "same date replaces");
    assert_eq!(i.latest().unwrap().value, 41.5);
    keys(&mut a, &["m"]);
    typ(&mut a, "beaucoup");
    keys(&mut a, &["enter"]);
    assert!(matches!(
        a.popups.last(),
        Some(Popup::Input { error: Some(_), .. })
    ));
}

#[test]
fn add_indicator_edit_target_and_delete() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["i"]);
    typ(&mut a, "Sorties positives");
    keys(&mut a, &["enter", "down", "enter"]);
    typ(&mut a, "%");
    keys(&mut a, &["enter"]);
    typ(&mut a, "25");
    let fx = keys(&mut a, &["enter"]);
    assert_eq!(fx.len(), 1);
    let i = ateliers(&a).indicators.last().unwrap().clone();
    assert_eq!(i.id.as_str(), "sorties-positives");
    assert_eq!(i.kind, pacte::domain::IndicatorKind::Evaluation);
    assert_eq!((i.unit.as_str(), i.target), ("%", Some(25.0)));
    // The new indicator is selected: Enter opens its menu; "Cible" is row 5.
    keys(
        &mut a,
        &[
            "enter", "down", "down", "down", "down", "down", "enter", "ctrl-u",
        ],
    );
    typ(&mut a, "30");
    keys(&mut a, &["enter"]);
    assert_eq!(ateliers(&a).indicators.last().unwrap().target, Some(30.0));
    keys(&mut a, &["X", "o"]);
    assert_eq!(ateliers(&a).indicators.len(), 2);
}

#[test]
fn journal_entry_dated_today() {
    let mut a = app();
    open_ateliers(&mut a);
    // Kind, then the date (today already typed: Enter), then the text.
    keys(&mut a, &["c", "down", "enter", "enter"]);
    typ(&mut a, "Valider le budget");
    keys(&mut a, &["ctrl-s"]);
    let j = ateliers(&a).journal.last().unwrap();
    assert_eq!(
        (j.date, j.kind, j.text.as_str()),
        (today(), EntryKind::Decision, "Valider le budget")
    );
    match a.screen() {
        Screen::Action(s) => assert_eq!((s.pane, s.journal), (ActionPane::Journal, 2)),
        _ => panic!(),
    }
}

#[test]
fn deliverables_toggle_add_delete() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["tab", "j", "space"]);
    assert!(ateliers(&a).deliverables[1].done);
    keys(&mut a, &["n"]);
    typ(&mut a, "Guide pratique");
    keys(&mut a, &["enter"]);
    assert_eq!(ateliers(&a).deliverables.len(), 3);
    keys(&mut a, &["X", "n"]);
    assert_eq!(ateliers(&a).deliverables.len(), 3, "n keeps it");
    keys(&mut a, &["X", "enter"]);
    assert_eq!(ateliers(&a).deliverables.len(), 2);
}

#[test]
fn publics_multi_pick() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["P"]);
    // Untick "seniors" (row 0), tick "jeunes" (row 1).
    keys(&mut a, &["space", "down", "space", "enter"]);
    let p: Vec<&str> = ateliers(&a).publics.iter().map(Id::as_str).collect();
    assert_eq!(p, ["jeunes", "beneficiaires-rsa"]);
}

#[test]
fn meeting_recorded_in_steps() {
    let mut a = app();
    keys(&mut a, &["j", "enter", "enter", "r", "ctrl-u"]);
    typ(&mut a, "2025-01-10");
    keys(&mut a, &["enter", "enter"]);
    typ(&mut a, "9");
    keys(&mut a, &["enter", "enter"]);
    typ(&mut a, "Lancer l'annuaire\nRelancer la CAF");
    let fx = keys(&mut a, &["ctrl-s"]);
    assert_eq!(fx.len(), 1);
    let m = digi(&a).meetings.last().unwrap();
    assert_eq!(m.date, "2025-01-10".parse::<NaiveDate>().unwrap());
    assert_eq!(m.participants, 9);
    assert_eq!(m.decisions, ["Lancer l'annuaire", "Relancer la CAF"]);
    let orgs: Vec<&str> = m.organisations.iter().map(Id::as_str).collect();
    assert!(
        orgs.contains(&"departement") && orgs.contains(&"caf"),
        "{orgs:?}"
    );
}

#[test]
fn pilot_copilot_members() {
    let mut a = app();
    keys(&mut a, &["j", "enter", "enter", "C"]);
    typ(&mut a, "caf");
    keys(&mut a, &["enter"]);
    typ(&mut a, "Inès Roux");
    keys(&mut a, &["enter"]);
    let c = digi(&a).copilot.clone().unwrap();
    assert_eq!(
        (c.organisation.as_str(), c.person.as_deref()),
        ("caf", Some("Inès Roux"))
    );
    keys(&mut a, &["C"]);
    // Row 0 is "(aucun)": Enter there removes the co-pilot.
    let Some(Popup::Pick(p)) = a.popups.last() else {
        panic!()
    };
    assert_eq!(p.items[0].choice, pacte::tui::steps::Choice::None);
    keys(&mut a, &["esc", "M", "space", "enter"]);
    assert!(digi(&a).members.iter().any(|m| m.as_str() == "ddets"));
}

#[test]
fn create_and_delete_action_with_confirmation() {
    let mut a = app();
    keys(&mut a, &["j", "enter", "enter", "n"]);
    typ(&mut a, "Café numérique");
    let fx = keys(&mut a, &["enter"]);
    assert_eq!(fx, vec![Effect::SaveGroup(id("reseau-digi-thau"))]);
    assert!(
        matches!(a.screen(), Screen::Action(s) if s.target.action.as_str() == "cafe-numerique")
    );
    assert_eq!(
        digi(&a).action(&id("cafe-numerique")).unwrap().status,
        Status::Project
    );
    keys(&mut a, &["X"]);
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    keys(&mut a, &["o"]);
    assert!(digi(&a).action(&id("cafe-numerique")).is_none());
    assert!(
        matches!(a.screen(), Screen::Group(_)),
        "the page of a deleted action closes"
    );
    keys(&mut a, &["u"]);
    assert!(digi(&a).action(&id("cafe-numerique")).is_some());
}

#[test]
fn create_group_then_undo_deletes_its_file() {
    let mut a = app();
    // From Biterrois' list: territory known, axis and pilot asked.
    keys(&mut a, &["j", "j", "j", "j", "enter", "n"]);
    typ(&mut a, "Logement d'abord");
    keys(&mut a, &["enter"]);
    assert!(matches!(a.popups.last(), Some(Popup::Pick(_))), "axis");
    keys(&mut a, &["enter"]);
    typ(&mut a, "ccas");
    let fx = keys(&mut a, &["enter"]);
    assert_eq!(fx, vec![Effect::SaveGroup(id("logement-d-abord"))]);
    let g = a.ws.group(&id("logement-d-abord")).unwrap();
    assert_eq!(g.territories, [id("biterrois")]);
    assert_eq!(g.axis.as_str(), "axe-1");
    assert_eq!(g.pilot.as_ref().unwrap().organisation.as_str(), "ud-ccas");
    assert!(matches!(a.screen(), Screen::Group(s) if s.id.as_str() == "logement-d-abord"));
    let fx = keys(&mut a, &["u"]);
    assert_eq!(fx, vec![Effect::DeleteGroup(id("logement-d-abord"))]);
}

#[test]
fn delete_group_asks_and_a_failed_delete_is_not_undoable() {
    let mut a = app();
    keys(&mut a, &["enter", "X"]);
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    let fx = keys(&mut a, &["y"]);
    assert_eq!(
        fx,
        vec![Effect::DeleteGroup(id("coordination-montpellier"))]
    );
    update(
        &mut a,
        Msg::Deleted(id("coordination-montpellier"), Err("refused".into())),
    );
    assert!(a.history.undo.is_empty());
    assert!(matches!(&a.message, Some((Tone::Error, m)) if m.contains("refused")));
}

// ---------------------------------------------------------------- saving and files

#[test]
fn failed_save_keeps_the_edit_and_flags_it() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["s", "r"]);
    update(
        &mut a,
        Msg::Saved(
            id("reseau-digi-thau"),
            Err("groups/reseau-digi-thau.ron changed on disk".into()),
        ),
    );
    assert_eq!(ateliers(&a).status, Status::Done, "edit kept in memory");
    assert!(a.unsaved.contains(&id("reseau-digi-thau")));
    assert!(matches!(&a.message, Some((Tone::Error, m)) if m.contains("NON ENREGISTRÉ")));
    assert!(render(&a, 80, 24).contains("NON ENREGISTRÉ"));
    // A change on disk under the unsaved edit is not reloaded over it.
    let change = DiskChange {
        file: PathBuf::from("groups/reseau-digi-thau.ron"),
        disk_hash: Some([1; 32]),
    };
    let fx = update(&mut a, Msg::DiskChanged(vec![change]));
    assert!(fx.is_empty());
    assert!(a.conflicts.contains(&id("reseau-digi-thau")));
    // Retry asks for the save again; quitting asks first.
    assert_eq!(
        keys(&mut a, &["w"]),
        vec![Effect::SaveGroup(id("reseau-digi-thau"))]
    );
    assert!(keys(&mut a, &["q"]).is_empty());
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    assert_eq!(keys(&mut a, &["o"]), vec![Effect::Quit]);
}

#[test]
fn saved_clears_the_flag() {
    let mut a = app();
    open_ateliers(&mut a);
    let fx = keys(&mut a, &["s", "r"]);
    assert_eq!(fx.len(), 1);
    update(&mut a, Msg::Saved(id("reseau-digi-thau"), Err("x".into())));
    saved_ok(&mut a, &fx);
    assert!(a.unsaved.is_empty());
    assert!(matches!(&a.message, Some((Tone::Ok, _))));
}

#[test]
fn disk_change_reloads_clean_groups_and_keeps_the_cursor() {
    let mut a = app();
    open_ateliers(&mut a);
    keys(&mut a, &["tab", "tab", "j"]);
    let change = DiskChange {
        file: PathBuf::from("groups/reseau-digi-thau.ron"),
        disk_hash: Some([1; 32]),
    };
    let fx = update(&mut a, Msg::DiskChanged(vec![change]));
    assert_eq!(
        fx,
        vec![Effect::Reload(PathBuf::from("groups/reseau-digi-thau.ron"))]
    );
    update(
        &mut a,
        Msg::Reloaded(Reloaded::Group(id("reseau-digi-thau")), vec![]),
    );
    match a.screen() {
        Screen::Action(s) => assert_eq!((s.pane, s.indicator), (ActionPane::Indicators, 1)),
        s => panic!("{s:?}"),
    }
}

#[test]
fn broken_file_on_reload_makes_its_group_read_only() {
    let mut a = app();
    keys(&mut a, &["j", "enter", "enter"]);
    update(
        &mut a,
        Msg::Reloaded(
            Reloaded::GroupBroken(
                Some(id("reseau-digi-thau")),
                PathBuf::from("groups/reseau-digi-thau.ron"),
            ),
            vec!["12:5: expected a string".into()],
        ),
    );
    assert!(render(&a, 80, 24).contains("lecture seule"));
    let fx = keys(&mut a, &["s", "r"]);
    assert!(fx.is_empty(), "no save of a broken file");
    assert_eq!(digi(&a).actions[0].status, Status::InProgress);
    // The rest stays usable.
    keys(&mut a, &["H", "g", "enter", "enter", "s", "r"]);
    assert_eq!(
        a.ws.group(&id("coordination-montpellier")).unwrap().actions[0].status,
        Status::Done
    );
}

#[test]
fn removed_group_closes_its_pages() {
    let mut a = app();
    open_ateliers(&mut a);
    let g = a.ws.group(&id("reseau-digi-thau")).unwrap().clone();
    a.ws.groups.retain(|x| x.id != g.id);
    update(
        &mut a,
        Msg::Reloaded(Reloaded::GroupRemoved(g.id.clone()), vec![]),
    );
    assert!(matches!(a.screen(), Screen::Groups { .. }));
}

#[test]
fn terminate_flushes_unsaved_then_quits() {
    let mut a = app();
    a.unsaved.insert(id("reseau-digi-thau"));
    let fx = update(&mut a, Msg::Terminate);
    assert_eq!(
        fx,
        vec![Effect::SaveGroup(id("reseau-digi-thau")), Effect::Quit]
    );
    let mut b = app();
    assert_eq!(keys(&mut b, &["q"]), vec![Effect::Quit]);
}

// ---------------------------------------------------------------- search, filter, paste

#[test]
fn search_is_fuzzy_and_accent_insensitive() {
    let mut a = app();
    keys(&mut a, &["/"]);
    typ(&mut a, "digi thau");
    let Some(Popup::Search(s)) = a.popups.last() else {
        panic!()
    };
    assert_eq!(s.hits[0].label, "Réseau Digi'Thau");
    keys(&mut a, &["enter"]);
    assert!(matches!(a.screen(), Screen::Group(g) if g.id.as_str() == "reseau-digi-thau"));
    assert_eq!(a.screens.len(), 3, "home › territory › group");
    keys(&mut a, &["/"]);
    typ(&mut a, "AUTONOMIE numerique");
    keys(&mut a, &["enter"]);
    match a.screen() {
        Screen::Action(s) => assert_eq!((s.pane, s.indicator), (ActionPane::Indicators, 1)),
        s => panic!("{s:?}"),
    }
    keys(&mut a, &["/"]);
    typ(&mut a, "frontignan");
    let Some(Popup::Search(s)) = a.popups.last() else {
        panic!()
    };
    assert!(
        s.hits
            .iter()
            .any(|h| h.kind == pacte::tui::search::HitKind::Journal)
    );
}

#[test]
fn find_change_status_and_measure_in_few_keys() {
    // "/", "ateliers", Enter, "s", "r": status in 5 keystrokes (+ typing).
    let mut a = app();
    keys(&mut a, &["/"]);
    typ(&mut a, "atelier");
    keys(&mut a, &["enter", "s", "r"]);
    assert_eq!(ateliers(&a).status, Status::Done);
    keys(&mut a, &["/"]);
    typ(&mut a, "vehicules");
    keys(&mut a, &["enter", "m"]);
    typ(&mut a, "45");
    keys(&mut a, &["enter"]);
    let g = a.ws.group(&id("mobilite-biterrois")).unwrap();
    assert_eq!(g.actions[0].indicators[0].latest().unwrap().value, 45.0);
}

#[test]
fn filters_apply_everywhere_and_show() {
    let mut a = app();
    keys(&mut a, &["f", "enter"]);
    typ(&mut a, "cours");
    keys(&mut a, &["enter", "esc"]);
    assert_eq!(a.filter.status, Some(Status::InProgress));
    assert!(render(&a, 80, 24).contains("Filtre\u{a0}: statut = en cours"));
    assert_eq!(a.all_actions().len(), 1);
    keys(&mut a, &["F"]);
    assert!(a.filter.is_empty());
    // Overdue: the annuaire (due 2024-03-31, project) and the forum (suspended, due 2024-10-15).
    keys(&mut a, &["f", "k", "enter", "esc"]);
    assert!(a.filter.overdue);
    assert_eq!(a.all_actions().len(), 2);
    // Pilot organisation.
    keys(&mut a, &["F", "f", "j", "j", "j", "j", "enter"]);
    typ(&mut a, "plie");
    keys(&mut a, &["enter", "esc", "A"]);
    assert_eq!(a.all_actions().len(), 2);
    assert!(matches!(a.screen(), Screen::AllActions { .. }));
}

#[test]
fn group_hits_name_their_territory_which_can_be_typed() {
    let mut a = app();
    keys(&mut a, &["/"]);
    typ(&mut a, "reseau etang");
    let Some(Popup::Search(s)) = a.popups.last() else {
        panic!()
    };
    assert_eq!(s.hits[0].label, "Réseau Digi'Thau");
    assert_eq!(s.hits[0].context, "Étang de Thau");
}

#[test]
fn search_jump_clears_a_filter_hiding_the_hit() {
    let mut a = app();
    a.filter.status = Some(Status::Done);
    keys(&mut a, &["/"]);
    typ(&mut a, "ateliers");
    keys(&mut a, &["enter"]);
    assert!(a.filter.is_empty());
    assert!(matches!(a.screen(), Screen::Action(_)));
}

#[test]
fn paste_inserts_text_and_never_runs_commands() {
    let mut a = app();
    let fx = update(&mut a, Msg::Paste("q".into()));
    assert!(fx.is_empty());
    assert_eq!(a.screens.len(), 1);
    open_ateliers(&mut a);
    keys(&mut a, &["t", "ctrl-u"]);
    update(&mut a, Msg::Paste("Titre\ncollé\u{1b}[2J".into()));
    keys(&mut a, &["enter"]);
    assert_eq!(ateliers(&a).title, "Titre collé[2J");
}

#[test]
fn help_lists_every_command() {
    let mut a = app();
    keys(&mut a, &["?"]);
    assert!(matches!(a.popups.last(), Some(Popup::Help { .. })));
    let screen = render(&a, 100, 80);
    for c in Command::ALL {
        assert!(screen.contains(&c.label(Lang::Fr)), "{c:?}");
    }
    keys(&mut a, &["esc"]);
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
fn hostile_text_is_sanitised_on_screen() {
    let mut a = app();
    a.ws.group_mut(&id("reseau-digi-thau")).unwrap().name = "Evil\u{1b}[31m\u{202e}name\tx".into();
    keys(&mut a, &["j", "enter"]);
    let s = render(&a, 80, 24);
    assert!(!s.contains('\u{1b}') && !s.contains('\u{202e}'));
    assert!(s.contains("\\u{1b}[31m\\u{202e}name"), "{s}");
}

// ---------------------------------------------------------------- rendering

/// Every screen and popup of a session, in order, with a name.
fn tour(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let mut a = app_in(lang);
    out.push(("home", a.clone()));
    keys(&mut a, &["j", "enter"]);
    out.push(("territory", a.clone()));
    keys(&mut a, &["enter"]);
    out.push(("group", a.clone()));
    keys(&mut a, &["tab"]);
    out.push(("group_meetings", a.clone()));
    keys(&mut a, &["tab", "enter"]);
    out.push(("action", a.clone()));
    keys(&mut a, &["tab"]);
    out.push(("action_deliverables", a.clone()));
    keys(&mut a, &["tab", "tab"]);
    out.push(("action_journal", a.clone()));
    keys(&mut a, &["tab", "s"]);
    out.push(("popup_status", a.clone()));
    keys(&mut a, &["esc", "m"]);
    out.push(("popup_pick", a.clone()));
    keys(&mut a, &["enter"]);
    typ(&mut a, "12");
    out.push(("popup_input", a.clone()));
    keys(&mut a, &["esc", "O"]);
    out.push(("popup_text", a.clone()));
    keys(&mut a, &["esc", "X"]);
    out.push(("popup_confirm", a.clone()));
    keys(&mut a, &["n", "/"]);
    typ(&mut a, "digi");
    out.push(("popup_search", a.clone()));
    keys(&mut a, &["esc", "?"]);
    out.push(("popup_help", a.clone()));
    keys(&mut a, &["esc", "H", "tab", "enter"]);
    out.push(("axis", a.clone()));
    keys(&mut a, &["j", "j", "j", "j", "j", "enter"]);
    out.push(("theme", a.clone()));
    keys(&mut a, &["H", "f", "k", "enter"]);
    out.push(("popup_filter", a.clone()));
    keys(&mut a, &["esc"]);
    out.push(("home_filtered", a.clone()));
    keys(&mut a, &["A"]);
    out.push(("all_actions", a.clone()));
    keys(&mut a, &["F", "!"]);
    out.push(("popup_problems", a.clone()));
    keys(&mut a, &["esc", "H", "b", "j"]);
    out.push(("board", a.clone()));
    keys(&mut a, &["tab"]);
    out.push(("board_axes", a.clone()));
    keys(&mut a, &["tab"]);
    out.push(("board_indicators", a.clone()));
    keys(&mut a, &["a"]);
    out.push(("alerts", a.clone()));
    out
}

#[test]
fn snapshots_fr() {
    for (name, a) in tour(Lang::Fr) {
        insta::assert_snapshot!(format!("fr_{name}"), render(&a, 80, 24));
    }
}

#[test]
fn snapshots_en() {
    for (name, a) in tour(Lang::En) {
        if [
            "home",
            "group",
            "action",
            "popup_help",
            "popup_status",
            "home_filtered",
            "board",
            "alerts",
        ]
        .contains(&name)
        {
            insta::assert_snapshot!(format!("en_{name}"), render(&a, 80, 24));
        }
    }
}

#[test]
fn small_terminals_never_panic() {
    for (_, a) in tour(Lang::Fr) {
        for (w, h) in [(60, 20), (40, 12), (20, 6), (10, 3), (1, 1), (200, 60)] {
            render(&a, w, h);
        }
    }
}

#[test]
fn no_color_keeps_the_selection_visible() {
    let mut a = app();
    a.no_color = true;
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view(&a, f)).unwrap();
    let buf = t.backend().buffer();
    let mut marker = false;
    for y in 0..24 {
        for x in 0..80 {
            let c = &buf[(x, y)];
            assert_eq!(c.fg, ratatui::style::Color::Reset, "colour at {x},{y}");
            if c.symbol() == ">" {
                marker = true;
                assert!(c.modifier.contains(ratatui::style::Modifier::REVERSED));
            }
        }
    }
    assert!(marker);
}
