//! The pact's referential: axes, themes, territories, publics, organisations.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The newest schema version this build reads and writes.
/// Version 2 gives meetings an id, their excused organisations, people,
/// agenda and minutes, and links journal entries to meetings (next steps
/// with an owner, a due date and a done date). Version 3 separates the
/// pact's ids from their data·inclusion v1 values (sets of `publics`,
/// `thematiques`, `reseaux_porteurs`) and gives organisations their
/// structure fields (SIRET, commune…) and territories their INSEE codes.
/// Version 4 lets a deliverable name its document.
pub const SCHEMA_VERSION: u32 = 4;

/// The version a file is written in when it uses nothing newer: a file is
/// always written in the lowest version that holds it, so that colleagues
/// on an older pacte keep reading it. Only a group file whose deliverables
/// name a document is written in version 4.
pub const BASE_VERSION: u32 = 3;

/// The oldest schema version this build reads; older files are upgraded in
/// memory and written in [`BASE_VERSION`] (or newer, when needed) when
/// saved.
pub const OLDEST_VERSION: u32 = 1;

/// A workspace file's top-level record: it says its schema version and
/// brings itself up to date once read.
pub trait Versioned {
    /// The schema version the file says it is written in.
    fn version(&self) -> u32;
    /// Upgrades what was read from an older version (ids given, version
    /// set to the lowest that holds the file).
    fn upgrade(&mut self);
}

impl Versioned for Referential {
    fn version(&self) -> u32 {
        self.version
    }
    fn upgrade(&mut self) {
        if self.version < 3 {
            for p in &mut self.publics {
                if p.publics.is_empty() {
                    p.publics = super::vocabulary::upgrade_public(p.id.as_str());
                }
            }
        }
        self.version = BASE_VERSION;
    }
}

fn push_new(list: &mut Vec<String>, v: String) {
    if !list.contains(&v) {
        list.push(v);
    }
}

/// A theme as files hold it: schema 1–2 wrote one `data_inclusion` value,
/// moved into `thematiques` (as v1 values) as the file is read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Theme")]
struct ThemeFile {
    id: Id,
    title: String,
    #[serde(default)]
    thematiques: Vec<String>,
    #[serde(default)]
    data_inclusion: Option<String>,
}

/// An older field given beside its new name: which one holds is unclear.
fn both(old: &str, new: &str) -> String {
    crate::m!("ron-old-and-new-field", old = old, new = new).encode()
}

impl TryFrom<ThemeFile> for Theme {
    type Error = String;
    fn try_from(f: ThemeFile) -> Result<Theme, String> {
        if f.data_inclusion.is_some() && !f.thematiques.is_empty() {
            return Err(both("data_inclusion", "thematiques"));
        }
        let mut thematiques = f.thematiques;
        for v in f
            .data_inclusion
            .iter()
            .flat_map(|v| super::vocabulary::upgrade_thematique(v))
        {
            push_new(&mut thematiques, v);
        }
        Ok(Theme {
            id: f.id,
            title: f.title,
            thematiques,
        })
    }
}

/// An organisation as files hold it: schema 1–2 wrote one `network`,
/// moved into `reseaux_porteurs` as the file is read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename = "Organisation")]
struct OrganisationFile {
    id: Id,
    name: String,
    #[serde(default)]
    reseaux_porteurs: Vec<String>,
    #[serde(default)]
    network: Option<String>,
    #[serde(default)]
    joined: Option<NaiveDate>,
    #[serde(default)]
    siret: Option<String>,
    #[serde(default)]
    code_insee: Option<String>,
    #[serde(default)]
    commune: Option<String>,
    #[serde(default)]
    code_postal: Option<String>,
    #[serde(default)]
    adresse: Option<String>,
    #[serde(default)]
    site_web: Option<String>,
    #[serde(default)]
    courriel: Option<String>,
    #[serde(default)]
    data_inclusion: Option<String>,
}

impl TryFrom<OrganisationFile> for Organisation {
    type Error = String;
    fn try_from(f: OrganisationFile) -> Result<Organisation, String> {
        if f.network.is_some() && !f.reseaux_porteurs.is_empty() {
            return Err(both("network", "reseaux_porteurs"));
        }
        let mut reseaux_porteurs = f.reseaux_porteurs;
        if let Some(n) = f.network {
            push_new(&mut reseaux_porteurs, n);
        }
        Ok(Organisation {
            id: f.id,
            name: f.name,
            reseaux_porteurs,
            joined: f.joined,
            siret: f.siret,
            code_insee: f.code_insee,
            commune: f.commune,
            code_postal: f.code_postal,
            adresse: f.adresse,
            site_web: f.site_web,
            courriel: f.courriel,
            data_inclusion: f.data_inclusion,
        })
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
#[serde(try_from = "ThemeFile")]
pub struct Theme {
    /// The pact's id, e.g. "mobilite".
    pub id: Id,
    /// Title.
    pub title: String,
    /// The data·inclusion v1 `thematiques` values the theme covers.
    pub thematiques: Vec<String>,
}

/// A territory (local pact).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Territory {
    /// Stable id, e.g. "biterrois".
    pub id: Id,
    /// Name, e.g. "Biterrois".
    pub name: String,
    /// INSEE codes of its communes, e.g. "34032".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub communes: Vec<String>,
    /// SIREN numbers of its EPCI (intercommunalities).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub epci: Vec<String>,
}

/// A priority public.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Public {
    /// The pact's id, e.g. "familles-monoparentales".
    pub id: Id,
    /// Label.
    pub label: String,
    /// The data·inclusion v1 `publics` values it falls under (none when no
    /// national value fits, e.g. people without support).
    #[serde(default)]
    pub publics: Vec<String>,
}

/// A partner organisation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "OrganisationFile")]
pub struct Organisation {
    /// The pact's id, e.g. "france-travail".
    pub id: Id,
    /// Name.
    pub name: String,
    /// The networks carrying it, as data·inclusion v1 `reseaux_porteurs`.
    pub reseaux_porteurs: Vec<String>,
    /// When it joined the pact, if known.
    pub joined: Option<NaiveDate>,
    /// Its SIRET (14 digits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siret: Option<String>,
    /// INSEE code of its commune.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_insee: Option<String>,
    /// Its commune's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_postal: Option<String>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adresse: Option<String>,
    /// Web site.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_web: Option<String>,
    /// The structure's own e-mail address (never a person's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub courriel: Option<String>,
    /// Its id in the data·inclusion base, when known
    /// (e.g. "dora--4a1b…").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_inclusion: Option<String>,
}

impl Organisation {
    /// An organisation known by its id and name only.
    pub fn new(id: Id, name: impl Into<String>) -> Self {
        Self {
            id,
            name: name.into(),
            reseaux_porteurs: Vec::new(),
            joined: None,
            siret: None,
            code_insee: None,
            commune: None,
            code_postal: None,
            adresse: None,
            site_web: None,
            courriel: None,
            data_inclusion: None,
        }
    }
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
