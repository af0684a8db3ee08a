//! The partner register exchanged with the national data·inclusion base:
//! the workspace's organisations written as data·inclusion v1 structures
//! (JSON or CSV), and a structures file read back into them.
//!
//! Only structures travel: names, SIRET, address, web site, the
//! structure's own e-mail, networks. Nothing about the people helped is
//! ever in these files.

pub mod export;
pub mod import;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The data·inclusion `source` of what pacte writes.
pub const SOURCE: &str = "pacte";

/// A data·inclusion v1 structure, with the fields pacte carries (a file
/// read may hold more; they are ignored).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Structure {
    /// The producer, `pacte` for what pacte writes.
    #[serde(default)]
    pub source: String,
    /// Unique id, `pacte--<département>--<organisation id>` for pacte's.
    #[serde(default)]
    pub id: String,
    /// Name.
    #[serde(default)]
    pub nom: String,
    /// Date of the last change at the producer.
    #[serde(default)]
    pub date_maj: Option<NaiveDate>,
    /// SIRET.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siret: Option<String>,
    /// INSEE commune code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_insee: Option<String>,
    /// Commune name.
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
    /// The structure's e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub courriel: Option<String>,
    /// Networks carrying it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reseaux_porteurs: Option<Vec<String>>,
}

/// The CSV columns, in order (the JSON field names).
pub const COLUMNS: [&str; 12] = [
    "source",
    "id",
    "nom",
    "date_maj",
    "siret",
    "code_insee",
    "commune",
    "code_postal",
    "adresse",
    "site_web",
    "courriel",
    "reseaux_porteurs",
];
