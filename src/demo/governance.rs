//! The demo's governance: the départemental COPIL (launch on 19 May 2022 as
//! in the pact, mid-term in 2024, an extension in 2025, no final one yet) and
//! a local animation committee per territory and year, except Haut-Languedoc
//! in 2025.

use super::spec::{R, date, id, ids};
use crate::domain::{
    CopilStage, Governance, InterimEvaluation, Meeting, MeetingKind, SCHEMA_VERSION,
};

/// The signatories represented at the COPIL (template organisations).
const SIGNATORIES: &[&str] = &[
    "ddets",
    "region",
    "departement",
    "intercommunalites",
    "plie",
    "missions-locales",
    "france-travail",
    "caf",
    "cpam",
    "msa",
    "ud-ccas",
];

/// COPIL meetings: date, stage, participants, organisations, decisions.
type Copil = (
    &'static str,
    CopilStage,
    u32,
    &'static [&'static str],
    &'static [&'static str],
);

const COPILS: &[Copil] = &[
    (
        "2022-05-19",
        CopilStage::Launch,
        46,
        SIGNATORIES,
        &[
            "Restitution de la démarche de renouvellement et présentation du PTI 2022-2025.",
            "Installation d'un comité local d'animation dans chacun des six territoires avant la fin de l'année 2022.",
            "Reprise des 17 groupes de travail des PTI locaux 2017-2021 ; pilotes et co-pilotes à confirmer par les comités locaux.",
        ],
    ),
    (
        "2024-06-13",
        CopilStage::MidTerm,
        39,
        &[
            "ddets",
            "region",
            "departement",
            "intercommunalites",
            "plie",
            "missions-locales",
            "france-travail",
            "caf",
            "cpam",
            "ud-ccas",
            "cria-34",
            "cap-emploi-34",
        ],
        &[
            "Bilan à mi-parcours des groupes de travail présenté et validé.",
            "Adoption des indicateurs types par thématique proposés par le groupe évaluation.",
            "Les groupes sans co-pilote partenaire en désignent un avant le prochain comité local.",
            "Ouverture des groupes de travail aux acteurs économiques (CCI, structures de l'IAE).",
        ],
    ),
    (
        "2025-11-27",
        CopilStage::Other,
        31,
        &[
            "ddets",
            "region",
            "departement",
            "plie",
            "missions-locales",
            "france-travail",
            "caf",
            "msa",
            "ud-ccas",
        ],
        &[
            "Prorogation du PTI 2022-2025 jusqu'au 31 décembre 2026, dans l'attente de son renouvellement.",
            "COPIL final et bilan du PTI prévus fin 2026 ou début 2027.",
        ],
    ),
];

/// Local committees: territory and its meeting date each year
/// (`""` when none was held that year).
const LOCAL: &[(&str, [&str; 5])] = &[
    (
        "montpellierain",
        [
            "2022-10-06",
            "2023-10-12",
            "2024-10-10",
            "2025-10-16",
            "2026-10-08",
        ],
    ),
    (
        "etang-de-thau",
        [
            "2022-10-13",
            "2023-10-19",
            "2024-10-17",
            "2025-10-09",
            "2026-10-15",
        ],
    ),
    (
        "coeur-d-herault",
        [
            "2022-10-20",
            "2023-11-09",
            "2024-11-07",
            "2025-11-13",
            "2026-11-05",
        ],
    ),
    (
        "petite-camargue",
        [
            "2022-11-08",
            "2023-11-14",
            "2024-11-19",
            "2025-11-18",
            "2026-11-17",
        ],
    ),
    (
        "biterrois",
        [
            "2022-11-17",
            "2023-11-23",
            "2024-11-21",
            "2025-11-20",
            "2026-11-19",
        ],
    ),
    (
        "haut-languedoc",
        ["2022-11-24", "2023-11-30", "2024-11-28", "", "2026-11-26"],
    ),
];

/// Organisations at every local committee, besides the local ones.
const LOCAL_CORE: &[&str] = &[
    "departement",
    "ddets",
    "france-travail",
    "missions-locales",
    "caf",
];

/// Local partners at each territory's committees.
fn local_partners(territory: &str) -> &'static [&'static str] {
    match territory {
        "montpellierain" => &["montpellier-metropole", "cria-34", "plie", "ud-ccas"],
        "etang-de-thau" => &[
            "sete-agglopole",
            "mission-locale-thau",
            "thau-mediation-numerique",
        ],
        "coeur-d-herault" => &["sydel-coeur-d-herault", "msa", "intercommunalites"],
        "petite-camargue" => &["plie-est-heraultais", "france-travail-lunel", "msa"],
        "biterrois" => &["beziers-mediterranee", "plie", "recyclerie-biterrois"],
        _ => &[
            "france-services-haut-languedoc",
            "msa",
            "garage-solidaire-hauts-cantons",
        ],
    }
}

/// Decisions of a local committee, by year (index 0 is 2022).
const LOCAL_DECISIONS: [&[&str]; 5] = [
    &[
        "Priorités territoriales du PTI local définies et partagées.",
        "Groupes de travail du territoire reconduits ; pilotes et co-pilotes confirmés.",
    ],
    &[
        "Premier bilan annuel des actions du territoire présenté ; calendrier des groupes 2024 arrêté.",
    ],
    &["Bilan annuel et contribution du territoire au COPIL intermédiaire."],
    &["Bilan annuel et premières propositions pour le renouvellement du PTI."],
    &["Bilan annuel 2026 et contribution du territoire à l'évaluation finale du PTI."],
];

/// Yearly interim evaluations: year evaluated, date presented, summary.
const EVALUATIONS: &[(i32, &str, &str)] = &[
    (
        2022,
        "2023-03-16",
        "Année d'installation : six comités locaux tenus, 17 groupes de travail relancés, pilotes et co-pilotes confirmés sauf dans trois groupes.",
    ),
    (
        2023,
        "2024-03-21",
        "Premières actions réalisées (chartes, guides, diagnostic mobilité) ; retards sur l'enquête sociologique ; trois nouveaux partenaires intégrés.",
    ),
    (
        2024,
        "2025-03-20",
        "Bilan à mi-parcours présenté au COPIL ; la plupart des actions emblématiques fonctionnent durablement ; trois groupes restent sans co-pilote partenaire.",
    ),
    (
        2025,
        "2026-03-19",
        "Pas de comité local en Haut-Languedoc en 2025 ; plusieurs échéances dépassées (santé mentale, permanences itinérantes) ; prorogation du PTI jusqu'à fin 2026.",
    ),
];

/// The demo's governance file, oldest meeting first.
pub(super) fn governance() -> R<Governance> {
    let mut meetings = Vec::new();
    for (d, stage, participants, orgs, decisions) in COPILS {
        meetings.push(Meeting {
            date: date(d)?,
            kind: MeetingKind::Copil,
            stage: Some(*stage),
            territory: None,
            participants: *participants,
            organisations: ids(orgs)?,
            decisions: decisions.iter().map(|s| s.to_string()).collect(),
        });
    }
    for (t, (territory, dates)) in LOCAL.iter().enumerate() {
        for (year, (d, decisions)) in dates.iter().zip(LOCAL_DECISIONS).enumerate() {
            if d.is_empty() {
                continue;
            }
            let local = local_partners(territory);
            // A fixed, varied attendance: 12 to 26 people.
            let participants = 12 + ((t * 5 + year * 3) % 15) as u32;
            let mut organisations = ids(LOCAL_CORE)?;
            // Newer partners come only once they have joined (from 2024).
            let take = if year < 2 { 2 } else { local.len() };
            for o in local.iter().take(take) {
                organisations.push(id(o)?);
            }
            meetings.push(Meeting {
                date: date(d)?,
                kind: MeetingKind::LocalCommittee,
                stage: None,
                territory: Some(id(territory)?),
                participants,
                organisations,
                decisions: decisions.iter().map(|s| s.to_string()).collect(),
            });
        }
    }
    meetings.sort_by_key(|m| m.date);
    let mut evaluations = Vec::new();
    for (year, d, summary) in EVALUATIONS {
        evaluations.push(InterimEvaluation {
            year: *year,
            date: date(d)?,
            summary: summary.to_string(),
        });
    }
    Ok(Governance {
        version: SCHEMA_VERSION,
        meetings,
        evaluations,
    })
}
