//! `pacte report`: the pact's evaluation as Markdown, CSV, XLSX, HTML or JSON.

use crate::domain::evaluation::Selection;
use crate::domain::{Id, Message, Referential, slug};
use crate::report::{self, Format, Options, Report};
use crate::store::Workspace;
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Formats of `pacte report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Markdown, readable on the forge.
    Md,
    /// CSV for French Excel (`;`, BOM, CRLF, decimal comma).
    Csv,
    /// Excel workbook (needs -o or a pipe).
    Xlsx,
    /// OpenDocument spreadsheet (needs -o or a pipe).
    Ods,
    /// A4 HTML handout for the COPIL.
    Html,
    /// JSON for scripts.
    Json,
}

impl From<ReportFormat> for Format {
    fn from(f: ReportFormat) -> Format {
        match f {
            ReportFormat::Md => Format::Markdown,
            ReportFormat::Csv => Format::Csv,
            ReportFormat::Xlsx => Format::Xlsx,
            ReportFormat::Ods => Format::Ods,
            ReportFormat::Html => Format::Html,
            ReportFormat::Json => Format::Json,
        }
    }
}

/// Arguments of `pacte report`.
#[derive(Clone, Debug, Args)]
pub struct ReportArgs {
    /// Output format (default: from the -o extension, else md).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ReportFormat>,
    /// Reference year (meetings, measurements, local committees); default:
    /// the current year, meetings over the whole period.
    #[arg(long)]
    pub year: Option<i32>,
    /// Only groups of this territory (id or name).
    #[arg(long)]
    pub territory: Option<String>,
    /// Only groups of this axis (1–4 or id).
    #[arg(long)]
    pub axis: Option<String>,
    /// Only groups working on this theme (id or title).
    #[arg(long)]
    pub theme: Option<String>,
    /// Also list what changed since a date (YYYY-MM-DD or dd/mm/yyyy) or a
    /// git revision (e.g. the commit of the last COPIL).
    #[arg(long, value_name = "DATE|REV")]
    pub since: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The format asked for, or the one `-o`'s extension names (Markdown
/// without one); an extension of no format pacte writes is refused, never
/// filled with Markdown.
fn format_of(args: &ReportArgs) -> Result<ReportFormat, Message> {
    if let Some(f) = args.format {
        return Ok(f);
    }
    let ext = args
        .output
        .as_deref()
        .and_then(Path::extension)
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    Ok(match ext.as_deref() {
        Some("csv") => ReportFormat::Csv,
        Some("xlsx") => ReportFormat::Xlsx,
        Some("ods") => ReportFormat::Ods,
        Some("html" | "htm") => ReportFormat::Html,
        Some("json") => ReportFormat::Json,
        Some("md" | "markdown") | None => ReportFormat::Md,
        Some(_) => {
            let path = args.output.as_deref().unwrap_or(Path::new("")).display();
            return Err(crate::m!("report-unknown-extension", path = path));
        }
    })
}

fn known(ids: impl Iterator<Item = String>) -> String {
    ids.collect::<Vec<_>>().join(", ")
}

/// Finds a territory by id or name (case, accents and punctuation ignored).
pub fn resolve_territory(r: &Referential, s: &str) -> Result<Id, Message> {
    let key = slug(s);
    r.territories
        .iter()
        .find(|t| t.id.as_str() == key || slug(&t.name) == key)
        .map(|t| t.id.clone())
        .ok_or_else(|| {
            crate::m!(
                "report-unknown-territory",
                typed = s,
                known = known(r.territories.iter().map(|t| t.id.to_string()))
            )
        })
}

/// Finds an axis by number (`2`), id (`axe-2`) or title.
pub fn resolve_axis(r: &Referential, s: &str) -> Result<Id, Message> {
    let key = slug(s);
    r.axes
        .iter()
        .find(|a| a.id.as_str() == key || a.number.to_string() == key || slug(&a.title) == key)
        .map(|a| a.id.clone())
        .ok_or_else(|| {
            crate::m!(
                "report-unknown-axis",
                typed = s,
                known = known(r.axes.iter().map(|a| a.id.to_string()))
            )
        })
}

/// Finds a theme by id or title.
pub fn resolve_theme(r: &Referential, s: &str) -> Result<Id, Message> {
    let key = slug(s);
    r.axes
        .iter()
        .flat_map(|a| &a.themes)
        .find(|t| t.id.as_str() == key || slug(&t.title) == key)
        .map(|t| t.id.clone())
        .ok_or_else(|| {
            crate::m!(
                "report-unknown-theme",
                typed = s,
                known = known(
                    r.axes
                        .iter()
                        .flat_map(|a| &a.themes)
                        .map(|t| t.id.to_string())
                )
            )
        })
}

/// The report options from the arguments, checked against the referential.
pub fn options(ws: &Workspace, args: &ReportArgs) -> Result<Options, Message> {
    let r = ws
        .referential
        .as_ref()
        .ok_or_else(|| crate::m!("report-no-referential"))?;
    if let Some(y) = args.year.filter(|y| !(1900..=2200).contains(y)) {
        return Err(crate::m!("report-implausible-year", year = y.to_string()));
    }
    Ok(Options {
        selection: Selection {
            territory: args
                .territory
                .as_deref()
                .map(|s| resolve_territory(r, s))
                .transpose()?,
            axis: args
                .axis
                .as_deref()
                .map(|s| resolve_axis(r, s))
                .transpose()?,
            theme: args
                .theme
                .as_deref()
                .map(|s| resolve_theme(r, s))
                .transpose()?,
            year: args.year,
        },
        since: args.since.clone(),
        links_from: Some(match args.output.as_deref().and_then(Path::parent) {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        }),
    })
}

/// The report's bytes and its format.
pub fn render(
    ws: &Workspace,
    args: &ReportArgs,
    today: NaiveDate,
) -> Result<(Vec<u8>, ReportFormat), Message> {
    let opts = options(ws, args)?;
    let report = Report::build(ws, &opts, today).map_err(|e| e.message())?;
    let format = format_of(args)?;
    let bytes = report::render(&report, format.into()).map_err(|e| e.message())?;
    Ok((bytes, format))
}

/// Runs `pacte report`: writes to `-o FILE`, or to standard output (never
/// a binary format to a terminal). Returns the message to print, if any.
pub fn run(
    ws: &Workspace,
    args: &ReportArgs,
    today: NaiveDate,
) -> Result<Option<Message>, Message> {
    let format = format_of(args)?;
    if args.output.is_none() && Format::from(format).is_binary() && std::io::stdout().is_terminal()
    {
        return Err(crate::m!("report-binary-to-terminal"));
    }
    if let Some(path) = &args.output
        && ws.owns(path)
    {
        return Err(crate::m!("report-would-overwrite", path = path.display()));
    }
    let (bytes, _) = render(ws, args, today)?;
    match &args.output {
        Some(path) => {
            // Atomic like every save: a crash never leaves half a handout.
            crate::store::save::write_atomic(path, &bytes).map_err(|e| {
                crate::m!(
                    "report-cannot-write",
                    path = path.display(),
                    error = e.to_string()
                )
            })?;
            Ok(Some(crate::m!("report-written", path = path.display())))
        }
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(None),
                // The reader stopped reading (`| head`): not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
                Err(e) => Err(crate::m!("report-cannot-print", error = e.to_string())),
            }
        }
    }
}
