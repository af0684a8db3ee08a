//! Reports of the evaluation (`pacte report`): Markdown, CSV for French
//! Excel, XLSX, an A4 HTML handout and JSON, all drawn from one [`Report`].
//!
//! Build a report with [`Report::build`] (it reads the git history when
//! `since` is given), then [`render`] it in a [`Format`].

pub mod changes;
pub mod csv_excel;
pub mod documents;
pub mod fr;
pub mod html;
pub mod ids;
pub mod json;
pub mod markdown;
pub mod minutes;
pub mod ods;
pub mod sheets;
pub mod svg;
pub mod xlsx;

use crate::domain::evaluation::{self, Alert, Evaluation, Selection, Sources};
use crate::store::Workspace;
use changes::{ChangesError, ChangesSince};
use chrono::NaiveDate;
use serde::Serialize;

/// Version of the JSON report's layout (`report_version`).
pub const REPORT_VERSION: u32 = 1;

/// Output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown, readable on the forge.
    Markdown,
    /// CSV for French Excel.
    Csv,
    /// An Excel workbook.
    Xlsx,
    /// An OpenDocument spreadsheet.
    Ods,
    /// A self-contained A4 HTML handout.
    Html,
    /// JSON for scripts.
    Json,
}

impl Format {
    /// True for binary formats (never written to a terminal).
    pub fn is_binary(self) -> bool {
        matches!(self, Format::Xlsx | Format::Ods)
    }
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// `pacte.ron` did not load.
    #[error("the referential (pacte.ron) did not load: run `pacte check`")]
    NoReferential,
    /// Reading the history failed.
    #[error("--since: {0}")]
    Changes(#[from] ChangesError),
    /// The workbook could not be written.
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    /// The OpenDocument spreadsheet could not be written.
    #[error("cannot write the spreadsheet: {0}")]
    Ods(#[from] spreadsheet_ods::OdsError),
    /// The CSV could not be written.
    #[error("cannot write the CSV: {0}")]
    Csv(#[from] ::csv::Error),
    /// JSON serialisation failed.
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl ReportError {
    /// What went wrong, in both languages.
    pub fn message(&self) -> crate::domain::Message {
        use crate::m;
        match self {
            ReportError::NoReferential => m!("report-no-referential"),
            ReportError::Changes(ChangesError::UnknownRevision(r)) => {
                m!("report-unknown-since", typed = r.as_str())
            }
            ReportError::Changes(ChangesError::Git(e)) => {
                m!("report-since-git", error = e.to_string())
            }
            e => m!("report-cannot-make", error = e.to_string()),
        }
    }
}

/// What a report needs besides the workspace.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Territory, axis, theme, year.
    pub selection: Selection,
    /// A date or a git revision to list the changes since.
    pub since: Option<String>,
    /// The folder the report is written in: links to the workspace's
    /// documents are made from there (`None`: from the workspace folder).
    pub links_from: Option<std::path::PathBuf>,
}

/// Everything a report prints: the evaluation, its alerts and, with
/// `--since`, what changed. Serialised as the JSON report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Layout version of the JSON report.
    pub report_version: u32,
    /// The figures (flattened at the top level of the JSON).
    #[serde(flatten)]
    pub evaluation: Evaluation,
    /// Alerts, by kind.
    pub alerts: Vec<Alert>,
    /// What changed since the date or revision asked, when asked.
    pub changes: Option<ChangesSince>,
    /// The referential's national ids (data·inclusion, SIRET, INSEE).
    pub national_ids: ids::NationalIds,
    /// With `--year` for a year that has ended: the year judged as known on
    /// its last day.
    pub as_of: Option<AsOf>,
    /// The deliverables that name a document, with their links.
    pub documents: Vec<documents::DocumentLink>,
}

/// A past year judged as it was known on its last day.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AsOf {
    /// 31 December of the year: due dates and measurements are judged then.
    pub date: NaiveDate,
    /// The last commit on or before that day, whose files were read (the
    /// statuses and progress of then); `None` without such a commit: the
    /// current files, cut to what was dated by then.
    pub revision: Option<String>,
    /// That commit's date.
    pub revision_date: Option<NaiveDate>,
}

impl AsOf {
    /// The sentence that says it, in French.
    pub fn sentence(&self) -> String {
        use crate::i18n::Lang;
        match (&self.revision, self.revision_date) {
            (Some(rev), Some(d)) => crate::t!(
                Lang::Fr,
                "report-as-of-history",
                date = fr::date(self.date),
                rev = rev.chars().take(8).collect::<String>(),
                rev_date = fr::date(d)
            ),
            _ => crate::t!(Lang::Fr, "report-as-of-files", date = fr::date(self.date)),
        }
    }
}

impl Report {
    /// Evaluates the workspace as of `today`; with `options.since`, reads
    /// the git history (new partners are then counted from that date).
    pub fn build(
        ws: &Workspace,
        options: &Options,
        today: NaiveDate,
    ) -> Result<Report, ReportError> {
        let r = ws.referential.as_ref().ok_or(ReportError::NoReferential)?;
        let changes = options
            .since
            .as_deref()
            .map(|s| changes::changes_since(ws, s, &options.selection, today))
            .transpose()?;
        let partners_since = changes.as_ref().and_then(|c| c.since.date);
        // A year that has ended is judged as it was known on 31 December:
        // the files of the last commit by then when there is one, cut to
        // what was dated by then.
        let end = options
            .selection
            .year
            .and_then(|y| NaiveDate::from_ymd_opt(y, 12, 31))
            .filter(|end| *end < today);
        let from = options.links_from.as_deref().unwrap_or(&ws.root);
        let Some(end) = end else {
            let mut report = Report::from_parts(
                Sources {
                    referential: r,
                    governance: &ws.governance,
                    groups: &ws.groups,
                },
                &options.selection,
                today,
                changes,
                partners_since,
            );
            documents::locate(&mut report.documents, &ws.root, from);
            return Ok(report);
        };
        let commit = changes::history::last_commit_on(&ws.root, end);
        let then = commit
            .as_ref()
            .and_then(|(rev, _)| changes::history::groups_at(&ws.root, rev).ok())
            .map(|(groups, _)| groups);
        let base: Vec<&crate::domain::Group> = match &then {
            Some(v) => v.iter().collect(),
            None => ws.groups.iter().map(|g| &**g).collect(),
        };
        let groups: Vec<std::sync::Arc<crate::domain::Group>> = base
            .into_iter()
            .map(|g| std::sync::Arc::new(evaluation::as_of::known_at(g, end)))
            .collect();
        let mut report = Report::from_parts(
            Sources {
                referential: r,
                governance: &ws.governance,
                groups: &groups,
            },
            &options.selection,
            end,
            changes,
            partners_since,
        );
        report.as_of = Some(AsOf {
            date: end,
            revision: then
                .is_some()
                .then(|| commit.as_ref().map(|c| c.0.clone()))
                .flatten(),
            revision_date: then
                .is_some()
                .then(|| commit.as_ref().map(|c| c.1))
                .flatten(),
        });
        documents::locate(&mut report.documents, &ws.root, from);
        Ok(report)
    }

    /// A report from data already in memory (no I/O).
    pub fn from_parts(
        src: Sources<'_>,
        selection: &Selection,
        today: NaiveDate,
        changes: Option<ChangesSince>,
        partners_since: Option<NaiveDate>,
    ) -> Report {
        let evaluation = evaluation::evaluate(src, selection, today, partners_since);
        let alerts = evaluation::alerts(&evaluation);
        Report {
            report_version: REPORT_VERSION,
            evaluation,
            alerts,
            changes,
            national_ids: ids::NationalIds::of(src.referential),
            as_of: None,
            documents: documents::of(
                src.groups
                    .iter()
                    .map(|g| &**g)
                    .filter(|g| selection.includes(g)),
            ),
        }
    }

    /// The line printed at the foot of every page of the handout and the
    /// spreadsheets: title, scope and date of the figures.
    pub fn footer_line(&self) -> String {
        crate::t!(
            crate::i18n::Lang::Fr,
            "report-footer",
            title = self.title(),
            scope = self.scope(),
            date = fr::date(self.evaluation.today)
        )
    }

    /// The title line: "Pacte Territorial pour l'Insertion 2022-2025 — Hérault".
    pub fn title(&self) -> String {
        let p = &self.evaluation.pact;
        format!("{} — {}", p.name, p.departement)
    }

    /// What the selection covers, in French: "Biterrois · Axe 1", or
    /// "ensemble du pacte".
    pub fn selection_label(&self) -> String {
        let e = &self.evaluation;
        let mut parts = Vec::new();
        if let Some(t) = &e.selection.territory {
            parts.push(
                e.territories
                    .iter()
                    .find(|x| &x.id == t)
                    .map_or(t.to_string(), |x| x.name.clone()),
            );
        }
        if let Some(a) = &e.selection.axis {
            parts.push(
                e.axes
                    .iter()
                    .find(|x| &x.id == a)
                    .map_or(a.to_string(), |x| format!("Axe {} — {}", x.number, x.title)),
            );
        }
        if let Some(t) = &e.selection.theme {
            parts.push(
                e.themes
                    .iter()
                    .find(|x| &x.id == t)
                    .map_or(t.to_string(), |x| x.title.clone()),
            );
        }
        if parts.is_empty() {
            "ensemble du pacte".into()
        } else {
            parts.join(" · ")
        }
    }

    /// What the report covers, in French: "Bilan 2024 · Biterrois".
    pub fn scope(&self) -> String {
        format!(
            "Bilan {} · {}",
            self.evaluation.year,
            self.selection_label()
        )
    }
}

/// Renders `report` in `format`.
pub fn render(report: &Report, format: Format) -> Result<Vec<u8>, ReportError> {
    Ok(match format {
        Format::Markdown => markdown::render(report).into_bytes(),
        Format::Csv => csv_excel::render(report)?,
        Format::Xlsx => xlsx::render(report)?,
        Format::Ods => ods::render(report)?,
        Format::Html => html::render(report).into_bytes(),
        Format::Json => json::render(report)?.into_bytes(),
    })
}
