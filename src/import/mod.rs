//! Import of working groups and their actions from a spreadsheet: a CSV
//! file, or a sheet of an XLSX or ODS workbook ([`import_file`]; the
//! workbook's cells become the same table, see `sheet.rs`).
//!
//! # The file
//!
//! - UTF-8, with or without a byte-order mark; CRLF or LF line ends.
//! - The first non-empty row is the header. The separator is `;` or `,`,
//!   whichever the header holds more of (outside quotes); cells may be quoted
//!   with `"` (a `""` inside a quoted cell is one `"`).
//! - Columns come in any order. Header names are matched ignoring case,
//!   accents and punctuation (`Échéance`, `ECHEANCE` and `echeance` are the
//!   same column):
//!
//! | column | accepted headers | cell |
//! |---|---|---|
//! | territory | `territoire(s)`, `territory`, `territories` | territory names or ids, `\|`-separated |
//! | group | `groupe`, `group`, `groupe de travail`, `working group` | group name |
//! | group id | `group_id`, `id groupe`, `identifiant groupe` | group id (slug) |
//! | axis | `axe`, `axis` | `1`–`4`, an axis id (`axe-2`) or title |
//! | theme | `thématique(s)`, `theme(s)` | theme titles or ids, `\|`-separated |
//! | pilot | `pilote`, `pilot` | organisation, optionally `Org (Person)` |
//! | co-pilot | `copilote`, `co-pilote`, `copilot` | organisation, optionally `Org (Person)` |
//! | action | `action` | action title |
//! | action id | `action_id`, `id action`, `identifiant action` | action id (slug) |
//! | status | `statut`, `status`, `état` | French label or id (see below) |
//! | progress | `avancement`, `progress` | whole number 0–100, `%` allowed |
//! | due date | `échéance`, `date d'échéance`, `due`, `due date` | `dd/mm/yyyy`, `dd/mm/yy` or `yyyy-mm-dd` (a date cell in a workbook) |
//! | publics | `publics`, `public`, `publics cibles` | public labels or ids, `\|`-separated |
//!
//! A group (name or id) and an action (title or id) column are required;
//! other columns with another header are ignored and listed in the summary.
//!
//! # Matching
//!
//! Names are matched to the referential through [`slug`]: a cell matches an
//! item when its slug equals the item's id or the slug of its name, so
//! `CŒUR D'HERAULT PIC SAINT-LOUP` is `Cœur d'Hérault – Pic Saint-Loup`.
//! Organisations match the same way, plus the former names
//! `Conseil départemental` (→ `departement`) and `Pôle emploi`
//! (→ `france-travail`) when those ids exist; an organisation still unknown is
//! added to the referential with the slug of its name as id. `A • B` in the
//! pilot cell, with no co-pilot cell, is read as pilot `A` and co-pilot `B`
//! (the notation of the pact's 2017–2021 annex).
//!
//! Statuses: `au stade du projet` / `projet`, `en cours`,
//! `en fonctionnement`, `totalement réalisée` / `réalisée`, `suspendue`,
//! `abandonnée`, in any case, with or without accents, or the ids `project`,
//! `in-progress`, `operating`, `done`, `suspended`, `abandoned`.
//!
//! # Ids and updates
//!
//! A group's id is its `group_id` cell or else the slug of its name; an
//! action's id is its `action_id` cell or else the slug of its title. Rows
//! with the same group id make one group. Importing again updates the groups
//! and actions with those ids: the fields given by non-empty cells are
//! replaced, everything else (objectives, indicators, journal, meetings,
//! members…) is kept. An empty cell never erases anything. A new action
//! without a status is `au stade du projet`.
//!
//! # Errors
//!
//! Every row is checked before anything changes; every problem is reported
//! with its line in the file (the header is line 1) and the column and value
//! at fault (in a workbook, as its cell: `Actions!C4`), and then nothing is
//! written.

use crate::domain::edit::{ActionEdit, Edit};
use crate::domain::{
    Action, BASE_VERSION, Group, Id, Lead, Message, Organisation, ProgressInput, Referential,
    Status, slug,
};
use crate::i18n::Lang;
use crate::store::layout::{self, REFERENTIAL_FILE};
use crate::store::{SaveError, Workspace};
use crate::text::sanitize;
use crate::{m, t};
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Largest CSV file read, in bytes.
pub const MAX_CSV_SIZE: u64 = 16 * 1024 * 1024;

/// Separator between several values in one cell.
const MULTI: char = '|';

/// What an import did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Data rows read (empty rows are skipped).
    pub rows: usize,
    /// Groups created.
    pub groups_created: usize,
    /// Existing groups changed by the import.
    pub groups_updated: usize,
    /// Existing groups named in the file but left as they were.
    pub groups_unchanged: usize,
    /// Actions created.
    pub actions_created: usize,
    /// Existing actions changed by the import.
    pub actions_updated: usize,
    /// Existing actions named in the file but left as they were.
    pub actions_unchanged: usize,
    /// Names of the organisations added to the referential, in file order.
    pub organisations_added: Vec<String>,
    /// Headers of the columns that were not recognised and were ignored.
    pub ignored_columns: Vec<String>,
    /// Files written, relative to the workspace root.
    pub files_written: Vec<PathBuf>,
}

/// One problem in the file, with its line (and its column when known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Physical line in the file, from 1 (the header is line 1); in a
    /// spreadsheet, the row number the spreadsheet shows.
    pub line: usize,
    /// The column at fault, from 0 (`A`), when known.
    pub column: Option<usize>,
    /// What is wrong, in English: the column, the value and what was
    /// expected (sanitised: safe to print).
    pub message: String,
    /// The same in French (sanitised: safe to print).
    pub message_fr: String,
}

impl RowError {
    fn new(line: usize, message: Message) -> Self {
        RowError {
            line,
            column: None,
            message: sanitize(&message.en),
            message_fr: sanitize(&message.fr),
        }
    }

    /// The same problem, located in column `column` (from 0).
    fn in_column(mut self, column: Option<usize>) -> Self {
        self.column = column;
        self
    }

    /// What is wrong, in English and French.
    pub fn text(&self) -> Message {
        Message::new(self.message.clone(), self.message_fr.clone())
    }
}

/// Why an import wrote nothing (or, for [`ImportError::Save`], stopped).
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file could not be read.
    #[error("{}", self.message().en)]
    Read {
        /// The CSV file.
        file: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is larger than [`MAX_CSV_SIZE`].
    #[error("{}", self.message().en)]
    TooLarge {
        /// The CSV file.
        file: PathBuf,
    },
    /// The workspace's referential did not load, so nothing can be matched.
    #[error("{}", self.message().en)]
    NoReferential,
    /// Problems in the file, each with its line; nothing was written.
    /// Displayed one per line as `FILE:LINE: message` for a CSV file,
    /// `FILE:SHEET!C4: message` for a spreadsheet.
    #[error("{}", self.message().en)]
    Rows {
        /// The file.
        file: PathBuf,
        /// The sheet read, for a spreadsheet.
        sheet: Option<String>,
        /// The problems, in line order.
        errors: Vec<RowError>,
    },
    /// The workbook could not be read (not a spreadsheet, damaged…).
    #[error("{}", self.message().en)]
    Workbook {
        /// The file.
        file: PathBuf,
        /// What the reader said.
        error: String,
    },
    /// `--sheet` names no sheet of the workbook.
    #[error("{}", self.message().en)]
    NoSuchSheet {
        /// The file.
        file: PathBuf,
        /// The name asked.
        sheet: String,
        /// The workbook's sheets.
        known: Vec<String>,
    },
    /// `--sheet` was given for a CSV file, which has none.
    #[error("{}", self.message().en)]
    CsvHasNoSheet {
        /// The file.
        file: PathBuf,
    },
    /// The file's extension or `--format` names no format the import reads.
    #[error("{}", self.message().en)]
    UnknownFormat {
        /// The file.
        file: PathBuf,
        /// What `--format` said, when the format came from it.
        typed: Option<String>,
    },
    /// A file could not be saved. Files saved before it are listed.
    #[error("{}", self.message().en)]
    Save {
        /// Files already written when the save failed.
        written: Vec<PathBuf>,
        /// Why the save failed.
        source: SaveError,
    },
}

impl ImportError {
    /// The reason, in English (as [`fmt::Display`]) and French. Row errors
    /// are one per line, as `FILE:LINE: message`.
    pub fn message(&self) -> Message {
        match self {
            ImportError::Read { file, source } => m!(
                "import-cannot-read",
                file = file.display(),
                error = source.to_string()
            ),
            ImportError::TooLarge { file } => m!(
                "import-too-large",
                file = file.display(),
                mib = MAX_CSV_SIZE / 1024 / 1024
            ),
            ImportError::NoReferential => m!("import-no-referential"),
            ImportError::Rows {
                file,
                sheet,
                errors,
            } => Message::each(|lang| show_rows(lang, file, sheet.as_deref(), errors)),
            ImportError::Workbook { file, error } => m!(
                "import-bad-workbook",
                file = file.display(),
                error = error.as_str()
            ),
            ImportError::NoSuchSheet { file, sheet, known } => m!(
                "import-no-such-sheet",
                file = file.display(),
                sheet = sheet.as_str(),
                known = known.join(", ")
            ),
            ImportError::CsvHasNoSheet { file } => {
                m!("import-csv-no-sheet", file = file.display())
            }
            ImportError::UnknownFormat { file, typed } => match typed {
                Some(typed) => m!(
                    "import-unknown-format",
                    typed = typed.as_str(),
                    formats = ImportFormat::names()
                ),
                None => m!(
                    "import-unknown-extension",
                    file = file.display(),
                    formats = ImportFormat::extensions()
                ),
            },
            ImportError::Save { written, source } => {
                let m = source.message();
                if written.is_empty() {
                    return m;
                }
                let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
                let names = names.join(", ");
                Message::each(|lang| {
                    t!(
                        lang,
                        "import-already-written",
                        error = m.in_lang(lang),
                        files = names.as_str()
                    )
                })
            }
        }
    }
}

/// Row errors, one per line, as `FILE:LINE: message` (CSV) or
/// `FILE:SHEET!C4: message` (spreadsheet; `SHEET!4:4` for a whole row).
fn show_rows(lang: Lang, file: &Path, sheet: Option<&str>, errors: &[RowError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let text = match lang {
                Lang::Fr => &e.message_fr,
                Lang::En => &e.message,
            };
            let place = match sheet {
                None => format!("{}:{}", file.display(), e.line),
                Some(sheet) => format!("{}:{}", file.display(), sheet::cell_name(sheet, e)),
            };
            t!(lang, "diag-at", place = place, message = text.as_str())
        })
        .collect();
    lines.join("\n")
}

/// The formats `pacte import` reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    /// CSV text (`;` or `,`).
    Csv,
    /// An Excel workbook (`.xlsx`, `.xlsm`).
    Xlsx,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
}

impl ImportFormat {
    /// Every format with its names (for `--format` and as extensions).
    const NAMES: [(ImportFormat, &'static [&'static str]); 3] = [
        (ImportFormat::Csv, &["csv", "txt"]),
        (ImportFormat::Xlsx, &["xlsx", "xlsm"]),
        (ImportFormat::Ods, &["ods"]),
    ];

    /// The format named `s` (`csv`, `xlsx`, `ods`…), case ignored.
    pub fn from_name(s: &str) -> Option<ImportFormat> {
        let key = s.trim().trim_start_matches('.').to_ascii_lowercase();
        Self::NAMES
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
            .map(|(f, _)| *f)
    }

    /// The format of `path` from its extension; a file without one is CSV.
    pub fn of_path(path: &Path) -> Option<ImportFormat> {
        match path.extension() {
            None => Some(ImportFormat::Csv),
            Some(ext) => Self::from_name(&ext.to_string_lossy()),
        }
    }

    /// The `--format` names, for messages: `csv, xlsx, ods`.
    pub fn names() -> String {
        let names: Vec<&str> = Self::NAMES.iter().map(|(_, n)| n[0]).collect();
        names.join(", ")
    }

    /// The extensions, for messages: `.csv, .xlsx, .ods`.
    pub fn extensions() -> String {
        let names: Vec<String> = Self::NAMES
            .iter()
            .map(|(_, n)| format!(".{}", n[0]))
            .collect();
        names.join(", ")
    }
}

/// How to read the file: its format (default: from its extension) and,
/// for a spreadsheet, the sheet (default: the first).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// The format as `--format` gave it.
    pub format: Option<String>,
    /// The sheet's name.
    pub sheet: Option<String>,
}

/// Imports the file at `path` (CSV, XLSX or ODS) into `ws`, as
/// [`import_csv`] does: every row checked first, nothing changed on any
/// problem.
pub fn import_file(
    ws: &mut Workspace,
    path: &Path,
    options: &ImportOptions,
) -> Result<ImportSummary, ImportError> {
    let unknown = || ImportError::UnknownFormat {
        file: path.to_path_buf(),
        typed: options.format.clone(),
    };
    let format = match &options.format {
        Some(f) => ImportFormat::from_name(f).ok_or_else(unknown)?,
        None => ImportFormat::of_path(path).ok_or_else(unknown)?,
    };
    match format {
        ImportFormat::Csv if options.sheet.is_some() => Err(ImportError::CsvHasNoSheet {
            file: path.to_path_buf(),
        }),
        ImportFormat::Csv => import_csv(ws, path),
        ImportFormat::Xlsx | ImportFormat::Ods => {
            if ws.referential.is_none() {
                return Err(ImportError::NoReferential);
            }
            let (sheet, table) = sheet::read(path, format, options.sheet.as_deref())?;
            import_table(ws, path, Some(sheet), &table)
        }
    }
}

/// Imports the CSV file at `path` into `ws` and saves what changed: the
/// touched group files, and the referential when organisations were added.
///
/// Every row is checked first; on any problem, nothing is changed in `ws`
/// nor on disk and all problems are returned, located.
pub fn import_csv(ws: &mut Workspace, path: &Path) -> Result<ImportSummary, ImportError> {
    let located = |errors: Vec<RowError>| ImportError::Rows {
        file: path.to_path_buf(),
        sheet: None,
        errors,
    };
    if ws.referential.is_none() {
        return Err(ImportError::NoReferential);
    }
    let text = read_text(path)?;
    let table = Table::parse(&text).map_err(located)?;
    import_table(ws, path, None, &table)
}

/// Imports a table read from `path` (from its `sheet`, for a spreadsheet).
fn import_table(
    ws: &mut Workspace,
    path: &Path,
    sheet: Option<String>,
    table: &Table,
) -> Result<ImportSummary, ImportError> {
    let located = |errors: Vec<RowError>| ImportError::Rows {
        file: path.to_path_buf(),
        sheet: sheet.clone(),
        errors,
    };
    let referential = ws.referential.as_ref().ok_or(ImportError::NoReferential)?;
    let mut resolver = Resolver::new(referential);
    let plans = plan_groups(table, &mut resolver).map_err(located)?;
    let mut summary = ImportSummary {
        rows: table.rows.len(),
        ignored_columns: table.ignored.clone(),
        ..ImportSummary::default()
    };
    let groups = build_groups(ws, table, &plans, &mut summary).map_err(located)?;
    let added = resolver.added;
    summary.organisations_added = added.iter().map(|o| o.name.clone()).collect();
    if let Some(r) = ws.referential.as_mut() {
        r.organisations.extend(added.iter().cloned());
    }
    let mut touched = Vec::new();
    for group in groups {
        touched.push(group.id.clone());
        ws.insert_group(group);
    }
    summary.files_written = save(ws, &touched, !added.is_empty())?;
    Ok(summary)
}

/// Reads the file as UTF-8 text, without its byte-order mark.
fn read_text(path: &Path) -> Result<String, ImportError> {
    let read_error = |source| ImportError::Read {
        file: path.to_path_buf(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let mut bytes = Vec::new();
    file.take(MAX_CSV_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > MAX_CSV_SIZE {
        return Err(ImportError::TooLarge {
            file: path.to_path_buf(),
        });
    }
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(&bytes);
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(e) => {
            let line = 1 + body[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            Err(ImportError::Rows {
                file: path.to_path_buf(),
                sheet: None,
                errors: vec![RowError::new(line, m!("import-not-utf8"))],
            })
        }
    }
}

/// Writes the referential (when organisations were added) and then the
/// groups, so that a group file never refers to an unsaved organisation.
fn save(ws: &mut Workspace, groups: &[Id], referential: bool) -> Result<Vec<PathBuf>, ImportError> {
    let mut written = Vec::new();
    if referential {
        if let Err(source) = ws.save_referential() {
            return Err(ImportError::Save { written, source });
        }
        written.push(PathBuf::from(REFERENTIAL_FILE));
    }
    for id in groups {
        if let Err(source) = ws.save_group(id) {
            return Err(ImportError::Save { written, source });
        }
        let file = ws
            .group_files
            .get(id)
            .cloned()
            .unwrap_or_else(|| layout::group_path(id));
        written.push(file);
    }
    Ok(written)
}

mod groups;
mod rows;
mod sheet;
mod table;
mod values;

use groups::*;
use rows::*;
use table::*;
use values::*;

#[cfg(test)]
mod tests;
