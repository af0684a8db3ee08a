//! The alerts: what a referent or the coordinator should look at first,
//! from the same evaluation as the board and the reports.

use super::{MARK, Styles, block};
use crate::domain::evaluation::{Alert, AlertKind, LeadIssue};
use crate::t;
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::App;
use crate::tui::board::{self, ALERT_KINDS, AlertsState, Figures};
use crate::tui::i18n;
use crate::tui::msg::Command;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState};

/// Draws the alerts.
pub fn draw(app: &App, s: &AlertsState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some((fig, stale)) = board::shown(app, &s.scope) else {
        let msg = if app.ws.referential.is_none() {
            t!(lang, "view-no-referential")
        } else {
            t!(lang, "alerts-computing")
        };
        f.render_widget(Paragraph::new(msg).style(st.error()), area);
        return;
    };
    let mut kinds = kinds_line(app, fig, s.kind, st, area.width);
    if stale {
        // The alerts before the last edit, while they are computed again.
        kinds.insert(
            0,
            Line::from(Span::styled(t!(lang, "alerts-stale"), st.error())),
        );
    }
    let [kinds_area, list_area] =
        Layout::vertical([Constraint::Length(kinds.len() as u16), Constraint::Min(0)]).areas(area);
    f.render_widget(Paragraph::new(kinds), kinds_area);

    let e = fig.evaluation();
    let scope = super::board::year_label(lang, e);
    let total = fig.alert_count(s.kind);
    let title = t!(
        lang,
        "alerts-title",
        kind = s.kind.map_or_else(
            || t!(lang, "crumb", screen = "alerts"),
            |k| i18n::alert_kind(lang, k)
        ),
        total = total,
        scope = scope,
        key = app.keymap.first_key_in(Command::Open, lang)
    );
    if total == 0 {
        f.render_widget(
            Paragraph::new(t!(lang, "alerts-none")).block(block(title, true, st)),
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
    let shorts: Vec<String> = ALERT_KINDS
        .iter()
        .map(|k| i18n::alert_kind_short(lang, *k))
        .collect();
    let short = |k: AlertKind| {
        ALERT_KINDS
            .iter()
            .position(|x| *x == k)
            .and_then(|i| shorts.get(i))
            .cloned()
            .unwrap_or_default()
    };
    let kind_w = shorts.iter().map(|s| s.chars().count()).max().unwrap_or(10) as u16;
    let rows: Vec<Row> = (offset..(offset + visible).min(total))
        .filter_map(|n| fig.nth_alert(s.kind, n))
        .map(|(i, a)| {
            Row::new(vec![
                Cell::from(Span::styled(short(a.kind), kind_style(a.kind, st))),
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
        AlertKind::GovernanceDue | AlertKind::Overdue | AlertKind::OverdueStep => st.error(),
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
        t!(lang, "alerts-chip-all", count = fig.alert_count(None)),
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
    let hint = t!(
        lang,
        "alerts-narrow-hint",
        key = app.keymap.first_key_in(Command::NextPane, lang)
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

/// What the alert says, in the interface's language, from the
/// evaluation's rows; the evaluation's own (French) message when its row
/// cannot be found.
fn text(app: &App, fig: &Figures, index: usize, a: &Alert) -> String {
    words(app.lang, fig, index, a).unwrap_or_else(|| a.message.clone())
}

fn words(lang: Lang, fig: &Figures, index: usize, a: &Alert) -> Option<String> {
    let e = fig.evaluation();
    let num = |v: Option<f64>| v.map_or(String::new(), |v| i18n::number(lang, v));
    let date = |d: chrono::NaiveDate| i18n::date(lang, d);
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
            let territory = it
                .territory
                .as_ref()
                .and_then(|t| e.territories.iter().find(|x| &x.id == t))
                .map_or("?", |t| t.name.as_str());
            let name = t!(
                lang,
                "calendar-item",
                item = it.id,
                territory = territory,
                year = e.year - 1
            );
            t!(
                lang,
                "alert-governance",
                name = name,
                state = super::governance::state_label(lang, it.state),
                from = date(it.window_start),
                to = date(it.window_end)
            )
        }
        AlertKind::Overdue => {
            let r = e
                .actions
                .iter()
                .find(|r| same(&a.group, &r.group) && same(&a.action, &r.action))?;
            t!(
                lang,
                "alert-overdue",
                title = r.title.as_str(),
                group = r.group_name.as_str(),
                due = r.due.map(date).unwrap_or_default(),
                status = r.status.label(lang)
            )
        }
        AlertKind::OverdueStep => {
            // Step alerts follow the evaluation's overdue steps, in order.
            let kind = ALERT_KINDS
                .iter()
                .position(|k| *k == AlertKind::OverdueStep)?;
            let rank = fig.by_kind.get(kind)?.iter().position(|i| *i == index)?;
            let s = e.overdue_steps().nth(rank)?;
            crate::domain::evaluation::alerts::step_message(lang, s)
        }
        AlertKind::OffTarget => {
            let i = e.indicators_off_target.iter().find(|i| {
                same(&a.group, &i.group)
                    && same(&a.action, &i.action)
                    && same(&a.indicator, &i.indicator)
            })?;
            t!(
                lang,
                "alert-off-target",
                label = i.label.as_str(),
                latest = num(i.latest),
                target = num(i.target),
                unit = if i.unit.is_empty() {
                    String::new()
                } else {
                    format!(" {}", i.unit)
                },
                action = i.action_title.as_str()
            )
        }
        AlertKind::NoCopilot => {
            let g = e.groups.iter().find(|g| same(&a.group, &g.id))?;
            let issue = match g.lead_issue? {
                LeadIssue::NoPilot => "no-pilot",
                LeadIssue::NoCopilot => "no-copilot",
                LeadIssue::SameOrganisation => "same-organisation",
            };
            t!(lang, "alert-lead", group = g.name.as_str(), issue = issue)
        }
        AlertKind::NoMeetingThisYear => {
            let g = e.groups.iter().find(|g| same(&a.group, &g.id))?;
            match g.last_meeting {
                Some(d) => t!(
                    lang,
                    "alert-no-meeting",
                    group = g.name.as_str(),
                    year = e.year,
                    last = date(d)
                ),
                None => t!(
                    lang,
                    "alert-no-meeting-ever",
                    group = g.name.as_str(),
                    year = e.year
                ),
            }
        }
        AlertKind::NotMeasured => {
            let i = e.indicators_not_measured.iter().find(|i| {
                same(&a.group, &i.group)
                    && same(&a.action, &i.action)
                    && same(&a.indicator, &i.indicator)
            })?;
            t!(
                lang,
                "alert-not-measured",
                label = i.label.as_str(),
                action = i.action_title.as_str(),
                year = e.year
            )
        }
    })
}
