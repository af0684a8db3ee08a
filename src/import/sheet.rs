//! Spreadsheets (XLSX, ODS) read through calamine into the same table as a
//! CSV file, so that the same columns and rules apply.
//!
//! Cells become the text the CSV import reads: a date cell (or a number in
//! the due-date column, a date serial) becomes `yyyy-mm-dd`; a number
//! becomes its digits (`60`, `2.5`); in the progress column, a cell
//! formatted as a percentage (in an ODS file, whose percentages calamine
//! reads as plain numbers: a workbook holding percentage cells), or a
//! column whose numbers all lie between 0 and 1 and are not all whole,
//! holds fractions (`0.6` is 60). The header is the first row naming a
//! group and an action column among the first non-empty ones (title rows
//! above it are skipped), else the first non-empty row. Each row
//! keeps its number in the sheet and each cell its column, so that a
//! problem is located as `pti.xlsx:Actions!K4`. Cells to the right of the
//! header row's last column are not read.

use super::*;
use calamine::{Data, Ods, Reader, StyleRange, Xlsx, open_workbook};

/// Reads `sheet` (default: the first) of the workbook at `path`: its name
/// and its table.
pub(super) fn read(
    path: &Path,
    format: ImportFormat,
    sheet: Option<&str>,
) -> Result<(String, Table), ImportError> {
    let size = std::fs::metadata(path).map_err(|source| ImportError::Read {
        file: path.to_path_buf(),
        source,
    })?;
    if size.len() > MAX_CSV_SIZE {
        return Err(ImportError::TooLarge {
            file: path.to_path_buf(),
        });
    }
    let bad = |error: String| ImportError::Workbook {
        file: path.to_path_buf(),
        error,
    };
    match format {
        ImportFormat::Ods => {
            let mut wb: Ods<_> =
                open_workbook(path).map_err(|e: calamine::OdsError| bad(e.to_string()))?;
            let percentages = ods_has_percentages(path);
            read_from(&mut wb, path, sheet, percentages)
        }
        ImportFormat::Xlsx | ImportFormat::Csv => {
            let mut wb: Xlsx<_> =
                open_workbook(path).map_err(|e: calamine::XlsxError| bad(e.to_string()))?;
            read_from(&mut wb, path, sheet, false)
        }
    }
}

/// Whether the ODS file's cells include percentages (`office:value-type`
/// `percentage` in its `content.xml`).
fn ods_has_percentages(path: &Path) -> bool {
    let read = || -> Option<bool> {
        let file = std::fs::File::open(path).ok()?;
        let mut zip = zip::ZipArchive::new(file).ok()?;
        let content = zip.by_name("content.xml").ok()?;
        let mut text = String::new();
        content
            .take(MAX_CSV_SIZE * 8)
            .read_to_string(&mut text)
            .ok()?;
        Some(text.contains("office:value-type=\"percentage\""))
    };
    read().unwrap_or(false)
}

fn read_from<R, RS>(
    wb: &mut R,
    path: &Path,
    sheet: Option<&str>,
    percentages: bool,
) -> Result<(String, Table), ImportError>
where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
    R::Error: std::fmt::Display,
{
    let bad = |error: String| ImportError::Workbook {
        file: path.to_path_buf(),
        error,
    };
    let names = wb.sheet_names();
    let name = match sheet {
        None => names.first().cloned(),
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .or_else(|| names.iter().find(|n| slug(n) == slug(s)))
            .cloned(),
    };
    let Some(name) = name else {
        return Err(ImportError::NoSuchSheet {
            file: path.to_path_buf(),
            sheet: sheet.unwrap_or_default().to_string(),
            known: names,
        });
    };
    let range = wb.worksheet_range(&name).map_err(|e| bad(e.to_string()))?;
    let styles = wb.worksheet_style(&name).unwrap_or_default();
    let located = |errors| ImportError::Rows {
        file: path.to_path_buf(),
        sheet: Some(name.clone()),
        errors,
    };
    match table(&range, &styles, percentages) {
        Ok(table) => Ok((name, table)),
        Err(mut errors) => {
            // The first sheet is not a table of actions (the report's
            // *Synthèse*): name the sheets that are.
            if sheet.is_none() {
                let hint = other_tables(wb, &names[1..]);
                if !hint.is_empty() {
                    let line = errors.first().map_or(1, |e| e.line);
                    let message = m!("import-try-sheet", sheets = hint.join(", "));
                    errors.push(RowError::new(line, message));
                }
            }
            Err(located(errors))
        }
    }
}

/// The sheets among `names` whose header has a group and an action column.
fn other_tables<R, RS>(wb: &mut R, names: &[String]) -> Vec<String>
where
    R: Reader<RS>,
    RS: std::io::Read + std::io::Seek,
{
    names
        .iter()
        .filter(|n| {
            wb.worksheet_range(n).is_ok_and(|range| {
                sheet_rows(&range).first().is_some_and(|head| {
                    let header = Row {
                        line: head.line,
                        cells: head.cells.iter().map(|c| plain(*c)).collect(),
                    };
                    map_headers(&header).is_ok()
                })
            })
        })
        .cloned()
        .collect()
}

/// How many non-empty rows above the header a sheet may hold (a title, a
/// date, a note).
const TITLE_ROWS: usize = 10;

/// One row of the sheet: its number and its cells from column A.
struct SheetRow<'a> {
    line: usize,
    cells: Vec<Option<&'a Data>>,
    /// Absolute row, from 0.
    row: u32,
}

fn sheet_rows(range: &calamine::Range<Data>) -> Vec<SheetRow<'_>> {
    let (r0, c0) = range.start().unwrap_or((0, 0));
    range
        .rows()
        .enumerate()
        .map(|(i, cells)| {
            let row = r0.saturating_add(u32::try_from(i).unwrap_or(u32::MAX));
            let mut out: Vec<Option<&Data>> = vec![None; c0 as usize];
            out.extend(cells.iter().map(Some));
            SheetRow {
                line: row as usize + 1,
                cells: out,
                row,
            }
        })
        .filter(|r| r.cells.iter().any(|c| !plain(*c).is_empty()))
        .collect()
}

/// The table of the sheet: the first non-empty row is the header.
fn table(
    range: &calamine::Range<Data>,
    styles: &StyleRange,
    percentages: bool,
) -> Result<Table, Vec<RowError>> {
    let rows = sheet_rows(range);
    let text_of = |r: &SheetRow| Row {
        line: r.line,
        cells: r.cells.iter().map(|c| plain(*c)).collect(),
    };
    // Title rows above the table are skipped: the header is the first of
    // the first rows that names a group and an action column.
    let first = rows
        .iter()
        .take(TITLE_ROWS + 1)
        .position(|r| map_headers(&text_of(r)).is_ok())
        .unwrap_or(0);
    let Some((head, data)) = rows.get(first..).and_then(<[SheetRow]>::split_first) else {
        return Err(vec![RowError::new(1, m!("import-empty"))]);
    };
    let header = text_of(head);
    let (index, ignored) = map_headers(&header)?;
    let column_of = |i: usize| index.iter().find(|(_, j)| **j == i).map(|(c, _)| *c);
    let percent = |r: &SheetRow, i: usize| {
        styles
            .get((r.row, u32::try_from(i).unwrap_or(u32::MAX)))
            .and_then(|s| s.number_format.as_ref())
            .is_some_and(|f| f.format_code.contains('%'))
    };
    let fractions = index.get(&Column::Progress).is_some_and(|&i| {
        let numbers: Vec<f64> = data
            .iter()
            .filter_map(|r| r.cells.get(i).copied().flatten().and_then(number))
            .collect();
        let in_unit = numbers.iter().all(|v| (0.0..=1.0).contains(v));
        let any_fraction = numbers.iter().any(|v| v.fract() != 0.0);
        let any_percent = data.iter().any(|r| percent(r, i));
        any_percent || (in_unit && (any_fraction || percentages))
    });
    let width = header.cells.len();
    let rows = data
        .iter()
        .map(|r| Row {
            line: r.line,
            cells: (0..width)
                .map(|i| {
                    let cell = r.cells.get(i).copied().flatten();
                    match column_of(i) {
                        Some(Column::Due) => date_text(cell),
                        Some(Column::Progress) => progress_text(cell, fractions),
                        _ => plain(cell),
                    }
                })
                .collect(),
        })
        .collect();
    Ok(Table {
        headers: header.cells,
        index,
        ignored,
        rows,
    })
}

/// A number cell's value.
fn number(d: &Data) -> Option<f64> {
    match d {
        Data::Float(f) => Some(*f),
        Data::Int(i) => Some(*i as f64),
        _ => None,
    }
}

/// A number as the CSV import reads it: `60`, `2.5`.
fn number_text(v: f64) -> String {
    let rounded = v.round();
    if (v - rounded).abs() < 1e-9 && rounded.abs() < 1e15 {
        format!("{rounded:.0}")
    } else {
        v.to_string()
    }
}

/// A cell as text, trimmed; a date cell as `yyyy-mm-dd`.
fn plain(cell: Option<&Data>) -> String {
    match cell {
        None | Some(Data::Empty) => String::new(),
        Some(Data::String(s)) => s.trim().to_string(),
        Some(Data::Float(f)) => number_text(*f),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        Some(Data::DateTime(x)) => x
            .as_datetime()
            .map_or_else(|| number_text(x.as_f64()), |d| d.date().to_string()),
        Some(Data::DateTimeIso(s)) => iso_date(s).unwrap_or_else(|| s.trim().to_string()),
        Some(Data::DurationIso(s)) => s.trim().to_string(),
        Some(Data::Error(e)) => e.to_string(),
    }
}

/// The date part of an ISO 8601 date or date-time.
fn iso_date(s: &str) -> Option<String> {
    let day = s.trim().get(..10)?;
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .ok()
        .map(|d| d.to_string())
}

/// A due-date cell: a date cell, a date serial (days since 30/12/1899, as
/// spreadsheets count), or text the CSV import reads.
fn date_text(cell: Option<&Data>) -> String {
    let serial = |v: f64| {
        let whole = v.trunc();
        if !(1.0..=2_958_465.0).contains(&whole) {
            return None;
        }
        let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
        epoch
            .checked_add_days(chrono::Days::new(whole as u64))
            .map(|d| d.to_string())
    };
    match cell {
        Some(Data::Float(_) | Data::Int(_)) => cell
            .and_then(number)
            .and_then(serial)
            .unwrap_or_else(|| plain(cell)),
        _ => plain(cell),
    }
}

/// A progress cell: a percentage as a whole number (`60`), from a
/// fraction (`0.6`) when the column holds fractions.
fn progress_text(cell: Option<&Data>, fractions: bool) -> String {
    match cell.and_then(number) {
        Some(v) if fractions => number_text(v * 100.0),
        Some(v) => number_text(v),
        None => plain(cell),
    }
}

/// Column letters: `A`, `Z`, `AA`…
fn column_letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Where a problem is, as a spreadsheet names it: `Actions!K4`, or
/// `'Suites à donner'!4:4` for a whole row.
pub(super) fn cell_name(sheet: &str, e: &RowError) -> String {
    let plain_name = sheet.chars().all(|c| c.is_alphanumeric() || c == '_');
    let sheet = if plain_name {
        sheet.to_string()
    } else {
        format!("'{}'", sheet.replace('\'', "''"))
    };
    match e.column {
        Some(c) => format!("{sheet}!{}{}", column_letters(c), e.line),
        None => format!("{sheet}!{0}:{0}", e.line),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_and_places() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        let e = RowError::new(4, Message::from("x")).in_column(Some(2));
        assert_eq!(cell_name("Actions", &e), "Actions!C4");
        assert_eq!(cell_name("Suites à donner", &e), "'Suites à donner'!C4");
        let e = RowError::new(4, Message::from("x"));
        assert_eq!(cell_name("L'été", &e), "'L''été'!4:4");
    }

    #[test]
    fn cells_as_the_csv_import_reads_them() {
        assert_eq!(date_text(Some(&Data::Float(46203.0))), "2026-06-30");
        assert_eq!(
            date_text(Some(&Data::String("30/06/26".into()))),
            "30/06/26"
        );
        assert_eq!(
            date_text(Some(&Data::DateTimeIso("2026-06-30T00:00:00".into()))),
            "2026-06-30"
        );
        assert_eq!(progress_text(Some(&Data::Float(0.6)), true), "60");
        assert_eq!(progress_text(Some(&Data::Float(1.0)), true), "100");
        assert_eq!(progress_text(Some(&Data::Float(60.0)), false), "60");
        assert_eq!(progress_text(Some(&Data::Int(35)), false), "35");
        assert_eq!(plain(Some(&Data::Float(2.5))), "2.5");
        assert_eq!(
            plain(Some(&Data::String("  Biterrois ".into()))),
            "Biterrois"
        );
    }
}
