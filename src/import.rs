//! Import of working groups and their actions from a spreadsheet (CSV).
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
//! | due date | `échéance`, `date d'échéance`, `due`, `due date` | `dd/mm/yyyy` or `yyyy-mm-dd` |
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
//! at fault, and then nothing is written.

use crate::domain::edit::{ActionEdit, Edit};
use crate::domain::{
    Action, Group, Id, Lead, Message, Organisation, ProgressInput, Referential, SCHEMA_VERSION,
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

/// One problem in the CSV file, with its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Physical line in the file, from 1 (the header is line 1).
    pub line: usize,
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
            message: sanitize(&message.en),
            message_fr: sanitize(&message.fr),
        }
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
    /// Problems in the CSV file, each with its line; nothing was written.
    /// Displayed one per line as `FILE:LINE: message`.
    #[error("{}", self.message().en)]
    Rows {
        /// The CSV file.
        file: PathBuf,
        /// The problems, in line order.
        errors: Vec<RowError>,
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
            ImportError::Rows { file, errors } => {
                Message::each(|lang| show_rows(lang, file, errors))
            }
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

/// Row errors, one per line, as `FILE:LINE: message`.
fn show_rows(lang: Lang, file: &Path, errors: &[RowError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let text = match lang {
                Lang::Fr => &e.message_fr,
                Lang::En => &e.message,
            };
            t!(
                lang,
                "diag-at",
                place = format!("{}:{}", file.display(), e.line),
                message = text.as_str()
            )
        })
        .collect();
    lines.join("\n")
}

/// Imports the CSV file at `path` into `ws` and saves what changed: the
/// touched group files, and the referential when organisations were added.
///
/// Every row is checked first; on any problem, nothing is changed in `ws`
/// nor on disk and all problems are returned, located.
pub fn import_csv(ws: &mut Workspace, path: &Path) -> Result<ImportSummary, ImportError> {
    let located = |errors: Vec<RowError>| ImportError::Rows {
        file: path.to_path_buf(),
        errors,
    };
    let referential = ws.referential.as_ref().ok_or(ImportError::NoReferential)?;
    let text = read_text(path)?;
    let table = Table::parse(&text).map_err(located)?;
    let mut resolver = Resolver::new(referential);
    let plans = plan_groups(&table, &mut resolver).map_err(located)?;
    let mut summary = ImportSummary {
        rows: table.rows.len(),
        ignored_columns: table.ignored.clone(),
        ..ImportSummary::default()
    };
    let groups = build_groups(ws, &table, &plans, &mut summary).map_err(located)?;
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

// ---------------------------------------------------------------------------
// Columns and the table

/// A column the import understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Column {
    Territory,
    Group,
    GroupId,
    Axis,
    Theme,
    Pilot,
    Copilot,
    Action,
    ActionId,
    Status,
    Progress,
    Due,
    Publics,
}

impl Column {
    const ALL: [Column; 13] = [
        Column::Territory,
        Column::Group,
        Column::GroupId,
        Column::Axis,
        Column::Theme,
        Column::Pilot,
        Column::Copilot,
        Column::Action,
        Column::ActionId,
        Column::Status,
        Column::Progress,
        Column::Due,
        Column::Publics,
    ];

    /// Slugs of the headers naming this column.
    fn headers(self) -> &'static [&'static str] {
        match self {
            Column::Territory => &["territoire", "territoires", "territory", "territories"],
            Column::Group => &["groupe", "group", "groupe-de-travail", "working-group"],
            Column::GroupId => &[
                "group-id",
                "groupe-id",
                "id-groupe",
                "identifiant-groupe",
                "identifiant-du-groupe",
            ],
            Column::Axis => &["axe", "axis"],
            Column::Theme => &["thematique", "thematiques", "theme", "themes"],
            Column::Pilot => &["pilote", "pilot"],
            Column::Copilot => &["copilote", "co-pilote", "copilot", "co-pilot"],
            Column::Action => &["action"],
            Column::ActionId => &[
                "action-id",
                "id-action",
                "identifiant-action",
                "identifiant-de-l-action",
            ],
            Column::Status => &["statut", "status", "etat"],
            Column::Progress => &["avancement", "progress"],
            Column::Due => &["echeance", "date-d-echeance", "due", "due-date"],
            Column::Publics => &["publics", "public", "publics-cibles"],
        }
    }

    /// The column a header names, if any.
    fn from_header(header: &str) -> Option<Column> {
        let s = slug(header);
        Column::ALL
            .into_iter()
            .find(|c| c.headers().contains(&s.as_str()))
    }
}

/// A data row: its line and its trimmed cells.
#[derive(Debug)]
struct Row {
    line: usize,
    cells: Vec<String>,
}

/// The CSV file: recognised columns and data rows.
#[derive(Debug)]
struct Table {
    /// Header text of each cell, as written.
    headers: Vec<String>,
    /// Where each recognised column is.
    index: BTreeMap<Column, usize>,
    /// Headers not recognised.
    ignored: Vec<String>,
    /// Non-empty data rows, in file order.
    rows: Vec<Row>,
}

impl Table {
    /// Reads the records and the header.
    fn parse(text: &str) -> Result<Table, Vec<RowError>> {
        let mut records = read_records(text)?.into_iter();
        let header = records
            .next()
            .ok_or_else(|| vec![RowError::new(1, m!("import-empty"))])?;
        let (index, ignored) = map_headers(&header)?;
        let table = Table {
            headers: header.cells,
            index,
            ignored,
            rows: records.collect(),
        };
        let errors: Vec<RowError> = table
            .rows
            .iter()
            .filter_map(|r| table.check_width(r))
            .collect();
        if errors.is_empty() {
            Ok(table)
        } else {
            Err(errors)
        }
    }

    /// The header of a recognised column, as written (its usual name when absent).
    fn header(&self, c: Column) -> &str {
        self.index
            .get(&c)
            .and_then(|i| self.headers.get(*i))
            .map_or(c.headers()[0], String::as_str)
    }

    /// True when the file has this column.
    fn has_column(&self, c: Column) -> bool {
        self.index.contains_key(&c)
    }

    /// The non-empty cell of `row` in column `c`.
    fn cell<'r>(&self, row: &'r Row, c: Column) -> Option<&'r str> {
        let i = *self.index.get(&c)?;
        row.cells
            .get(i)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }

    /// An error when the row has filled cells beyond the header.
    fn check_width(&self, row: &Row) -> Option<RowError> {
        let extra = row
            .cells
            .iter()
            .skip(self.headers.len())
            .any(|c| !c.is_empty());
        extra.then(|| {
            RowError::new(
                row.line,
                m!(
                    "import-row-width",
                    cells = row.cells.len(),
                    headers = self.headers.len()
                ),
            )
        })
    }
}

/// All records with their line, rows of empty cells left out.
fn read_records(text: &str) -> Result<Vec<Row>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(text);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| vec![csv_error(&e, &mut lines)])?;
        let line = lines.line_of(record.position().map_or(0, |p| p.byte()));
        let cells: Vec<String> = record.iter().map(|c| c.trim().to_string()).collect();
        if cells.iter().any(|c| !c.is_empty()) {
            rows.push(Row { line, cells });
        }
    }
    Ok(rows)
}

fn csv_error(e: &csv::Error, lines: &mut LineCounter) -> RowError {
    let line = lines.line_of(e.position().map_or(0, |p| p.byte()));
    RowError::new(line, m!("import-unreadable-csv", error = e.to_string()))
}

/// Physical line numbers of records. The csv reader gives the byte offset
/// where it started reading a record, which may be before the line ends
/// and blank lines that precede it; those are skipped here.
struct LineCounter<'a> {
    bytes: &'a [u8],
    /// Offset counted so far, and the line it is on.
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after byte `offset` that is
    /// not a line end (offsets must not decrease between calls).
    fn line_of(&mut self, offset: u64) -> usize {
        let len = self.bytes.len();
        let mut start = usize::try_from(offset).unwrap_or(len).clamp(self.at, len);
        while self
            .bytes
            .get(start)
            .is_some_and(|b| matches!(b, b'\r' | b'\n'))
        {
            start += 1;
        }
        let newlines = self.bytes[self.at..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.line += newlines;
        self.at = start;
        self.line
    }
}

/// `;` when the header line holds more of them than `,` (outside quotes).
fn detect_delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut semicolons, mut commas, mut quoted) = (0usize, 0usize, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => semicolons += 1,
            ',' if !quoted => commas += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

type HeaderMap = (BTreeMap<Column, usize>, Vec<String>);

/// Recognised columns and ignored headers; errors for duplicates and
/// missing required columns.
fn map_headers(header: &Row) -> Result<HeaderMap, Vec<RowError>> {
    let mut index = BTreeMap::new();
    let mut ignored = Vec::new();
    let mut errors = Vec::new();
    for (i, h) in header.cells.iter().enumerate() {
        match Column::from_header(h) {
            Some(c) => {
                if let Some(first) = index.insert(c, i).and_then(|j| header.cells.get(j)) {
                    errors.push(RowError::new(
                        header.line,
                        m!(
                            "import-same-column",
                            first = first.as_str(),
                            second = h.as_str()
                        ),
                    ));
                }
            }
            None if h.is_empty() => {}
            None => ignored.push(h.clone()),
        }
    }
    let required = [
        (Column::Group, Column::GroupId, "group"),
        (Column::Action, Column::ActionId, "action"),
    ];
    for (a, b, what) in required {
        if !index.contains_key(&a) && !index.contains_key(&b) {
            errors.push(RowError::new(
                header.line,
                m!(
                    "import-no-column",
                    what = what,
                    found = header.cells.join(" | ")
                ),
            ));
        }
    }
    if errors.is_empty() {
        Ok((index, ignored))
    } else {
        Err(errors)
    }
}

/// A value quoted as a message in `lang` quotes it: `« value »`, `"value"`.
fn quoted(lang: Lang, s: &str) -> String {
    t!(lang, "import-value", value = s)
}

// ---------------------------------------------------------------------------
// Values

/// A status from its French or English label or its id (the common
/// parser: the same as `pacte set` and the interface).
fn parse_status(text: &str) -> Result<Status, Message> {
    crate::domain::read_status(text)
}

/// A progress: a whole number from 0 to 100 (`%` allowed), read as
/// everywhere else. A change (`+10`) is refused: a file gives the state,
/// and importing it twice must not move an action twice.
fn parse_progress(text: &str) -> Result<ProgressInput, Message> {
    match crate::domain::read_progress(text)? {
        ProgressInput::By(_) => Err(crate::m!("import-progress-relative", typed = text.trim())),
        to => Ok(to),
    }
}

/// A date: `jj/mm/aaaa`, `jj/mm/aa` (as a spreadsheet writes it back),
/// `aaaa-mm-jj`…, as everywhere else.
fn parse_date(text: &str) -> Result<NaiveDate, Message> {
    crate::domain::read_date(text)
}

/// An id written in a `group_id` or `action_id` cell.
fn parse_id(text: &str) -> Result<Id, Message> {
    Id::new(text).map_err(|e| e.message())
}

/// Former names of organisations, as slugs, and the id they now go by.
const ORGANISATION_ALIASES: &[(&str, &str)] = &[
    ("conseil-departemental", "departement"),
    ("conseil-departemental-de-l-herault", "departement"),
    ("cd34", "departement"),
    ("cd-34", "departement"),
    ("pole-emploi", "france-travail"),
];

/// Matches cells to the referential, and collects unknown organisations.
struct Resolver<'a> {
    referential: &'a Referential,
    /// Organisations to add, in file order.
    added: Vec<Organisation>,
}

/// True when `text` names the item with this id and name.
fn names(text_slug: &str, id: &Id, name: &str) -> bool {
    id.as_str() == text_slug || slug(name) == text_slug
}

impl<'a> Resolver<'a> {
    fn new(referential: &'a Referential) -> Self {
        Resolver {
            referential,
            added: Vec::new(),
        }
    }

    fn territory(&self, text: &str) -> Result<Id, Message> {
        let s = slug(text);
        let ts = &self.referential.territories;
        ts.iter()
            .find(|t| names(&s, &t.id, &t.name))
            .map(|t| t.id.clone())
            .ok_or_else(|| {
                let known: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
                m!(
                    "import-unknown",
                    what = "territory",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    fn axis(&self, text: &str) -> Result<Id, Message> {
        let s = slug(text);
        let axes = &self.referential.axes;
        axes.iter()
            .find(|a| a.number.to_string() == s || names(&s, &a.id, &a.title))
            .map(|a| a.id.clone())
            .ok_or_else(|| {
                let known: Vec<String> = axes
                    .iter()
                    .map(|a| format!("{} ({})", a.number, a.id))
                    .collect();
                m!(
                    "import-unknown",
                    what = "axis",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    /// A theme and its axis.
    fn theme(&self, text: &str) -> Result<(Id, Id), Message> {
        let s = slug(text);
        let axes = &self.referential.axes;
        axes.iter()
            .find_map(|a| {
                let t = a.themes.iter().find(|t| names(&s, &t.id, &t.title))?;
                Some((t.id.clone(), a.id.clone()))
            })
            .ok_or_else(|| {
                let known: Vec<&str> = axes
                    .iter()
                    .flat_map(|a| &a.themes)
                    .map(|t| t.id.as_str())
                    .collect();
                m!(
                    "import-unknown",
                    what = "theme",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    fn public(&self, text: &str) -> Result<Id, Message> {
        let s = slug(text);
        let ps = &self.referential.publics;
        ps.iter()
            .find(|p| names(&s, &p.id, &p.label))
            .map(|p| p.id.clone())
            .ok_or_else(|| {
                let known: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
                m!(
                    "import-unknown",
                    what = "public",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    /// A known organisation (by id, name or former name), if any.
    fn known_organisation(&self, text: &str) -> Option<Id> {
        let s = slug(text);
        let orgs = &self.referential.organisations;
        if let Some(o) = orgs.iter().find(|o| names(&s, &o.id, &o.name)) {
            return Some(o.id.clone());
        }
        let alias = ORGANISATION_ALIASES.iter().find(|(a, _)| *a == s)?;
        orgs.iter()
            .find(|o| o.id.as_str() == alias.1)
            .map(|o| o.id.clone())
    }

    /// A known organisation, or a new one added under the slug of its name.
    fn organisation(&mut self, text: &str) -> Result<Id, Message> {
        if let Some(id) = self.known_organisation(text) {
            return Ok(id);
        }
        let id = Id::slug_of(text)
            .ok_or_else(|| m!("import-no-letter", what = "organisation", name = text))?;
        if !self.added.iter().any(|o| o.id == id) {
            self.added.push(Organisation {
                id: id.clone(),
                name: text.trim().to_string(),
                network: None,
                joined: None,
            });
        }
        Ok(id)
    }

    /// A pilot or co-pilot: `Org` or `Org (Person)`.
    fn lead(&mut self, text: &str) -> Result<Lead, Message> {
        if let Some(organisation) = self.known_organisation(text) {
            return Ok(Lead {
                organisation,
                person: None,
            });
        }
        let (org, person) = split_person(text);
        Ok(Lead {
            organisation: self.organisation(org)?,
            person,
        })
    }
}

/// `Org (Person)` → (`Org`, `Person`); anything else is an organisation.
fn split_person(text: &str) -> (&str, Option<String>) {
    let split = text.strip_suffix(')').and_then(|t| {
        let (org, person) = t.rsplit_once('(')?;
        let (org, person) = (org.trim(), person.trim());
        (!org.is_empty() && !person.is_empty()).then_some((org, person))
    });
    match split {
        Some((org, person)) => (org, Some(person.to_string())),
        None => (text, None),
    }
}

// ---------------------------------------------------------------------------
// Rows

/// What one row says, checked.
#[derive(Debug)]
struct RowPlan {
    line: usize,
    group: Id,
    name: Option<String>,
    territories: Option<Vec<Id>>,
    axis: Option<Id>,
    themes: Option<Vec<Id>>,
    pilot: Option<Lead>,
    copilot: Option<Lead>,
    action: ActionPlan,
}

/// What the file says of one action.
#[derive(Debug, Clone)]
struct ActionPlan {
    line: usize,
    id: Id,
    title: Option<String>,
    status: Option<Status>,
    progress: Option<ProgressInput>,
    due: Option<NaiveDate>,
    publics: Option<Vec<Id>>,
}

/// Checks one row, collecting its problems.
struct RowCheck<'t> {
    table: &'t Table,
    row: &'t Row,
    errors: Vec<RowError>,
}

impl<'t> RowCheck<'t> {
    fn cell(&self, c: Column) -> Option<&'t str> {
        self.table.cell(self.row, c)
    }

    fn fail(&mut self, c: Column, message: &Message) {
        let header = self.table.header(c);
        let message = Message::each(|lang| {
            t!(
                lang,
                "import-in-column",
                column = header,
                message = message.in_lang(lang)
            )
        });
        self.errors.push(RowError::new(self.row.line, message));
    }

    /// The cell of `c` through `parse`; `None` when empty or wrong.
    fn parse<T>(&mut self, c: Column, parse: impl FnOnce(&str) -> Result<T, Message>) -> Option<T> {
        let text = self.cell(c)?;
        parse(text).map_err(|m| self.fail(c, &m)).ok()
    }

    /// The `|`-separated values of `c`, each through `parse`, without repeats.
    fn list<T: PartialEq>(
        &mut self,
        c: Column,
        mut parse: impl FnMut(&str) -> Result<T, Message>,
    ) -> Option<Vec<T>> {
        let text = self.cell(c)?;
        let mut out = Vec::new();
        let mut ok = true;
        for part in text.split(MULTI).map(str::trim).filter(|p| !p.is_empty()) {
            match parse(part) {
                Ok(v) if !out.contains(&v) => out.push(v),
                Ok(_) => {}
                Err(m) => {
                    self.fail(c, &m);
                    ok = false;
                }
            }
        }
        (ok && !out.is_empty()).then_some(out)
    }

    /// The id from the id column, or else the slug of the name column;
    /// `what` (`group`, `action`) names the thing in the catalogue.
    fn id(&mut self, id_col: Column, name_col: Column, what: &str) -> Option<Id> {
        if self.cell(id_col).is_some() {
            return self.parse(id_col, parse_id);
        }
        let Some(name) = self.cell(name_col) else {
            let c = if self.table.has_column(name_col) {
                name_col
            } else {
                id_col
            };
            self.fail(c, &m!("import-missing-name", what = what));
            return None;
        };
        let id = Id::slug_of(name);
        if id.is_none() {
            let message = m!("import-no-letter", what = what, name = name);
            self.fail(name_col, &message);
        }
        id
    }

    /// Pilot and co-pilot; `A • B` in the pilot cell alone is both.
    fn leads(&mut self, res: &mut Resolver) -> (Option<Lead>, Option<Lead>) {
        let copilot_cell = self.cell(Column::Copilot);
        if let Some((a, b)) = self.cell(Column::Pilot).and_then(|p| p.split_once('•')) {
            if copilot_cell.is_some() || b.contains('•') {
                let message = m!("import-one-organisation");
                self.fail(Column::Pilot, &message);
                return (None, None);
            }
            let pilot = self.parse(Column::Pilot, |_| lead_cell(res, a));
            let copilot = self.parse(Column::Pilot, |_| lead_cell(res, b));
            return (pilot, copilot);
        }
        let pilot = self.parse(Column::Pilot, |t| lead_cell(res, t));
        let copilot = self.parse(Column::Copilot, |t| lead_cell(res, t));
        (pilot, copilot)
    }
}

fn lead_cell(res: &mut Resolver, text: &str) -> Result<Lead, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Err(m!("import-lead-missing"));
    }
    if text.contains('•') {
        return Err(m!("import-lead-several", value = text));
    }
    res.lead(text)
}

/// Checks a row and reads what it says.
fn plan_row(table: &Table, row: &Row, res: &mut Resolver) -> Result<RowPlan, Vec<RowError>> {
    let mut c = RowCheck {
        table,
        row,
        errors: Vec::new(),
    };
    let group = c.id(Column::GroupId, Column::Group, "group");
    let territories = c.list(Column::Territory, |t| res.territory(t));
    let axis = c.parse(Column::Axis, |t| res.axis(t));
    let themes = c.list(Column::Theme, |t| res.theme(t));
    let axis = theme_axis(&mut c, axis, themes.as_deref());
    let (pilot, copilot) = c.leads(res);
    let action_id = c.id(Column::ActionId, Column::Action, "action");
    let status = c.parse(Column::Status, parse_status);
    let progress = c.parse(Column::Progress, parse_progress);
    let due = c.parse(Column::Due, parse_date);
    let publics = c.list(Column::Publics, |t| res.public(t));
    let (Some(group), Some(action_id), true) = (group, action_id, c.errors.is_empty()) else {
        return Err(c.errors);
    };
    Ok(RowPlan {
        line: row.line,
        group,
        name: c.cell(Column::Group).map(str::to_string),
        territories,
        axis,
        themes: themes.map(|ts| ts.into_iter().map(|(t, _)| t).collect()),
        pilot,
        copilot,
        action: ActionPlan {
            line: row.line,
            id: action_id,
            title: c.cell(Column::Action).map(str::to_string),
            status,
            progress,
            due,
            publics,
        },
    })
}

/// The row's axis: the axis cell, or else the axis of its themes; every
/// theme must belong to it.
fn theme_axis(c: &mut RowCheck, axis: Option<Id>, themes: Option<&[(Id, Id)]>) -> Option<Id> {
    let themes = themes.unwrap_or_default();
    let axis = axis.or_else(|| themes.first().map(|(_, a)| a.clone()))?;
    for (theme, theme_axis) in themes {
        if theme_axis != &axis {
            let message = m!(
                "import-theme-other-axis",
                theme = theme.as_str(),
                theirs = theme_axis.as_str(),
                ours = axis.as_str()
            );
            c.fail(Column::Theme, &message);
        }
    }
    Some(axis)
}

// ---------------------------------------------------------------------------
// Groups

/// A group field as given on some line.
#[derive(Debug)]
struct Given<T> {
    value: T,
    line: usize,
}

/// What the file says of one group, rows merged.
#[derive(Debug)]
struct GroupPlan {
    id: Id,
    /// First line naming the group.
    line: usize,
    name: Option<Given<String>>,
    territories: Option<Given<Vec<Id>>>,
    axis: Option<Given<Id>>,
    themes: Option<Given<Vec<Id>>>,
    pilot: Option<Given<Lead>>,
    copilot: Option<Given<Lead>>,
    actions: Vec<ActionPlan>,
}

/// A group field that several rows may repeat: equal or conflicting.
trait GroupField {
    fn same(&self, other: &Self) -> bool;
    /// The value in a message in `lang`.
    fn show(&self, lang: Lang) -> String;
}

impl GroupField for String {
    fn same(&self, other: &Self) -> bool {
        slug(self) == slug(other)
    }
    fn show(&self, lang: Lang) -> String {
        quoted(lang, self)
    }
}

impl GroupField for Id {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
    fn show(&self, _: Lang) -> String {
        self.to_string()
    }
}

impl GroupField for Vec<Id> {
    fn same(&self, other: &Self) -> bool {
        let mut a = self.clone();
        let mut b = other.clone();
        a.sort();
        b.sort();
        a == b
    }
    fn show(&self, _: Lang) -> String {
        let ids: Vec<&str> = self.iter().map(Id::as_str).collect();
        ids.join("|")
    }
}

impl GroupField for Lead {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
    fn show(&self, _: Lang) -> String {
        match &self.person {
            Some(p) => format!("{} ({p})", self.organisation),
            None => self.organisation.to_string(),
        }
    }
}

/// Where merging rows of one group happens, with its errors.
struct Merge<'t> {
    table: &'t Table,
    errors: Vec<RowError>,
}

impl Merge<'_> {
    /// Keeps the first value given; a different one later is an error.
    fn field<T: GroupField>(
        &mut self,
        slot: &mut Option<Given<T>>,
        value: Option<T>,
        line: usize,
        c: Column,
        group: &Id,
    ) {
        let Some(value) = value else { return };
        match slot {
            None => *slot = Some(Given { value, line }),
            Some(first) if first.value.same(&value) => {}
            Some(first) => {
                let header = self.table.header(c);
                let message = Message::each(|lang| {
                    t!(
                        lang,
                        "import-group-disagrees",
                        column = header,
                        group = group.as_str(),
                        here = value.show(lang),
                        there = first.value.show(lang),
                        line = first.line
                    )
                });
                self.errors.push(RowError::new(line, message));
            }
        }
    }

    fn row(&mut self, g: &mut GroupPlan, r: RowPlan) {
        self.field(&mut g.name, r.name, r.line, Column::Group, &r.group);
        self.field(
            &mut g.territories,
            r.territories,
            r.line,
            Column::Territory,
            &r.group,
        );
        self.field(&mut g.axis, r.axis, r.line, Column::Axis, &r.group);
        self.field(&mut g.themes, r.themes, r.line, Column::Theme, &r.group);
        self.field(&mut g.pilot, r.pilot, r.line, Column::Pilot, &r.group);
        self.field(&mut g.copilot, r.copilot, r.line, Column::Copilot, &r.group);
        if let Some(first) = g.actions.iter().find(|a| a.id == r.action.id) {
            let c = if self.table.has_column(Column::ActionId) {
                Column::ActionId
            } else {
                Column::Action
            };
            let message = m!(
                "import-action-twice",
                column = self.table.header(c),
                action = r.action.id.as_str(),
                group = r.group.as_str(),
                line = first.line
            );
            self.errors.push(RowError::new(r.line, message));
            return;
        }
        g.actions.push(r.action);
    }
}

/// Checks every row and merges them into groups, in file order.
fn plan_groups(table: &Table, res: &mut Resolver) -> Result<Vec<GroupPlan>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut plans: Vec<GroupPlan> = Vec::new();
    let mut merge = Merge {
        table,
        errors: Vec::new(),
    };
    for row in &table.rows {
        let r = match plan_row(table, row, res) {
            Ok(r) => r,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        let i = match plans.iter().position(|g| g.id == r.group) {
            Some(i) => i,
            None => {
                plans.push(GroupPlan::new(r.group.clone(), r.line));
                plans.len() - 1
            }
        };
        merge.row(&mut plans[i], r);
    }
    errors.extend(merge.errors);
    errors.sort_by_key(|e| e.line);
    if errors.is_empty() {
        Ok(plans)
    } else {
        Err(errors)
    }
}

impl GroupPlan {
    fn new(id: Id, line: usize) -> Self {
        GroupPlan {
            id,
            line,
            name: None,
            territories: None,
            axis: None,
            themes: None,
            pilot: None,
            copilot: None,
            actions: Vec::new(),
        }
    }
}

/// The groups as they will be saved (only those that change), counting
/// what is created, updated and unchanged.
fn build_groups(
    ws: &Workspace,
    table: &Table,
    plans: &[GroupPlan],
    summary: &mut ImportSummary,
) -> Result<Vec<Group>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for plan in plans {
        let (base, new) = match ws.group(&plan.id) {
            Some(g) => (g.clone(), false),
            None => match new_group(ws, table, plan) {
                Ok(g) => (g, true),
                Err(e) => {
                    errors.extend(e);
                    continue;
                }
            },
        };
        let mut group = base.clone();
        if let Err(e) = update_group(&mut group, table, plan, summary) {
            errors.extend(e);
            continue;
        }
        if new {
            summary.groups_created += 1;
        } else if group == base {
            summary.groups_unchanged += 1;
            continue;
        } else {
            summary.groups_updated += 1;
        }
        out.push(group);
    }
    errors.sort_by_key(|e| e.line);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A new group from its plan: it needs a name, a territory and an axis, and
/// its file must not already exist (e.g. a file that failed to load).
fn new_group(ws: &Workspace, table: &Table, plan: &GroupPlan) -> Result<Group, Vec<RowError>> {
    let mut errors = Vec::new();
    let group = &plan.id;
    let missing = |c: Column| {
        let message = m!(
            "import-new-group-needs",
            group = group.as_str(),
            column = table.header(c)
        );
        RowError::new(plan.line, message)
    };
    let path = layout::group_path(&plan.id);
    let broken = ws
        .broken_files()
        .iter()
        .any(|p| p.file_stem().is_some_and(|s| s == plan.id.as_str()));
    if broken || std::fs::symlink_metadata(ws.root.join(&path)).is_ok() {
        let message = m!(
            "import-group-file-exists",
            group = group.as_str(),
            file = path.display()
        );
        errors.push(RowError::new(plan.line, message));
    }
    let name = plan.name.as_ref().map(|n| n.value.clone());
    let territories = plan.territories.as_ref().map(|t| t.value.clone());
    let axis = plan.axis.as_ref().map(|a| a.value.clone());
    if name.is_none() {
        errors.push(missing(Column::Group));
    }
    if territories.is_none() {
        errors.push(missing(Column::Territory));
    }
    if axis.is_none() {
        errors.push(missing(Column::Axis));
    }
    let (Some(name), Some(territories), Some(axis), true) =
        (name, territories, axis, errors.is_empty())
    else {
        return Err(errors);
    };
    Ok(Group {
        version: SCHEMA_VERSION,
        id: plan.id.clone(),
        name,
        territories,
        axis,
        themes: Vec::new(),
        pilot: None,
        copilot: None,
        members: Vec::new(),
        actions: Vec::new(),
        meetings: Vec::new(),
    })
}

/// Applies the plan to a group: the fields given, then the actions.
fn update_group(
    g: &mut Group,
    table: &Table,
    plan: &GroupPlan,
    summary: &mut ImportSummary,
) -> Result<(), Vec<RowError>> {
    check_axis_change(g, table, plan)?;
    if let Some(n) = &plan.name {
        g.name.clone_from(&n.value);
    }
    if let Some(t) = &plan.territories {
        g.territories.clone_from(&t.value);
    }
    if let Some(a) = &plan.axis {
        g.axis = a.value.clone();
    }
    if let Some(t) = &plan.themes {
        g.themes.clone_from(&t.value);
    }
    set_lead(&mut g.pilot, plan.pilot.as_ref());
    set_lead(&mut g.copilot, plan.copilot.as_ref());
    let mut errors = Vec::new();
    for a in &plan.actions {
        match g.action(&a.id).cloned() {
            Some(before) => match update_action(g, a) {
                Ok(()) if g.action(&a.id) == Some(&before) => summary.actions_unchanged += 1,
                Ok(()) => summary.actions_updated += 1,
                Err(e) => errors.push(e),
            },
            None => match new_action(table, &g.id, a) {
                Ok(action) => {
                    let added = crate::domain::edit::apply(g, &Edit::AddAction(Box::new(action)))
                        .map_err(|r| RowError::new(a.line, r.message().clone()))
                        .and_then(|_| update_action(g, a));
                    match added {
                        Ok(()) => summary.actions_created += 1,
                        Err(e) => errors.push(e),
                    }
                }
                Err(e) => errors.push(e),
            },
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A group moved to another axis must be given themes of that axis when
/// its current themes belong to the old one.
fn check_axis_change(g: &Group, table: &Table, plan: &GroupPlan) -> Result<(), Vec<RowError>> {
    let (Some(axis), None) = (&plan.axis, &plan.themes) else {
        return Ok(());
    };
    if axis.value == g.axis || g.themes.is_empty() {
        return Ok(());
    }
    let (axis_col, theme_col) = (table.header(Column::Axis), table.header(Column::Theme));
    let message = m!(
        "import-axis-change",
        column = axis_col,
        group = g.id.as_str(),
        from = g.axis.as_str(),
        to = axis.value.as_str(),
        themes = g.themes.show(Lang::En),
        themes_column = theme_col
    );
    Err(vec![RowError::new(axis.line, message)])
}

/// Sets a pilot or co-pilot; a person already known is kept when the file
/// names the same organisation without a person.
fn set_lead(current: &mut Option<Lead>, given: Option<&Given<Lead>>) {
    let Some(given) = given else { return };
    let mut lead = given.value.clone();
    if lead.person.is_none() {
        lead.person = current
            .as_ref()
            .filter(|c| c.organisation == lead.organisation)
            .and_then(|c| c.person.clone());
    }
    *current = Some(lead);
}

/// The edits a row asks of its action, in the order people read them.
fn action_edits(a: &ActionPlan) -> Vec<Edit> {
    let mut edits = Vec::new();
    let on = |e| Edit::Action(a.id.clone(), e);
    if let Some(t) = &a.title {
        edits.push(on(ActionEdit::Title(t.clone())));
    }
    if let Some(s) = a.status {
        edits.push(on(ActionEdit::Status(s)));
    }
    match a.progress {
        Some(ProgressInput::To(p)) => edits.push(on(ActionEdit::Progress(p))),
        Some(ProgressInput::By(d)) => edits.push(on(ActionEdit::ProgressBy(d))),
        None => {}
    }
    if a.due.is_some() {
        edits.push(on(ActionEdit::Due(a.due)));
    }
    if let Some(p) = &a.publics {
        edits.push(on(ActionEdit::Publics(p.clone())));
    }
    edits
}

/// Applies a row's edits to its group through the domain's edit layer (the
/// pact's rules, the same bytes as `pacte set` and the interface).
fn update_action(g: &mut Group, a: &ActionPlan) -> Result<(), RowError> {
    crate::domain::edit::apply_all(g, &action_edits(a))
        .map(|_| ())
        .map_err(|r| RowError::new(a.line, r.message().clone()))
}

/// A new action: it needs a title; without a status it is a project.
fn new_action(table: &Table, group: &Id, a: &ActionPlan) -> Result<Action, RowError> {
    let Some(title) = &a.title else {
        let message = m!(
            "import-new-action-needs-title",
            action = a.id.as_str(),
            group = group.as_str(),
            column = table.header(Column::Action)
        );
        return Err(RowError::new(a.line, message));
    };
    Ok(Action::new(a.id.clone(), title.clone(), Status::Project))
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(
            Lang::En,
            "import-row-line",
            line = self.line,
            message = self.message.as_str()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn headers_match_french_and_english_names() {
        assert_eq!(Column::from_header("Territoire"), Some(Column::Territory));
        assert_eq!(Column::from_header("THÉMATIQUE"), Some(Column::Theme));
        assert_eq!(Column::from_header("Échéance"), Some(Column::Due));
        assert_eq!(Column::from_header("group_id"), Some(Column::GroupId));
        assert_eq!(Column::from_header("Co-pilote"), Some(Column::Copilot));
        assert_eq!(Column::from_header("Commentaires"), None);
    }

    #[test]
    fn delimiter_comes_from_the_header() {
        assert_eq!(detect_delimiter("a;b;c\n1,2;3"), b';');
        assert_eq!(detect_delimiter("a,b,c\n1;2;3"), b',');
        assert_eq!(detect_delimiter("\n\"a;b\",c\n"), b',');
    }

    #[test]
    fn statuses_in_french_and_as_ids() {
        for (text, st) in [
            ("au stade du projet", Status::Project),
            ("Projet", Status::Project),
            ("EN COURS", Status::InProgress),
            ("en fonctionnement", Status::Operating),
            ("Totalement réalisée", Status::Done),
            ("REALISEE", Status::Done),
            ("suspendue", Status::Suspended),
            ("Abandonnée", Status::Abandoned),
            ("in-progress", Status::InProgress),
            ("done", Status::Done),
        ] {
            assert_eq!(parse_status(text), Ok(st), "{text}");
        }
        let err = parse_status("fini").unwrap_err();
        assert!(
            err.en.contains("“fini”") && err.en.contains("in progress"),
            "{}",
            err.en
        );
        assert!(
            err.fr.starts_with("«\u{a0}fini\u{a0}»") && err.fr.contains("en cours"),
            "{}",
            err.fr
        );
    }

    #[test]
    fn progress_is_0_to_100_with_optional_percent() {
        assert_eq!(parse_progress("0"), Ok(ProgressInput::To(0)));
        assert_eq!(parse_progress("60 %"), Ok(ProgressInput::To(60)));
        assert_eq!(parse_progress("100%"), Ok(ProgressInput::To(100)));
        for bad in ["101", "-1", "50,5", "+5", "beaucoup"] {
            assert!(parse_progress(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn dates_french_or_iso() {
        assert_eq!(parse_date("30/06/2025"), Ok(d(2025, 6, 30)));
        assert_eq!(parse_date("1/2/2024"), Ok(d(2024, 2, 1)));
        assert_eq!(parse_date("2025-12-31"), Ok(d(2025, 12, 31)));
        for bad in [
            "31/02/2025",
            "2025/06/30",
            "30/06/2025 10h",
            "demain",
            "2025-6",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse_date("demain").unwrap_err().fr,
            "«\u{a0}demain\u{a0}» n'est pas une date\u{a0}: jj/mm/aaaa, jj/mm/aa ou aaaa-mm-jj"
        );
        assert_eq!(parse_date("30/06/25"), Ok(d(2025, 6, 30)));
        assert_eq!(parse_date("30-06-2025"), Ok(d(2025, 6, 30)));
    }

    #[test]
    fn person_in_parentheses() {
        assert_eq!(
            split_person("PLIE (Claire Martin)"),
            ("PLIE", Some("Claire Martin".into()))
        );
        assert_eq!(split_person("PLIE"), ("PLIE", None));
        assert_eq!(split_person("(x)"), ("(x)", None));
    }

    #[test]
    fn rows_keep_their_physical_line() {
        let t = Table::parse("group;action\r\n\r\ng;\"two\nlines\"\r\ng;b\r\n").unwrap();
        let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3, 5]);
    }

    #[test]
    fn missing_required_columns_are_reported_on_line_1() {
        let errs = Table::parse("territoire;statut\nx;y\n").unwrap_err();
        assert_eq!(errs.len(), 2);
        assert!(errs.iter().all(|e| e.line == 1));
    }
}
