//! CSV for French Excel: one row per action, its open and overdue next
//! steps counted in the last two columns (as on the workbook's *Actions*
//! sheet).
//!
//! `;` separator, UTF-8 with a BOM (so Excel reads the accents), CRLF line
//! ends, decimal comma, dates as dd/mm/yyyy. Text cells that Excel would
//! take for a formula (starting with `=`, `+`, `-`, `@`) are prefixed with
//! `'`.

use super::{Report, ReportError, fr};

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
    let clean = crate::text::sanitize(s);
    if clean.starts_with(['=', '+', '-', '@']) {
        format!("'{clean}")
    } else {
        clean
    }
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
/// changed in each action.
pub fn render(report: &Report) -> Result<Vec<u8>, ReportError> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .delimiter(b';')
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let changes = report
            .changes
            .as_ref()
            .map(|c| (super::changes::rows::rows(&c.changes), c));
        let mut headers: Vec<String> = HEADERS.iter().map(|h| h.to_string()).collect();
        headers.extend(fr::step_column_headers());
        if let Some((_, c)) = &changes {
            headers.push(changes_header(c));
        }
        w.write_record(&headers)?;
        for a in &report.evaluation.actions {
            let axis = if a.axis_number > 0 {
                a.axis_number.to_string()
            } else {
                a.axis.to_string()
            };
            w.write_record(
                [
                    cell(&a.territory_names.join(" | ")),
                    cell(&a.group_name),
                    a.group.to_string(),
                    axis,
                    cell(&a.themes.join(" | ")),
                    cell(a.pilot.as_deref().unwrap_or("")),
                    cell(a.copilot.as_deref().unwrap_or("")),
                    cell(&a.title),
                    a.action.to_string(),
                    fr::status(a.status),
                    a.progress.to_string(),
                    fr::opt_date(a.start),
                    fr::opt_date(a.due),
                    fr::yes_no(a.overdue).to_string(),
                    fr::yes_no(a.experimentation).to_string(),
                    a.indicators.to_string(),
                    a.indicators_off_target.to_string(),
                    a.attainment.map(fr::decimal1).unwrap_or_default(),
                    a.status.id().to_string(),
                    a.open_steps.to_string(),
                    a.overdue_steps.to_string(),
                ]
                .into_iter()
                .chain(changes.as_ref().map(|(rows, _)| {
                    cell(&super::changes::rows::of_action(
                        rows,
                        a.group.as_str(),
                        a.action.as_str(),
                    ))
                })),
            )?;
        }
        w.flush().map_err(::csv::Error::from)?;
    }
    Ok(out)
}
