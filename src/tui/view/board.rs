//! The status board: key figures, territory × status and axis × status
//! tables with progress gauges and a bar chart of the selected row, and the
//! indicators of the selection with a sparkline of the selected one.
//!
//! Every figure comes from the cached evaluation (`App::board`), the one
//! `pacte report` prints: nothing is counted here.

use super::{MARK, Styles, bar, block};
use crate::domain::Status;
use crate::domain::evaluation::{Evaluation, StatusCounts};
use crate::t;
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::App;
use crate::tui::board::{self, BoardState, BoardTab, Figures};
use crate::tui::i18n;
use crate::tui::msg::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Cell, Gauge, HighlightSpacing, Paragraph, Row, Table,
    TableState, Tabs,
};

/// Draws the board.
pub fn draw(app: &App, b: &BoardState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some((fig, stale)) = board::shown(app, &b.scope) else {
        let msg = if app.ws.referential.is_none() {
            t!(lang, "view-no-referential")
        } else {
            t!(lang, "board-computing")
        };
        f.render_widget(Paragraph::new(msg).style(st.error()), area);
        return;
    };
    let e = fig.evaluation();
    let inner_w = area.width;
    let figure_lines = wrap_chips(key_figures(app, fig, st), inner_w);
    let fig_h = (figure_lines.len() as u16).min(4) + 1;
    let [fig_area, tabs_area, main] = Layout::vertical([
        Constraint::Length(fig_h),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(area);
    let mut title = t!(
        lang,
        "board-key-figures",
        selection = selection_label(app, e),
        year = year_label(lang, e)
    );
    if stale {
        // The figures before the last edit, while they are computed again.
        title = t!(lang, "board-stale", title = title);
    }
    let fig_block = Block::default()
        .borders(Borders::TOP)
        .title(Span::styled(format!(" {} ", sanitize(&title)), st.title()));
    f.render_widget(Paragraph::new(figure_lines).block(fig_block), fig_area);
    draw_tabs(app, b, fig, st, f, tabs_area);
    match b.tab {
        BoardTab::Territories => {
            let rows: Vec<TableRow> = e
                .territories
                .iter()
                .map(|t| TableRow {
                    name: sanitize(&t.name),
                    groups: t.groups,
                    by_status: t.actions_by_status,
                    overdue: Some(t.overdue_actions),
                    progress: t.average_progress,
                    detail: vec![
                        Detail::count("realised", t.projects_realised as u64),
                        Detail::count("meetings", t.meetings as u64),
                        Detail::count("participants", t.participants),
                        Detail {
                            figure: format!("{}/{}", t.groups_with_two_organisations, t.groups),
                            what: "two-organisations-short",
                            count: t.groups as u64,
                        },
                    ],
                })
                .chain(std::iter::once(total_row(app, e)))
                .collect();
            status_table(
                app,
                &t!(lang, "column", name = "territory"),
                &t!(lang, "board-table-title", rows = "territories"),
                &rows,
                b.territory,
                st,
                f,
                main,
            );
        }
        BoardTab::Axes => {
            let rows: Vec<TableRow> = e
                .axes
                .iter()
                .map(|a| TableRow {
                    name: sanitize(&format!("{}. {}", a.number, a.title)),
                    groups: a.groups,
                    by_status: a.actions_by_status,
                    overdue: None,
                    progress: a.average_progress,
                    detail: vec![
                        Detail::count("realised", a.projects_realised as u64),
                        Detail::count("experiments", a.experiments as u64),
                        Detail::count("on-target-short", a.indicators_on_target as u64),
                        Detail::count("off-target-short", a.indicators_off_target as u64),
                    ],
                })
                .chain(std::iter::once(total_row(app, e)))
                .collect();
            status_table(
                app,
                &t!(lang, "column", name = "axis"),
                &t!(lang, "board-table-title", rows = "axes"),
                &rows,
                b.axis,
                st,
                f,
                main,
            );
        }
        BoardTab::Indicators => super::board_indicators::draw(app, fig, b.indicator, st, f, main),
    }
}

/// "Étang de Thau · Axe 1", or the whole pact.
fn selection_label(app: &App, e: &Evaluation) -> String {
    let lang = app.lang;
    let s = &e.selection;
    let mut parts = Vec::new();
    if let Some(t) = &s.territory {
        parts.push(
            e.territories
                .iter()
                .find(|x| &x.id == t)
                .map_or(t.to_string(), |x| x.name.clone()),
        );
    }
    if let Some(a) = &s.axis {
        parts.push(
            e.axes
                .iter()
                .find(|x| &x.id == a)
                .map_or(a.to_string(), |x| {
                    t!(lang, "axis-number", number = x.number)
                }),
        );
    }
    if let Some(t) = &s.theme {
        parts.push(
            e.themes
                .iter()
                .find(|x| &x.id == t)
                .map_or(t.to_string(), |x| x.title.clone()),
        );
    }
    if parts.is_empty() {
        t!(lang, "board-whole-pact")
    } else {
        parts.join(" · ")
    }
}

/// The reference year of the figures: `année 2025`, `toute la période`.
pub fn year_label(lang: Lang, e: &Evaluation) -> String {
    match e.selection.year {
        Some(y) => t!(lang, "board-year", year = y),
        None => t!(lang, "board-all-years"),
    }
}

/// One figure: a number and what it counts.
struct Chip {
    spans: Vec<Span<'static>>,
}

impl Chip {
    fn width(&self) -> usize {
        self.spans.iter().map(|s| s.content.chars().count()).sum()
    }
}

fn chip(n: impl ToString, label: &str, st: &Styles, warn: bool) -> Chip {
    let n = n.to_string();
    let style = if warn && n != "0" {
        st.warn().add_modifier(Modifier::BOLD)
    } else {
        Style::new().add_modifier(Modifier::BOLD)
    };
    Chip {
        spans: vec![Span::styled(n, style), Span::raw(format!(" {label}"))],
    }
}

fn key_figures(app: &App, fig: &Figures, st: &Styles) -> Vec<Chip> {
    let lang = app.lang;
    let t = &fig.evaluation().totals;
    let progress = t.average_progress.map_or("—".to_string(), |p| {
        t!(lang, "board-percent", value = i18n::number(lang, p))
    });
    let word = |what: &str, n: usize| t!(lang, "board-figure", what = what, count = n);
    let alerts = fig.alerts().len();
    vec![
        chip(t.groups, &word("groups", t.groups), st, false),
        chip(t.actions, &word("actions", t.actions), st, false),
        chip(
            t.projects_realised,
            &word("realised", t.projects_realised),
            st,
            false,
        ),
        chip(
            t.experiments,
            &word("experiments", t.experiments),
            st,
            false,
        ),
        chip(
            t.overdue_actions,
            &word("overdue", t.overdue_actions),
            st,
            true,
        ),
        chip(t.open_steps, &word("open-steps", t.open_steps), st, false),
        chip(
            t.overdue_steps,
            &word("overdue-steps", t.overdue_steps),
            st,
            true,
        ),
        chip(progress, &word("average-progress", 0), st, false),
        chip(t.meetings, &word("meetings", t.meetings), st, false),
        chip(
            t.participants,
            &t!(
                lang,
                "board-figure",
                what = "participants",
                count = t.participants
            ),
            st,
            false,
        ),
        chip(
            format!("{}/{}", t.groups_with_two_organisations, t.groups),
            &word("two-organisations", t.groups),
            st,
            false,
        ),
        chip(
            t.indicators_off_target,
            &word("off-target", t.indicators_off_target),
            st,
            true,
        ),
        chip(
            t.indicators_not_measured,
            &word("not-measured", t.indicators_not_measured),
            st,
            true,
        ),
        chip(
            alerts,
            &t!(
                lang,
                "board-alerts",
                count = alerts,
                key = app.keymap.first_key_in(Command::Alerts, lang)
            ),
            st,
            true,
        ),
    ]
}

/// Lays chips out on lines of at most `width` cells, separated by " · ".
fn wrap_chips(chips: Vec<Chip>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut lines = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for c in chips {
        let w = c.width();
        if used > 0 && used + 3 + w > width {
            lines.push(Line::from(std::mem::take(&mut cur)));
            used = 0;
        }
        if used > 0 {
            cur.push(Span::raw(" · "));
            used += 3;
        }
        used += w;
        cur.extend(c.spans);
    }
    if !cur.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

fn draw_tabs(app: &App, b: &BoardState, fig: &Figures, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let titles = vec![
        t!(lang, "board-tab", tab = "territories", count = 0),
        t!(lang, "board-tab", tab = "axes", count = 0),
        t!(
            lang,
            "board-tab",
            tab = "indicators",
            count = fig.indicators.len()
        ),
    ];
    let selected = BoardTab::ALL.iter().position(|t| *t == b.tab);
    let k = |c| app.keymap.first_key_in(c, lang);
    let hint = t!(
        lang,
        "board-tabs-hint",
        tab = k(Command::NextPane),
        previous = k(Command::PrevYear),
        next = k(Command::NextYear)
    );
    // The figures are the pact's (as in the reports): a filter on status,
    // public, pilot or lateness does not narrow them; say so instead.
    let ignored = app.filter.on_actions() || app.filter.pilot.is_some();
    let (hint, hint_style) = if ignored {
        (t!(lang, "board-filter-ignored"), st.warn())
    } else {
        (hint, st.dim())
    };
    let hint_w = hint.chars().count() as u16;
    let tabs_w: u16 = titles.iter().map(|t| t.chars().count() as u16 + 3).sum();
    let [left, right] = Layout::horizontal([
        Constraint::Min(0),
        Constraint::Length(if area.width > tabs_w + hint_w {
            hint_w
        } else {
            0
        }),
    ])
    .areas(area);
    f.render_widget(
        Tabs::new(titles)
            .select(selected)
            .style(st.dim())
            .highlight_style(st.focus().add_modifier(Modifier::REVERSED)),
        left,
    );
    f.render_widget(Paragraph::new(hint).style(hint_style), right);
}

/// A row of a status table.
struct TableRow {
    name: String,
    groups: usize,
    by_status: StatusCounts,
    overdue: Option<usize>,
    progress: Option<f64>,
    detail: Vec<Detail>,
}

/// A figure under the chart of the selected row: `3 réunions`. Its words
/// are looked up when the row is drawn, not for every row.
struct Detail {
    /// The figure as shown.
    figure: String,
    /// What it counts, for the catalogue's `board-figure`.
    what: &'static str,
    /// The number that picks the plural.
    count: u64,
}

impl Detail {
    fn count(what: &'static str, n: u64) -> Detail {
        Detail {
            figure: n.to_string(),
            what,
            count: n,
        }
    }
}

fn total_row(app: &App, e: &Evaluation) -> TableRow {
    let t = &e.totals;
    TableRow {
        name: t!(app.lang, "board-total"),
        groups: t.groups,
        by_status: e.actions_by_status,
        overdue: Some(t.overdue_actions),
        progress: t.average_progress,
        detail: vec![
            Detail::count("realised", t.projects_realised as u64),
            Detail::count("experiments", t.experiments as u64),
            Detail::count("meetings", t.meetings as u64),
            Detail::count("participants", t.participants),
        ],
    }
}

/// Column header of a status, `w` cells at most.
fn status_head(lang: Lang, s: Status, w: usize) -> String {
    let full = i18n::status_short(lang, s);
    let full = full.as_str();
    let mut h: String = full.chars().take(w).collect();
    if h.chars().count() < full.chars().count() && !h.ends_with('.') && w >= 4 {
        h = full.chars().take(w - 1).collect::<String>() + ".";
    }
    format!("{h:>w$}")
}

/// Cuts `s` to `w` cells, with an ellipsis.
pub(super) fn cut(s: &str, w: usize) -> String {
    if s.chars().count() <= w {
        s.to_string()
    } else if w == 0 {
        String::new()
    } else {
        let t: String = s.chars().take(w - 1).collect();
        format!("{}…", t.trim_end())
    }
}

#[allow(clippy::too_many_arguments)]
fn status_table(
    app: &App,
    first: &str,
    title: &str,
    rows: &[TableRow],
    cursor: usize,
    st: &Styles,
    f: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let wide = area.width >= 76;
    let sw: usize = if wide { 5 } else { 4 };
    let bar_w = if wide { 7 } else { 0 };
    let prog_w = if wide { bar_w + 5 } else { 4 };
    let want_h = rows.len() as u16 + 3;
    let detail_h = area.height.saturating_sub(want_h);
    let (table_area, detail_area) = if detail_h >= 5 {
        let [t, d] = Layout::vertical([Constraint::Length(want_h), Constraint::Min(0)]).areas(area);
        (t, Some(d))
    } else {
        (area, None)
    };
    let cursor = cursor.min(rows.len().saturating_sub(1));
    // Axes have no overdue figure of their own: no column then.
    let late = rows.iter().all(|r| r.overdue.is_some());
    let mut header = vec![
        Cell::from(first.to_string()),
        Cell::from(t!(lang, "column", name = "groups-short")),
    ];
    header.extend(
        Status::ALL
            .iter()
            .map(|s| Cell::from(status_head(lang, *s, sw))),
    );
    if late {
        header.push(Cell::from(format!(
            "{:>6}",
            t!(lang, "column", name = "late")
        )));
    }
    header.push(Cell::from(t!(
        lang,
        "column",
        name = if wide { "progress" } else { "progress-short" }
    )));
    let last = rows.len().saturating_sub(1);
    // Width left to the name: borders, marker, fixed columns and spacing.
    let fixed = 3 + 6 * sw + if late { 6 } else { 0 } + prog_w;
    let columns = 2 + 6 + usize::from(late) + 1;
    let name_w = usize::from(area.width).saturating_sub(2 + 2 + fixed + columns - 1);
    let body: Vec<Row> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut cells = vec![
                Cell::from(cut(&r.name, name_w)),
                Cell::from(format!("{:>3}", r.groups)),
            ];
            cells.extend(r.by_status.iter().map(|(s, n)| {
                let style = if n > 0 { st.status(s) } else { st.dim() };
                Cell::from(Span::styled(format!("{n:>sw$}"), style))
            }));
            match r.overdue {
                Some(n) if late && n > 0 => {
                    cells.push(Cell::from(Span::styled(format!("{n:>6}"), st.warn())))
                }
                _ if late => cells.push(Cell::from(Span::styled(format!("{:>6}", "·"), st.dim()))),
                _ => {}
            }
            let pct = r.progress.map(|p| p.round().clamp(0.0, 100.0) as u8);
            let text = match pct {
                Some(p) if wide => format!("{} {p:>3}%", bar(p, bar_w)),
                Some(p) => format!("{p:>3}%"),
                None => format!("{:>w$}", "—", w = prog_w),
            };
            cells.push(Cell::from(text));
            let row = Row::new(cells);
            if i == last {
                row.style(Style::new().add_modifier(Modifier::BOLD))
            } else {
                row
            }
        })
        .collect();
    let mut widths = vec![Constraint::Fill(1), Constraint::Length(3)];
    widths.extend([Constraint::Length(sw as u16); 6]);
    if late {
        widths.push(Constraint::Length(6));
    }
    widths.push(Constraint::Length(prog_w as u16));
    let t = Table::new(body, widths)
        .header(Row::new(header).style(st.title()))
        .block(block(title.to_string(), true, st))
        .row_highlight_style(st.selected())
        .highlight_symbol(MARK)
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(cursor));
    f.render_stateful_widget(t, table_area, &mut state);
    if let (Some(d), Some(r)) = (detail_area, rows.get(cursor)) {
        detail(app, r, st, f, d);
    }
}

/// The selected row: its actions by status as a bar chart, its average
/// progress as a gauge, and a few figures.
fn detail(app: &App, r: &TableRow, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let outer = Block::default()
        .borders(Borders::ALL)
        .title(Span::styled(format!(" {} ", cut(&r.name, 40)), st.title()));
    let inner = outer.inner(area);
    f.render_widget(outer, area);
    let chart_w = inner.width.min(6 * 6 + 5).min(inner.width * 3 / 5);
    let [chart_area, _, side] = Layout::horizontal([
        Constraint::Length(chart_w),
        Constraint::Length(2),
        Constraint::Min(0),
    ])
    .areas(inner);
    let bar_w = ((chart_w.saturating_sub(5)) / 6).clamp(1, 6);
    let bars: Vec<Bar> = r
        .by_status
        .iter()
        .map(|(s, n)| {
            Bar::default()
                .value(n as u64)
                .label(Line::from(cut(
                    &i18n::status_short(lang, s),
                    usize::from(bar_w),
                )))
                .style(st.status(s))
                .value_style(st.selected())
        })
        .collect();
    f.render_widget(
        BarChart::default()
            .data(BarGroup::default().bars(&bars))
            .bar_width(bar_w)
            .bar_gap(1),
        chart_area,
    );
    if side.width < 8 || side.height == 0 {
        return;
    }
    let [gauge_area, lines_area] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(side);
    let ratio = r.progress.map_or(0.0, |p| (p / 100.0).clamp(0.0, 1.0));
    let label = r.progress.map_or("—".to_string(), |p| {
        t!(lang, "board-gauge", value = i18n::number(lang, p))
    });
    f.render_widget(
        Gauge::default()
            .ratio(ratio)
            .label(label)
            .gauge_style(st.ok().add_modifier(Modifier::REVERSED)),
        gauge_area,
    );
    let lines: Vec<Line> = r
        .detail
        .iter()
        .map(|d| {
            let words = t!(lang, "board-figure", what = d.what, count = d.count);
            Line::from(vec![
                Span::styled(d.figure.clone(), Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(format!(" {words}")),
            ])
        })
        .collect();
    f.render_widget(Paragraph::new(lines), lines_area);
}
