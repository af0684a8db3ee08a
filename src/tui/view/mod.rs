//! `view`: draws the model. Pure: no I/O, reads nothing but the model.

mod action;
mod alerts;
mod board;
mod board_indicators;
mod governance;
mod group;
mod home;
mod lists;
mod partner;
mod popup;
mod session;
mod style;
mod sync;

use super::app::{App, GroupSource, Screen, Tone};
use super::i18n;
use super::msg::Command;
use crate::t;
use crate::text::sanitize;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
pub use style::Styles;

/// Marker drawn before the selected row (visible without colour).
pub const MARK: &str = "> ";

/// Draws the whole interface.
pub fn view(app: &App, f: &mut Frame) {
    let area = f.area();
    if area.width < 20 || area.height < 6 {
        f.render_widget(Paragraph::new(t!(app.lang, "view-too-small")), area);
        return;
    }
    let st = Styles::new(app.no_color);
    let filter = filter_line(app);
    let [top, filt, body, bottom] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(if filter.is_some() { 1 } else { 0 }),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(breadcrumb(app, &st, top.width)), top);
    if let Some(line) = filter {
        f.render_widget(Paragraph::new(line).style(st.focus()), filt);
    }
    match app.screen() {
        Screen::Home(h) => home::draw(app, h, &st, f, body),
        Screen::Axis { id, cursor } => lists::axis(app, id, *cursor, &st, f, body),
        Screen::Groups { source, cursor } => lists::groups(app, source, *cursor, &st, f, body),
        Screen::Group(s) => group::draw(app, s, &st, f, body),
        Screen::Action(s) => action::draw(app, s, &st, f, body),
        Screen::AllActions { cursor } => lists::all_actions(app, *cursor, &st, f, body),
        Screen::Governance(s) => governance::draw(app, s, &st, f, body),
        Screen::Sync(p) => sync::panel(app, p, &st, f, body),
        Screen::Conflicts(c) => sync::conflicts(app, c, &st, f, body),
        Screen::Board(b) => board::draw(app, b, &st, f, body),
        Screen::Alerts(s) => alerts::draw(app, s, &st, f, body),
        Screen::Meeting(s) => session::draw(app, s, &st, f, body),
    }
    f.render_widget(Paragraph::new(status_line(app, &st, bottom.width)), bottom);
    for p in &app.popups {
        popup::draw(app, p, &st, f, area);
    }
}

/// The first frame, while the workspace opens: how many group files are
/// read of how many.
pub fn loading(
    f: &mut Frame,
    lang: super::Lang,
    done: usize,
    total: usize,
    waited: std::time::Duration,
) {
    let area = f.area();
    let [_, mid, _] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(3),
        Constraint::Fill(1),
    ])
    .areas(area);
    let text = if total == 0 {
        t!(lang, "view-loading")
    } else {
        t!(
            lang,
            "view-loading-files",
            done = done as u64,
            total = total as u64,
            seconds = crate::i18n::number(lang, (waited.as_secs_f64() * 10.0).round() / 10.0)
        )
    };
    let width = usize::from(area.width.saturating_sub(4)).min(60);
    let filled = (width * done.min(total)).checked_div(total).unwrap_or(0);
    let bar = format!("[{}{}]", "#".repeat(filled), "·".repeat(width - filled));
    f.render_widget(
        Paragraph::new(vec![Line::from("pacte"), Line::from(text), Line::from(bar)])
            .alignment(ratatui::layout::Alignment::Center),
        mid,
    );
}

/// The name of a screen, for the breadcrumb.
fn crumb(app: &App, s: &Screen) -> String {
    let lang = app.lang;
    let r = app.ws.referential.as_ref();
    let raw = match s {
        Screen::Home(_) => t!(lang, "crumb", screen = "home"),
        Screen::Axis { id, .. } => r.and_then(|r| r.axis(id)).map_or(id.to_string(), |a| {
            t!(lang, "axis-number", number = a.number)
        }),
        Screen::Groups { source, .. } => match source {
            GroupSource::Territory(t) => {
                r.map_or(t.to_string(), |r| r.territory_name(t).to_string())
            }
            GroupSource::Axis(_) => t!(lang, "crumb", screen = "all-groups"),
            GroupSource::Theme(t) => r
                .and_then(|r| r.theme(t))
                .map_or(t.to_string(), |(_, th)| th.title.clone()),
        },
        Screen::Group(g) => app
            .ws
            .group(&g.id)
            .map_or(g.id.to_string(), |g| g.name.clone()),
        Screen::Action(a) => app
            .action(&a.target)
            .map_or(a.target.action.to_string(), |(_, a)| a.title.clone()),
        Screen::AllActions { .. } => t!(lang, "crumb", screen = "all-actions"),
        Screen::Governance(_) => t!(lang, "crumb", screen = "governance"),
        Screen::Sync(_) => t!(lang, "crumb", screen = "share"),
        Screen::Conflicts(_) => t!(lang, "crumb", screen = "conflicts"),
        Screen::Board(_) => t!(lang, "crumb", screen = "board"),
        Screen::Alerts(_) => t!(lang, "crumb", screen = "alerts"),
        Screen::Meeting(m) => app
            .ws
            .group(&m.group)
            .and_then(|g| g.meeting(&m.meeting))
            .map_or(m.meeting.to_string(), |x| {
                t!(lang, "session-crumb", date = i18n::date(lang, x.date))
            }),
    };
    sanitize(&raw)
}

fn breadcrumb<'a>(app: &App, st: &Styles, width: u16) -> Line<'a> {
    let mut parts: Vec<String> = app.screens.iter().map(|s| crumb(app, s)).collect();
    let n = parts.len();
    // Too long: shorten the crumbs before the last one, longest first.
    let total = |p: &[String]| {
        6 + p.iter().map(|s| s.chars().count()).sum::<usize>() + 3 * p.len().saturating_sub(1)
    };
    while total(&parts) > usize::from(width) {
        let Some((i, len)) = parts[..n.saturating_sub(1)]
            .iter()
            .map(|s| s.chars().count())
            .enumerate()
            .max_by_key(|(_, l)| *l)
        else {
            break;
        };
        if len <= 6 {
            break;
        }
        let short: String = parts[i].chars().take(len - 2).collect();
        parts[i] = format!("{}…", short.trim_end());
    }
    let mut spans = vec![Span::styled("pacte ", st.title())];
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" › ", st.dim()));
        }
        let s = if i + 1 == n {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        spans.push(Span::styled(p, s));
    }
    Line::from(spans)
}

fn filter_line(app: &App) -> Option<String> {
    let f = &app.filter;
    if f.is_empty() {
        return None;
    }
    let lang = app.lang;
    let r = app.ws.referential.as_ref();
    let mut parts = Vec::new();
    let part = |field: &str, value: &str| t!(lang, "filter-part", field = field, value = value);
    if let Some(s) = f.status {
        parts.push(part("status", i18n::status_label(lang, s)));
    }
    if let Some(t) = &f.territory {
        parts.push(part(
            "territory",
            r.map_or(t.as_str(), |r| r.territory_name(t)),
        ));
    }
    if let Some(a) = &f.axis {
        let n = r
            .and_then(|r| r.axis(a))
            .map_or(a.to_string(), |a| a.number.to_string());
        parts.push(part("axis", &n));
    }
    if let Some(p) = &f.public {
        let l = r
            .and_then(|r| r.public(p))
            .map_or(p.as_str(), |p| p.label.as_str());
        parts.push(part("public", l));
    }
    if let Some(o) = &f.pilot {
        parts.push(part(
            "pilot",
            r.map_or(o.as_str(), |r| r.organisation_name(o)),
        ));
    }
    if f.overdue {
        parts.push(t!(lang, "filter-overdue"));
    }
    Some(sanitize(&t!(
        lang,
        "filter-line",
        parts = parts.join(" · "),
        key = app.keymap.first_key_in(Command::ClearFilter, lang)
    )))
}

fn status_line<'a>(app: &App, st: &Styles, width: u16) -> Line<'a> {
    let lang = app.lang;
    if let Some((tone, msg)) = &app.message {
        let style = match tone {
            Tone::Info => Style::new(),
            Tone::Ok => st.ok(),
            Tone::Error => st.error(),
        };
        return Line::from(Span::styled(sanitize(msg), style));
    }
    let k = |c| app.keymap.first_key_in(c, lang);
    let mut spans = Vec::new();
    if !app.unsaved.is_empty() || app.governance_unsaved {
        let count = app.unsaved.len() + usize::from(app.governance_unsaved);
        spans.push(Span::styled(
            format!("{} ", t!(lang, "status-unsaved", count = count)),
            st.error(),
        ));
    }
    let problems = app.ws.broken_files().len();
    if problems > 0 {
        spans.push(Span::styled(
            format!(
                "{} ",
                t!(
                    lang,
                    "status-unreadable",
                    count = problems,
                    key = k(Command::Problems)
                )
            ),
            st.warn(),
        ));
    }
    // The keys that matter here, then the global ones, as many as fit.
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let room = usize::from(width).saturating_sub(used);
    for (key, word) in crate::tui::keys::footer_entries(app, room) {
        spans.push(Span::styled(key, st.title()));
        spans.push(Span::raw(format!(" {word}  ")));
    }
    Line::from(spans)
}

/// A bordered block, highlighted when focused.
pub fn block<'a>(title: String, focused: bool, st: &Styles) -> Block<'a> {
    let b = Block::default().borders(Borders::ALL).title(Span::styled(
        format!(" {title} "),
        if focused { st.focus() } else { st.title() },
    ));
    if focused {
        b.border_style(st.focus())
    } else {
        b
    }
}

/// A text bar of `width` cells for a percentage: `[####------]`.
pub fn bar(progress: u8, width: usize) -> String {
    let p = usize::from(progress.min(100));
    let full = (p * width + 50) / 100;
    format!(
        "{}{}",
        "█".repeat(full),
        "·".repeat(width.saturating_sub(full))
    )
}

/// A centred rectangle of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
