//! The Excel workbook, from the sheets of [`super::sheets`]: a summary
//! sheet with a chart under its tables, the actions (the CSV's columns)
//! with filters, the alerts, the open next steps and the governance
//! calendar. Numbers are numbers and dates are dates (shown dd/mm/yyyy).
//! Every sheet prints on A4 (landscape when wide), fitted to the page's
//! width, its header row repeated, with a footer naming the report, its
//! date and the page.

use super::sheets::{self, Block, Cell, Look, Sheet};
use super::{Report, fr};
use crate::domain::Status;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Chart, ChartType, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

pub use super::sheets::{
    ACTIONS_SHEET, ALERTS_SHEET, CHANGES_SHEET, GOVERNANCE_SHEET, STEPS_SHEET, SUMMARY_SHEET,
};

/// Row (0-based) of the status × territory table's header on the summary
/// sheet (under the three title lines and the 14 key figures).
pub const TERRITORY_TABLE_ROW: u32 = 21;

/// Excel's longest cell text.
const MAX_CELL: usize = 32_000;

/// A4 in Excel's paper sizes.
const A4: u8 = 9;

fn text(s: &str) -> String {
    crate::text::sanitize(s).chars().take(MAX_CELL).collect()
}

fn excel_date(d: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let y = u16::try_from(d.year()).map_err(|_| XlsxError::DateTimeRangeError("year".into()))?;
    ExcelDateTime::from_ymd(y, d.month() as u8, d.day() as u8)
}

struct Styles {
    title: Format,
    bold: Format,
    header: Format,
    date: Format,
    decimal: Format,
    int: Format,
    note: Format,
    wrap: Format,
}

fn styles() -> Styles {
    Styles {
        title: Format::new()
            .set_bold()
            .set_font_size(16)
            .set_font_color("1F4E79"),
        bold: Format::new().set_bold(),
        header: Format::new()
            .set_bold()
            .set_font_color("FFFFFF")
            .set_background_color("1F4E79")
            .set_border_bottom(FormatBorder::Thin)
            .set_text_wrap()
            .set_align(FormatAlign::VerticalCenter),
        date: Format::new().set_num_format("dd/mm/yyyy"),
        decimal: Format::new().set_num_format("0.0"),
        int: Format::new().set_num_format("0"),
        note: Format::new().set_italic().set_font_color("52606D"),
        wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
    }
}

fn cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    v: &Cell,
    st: &Styles,
    bold: bool,
    wrap: bool,
) -> Result<(), XlsxError> {
    match v {
        Cell::Empty => {}
        Cell::Text(s) if wrap => {
            ws.write_string_with_format(r, c, text(s), &st.wrap)?;
        }
        Cell::Text(s) if bold => {
            ws.write_string_with_format(r, c, text(s), &st.bold)?;
        }
        Cell::Text(s) => {
            ws.write_string(r, c, text(s))?;
        }
        Cell::Int(n) => {
            let f = if bold {
                st.int.clone().set_bold()
            } else {
                st.int.clone()
            };
            ws.write_number_with_format(r, c, *n, &f)?;
        }
        Cell::Decimal(n) => {
            let f = if bold {
                st.decimal.clone().set_bold()
            } else {
                st.decimal.clone()
            };
            ws.write_number_with_format(r, c, *n, &f)?;
        }
        Cell::Date(d) => {
            ws.write_datetime_with_format(r, c, excel_date(*d)?, &st.date)?;
        }
        Cell::Link {
            text: t,
            target,
            web,
        } => {
            // A file's link is relative to the workbook (xlsxwriter stores
            // a relative `file:///` path without its scheme).
            let url = if *web {
                target.clone()
            } else {
                format!("file:///{target}")
            };
            ws.write_url_with_text(r, c, url.as_str(), text(t))?;
        }
    }
    Ok(())
}

/// The footer of every printed page: the report's title, its date, the page.
pub fn footer(report: &Report) -> String {
    // Excel's header and footer hold at most 255 characters.
    let line: String = report.footer_line().chars().take(180).collect();
    let esc = |s: &str| text(s).replace('&', "&&");
    let page = crate::t!(crate::i18n::Lang::Fr, "report-page");
    format!("&L&8{}&R&8{} &P / &N", esc(&line), esc(&page))
}

fn block(
    ws: &mut Worksheet,
    sheet: &Sheet,
    i: usize,
    b: &Block,
    st: &Styles,
) -> Result<(), XlsxError> {
    let h = sheet.header_row(i);
    if let Some(t) = &b.title {
        ws.write_string_with_format(h - 1, 0, text(t), &st.bold)?;
    }
    for (j, head) in b.headers.iter().enumerate() {
        ws.write_string_with_format(h, j as u16, text(head), &st.header)?;
    }
    let last = b.rows.len().saturating_sub(1);
    for (k, row) in b.rows.iter().enumerate() {
        let bold = matches!(b.look, Look::Figures { total: true }) && k == last;
        for (j, v) in row.iter().enumerate() {
            cell(
                ws,
                h + 1 + k as u32,
                j as u16,
                v,
                st,
                bold,
                b.look == Look::List,
            )?;
        }
    }
    if let Some(n) = &b.note {
        ws.write_string_with_format(h + 1 + b.rows.len() as u32, 0, text(n), &st.note)?;
    }
    // Rows as tall as their wrapped texts (spreadsheets do not measure
    // them on opening).
    let head = sheet.lines(b.headers.iter().map(String::as_str).enumerate());
    ws.set_row_height(h, Sheet::height(head))?;
    if b.look == Look::List {
        for (k, row) in b.rows.iter().enumerate() {
            let n = sheet.lines(row.iter().enumerate().filter_map(|(j, c)| match c {
                Cell::Text(s) | Cell::Link { text: s, .. } => Some((j, s.as_str())),
                _ => None,
            }));
            if n > 1 {
                ws.set_row_height(h + 1 + k as u32, Sheet::height(n))?;
            }
        }
        let cols = b.headers.len().saturating_sub(1) as u16;
        ws.autofilter(h, 0, h + b.rows.len() as u32, cols)?;
        ws.set_freeze_panes(h + 1, 0)?;
        ws.set_repeat_rows(h, h)?;
    }
    Ok(())
}

/// The stacked bars of statuses by territory, placed under the tables.
fn chart(ws: &mut Worksheet, sheet: &Sheet, territories: usize) -> Result<(), XlsxError> {
    let h = sheet.header_row(1);
    let last = h + territories as u32;
    let mut chart = Chart::new(ChartType::BarStacked);
    for (j, s) in Status::ALL.iter().enumerate() {
        let col = 1 + j as u16;
        chart
            .add_series()
            .set_name((sheet.name, h, col))
            .set_categories((sheet.name, h + 1, 0, last, 0))
            .set_values((sheet.name, h + 1, col, last, col))
            .set_format(rust_xlsxwriter::ChartFormat::new().set_solid_fill(
                rust_xlsxwriter::ChartSolidFill::new().set_color(fr::status_colour(*s)),
            ));
    }
    chart
        .title()
        .set_name("Actions par statut et par territoire");
    chart.y_axis().set_reverse();
    chart.set_width(900).set_height(360);
    ws.insert_chart(sheet.end_row(), 0, &chart)?;
    Ok(())
}

fn write(wb: &mut Workbook, sheet: &Sheet, report: &Report, st: &Styles) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(sheet.name)?;
    ws.set_paper_size(A4);
    if sheet.landscape {
        ws.set_landscape();
    } else {
        ws.set_portrait();
    }
    // Fitted to the width; the summary on one page.
    let tall = u16::from(sheet.name != SUMMARY_SHEET);
    ws.set_print_fit_to_pages(1, 1 - tall);
    ws.set_footer(footer(report));
    for (i, line) in sheet.title.iter().enumerate() {
        if i == 0 {
            ws.write_string_with_format(0, 0, text(line), &st.title)?;
        } else {
            ws.write_string(i as u32, 0, text(line))?;
        }
    }
    for (i, b) in sheet.blocks.iter().enumerate() {
        block(ws, sheet, i, b, st)?;
    }
    for (j, w) in sheet.widths.iter().enumerate() {
        ws.set_column_width(j as u16, *w)?;
    }
    let territories = report.evaluation.territories.len();
    if sheet.name == SUMMARY_SHEET && territories > 0 {
        chart(ws, sheet, territories)?;
    }
    Ok(())
}

/// The workbook's bytes; with `--since`, an *Évolutions* sheet and a
/// column of changes on *Actions*.
pub fn render(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let st = styles();
    let mut wb = Workbook::new();
    for sheet in sheets::workbook(report) {
        write(&mut wb, &sheet, report, &st)?;
    }
    wb.save_to_buffer()
}
