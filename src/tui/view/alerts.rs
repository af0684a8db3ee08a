//! The alerts: what a referent or the coordinator should look at first,
//! from the same evaluation as the board and the reports.

use super::{MARK, Styles, block};
use crate::domain::evaluation::{Alert, AlertKind, DueState, LeadIssue};
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::App;
use crate::tui::board::{self, ALERT_KINDS, AlertsState, Figures};
use crate::tui::i18n::{self, tr};
use crate::tui::msg::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState};

/// Draws the alerts.
pub fn draw(app: &App, s: &AlertsState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(fig) = board::figures(app, &s.scope) else {
        let msg = if app.ws.referential.is_none() {
            tr(
                lang,
                "pacte.ron ne se charge pas : voir les problèmes (!)",
                "pacte.ron does not load: see the problems (!)",
            )
        } else {
            tr(lang, "Calcul des alertes…", "Computing the alerts…")
        };
        f.render_widget(Paragraph::new(msg).style(st.error()), area);
        return;
    };
    let kinds = kinds_line(app, fig, s.kind, st, area.width);
    let [kinds_area, list_area] =
        Layout::vertical([Constraint::Length(kinds.len() as u16), Constraint::Min(0)]).areas(area);
    f.render_widget(Paragraph::new(kinds), kinds_area);

    let e = fig.evaluation();
    let scope = match e.selection.year {
        Some(y) => format!("{} {y}", tr(lang, "année", "year")),
        None => tr(lang, "toute la période", "whole period").into(),
    };
    let total = fig.alert_count(s.kind);
    let title = format!(
        "{} ({total}) — {} · {}",
        s.kind
            .map_or(tr(lang, "Alertes", "Alerts"), |k| i18n::alert_kind(lang, k)),
        scope,
        tr(lang, "Entrée : ouvrir", "Enter: open"),
    );
    if total == 0 {
        f.render_widget(
            Paragraph::new(tr(lang, "Aucune alerte.", "No alert.")).block(block(title, true, st)),
            list_area,
        );
        return;
    }
    let cursor = s.cursor.min(total - 1);
    // The selected alert in full under the list, when there is room.
    let selected = fig.nth_alert(s.kind, cursor);
    let (list_area, full_area) = if list_area.height >= 10 {
        let [a, b] = Layout::vertical([Constraint::Min(0), Constraint::Length(3)]).areas(list_area);
        (a, Some(b))
    } else {
        (list_area, None)
    };
    if let (Some(area), Some((i, a))) = (full_area, selected) {
        let target = match (&a.group, &a.action) {
            (Some(g), Some(ac)) => format!("{g}/{ac}"),
            (Some(g), None) => g.to_string(),
            _ => String::new(),
        };
        let lines = vec![Line::from(vec![
            Span::styled(
                format!("{} ", i18n::alert_kind(lang, a.kind)),
                kind_style(a.kind, st),
            ),
            Span::styled(sanitize(&target), st.dim()),
        ])];
        let mut lines = lines;
        lines.push(Line::raw(sanitize(&text(app, fig, i, a))));
        f.render_widget(
            Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
    }
    // Only the visible rows are built: a big pact has thousands of alerts.
    let visible = usize::from(list_area.height.saturating_sub(2)).max(1);
    let offset = (cursor + 1).saturating_sub(visible);
    let kind_w = ALERT_KINDS
        .iter()
        .map(|k| i18n::alert_kind_short(lang, *k).chars().count())
        .max()
        .unwrap_or(10) as u16;
    let rows: Vec<Row> = (offset..(offset + visible).min(total))
        .filter_map(|n| fig.nth_alert(s.kind, n))
        .map(|(i, a)| {
            Row::new(vec![
                Cell::from(Span::styled(
                    i18n::alert_kind_short(lang, a.kind),
                    kind_style(a.kind, st),
                )),
                Cell::from(sanitize(&text(app, fig, i, a))),
            ])
        })
        .collect();
    let t = Table::new(rows, [Constraint::Length(kind_w), Constraint::Fill(1)])
        .block(block(title, true, st))
        .row_highlight_style(st.selected())
        .highlight_symbol(MARK)
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(cursor - offset));
    f.render_stateful_widget(t, list_area, &mut state);
}

fn kind_style(k: AlertKind, st: &Styles) -> Style {
    match k {
        AlertKind::GovernanceDue | AlertKind::Overdue => st.error(),
        AlertKind::OffTarget | AlertKind::NoCopilot => st.warn(),
        AlertKind::NoMeetingThisYear | AlertKind::NotMeasured => st.title(),
    }
}

/// "Toutes 42 · Gouvernance 2 · Retard 5 …", the shown kind highlighted,
/// wrapped to `width`.
fn kinds_line(
    app: &App,
    fig: &Figures,
    shown: Option<AlertKind>,
    st: &Styles,
    width: u16,
) -> Vec<Line<'static>> {
    let lang = app.lang;
    let mut items: Vec<(String, bool)> = vec![(
        format!("{} {}", tr(lang, "Toutes", "All"), fig.alert_count(None)),
        shown.is_none(),
    )];
    for k in ALERT_KINDS {
        items.push((
            format!(
                "{} {}",
                i18n::alert_kind_short(lang, k),
                fig.alert_count(Some(k))
            ),
            shown == Some(k),
        ));
    }
    let hint = format!(
        "({} {})",
        app.keymap.first_key(Command::NextPane),
        tr(lang, "pour trier", "to narrow")
    );
    let width = usize::from(width);
    let mut lines = Vec::new();
    let mut cur: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    let n = items.len();
    for (i, (label, on)) in items.into_iter().enumerate() {
        let mut w = label.chars().count() + 2;
        if i + 1 == n {
            w += hint.chars().count() + 1;
        }
        if used > 0 && used + w > width {
            lines.push(Line::from(std::mem::take(&mut cur)));
            used = 0;
        }
        used += w;
        let style = if on {
            st.focus().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        cur.push(Span::styled(format!(" {label} "), style));
        if i + 1 == n {
            cur.push(Span::styled(format!(" {hint}"), st.dim()));
        }
    }
    if !cur.is_empty() {
        lines.push(Line::from(cur));
    }
    lines
}

/// What the alert says: the evaluation's French message, or the same in
/// English from the evaluation's rows.
fn text(app: &App, fig: &Figures, index: usize, a: &Alert) -> String {
    match app.lang {
        Lang::Fr => a.message.clone(),
        Lang::En => english(fig, index, a).unwrap_or_else(|| a.message.clone()),
    }
}

fn english(fig: &Figures, index: usize, a: &Alert) -> Option<String> {
    let e = fig.evaluation();
    let num = |v: Option<f64>| v.map_or(String::new(), |v| i18n::number(Lang::En, v));
    let same = |g: &Option<crate::domain::Id>, x: &crate::domain::Id| g.as_ref() == Some(x);
    Some(match a.kind {
        AlertKind::GovernanceDue => {
            // Governance alerts come first, in the calendar's order.
            let rank = fig.by_kind[0].iter().position(|i| *i == index)?;
            let it = e
                .governance
                .items()
                .filter(|i| i.state.needs_action())
                .nth(rank)?;
            let name = match it.id {
                "copil-launch" => "Launch COPIL".to_string(),
                "copil-mid-term" => "Mid-term COPIL".to_string(),
                "copil-final" => "Final COPIL".to_string(),
                "local-committee" => format!(
                    "Local committee — {}",
                    it.territory
                        .as_ref()
                        .and_then(|t| e.territories.iter().find(|x| &x.id == t))
                        .map_or("?", |t| t.name.as_str())
                ),
                "interim-evaluation" => format!("Interim evaluation {}", e.year - 1),
                other => other.to_string(),
            };
            let state = match it.state {
                DueState::Late => "late",
                DueState::Due => "due",
                DueState::Held => "held",
                DueState::Upcoming => "upcoming",
            };
            format!(
                "{name}: {state} (expected from {} to {})",
                it.window_start, it.window_end
            )
        }
        AlertKind::Overdue => {
            let r = e
                .actions
                .iter()
                .find(|r| same(&a.group, &r.group) && same(&a.action, &r.action))?;
            format!(
                "“{}” ({}): due {} passed, {}",
                r.title,
                r.group_name,
                r.due.map(|d| d.to_string()).unwrap_or_default(),
                r.status.label_en()
            )
        }
        AlertKind::OffTarget => {
            let i = e.indicators_off_target.iter().find(|i| {
                same(&a.group, &i.group)
                    && same(&a.action, &i.action)
                    && same(&a.indicator, &i.indicator)
            })?;
            format!(
                "{}: {} for a target of {}{} (“{}”)",
                i.label,
                num(i.latest),
                num(i.target),
                if i.unit.is_empty() {
                    String::new()
                } else {
                    format!(" {}", i.unit)
                },
                i.action_title
            )
        }
        AlertKind::NoCopilot => {
            let g = e.groups.iter().find(|g| same(&a.group, &g.id))?;
            let issue = match g.lead_issue? {
                LeadIssue::NoPilot => "no pilot",
                LeadIssue::NoCopilot => "no co-pilot",
                LeadIssue::SameOrganisation => "pilot and co-pilot from the same organisation",
            };
            format!("{}: {issue}", g.name)
        }
        AlertKind::NoMeetingThisYear => {
            let g = e.groups.iter().find(|g| same(&a.group, &g.id))?;
            format!(
                "{}: no meeting in {}{}",
                g.name,
                e.year,
                g.last_meeting
                    .map_or(" (none recorded)".to_string(), |d| format!(
                        " (last on {d})"
                    ))
            )
        }
        AlertKind::NotMeasured => {
            let i = e.indicators_not_measured.iter().find(|i| {
                same(&a.group, &i.group)
                    && same(&a.action, &i.action)
                    && same(&a.indicator, &i.indicator)
            })?;
            format!(
                "{} (“{}”): no measurement in {}",
                i.label, i.action_title, e.year
            )
        }
    })
}
