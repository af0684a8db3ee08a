//! The interface's fixture workspace, `tests/fixtures/tui`, is exactly what
//! the generator below builds: the referential template, three groups and
//! the governance record, through the store's canonical writer, byte for
//! byte. `PACTE_WRITE_FIXTURE=1 cargo test --test tui_gen_fixture` writes
//! them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{date, fixture, id};
use pacte::domain::Versioned;
use pacte::domain::*;
use pacte::store::format::to_canonical;
use pacte::template::TEMPLATE_RON;
use std::path::{Path, PathBuf};

const REGENERATE: &str = "if the generator is right, regenerate the fixture with \
    `PACTE_WRITE_FIXTURE=1 cargo test --test tui_gen_fixture` and review the diff";

fn lead(o: &str, p: Option<&str>) -> Option<Lead> {
    Some(Lead {
        organisation: id(o),
        person: p.map(String::from),
    })
}
fn ind(
    i: &str,
    label: &str,
    kind: IndicatorKind,
    unit: &str,
    base: Option<f64>,
    target: Option<f64>,
    m: &[(&str, f64)],
) -> Indicator {
    Indicator {
        id: id(i),
        label: label.into(),
        kind,
        unit: unit.into(),
        baseline: base,
        target,
        measurements: m
            .iter()
            .map(|(dt, v)| Measurement {
                date: date(dt),
                value: *v,
            })
            .collect(),
    }
}

/// Every file of the fixture, its path in the workspace and its text,
/// sorted by path.
fn fixture_files() -> Vec<(PathBuf, String)> {
    let mut a1 = Action::new(
        id("ateliers-numeriques"),
        "Ateliers numériques itinérants",
        Status::InProgress,
    );
    a1.objectives = "Réduire l'illectronisme des publics éloignés de l'emploi.\nAccompagner les démarches en ligne.".into();
    a1.publics = vec![id("beneficiaires-rsa"), id("seniors")];
    a1.implementation = "Un bus numérique passe chaque semaine dans 8 communes.".into();
    a1.deliverables = vec![
        Deliverable {
            label: "Calendrier des tournées".into(),
            done: true,
            document: None,
        },
        Deliverable {
            label: "Bilan annuel".into(),
            done: false,
            document: None,
        },
    ];
    a1.progress = 40;
    a1.start = Some(date("2023-01-15"));
    a1.due = Some(date("2025-06-30"));
    a1.experimentation = true;
    a1.indicators = vec![
        ind(
            "personnes-accompagnees",
            "Personnes accompagnées",
            IndicatorKind::Realisation,
            "personnes",
            Some(0.0),
            Some(300.0),
            &[("2023-12-31", 120.0), ("2024-06-30", 185.0)],
        ),
        ind(
            "taux-autonomie",
            "Taux d'autonomie numérique",
            IndicatorKind::Evaluation,
            "%",
            Some(20.0),
            Some(60.0),
            &[("2024-06-30", 35.5)],
        ),
    ];
    a1.journal = vec![
        JournalEntry {
            date: date("2024-03-12"),
            kind: EntryKind::Decision,
            text: "Étendre la tournée à Frontignan.".into(),
            ..Default::default()
        },
        JournalEntry {
            date: date("2024-06-30"),
            kind: EntryKind::NextStep,
            text: "Recruter un second conseiller numérique.".into(),
            ..Default::default()
        },
    ];
    let mut a2 = Action::new(
        id("annuaire-partage"),
        "Annuaire partagé des lieux d'accès au numérique",
        Status::Project,
    );
    a2.objectives = "Recenser l'offre.".into();
    a2.publics = vec![id("jeunes")];
    a2.due = Some(date("2024-03-31"));
    let g1 = Group {
        version: SCHEMA_VERSION,
        id: id("reseau-digi-thau"),
        name: "Réseau Digi'Thau".into(),
        territories: vec![id("etang-de-thau")],
        axis: id("axe-1"),
        themes: vec![id("illectronisme")],
        pilot: lead("departement", Some("Claire Martin")),
        copilot: lead("france-travail", None),
        members: vec![id("caf"), id("ud-ccas"), id("missions-locales")],
        actions: vec![a1, a2],
        meetings: vec![Meeting {
            date: date("2024-03-12"),
            kind: MeetingKind::WorkingGroup,
            stage: None,
            territory: None,
            participants: 14,
            organisations: vec![id("departement"), id("france-travail"), id("caf")],
            decisions: vec![
                "Étendre la tournée à Frontignan".into(),
                "Bilan en juin".into(),
            ],
            ..Default::default()
        }],
    };

    let mut b1 = Action::new(
        id("garage-solidaire"),
        "Garage solidaire",
        Status::Operating,
    );
    b1.objectives = "Permettre l'accès à un véhicule à coût réduit.".into();
    b1.publics = vec![id("beneficiaires-rsa")];
    b1.progress = 100;
    b1.indicators = vec![ind(
        "vehicules-repares",
        "Véhicules réparés",
        IndicatorKind::Realisation,
        "véhicules",
        None,
        Some(50.0),
        &[("2024-12-31", 42.0)],
    )];
    let mut b2 = Action::new(
        id("plateforme-mobilite"),
        "Plateforme mobilité",
        Status::Done,
    );
    b2.progress = 100;
    let g2 = Group {
        version: SCHEMA_VERSION,
        id: id("mobilite-biterrois"),
        name: "Mobilité des publics en insertion".into(),
        territories: vec![id("biterrois"), id("petite-camargue")],
        axis: id("axe-1"),
        themes: vec![id("mobilite")],
        pilot: lead("plie", None),
        copilot: lead("region", Some("Paul Durand")),
        members: vec![id("france-travail")],
        actions: vec![b1, b2],
        meetings: vec![],
    };

    let mut c1 = Action::new(
        id("forum-emploi"),
        "Forum emploi et insertion",
        Status::Suspended,
    );
    c1.due = Some(date("2024-10-15"));
    let g3 = Group {
        version: SCHEMA_VERSION,
        id: id("coordination-montpellier"),
        name: "Coordination des acteurs montpelliérains".into(),
        territories: vec![id("montpellierain")],
        axis: id("axe-2"),
        themes: vec![id("coordination-acteurs")],
        pilot: lead("ddets", None),
        copilot: None,
        members: vec![],
        actions: vec![c1],
        meetings: vec![],
    };
    let mut files = vec![(PathBuf::from("pacte.ron"), TEMPLATE_RON.to_string())];
    for mut g in [g1, g2, g3] {
        g.upgrade();
        let path = PathBuf::from(format!("groups/{}.ron", g.id));
        files.push((path, to_canonical(&g).unwrap()));
    }
    let m =
        |day: &str, kind, stage, territory: Option<&str>, n: u32, orgs: &[&str], dec: &[&str]| {
            Meeting {
                date: date(day),
                kind,
                stage,
                territory: territory.map(id),
                participants: n,
                organisations: orgs.iter().map(|o| id(o)).collect(),
                decisions: dec.iter().map(|s| s.to_string()).collect(),
                ..Default::default()
            }
        };
    let gov = Governance {
        version: SCHEMA_VERSION,
        meetings: vec![
            m(
                "2022-05-19",
                MeetingKind::Copil,
                Some(CopilStage::Launch),
                None,
                46,
                &["ddets", "region", "departement", "france-travail", "caf"],
                &["Installation des comités locaux avant la fin de 2022."],
            ),
            m(
                "2023-10-12",
                MeetingKind::LocalCommittee,
                None,
                Some("biterrois"),
                17,
                &["departement", "plie", "missions-locales"],
                &[
                    "Premier bilan annuel des groupes du Biterrois.",
                    "Un co-pilote par groupe.",
                ],
            ),
            m(
                "2024-06-13",
                MeetingKind::Copil,
                Some(CopilStage::MidTerm),
                None,
                39,
                &["ddets", "region", "departement"],
                &["Bilan à mi-parcours validé."],
            ),
        ],
        evaluations: vec![InterimEvaluation {
            year: 2023,
            date: date("2024-03-21"),
            summary: "Premières actions réalisées.\nTrois groupes sans co-pilote.".into(),
        }],
    };
    let mut gov = gov;
    gov.upgrade();
    files.push((PathBuf::from("governance.ron"), to_canonical(&gov).unwrap()));
    files.sort();
    files
}

#[test]
fn the_tui_fixture_is_what_its_generator_writes() {
    let root = fixture("tui");
    let expected = fixture_files();
    if std::env::var_os("PACTE_WRITE_FIXTURE").is_some_and(|v| v == "1") {
        for (rel, text) in &expected {
            let path = root.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
    }
    let on_disk = common::snapshot_files(&root);
    let disk_paths: Vec<&Path> = on_disk.iter().map(|(p, _)| p.as_path()).collect();
    let expected_paths: Vec<&Path> = expected.iter().map(|(p, _)| p.as_path()).collect();
    assert_eq!(
        disk_paths, expected_paths,
        "the files under tests/fixtures/tui are not the generator's; {REGENERATE} \
         (a file it does not write is to be removed by hand)"
    );
    for ((rel, bytes), (_, text)) in on_disk.iter().zip(&expected) {
        assert_eq!(
            std::str::from_utf8(bytes).unwrap_or("(not UTF-8)"),
            text,
            "tests/fixtures/tui/{} differs from what the generator writes; {REGENERATE}",
            rel.display()
        );
    }
}
