//! The Excel workbook: a summary sheet with a chart, the actions with
//! filters, the alerts, the open next steps (overdue ones flagged) and the
//! governance calendar. Numbers are numbers and
//! dates are dates (shown dd/mm/yyyy).

use super::{Report, fr};
use crate::domain::Status;
use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{
    Chart, ChartType, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

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

/// Row (0-based) of the status × territory table's header on the summary sheet.
pub const TERRITORY_TABLE_ROW: u32 = 20;

/// Excel's longest cell text.
const MAX_CELL: usize = 32_000;

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
    pct: Format,
    num: Format,
    note: Format,
}

fn styles() -> Styles {
    let header = Format::new()
        .set_bold()
        .set_font_color("FFFFFF")
        .set_background_color("1F4E79")
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    Styles {
        title: Format::new()
            .set_bold()
            .set_font_size(16)
            .set_font_color("1F4E79"),
        bold: Format::new().set_bold(),
        header,
        date: Format::new().set_num_format("dd/mm/yyyy"),
        pct: Format::new().set_num_format("0.0"),
        num: Format::new().set_num_format("0"),
        note: Format::new().set_italic().set_font_color("52606D"),
    }
}

fn write_opt_date(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    d: Option<NaiveDate>,
    f: &Format,
) -> Result<(), XlsxError> {
    if let Some(d) = d {
        ws.write_datetime_with_format(row, col, excel_date(d)?, f)?;
    }
    Ok(())
}

fn write_opt_num(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    v: Option<f64>,
    f: &Format,
) -> Result<(), XlsxError> {
    if let Some(v) = v {
        ws.write_number_with_format(row, col, v, f)?;
    }
    Ok(())
}

fn summary(wb: &mut Workbook, report: &Report, st: &Styles) -> Result<(), XlsxError> {
    let e = &report.evaluation;
    let t = &e.totals;
    let ws = wb.add_worksheet().set_name(SUMMARY_SHEET)?;
    ws.write_string_with_format(0, 0, text(&report.title()), &st.title)?;
    ws.write_string(1, 0, text(&report.scope()))?;
    ws.write_string(2, 0, "Chiffres au")?;
    ws.write_datetime_with_format(2, 1, excel_date(e.today)?, &st.date)?;
    ws.write_string_with_format(4, 0, "Chiffre clé", &st.header)?;
    ws.write_string_with_format(4, 1, "Valeur", &st.header)?;
    let [open_steps, overdue_steps] = fr::step_column_headers();
    let figures: [(&str, Option<f64>); 14] = [
        ("Groupes de travail", Some(t.groups as f64)),
        ("Actions", Some(t.actions as f64)),
        (
            "Projets réalisés (en fonctionnement ou totalement réalisés)",
            Some(t.projects_realised as f64),
        ),
        ("Expérimentations", Some(t.experiments as f64)),
        ("Avancement moyen (%)", t.average_progress),
        ("Actions en retard", Some(t.overdue_actions as f64)),
        (&open_steps, Some(t.open_steps as f64)),
        (&overdue_steps, Some(t.overdue_steps as f64)),
        (
            "Groupes avec pilote et co-pilote de deux structures",
            Some(t.groups_with_two_organisations as f64),
        ),
        (
            "Réunions des groupes (concertations)",
            Some(t.meetings as f64),
        ),
        ("Participants aux réunions", Some(t.participants as f64)),
        (
            "Indicateurs atteignant la cible",
            Some(t.indicators_on_target as f64),
        ),
        (
            "Indicateurs sous la cible",
            Some(t.indicators_off_target as f64),
        ),
        (
            "Indicateurs non mesurés dans l'année",
            Some(t.indicators_not_measured as f64),
        ),
    ];
    for (i, (label, v)) in figures.iter().enumerate() {
        let row = 5 + i as u32;
        ws.write_string(row, 0, *label)?;
        let f = if label.contains("(%)") {
            &st.pct
        } else {
            &st.num
        };
        write_opt_num(ws, row, 1, *v, f)?;
    }

    // Status × territory table, then the whole pact.
    let h = TERRITORY_TABLE_ROW;
    ws.write_string_with_format(h - 1, 0, "Actions par statut et par territoire", &st.bold)?;
    ws.write_string_with_format(h, 0, "Territoire", &st.header)?;
    for (j, s) in Status::ALL.iter().enumerate() {
        ws.write_string_with_format(h, 1 + j as u16, fr::status(*s), &st.header)?;
    }
    ws.write_string_with_format(h, 7, "Total", &st.header)?;
    ws.write_string_with_format(h, 8, "Avancement moyen (%)", &st.header)?;
    for (i, x) in e.territories.iter().enumerate() {
        let row = h + 1 + i as u32;
        ws.write_string(row, 0, text(&x.name))?;
        for (j, (_, n)) in x.actions_by_status.iter().enumerate() {
            ws.write_number(row, 1 + j as u16, n as f64)?;
        }
        ws.write_number(row, 7, x.actions as f64)?;
        write_opt_num(ws, row, 8, x.average_progress, &st.pct)?;
    }
    let total_row = h + 1 + e.territories.len() as u32;
    ws.write_string_with_format(total_row, 0, "Ensemble (sans double compte)", &st.bold)?;
    for (j, (_, n)) in e.actions_by_status.iter().enumerate() {
        ws.write_number_with_format(total_row, 1 + j as u16, n as f64, &st.bold)?;
    }
    ws.write_number_with_format(total_row, 7, t.actions as f64, &st.bold)?;
    write_opt_num(ws, total_row, 8, t.average_progress, &st.pct)?;
    ws.write_string_with_format(
        total_row + 1,
        0,
        "Un groupe présent sur plusieurs territoires est compté dans chacun d'eux.",
        &st.note,
    )?;
    ws.set_column_width(0, 52)?;
    ws.set_column_range_width(1, 8, 13)?;

    if !e.territories.is_empty() {
        let mut chart = Chart::new(ChartType::BarStacked);
        let last = h + e.territories.len() as u32;
        for (j, s) in Status::ALL.iter().enumerate() {
            let col = 1 + j as u16;
            chart
                .add_series()
                .set_name((SUMMARY_SHEET, h, col))
                .set_categories((SUMMARY_SHEET, h + 1, 0, last, 0))
                .set_values((SUMMARY_SHEET, h + 1, col, last, col))
                .set_format(rust_xlsxwriter::ChartFormat::new().set_solid_fill(
                    rust_xlsxwriter::ChartSolidFill::new().set_color(fr::status_colour(*s)),
                ));
        }
        chart
            .title()
            .set_name("Actions par statut et par territoire");
        chart.y_axis().set_reverse();
        chart.set_width(720).set_height(380);
        ws.insert_chart(4, 3, &chart)?;
    }
    Ok(())
}

/// Header of the actions sheet.
pub const ACTION_HEADERS: [&str; 17] = [
    "Territoires",
    "Groupe",
    "Axe",
    "Thématiques",
    "Pilote",
    "Co-pilote",
    "Action",
    "Statut",
    "Avancement (%)",
    "Début",
    "Échéance",
    "En retard",
    "Expérimentation",
    "Indicateurs",
    "Sous la cible",
    "Atteinte moyenne des cibles (%)",
    "Identifiant",
];

fn actions(wb: &mut Workbook, report: &Report, st: &Styles) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(ACTIONS_SHEET)?;
    let headers: Vec<String> = ACTION_HEADERS
        .iter()
        .map(|h| h.to_string())
        .chain(fr::step_column_headers())
        .collect();
    for (j, h) in headers.iter().enumerate() {
        ws.write_string_with_format(0, j as u16, h, &st.header)?;
    }
    let changed = report
        .changes
        .as_ref()
        .map(|c| super::changes::rows::rows(&c.changes));
    if let Some(c) = &report.changes {
        let h = super::csv_excel::changes_header(c);
        ws.write_string_with_format(0, headers.len() as u16, text(&h), &st.header)?;
        ws.set_column_width(headers.len() as u16, 60)?;
    }
    let rows = &report.evaluation.actions;
    for (i, a) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        ws.write_string(r, 0, text(&a.territory_names.join(", ")))?;
        ws.write_string(r, 1, text(&a.group_name))?;
        ws.write_number(r, 2, f64::from(a.axis_number))?;
        ws.write_string(r, 3, text(&a.themes.join(", ")))?;
        ws.write_string(r, 4, text(a.pilot.as_deref().unwrap_or("")))?;
        ws.write_string(r, 5, text(a.copilot.as_deref().unwrap_or("")))?;
        ws.write_string(r, 6, text(&a.title))?;
        ws.write_string(r, 7, fr::status(a.status))?;
        ws.write_number(r, 8, f64::from(a.progress))?;
        write_opt_date(ws, r, 9, a.start, &st.date)?;
        write_opt_date(ws, r, 10, a.due, &st.date)?;
        ws.write_string(r, 11, fr::yes_no(a.overdue))?;
        ws.write_string(r, 12, fr::yes_no(a.experimentation))?;
        ws.write_number(r, 13, a.indicators as f64)?;
        ws.write_number(r, 14, a.indicators_off_target as f64)?;
        write_opt_num(ws, r, 15, a.attainment, &st.pct)?;
        ws.write_string(r, 16, format!("{}/{}", a.group, a.action))?;
        ws.write_number(r, 17, a.open_steps as f64)?;
        ws.write_number(r, 18, a.overdue_steps as f64)?;
        if let Some(c) = &changed {
            ws.write_string(
                r,
                headers.len() as u16,
                text(&super::changes::rows::of_action(
                    c,
                    a.group.as_str(),
                    a.action.as_str(),
                )),
            )?;
        }
    }
    let last = headers.len() - usize::from(changed.is_none());
    ws.autofilter(0, 0, rows.len() as u32, last as u16)?;
    ws.set_freeze_panes(1, 0)?;
    let widths = [
        24.0, 30.0, 6.0, 24.0, 20.0, 20.0, 44.0, 18.0, 12.0, 11.0, 11.0, 9.0, 10.0, 11.0, 10.0,
        14.0, 34.0, 12.0, 12.0,
    ];
    for (j, w) in widths.iter().enumerate() {
        ws.set_column_width(j as u16, *w)?;
    }
    ws.set_row_height(0, 30)?;
    Ok(())
}

fn alerts(wb: &mut Workbook, report: &Report, st: &Styles) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(ALERTS_SHEET)?;
    for (j, h) in ["Type", "Alerte", "Groupe", "Action"].iter().enumerate() {
        ws.write_string_with_format(0, j as u16, *h, &st.header)?;
    }
    for (i, a) in report.alerts.iter().enumerate() {
        let r = 1 + i as u32;
        ws.write_string(r, 0, a.kind.label_fr())?;
        ws.write_string(r, 1, text(&a.message))?;
        ws.write_string(
            r,
            2,
            a.group.as_ref().map(|g| g.to_string()).unwrap_or_default(),
        )?;
        ws.write_string(
            r,
            3,
            a.action.as_ref().map(|g| g.to_string()).unwrap_or_default(),
        )?;
    }
    ws.autofilter(0, 0, report.alerts.len() as u32, 3)?;
    ws.set_freeze_panes(1, 0)?;
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 100)?;
    ws.set_column_range_width(2, 3, 24)?;
    Ok(())
}

/// The open next steps, overdue ones flagged, with a filter.
fn steps(wb: &mut Workbook, report: &Report, st: &Styles) -> Result<(), XlsxError> {
    use crate::i18n::Lang;
    let ws = wb.add_worksheet().set_name(STEPS_SHEET)?;
    let headers = crate::t!(Lang::Fr, "report-steps-sheet-headers");
    let n = headers.split(';').count();
    for (j, h) in headers.split(';').enumerate() {
        ws.write_string_with_format(0, j as u16, h, &st.header)?;
    }
    let rows = &report.evaluation.open_steps;
    for (i, s) in rows.iter().enumerate() {
        let r = 1 + i as u32;
        ws.write_string(r, 0, text(&s.group_name))?;
        ws.write_string(r, 1, text(&s.action_title))?;
        ws.write_string(r, 2, text(&s.text))?;
        ws.write_string(r, 3, text(&fr::step_owner(s)))?;
        write_opt_date(ws, r, 4, s.due, &st.date)?;
        ws.write_string(r, 5, fr::yes_no(s.overdue))?;
        ws.write_datetime_with_format(r, 6, excel_date(s.date)?, &st.date)?;
        ws.write_string(
            r,
            7,
            s.meeting
                .as_ref()
                .map(|m| m.to_string())
                .unwrap_or_default(),
        )?;
        ws.write_string(r, 8, format!("{}/{}", s.group, s.action))?;
    }
    ws.autofilter(0, 0, rows.len() as u32, n.saturating_sub(1) as u16)?;
    ws.set_freeze_panes(1, 0)?;
    let widths = [30.0, 36.0, 60.0, 28.0, 11.0, 9.0, 11.0, 12.0, 34.0];
    for (j, w) in widths.iter().enumerate() {
        ws.set_column_width(j as u16, *w)?;
    }
    ws.set_row_height(0, 30)?;
    Ok(())
}

fn governance(wb: &mut Workbook, report: &Report, st: &Styles) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(GOVERNANCE_SHEET)?;
    for (j, h) in [
        "Instance",
        "Attendu à partir du",
        "Attendu jusqu'au",
        "État",
        "Tenu le",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string_with_format(0, j as u16, *h, &st.header)?;
    }
    for (i, it) in report.evaluation.governance.items().enumerate() {
        let r = 1 + i as u32;
        ws.write_string(r, 0, text(&it.label))?;
        ws.write_datetime_with_format(r, 1, excel_date(it.window_start)?, &st.date)?;
        ws.write_datetime_with_format(r, 2, excel_date(it.window_end)?, &st.date)?;
        ws.write_string(r, 3, it.state.label_fr())?;
        write_opt_date(ws, r, 4, it.held.first().copied(), &st.date)?;
    }
    ws.set_column_width(0, 56)?;
    ws.set_column_range_width(1, 4, 18)?;
    Ok(())
}

/// One row per change since the date or revision asked.
fn changes(
    wb: &mut Workbook,
    c: &super::changes::ChangesSince,
    st: &Styles,
) -> Result<(), XlsxError> {
    use super::changes::rows;
    let ws = wb.add_worksheet().set_name(CHANGES_SHEET)?;
    let title = crate::t!(
        crate::i18n::Lang::Fr,
        "report-changes-title",
        since = rows::since_words(c)
    );
    ws.write_string_with_format(0, 0, text(&title), &st.title)?;
    let headers = crate::t!(crate::i18n::Lang::Fr, "report-changes-headers");
    for (j, h) in headers.split(';').enumerate() {
        ws.write_string_with_format(2, j as u16, h, &st.header)?;
    }
    let list = rows::rows(&c.changes);
    for (i, row) in list.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write_string(r, 0, text(&row.kind.title()))?;
        ws.write_string(r, 1, text(&row.group))?;
        ws.write_string(r, 2, text(&row.action))?;
        ws.write_string(r, 3, text(&row.what))?;
        write_opt_date(ws, r, 4, row.date, &st.date)?;
    }
    ws.autofilter(2, 0, 2 + list.len() as u32, 4)?;
    ws.set_freeze_panes(3, 0)?;
    for (j, w) in [28.0, 30.0, 40.0, 60.0, 12.0].iter().enumerate() {
        ws.set_column_width(j as u16, *w)?;
    }
    Ok(())
}

/// The workbook's bytes; with `--since`, an *Évolutions* sheet and a
/// column of changes on *Actions*.
pub fn render(report: &Report) -> Result<Vec<u8>, XlsxError> {
    let st = styles();
    let mut wb = Workbook::new();
    summary(&mut wb, report, &st)?;
    actions(&mut wb, report, &st)?;
    alerts(&mut wb, report, &st)?;
    steps(&mut wb, report, &st)?;
    governance(&mut wb, report, &st)?;
    if let Some(c) = &report.changes {
        changes(&mut wb, c, &st)?;
    }
    wb.save_to_buffer()
}
