//! The status board: key figures, territory × status and axis × status
//! tables with progress gauges and a bar chart of the selected row, and the
//! indicators of the selection with a sparkline of the selected one.
//!
//! Every figure comes from the cached evaluation (`App::board`), the one
//! `pacte report` prints: nothing is counted here.

use super::{MARK, Styles, bar, block};
use crate::domain::Status;
use crate::domain::evaluation::{Evaluation, StatusCounts, TargetState};
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::App;
use crate::tui::board::{self, BoardState, BoardTab, Figures};
use crate::tui::i18n::{self, tr};
use crate::tui::msg::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Bar, BarChart, BarGroup, Block, Borders, Cell, Gauge, HighlightSpacing, Paragraph, Row,
    Sparkline, Table, TableState, Tabs,
};

/// Draws the board.
pub fn draw(app: &App, b: &BoardState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(fig) = board::figures(app, &b.scope) else {
        let msg = if app.ws.referential.is_none() {
            tr(
                lang,
                "pacte.ron ne se charge pas : voir les problèmes (!)",
                "pacte.ron does not load: see the problems (!)",
            )
        } else {
            tr(lang, "Calcul des chiffres…", "Computing the figures…")
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
    let title = format!(
        "{} — {} · {}",
        tr(lang, "Chiffres clés", "Key figures"),
        selection_label(app, e),
        year_label(lang, e)
    );
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
                        (
                            t.projects_realised.to_string(),
                            i18n::plural(
                                lang,
                                t.projects_realised as u64,
                                "réalisée",
                                "réalisées",
                                "realised",
                                "realised",
                            ),
                        ),
                        (
                            t.meetings.to_string(),
                            i18n::plural(
                                lang,
                                t.meetings as u64,
                                "réunion",
                                "réunions",
                                "meeting",
                                "meetings",
                            ),
                        ),
                        (
                            t.participants.to_string(),
                            i18n::plural(
                                lang,
                                t.participants,
                                "participant",
                                "participants",
                                "participant",
                                "participants",
                            ),
                        ),
                        (
                            format!("{}/{}", t.groups_with_two_organisations, t.groups),
                            tr(lang, "binômes 2 structures", "two-organisation leads"),
                        ),
                    ],
                })
                .chain(std::iter::once(total_row(app, e)))
                .collect();
            status_table(
                app,
                tr(lang, "Territoire", "Territory"),
                tr(lang, "Territoires × statut", "Territories × status"),
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
                        (
                            a.projects_realised.to_string(),
                            i18n::plural(
                                lang,
                                a.projects_realised as u64,
                                "réalisée",
                                "réalisées",
                                "realised",
                                "realised",
                            ),
                        ),
                        (
                            a.experiments.to_string(),
                            i18n::plural(
                                lang,
                                a.experiments as u64,
                                "expérimentation",
                                "expérimentations",
                                "experiment",
                                "experiments",
                            ),
                        ),
                        (
                            a.indicators_on_target.to_string(),
                            tr(lang, "indic. atteints", "ind. on target"),
                        ),
                        (
                            a.indicators_off_target.to_string(),
                            tr(lang, "indic. sous la cible", "ind. off target"),
                        ),
                    ],
                })
                .chain(std::iter::once(total_row(app, e)))
                .collect();
            status_table(
                app,
                tr(lang, "Axe", "Axis"),
                tr(lang, "Axes × statut", "Axes × status"),
                &rows,
                b.axis,
                st,
                f,
                main,
            );
        }
        BoardTab::Indicators => indicators(app, fig, b.indicator, st, f, main),
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
                    format!("{} {}", tr(lang, "Axe", "Axis"), x.number)
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
        tr(lang, "ensemble du pacte", "whole pact").into()
    } else {
        parts.join(" · ")
    }
}

fn year_label(lang: Lang, e: &Evaluation) -> String {
    match e.selection.year {
        Some(y) => format!("{} {y}", tr(lang, "année", "year")),
        None => tr(lang, "toute la période", "whole period").into(),
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
    let progress = t.average_progress.map_or("—".to_string(), |p| match lang {
        Lang::Fr => format!("{} %", i18n::number(lang, p)),
        Lang::En => format!("{}%", i18n::number(lang, p)),
    });
    let pl = |n: u64, fr1, fr, en1, en| i18n::plural(lang, n, fr1, fr, en1, en);
    let n = |v: usize| v as u64;
    vec![
        chip(
            t.groups,
            pl(n(t.groups), "groupe", "groupes", "group", "groups"),
            st,
            false,
        ),
        chip(
            t.actions,
            pl(n(t.actions), "action", "actions", "action", "actions"),
            st,
            false,
        ),
        chip(
            t.projects_realised,
            pl(
                n(t.projects_realised),
                "réalisée",
                "réalisées",
                "realised",
                "realised",
            ),
            st,
            false,
        ),
        chip(
            t.experiments,
            pl(
                n(t.experiments),
                "expérimentation",
                "expérimentations",
                "experiment",
                "experiments",
            ),
            st,
            false,
        ),
        chip(
            t.overdue_actions,
            tr(lang, "en retard", "overdue"),
            st,
            true,
        ),
        chip(
            progress,
            tr(lang, "d'avancement moyen", "average progress"),
            st,
            false,
        ),
        chip(
            t.meetings,
            pl(n(t.meetings), "réunion", "réunions", "meeting", "meetings"),
            st,
            false,
        ),
        chip(
            t.participants,
            pl(
                t.participants,
                "participant",
                "participants",
                "participant",
                "participants",
            ),
            st,
            false,
        ),
        chip(
            format!("{}/{}", t.groups_with_two_organisations, t.groups),
            tr(
                lang,
                "groupes avec pilote et copilote de 2 structures",
                "groups led by two organisations",
            ),
            st,
            false,
        ),
        chip(
            t.indicators_off_target,
            pl(
                n(t.indicators_off_target),
                "indicateur sous la cible",
                "indicateurs sous la cible",
                "indicator off target",
                "indicators off target",
            ),
            st,
            true,
        ),
        chip(
            t.indicators_not_measured,
            pl(
                n(t.indicators_not_measured),
                "non mesuré",
                "non mesurés",
                "not measured",
                "not measured",
            ),
            st,
            true,
        ),
        chip(
            fig.alerts().len(),
            &format!(
                "{} ({})",
                pl(
                    n(fig.alerts().len()),
                    "alerte",
                    "alertes",
                    "alert",
                    "alerts"
                ),
                app.keymap.first_key(Command::Alerts)
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
        tr(lang, "Territoires", "Territories").to_string(),
        tr(lang, "Axes", "Axes").to_string(),
        format!(
            "{} ({})",
            tr(lang, "Indicateurs", "Indicators"),
            fig.indicators.len()
        ),
    ];
    let selected = BoardTab::ALL.iter().position(|t| *t == b.tab);
    let k = |c| app.keymap.first_key(c);
    let hint = format!(
        "{} {}  {} {} {}",
        k(Command::NextPane),
        tr(lang, "onglet", "tab"),
        k(Command::PrevYear),
        k(Command::NextYear),
        tr(lang, "année", "year"),
    );
    // The figures are the pact's (as in the reports): a filter on status,
    // public, pilot or lateness does not narrow them; say so instead.
    let ignored = app.filter.on_actions() || app.filter.pilot.is_some();
    let (hint, hint_style) = if ignored {
        let w = tr(
            lang,
            "filtre statut/public/pilote ignoré",
            "status/public/pilot filter ignored",
        );
        (w.to_string(), st.warn())
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
    detail: Vec<(String, &'static str)>,
}

fn total_row(app: &App, e: &Evaluation) -> TableRow {
    let lang = app.lang;
    let t = &e.totals;
    TableRow {
        name: tr(lang, "Ensemble", "Total").into(),
        groups: t.groups,
        by_status: e.actions_by_status,
        overdue: Some(t.overdue_actions),
        progress: t.average_progress,
        detail: vec![
            (
                t.projects_realised.to_string(),
                tr(lang, "réalisées", "realised"),
            ),
            (
                t.experiments.to_string(),
                tr(lang, "expérimentations", "experiments"),
            ),
            (t.meetings.to_string(), tr(lang, "réunions", "meetings")),
            (
                t.participants.to_string(),
                tr(lang, "participants", "participants"),
            ),
        ],
    }
}

/// Column header of a status, `w` cells at most.
fn status_head(lang: Lang, s: Status, w: usize) -> String {
    let full = i18n::status_short(lang, s);
    let mut h: String = full.chars().take(w).collect();
    if h.chars().count() < full.chars().count() && !h.ends_with('.') && w >= 4 {
        h = full.chars().take(w - 1).collect::<String>() + ".";
    }
    format!("{h:>w$}")
}

/// Cuts `s` to `w` cells, with an ellipsis.
fn cut(s: &str, w: usize) -> String {
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
        Cell::from(tr(lang, "Grp", "Grp")),
    ];
    header.extend(
        Status::ALL
            .iter()
            .map(|s| Cell::from(status_head(lang, *s, sw))),
    );
    if late {
        header.push(Cell::from(format!("{:>6}", tr(lang, "Retard", "Late"))));
    }
    header.push(Cell::from(if wide {
        tr(lang, "Avancement", "Progress")
    } else {
        tr(lang, "Av.", "Pr.")
    }));
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
                    i18n::status_short(lang, s),
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
    let label = r.progress.map_or("—".to_string(), |p| match lang {
        Lang::Fr => format!("avancement moyen {} %", i18n::number(lang, p)),
        Lang::En => format!("average progress {}%", i18n::number(lang, p)),
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
        .map(|(n, l)| {
            Line::from(vec![
                Span::styled(n.clone(), Style::new().add_modifier(Modifier::BOLD)),
                Span::raw(format!(" {l}")),
            ])
        })
        .collect();
    f.render_widget(Paragraph::new(lines), lines_area);
}

/// The indicators of the selection, and the sparkline of the selected one.
fn indicators(app: &App, fig: &Figures, cursor: usize, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let rows = &fig.indicators;
    let panel_h = if area.height >= 12 { 7 } else { 0 };
    let [list_area, panel] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(panel_h)]).areas(area);
    let title = tr(
        lang,
        "Indicateurs de la sélection",
        "Indicators of the selection",
    );
    if rows.is_empty() {
        f.render_widget(
            Paragraph::new(tr(lang, "Aucun indicateur.", "No indicator.")).block(block(
                title.into(),
                true,
                st,
            )),
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
    let header = Row::new(vec![
        Cell::from(""),
        Cell::from(tr(lang, "Indicateur", "Indicator")),
        Cell::from(tr(lang, "Action", "Action")),
        Cell::from(format!("{:>8}", tr(lang, "Dernière", "Latest"))),
        Cell::from(format!("{:>8}", tr(lang, "Cible", "Target"))),
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
    let fmt_date = |d: chrono::NaiveDate| match lang {
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.to_string(),
    };
    let summary = match (ms.last(), ms.first()) {
        (Some(last), _) => format!(
            "{} {}{unit} ({}) · {} {} · {} {}",
            tr(lang, "dernière", "latest"),
            i18n::number(lang, last.value),
            fmt_date(last.date),
            tr(lang, "cible", "target"),
            ind.target
                .map_or("—".to_string(), |t| i18n::number(lang, t)),
            ms.len(),
            tr(lang, "mesure(s)", "measurement(s)"),
        ),
        _ => format!(
            "{} · {} {}",
            tr(lang, "jamais mesuré", "never measured"),
            tr(lang, "cible", "target"),
            ind.target
                .map_or("—".to_string(), |t| i18n::number(lang, t)),
        ),
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
