//! Popups drawn over the screen.

use super::{MARK, Styles, centered};
use crate::domain::Status;
use crate::t;
use crate::text::sanitize;
use crate::tui::app::{App, FilterField, Popup};
use crate::tui::i18n;
use crate::tui::msg::Command;
use crate::tui::search::HitKind;
use crate::tui::update::pick_visible;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, HighlightSpacing, List, ListItem, ListState, Paragraph, Wrap,
};

pub(super) fn frame_block<'a>(title: String, st: &Styles) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(st.focus())
        .title(Span::styled(format!(" {title} "), st.focus()))
}

fn list<'a>(items: Vec<ListItem<'a>>, st: &Styles) -> List<'a> {
    List::new(items)
        .highlight_style(st.selected())
        .highlight_symbol(MARK)
        .highlight_spacing(HighlightSpacing::Always)
}

/// Draws one popup.
pub fn draw(app: &App, p: &Popup, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    match p {
        Popup::Help { scroll } => {
            let r = centered(area, 72, area.height.saturating_sub(2));
            f.render_widget(Clear, r);
            let mut lines = vec![Line::styled(t!(lang, "help-intro"), st.dim())];
            // This screen's keys first, then every other command.
            let place = crate::tui::keys::Place::of(app);
            let (here, rest) = crate::tui::keys::help(place);
            let row = |c: &Command, here: bool| {
                let keys = app.keymap.keys_in(*c, lang).join(", ");
                let label = if here {
                    place.label(lang, *c)
                } else {
                    c.label(lang)
                };
                Line::from(vec![
                    Span::styled(format!("{keys:>16}"), st.title()),
                    Span::raw("  "),
                    Span::raw(label),
                ])
            };
            lines.push(Line::styled(place.title(lang), st.focus()));
            lines.extend(here.iter().map(|c| row(c, true)));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t!(lang, "place-everywhere"), st.focus()));
            lines.extend(rest.iter().map(|c| row(c, false)));
            lines.push(Line::raw(""));
            lines.push(Line::styled(t!(lang, "help-fields"), st.dim()));
            lines.push(Line::styled(t!(lang, "help-editor"), st.dim()));
            let letters: Vec<String> = Status::ALL
                .iter()
                .map(|s| i18n::status_letter(lang, *s).to_string())
                .collect();
            lines.push(Line::styled(
                t!(
                    lang,
                    "help-status",
                    key = app.keymap.first_key_in(Command::Status, lang),
                    letters = letters.join(", ")
                ),
                st.dim(),
            ));
            let w = Paragraph::new(lines)
                .block(frame_block(t!(lang, "help-title"), st))
                .scroll((*scroll, 0));
            f.render_widget(w, r);
        }
        Popup::Status { cursor, .. } => {
            let r = centered(area, 36, Status::ALL.len() as u16 + 2);
            f.render_widget(Clear, r);
            let items: Vec<ListItem> = Status::ALL
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    ListItem::new(Line::from(vec![
                        Span::styled(
                            format!("{} {} ", i + 1, i18n::status_letter(lang, *s)),
                            st.title(),
                        ),
                        Span::styled(i18n::status_label(lang, *s), st.status(*s)),
                    ]))
                })
                .collect();
            let mut state = ListState::default().with_selected(Some(*cursor));
            f.render_stateful_widget(
                list(items, st).block(frame_block(t!(lang, "status-popup-title"), st)),
                r,
                &mut state,
            );
        }
        Popup::Input {
            title,
            editor,
            error,
            ..
        } => {
            let w = area.width.saturating_sub(4).min(70);
            let h = if error.is_some() { 5 } else { 4 };
            let r = centered(area, w, h);
            f.render_widget(Clear, r);
            let b = frame_block(sanitize(title), st);
            let inner = b.inner(r);
            f.render_widget(b, r);
            let [line_area, msg_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
            editor.draw(f, line_area);
            let msg = match error {
                Some(e) => Line::styled(sanitize(e), st.error()),
                None if editor.is_selected() => {
                    Line::styled(t!(lang, "input-hint-selected"), st.dim())
                }
                None => Line::styled(t!(lang, "input-hint"), st.dim()),
            };
            f.render_widget(Paragraph::new(msg).wrap(Wrap { trim: true }), msg_area);
        }
        Popup::Text {
            title,
            editor,
            confirm_discard,
            ..
        } => {
            let r = centered(
                area,
                area.width.saturating_sub(4).min(76),
                area.height.saturating_sub(4).min(16),
            );
            f.render_widget(Clear, r);
            let b = frame_block(sanitize(title), st);
            let inner = b.inner(r);
            f.render_widget(b, r);
            let [text_area, hint_area] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
            editor.draw(f, text_area);
            let hint = if *confirm_discard {
                Line::styled(t!(lang, "text-hint-discard"), st.error())
            } else {
                Line::styled(t!(lang, "text-hint"), st.dim())
            };
            f.render_widget(Paragraph::new(hint), hint_area);
        }
        Popup::Pick(p) => {
            let visible = pick_visible(p);
            let h = (visible.len() as u16 + 3)
                .max(5)
                .min(area.height.saturating_sub(2));
            let r = centered(area, area.width.saturating_sub(4).min(64), h);
            f.render_widget(Clear, r);
            let b = frame_block(sanitize(&p.title), st);
            let inner = b.inner(r);
            f.render_widget(b, r);
            let [q_area, l_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
            let q = if p.query.is_empty() {
                Line::styled(
                    t!(
                        lang,
                        "pick-hint",
                        multi = if p.multi { "yes" } else { "no" }
                    ),
                    st.dim(),
                )
            } else {
                Line::from(format!("/ {}", sanitize(&p.query)))
            };
            f.render_widget(Paragraph::new(q), q_area);
            let items: Vec<ListItem> = visible
                .iter()
                .filter_map(|i| p.items.get(*i))
                .map(|it| {
                    let mark = if p.multi {
                        if it.checked { "[x] " } else { "[ ] " }
                    } else {
                        ""
                    };
                    ListItem::new(format!("{mark}{}", sanitize(&it.label)))
                })
                .collect();
            let mut state = ListState::default().with_selected(Some(p.cursor));
            f.render_stateful_widget(list(items, st), l_area, &mut state);
        }
        Popup::Confirm { question, .. } => {
            let w = area.width.saturating_sub(4).min(64);
            let r = centered(area, w, 5);
            f.render_widget(Clear, r);
            let lines = vec![
                Line::from(sanitize(question)),
                Line::styled(t!(lang, "confirm-hint"), st.dim()),
            ];
            f.render_widget(
                Paragraph::new(lines)
                    .wrap(Wrap { trim: true })
                    .block(frame_block(t!(lang, "confirm-title"), st)),
                r,
            );
        }
        Popup::Search(s) => {
            let r = centered(
                area,
                area.width.saturating_sub(4).min(76),
                area.height.saturating_sub(2).min(18),
            );
            f.render_widget(Clear, r);
            // Results still those of the query before (searched off the
            // event loop): the title says so.
            let title = if s.searching {
                t!(lang, "search-title-searching")
            } else {
                t!(lang, "search-title")
            };
            let b = frame_block(title, st);
            let inner = b.inner(r);
            f.render_widget(b, r);
            let [q_area, l_area] =
                Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
            let prompt_w = 2u16.min(q_area.width);
            f.render_widget(
                Paragraph::new("/ "),
                Rect {
                    width: prompt_w,
                    ..q_area
                },
            );
            let ed_area = Rect {
                x: q_area.x + prompt_w,
                width: q_area.width.saturating_sub(prompt_w),
                ..q_area
            };
            s.query.draw(f, ed_area);
            if s.hits.is_empty() {
                let msg = if s.searching {
                    t!(lang, "search-searching")
                } else if s.query.text().trim().is_empty() {
                    t!(lang, "search-intro")
                } else {
                    t!(lang, "search-none")
                };
                f.render_widget(Paragraph::new(Line::styled(msg, st.dim())), l_area);
                return;
            }
            let kinds = ["group", "action", "indicator", "journal"]
                .map(|k| t!(lang, "search-kind", kind = k));
            let items: Vec<ListItem> = s
                .hits
                .iter()
                .map(|h| {
                    let kind = match h.kind {
                        HitKind::Group => &kinds[0],
                        HitKind::Action => &kinds[1],
                        HitKind::Indicator => &kinds[2],
                        HitKind::Journal => &kinds[3],
                    };
                    let mut spans = vec![
                        Span::styled(format!("{kind:<8}"), st.dim()),
                        Span::raw(sanitize(&h.label)),
                    ];
                    if !h.context.is_empty() {
                        spans.push(Span::styled(
                            format!("  · {}", sanitize(&h.context)),
                            st.dim(),
                        ));
                    }
                    ListItem::new(Line::from(spans))
                })
                .collect();
            let mut state = ListState::default().with_selected(Some(s.cursor));
            f.render_stateful_widget(list(items, st), l_area, &mut state);
        }
        Popup::Filter { cursor } => {
            let r = centered(
                area,
                area.width.saturating_sub(4).min(64),
                FilterField::ALL.len() as u16 + 4,
            );
            f.render_widget(Clear, r);
            let fl = &app.filter;
            let rf = app.ws.referential.as_ref();
            let all = t!(lang, "filter-all");
            let items: Vec<ListItem> = FilterField::ALL
                .iter()
                .map(|field| {
                    let (name, value) = match field {
                        FilterField::Status => (
                            t!(lang, "filter-field", field = "status"),
                            fl.status.map(|s| i18n::status_label(lang, s).to_string()),
                        ),
                        FilterField::Territory => (
                            t!(lang, "filter-field", field = "territory"),
                            fl.territory.as_ref().map(|t| {
                                rf.map_or(t.to_string(), |r| r.territory_name(t).to_string())
                            }),
                        ),
                        FilterField::Axis => (
                            t!(lang, "filter-field", field = "axis"),
                            fl.axis.as_ref().map(|a| {
                                rf.and_then(|r| r.axis(a))
                                    .map_or(a.to_string(), |a| format!("{}. {}", a.number, a.title))
                            }),
                        ),
                        FilterField::Public => (
                            t!(lang, "filter-field", field = "public"),
                            fl.public.as_ref().map(|p| {
                                rf.and_then(|r| r.public(p))
                                    .map_or(p.to_string(), |p| p.label.clone())
                            }),
                        ),
                        FilterField::Pilot => (
                            t!(lang, "filter-field", field = "pilot"),
                            fl.pilot.as_ref().map(|o| {
                                rf.map_or(o.to_string(), |r| r.organisation_name(o).to_string())
                            }),
                        ),
                        FilterField::Overdue => (
                            t!(lang, "filter-field", field = "overdue"),
                            fl.overdue.then(|| t!(lang, "value-yes")),
                        ),
                    };
                    let set = value.is_some();
                    ListItem::new(Line::from(vec![
                        Span::raw(format!("{name:<22}")),
                        Span::styled(
                            sanitize(&value.unwrap_or_else(|| all.clone())),
                            if set { st.focus() } else { Style::new() },
                        ),
                    ]))
                })
                .collect();
            let b = frame_block(t!(lang, "filters-title"), st);
            let inner = b.inner(r);
            f.render_widget(b, r);
            let [l_area, hint_area] =
                Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
            let mut state = ListState::default().with_selected(Some(*cursor));
            f.render_stateful_widget(list(items, st), l_area, &mut state);
            f.render_widget(
                Paragraph::new(Line::styled(t!(lang, "filters-hint"), st.dim())),
                hint_area,
            );
        }
        Popup::Organisation { id, scroll } => super::partner::draw(app, id, *scroll, st, f, area),
        Popup::Problems {
            scroll,
            diagnostics: diags,
        } => {
            let r = centered(
                area,
                area.width.saturating_sub(2),
                area.height.saturating_sub(2),
            );
            f.render_widget(Clear, r);
            // Only the lines that can show: each line takes a row at least,
            // so the rows above the scroll and those of the window suffice
            // (a big pact can have thousands of warnings).
            let needed = usize::from(*scroll) + usize::from(r.height);
            let mut lines = Vec::new();
            for d in diags {
                if lines.len() >= needed {
                    break;
                }
                let style = if d.is_error() { st.error() } else { st.warn() };
                for (i, l) in d.render(lang).lines().enumerate() {
                    lines.push(Line::styled(
                        sanitize(l),
                        if i == 0 { style } else { Style::new() },
                    ));
                }
            }
            if lines.is_empty() {
                lines.push(Line::from(t!(lang, "problems-none")));
            }
            let title = t!(lang, "problems-title", count = diags.len());
            f.render_widget(
                Paragraph::new(lines)
                    .block(frame_block(title, st))
                    .wrap(Wrap { trim: false })
                    .scroll((*scroll, 0)),
                r,
            );
        }
        Popup::Preview {
            title,
            text,
            scroll,
            ..
        } => {
            let r = centered(
                area,
                area.width.saturating_sub(2).min(100),
                area.height.saturating_sub(2),
            );
            f.render_widget(Clear, r);
            let lines: Vec<Line> = text.lines().map(|l| Line::raw(sanitize(l))).collect();
            let hint = Line::styled(
                format!(" {} ", t!(lang, "session-preview-hint")),
                st.focus(),
            );
            f.render_widget(
                Paragraph::new(lines)
                    .block(frame_block(sanitize(title), st).title_bottom(hint))
                    .wrap(Wrap { trim: false })
                    .scroll((*scroll, 0)),
                r,
            );
        }
    }
}
