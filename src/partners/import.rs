//! A data·inclusion v1 structures file read back into the register:
//! structures matched with the workspace's organisations (by pacte's own
//! id, then SIRET, then name), their missing fields added, nothing typed
//! by people overwritten, every change and every refusal reported.

use super::{COLUMNS, SOURCE, Structure, export::structure_id};
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
    /// The national id stored with the organisation.
    NationalId,
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
    /// Structures left out because several of them match one organisation,
    /// or one matches several (which one it is, people decide): their name
    /// and the organisation.
    pub ambiguous: Vec<(String, Id)>,
    /// Structures left out because pacte's id names an organisation whose
    /// name is not theirs (a shifted row): their name and the organisation.
    pub mismatched: Vec<(String, Id)>,
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

/// What a structures file holds.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The structures, in file order.
    pub structures: Vec<Structure>,
    /// Columns (CSV) or fields (JSON) pacte does not take, by name.
    pub ignored: Vec<String>,
}

/// Reads structures from JSON (a list, one structure, or a list under
/// `structures`, `items`, `data` or `results`) or CSV (`,` or `;`, a header
/// row with the field names).
pub fn read(text: &str, file: &str) -> Result<Parsed, Message> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let t = text.trim_start();
    if t.is_empty() {
        return Err(m!("partners-empty-file", file = file));
    }
    if t.starts_with('[') || t.starts_with('{') {
        read_json(text, file)
    } else {
        read_csv(text, file)
    }
}

/// A field's text: a string, or a number written as it reads (a SIRET
/// or a postal code a spreadsheet turned into a number).
fn json_text(v: Option<&serde_json::Value>) -> Result<Option<String>, &'static str> {
    use serde_json::Value as V;
    match v {
        None | Some(V::Null) => Ok(None),
        Some(V::String(s)) => Ok(Some(s.clone()).filter(|s| !s.trim().is_empty())),
        Some(V::Number(n)) => Ok(Some(n.to_string())),
        Some(V::Bool(_)) => Err("yes/no"),
        Some(V::Array(_)) => Err("list"),
        Some(V::Object(_)) => Err("object"),
    }
}

fn json_list(v: Option<&serde_json::Value>) -> Result<Option<Vec<String>>, &'static str> {
    use serde_json::Value as V;
    match v {
        None | Some(V::Null) => Ok(None),
        Some(V::String(s)) => Ok(Some(list(s))),
        Some(V::Array(items)) => items
            .iter()
            .map(|x| match x {
                V::String(s) => Ok(s.trim().to_string()),
                _ => Err("list"),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err("list"),
    }
}

fn read_json(text: &str, file: &str) -> Result<Parsed, Message> {
    use serde_json::Value as V;
    let bad = |e: serde_json::Error| {
        m!(
            "partners-bad-json",
            file = file,
            line = e.line(),
            column = e.column(),
            error = e.to_string()
        )
    };
    let v: V = serde_json::from_str(text).map_err(bad)?;
    // A list, one structure, or a list under a usual key of an API page.
    let items: Vec<V> = match v {
        V::Array(a) => a,
        V::Object(o) if o.contains_key("nom") => vec![V::Object(o)],
        V::Object(mut o) => ["structures", "items", "data", "results"]
            .iter()
            .find_map(|k| match o.remove(*k) {
                Some(V::Array(a)) => Some(a),
                _ => None,
            })
            .ok_or_else(|| m!("partners-not-structures", file = file))?,
        _ => return Err(m!("partners-not-structures", file = file)),
    };
    let mut out = Vec::with_capacity(items.len());
    let mut ignored: Vec<String> = Vec::new();
    for (n, item) in items.iter().enumerate() {
        let V::Object(o) = item else {
            return Err(m!("partners-json-not-object", file = file, number = n + 1));
        };
        for k in o.keys() {
            if !COLUMNS.contains(&k.as_str()) && !ignored.contains(k) {
                ignored.push(k.clone());
            }
        }
        let field = |name: &'static str| {
            json_text(o.get(name)).map_err(|kind| {
                m!(
                    "partners-json-field",
                    file = file,
                    number = n + 1,
                    field = name,
                    kind = kind
                )
            })
        };
        let date_maj = field("date_maj")?.and_then(|d| crate::domain::parse_date(&d));
        out.push(Structure {
            source: field("source")?.unwrap_or_default(),
            id: field("id")?.unwrap_or_default(),
            nom: field("nom")?.unwrap_or_default(),
            date_maj,
            siret: field("siret")?,
            code_insee: field("code_insee")?,
            commune: field("commune")?,
            code_postal: field("code_postal")?,
            adresse: field("adresse")?,
            site_web: field("site_web")?,
            courriel: field("courriel")?,
            reseaux_porteurs: json_list(o.get("reseaux_porteurs")).map_err(|kind| {
                m!(
                    "partners-json-field",
                    file = file,
                    number = n + 1,
                    field = "reseaux_porteurs",
                    kind = kind
                )
            })?,
        });
    }
    Ok(Parsed {
        structures: out,
        ignored,
    })
}

fn list(cell: &str) -> Vec<String> {
    cell.split([',', ';', '|'])
        .map(|s| s.trim_matches(|c: char| c.is_whitespace() || "[]{}\"'".contains(c)))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn read_csv(text: &str, file: &str) -> Result<Parsed, Message> {
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
    if let Some(h) = headers
        .iter()
        .enumerate()
        .find(|(i, h)| !h.is_empty() && headers[..*i].contains(h))
        .map(|(_, h)| h)
    {
        return Err(m!("partners-csv-twice", file = file, column = h.as_str()));
    }
    let ignored: Vec<String> = headers
        .iter()
        .filter(|h| !h.is_empty() && !COLUMNS.contains(&h.as_str()))
        .cloned()
        .collect();
    if col("nom").is_none() {
        return Err(m!("partners-csv-no-name", file = file));
    }
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(bad)?;
        if rec.len() > headers.len() {
            let line = rec.position().map_or(1, |p| p.line());
            return Err(m!(
                "partners-csv-long-row",
                file = file,
                line = line,
                cells = rec.len(),
                columns = headers.len()
            ));
        }
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
    Ok(Parsed {
        structures: out,
        ignored,
    })
}

fn digits(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What a structure of the file is, among the organisations.
enum Found {
    /// This organisation, found this way.
    One(usize, MatchBy),
    /// pacte's id names this organisation but the name is another's.
    Mismatch(usize),
    /// Several organisations fit (one SIRET or one name for two).
    Several(usize),
    /// None.
    Nothing,
}

/// The organisation a structure is: by pacte's own id (its name must
/// agree), by the national id stored, by SIRET, then by name.
fn find(r: &Referential, s: &Structure) -> Found {
    let orgs = &r.organisations;
    let key = slug(&s.nom);
    if s.source == SOURCE
        && let Some(i) = orgs.iter().position(|o| structure_id(r, o) == s.id)
    {
        let o = &orgs[i];
        return if key.is_empty() || slug(&o.name) == key || o.id.as_str() == key {
            Found::One(i, MatchBy::Id)
        } else {
            Found::Mismatch(i)
        };
    }
    let unique = |hits: Vec<usize>, by: MatchBy| match hits.as_slice() {
        [] => None,
        [i] => Some(Found::One(*i, by)),
        [i, ..] => Some(Found::Several(*i)),
    };
    if !s.id.is_empty()
        && let Some(f) = unique(
            (0..orgs.len())
                .filter(|&i| orgs[i].data_inclusion.as_deref() == Some(s.id.as_str()))
                .collect(),
            MatchBy::NationalId,
        )
    {
        return f;
    }
    if let Some(siret) = s.siret.as_deref().map(digits).filter(|x| !x.is_empty())
        && let Some(f) = unique(
            (0..orgs.len())
                .filter(|&i| {
                    orgs[i].siret.as_deref().map(digits).as_deref() == Some(siret.as_str())
                })
                .collect(),
            MatchBy::Siret,
        )
    {
        return f;
    }
    if key.is_empty() {
        return Found::Nothing;
    }
    unique(
        (0..orgs.len())
            .filter(|&i| slug(&orgs[i].name) == key || orgs[i].id.as_str() == key)
            .collect(),
        MatchBy::Name,
    )
    .unwrap_or(Found::Nothing)
}

/// Why a value the file brings is refused, if it is.
fn invalid(field: &str, v: &str, departement: &str) -> Option<Message> {
    let code = |what: &'static str, e| crate::domain::register_rules::code_message(what, v, e);
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
        mismatched: Vec::new(),
        changes: Vec::new(),
    };
    // One structure per organisation: when several of the file are the
    // same organisation, none is taken (two establishments, or a row
    // copied twice: people decide).
    let mut found: BTreeMap<usize, Vec<(&Structure, MatchBy)>> = BTreeMap::new();
    for s in structures {
        match find(r, s) {
            Found::One(i, by) => found.entry(i).or_default().push((s, by)),
            Found::Mismatch(i) => p
                .mismatched
                .push((s.nom.clone(), r.organisations[i].id.clone())),
            Found::Several(i) => p
                .ambiguous
                .push((s.nom.clone(), r.organisations[i].id.clone())),
            Found::Nothing => p.unmatched.push(s.nom.clone()),
        }
    }
    let mut taken: Vec<(usize, &Structure, MatchBy)> = Vec::new();
    for (i, list) in found {
        let oid = &r.organisations[i].id;
        if let [(s, by)] = list.as_slice() {
            taken.push((i, s, *by));
        } else {
            p.ambiguous
                .extend(list.iter().map(|(s, _)| (s.nom.clone(), oid.clone())));
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
