//! CSV for French Excel: one row per action, its open and overdue next
//! steps counted in the last two columns (as on the workbook's *Actions*
//! sheet).
//!
//! `;` separator, UTF-8 with a BOM (so Excel reads the accents), CRLF line
//! ends, decimal comma, dates as dd/mm/yyyy. Text cells that Excel would
//! take for a formula (starting with `=`, `+`, `-`, `@`) are prefixed with
//! `'`.

use super::{Report, ReportError};

/// The header row.
pub const HEADERS: [&str; 19] = [
    "Territoires",
    "Groupe",
    "Identifiant groupe",
    "Axe",
    "Thématiques",
    "Pilote",
    "Co-pilote",
    "Action",
    "Identifiant action",
    "Statut",
    "Avancement (%)",
    "Début",
    "Échéance",
    "En retard",
    "Expérimentation",
    "Indicateurs",
    "Indicateurs sous la cible",
    "Atteinte moyenne des cibles (%)",
    "Identifiant statut",
];

/// Neutralises text Excel would evaluate as a formula.
fn cell(s: &str) -> String {
    crate::text::formula_safe(&crate::text::sanitize(s))
}

/// The header of the column of changes: `Évolutions depuis le 13/06/2024`.
pub fn changes_header(c: &super::changes::ChangesSince) -> String {
    crate::t!(
        crate::i18n::Lang::Fr,
        "report-changes-column",
        since = super::changes::rows::since_words(c)
    )
}

/// The CSV bytes, BOM first; with `--since`, a last column says what
/// changed in each action. The rows are the workbook's *Actions* sheet.
pub fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(super::sheets::action_headers(report))?;
        for row in super::sheets::action_rows(report) {
            w.write_record(row.iter().map(|c| match c {
                super::sheets::Cell::Text(s) => cell(s),
                c => c.csv(),
            }))?;
        }
        w.flush().map_err(::csv::Error::from)?;
    }
    Ok(out)
}
