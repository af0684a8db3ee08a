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

/// One organisation as a structure, dated `date_maj`; `Err` says why the
/// national schema would refuse it (a name under 3 characters or over 150).
pub fn structure(
    r: &Referential,
    o: &Organisation,
    date_maj: NaiveDate,
) -> Result<Structure, Message> {
    let nom = o.name.trim().trim_end_matches('.').trim_end().to_string();
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
        siret: o.siret.clone(),
        code_insee: o.code_insee.clone(),
        commune: o.commune.clone(),
        code_postal: o.code_postal.clone(),
        adresse: o.adresse.clone(),
        site_web: o.site_web.clone(),
        courriel: o.courriel.clone(),
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
                let opt = |v: &Option<String>| v.clone().unwrap_or_default();
                w.write_record([
                    s.source.clone(),
                    s.id.clone(),
                    s.nom.clone(),
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
