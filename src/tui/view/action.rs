//! An action page: its fields, then deliverables, indicators or journal.

use super::lists::list_table;
use super::{MARK, Styles, bar, block};
use crate::domain::Action;
use crate::text::sanitize;
use crate::tui::app::{ActionPane, ActionState, App, Field};
use crate::tui::i18n::{self, tr};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState, Tabs};

fn field_label(app: &App, f: Field) -> &'static str {
    let lang = app.lang;
    match f {
        Field::Title => tr(lang, "Titre", "Title"),
        Field::Status => tr(lang, "Statut", "Status"),
        Field::Progress => tr(lang, "Avancement", "Progress"),
        Field::Start => tr(lang, "Début", "Start"),
        Field::Due => tr(lang, "Échéance", "Due"),
        Field::Experimentation => tr(lang, "Expérimentation", "Experimentation"),
        Field::Publics => tr(lang, "Publics visés", "Target publics"),
        Field::Objectives => tr(lang, "Objectifs", "Objectives"),
        Field::Implementation => tr(lang, "Mise en œuvre", "Implementation"),
    }
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
                Cell::from(format!(
                    "{} — {}",
                    date(a.due),
                    tr(lang, "EN RETARD", "OVERDUE")
                ))
                .style(st.warn())
            } else {
                Cell::from(date(a.due))
            }
        }
        Field::Experimentation => Cell::from(if a.experimentation {
            tr(lang, "oui", "yes")
        } else {
            tr(lang, "non", "no")
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
        f.render_widget(
            Paragraph::new(tr(lang, "Action introuvable", "Action not found")),
            area,
        );
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
    let mut title = format!("{} {}", tr(lang, "Action", "Action"), s.target.action);
    if a.experimentation {
        title.push_str(tr(lang, " · expérimentation", " · experimentation"));
    }
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
            format!(
                "{} {done}/{}",
                tr(lang, "Livrables", "Deliverables"),
                a.deliverables.len()
            ),
        ),
        (
            ActionPane::Indicators,
            format!(
                "{} ({})",
                tr(lang, "Indicateurs", "Indicators"),
                a.indicators.len()
            ),
        ),
        (
            ActionPane::Journal,
            format!("{} ({})", tr(lang, "Journal", "Journal"), a.journal.len()),
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
                    Row::new(vec![
                        Cell::from(if d.done { "[x]" } else { "[ ]" }),
                        Cell::from(sanitize(&d.label)),
                    ])
                })
                .collect();
            let title = tr(
                lang,
                "Livrables (Espace : fait / à faire, n : ajouter)",
                "Deliverables (Space: done / to do, n: add)",
            )
            .to_string();
            if rows.is_empty() {
                f.render_widget(
                    Paragraph::new(tr(lang, "Aucun livrable", "No deliverable"))
                        .block(block(title, focused, st)),
                    lower_area,
                );
            } else {
                list_table(
                    f,
                    lower_area,
                    title,
                    vec!["", ""],
                    rows,
                    vec![Constraint::Length(3), Constraint::Fill(1)],
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
            let title = tr(
                lang,
                "Journal (c : ajouter, Entrée : modifier)",
                "Journal (c: add, Enter: edit)",
            )
            .to_string();
            if rows.is_empty() {
                f.render_widget(
                    Paragraph::new(tr(lang, "Journal vide", "Empty journal"))
                        .block(block(title, focused, st)),
                    lower_area,
                );
            } else {
                list_table(
                    f,
                    lower_area,
                    title,
                    vec![
                        tr(lang, "Date", "Date"),
                        tr(lang, "Type", "Kind"),
                        tr(lang, "Texte", "Text"),
                    ],
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
    let title = tr(
        lang,
        "Indicateurs (m : mesure, i : ajouter, Entrée : modifier)",
        "Indicators (m: measure, i: add, Enter: edit)",
    )
    .to_string();
    if a.indicators.is_empty() {
        f.render_widget(
            Paragraph::new(tr(lang, "Aucun indicateur", "No indicator"))
                .block(block(title, focused, st)),
            area,
        );
        return;
    }
    let num = |v: Option<f64>| v.map_or("—".to_string(), |v| i18n::number(lang, v));
    let rows: Vec<Row> = a
        .indicators
        .iter()
        .map(|i| {
            let latest = i.latest().map(|m| m.value);
            let kind = match i.kind {
                crate::domain::IndicatorKind::Realisation => tr(lang, "réal.", "real."),
                crate::domain::IndicatorKind::Evaluation => tr(lang, "éval.", "eval."),
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
        vec![
            tr(lang, "Indicateur", "Indicator"),
            tr(lang, "Type", "Kind"),
            tr(lang, "Dernière", "Latest"),
            tr(lang, "Cible", "Target"),
            tr(lang, "Unité", "Unit"),
        ],
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
            format!(
                "{} : {}",
                i18n::date(lang, m.date),
                i18n::number(lang, m.value)
            )
        })
        .collect();
    let lines = vec![
        Line::from(vec![
            Span::styled(tr(lang, "Départ ", "Baseline "), st.title()),
            Span::raw(num(i.baseline)),
            Span::styled(tr(lang, "  Cible ", "  Target "), st.title()),
            Span::raw(num(i.target)),
            Span::styled(tr(lang, "  Mesures ", "  Measurements "), st.title()),
            Span::raw(i.measurements.len().to_string()),
        ]),
        Line::from(if series.is_empty() {
            tr(lang, "Pas encore de mesure", "No measurement yet").to_string()
        } else {
            series.join(" → ")
        }),
    ];
    f.render_widget(Paragraph::new(lines), detail_area);
}
