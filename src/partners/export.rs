//! The workspace's organisations as data·inclusion v1 structures.

use super::{COLUMNS, SOURCE, Structure};
use crate::domain::{Message, Organisation, Referential};
use crate::m;
use chrono::NaiveDate;

/// Formats of `pacte partners export`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// A JSON array of structures, as the national base publishes them.
    Json,
    /// One row per structure, `,`-separated, UTF-8, the JSON's field names.
    Csv,
}

/// The data·inclusion id of an organisation: stable as long as its pact id is.
pub fn structure_id(r: &Referential, o: &Organisation) -> String {
    format!("{SOURCE}--{}--{}", r.departement.code, o.id)
}

/// `s` without its invisible characters (controls, bidi, zero-width) and
/// outer spaces: what the national base should receive.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !crate::text::is_hidden_char(*c))
        .collect::<String>()
        .trim()
        .to_string()
}

/// A field cleaned, left out when blank.
fn opt(v: &Option<String>) -> Option<String> {
    v.as_deref().map(clean).filter(|s| !s.is_empty())
}

/// One organisation as a structure, dated `date_maj`; `Err` says why the
/// national schema would refuse it (a name under 3 characters or over 150).
pub fn structure(
    r: &Referential,
    o: &Organisation,
    date_maj: NaiveDate,
) -> Result<Structure, Message> {
    let nom = clean(&o.name);
    // The national schema warns about a final period (but for "etc.").
    let nom = if nom.ends_with('.') && !nom.ends_with("etc.") {
        nom.trim_end_matches('.').trim_end().to_string()
    } else {
        nom
    };
    let n = nom.chars().count();
    if !(3..=150).contains(&n) {
        return Err(m!(
            "partners-bad-name",
            id = o.id.as_str(),
            name = o.name.as_str()
        ));
    }
    Ok(Structure {
        source: SOURCE.to_string(),
        id: structure_id(r, o),
        nom,
        date_maj: Some(date_maj),
        siret: opt(&o.siret),
        code_insee: opt(&o.code_insee),
        commune: opt(&o.commune),
        code_postal: opt(&o.code_postal),
        adresse: opt(&o.adresse),
        site_web: opt(&o.site_web),
        courriel: opt(&o.courriel),
        reseaux_porteurs: (!o.reseaux_porteurs.is_empty()).then(|| o.reseaux_porteurs.clone()),
    })
}

/// Every organisation as a structure, and the messages of those left out.
pub fn structures(r: &Referential, date_maj: NaiveDate) -> (Vec<Structure>, Vec<Message>) {
    let mut out = Vec::new();
    let mut skipped = Vec::new();
    for o in &r.organisations {
        match structure(r, o, date_maj) {
            Ok(s) => out.push(s),
            Err(e) => skipped.push(e),
        }
    }
    (out, skipped)
}

/// The structures written in `format`.
pub fn write(structures: &[Structure], format: ExportFormat) -> Result<Vec<u8>, Message> {
    match format {
        ExportFormat::Json => {
            let mut v = serde_json::to_vec_pretty(structures)
                .map_err(|e| m!("partners-write-failed", error = e.to_string()))?;
            v.push(b'\n');
            Ok(v)
        }
        ExportFormat::Csv => {
            let mut w = csv::Writer::from_writer(Vec::new());
            let fail = |e: csv::Error| m!("partners-write-failed", error = e.to_string());
            w.write_record(COLUMNS).map_err(fail)?;
            for s in structures {
                let opt =
                    |v: &Option<String>| crate::text::formula_safe(v.as_deref().unwrap_or(""));
                w.write_record([
                    s.source.clone(),
                    s.id.clone(),
                    crate::text::formula_safe(&s.nom),
                    s.date_maj.map(|d| d.to_string()).unwrap_or_default(),
                    opt(&s.siret),
                    opt(&s.code_insee),
                    opt(&s.commune),
                    opt(&s.code_postal),
                    opt(&s.adresse),
                    opt(&s.site_web),
                    opt(&s.courriel),
                    s.reseaux_porteurs.clone().unwrap_or_default().join(","),
                ])
                .map_err(fail)?;
            }
            w.into_inner()
                .map_err(|e| m!("partners-write-failed", error = e.to_string()))
        }
    }
}
