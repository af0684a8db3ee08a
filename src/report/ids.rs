//! The national ids a report carries: each organisation's data·inclusion
//! structure id, networks, SIRET and commune; each theme's `thematiques`,
//! each public's `publics`; each territory's INSEE codes and EPCI SIREN.

use crate::domain::{Id, Referential};
use serde::Serialize;

/// An organisation's national ids.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OrganisationIds {
    /// pacte's id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// Its id in pacte's data·inclusion export.
    pub structure_id: String,
    /// Its id in the data·inclusion base, when known.
    pub data_inclusion: Option<String>,
    /// `reseaux_porteurs`.
    pub reseaux_porteurs: Vec<String>,
    /// SIRET.
    pub siret: Option<String>,
    /// INSEE commune code.
    pub code_insee: Option<String>,
}

/// A pact id and the data·inclusion values it maps to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mapping {
    /// pacte's id.
    pub id: Id,
    /// The data·inclusion v1 values.
    pub values: Vec<String>,
}

/// A territory's INSEE codes.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TerritoryIds {
    /// pacte's id.
    pub id: Id,
    /// INSEE commune codes.
    pub communes: Vec<String>,
    /// EPCI SIREN numbers.
    pub epci: Vec<String>,
}

/// Every national id of the referential (the JSON report's `national_ids`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NationalIds {
    /// The data·inclusion schema version the values belong to.
    pub schema: &'static str,
    /// Organisations.
    pub organisations: Vec<OrganisationIds>,
    /// Themes → `thematiques`.
    pub thematiques: Vec<Mapping>,
    /// Publics → `publics`.
    pub publics: Vec<Mapping>,
    /// Territories.
    pub territories: Vec<TerritoryIds>,
}

impl NationalIds {
    /// The ids of `r`.
    pub fn of(r: &Referential) -> NationalIds {
        NationalIds {
            schema: "data-inclusion-schema v1",
            organisations: r
                .organisations
                .iter()
                .map(|o| OrganisationIds {
                    id: o.id.clone(),
                    name: o.name.clone(),
                    structure_id: crate::partners::export::structure_id(r, o),
                    data_inclusion: o.data_inclusion.clone(),
                    reseaux_porteurs: o.reseaux_porteurs.clone(),
                    siret: o.siret.clone(),
                    code_insee: o.code_insee.clone(),
                })
                .collect(),
            thematiques: r
                .axes
                .iter()
                .flat_map(|a| &a.themes)
                .map(|t| Mapping {
                    id: t.id.clone(),
                    values: t.thematiques.clone(),
                })
                .collect(),
            publics: r
                .publics
                .iter()
                .map(|p| Mapping {
                    id: p.id.clone(),
                    values: p.publics.clone(),
                })
                .collect(),
            territories: r
                .territories
                .iter()
                .map(|t| TerritoryIds {
                    id: t.id.clone(),
                    communes: t.communes.clone(),
                    epci: t.epci.clone(),
                })
                .collect(),
        }
    }
}
