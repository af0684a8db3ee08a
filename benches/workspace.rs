//! Loading, checking and saving a large workspace (20 000 actions).
//!
//! Run with `cargo bench --bench workspace`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use pacte::domain::{Action, Group, Id, Indicator, IndicatorKind, Lead, Status};
use pacte::store::Workspace;
use pacte::store::format::to_canonical;
use std::path::Path;

const GROUPS: usize = 200;
const ACTIONS_PER_GROUP: usize = 100;

fn main() {
    divan::main();
}

fn id(s: String) -> Id {
    Id::new(s).expect("bench ids are slugs")
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
                action.indicators = vec![Indicator {
                    id: id("personnes".into()),
                    label: "Personnes accompagnées".into(),
                    kind: IndicatorKind::Realisation,
                    unit: "personnes".into(),
                    baseline: Some(0.0),
                    target: Some(100.0),
                    measurements: Vec::new(),
                }];
                action
            })
            .collect();
        let group = Group {
            version: 1,
            id: id(format!("groupe-{g}")),
            name: format!("Groupe de travail {g}"),
            territories: vec![id(territories[g % 4].into())],
            axis: id("axe-1".into()),
            themes: vec![id("mobilite".into())],
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
            meetings: Vec::new(),
        };
        let text = to_canonical(&group).expect("serialise");
        std::fs::write(dir.path().join(format!("groups/groupe-{g}.ron")), text).expect("write");
    }
    dir
}

fn open(path: &Path) -> Workspace {
    Workspace::open(path).expect("open")
}

#[divan::bench(sample_count = 10)]
fn open_20k_actions(bencher: divan::Bencher) {
    let dir = big_workspace();
    bencher.bench(|| open(dir.path()));
}

#[divan::bench(sample_count = 10)]
fn check_20k_actions(bencher: divan::Bencher) {
    let dir = big_workspace();
    let ws = open(dir.path());
    let today = "2025-01-15".parse().expect("date");
    bencher.bench(|| ws.check(today));
}

#[divan::bench(sample_count = 20)]
fn save_one_group_of_100_actions(bencher: divan::Bencher) {
    let dir = big_workspace();
    let mut ws = open(dir.path());
    let gid = id("groupe-7".into());
    let mut n = 0u8;
    bencher.bench_local(|| {
        n = (n + 1) % 100;
        if let Some(g) = ws.group_mut(&gid) {
            g.actions[3].progress = n;
        }
        ws.save_group(&gid).expect("save");
    });
}

#[divan::bench(sample_count = 20)]
fn poll_disk_changes_20k_actions(bencher: divan::Bencher) {
    let dir = big_workspace();
    let ws = open(dir.path());
    bencher.bench(|| ws.disk_changes());
}
