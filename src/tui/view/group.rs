//! A group page: who leads it, its actions and its meetings.

use super::lists::{action_header, action_row, action_widths, list_table};
use super::{Styles, block};
use crate::domain::Lead;
use crate::text::sanitize;
use crate::tui::app::{App, GroupPane, GroupState};
use crate::tui::i18n::{self, tr};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Cell, Paragraph, Row};

fn lead(app: &App, l: &Option<Lead>) -> String {
    let r = app.ws.referential.as_ref();
    match l {
        None => tr(app.lang, "—", "—").into(),
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
        f.render_widget(
            Paragraph::new(tr(lang, "Groupe introuvable", "Group not found")),
            area,
        );
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
            format!("{} {}", tr(lang, "axe", "axis"), a.number)
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
    let label = |s: &str| Span::styled(s.to_string(), st.title());
    let mut info = Vec::new();
    let conflicted = app
        .ws
        .group_files
        .get(&g.id)
        .is_some_and(|f| crate::tui::sync::is_conflicted(&app.ws.load_diagnostics, f));
    if conflicted {
        info.push(Line::styled(
            format!(
                "⚠ {} {} {}",
                tr(
                    lang,
                    "Conflit de fusion à résoudre (lecture seule) :",
                    "Merge conflict to resolve (read-only):"
                ),
                app.keymap.first_key(crate::tui::msg::Command::Share),
                tr(
                    lang,
                    "pour choisir champ par champ",
                    "to choose field by field"
                )
            ),
            st.error(),
        ));
    } else if let Some(problem) = app.broken.get(&g.id) {
        info.push(Line::styled(
            sanitize(&format!(
                "⚠ {} {problem}",
                tr(
                    lang,
                    "Fichier illisible sur le disque, lecture seule :",
                    "File unreadable on disk, read-only:"
                )
            )),
            st.error(),
        ));
    }
    if app.conflicts.contains(&g.id) || app.unsaved.contains(&g.id) {
        info.push(Line::styled(
            tr(
                lang,
                "⚠ Modification non enregistrée (w : réessayer, R : recharger le disque)",
                "⚠ Unsaved edit (w: retry, R: reload from disk)",
            ),
            st.error(),
        ));
    }
    info.push(Line::from(vec![Span::styled(
        sanitize(&g.name),
        st.title().add_modifier(ratatui::style::Modifier::BOLD),
    )]));
    info.push(Line::from(vec![
        label(tr(lang, "Territoire : ", "Territory: ")),
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
        label(tr(lang, "Pilote : ", "Pilot: ")),
        Span::raw(lead(app, &g.pilot)),
        Span::raw("  "),
        label(tr(lang, "Copilote : ", "Co-pilot: ")),
        Span::raw(lead(app, &g.copilot)),
    ]));
    info.push(Line::from(vec![
        label(tr(lang, "Membres : ", "Members: ")),
        Span::raw(if members.is_empty() {
            "—".into()
        } else {
            sanitize(&members.join(", "))
        }),
    ]));
    let info_h = info.len() as u16;
    let meet_h = (g.meetings.len() as u16 + 3).clamp(4, 7);
    let [info_area, act_area, meet_area] = Layout::vertical([
        Constraint::Length(info_h),
        Constraint::Min(4),
        Constraint::Length(meet_h),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(info), info_area);

    let actions = app.actions_of(g);
    let rows: Vec<Row> = actions
        .iter()
        .map(|a| action_row(app, a, None, st))
        .collect();
    let title = format!("{} ({})", tr(lang, "Actions", "Actions"), actions.len());
    let focused = s.pane == GroupPane::Actions;
    if rows.is_empty() {
        let msg = tr(
            lang,
            "Aucune action. n : créer une action",
            "No action. n: create an action",
        );
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

    let focused = s.pane == GroupPane::Meetings;
    let title = format!(
        "{} ({})",
        tr(lang, "Réunions", "Meetings"),
        g.meetings.len()
    );
    if g.meetings.is_empty() {
        let msg = tr(
            lang,
            "Aucune réunion. r : enregistrer une réunion",
            "No meeting. r: record a meeting",
        );
        f.render_widget(
            Paragraph::new(msg).block(block(title, focused, st)),
            meet_area,
        );
        return;
    }
    let rows: Vec<Row> = g
        .meetings
        .iter()
        .map(|m| {
            let decisions = m.decisions.first().map(|d| sanitize(d)).unwrap_or_default();
            Row::new(vec![
                Cell::from(i18n::date(lang, m.date)),
                Cell::from(i18n::meeting_kind(lang, m.kind)),
                Cell::from(format!(
                    "{:>3} {}",
                    m.participants,
                    tr(lang, "pers.", "ppl")
                )),
                Cell::from(format!(
                    "{:>2} {}",
                    m.organisations.len(),
                    tr(lang, "org.", "org.")
                )),
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
        vec![
            tr(lang, "Date", "Date"),
            tr(lang, "Type", "Kind"),
            tr(lang, "Présents", "Present"),
            "",
            tr(lang, "Décisions", "Decisions"),
        ],
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
