//! The fixture workspace `tests/fixtures/annex`: the 17 working groups of the
//! pact's ANNEXE 1 (PTI 2017–2021) and 38 actions in the annex's statuses
//! (9 totally realised, 10 operating, 15 in progress, 4 at project stage).
//!
//! The files are generated from the table below in canonical form; this test
//! checks they are up to date. Regenerate with
//! `PACTE_REGENERATE=1 cargo test --test report_annex`.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use pacte::domain::{
    Action, CopilStage, Governance, Group, Id, Indicator, IndicatorKind, InterimEvaluation, Lead,
    Meeting, MeetingKind, Status,
};
use pacte::domain::{SCHEMA_VERSION, Versioned};
use pacte::store::format::to_canonical;
use std::path::{Path, PathBuf};

use Status::{Done as D, InProgress as P, Operating as O, Project as J};

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn date(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

type Spec = (
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static [&'static str],
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, Status)],
);

/// The annex's groups: id, name, territories, axis, themes, pilot, co-pilot,
/// actions (title, status).
const GROUPS: &[Spec] = &[
    (
        "montp-illettrisme",
        "Illettrisme et illectronisme",
        &["montpellierain"],
        "axe-1",
        &["illectronisme"],
        "departement",
        None,
        &[
            ("Réseau de référents illettrisme", D),
            ("Formation des référents avec le CRIA 34", O),
            ("Repérage de l'illectronisme à l'accueil", P),
        ],
    ),
    (
        "montp-mobilite",
        "Mobilité",
        &["montpellierain"],
        "axe-1",
        &["mobilite"],
        "departement",
        None,
        &[
            ("Guide de la mobilité du Montpelliérain", D),
            ("Aide au permis de conduire", P),
        ],
    ),
    (
        "montp-iae",
        "Insertion par l'activité économique",
        &["montpellierain"],
        "axe-2",
        &["iae-ess"],
        "ddets",
        Some("departement"),
        &[
            ("Forum des structures de l'IAE", O),
            ("Annuaire des SIAE", D),
        ],
    ),
    (
        "thau-numerique",
        "Numérique, non-accès et rupture des droits",
        &["etang-de-thau"],
        "axe-1",
        &["illectronisme"],
        "departement",
        None,
        &[
            ("Réseau Digi'Thau", D),
            ("Permanences de médiation numérique", O),
            ("Charte d'adhésion au réseau", P),
        ],
    ),
    (
        "thau-initiatives",
        "Développement initiatives solidaires et citoyennes",
        &["etang-de-thau"],
        "axe-2",
        &["coordination-acteurs"],
        "departement",
        None,
        &[
            ("Appel à initiatives citoyennes", P),
            ("Repair café itinérant", J),
        ],
    ),
    (
        "thau-mobilite",
        "Mobilité des publics en insertion",
        &["etang-de-thau"],
        "axe-1",
        &["mobilite"],
        "departement",
        None,
        &[
            ("Location solidaire de deux-roues", O),
            ("Plateforme d'information mobilité", P),
        ],
    ),
    (
        "coeur-droits",
        "Accès aux droits",
        &["coeur-d-herault"],
        "axe-3",
        &["acces-aux-droits"],
        "departement",
        None,
        &[
            ("Charte d'amélioration des services internet", D),
            ("Points d'accès aux droits itinérants", P),
        ],
    ),
    (
        "coeur-mobilite",
        "Mobilité et insertion",
        &["coeur-d-herault"],
        "axe-1",
        &["mobilite"],
        "intercommunalites",
        Some("departement"),
        &[
            ("Transport à la demande vers l'emploi", O),
            ("Covoiturage solidaire", P),
        ],
    ),
    (
        "coeur-selectivite",
        "Sélectivité du marché de l'emploi",
        &["coeur-d-herault"],
        "axe-2",
        &["monde-economique"],
        "ddets",
        Some("departement"),
        &[
            ("Job dating des métiers en tension", P),
            ("Parrainage par des chefs d'entreprise", J),
        ],
    ),
    (
        "pc-mobilite",
        "Mobilité",
        &["petite-camargue"],
        "axe-1",
        &["mobilite"],
        "plie",
        Some("departement"),
        &[
            ("Auto-école sociale", D),
            ("Garage solidaire", O),
            ("Prêt de véhicules", P),
        ],
    ),
    (
        "pc-illectronisme",
        "Illectronisme",
        &["petite-camargue"],
        "axe-1",
        &["illectronisme"],
        "departement",
        None,
        &[
            ("Ateliers numériques de proximité", P),
            ("Prêt de matériel informatique", P),
        ],
    ),
    (
        "pc-ess",
        "Liens ESS et économie",
        &["petite-camargue"],
        "axe-2",
        &["iae-ess"],
        "france-travail",
        Some("departement"),
        &[
            ("Agenda événementiel emploi & formation", D),
            ("Rencontres ESS et entreprises", O),
        ],
    ),
    (
        "etude-mobilisation",
        "Étude sociologique sur la mobilisation des publics",
        &["biterrois", "petite-camargue"],
        "axe-2",
        &["remobilisation"],
        "departement",
        None,
        &[
            ("Enquête sociologique sur la mobilisation des publics", P),
            ("Restitution de l'enquête aux partenaires", J),
        ],
    ),
    (
        "bit-freins",
        "Levée des freins (accès emploi et services)",
        &["biterrois"],
        "axe-1",
        &[],
        "ddets",
        Some("departement"),
        &[
            ("Garde d'enfants à horaires atypiques", D),
            ("Bilan de santé avant l'emploi", O),
            ("Accompagnement au logement des salariés en insertion", P),
        ],
    ),
    (
        "bit-ess-iae",
        "ESS et IAE",
        &["biterrois"],
        "axe-2",
        &["iae-ess"],
        "ddets",
        Some("departement"),
        &[
            ("Clauses sociales dans les marchés publics", O),
            ("Plateforme de l'inclusion du Biterrois", P),
        ],
    ),
    (
        "hl-services",
        "Services aux publics",
        &["haut-languedoc"],
        "axe-3",
        &["articulation-dispositifs"],
        "departement",
        None,
        &[
            ("Maisons France services partenaires", D),
            ("Fiches réflexes des dispositifs", O),
        ],
    ),
    (
        "hl-freins",
        "Levée des freins à l'emploi",
        &["haut-languedoc"],
        "axe-1",
        &[],
        "departement",
        None,
        &[
            ("Mobilité en zone rurale", P),
            ("Carnet de bord « Mon journal »", J),
        ],
    ),
];

fn lead(org: &str) -> Lead {
    Lead {
        organisation: id(org),
        person: None,
    }
}

fn meeting(d: &str, participants: u32, orgs: &[&str]) -> Meeting {
    Meeting {
        date: date(d),
        kind: MeetingKind::WorkingGroup,
        stage: None,
        territory: None,
        participants,
        organisations: orgs.iter().map(|o| id(o)).collect(),
        decisions: vec![],
        ..Default::default()
    }
}

/// The groups, deterministic.
pub fn groups() -> Vec<Group> {
    let mut out = Vec::new();
    for (gi, (gid, name, territories, axis, themes, pilot, copilot, actions)) in
        GROUPS.iter().enumerate()
    {
        let actions = actions
            .iter()
            .enumerate()
            .map(|(ai, (title, status))| {
                let aid = pacte::domain::Id::slug_of(title).unwrap();
                let mut a = Action::new(aid, *title, *status);
                a.objectives = format!("Objectif de l'action « {title} ».");
                a.publics = vec![id("beneficiaires-rsa")];
                a.progress = match status {
                    D | O => 100,
                    P => [25, 40, 60, 75][(gi + ai) % 4],
                    _ => [0, 10][ai % 2],
                };
                a.start = Some(date(
                    ["2018-01-15", "2018-09-01", "2019-03-01"][(gi + ai) % 3],
                ));
                a.due = Some(date(
                    ["2020-12-31", "2021-06-30", "2021-12-31"][(gi + 2 * ai) % 3],
                ));
                a.experimentation = (gi + ai) % 7 == 3;
                if ai == 0 {
                    let mut i = Indicator {
                        id: id("personnes-accompagnees"),
                        label: "Personnes accompagnées".into(),
                        kind: IndicatorKind::Realisation,
                        unit: "personnes".into(),
                        baseline: Some(0.0),
                        target: Some(40.0 + 10.0 * (gi % 4) as f64),
                        measurements: vec![],
                    };
                    i.record(date("2019-12-31"), 12.0 + gi as f64);
                    if gi % 3 != 0 {
                        i.record(date("2020-12-31"), 30.0 + 2.5 * gi as f64);
                    }
                    if gi % 2 == 0 {
                        i.record(date("2021-06-30"), 35.0 + 3.0 * gi as f64);
                    }
                    a.indicators.push(i);
                }
                a
            })
            .collect();
        let mut meetings = vec![meeting("2020-10-06", 8 + gi as u32 % 5, &[pilot])];
        if gi % 3 != 2 {
            meetings.push(meeting(
                ["2021-02-11", "2021-03-18", "2021-05-27"][gi % 3],
                10 + (gi as u32 * 3) % 7,
                &[pilot, copilot.unwrap_or("caf")],
            ));
        }
        out.push(Group {
            version: SCHEMA_VERSION,
            id: id(gid),
            name: name.to_string(),
            territories: territories.iter().map(|t| id(t)).collect(),
            axis: id(axis),
            themes: themes.iter().map(|t| id(t)).collect(),
            pilot: Some(lead(pilot)),
            copilot: copilot.map(lead),
            members: vec![id("caf"), id("france-travail")],
            actions,
            meetings,
        });
    }
    out
}

/// The referential: the template, over the 2017–2021 period.
pub fn referential() -> pacte::domain::Referential {
    let mut r = pacte::template::referential().unwrap();
    r.name = "Pacte Territorial pour l'Insertion 2017-2021".into();
    r.period.start = 2017;
    r.period.end = 2021;
    for o in &mut r.organisations {
        o.joined = None;
    }
    r
}

/// Governance: launch and mid-term COPIL, local committees in 2021 for
/// three territories, the 2020 interim evaluation.
pub fn governance() -> Governance {
    let copil = |d: &str, stage| Meeting {
        date: date(d),
        kind: MeetingKind::Copil,
        stage: Some(stage),
        territory: None,
        participants: 38,
        organisations: vec![
            id("departement"),
            id("ddets"),
            id("france-travail"),
            id("caf"),
        ],
        decisions: vec![],
        ..Default::default()
    };
    let local = |d: &str, t: &str| Meeting {
        date: date(d),
        kind: MeetingKind::LocalCommittee,
        stage: None,
        territory: Some(id(t)),
        participants: 21,
        organisations: vec![id("departement"), id("msa")],
        decisions: vec![],
        ..Default::default()
    };
    Governance {
        version: SCHEMA_VERSION,
        meetings: vec![
            copil("2017-06-20", CopilStage::Launch),
            copil("2019-06-13", CopilStage::MidTerm),
            local("2021-03-04", "montpellierain"),
            local("2021-04-15", "biterrois"),
            local("2021-06-10", "etang-de-thau"),
        ],
        evaluations: vec![InterimEvaluation {
            year: 2020,
            date: date("2021-02-25"),
            summary: "Évaluation intermédiaire 2020.".into(),
        }],
    }
}

/// `v` as pacte writes it (meetings with their ids).
fn upgraded<T: Versioned>(mut v: T) -> T {
    v.upgrade();
    v
}

/// The files of the fixture, relative paths and canonical text.
pub fn files() -> Vec<(PathBuf, String)> {
    let mut out = vec![
        (
            PathBuf::from("pacte.ron"),
            to_canonical(&referential()).unwrap(),
        ),
        (
            PathBuf::from("governance.ron"),
            to_canonical(&upgraded(governance())).unwrap(),
        ),
    ];
    for g in groups() {
        out.push((
            Path::new("groups").join(format!("{}.ron", g.id)),
            to_canonical(&upgraded(g)).unwrap(),
        ));
    }
    out
}

#[test]
fn annex_fixture_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annex");
    let regenerate = std::env::var_os("PACTE_REGENERATE").is_some();
    for (rel, text) in files() {
        let path = root.join(&rel);
        if regenerate {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &text).unwrap();
        } else {
            let on_disk = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}; run PACTE_REGENERATE=1", path.display()));
            assert_eq!(on_disk, text, "{} is out of date", rel.display());
        }
    }
}

#[test]
fn annex_counts_38_actions_in_17_groups() {
    let g = groups();
    assert_eq!(g.len(), 17);
    let n = |s: Status| {
        g.iter()
            .flat_map(|g| &g.actions)
            .filter(|a| a.status == s)
            .count()
    };
    assert_eq!((n(D), n(O), n(P), n(J)), (9, 10, 15, 4));
}
