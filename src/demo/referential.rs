//! The demo's referential: the shipped template, renamed as a demonstration,
//! with the local organisations of the pact's annex and a few partners that
//! joined during the pact.

use super::DemoError;
use super::spec::{R, date, id};
use crate::domain::{Organisation, Referential};

/// Organisations added to the template: id, name, data·inclusion network,
/// date it joined the pact (`""` when it was there from the start).
/// Associations and structures other than the annex's are fictional.
const ORGANISATIONS: &[(&str, &str, Option<&str>, &str)] = &[
    (
        "sydel-coeur-d-herault",
        "Sydel Pays Cœur d'Hérault",
        None,
        "",
    ),
    (
        "plie-est-heraultais",
        "PLIE Est Héraultais",
        Some("plie"),
        "",
    ),
    (
        "france-travail-lunel",
        "France Travail Lunel (ex-Pôle emploi Lunel)",
        Some("france-travail"),
        "",
    ),
    (
        "cria-34",
        "CRIA 34 – Centre de ressources illettrisme alphabétisation",
        None,
        "",
    ),
    (
        "montpellier-metropole",
        "Montpellier Méditerranée Métropole",
        None,
        "",
    ),
    ("sete-agglopole", "Sète agglopôle Méditerranée", None, ""),
    (
        "beziers-mediterranee",
        "Agglomération Béziers Méditerranée",
        None,
        "",
    ),
    (
        "mission-locale-thau",
        "Mission locale d'insertion du Bassin de Thau",
        Some("mission-locale"),
        "",
    ),
    (
        "thau-mediation-numerique",
        "Association Thau Médiation Numérique (exemple)",
        None,
        "2022-10-03",
    ),
    (
        "france-services-haut-languedoc",
        "Espaces France services du Haut-Languedoc",
        None,
        "2022-11-07",
    ),
    ("cap-emploi-34", "Cap emploi Hérault", None, "2023-01-16"),
    (
        "mobilite-solidaire-34",
        "Association Mobilité Solidaire 34 (exemple)",
        None,
        "2023-04-12",
    ),
    (
        "aci-vignes-garrigues",
        "Chantier d'insertion Vignes et Garrigues (exemple)",
        Some("aci"),
        "",
    ),
    (
        "recyclerie-biterrois",
        "Recyclerie solidaire du Biterrois, entreprise d'insertion (exemple)",
        Some("ei"),
        "2023-09-18",
    ),
    (
        "garage-solidaire-hauts-cantons",
        "Garage solidaire des Hauts Cantons (exemple)",
        None,
        "2024-02-05",
    ),
    ("cci-herault", "CCI Hérault", None, "2024-03-14"),
    (
        "ars-occitanie",
        "ARS Occitanie, délégation de l'Hérault",
        None,
        "2024-09-19",
    ),
];

/// The demo's referential.
pub(super) fn referential() -> R<Referential> {
    let mut r = crate::template::referential().map_err(|e| DemoError::Template(e.to_string()))?;
    r.name =
        "Pacte Territorial pour l'Insertion 2022-2025 (démonstration, données d'exemple)".into();
    for (org, name, network, joined) in ORGANISATIONS {
        r.organisations.push(Organisation {
            id: id(org)?,
            name: name.to_string(),
            network: network.map(str::to_string),
            joined: if joined.is_empty() {
                None
            } else {
                Some(date(joined)?)
            },
        });
    }
    Ok(r)
}
