//! The pact's referential: axes, themes, territories, publics, organisations.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The schema version this build writes (and the newest it reads).
/// Version 2 gives meetings an id, their excused organisations, people,
/// agenda and minutes, and links journal entries to meetings (next steps
/// with an owner, a due date and a done date).
pub const SCHEMA_VERSION: u32 = 2;

/// The oldest schema version this build reads; older files are upgraded in
/// memory and written in [`SCHEMA_VERSION`] when saved.
pub const OLDEST_VERSION: u32 = 1;

/// A workspace file's top-level record: it says its schema version and
/// brings itself up to [`SCHEMA_VERSION`] once read.
pub trait Versioned {
    /// The schema version the file says it is written in.
    fn version(&self) -> u32;
    /// Upgrades what was read from an older version (ids given, version
    /// set to [`SCHEMA_VERSION`]).
    fn upgrade(&mut self);
}

impl Versioned for Referential {
    fn version(&self) -> u32 {
        self.version
    }
    fn upgrade(&mut self) {
        self.version = SCHEMA_VERSION;
    }
}

/// The pact itself and the vocabularies every group file refers to
/// (stored in `pacte.ron`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Referential {
    /// Schema version of the file.
    pub version: u32,
    /// Name of the pact, e.g. "Pacte Territorial pour l'Insertion 2022-2025".
    pub name: String,
    /// The département.
    pub departement: Departement,
    /// The years the pact covers.
    pub period: Period,
    /// The pact's axes, in order.
    pub axes: Vec<Axis>,
    /// The territories (local pacts).
    pub territories: Vec<Territory>,
    /// The priority publics.
    pub publics: Vec<Public>,
    /// Partner organisations.
    pub organisations: Vec<Organisation>,
}

/// A French département.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Departement {
    /// INSEE code, e.g. "34".
    pub code: String,
    /// Name, e.g. "Hérault".
    pub name: String,
}

/// First and last year of the pact, inclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First year.
    pub start: i32,
    /// Last year.
    pub end: i32,
}

/// One of the pact's axes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Axis {
    /// Stable id, e.g. "axe-1".
    pub id: Id,
    /// Number as the pact prints it (1–4).
    pub number: u8,
    /// Title.
    pub title: String,
    /// Objective.
    pub objective: String,
    /// Example themes of the axis.
    #[serde(default)]
    pub themes: Vec<Theme>,
}

/// A theme of an axis; theme ids are unique across axes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    /// Stable id, e.g. "mobilite".
    pub id: Id,
    /// Title.
    pub title: String,
    /// A data·inclusion `thematiques` id, when one fits.
    #[serde(default)]
    pub data_inclusion: Option<String>,
}

/// A territory (local pact).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    /// Stable id, e.g. "biterrois".
    pub id: Id,
    /// Name, e.g. "Biterrois".
    pub name: String,
}

/// A priority public.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Public {
    /// Stable id; data·inclusion `publics` ids where they fit (e.g. "jeunes").
    pub id: Id,
    /// Label.
    pub label: String,
}

/// A partner organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Stable id, e.g. "france-travail".
    pub id: Id,
    /// Name.
    pub name: String,
    /// Network it belongs to, as a data·inclusion `reseaux_porteurs` id.
    #[serde(default)]
    pub network: Option<String>,
    /// When it joined the pact, if known.
    #[serde(default)]
    pub joined: Option<NaiveDate>,
}

impl Referential {
    /// The axis with this id.
    pub fn axis(&self, id: &Id) -> Option<&Axis> {
        self.axes.iter().find(|a| &a.id == id)
    }

    /// The territory with this id.
    pub fn territory(&self, id: &Id) -> Option<&Territory> {
        self.territories.iter().find(|t| &t.id == id)
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &Id) -> Option<&Organisation> {
        self.organisations.iter().find(|o| &o.id == id)
    }

    /// The public with this id.
    pub fn public(&self, id: &Id) -> Option<&Public> {
        self.publics.iter().find(|p| &p.id == id)
    }

    /// The theme with this id, with its axis.
    pub fn theme(&self, id: &Id) -> Option<(&Axis, &Theme)> {
        self.axes
            .iter()
            .find_map(|a| a.themes.iter().find(|t| &t.id == id).map(|t| (a, t)))
    }

    /// Display name of an organisation, or its id when unknown.
    pub fn organisation_name<'a>(&'a self, id: &'a Id) -> &'a str {
        self.organisation(id)
            .map_or(id.as_str(), |o| o.name.as_str())
    }

    /// Display name of a territory, or its id when unknown.
    pub fn territory_name<'a>(&'a self, id: &'a Id) -> &'a str {
        self.territory(id).map_or(id.as_str(), |t| t.name.as_str())
    }
}
