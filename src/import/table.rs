//! The CSV table: columns recognised by their headers, the records and
//! their lines.

use super::*;

/// A column the import understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Column {
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
    pub(super) fn headers(self) -> &'static [&'static str] {
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
    pub(super) fn from_header(header: &str) -> Option<Column> {
        let s = slug(header);
        Column::ALL
            .into_iter()
            .find(|c| c.headers().contains(&s.as_str()))
    }
}

/// A data row: its line and its trimmed cells.
#[derive(Debug)]
pub(super) struct Row {
    pub(super) line: usize,
    pub(super) cells: Vec<String>,
}

/// The CSV file: recognised columns and data rows.
#[derive(Debug)]
pub(super) struct Table {
    /// Header text of each cell, as written.
    pub(super) headers: Vec<String>,
    /// Where each recognised column is.
    pub(super) index: BTreeMap<Column, usize>,
    /// Headers not recognised.
    pub(super) ignored: Vec<String>,
    /// Non-empty data rows, in file order.
    pub(super) rows: Vec<Row>,
}

impl Table {
    /// Reads the records and the header.
    pub(super) fn parse(text: &str) -> Result<Table, Vec<RowError>> {
        let mut records = read_records(text)?.into_iter();
        let header = records
            .next()
            .ok_or_else(|| vec![RowError::new(1, m!("import-empty"))])?;
        let (index, ignored) = map_headers(&header)?;
        Table::checked(Table {
            headers: header.cells,
            index,
            ignored,
            rows: records.collect(),
        })
    }

    /// The table, or the rows with filled cells beyond the header (a
    /// separator missing or too many, in a CSV file).
    pub(super) fn checked(table: Table) -> Result<Table, Vec<RowError>> {
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
    pub(super) fn header(&self, c: Column) -> &str {
        self.index
            .get(&c)
            .and_then(|i| self.headers.get(*i))
            .map_or(c.headers()[0], String::as_str)
    }

    /// Where the recognised column `c` is (from 0), if the file has it.
    pub(super) fn position(&self, c: Column) -> Option<usize> {
        self.index.get(&c).copied()
    }

    /// True when the file has this column.
    pub(super) fn has_column(&self, c: Column) -> bool {
        self.index.contains_key(&c)
    }

    /// The non-empty cell of `row` in column `c`.
    pub(super) fn cell<'r>(&self, row: &'r Row, c: Column) -> Option<&'r str> {
        let i = *self.index.get(&c)?;
        row.cells
            .get(i)
            .map(String::as_str)
            .filter(|s| !s.is_empty())
    }

    /// An error when the row has filled cells beyond the header.
    pub(super) fn check_width(&self, row: &Row) -> Option<RowError> {
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
pub(super) fn read_records(text: &str) -> Result<Vec<Row>, Vec<RowError>> {
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

pub(super) fn csv_error(e: &csv::Error, lines: &mut LineCounter) -> RowError {
    let line = lines.line_of(e.position().map_or(0, |p| p.byte()));
    RowError::new(line, m!("import-unreadable-csv", error = e.to_string()))
}

/// Physical line numbers of records. The csv reader gives the byte offset
/// where it started reading a record, which may be before the line ends
/// and blank lines that precede it; those are skipped here.
pub(super) struct LineCounter<'a> {
    pub(super) bytes: &'a [u8],
    /// Offset counted so far, and the line it is on.
    pub(super) at: usize,
    pub(super) line: usize,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        LineCounter {
            bytes: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after byte `offset` that is
    /// not a line end (offsets must not decrease between calls).
    pub(super) fn line_of(&mut self, offset: u64) -> usize {
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
pub(super) fn detect_delimiter(text: &str) -> u8 {
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

pub(super) type HeaderMap = (BTreeMap<Column, usize>, Vec<String>);

/// Recognised columns and ignored headers; errors for duplicates and
/// missing required columns.
pub(super) fn map_headers(header: &Row) -> Result<HeaderMap, Vec<RowError>> {
    let mut index = BTreeMap::new();
    let mut ignored = Vec::new();
    let mut errors = Vec::new();
    for (i, h) in header.cells.iter().enumerate() {
        match Column::from_header(h) {
            Some(c) => {
                if let Some(first) = index.insert(c, i).and_then(|j| header.cells.get(j)) {
                    let message = m!(
                        "import-same-column",
                        first = first.as_str(),
                        second = h.as_str()
                    );
                    errors.push(RowError::new(header.line, message).in_column(Some(i)));
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
pub(super) fn quoted(lang: Lang, s: &str) -> String {
    t!(lang, "import-value", value = s)
}
