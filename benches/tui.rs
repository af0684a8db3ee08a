//! One keystroke of the interface on a large workspace (200 groups × 100
//! actions = 20 000 actions, each with an indicator, two measurements and a
//! journal entry): `update` plus `view` on an 80×24 `TestBackend`.
//!
//! Run with `cargo bench --bench tui`. A keystroke should stay well under a
//! frame (16 ms).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::NaiveDate;
use pacte::domain::{
    Action, EntryKind, Group, Id, Indicator, IndicatorKind, JournalEntry, Lead, Measurement,
    Meeting, MeetingKind, Status,
};
use pacte::store::Workspace;
use pacte::store::format::to_canonical;
use pacte::tui::Lang;
use pacte::tui::app::{App, Screen};
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::runtime::perform;
use pacte::tui::update::update;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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

fn big_workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("pacte.ron"), pacte::template::TEMPLATE_RON).expect("write");
    std::fs::create_dir_all(dir.path().join("groups")).expect("mkdir");
    let territories = [
        "montpellierain",
        "etang-de-thau",
        "biterrois",
        "petite-camargue",
        "coeur-d-herault",
        "haut-languedoc",
    ];
    for g in 0..GROUPS {
        let actions = (0..ACTIONS_PER_GROUP)
            .map(|a| {
                let mut action = Action::new(
                    id(format!("action-{a}")),
                    format!("Action n° {a} du groupe {g} : « accompagnement » vers l'emploi"),
                    Status::ALL[a % 4],
                );
                action.objectives = "Lever les freins à la mobilité des publics.".into();
                action.publics = vec![id("jeunes".into())];
                action.progress = (a % 101) as u8;
                action.due = Some(date(if a % 3 == 0 {
                    "2024-06-30"
                } else {
                    "2026-12-31"
                }));
                action.indicators = vec![Indicator {
                    id: id("personnes".into()),
                    label: "Personnes accompagnées".into(),
                    kind: IndicatorKind::Realisation,
                    unit: "personnes".into(),
                    baseline: Some(0.0),
                    target: Some(100.0),
                    measurements: vec![
                        Measurement {
                            date: date("2024-06-30"),
                            value: 12.0,
                        },
                        Measurement {
                            date: date("2024-12-31"),
                            value: 30.0,
                        },
                    ],
                }];
                action.journal = vec![JournalEntry {
                    date: date("2024-03-12"),
                    kind: EntryKind::Decision,
                    text: format!("Point d'étape {a} : relancer les partenaires du territoire."),
                    ..Default::default()
                }];
                action
            })
            .collect();
        let group = Group {
            version: 1,
            id: id(format!("groupe-{g}")),
            name: format!("Groupe de travail {g}"),
            territories: vec![id(territories[g % 6].into())],
            axis: id(format!("axe-{}", 1 + g % 4)),
            themes: Vec::new(),
            pilot: Some(Lead {
                organisation: id("departement".into()),
                person: None,
            }),
            copilot: Some(Lead {
                organisation: id("france-travail".into()),
                person: None,
            }),
            members: Vec::new(),
            actions,
            meetings: vec![Meeting {
                date: date("2024-03-12"),
                kind: MeetingKind::WorkingGroup,
                stage: None,
                territory: None,
                participants: 12,
                organisations: Vec::new(),
                decisions: vec!["Continuer.".into()],
                ..Default::default()
            }],
        };
        let text = to_canonical(&group).expect("serialise");
        std::fs::write(dir.path().join(format!("groups/groupe-{g}.ron")), text).expect("write");
    }
    dir
}

fn big_app(dir: &tempfile::TempDir) -> App {
    let ws = Workspace::open(dir.path()).expect("open");
    App::new(ws, Lang::Fr, date("2025-01-15"), Keymap::defaults())
}

fn key(c: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(c, KeyModifiers::NONE))
}

fn ch(c: char) -> Msg {
    key(KeyCode::Char(c))
}

/// Presses keys (setting up a state; not timed).
fn press(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let m = match c {
            '\n' => key(KeyCode::Enter),
            c => ch(c),
        };
        update(app, m);
    }
}

fn terminal() -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(80, 24)).expect("terminal")
}

/// One keystroke: `update` then a full redraw.
fn stroke(app: &mut App, t: &mut Terminal<TestBackend>, msg: Msg) {
    update(app, msg);
    t.draw(|f| view(app, f)).expect("draw");
}

/// Down then up alternately on the screen `keys` leads to.
fn cursor_bench(bencher: divan::Bencher, keys: &str) {
    let dir = big_workspace();
    let mut app = big_app(&dir);
    press(&mut app, keys);
    let mut t = terminal();
    let mut down = true;
    bencher.bench_local(|| {
        let m = if down { ch('j') } else { ch('k') };
        down = !down;
        stroke(&mut app, &mut t, m);
    });
}

#[divan::bench(sample_count = 50)]
fn cursor_on_home(bencher: divan::Bencher) {
    cursor_bench(bencher, "");
}

#[divan::bench(sample_count = 50)]
fn cursor_on_a_territory_groups(bencher: divan::Bencher) {
    cursor_bench(bencher, "\n");
}

#[divan::bench(sample_count = 50)]
fn cursor_on_a_group_actions(bencher: divan::Bencher) {
    cursor_bench(bencher, "\n\n");
}

#[divan::bench(sample_count = 20)]
fn cursor_on_all_actions(bencher: divan::Bencher) {
    cursor_bench(bencher, "A");
}

#[divan::bench(sample_count = 50)]
fn open_an_action(bencher: divan::Bencher) {
    let dir = big_workspace();
    let mut app = big_app(&dir);
    press(&mut app, "\n\n");
    let mut t = terminal();
    bencher.bench_local(|| {
        stroke(&mut app, &mut t, key(KeyCode::Enter));
        // Back to the group page (not timed separately: a keystroke too).
        stroke(&mut app, &mut t, key(KeyCode::Esc));
    });
}

#[divan::bench(sample_count = 20)]
fn type_in_search(bencher: divan::Bencher) {
    let dir = big_workspace();
    let mut app = big_app(&dir);
    press(&mut app, "/");
    let mut t = terminal();
    // Type "accomp", then erase it, one keystroke per iteration.
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
        stroke(&mut app, &mut t, m);
    });
}

#[divan::bench(sample_count = 50)]
fn change_status_update_only(bencher: divan::Bencher) {
    let dir = big_workspace();
    let mut app = big_app(&dir);
    press(&mut app, "\n\n");
    let mut n = 0usize;
    bencher.bench_local(|| {
        // `s` opens the status popup, then one letter picks.
        update(&mut app, ch('s'));
        n += 1;
        let letter = if n.is_multiple_of(2) { 'f' } else { 'c' };
        update(&mut app, ch(letter))
    });
}

#[divan::bench(sample_count = 20)]
fn save_effect_of_a_status_change(bencher: divan::Bencher) {
    let dir = big_workspace();
    let mut app = big_app(&dir);
    press(&mut app, "\n\n");
    let gid = match app.screen() {
        Screen::Group(g) => g.id.clone(),
        _ => return,
    };
    let mut n = 0usize;
    bencher.bench_local(|| {
        n += 1;
        if let Some(g) = app.ws.group_mut(&gid) {
            g.actions[0].status = Status::ALL[n % 4];
        }
        perform(&mut app, Effect::SaveGroup(gid.clone()))
    });
}
