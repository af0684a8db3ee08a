//! A group page: who leads it, its actions and its meetings.

use super::lists::{action_header, action_row, action_widths, columns, list_table, status_shorts};
use super::{Styles, block};
use crate::domain::meeting::{EntryRef, decisions, open_steps};
use crate::domain::{Lead, Minutes};
use crate::t;
use crate::text::sanitize;
use crate::tui::app::{App, GroupPane, GroupState};
use crate::tui::i18n;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

fn lead(app: &App, l: &Option<Lead>) -> String {
    let r = app.ws.referential.as_ref();
    match l {
        None => "—".into(),
        Some(l) => {
            let org = r.map_or(l.organisation.as_str(), |r| {
                r.organisation_name(&l.organisation)
            });
            match &l.person {
                Some(p) => sanitize(&format!("{org} ({p})")),
                None => sanitize(org),
            }
        }
    }
}

/// Draws a group page.
pub fn draw(app: &App, s: &GroupState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(g) = app.ws.group(&s.id) else {
        f.render_widget(Paragraph::new(t!(lang, "group-not-found")), area);
        return;
    };
    let r = app.ws.referential.as_ref();
    let territories: Vec<String> = g
        .territories
        .iter()
        .map(|t| r.map_or(t.to_string(), |r| r.territory_name(t).to_string()))
        .collect();
    let axis = r
        .and_then(|r| r.axis(&g.axis))
        .map_or(g.axis.to_string(), |a| {
            t!(lang, "axis-number-lower", number = a.number)
        });
    let themes: Vec<String> = g
        .themes
        .iter()
        .map(|t| {
            r.and_then(|r| r.theme(t))
                .map_or(t.to_string(), |(_, th)| th.title.clone())
        })
        .collect();
    let members: Vec<&str> = g
        .members
        .iter()
        .map(|m| r.map_or(m.as_str(), |r| r.organisation_name(m)))
        .collect();
    let label = |field: &str| {
        Span::styled(
            format!("{} ", t!(lang, "group-label", field = field)),
            st.title(),
        )
    };
    let mut info = Vec::new();
    let conflicted = app
        .ws
        .group_files
        .get(&g.id)
        .is_some_and(|f| crate::tui::sync::is_conflicted(&app.ws.load_diagnostics, f));
    if conflicted {
        info.push(Line::styled(
            t!(
                lang,
                "group-conflicted",
                key = app
                    .keymap
                    .first_key_in(crate::tui::msg::Command::Share, lang)
            ),
            st.error(),
        ));
    } else if let Some(problem) = app.broken.get(&g.id) {
        info.push(Line::styled(
            sanitize(&t!(lang, "group-unreadable", problem = problem.as_str())),
            st.error(),
        ));
    }
    if app.conflicts.contains(&g.id) || app.unsaved.contains(&g.id) {
        info.push(Line::styled(t!(lang, "group-unsaved"), st.error()));
    }
    info.push(Line::from(vec![Span::styled(
        sanitize(&g.name),
        st.title().add_modifier(ratatui::style::Modifier::BOLD),
    )]));
    info.push(Line::from(vec![
        label("territory"),
        Span::raw(sanitize(&territories.join(", "))),
        Span::raw(" · "),
        Span::raw(sanitize(&axis)),
        Span::raw(if themes.is_empty() {
            String::new()
        } else {
            sanitize(&format!(" · {}", themes.join(", ")))
        }),
    ]));
    info.push(Line::from(vec![
        label("pilot"),
        Span::raw(lead(app, &g.pilot)),
        Span::raw("  "),
        label("copilot"),
        Span::raw(lead(app, &g.copilot)),
    ]));
    info.push(Line::from(vec![
        label("members"),
        Span::raw(if members.is_empty() {
            "—".into()
        } else {
            sanitize(&members.join(", "))
        }),
    ]));
    let info_h = info.len() as u16;
    let steps = open_steps(g);
    // Meetings get up to a third of the page (the latest first), open next
    // steps up to a quarter; the actions keep the rest.
    let third = area.height.saturating_sub(info_h) / 3;
    let meet_h = (g.meetings.len() as u16 + 3).clamp(4, third.max(4));
    let steps_h = if steps.is_empty() {
        0
    } else {
        (steps.len() as u16 + 2).min((area.height / 4).max(3))
    };
    let [info_area, act_area, steps_area, meet_area] = Layout::vertical([
        Constraint::Length(info_h),
        Constraint::Min(4),
        Constraint::Length(steps_h),
        Constraint::Length(meet_h),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(info), info_area);

    let actions = app.actions_of(g);
    let shorts = status_shorts(lang);
    let rows: Vec<Row> = actions
        .iter()
        .map(|a| action_row(app, a, None, &shorts, st))
        .collect();
    let title = t!(lang, "actions-title", count = actions.len());
    let focused = s.pane == GroupPane::Actions;
    if rows.is_empty() {
        let msg = t!(lang, "group-actions-empty");
        f.render_widget(
            Paragraph::new(msg).block(block(title, focused, st)),
            act_area,
        );
    } else {
        list_table(
            f,
            act_area,
            title,
            action_header(app),
            rows,
            action_widths(),
            s.action,
            focused,
            st,
        );
    }

    if !steps.is_empty() {
        draw_steps(app, &steps, st, f, steps_area);
    }
    let focused = s.pane == GroupPane::Meetings;
    let title = t!(lang, "group-meetings-title", count = g.meetings.len());
    if g.meetings.is_empty() {
        let msg = t!(lang, "group-meetings-empty");
        f.render_widget(
            Paragraph::new(msg).block(block(title, focused, st)),
            meet_area,
        );
        return;
    }
    let (people, orgs) = (t!(lang, "unit-people"), t!(lang, "unit-organisations"));
    let rows: Vec<Row> = g
        .meetings
        .iter()
        .rev()
        .map(|m| {
            let all = decisions(g, m);
            let first = all.first().map(|(_, d)| sanitize(d)).unwrap_or_default();
            let kind = if m.minutes == Minutes::Draft {
                t!(
                    lang,
                    "group-meeting-in-progress",
                    key = app
                        .keymap
                        .first_key_in(crate::tui::msg::Command::Meeting, lang)
                )
            } else {
                i18n::meeting_kind(lang, m.kind).to_string()
            };
            Row::new(vec![
                Cell::from(i18n::date(lang, m.date)),
                Cell::from(kind),
                Cell::from(format!("{:>3} {people}", m.participants)),
                Cell::from(format!("{:>2} {orgs}", m.organisations.len())),
                Cell::from(if all.len() > 1 {
                    format!("{first} (+{})", all.len() - 1)
                } else {
                    first
                }),
            ])
        })
        .collect();
    list_table(
        f,
        meet_area,
        title,
        columns(lang, &["date", "kind", "present", "", "decisions"]),
        rows,
        vec![
            Constraint::Length(10),
            Constraint::Length(17),
            Constraint::Length(9),
            Constraint::Length(7),
            Constraint::Fill(1),
        ],
        s.meeting,
        focused,
        st,
    );
}

/// The group's open next steps, earliest due first: due date, owner, what,
/// on which action (late ones marked).
fn draw_steps(app: &App, steps: &[EntryRef<'_>], st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let r = app.ws.referential.as_ref();
    let rows: Vec<Row> = steps
        .iter()
        .map(|x| {
            let e = x.entry;
            let owner = e.owner.as_ref().map_or("—".to_string(), |o| {
                r.map_or(o.to_string(), |r| r.organisation_name(o).to_string())
            });
            let due = e.due.map_or(String::new(), |d| i18n::date(lang, d));
            let cells = vec![
                Cell::from(due),
                Cell::from(sanitize(&owner)),
                Cell::from(sanitize(&t!(
                    lang,
                    "group-step-row",
                    text = e.text.as_str(),
                    action = x.action.title.as_str()
                ))),
            ];
            if e.is_overdue_step(app.today) {
                Row::new(cells).style(st.error())
            } else {
                Row::new(cells)
            }
        })
        .collect();
    let title = t!(lang, "group-steps-title", count = steps.len());
    let table = ratatui::widgets::Table::new(
        rows,
        [
            Constraint::Length(10),
            Constraint::Length(18),
            Constraint::Fill(1),
        ],
    )
    .block(super::block(title, false, st));
    f.render_widget(table, area);
}
