//! The workbook's sheets as plain tables, written the same way by the XLSX
//! and the ODS writers (and the CSV, for the actions): the same sheets,
//! columns, names and numbers in every spreadsheet format.

use super::{Report, fr};
use crate::domain::evaluation::Evaluation;
use crate::domain::{Id, Status};
use chrono::NaiveDate;

/// Sheet names.
pub const SUMMARY_SHEET: &str = "Synthèse";
/// The actions sheet.
pub const ACTIONS_SHEET: &str = "Actions";
/// The alerts sheet.
pub const ALERTS_SHEET: &str = "Alertes";
/// The sheet of open next steps (*Suites à donner*).
pub const STEPS_SHEET: &str = "Suites à donner";
/// The governance sheet.
pub const GOVERNANCE_SHEET: &str = "Gouvernance";
/// The sheet of changes (with `--since`).
pub const CHANGES_SHEET: &str = "Évolutions";
/// The sheet of deliverables' documents (when one names a document).
pub const DOCUMENTS_SHEET: &str = "Documents";

/// One cell.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Nothing.
    Empty,
    /// Text.
    Text(String),
    /// A whole number.
    Int(f64),
    /// A number shown with one decimal.
    Decimal(f64),
    /// A date (shown dd/mm/yyyy).
    Date(NaiveDate),
    /// A hyperlink: the text shown, and a web address or a file's path
    /// relative to the workbook (`/` between folders, percent-encoded).
    Link {
        /// Shown.
        text: String,
        /// Where it leads.
        target: String,
        /// A web address (else a file).
        web: bool,
    },
}

impl Cell {
    fn text(s: impl AsRef<str>) -> Cell {
        Cell::Text(s.as_ref().to_string())
    }

    fn int(n: impl Into<f64>) -> Cell {
        Cell::Int(n.into())
    }

    fn count(n: usize) -> Cell {
        Cell::Int(n as f64)
    }

    fn opt_date(d: Option<NaiveDate>) -> Cell {
        d.map_or(Cell::Empty, Cell::Date)
    }

    fn opt_decimal(v: Option<f64>) -> Cell {
        v.map_or(Cell::Empty, Cell::Decimal)
    }

    /// The cell as the French CSV writes it.
    pub fn csv(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => format!("{n:.0}"),
            Cell::Decimal(v) => fr::decimal1(*v),
            Cell::Date(d) => fr::date(*d),
            Cell::Link { text, .. } => text.clone(),
        }
    }
}

/// How a block's rows look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// A list with a header row, a filter and the header repeated on
    /// every printed page; long texts wrap in their column.
    List,
    /// A small table of figures; its last row is a total when `total`.
    Figures {
        /// The last row is in bold.
        total: bool,
    },
}

/// A titled table inside a sheet.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// A bold line above the table.
    pub title: Option<String>,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows, as wide as the headers.
    pub rows: Vec<Vec<Cell>>,
    /// An italic note under the table.
    pub note: Option<String>,
    /// How it looks.
    pub look: Look,
}

/// One sheet: a title, blocks one under the other, column widths.
#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    /// Name of the tab.
    pub name: &'static str,
    /// Title lines at the top (the first one large).
    pub title: Vec<String>,
    /// The tables.
    pub blocks: Vec<Block>,
    /// Width of each column, in characters.
    pub widths: Vec<f64>,
    /// Printed landscape (wide lists).
    pub landscape: bool,
}

impl Sheet {
    /// Row (0-based) where block `i`'s header is written: the title lines,
    /// a blank row, then each earlier block (title, header, rows, note,
    /// blank row).
    pub fn header_row(&self, i: usize) -> u32 {
        let mut row = if self.title.is_empty() {
            0
        } else {
            self.title.len() as u32 + 1
        };
        for b in &self.blocks[..i] {
            row += u32::from(b.title.is_some())
                + 1
                + b.rows.len() as u32
                + u32::from(b.note.is_some())
                + 1;
        }
        row + u32::from(self.blocks[i].title.is_some())
    }

    /// How many lines the tallest cell of `cells` takes once wrapped in
    /// its column (words never cut).
    pub fn lines<'c>(&self, cells: impl Iterator<Item = (usize, &'c str)>) -> usize {
        cells
            .map(|(j, s)| {
                let w = self.widths.get(j).copied().unwrap_or(10.0).max(4.0) as usize - 1;
                let mut lines = 1;
                let mut col = 0;
                for word in s.split_whitespace() {
                    let n = word.chars().count();
                    if col > 0 && col + 1 + n > w {
                        lines += 1;
                        col = n;
                    } else {
                        col += n + usize::from(col > 0);
                    }
                }
                lines
            })
            .max()
            .unwrap_or(1)
    }

    /// Height in points of a row whose tallest cell takes `lines` lines.
    pub fn height(lines: usize) -> f64 {
        15.0 * lines.min(12) as f64
    }

    /// The first row after the last block.
    pub fn end_row(&self) -> u32 {
        match self.blocks.len() {
            0 => self.title.len() as u32 + 1,
            n => {
                let last = &self.blocks[n - 1];
                self.header_row(n - 1)
                    + 1
                    + last.rows.len() as u32
                    + u32::from(last.note.is_some())
                    + 1
            }
        }
    }
}

/// Widths that fit each header and the longest cell, between `min` and `max`.
fn widths(headers: &[String], rows: &[Vec<Cell>], min: f64, max: f64) -> Vec<f64> {
    headers
        .iter()
        .enumerate()
        .map(|(j, h)| {
            // A header may wrap on two lines: its longest word counts.
            let head = h
                .split_whitespace()
                .map(|w| w.chars().count())
                .max()
                .unwrap_or(0)
                .max(h.chars().count().div_ceil(2));
            let cells = rows
                .iter()
                .filter_map(|r| r.get(j))
                .map(|c| match c {
                    Cell::Text(s) => s.chars().count(),
                    Cell::Date(_) => 10,
                    c => c.csv().len(),
                })
                .max()
                .unwrap_or(0);
            (head.max(cells) as f64 + 2.0).clamp(min.max(head as f64 + 2.0), max)
        })
        .collect()
}

/// A group's name, with its territories when another group has the same
/// name ("Mobilité (Étang de Thau)").
pub fn group_label(e: &Evaluation, id: &Id) -> String {
    let Some(g) = e.groups.iter().find(|g| &g.id == id) else {
        return id.to_string();
    };
    let twin = e.groups.iter().any(|o| o.id != g.id && o.name == g.name);
    if twin && !g.territory_names.is_empty() {
        format!("{} ({})", g.name, g.territory_names.join(", "))
    } else {
        g.name.clone()
    }
}

/// The actions sheet's header, the CSV's header: the same columns.
pub fn action_headers(report: &Report) -> Vec<String> {
    let mut h: Vec<String> = super::csv_excel::HEADERS
        .iter()
        .map(|h| h.to_string())
        .collect();
    h.extend(fr::step_column_headers());
    if let Some(c) = &report.changes {
        h.push(super::csv_excel::changes_header(c));
    }
    h
}

/// One row per action, the CSV's columns.
pub fn action_rows(report: &Report) -> Vec<Vec<Cell>> {
    let changed = report
        .changes
        .as_ref()
        .map(|c| super::changes::rows::rows(&c.changes));
    report
        .evaluation
        .actions
        .iter()
        .map(|a| {
            let axis = if a.axis_number > 0 {
                Cell::int(a.axis_number)
            } else {
                Cell::text(a.axis.as_str())
            };
            let mut row = vec![
                Cell::text(a.territory_names.join(" | ")),
                // The group's own name, as `pacte import` reads it back
                // (its id, beside it, tells two groups of one name apart).
                Cell::text(&a.group_name),
                Cell::text(a.group.as_str()),
                axis,
                Cell::text(a.themes.join(" | ")),
                Cell::text(a.pilot.as_deref().unwrap_or("")),
                Cell::text(a.copilot.as_deref().unwrap_or("")),
                Cell::text(&a.title),
                Cell::text(a.action.as_str()),
                Cell::text(fr::status(a.status)),
                Cell::int(a.progress),
                Cell::opt_date(a.start),
                Cell::opt_date(a.due),
                Cell::text(fr::yes_no(a.overdue)),
                Cell::text(fr::yes_no(a.experimentation)),
                Cell::count(a.indicators),
                Cell::count(a.indicators_off_target),
                Cell::opt_decimal(a.attainment),
                Cell::text(a.status.id()),
                Cell::count(a.open_steps),
                Cell::count(a.overdue_steps),
            ];
            if let Some(c) = &changed {
                row.push(Cell::text(super::changes::rows::of_action(
                    c,
                    a.group.as_str(),
                    a.action.as_str(),
                )));
            }
            row
        })
        .collect()
}

/// A label of the workbook, in French.
fn l(id: &str) -> String {
    crate::i18n::text(crate::i18n::Lang::Fr, id, &[])
}

fn summary(report: &Report) -> Sheet {
    let e = &report.evaluation;
    let t = &e.totals;
    let [open_steps, overdue_steps] = fr::step_column_headers();
    let n = |v: usize| Cell::count(v);
    let figures: Vec<Vec<Cell>> = [
        (l("sheet-figures-as-of"), Cell::Date(e.today)),
        (l("sheet-groups"), n(t.groups)),
        (l("sheet-actions"), n(t.actions)),
        (l("sheet-projects-realised"), n(t.projects_realised)),
        (l("sheet-experiments"), n(t.experiments)),
        (
            l("sheet-average-progress"),
            Cell::opt_decimal(t.average_progress),
        ),
        (l("sheet-overdue-actions"), n(t.overdue_actions)),
        (open_steps, n(t.open_steps)),
        (overdue_steps, n(t.overdue_steps)),
        (
            l("sheet-two-organisations"),
            n(t.groups_with_two_organisations),
        ),
        (l("sheet-meetings"), n(t.meetings)),
        (l("sheet-participants"), Cell::Int(t.participants as f64)),
        (l("sheet-on-target"), n(t.indicators_on_target)),
        (l("sheet-off-target"), n(t.indicators_off_target)),
        (l("sheet-not-measured"), n(t.indicators_not_measured)),
    ]
    .into_iter()
    .map(|(label, v)| vec![Cell::text(label), v])
    .collect();
    let mut headers = vec![l("sheet-territory")];
    headers.extend(Status::ALL.iter().map(|s| fr::status(*s)));
    headers.push(l("sheet-total"));
    headers.push(l("sheet-average-progress"));
    let mut rows: Vec<Vec<Cell>> = e
        .territories
        .iter()
        .map(|x| {
            let mut r = vec![Cell::text(&x.name)];
            r.extend(x.actions_by_status.iter().map(|(_, n)| Cell::count(n)));
            r.push(Cell::count(x.actions));
            r.push(Cell::opt_decimal(x.average_progress));
            r
        })
        .collect();
    let mut total = vec![Cell::text(l("sheet-whole"))];
    total.extend(e.actions_by_status.iter().map(|(_, n)| Cell::count(n)));
    total.push(Cell::count(t.actions));
    total.push(Cell::opt_decimal(t.average_progress));
    rows.push(total);
    // The first column holds the key figures' labels; the others fit the
    // status names.
    let mut widths = vec![52.0];
    widths.extend(self::widths(&headers[1..], &[], 10.0, 20.0));
    Sheet {
        name: SUMMARY_SHEET,
        title: [report.title(), report.scope()]
            .into_iter()
            .chain(report.as_of.as_ref().map(super::AsOf::sentence))
            .collect(),
        blocks: vec![
            Block {
                title: None,
                headers: vec![l("sheet-key-figure"), l("sheet-value")],
                rows: figures,
                note: None,
                look: Look::Figures { total: false },
            },
            Block {
                title: Some(l("sheet-status-by-territory")),
                headers,
                rows,
                note: Some(l("sheet-territories-note")),
                look: Look::Figures { total: true },
            },
        ],
        widths,
        landscape: false,
    }
}

fn list(name: &'static str, headers: Vec<String>, rows: Vec<Vec<Cell>>, max: f64) -> Sheet {
    let widths = widths(&headers, &rows, 8.0, max);
    let landscape = widths.iter().sum::<f64>() > 95.0;
    Sheet {
        name,
        title: Vec::new(),
        blocks: vec![Block {
            title: None,
            headers,
            rows,
            note: None,
            look: Look::List,
        }],
        widths,
        landscape,
    }
}

fn alerts(report: &Report) -> Sheet {
    let e = &report.evaluation;
    let rows = report
        .alerts
        .iter()
        .map(|a| {
            let action = a.group.as_ref().zip(a.action.as_ref()).and_then(|(g, x)| {
                e.actions
                    .iter()
                    .find(|r| &r.group == g && &r.action == x)
                    .map(|r| r.title.clone())
            });
            vec![
                Cell::text(a.kind.label_fr()),
                Cell::text(&a.message),
                a.group
                    .as_ref()
                    .map_or(Cell::Empty, |g| Cell::text(group_label(e, g))),
                action.map_or(Cell::Empty, Cell::Text),
            ]
        })
        .collect();
    let headers = ["Type", "Alerte", "Groupe", "Action"]
        .map(String::from)
        .to_vec();
    list(ALERTS_SHEET, headers, rows, 60.0)
}

fn steps(report: &Report) -> Sheet {
    let e = &report.evaluation;
    let headers: Vec<String> = crate::t!(crate::i18n::Lang::Fr, "report-steps-sheet-headers")
        .split(';')
        .map(String::from)
        .collect();
    let rows = e
        .open_steps
        .iter()
        .map(|s| {
            vec![
                Cell::text(group_label(e, &s.group)),
                Cell::text(&s.action_title),
                Cell::text(&s.text),
                Cell::text(fr::step_owner(s)),
                Cell::opt_date(s.due),
                Cell::text(fr::yes_no(s.overdue)),
                Cell::Date(s.date),
                s.meeting
                    .as_ref()
                    .map_or(Cell::Empty, |m| Cell::text(m.as_str())),
                Cell::text(format!("{}/{}", s.group, s.action)),
            ]
        })
        .collect();
    list(STEPS_SHEET, headers, rows, 40.0)
}

fn documents(report: &Report) -> Sheet {
    let e = &report.evaluation;
    let headers: Vec<String> = crate::t!(crate::i18n::Lang::Fr, "report-documents-headers")
        .split(';')
        .map(String::from)
        .collect();
    let rows = report
        .documents
        .iter()
        .map(|l| {
            // The link percent-encoded: spreadsheets read `#` and `?` as
            // a place and a query, and `%` as an escape.
            let doc = match (l.href(), super::documents::why_not(l)) {
                (Some(target), _) => Cell::Link {
                    text: l.document.clone(),
                    target,
                    web: l.web,
                },
                (None, Some(why)) => Cell::text(format!("{} ({why})", l.document)),
                (None, None) => Cell::text(&l.document),
            };
            vec![
                Cell::text(group_label(e, &l.group)),
                Cell::text(&l.action_title),
                Cell::text(&l.deliverable),
                Cell::text(fr::yes_no(l.done)),
                doc,
            ]
        })
        .collect();
    list(DOCUMENTS_SHEET, headers, rows, 50.0)
}

fn governance(report: &Report) -> Sheet {
    let headers = [
        "Instance",
        "Attendu à partir du",
        "Attendu jusqu'au",
        "État",
        "Tenu le",
    ]
    .map(String::from)
    .to_vec();
    let rows = report
        .evaluation
        .governance
        .items()
        .map(|it| {
            vec![
                Cell::text(&it.label),
                Cell::Date(it.window_start),
                Cell::Date(it.window_end),
                Cell::text(it.state.label_fr()),
                Cell::opt_date(it.held.first().copied()),
            ]
        })
        .collect();
    list(GOVERNANCE_SHEET, headers, rows, 60.0)
}

fn changes(c: &super::changes::ChangesSince) -> Sheet {
    use super::changes::rows;
    let headers: Vec<String> = crate::t!(crate::i18n::Lang::Fr, "report-changes-headers")
        .split(';')
        .map(String::from)
        .collect();
    let body = rows::rows(&c.changes)
        .iter()
        .map(|r| {
            vec![
                Cell::text(r.kind.title()),
                Cell::text(&r.group),
                Cell::text(&r.action),
                Cell::text(&r.what),
                Cell::opt_date(r.date),
            ]
        })
        .collect();
    let mut s = list(CHANGES_SHEET, headers, body, 60.0);
    s.title = vec![crate::t!(
        crate::i18n::Lang::Fr,
        "report-changes-title",
        since = rows::since_words(c)
    )];
    s
}

/// Every sheet of the workbook, in order; with `--since`, *Évolutions*
/// last and a column of changes on *Actions*.
pub fn workbook(report: &Report) -> Vec<Sheet> {
    let headers = action_headers(report);
    let rows = action_rows(report);
    let mut sheets = vec![
        summary(report),
        list(ACTIONS_SHEET, headers, rows, 26.0),
        alerts(report),
        steps(report),
        governance(report),
    ];
    if let Some(c) = &report.changes {
        sheets.push(changes(c));
    }
    if !report.documents.is_empty() {
        sheets.push(documents(report));
    }
    sheets
}
