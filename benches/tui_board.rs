//! The board and the alerts on a large workspace (200 groups × 100 actions =
//! 20 000 actions, 40 000 indicators with measurements, 2 000 meetings):
//! `evaluate`, and `update` + `view` on an 80×24 `TestBackend`.
//!
//! Run with `cargo bench --bench tui_board`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::NaiveDate;
use pacte::domain::evaluation::{Selection, Sources, evaluate};
use pacte::domain::{
    Action, Group, Id, Indicator, IndicatorKind, Lead, Measurement, Meeting, MeetingKind, Status,
};
use pacte::store::Workspace;
use pacte::store::format::to_canonical;
use pacte::tui::Lang;
use pacte::tui::app::App;
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Command, Msg};
use pacte::tui::update::update;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::LazyLock;

const GROUPS: usize = 200;
const ACTIONS_PER_GROUP: usize = 100;

fn main() {
    divan::main();
}

fn id(s: String) -> Id {
    Id::new(s).expect("bench ids are slugs")
}

fn date(s: &str) -> NaiveDate {
    s.parse().expect("date")
}

fn today() -> NaiveDate {
    date("2025-01-15")
}

fn indicator(name: &str, target: f64, values: &[(&str, f64)]) -> Indicator {
    Indicator {
        id: id(name.into()),
        label: format!("Indicateur « {name} »"),
        kind: IndicatorKind::Realisation,
        unit: "personnes".into(),
        baseline: Some(0.0),
        target: Some(target),
        measurements: values
            .iter()
            .map(|(d, v)| Measurement {
                date: date(d),
                value: *v,
            })
            .collect(),
    }
}

/// The workspace, written once and opened (the temp folder lives as long
/// as the process).
static WORKSPACE: LazyLock<(tempfile::TempDir, Workspace)> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("pacte.ron"), pacte::template::TEMPLATE_RON).expect("write");
    std::fs::create_dir_all(dir.path().join("groups")).expect("mkdir");
    let territories = [
        "montpellierain",
        "etang-de-thau",
        "coeur-d-herault",
        "petite-camargue",
        "biterrois",
        "haut-languedoc",
    ];
    let axes = ["axe-1", "axe-2", "axe-3", "axe-4"];
    for g in 0..GROUPS {
        let actions = (0..ACTIONS_PER_GROUP)
            .map(|a| {
                let mut action = Action::new(
                    id(format!("action-{a}")),
                    format!("Action n° {a} du groupe {g} : « accompagnement » vers l'emploi"),
                    Status::ALL[a % 6],
                );
                action.progress = (a % 101) as u8;
                action.experimentation = a % 17 == 0;
                action.due = Some(date(if a % 3 == 0 {
                    "2024-06-30"
                } else {
                    "2026-12-31"
                }));
                let v = (a % 120) as f64;
                action.indicators = vec![
                    indicator(
                        "personnes",
                        100.0,
                        &[("2023-12-31", v / 2.0), ("2024-12-31", v)],
                    ),
                    indicator("sorties", 30.0, &[("2024-06-30", v / 4.0)]),
                ];
                action
            })
            .collect();
        let meetings = (0..10)
            .map(|m| Meeting {
                date: date(&format!("{}-0{}-15", 2022 + m % 4, 1 + m % 9)),
                kind: MeetingKind::WorkingGroup,
                stage: None,
                territory: None,
                participants: 8 + m as u32,
                organisations: vec![id("departement".into()), id("france-travail".into())],
                decisions: Vec::new(),
                ..Default::default()
            })
            .collect();
        let group = Group {
            version: 1,
            id: id(format!("groupe-{g}")),
            name: format!("Groupe de travail {g}"),
            territories: vec![id(territories[g % 6].into())],
            axis: id(axes[g % 4].into()),
            themes: Vec::new(),
            pilot: Some(Lead {
                organisation: id("departement".into()),
                person: None,
            }),
            copilot: (g % 5 != 0).then(|| Lead {
                organisation: id("france-travail".into()),
                person: None,
            }),
            members: Vec::new(),
            actions,
            meetings,
        };
        let text = to_canonical(&group).expect("serialise");
        std::fs::write(dir.path().join(format!("groups/groupe-{g}.ron")), text).expect("write");
    }
    let ws = Workspace::open(dir.path()).expect("open");
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    (dir, ws)
});

fn app() -> App {
    App::new(WORKSPACE.1.clone(), Lang::Fr, today(), Keymap::defaults())
}

thread_local! {
    /// An app with the board open (figures computed), built once per
    /// thread (the model holds editor state that stays on its thread).
    static ON_BOARD: App = {
        let mut a = app();
        update(&mut a, Msg::Cmd(Command::Board));
        a
    };
}

fn on_board() -> App {
    ON_BOARD.with(App::clone)
}

fn draw(a: &App, t: &mut Terminal<TestBackend>) {
    t.draw(|f| view(a, f)).expect("draw");
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(80, 24)).expect("terminal")
}

#[divan::bench(sample_count = 20)]
fn evaluate_20k_actions(bencher: divan::Bencher) {
    let ws = &WORKSPACE.1;
    let r = ws.referential.as_ref().expect("referential");
    let src = Sources {
        referential: r,
        governance: &ws.governance,
        groups: &ws.groups,
    };
    bencher.bench(|| evaluate(src, &Selection::default(), today(), None));
}

#[divan::bench(sample_count = 20)]
fn evaluate_20k_actions_one_territory_2024(bencher: divan::Bencher) {
    let ws = &WORKSPACE.1;
    let r = ws.referential.as_ref().expect("referential");
    let src = Sources {
        referential: r,
        governance: &ws.governance,
        groups: &ws.groups,
    };
    let sel = Selection {
        territory: Some(id("biterrois".into())),
        year: Some(2024),
        ..Selection::default()
    };
    bencher.bench(|| evaluate(src, &sel, today(), None));
}

/// Evaluation and alerts, as every report and the board make them.
#[divan::bench(sample_count = 20)]
fn report_from_parts_20k_actions(bencher: divan::Bencher) {
    let ws = &WORKSPACE.1;
    let r = ws.referential.as_ref().expect("referential");
    let src = Sources {
        referential: r,
        governance: &ws.governance,
        groups: &ws.groups,
    };
    bencher.bench(|| {
        pacte::report::Report::from_parts(src, &Selection::default(), today(), None, None)
    });
}

/// `b` on the home screen, without drawing: the figures are computed.
#[divan::bench(sample_count = 20)]
fn open_board_update(bencher: divan::Bencher) {
    bencher.with_inputs(app).bench_local_values(|mut a| {
        update(&mut a, Msg::Cmd(Command::Board));
        a
    });
}

/// `b` on the home screen: the figures are computed, then drawn.
#[divan::bench(sample_count = 20)]
fn open_board_update_and_view(bencher: divan::Bencher) {
    let mut t = terminal();
    bencher.with_inputs(app).bench_local_values(|mut a| {
        update(&mut a, Msg::Cmd(Command::Board));
        draw(&a, &mut t);
        a
    });
}

/// A frame of the board: no computation (cached figures).
#[divan::bench(sample_count = 100)]
fn board_view(bencher: divan::Bencher) {
    let a = on_board();
    let mut t = terminal();
    bencher.bench_local(|| draw(&a, &mut t));
}

/// `j` on the board and the frame after it: no computation.
#[divan::bench(sample_count = 100)]
fn board_move_update_and_view(bencher: divan::Bencher) {
    let mut a = on_board();
    let mut t = terminal();
    bencher.bench_local(|| {
        update(&mut a, Msg::Cmd(Command::Down));
        draw(&a, &mut t);
    });
}

/// `[` on the board: another year, computed, then drawn.
#[divan::bench(sample_count = 20)]
fn board_change_year_update_and_view(bencher: divan::Bencher) {
    let mut a = on_board();
    update(&mut a, Msg::Cmd(Command::PrevYear));
    let mut t = terminal();
    let mut back = false;
    bencher.bench_local(|| {
        // 2025 → 2024 → 2025…: a new selection every time.
        back = !back;
        let c = if back {
            Command::PrevYear
        } else {
            Command::NextYear
        };
        update(&mut a, Msg::Cmd(c));
        draw(&a, &mut t);
    });
}

/// The indicators tab (40 000 rows), cursor at the end, one frame.
#[divan::bench(sample_count = 100)]
fn board_indicators_view(bencher: divan::Bencher) {
    let mut a = on_board();
    update(&mut a, Msg::Cmd(Command::NextPane));
    update(&mut a, Msg::Cmd(Command::NextPane));
    update(&mut a, Msg::Cmd(Command::Bottom));
    let mut t = terminal();
    bencher.bench_local(|| draw(&a, &mut t));
}

/// The alerts (tens of thousands), cursor at the end, one frame.
#[divan::bench(sample_count = 100)]
fn alerts_view(bencher: divan::Bencher) {
    let mut a = on_board();
    update(&mut a, Msg::Cmd(Command::Alerts));
    update(&mut a, Msg::Cmd(Command::Bottom));
    let mut t = terminal();
    bencher.bench_local(|| draw(&a, &mut t));
}

/// An edit (progress +10 on an action) and the way back to the board: the
/// figures are computed again.
#[divan::bench(sample_count = 20)]
fn edit_then_board_update_and_view(bencher: divan::Bencher) {
    let mut a = on_board();
    // Indicators tab → Enter: the first indicator's action page.
    update(&mut a, Msg::Cmd(Command::NextPane));
    update(&mut a, Msg::Cmd(Command::NextPane));
    update(&mut a, Msg::Cmd(Command::Open));
    let mut t = terminal();
    let mut up = false;
    bencher.bench_local(|| {
        up = !up;
        let c = if up {
            Command::ProgressUp
        } else {
            Command::ProgressDown
        };
        update(&mut a, Msg::Cmd(c));
        update(&mut a, Msg::Cmd(Command::Board));
        draw(&a, &mut t);
        update(&mut a, Msg::Cmd(Command::Back));
    });
}
