//! The board and the alerts: update flows without files, the board's
//! figures equal to `pacte report`'s JSON, renders at small sizes (the
//! 80×24 snapshots are in the tour of `tests/tui.rs`).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, app_on, date, fixture, id, keys, render, render_quoted};
use pacte::domain::evaluation::{AlertKind, Selection};
use pacte::report::{self, Format, Options, Report};
use pacte::store::Workspace;
use pacte::tui::Lang;
use pacte::tui::app::{ActionPane, App, GroupPane, GroupSource, Screen, Tone};
use pacte::tui::board::{self, BoardTab};
use serde_json::Value;

const ANNEX_TODAY: &str = "2021-07-31";

/// The pact's annex (`tests/fixtures/annex`) on its day.
fn annex() -> App {
    app_on("annex", Lang::Fr, date(ANNEX_TODAY))
}

fn board_state(app: &App) -> &board::BoardState {
    match app.screen() {
        Screen::Board(b) => b,
        s => panic!("not on the board: {s:?}"),
    }
}

fn figures(app: &App) -> &board::Figures {
    let scope = board::scope_of(app.screen()).expect("a figures screen");
    board::figures(app, scope).expect("figures up to date")
}

// ------------------------------------------------ the same figures as the reports

/// `pacte report --format json` for `selection`, as of the annex's today.
fn report_json(selection: Selection) -> Value {
    let ws = Workspace::open(&fixture("annex")).unwrap();
    let r = Report::build(
        &ws,
        &Options {
            selection,
            since: None,
            ..Default::default()
        },
        ANNEX_TODAY.parse().unwrap(),
    )
    .unwrap();
    serde_json::from_slice(&report::render(&r, Format::Json).unwrap()).unwrap()
}

const STATUS_IDS: [&str; 6] = [
    "project",
    "in-progress",
    "operating",
    "done",
    "suspended",
    "abandoned",
];

/// The numbers of a table row of the board: groups, six statuses, then
/// (when shown) overdue, then the rounded average progress (`None`: "—").
fn row_numbers(screen: &str, name: &str) -> (Vec<u64>, Option<u64>) {
    let line = screen
        .lines()
        .find(|l| {
            let t = l
                .trim_start_matches('│')
                .trim_start_matches("> ")
                .trim_start();
            t.starts_with(&format!("{name} "))
        })
        .unwrap_or_else(|| panic!("no row {name} in\n{screen}"));
    let t = line
        .trim_start_matches('│')
        .trim_start_matches("> ")
        .trim_start();
    let rest = &t[name.len()..];
    let mut numbers = Vec::new();
    let mut progress = None;
    for tok in rest.trim_end_matches('│').split_whitespace() {
        if tok == "·" {
            numbers.push(0);
        } else if let Some(p) = tok.strip_suffix('%') {
            progress = Some(p.parse().unwrap());
        } else if let Ok(n) = tok.parse() {
            numbers.push(n);
        }
    }
    (numbers, progress)
}

fn rounded(v: &Value) -> Option<u64> {
    v.as_f64().map(|p| p.round() as u64)
}

fn fr_decimal(v: &Value) -> String {
    let f = v.as_f64().unwrap();
    let s = if f.fract() == 0.0 {
        format!("{}", f as i64)
    } else {
        format!("{f:.2}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    };
    s.replace('.', ",")
}

/// Checks every figure the board shows against the report's JSON.
fn assert_board_matches(app: &mut App, json: &Value) {
    // Key figures.
    let screen = render(app, 200, 60);
    let t = &json["totals"];
    let n = |k: &str| t[k].as_u64().unwrap();
    let pl = |n: u64, one: &str, many: &str| format!("{n} {}", if n <= 1 { one } else { many });
    let alerts = json["alerts"].as_array().unwrap().len() as u64;
    for expected in [
        pl(n("groups"), "groupe", "groupes"),
        pl(n("actions"), "action", "actions"),
        pl(n("projects_realised"), "réalisée", "réalisées"),
        pl(n("experiments"), "expérimentation", "expérimentations"),
        format!("{} en retard", n("overdue_actions")),
        pl(n("meetings"), "réunion", "réunions"),
        pl(n("participants"), "participant", "participants"),
        format!(
            "{}/{} groupes avec pilote et copilote de 2 structures",
            n("groups_with_two_organisations"),
            n("groups")
        ),
        pl(
            n("indicators_off_target"),
            "indicateur sous la cible",
            "indicateurs sous la cible",
        ),
        pl(n("indicators_not_measured"), "non mesuré", "non mesurés"),
        pl(alerts, "alerte", "alertes"),
        format!("Indicateurs ({})", n("indicators")),
    ] {
        assert!(screen.contains(&expected), "{expected:?} not in\n{screen}");
    }
    if !t["average_progress"].is_null() {
        let p = format!(
            "{} % d'avancement moyen",
            fr_decimal(&t["average_progress"])
        );
        assert!(screen.contains(&p), "{p:?} not in\n{screen}");
    }

    // Territory × status.
    while board_state(app).tab != BoardTab::Territories {
        keys(app, "tab");
    }
    let screen = render(app, 200, 60);
    let statuses = |v: &Value| -> Vec<u64> {
        STATUS_IDS
            .iter()
            .map(|s| v["actions_by_status"][s].as_u64().unwrap())
            .collect()
    };
    let territories = json["territories"].as_array().unwrap();
    assert!(!territories.is_empty());
    for tj in territories {
        let (nums, progress) = row_numbers(&screen, tj["name"].as_str().unwrap());
        let mut expected = vec![tj["groups"].as_u64().unwrap()];
        expected.extend(statuses(tj));
        expected.push(tj["overdue_actions"].as_u64().unwrap());
        assert_eq!(nums, expected, "territory {}", tj["name"]);
        assert_eq!(progress, rounded(&tj["average_progress"]), "{}", tj["name"]);
    }
    let (nums, progress) = row_numbers(&screen, "Ensemble");
    let mut expected = vec![n("groups")];
    expected.extend(statuses(json));
    expected.push(n("overdue_actions"));
    assert_eq!(nums, expected, "total row");
    assert_eq!(progress, rounded(&t["average_progress"]));

    // Axis × status.
    keys(app, "tab");
    let screen = render(app, 200, 60);
    for aj in json["axes"].as_array().unwrap() {
        let name = format!("{}. {}", aj["number"], aj["title"].as_str().unwrap());
        let (nums, progress) = row_numbers(&screen, &name);
        let mut expected = vec![aj["groups"].as_u64().unwrap()];
        expected.extend(statuses(aj));
        assert_eq!(nums, expected, "axis {name}");
        assert_eq!(progress, rounded(&aj["average_progress"]), "{name}");
    }
    keys(app, "backtab");

    // Alerts: the same list, kind by kind.
    keys(app, "a");
    let shown = figures(app).alerts().to_vec();
    assert_eq!(
        serde_json::to_value(&shown).unwrap(),
        json["alerts"],
        "alerts differ"
    );
    let screen = render(app, 200, 60);
    assert!(
        screen.contains(&format!("Toutes {}", shown.len())),
        "{screen}"
    );
    for (kind, label) in [
        (AlertKind::Overdue, "Retard"),
        (AlertKind::OffTarget, "Sous cible"),
        (AlertKind::NotMeasured, "Non mesuré"),
    ] {
        let count = shown.iter().filter(|a| a.kind == kind).count();
        assert!(screen.contains(&format!("{label} {count}")), "{screen}");
    }
    keys(app, "b");
}

#[test]
fn board_shows_the_figures_of_the_json_report() {
    let mut a = annex();
    keys(&mut a, "b");
    let whole = report_json(Selection::default());
    // The pact's annex: 38 actions, 9 realised, 10 operating, 15 in progress, 4 projects.
    assert_eq!(
        whole["actions_by_status"],
        serde_json::json!({"project": 4, "in-progress": 15, "operating": 10, "done": 9,
            "suspended": 0, "abandoned": 0})
    );
    let (nums, _) = row_numbers(&render(&a, 200, 60), "Ensemble");
    assert_eq!(nums[..7], [17, 4, 15, 10, 9, 0, 0]);
    assert_board_matches(&mut a, &whole);

    // A year: `[` from "all years" is the last year of the period (2017–2021).
    keys(&mut a, "[");
    assert_eq!(figures(&a).evaluation().selection.year, Some(2021));
    assert_board_matches(
        &mut a,
        &report_json(Selection {
            year: Some(2021),
            ..Default::default()
        }),
    );

    // A territory through the filter.
    a.filter.territory = Some(id("etang-de-thau"));
    keys(&mut a, "tab backtab");
    assert_board_matches(
        &mut a,
        &report_json(Selection {
            territory: Some(id("etang-de-thau")),
            year: Some(2021),
            ..Default::default()
        }),
    );

    // An axis through the filter, all years again.
    a.filter.territory = None;
    a.filter.axis = Some(id("axe-2"));
    keys(&mut a, "] ] ] ] ] ]");
    assert_eq!(a.board.year, None);
    assert_board_matches(
        &mut a,
        &report_json(Selection {
            axis: Some(id("axe-2")),
            ..Default::default()
        }),
    );
}

#[test]
fn board_opened_from_a_territory_evaluates_that_territory() {
    let mut a = annex();
    // Home → Biterrois (5th territory) → b.
    keys(&mut a, "j j j j enter b");
    assert_eq!(
        board_state(&a).scope.territory.as_ref().map(|t| t.as_str()),
        Some("biterrois")
    );
    assert_board_matches(
        &mut a,
        &report_json(Selection {
            territory: Some(id("biterrois")),
            ..Default::default()
        }),
    );
}

// ------------------------------------------------------------------ flows

#[test]
fn open_board_move_tabs_and_enter() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "b");
    assert_eq!(board_state(&a).tab, BoardTab::Territories);
    keys(&mut a, "j j j j j j j j");
    // Six territories and the total row.
    assert_eq!(board_state(&a).territory, 6);
    keys(&mut a, "g j enter");
    assert!(matches!(
        a.screen(),
        Screen::Groups { source: GroupSource::Territory(t), .. } if t.as_str() == "etang-de-thau"
    ));
    keys(&mut a, "esc tab");
    assert_eq!(board_state(&a).tab, BoardTab::Axes);
    keys(&mut a, "enter");
    assert!(matches!(a.screen(), Screen::Axis { id, .. } if id.as_str() == "axe-1"));
    keys(&mut a, "esc tab");
    assert_eq!(board_state(&a).tab, BoardTab::Indicators);
    keys(&mut a, "j enter");
    match a.screen() {
        Screen::Action(s) => {
            assert_eq!(s.target.action.as_str(), "ateliers-numeriques");
            assert_eq!((s.pane, s.indicator), (ActionPane::Indicators, 1));
        }
        s => panic!("{s:?}"),
    }
    // Esc goes back through the group to the board.
    keys(&mut a, "esc esc");
    assert_eq!(board_state(&a).tab, BoardTab::Indicators);
    keys(&mut a, "tab");
    assert_eq!(board_state(&a).tab, BoardTab::Territories);
    keys(&mut a, "b");
    assert_eq!(a.screens.len(), 2, "b on the board stays");
}

#[test]
fn brackets_change_the_board_year_within_the_pact_period() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "[");
    assert_eq!(a.board.year, None, "not on the board: nothing changes");
    assert!(matches!(&a.message, Some((Tone::Info, m)) if m.contains('b')));
    keys(&mut a, "b");
    let year = |a: &App| figures(a).evaluation().selection.year;
    assert_eq!(year(&a), None);
    keys(&mut a, "[");
    assert_eq!(year(&a), Some(2025));
    keys(&mut a, "[ [");
    assert_eq!(year(&a), Some(2023));
    keys(&mut a, "[ [ [");
    assert_eq!(year(&a), Some(2022), "stops at the start of the pact");
    keys(&mut a, "] ] ]");
    assert_eq!(year(&a), Some(2025));
    keys(&mut a, "]");
    assert_eq!(year(&a), None, "after the last year: all years");
    keys(&mut a, "]");
    assert_eq!(year(&a), None);
    let screen = render_quoted(&a, 80, 24);
    assert!(screen.contains("toute la période"), "{screen}");
    keys(&mut a, "[");
    assert!(render_quoted(&a, 80, 24).contains("année 2025"));
}

#[test]
fn alerts_enter_jumps_to_the_action_and_back() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "a");
    assert!(matches!(a.screen(), Screen::Alerts(_)));
    // Tab narrows to one kind at a time: governance, then overdue.
    keys(&mut a, "tab tab");
    let (kind, first) = match a.screen() {
        Screen::Alerts(s) => (s.kind, figures(&a).nth_alert(s.kind, 0).unwrap().1.clone()),
        _ => panic!(),
    };
    assert_eq!(kind, Some(AlertKind::Overdue));
    assert_eq!(first.kind, AlertKind::Overdue);
    keys(&mut a, "j");
    let second = match a.screen() {
        Screen::Alerts(s) => figures(&a).nth_alert(s.kind, s.cursor).unwrap().1.clone(),
        _ => panic!(),
    };
    assert_eq!(second.kind, AlertKind::Overdue);
    keys(&mut a, "enter");
    match a.screen() {
        Screen::Action(s) => {
            assert_eq!(Some(&s.target.group), second.group.as_ref());
            assert_eq!(Some(&s.target.action), second.action.as_ref());
        }
        s => panic!("{s:?}"),
    }
    let action = match a.screen() {
        Screen::Action(s) => s.target.clone(),
        _ => unreachable!(),
    };
    assert_eq!(action.action.as_str(), "annuaire-partage");
    assert!(
        a.action(&action)
            .unwrap()
            .1
            .is_overdue("2025-01-15".parse().unwrap())
    );
    // Esc: the group, then the alerts where we were.
    keys(&mut a, "esc");
    assert!(matches!(a.screen(), Screen::Group(g) if g.id == action.group));
    keys(&mut a, "esc");
    match a.screen() {
        Screen::Alerts(s) => assert_eq!((s.kind, s.cursor), (Some(AlertKind::Overdue), 1)),
        s => panic!("{s:?}"),
    }
}

#[test]
fn alerts_enter_opens_the_indicator_or_the_group() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "a tab tab tab tab");
    let alert = match a.screen() {
        Screen::Alerts(s) => {
            assert_eq!(s.kind, Some(AlertKind::OffTarget));
            figures(&a).nth_alert(s.kind, 1).unwrap().1.clone()
        }
        _ => panic!(),
    };
    keys(&mut a, "j enter");
    match a.screen() {
        Screen::Action(s) => {
            assert_eq!(s.pane, ActionPane::Indicators);
            let (_, act) = a.action(&s.target).unwrap();
            assert_eq!(
                Some(&act.indicators[s.indicator].id),
                alert.indicator.as_ref()
            );
        }
        s => panic!("{s:?}"),
    }
    keys(&mut a, "esc esc tab");
    let alert = match a.screen() {
        Screen::Alerts(s) => {
            assert_eq!(s.kind, Some(AlertKind::NoCopilot));
            figures(&a).nth_alert(s.kind, 0).unwrap().1.clone()
        }
        _ => panic!(),
    };
    keys(&mut a, "enter");
    match a.screen() {
        Screen::Group(g) => {
            assert_eq!(Some(&g.id), alert.group.as_ref());
            assert_eq!(g.pane, GroupPane::Actions);
        }
        s => panic!("{s:?}"),
    }
    // Back to every alert (after the last kind): the first is about
    // governance, with nothing to open: a message says so.
    keys(&mut a, "esc tab tab tab");
    match a.screen() {
        Screen::Alerts(s) => {
            assert_eq!(s.kind, None);
            let first = figures(&a).nth_alert(None, 0).unwrap().1;
            assert_eq!(first.kind, AlertKind::GovernanceDue);
        }
        s => panic!("{s:?}"),
    }
    keys(&mut a, "enter");
    assert!(matches!(a.screen(), Screen::Alerts(_)));
    assert!(a.message.is_some());
}

#[test]
fn board_and_alerts_switch_without_piling_up() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "b a b a b");
    assert_eq!(a.screens.len(), 2, "{:?}", a.screens);
    assert!(matches!(a.screen(), Screen::Board(_)));
}

#[test]
fn board_from_an_action_shows_its_indicator() {
    let mut a = app("tui", Lang::Fr);
    // Home → Étang de Thau → Réseau Digi'Thau → Ateliers numériques → indicators pane, 2nd.
    keys(&mut a, "j enter enter enter tab tab j b");
    let b = board_state(&a);
    assert_eq!(b.tab, BoardTab::Indicators);
    let (_, action, ind) = figures(&a).indicators[b.indicator].get(&a).unwrap();
    assert_eq!(action.id.as_str(), "ateliers-numeriques");
    assert_eq!(ind.id, action.indicators[1].id);
    let screen = render_quoted(&a, 80, 24);
    assert!(screen.contains(&ind.label), "{screen}");
}

#[test]
fn the_filter_narrows_the_board() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "b");
    assert_eq!(figures(&a).evaluation().totals.groups, 3);
    // The filter is read on every message (no need to reopen the board).
    a.filter.territory = Some(id("etang-de-thau"));
    keys(&mut a, "j");
    let e = figures(&a).evaluation();
    assert_eq!(
        e.selection.territory.as_ref().map(|t| t.as_str()),
        Some("etang-de-thau")
    );
    assert_eq!(e.totals.groups, 1);
    assert!(render_quoted(&a, 80, 24).contains("Étang de Thau"));
    // A status filter does not map to the evaluation: the board says so.
    a.filter.status = Some(pacte::domain::Status::Done);
    keys(&mut a, "j");
    assert_eq!(figures(&a).evaluation().totals.actions, 2);
    assert!(render_quoted(&a, 80, 24).contains("filtre statut/public/pilote ignoré"));
}

#[test]
fn figures_are_computed_on_entering_and_on_data_change_only() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "j j");
    assert_eq!(a.board.computed, 0, "nothing computed off the board");
    keys(&mut a, "b");
    assert_eq!(a.board.computed, 1);
    keys(&mut a, "j k tab j tab ? esc");
    for _ in 0..5 {
        render_quoted(&a, 80, 24);
    }
    assert_eq!(a.board.computed, 1, "moving and drawing compute nothing");
    let done = |a: &App| {
        figures(a)
            .evaluation()
            .actions_by_status
            .get(pacte::domain::Status::Done)
    };
    let before = done(&a);
    // Open an action from the indicators tab and mark it done.
    keys(&mut a, "enter s r");
    assert_eq!(a.board.computed, 1, "not on top: not computed");
    keys(&mut a, "esc esc");
    assert!(matches!(a.screen(), Screen::Board(_)));
    assert_eq!(a.board.computed, 2);
    assert_eq!(done(&a), before + 1);
    // Undo is a data change too.
    keys(&mut a, "u");
    assert_eq!(a.board.computed, 3);
    assert_eq!(done(&a), before);
    // A governance record changed without an undo entry is noticed.
    // A local committee held today in a territory that had none this year.
    let copil = pacte::domain::Meeting {
        date: a.today,
        kind: pacte::domain::MeetingKind::LocalCommittee,
        stage: None,
        territory: Some(pacte::domain::Id::new("montpellierain").unwrap()),
        participants: 30,
        organisations: Vec::new(),
        decisions: Vec::new(),
        ..Default::default()
    };
    let governance_alerts = |a: &App| {
        figures(a)
            .alerts()
            .iter()
            .filter(|x| x.kind == AlertKind::GovernanceDue)
            .count()
    };
    let late = governance_alerts(&a);
    a.ws.governance.meetings.push(copil);
    keys(&mut a, "j");
    assert_eq!(a.board.computed, 4);
    assert_eq!(governance_alerts(&a), late - 1);
}

// -------------------------------------------------------------- rendering

#[test]
fn small_terminals_never_panic() {
    for lang in [Lang::Fr, Lang::En] {
        let mut a = app("tui", lang);
        let mut states = Vec::new();
        for k in ["b", "j", "tab", "tab", "[", "a", "tab", "j"] {
            keys(&mut a, k);
            states.push(a.clone());
        }
        let mut b = annex();
        keys(&mut b, "b tab tab G");
        states.push(b);
        for s in &states {
            for (w, h) in [
                (60, 20),
                (40, 12),
                (30, 8),
                (20, 6),
                (10, 3),
                (1, 1),
                (200, 60),
            ] {
                render(s, w, h);
            }
        }
    }
}

#[test]
fn board_at_60x20_keeps_the_table() {
    let mut a = annex();
    keys(&mut a, "b");
    let s = render_quoted(&a, 60, 20);
    assert!(s.contains("Territoires × statut"), "{s}");
    assert!(s.contains("Ensemble"), "{s}");
    keys(&mut a, "a");
    let s = render_quoted(&a, 60, 20);
    assert!(s.contains("Alertes"), "{s}");
}

/// The fixture's next step, given an owner and a due date before today.
fn with_overdue_step(lang: Lang) -> App {
    let mut a = app("tui", lang);
    let g = a.ws.group_mut(&id("reseau-digi-thau")).unwrap();
    let step = g.actions[0]
        .journal
        .iter_mut()
        .find(|e| e.is_open_step())
        .unwrap();
    step.owner = Some(id("caf"));
    step.due = Some(date("2024-12-31"));
    a
}

#[test]
fn an_overdue_next_step_is_an_alert_that_opens_its_action() {
    let mut a = with_overdue_step(Lang::Fr);
    keys(&mut a, "b");
    let t = &figures(&a).evaluation().totals;
    assert_eq!((t.open_steps, t.overdue_steps), (1, 1));
    assert!(render_quoted(&a, 80, 24).contains("1 suite en retard"));
    keys(&mut a, "a tab tab tab");
    let alert = match a.screen() {
        Screen::Alerts(s) => {
            assert_eq!(s.kind, Some(AlertKind::OverdueStep));
            assert_eq!(figures(&a).alert_count(s.kind), 1);
            figures(&a).nth_alert(s.kind, 0).unwrap().1.clone()
        }
        s => panic!("{s:?}"),
    };
    assert_eq!(alert.group, Some(id("reseau-digi-thau")));
    assert_eq!(alert.action, Some(id("ateliers-numeriques")));
    let screen = render(&a, 80, 24);
    assert!(screen.contains("Suite due 1"), "{screen}");
    assert!(screen.contains("Recruter un second conseiller"), "{screen}");
    insta::assert_snapshot!("fr_alerts_overdue_step", screen);
    keys(&mut a, "enter");
    match a.screen() {
        Screen::Action(s) => {
            assert_eq!(s.target.group.as_str(), "reseau-digi-thau");
            assert_eq!(s.target.action.as_str(), "ateliers-numeriques");
        }
        s => panic!("{s:?}"),
    }
    keys(&mut a, "esc esc");
    match a.screen() {
        Screen::Alerts(s) => assert_eq!(s.kind, Some(AlertKind::OverdueStep)),
        s => panic!("{s:?}"),
    }
}

#[test]
fn an_overdue_next_step_speaks_english_in_the_english_interface() {
    let mut a = with_overdue_step(Lang::En);
    keys(&mut a, "a tab tab tab");
    let screen = render(&a, 80, 24);
    assert!(screen.contains("Late step 1"), "{screen}");
    assert!(screen.contains("due 2024-12-31"), "{screen}");
    assert!(!screen.contains("attendue"), "{screen}");
}
