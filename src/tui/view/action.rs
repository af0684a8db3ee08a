//! An action page: its fields, then deliverables, indicators or journal.

use super::lists::{columns, list_table};
use super::{MARK, Styles, bar, block};
use crate::domain::Action;
use crate::t;
use crate::text::sanitize;
use crate::tui::app::{ActionPane, ActionState, App, Field};
use crate::tui::i18n;
use crate::tui::msg::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState, Tabs};

fn field_label(app: &App, f: Field) -> String {
    let field = match f {
        Field::Title => "title",
        Field::Status => "status",
        Field::Progress => "progress",
        Field::Start => "start",
        Field::Due => "due",
        Field::Experimentation => "experimentation",
        Field::Publics => "publics",
        Field::Objectives => "objectives",
        Field::Implementation => "implementation",
    };
    t!(app.lang, "action-field", field = field)
}

fn first_line(s: &str) -> String {
    let mut lines = s.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next().unwrap_or("");
    let more = lines.count();
    if more > 0 {
        format!("{} (+{more})", sanitize(first))
    } else {
        sanitize(first)
    }
}

fn field_value<'a>(app: &App, a: &Action, f: Field, st: &Styles) -> Cell<'a> {
    let lang = app.lang;
    let date = |d: Option<chrono::NaiveDate>| d.map_or("—".to_string(), |d| i18n::date(lang, d));
    match f {
        Field::Title => Cell::from(sanitize(&a.title)),
        Field::Status => Cell::from(i18n::status_label(lang, a.status)).style(st.status(a.status)),
        Field::Progress => Cell::from(format!("{} {} %", bar(a.progress, 10), a.progress)),
        Field::Start => Cell::from(date(a.start)),
        Field::Due => {
            if a.is_overdue(app.today) {
                Cell::from(t!(lang, "action-due-overdue", date = date(a.due))).style(st.warn())
            } else {
                Cell::from(date(a.due))
            }
        }
        Field::Experimentation => Cell::from(if a.experimentation {
            t!(lang, "value-yes")
        } else {
            t!(lang, "value-no")
        }),
        Field::Publics => {
            let r = app.ws.referential.as_ref();
            let v: Vec<&str> = a
                .publics
                .iter()
                .map(|p| {
                    r.and_then(|r| r.public(p))
                        .map_or(p.as_str(), |p| p.label.as_str())
                })
                .collect();
            Cell::from(if v.is_empty() {
                "—".to_string()
            } else {
                sanitize(&v.join(", "))
            })
        }
        Field::Objectives => Cell::from(first_line(&a.objectives)),
        Field::Implementation => Cell::from(first_line(&a.implementation)),
    }
}

/// Draws an action page.
pub fn draw(app: &App, s: &ActionState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some((_, a)) = app.action(&s.target) else {
        f.render_widget(Paragraph::new(t!(lang, "action-not-found")), area);
        return;
    };
    let fields_h = (Field::ALL.len() as u16 + 2).min(area.height / 2 + 1);
    let [fields_area, tabs_area, lower_area] = Layout::vertical([
        Constraint::Length(fields_h),
        Constraint::Length(1),
        Constraint::Min(3),
    ])
    .areas(area);

    let rows: Vec<Row> = Field::ALL
        .iter()
        .map(|fl| {
            Row::new(vec![
                Cell::from(field_label(app, *fl)).style(st.title()),
                field_value(app, a, *fl, st),
            ])
        })
        .collect();
    let focused = s.pane == ActionPane::Fields;
    let title = t!(
        lang,
        "action-title",
        id = s.target.action.as_str(),
        experimentation = if a.experimentation { "yes" } else { "no" }
    );
    let t = Table::new(rows, [Constraint::Length(16), Constraint::Fill(1)])
        .block(block(title, focused, st))
        .row_highlight_style(if focused { st.selected() } else { Style::new() })
        .highlight_symbol(if focused { MARK } else { "  " })
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(s.field));
    f.render_stateful_widget(t, fields_area, &mut state);

    let done = a.deliverables.iter().filter(|d| d.done).count();
    let tabs = [
        (
            ActionPane::Deliverables,
            t!(
                lang,
                "action-tab-deliverables",
                done = done,
                total = a.deliverables.len()
            ),
        ),
        (
            ActionPane::Indicators,
            t!(lang, "action-tab-indicators", count = a.indicators.len()),
        ),
        (
            ActionPane::Journal,
            t!(lang, "action-tab-journal", count = a.journal.len()),
        ),
    ];
    let selected = tabs.iter().position(|(p, _)| *p == s.lower).unwrap_or(1);
    let tabs_w = Tabs::new(tabs.iter().map(|(_, t)| t.clone()).collect::<Vec<_>>())
        .select(selected)
        .highlight_style(
            st.focus()
                .add_modifier(ratatui::style::Modifier::UNDERLINED),
        )
        .divider("│");
    f.render_widget(tabs_w, tabs_area);

    let focused = s.pane == s.lower;
    match s.lower {
        ActionPane::Deliverables => {
            let rows: Vec<Row> = a
                .deliverables
                .iter()
                .map(|d| {
                    // The document's column is two fifths of the list: a
                    // long path keeps its end (the file's name).
                    let room = usize::from(lower_area.width.saturating_sub(8)) * 2 / 5;
                    let doc = d
                        .document
                        .as_deref()
                        .map(|p| keep_end(&sanitize(p), room))
                        .unwrap_or_default();
                    Row::new(vec![
                        Cell::from(if d.done { "[x]" } else { "[ ]" }),
                        Cell::from(sanitize(&d.label)),
                        Cell::from(doc).style(st.dim()),
                    ])
                })
                .collect();
            let k = |c| app.keymap.first_key_in(c, lang);
            let title = t!(
                lang,
                "action-deliverables-title",
                toggle = k(Command::Toggle),
                add = k(Command::AddDeliverable),
                open = k(Command::OpenDocument),
                link = k(Command::Document)
            );
            if rows.is_empty() {
                f.render_widget(
                    Paragraph::new(t!(lang, "action-deliverables-empty"))
                        .block(block(title, focused, st)),
                    lower_area,
                );
            } else {
                list_table(
                    f,
                    lower_area,
                    title,
                    vec![String::new(), String::new(), String::new()],
                    rows,
                    vec![
                        Constraint::Length(3),
                        Constraint::Fill(3),
                        Constraint::Fill(2),
                    ],
                    s.deliverable,
                    focused,
                    st,
                );
            }
        }
        ActionPane::Indicators | ActionPane::Fields => {
            indicators(app, a, s, focused, st, f, lower_area)
        }
        ActionPane::Journal => {
            let rows: Vec<Row> = a
                .journal
                .iter()
                .map(|j| {
                    Row::new(vec![
                        Cell::from(i18n::date(lang, j.date)),
                        Cell::from(i18n::entry_kind(lang, j.kind)),
                        Cell::from(first_line(&j.text)),
                    ])
                })
                .collect();
            let title = t!(lang, "action-journal-title");
            if rows.is_empty() {
                f.render_widget(
                    Paragraph::new(t!(lang, "action-journal-empty"))
                        .block(block(title, focused, st)),
                    lower_area,
                );
            } else {
                list_table(
                    f,
                    lower_area,
                    title,
                    columns(lang, &["date", "kind", "text"]),
                    rows,
                    vec![
                        Constraint::Length(10),
                        Constraint::Length(15),
                        Constraint::Fill(1),
                    ],
                    s.journal,
                    focused,
                    st,
                );
            }
        }
    }
}

fn indicators(
    app: &App,
    a: &Action,
    s: &ActionState,
    focused: bool,
    st: &Styles,
    f: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let title = t!(lang, "action-indicators-title");
    if a.indicators.is_empty() {
        f.render_widget(
            Paragraph::new(t!(lang, "action-indicators-empty")).block(block(title, focused, st)),
            area,
        );
        return;
    }
    let num = |v: Option<f64>| v.map_or("—".to_string(), |v| i18n::number(lang, v));
    let (realisation, evaluation) = (
        t!(lang, "indicator-kind-short", kind = "realisation"),
        t!(lang, "indicator-kind-short", kind = "evaluation"),
    );
    let rows: Vec<Row> = a
        .indicators
        .iter()
        .map(|i| {
            let latest = i.latest().map(|m| m.value);
            let kind = match i.kind {
                crate::domain::IndicatorKind::Realisation => realisation.clone(),
                crate::domain::IndicatorKind::Evaluation => evaluation.clone(),
            };
            Row::new(vec![
                Cell::from(sanitize(&i.label)),
                Cell::from(kind),
                Cell::from(format!("{:>7}", num(latest))),
                Cell::from(format!("{:>7}", num(i.target))),
                Cell::from(sanitize(&i.unit)),
            ])
        })
        .collect();
    let detail_h = if area.height >= 8 { 2 } else { 0 };
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(detail_h)]).areas(area);
    list_table(
        f,
        list_area,
        title,
        columns(lang, &["indicator", "kind", "latest", "target", "unit"]),
        rows,
        vec![
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Length(8),
            Constraint::Length(8),
            Constraint::Length(10),
        ],
        s.indicator,
        focused,
        st,
    );
    if detail_h == 0 {
        return;
    }
    let Some(i) = a.indicators.get(s.indicator) else {
        return;
    };
    let series: Vec<String> = i
        .measurements
        .iter()
        .rev()
        .take(4)
        .rev()
        .map(|m| {
            t!(
                lang,
                "indicator-measurement",
                date = i18n::date(lang, m.date),
                value = i18n::number(lang, m.value)
            )
        })
        .collect();
    let lines = vec![
        Line::from(vec![
            Span::styled(
                format!("{} ", t!(lang, "indicator-detail", what = "baseline")),
                st.title(),
            ),
            Span::raw(num(i.baseline)),
            Span::styled(
                format!("  {} ", t!(lang, "indicator-detail", what = "target")),
                st.title(),
            ),
            Span::raw(num(i.target)),
            Span::styled(
                format!("  {} ", t!(lang, "indicator-detail", what = "measurements")),
                st.title(),
            ),
            Span::raw(i.measurements.len().to_string()),
        ]),
        Line::from(if series.is_empty() {
            t!(lang, "indicator-no-measurement")
        } else {
            series.join(" → ")
        }),
    ];
    f.render_widget(Paragraph::new(lines), detail_area);
}

/// `s` cut from the left to `width` characters, with `…` in front when cut.
fn keep_end(s: &str, width: usize) -> String {
    let n = s.chars().count();
    if n <= width || width == 0 {
        return s.to_string();
    }
    let tail: String = s.chars().skip(n - width + 1).collect();
    format!("…{tail}")
}
