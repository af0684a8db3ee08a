//! A data·inclusion v1 structures file read back into the register:
//! structures matched with the workspace's organisations (by pacte's own
//! id, then SIRET, then name), their missing fields added, nothing typed
//! by people overwritten, every change and every refusal reported.

use super::{SOURCE, Structure, export::structure_id};
use crate::domain::codes;
use crate::domain::vocabulary::Vocabulary;
use crate::domain::{Id, Message, Referential, slug};
use crate::m;
use std::collections::BTreeMap;

/// How a structure was matched with an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatchBy {
    /// pacte's own structure id (a file pacte exported).
    Id,
    /// The SIRET.
    Siret,
    /// The name (its slug equals the organisation's name's or id).
    Name,
}

/// What happened to one field of one organisation.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// The field was empty: the file's value was added.
    Added(String),
    /// The field holds another value, which is kept.
    Kept {
        /// The workspace's value, kept.
        ours: String,
        /// The file's value, not taken.
        theirs: String,
    },
    /// The file's value is not valid; not taken.
    Refused(String, Message),
}

/// One field's outcome.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The organisation.
    pub organisation: Id,
    /// The field, as named in both files.
    pub field: &'static str,
    /// What happened.
    pub outcome: Outcome,
}

/// What an import would do (or did).
#[derive(Clone, Debug)]
pub struct Plan {
    /// The referential with the additions.
    pub referential: Referential,
    /// Structures matched: their name in the file, the organisation, how.
    pub matched: Vec<(String, Id, MatchBy)>,
    /// Names of the structures that match no organisation.
    pub unmatched: Vec<String>,
    /// Structures left out because several of them match one organisation
    /// by name only (which one it is, people decide): their name and the
    /// organisation.
    pub ambiguous: Vec<(String, Id)>,
    /// Every field added, kept or refused.
    pub changes: Vec<Change>,
}

impl Plan {
    /// Number of fields added.
    pub fn added(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| matches!(c.outcome, Outcome::Added(_)))
            .count()
    }
}

/// Largest structures file read (the national base's whole export is a
/// few tens of megabytes).
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Reads structures from JSON (an array, or an object holding one under
/// `structures`) or CSV (`,` or `;`, header row with the field names).
pub fn read(text: &str, file: &str) -> Result<Vec<Structure>, Message> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let t = text.trim_start();
    if t.starts_with('[') || t.starts_with('{') {
        read_json(text, file)
    } else {
        read_csv(text, file)
    }
}

fn read_json(text: &str, file: &str) -> Result<Vec<Structure>, Message> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Top {
        List(Vec<Structure>),
        Wrapped { structures: Vec<Structure> },
    }
    let bad = |e: serde_json::Error| {
        m!(
            "partners-bad-json",
            file = file,
            line = e.line(),
            column = e.column(),
            error = e.to_string()
        )
    };
    // Parse as a value first so that a syntax error is located.
    let v: serde_json::Value = serde_json::from_str(text).map_err(bad)?;
    match serde_json::from_value::<Top>(v) {
        Ok(Top::List(l) | Top::Wrapped { structures: l }) => Ok(l),
        Err(e) => Err(m!(
            "partners-not-structures",
            file = file,
            error = e.to_string()
        )),
    }
}

fn list(cell: &str) -> Vec<String> {
    cell.split([',', ';', '|'])
        .map(|s| s.trim_matches(|c: char| c.is_whitespace() || "[]{}\"'".contains(c)))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn read_csv(text: &str, file: &str) -> Result<Vec<Structure>, Message> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut r = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let bad = |e: csv::Error| {
        let line = e.position().map_or(1, |p| p.line());
        m!(
            "partners-bad-csv",
            file = file,
            line = line,
            error = e.to_string()
        )
    };
    let headers: Vec<String> = r
        .headers()
        .map_err(bad)?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |name: &str| headers.iter().position(|h| h == name);
    if col("nom").is_none() {
        return Err(m!("partners-csv-no-name", file = file));
    }
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(bad)?;
        let get = |name: &str| {
            col(name)
                .and_then(|i| rec.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        out.push(Structure {
            source: get("source").unwrap_or_default(),
            id: get("id").unwrap_or_default(),
            nom: get("nom").unwrap_or_default(),
            date_maj: get("date_maj").and_then(|d| crate::domain::parse_date(&d)),
            siret: get("siret"),
            code_insee: get("code_insee"),
            commune: get("commune"),
            code_postal: get("code_postal"),
            adresse: get("adresse"),
            site_web: get("site_web"),
            courriel: get("courriel"),
            reseaux_porteurs: get("reseaux_porteurs").map(|c| list(&c)),
        });
    }
    Ok(out)
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The organisation a structure is, and how it was found.
fn find(r: &Referential, s: &Structure) -> Option<(usize, MatchBy)> {
    let orgs = &r.organisations;
    if s.source == SOURCE
        && let Some(i) = orgs.iter().position(|o| structure_id(r, o) == s.id)
    {
        return Some((i, MatchBy::Id));
    }
    if let Some(siret) = s.siret.as_deref().map(digits).filter(|x| !x.is_empty())
        && let Some(i) = orgs
            .iter()
            .position(|o| o.siret.as_deref().map(digits).as_deref() == Some(siret.as_str()))
    {
        return Some((i, MatchBy::Siret));
    }
    let key = slug(&s.nom);
    if key.is_empty() {
        return None;
    }
    orgs.iter()
        .position(|o| slug(&o.name) == key || o.id.as_str() == key)
        .map(|i| (i, MatchBy::Name))
}

/// Why a value the file brings is refused, if it is.
fn invalid(field: &str, v: &str, departement: &str) -> Option<Message> {
    let code = |what: &'static str, e| match e {
        codes::CodeError::Shape => m!("rule-code-shape", what = what, value = v),
        codes::CodeError::Key => m!("rule-code-key", what = what, value = v),
        codes::CodeError::Departement => m!("rule-code-departement", value = v),
    };
    match field {
        "siret" => codes::check_siret(v).err().map(|e| code("siret", e)),
        "code_insee" => match codes::check_commune(v, departement) {
            Err(codes::CodeError::Departement) | Ok(()) => None,
            Err(e) => Some(code("insee", e)),
        },
        "code_postal" => codes::check_postal_code(v).err().map(|e| code("postal", e)),
        "site_web" => (!crate::domain::register_rules::web_address(v))
            .then(|| m!("rule-web-address", value = v)),
        "courriel" => (!crate::domain::register_rules::mail_address(v))
            .then(|| m!("rule-mail-address", value = v)),
        "reseaux_porteurs" => (!Vocabulary::ReseauxPorteurs.contains(v))
            .then(|| m!("rule-di-unknown", value = v, field = "reseaux_porteurs")),
        _ => None,
    }
}

/// Plans the import of `structures` into `r` (nothing is written here).
pub fn plan(r: &Referential, structures: &[Structure]) -> Plan {
    let mut next = r.clone();
    let mut p = Plan {
        referential: r.clone(),
        matched: Vec::new(),
        unmatched: Vec::new(),
        ambiguous: Vec::new(),
        changes: Vec::new(),
    };
    // Each organisation's structures: by id or SIRET they are certain and
    // all taken, in file order (the first value wins); by name alone only
    // when a single structure of the file has that name, after the others.
    let mut found: BTreeMap<usize, Vec<(&Structure, MatchBy)>> = BTreeMap::new();
    for s in structures {
        match find(r, s) {
            Some((i, by)) => found.entry(i).or_default().push((s, by)),
            None => p.unmatched.push(s.nom.clone()),
        }
    }
    let mut taken: Vec<(usize, &Structure, MatchBy)> = Vec::new();
    for (i, list) in found {
        let oid = &r.organisations[i].id;
        let (named, sure): (Vec<_>, Vec<_>) =
            list.into_iter().partition(|(_, by)| *by == MatchBy::Name);
        taken.extend(sure.into_iter().map(|(s, by)| (i, s, by)));
        if let [(s, by)] = named.as_slice() {
            taken.push((i, s, *by));
        } else {
            p.ambiguous
                .extend(named.iter().map(|(s, _)| (s.nom.clone(), oid.clone())));
        }
    }
    let dep = r.departement.code.clone();
    for (i, s, by) in taken {
        let oid = r.organisations[i].id.clone();
        p.matched.push((s.nom.clone(), oid.clone(), by));
        let o = &mut next.organisations[i];
        let di_id = (s.source != SOURCE && !s.id.is_empty()).then(|| s.id.clone());
        let fields: [(&'static str, &mut Option<String>, Option<String>); 8] = [
            ("siret", &mut o.siret, s.siret.as_deref().map(digits)),
            ("code_insee", &mut o.code_insee, s.code_insee.clone()),
            ("commune", &mut o.commune, s.commune.clone()),
            ("code_postal", &mut o.code_postal, s.code_postal.clone()),
            ("adresse", &mut o.adresse, s.adresse.clone()),
            ("site_web", &mut o.site_web, s.site_web.clone()),
            ("courriel", &mut o.courriel, s.courriel.clone()),
            ("data_inclusion", &mut o.data_inclusion, di_id),
        ];
        for (field, ours, theirs) in fields {
            let Some(theirs) = theirs
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
            else {
                continue;
            };
            let outcome = match ours.as_deref().map(str::trim).filter(|x| !x.is_empty()) {
                Some(x) if x == theirs => continue,
                Some(x) => Outcome::Kept {
                    ours: x.to_string(),
                    theirs,
                },
                None => match invalid(field, &theirs, &dep) {
                    Some(why) => Outcome::Refused(theirs, why),
                    None => {
                        *ours = Some(theirs.clone());
                        Outcome::Added(theirs)
                    }
                },
            };
            p.changes.push(Change {
                organisation: oid.clone(),
                field,
                outcome,
            });
        }
        for n in s.reseaux_porteurs.iter().flatten() {
            let n = n.trim();
            if n.is_empty() || o.reseaux_porteurs.iter().any(|x| x == n) {
                continue;
            }
            let outcome = match invalid("reseaux_porteurs", n, &dep) {
                Some(why) => Outcome::Refused(n.to_string(), why),
                None => {
                    o.reseaux_porteurs.push(n.to_string());
                    Outcome::Added(n.to_string())
                }
            };
            p.changes.push(Change {
                organisation: oid.clone(),
                field: "reseaux_porteurs",
                outcome,
            });
        }
    }
    p.referential = next;
    p
}
