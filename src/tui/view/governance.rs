//! The governance screen: where the pact's calendar stands (COPIL, local
//! committees, interim evaluation), then the governance meetings and the
//! interim evaluations recorded in `governance.ron`.

use super::lists::{columns, list_table};
use super::{Styles, block};
use crate::domain::evaluation::calendar::calendar;
use crate::domain::evaluation::{CalendarItem, DueState};
use crate::domain::{CopilStage, Id};
use crate::t;
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::{App, GovernancePane, GovernanceState};
use crate::tui::i18n;
use crate::tui::msg::Command;
use chrono::Datelike;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

/// Where a governance step stands, in words: `à tenir`, `late`.
pub fn state_label(lang: Lang, s: DueState) -> String {
    let state = match s {
        DueState::Held => "held",
        DueState::Due => "due",
        DueState::Late => "late",
        DueState::Upcoming => "upcoming",
    };
    t!(lang, "due-state", state = state)
}

fn state_style(st: &Styles, s: DueState) -> Style {
    match s {
        DueState::Held => st.ok(),
        DueState::Late => st.warn(),
        DueState::Due => st.focus(),
        DueState::Upcoming => st.dim(),
    }
}

/// "lancement 19/05/2022" or "final à venir".
fn step<'a>(lang: Lang, st: &Styles, name: &str, it: &CalendarItem) -> Vec<Span<'a>> {
    let what = match (it.state, it.held.last()) {
        (DueState::Held, Some(d)) => i18n::date(lang, *d),
        (s, _) => state_label(lang, s),
    };
    vec![
        Span::raw(format!("{name} ")),
        Span::styled(what, state_style(st, it.state)),
    ]
}

fn calendar_lines<'a>(app: &App, st: &Styles) -> Vec<Line<'a>> {
    let lang = app.lang;
    let Some(r) = app.ws.referential.as_ref() else {
        return Vec::new();
    };
    let year = app.today.year();
    let territories: Vec<Id> = r.territories.iter().map(|t| t.id.clone()).collect();
    let cal = calendar(r, &app.ws.governance, &territories, year, app.today);
    let label = |s: String| Span::styled(format!("{s} "), st.title());
    let mut copil = vec![label(t!(lang, "gov-copil-label"))];
    for (i, (stage, it)) in [CopilStage::Launch, CopilStage::MidTerm, CopilStage::Final]
        .iter()
        .zip(&cal.copil)
        .enumerate()
    {
        if i > 0 {
            copil.push(Span::styled(" · ", st.dim()));
        }
        copil.extend(step(lang, st, i18n::copil_stage(lang, *stage), it));
    }
    let held = cal
        .local_committees
        .iter()
        .filter(|c| c.state == DueState::Held)
        .count();
    let missing: Vec<&str> = cal
        .local_committees
        .iter()
        .filter(|c| c.state != DueState::Held)
        .filter_map(|c| c.territory.as_ref())
        .map(|t| r.territory_name(t))
        .collect();
    let mut local = vec![
        label(t!(lang, "gov-local-label", year = year)),
        Span::styled(
            t!(
                lang,
                "gov-local-held",
                held = held,
                total = cal.local_committees.len()
            ),
            if missing.is_empty() {
                st.ok()
            } else {
                st.warn()
            },
        ),
    ];
    if !missing.is_empty() {
        local.push(Span::raw(sanitize(&format!(
            " {}",
            t!(lang, "gov-local-missing", territories = missing.join(", "))
        ))));
    }
    let mut lines = vec![Line::from(copil), Line::from(local)];
    if let Some(e) = &cal.interim_evaluation {
        let mut spans = vec![label(t!(lang, "gov-interim-label", year = year - 1))];
        spans.extend(step(lang, st, "", e).into_iter().skip(1));
        lines.push(Line::from(spans));
    }
    lines
}

/// Draws the governance screen.
pub fn draw(app: &App, s: &GovernanceState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let gov = &app.ws.governance;
    let r = app.ws.referential.as_ref();
    let cal = calendar_lines(app, st);
    let eval_h = (gov.evaluations.len() as u16 + 3).clamp(4, 7);
    let [cal_area, meet_area, eval_area] = Layout::vertical([
        Constraint::Length(cal.len() as u16),
        Constraint::Min(4),
        Constraint::Length(eval_h),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(cal), cal_area);

    let k = |c| app.keymap.first_key_in(c, lang);
    let focused = s.pane == GovernancePane::Meetings;
    let title = t!(lang, "gov-meetings-title", count = gov.meetings.len());
    if gov.meetings.is_empty() {
        let msg = t!(lang, "gov-meetings-empty", key = k(Command::New));
        f.render_widget(
            Paragraph::new(msg).block(block(title, focused, st)),
            meet_area,
        );
    } else {
        let rows: Vec<Row> = gov
            .meetings
            .iter()
            .map(|m| {
                let decisions = m.decisions.first().map(|d| sanitize(d)).unwrap_or_default();
                Row::new(vec![
                    Cell::from(i18n::date(lang, m.date)),
                    Cell::from(sanitize(&i18n::meeting_title(lang, m, r))),
                    Cell::from(format!("{:>3}", m.participants)),
                    Cell::from(format!("{:>3}", m.organisations.len())),
                    Cell::from(if m.decisions.len() > 1 {
                        format!("{decisions} (+{})", m.decisions.len() - 1)
                    } else {
                        decisions
                    }),
                ])
            })
            .collect();
        list_table(
            f,
            meet_area,
            title,
            columns(
                lang,
                &["date", "meeting", "present-short", "org-short", "decisions"],
            ),
            rows,
            vec![
                Constraint::Length(10),
                Constraint::Length(30),
                Constraint::Length(5),
                Constraint::Length(4),
                Constraint::Fill(1),
            ],
            s.meeting,
            focused,
            st,
        );
    }

    let focused = s.pane == GovernancePane::Evaluations;
    let title = t!(lang, "gov-evaluations-title", count = gov.evaluations.len());
    if gov.evaluations.is_empty() {
        let msg = t!(
            lang,
            "gov-evaluations-empty",
            key = k(Command::NextPane),
            new = k(Command::New)
        );
        f.render_widget(
            Paragraph::new(msg).block(block(title, focused, st)),
            eval_area,
        );
        return;
    }
    let rows: Vec<Row> = gov
        .evaluations
        .iter()
        .map(|e| {
            let summary = e
                .summary
                .lines()
                .find(|l| !l.trim().is_empty())
                .map(sanitize)
                .unwrap_or_default();
            Row::new(vec![
                Cell::from(e.year.to_string()),
                Cell::from(i18n::date(lang, e.date)),
                Cell::from(summary),
            ])
        })
        .collect();
    list_table(
        f,
        eval_area,
        title,
        columns(lang, &["year", "presented", "summary"]),
        rows,
        vec![
            Constraint::Length(5),
            Constraint::Length(10),
            Constraint::Fill(1),
        ],
        s.evaluation,
        focused,
        st,
    );
}
