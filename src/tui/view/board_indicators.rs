//! The board's indicators tab: the indicators of the selection, and the
//! measurements of the selected one as a sparkline.

use super::board::cut;
use super::{MARK, Styles, block};
use crate::domain::evaluation::TargetState;
use crate::t;
use crate::text::sanitize;
use crate::tui::app::App;
use crate::tui::board::{self, Figures};
use crate::tui::i18n;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Sparkline, Table, TableState};

/// The indicators of the selection, and the sparkline of the selected one.
pub fn draw(app: &App, fig: &Figures, cursor: usize, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let rows = &fig.indicators;
    let panel_h = if area.height >= 12 { 7 } else { 0 };
    let [list_area, panel] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(panel_h)]).areas(area);
    let title = t!(lang, "board-indicators-title");
    if rows.is_empty() {
        f.render_widget(
            Paragraph::new(t!(lang, "board-indicators-empty")).block(block(title, true, st)),
            list_area,
        );
        return;
    }
    let cursor = cursor.min(rows.len() - 1);
    // Only the visible rows are built: a big pact has thousands.
    let visible = usize::from(list_area.height.saturating_sub(3)).max(1);
    let offset = (cursor + 1).saturating_sub(visible);
    let num = |v: Option<f64>| v.map_or("—".to_string(), |v| i18n::number(lang, v));
    let body: Vec<Row> = rows
        .iter()
        .skip(offset)
        .take(visible)
        .map(|r| {
            let (mark, style) = match r.state {
                TargetState::OnTarget => ("✓", st.ok()),
                TargetState::OnTrack => ("→", Style::new()),
                TargetState::OffTarget => ("✗", st.warn()),
                TargetState::NotJudged => ("·", st.dim()),
            };
            let Some((_, a, i)) = r.get(app) else {
                return Row::new(vec![Cell::from("?")]);
            };
            Row::new(vec![
                Cell::from(Span::styled(mark, style)),
                Cell::from(sanitize(&i.label)),
                Cell::from(sanitize(&a.title)),
                Cell::from(format!("{:>8}", num(i.latest().map(|m| m.value)))),
                Cell::from(format!("{:>8}", num(i.target))),
            ])
        })
        .collect();
    let column = |name: &str| t!(lang, "column", name = name);
    let header = Row::new(vec![
        Cell::from(""),
        Cell::from(column("indicator")),
        Cell::from(column("action")),
        Cell::from(format!("{:>8}", column("latest"))),
        Cell::from(format!("{:>8}", column("target"))),
    ])
    .style(st.title());
    let t = Table::new(
        body,
        [
            Constraint::Length(1),
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(8),
            Constraint::Length(8),
        ],
    )
    .header(header)
    .block(block(
        format!("{title} ({}/{})", cursor + 1, rows.len()),
        true,
        st,
    ))
    .row_highlight_style(st.selected())
    .highlight_symbol(MARK)
    .highlight_spacing(HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(cursor - offset));
    f.render_stateful_widget(t, list_area, &mut state);
    if panel_h > 0 {
        sparkline(app, &rows[cursor], st, f, panel);
    }
}

/// The measurements of one indicator, oldest first, as a sparkline scaled
/// so that the top of the chart is the target (or the highest value).
fn sparkline(app: &App, r: &board::IndicatorRow, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some((_, _, ind)) = r.get(app) else {
        return;
    };
    let outer = block(cut(&sanitize(&ind.label), 60), false, st);
    let inner = outer.inner(area);
    f.render_widget(outer, area);
    let ms = &ind.measurements;
    let unit = if ind.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", sanitize(&ind.unit))
    };
    let target = ind
        .target
        .map_or("—".to_string(), |t| i18n::number(lang, t));
    let summary = match ms.last() {
        Some(last) => t!(
            lang,
            "board-spark-summary",
            latest = format!("{}{unit}", i18n::number(lang, last.value)),
            date = i18n::date(lang, last.date),
            target = target,
            count = ms.len()
        ),
        None => t!(lang, "board-spark-never", target = target),
    };
    let [text_area, spark_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    f.render_widget(Paragraph::new(summary), text_area);
    if ms.is_empty() || spark_area.height == 0 || spark_area.width == 0 {
        return;
    }
    // Scale: the target (or the highest value) is the top of the chart.
    let top = ms
        .iter()
        .map(|m| m.value)
        .chain(ind.target)
        .chain(ind.baseline)
        .fold(0.0_f64, f64::max);
    let scale = |v: f64| {
        if top > 0.0 {
            ((v.max(0.0) / top) * 1000.0).round() as u64
        } else {
            0
        }
    };
    // Each measurement a few columns wide, an empty column between them;
    // only the latest measurements that fit.
    let width = usize::from(spark_area.width);
    let per = (width / ms.len().max(1)).clamp(2, 6);
    let fit = (width / per).max(1);
    let shown = &ms[ms.len().saturating_sub(fit)..];
    let mut data: Vec<Option<u64>> = Vec::new();
    for m in shown {
        data.extend(std::iter::repeat_n(Some(scale(m.value)), per - 1));
        data.push(None);
    }
    // The year of each measurement under it, when there is room.
    let (spark_area, years_area) = if spark_area.height >= 3 && per >= 5 {
        let [a, b] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(spark_area);
        (a, Some(b))
    } else {
        (spark_area, None)
    };
    f.render_widget(
        Sparkline::default()
            .data(data)
            .max(1000)
            .style(st.ok())
            .absent_value_symbol(" "),
        spark_area,
    );
    if let Some(years_area) = years_area {
        let labels: String = shown
            .iter()
            .map(|m| format!("{:<per$}", m.date.format("%Y")))
            .collect();
        f.render_widget(Paragraph::new(labels).style(st.dim()), years_area);
    }
}
