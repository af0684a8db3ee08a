//! Meeting mode: the agenda, one action per screen with its whole text
//! wrapped, and the record of what the meeting decided (beside the action
//! from 100 columns, in its place below that).

use super::{MARK, Styles, block};
use crate::domain::meeting::{AgendaItem, IndicatorWhy, agenda_of, open_steps, taken_in};
use crate::domain::{Action, EntryKind, Group, Id, Meeting};
use crate::t;
use crate::text::sanitize;
use crate::tui::app::App;
use crate::tui::i18n::{date, meeting_kind, number, status_label};
use crate::tui::session::{MeetingPane, MeetingState};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

/// Width from which the record stays beside the action.
pub const SIDE_WIDTH: u16 = 100;

fn org(app: &App, id: &Id) -> String {
    app.ws
        .referential
        .as_ref()
        .map_or(id.to_string(), |r| r.organisation_name(id).to_string())
}

/// What every pane of the meeting screen draws from.
#[derive(Clone, Copy)]
struct Meet<'a> {
    app: &'a App,
    s: &'a MeetingState,
    g: &'a Group,
    m: &'a Meeting,
    st: &'a Styles,
}

/// Draws the meeting screen.
pub fn draw(app: &App, s: &MeetingState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(g) = app.ws.group(&s.group) else {
        return;
    };
    let Some(m) = g.meeting(&s.meeting) else {
        return;
    };
    let [head, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
    let title = t!(
        lang,
        "session-title",
        date = date(lang, m.date),
        kind = meeting_kind(lang, m.kind),
        group = g.name.as_str()
    );
    f.render_widget(
        Paragraph::new(Line::styled(sanitize(&title), st.title())),
        head,
    );
    let wide = body.width >= SIDE_WIDTH;
    let (main, side) = if wide {
        let [a, b] = Layout::horizontal([Constraint::Percentage(62), Constraint::Percentage(38)])
            .areas(body);
        (a, Some(b))
    } else {
        (body, None)
    };
    let c = Meet { app, s, g, m, st };
    match s.pane {
        MeetingPane::Agenda => draw_agenda(&c, f, main),
        MeetingPane::Action => draw_action(&c, f, main),
        MeetingPane::Record if !wide => draw_record(&c, f, main),
        MeetingPane::Record => draw_action(&c, f, main),
    }
    if let Some(side) = side {
        draw_record(&c, f, side);
    }
}

fn title_of<'a>(g: &'a Group, id: &'a Id) -> &'a str {
    g.action(id).map_or(id.as_str(), |a| a.title.as_str())
}

/// One agenda line in words: its action, then why it is there.
fn agenda_line(app: &App, g: &Group, item: &AgendaItem) -> String {
    let lang = app.lang;
    let action = g.action(item.action());
    let what = match item {
        AgendaItem::OpenStep { index, .. } => match action.and_then(|a| a.journal.get(*index)) {
            Some(e) => step_words(app, e, "session-item-step"),
            None => String::new(),
        },
        AgendaItem::OverdueAction { .. } => {
            let due = action
                .and_then(|a| a.due)
                .map(|d| date(lang, d))
                .unwrap_or_default();
            t!(lang, "session-item-overdue", date = due)
        }
        AgendaItem::Indicator { indicator, why, .. } => {
            let i = action.and_then(|a| a.indicators.iter().find(|i| &i.id == indicator));
            let label = i.map_or(indicator.as_str(), |i| i.label.as_str());
            match why {
                IndicatorWhy::OffTarget => t!(
                    lang,
                    "session-item-off-target",
                    label = label,
                    value = i
                        .and_then(|i| i.latest())
                        .map(|m| number(lang, m.value))
                        .unwrap_or_default(),
                    target = i
                        .and_then(|i| i.target)
                        .map(|v| number(lang, v))
                        .unwrap_or_default()
                ),
                IndicatorWhy::NotMeasured => {
                    t!(lang, "session-item-not-measured", label = label)
                }
            }
        }
        AgendaItem::DeliverablesDue { left, .. } => {
            t!(lang, "session-item-deliverables", count = *left)
        }
        AgendaItem::Untouched { .. } => t!(lang, "session-item-untouched"),
    };
    t!(
        lang,
        "session-item",
        action = title_of(g, item.action()),
        what = what
    )
}

fn draw_agenda(c: &Meet<'_>, f: &mut Frame, area: Rect) {
    let Meet { app, s, g, m, st } = *c;
    let lang = app.lang;
    let items = agenda_of(g, m);
    let mut lines = Vec::new();
    if !m.agenda.is_empty() {
        lines.push(Line::styled(
            sanitize(&t!(lang, "session-agenda-note", note = m.agenda.as_str())),
            st.dim(),
        ));
    }
    if items.is_empty() {
        lines.push(Line::raw(t!(lang, "session-agenda-empty")));
    }
    // Rows each line takes once wrapped, to keep the cursor's in sight.
    let width = usize::from(area.width.saturating_sub(2)).max(1);
    let rows = |text: &str| (text.chars().count() + 2).div_ceil(width).max(1);
    let mut row = lines.len();
    let (mut cursor_row, mut cursor_rows) = (0usize, 1usize);
    for (i, item) in items.iter().enumerate() {
        let selected = i == s.agenda;
        let text = sanitize(&agenda_line(app, g, item));
        if selected {
            (cursor_row, cursor_rows) = (row, rows(&text));
        }
        row += rows(&text);
        let mark = if selected { MARK } else { "  " };
        let line = Line::from(vec![Span::raw(mark), Span::raw(text)]);
        lines.push(if selected {
            line.style(st.selected())
        } else {
            line
        });
    }
    let inner = usize::from(area.height.saturating_sub(2)).max(1);
    let scroll = (cursor_row + cursor_rows).saturating_sub(inner);
    let title = t!(lang, "session-agenda-title", count = items.len());
    f.render_widget(
        Paragraph::new(lines)
            .block(block(title, true, st))
            .wrap(Wrap { trim: false })
            .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
        area,
    );
}

fn heading<'a>(text: String, st: &Styles) -> Line<'a> {
    Line::styled(text, st.title())
}

/// The action's whole text: status, objectives, deliverables, indicators,
/// open steps, latest decisions, and what this meeting took on it.
fn action_lines<'a>(app: &App, g: &Group, m: &Meeting, a: &Action, st: &Styles) -> Vec<Line<'a>> {
    let lang = app.lang;
    let mut lines = vec![Line::styled(
        sanitize(&a.title),
        st.title().add_modifier(Modifier::BOLD),
    )];
    let due = match a.due {
        Some(d) if a.is_overdue(app.today) => t!(lang, "session-action-late", date = date(lang, d)),
        Some(d) => t!(lang, "session-action-due", date = date(lang, d)),
        None => String::new(),
    };
    lines.push(Line::raw(t!(
        lang,
        "session-action-status",
        status = status_label(lang, a.status),
        progress = u32::from(a.progress),
        due = due
    )));
    if !a.objectives.trim().is_empty() {
        lines.push(heading(t!(lang, "session-objectives"), st));
        lines.extend(a.objectives.lines().map(|l| Line::raw(sanitize(l))));
    }
    if !a.deliverables.is_empty() {
        lines.push(heading(t!(lang, "session-deliverables"), st));
        for d in &a.deliverables {
            let mark = if d.done { "[x] " } else { "[ ] " };
            lines.push(Line::raw(format!("{mark}{}", sanitize(&d.label))));
        }
    }
    if !a.indicators.is_empty() {
        lines.push(heading(t!(lang, "session-indicators"), st));
        for i in &a.indicators {
            let unit = if i.unit.is_empty() {
                String::new()
            } else {
                format!(" {}", i.unit)
            };
            let last = i.latest().map_or_else(
                || t!(lang, "session-indicator-none"),
                |x| {
                    t!(
                        lang,
                        "session-indicator-last",
                        value = number(lang, x.value),
                        unit = unit.as_str(),
                        date = date(lang, x.date)
                    )
                },
            );
            let target = i.target.map_or(String::new(), |v| {
                t!(
                    lang,
                    "session-indicator-target",
                    value = number(lang, v),
                    unit = unit.as_str()
                )
            });
            lines.push(Line::raw(sanitize(&t!(
                lang,
                "session-indicator-line",
                label = i.label.as_str(),
                last = last,
                target = target
            ))));
        }
    }
    let steps: Vec<_> = open_steps(g)
        .into_iter()
        .filter(|r| r.action.id == a.id && r.entry.meeting.as_ref() != m.id.as_ref())
        .collect();
    if !steps.is_empty() {
        lines.push(heading(t!(lang, "session-open-steps"), st));
        for r in steps {
            lines.push(Line::raw(sanitize(&step_words(
                app,
                r.entry,
                "session-record-step",
            ))));
        }
    }
    let decisions: Vec<_> = a
        .journal
        .iter()
        .rev()
        .filter(|e| e.kind == EntryKind::Decision && e.meeting.as_ref() != m.id.as_ref())
        .take(3)
        .collect();
    if !decisions.is_empty() {
        lines.push(heading(t!(lang, "session-decisions"), st));
        for e in decisions {
            lines.push(Line::raw(sanitize(&t!(
                lang,
                "session-dated",
                date = date(lang, e.date),
                text = e.text.as_str()
            ))));
        }
    }
    if let Some(id) = &m.id {
        let here: Vec<_> = taken_in(g, id)
            .into_iter()
            .filter(|r| r.action.id == a.id)
            .collect();
        if !here.is_empty() {
            lines.push(heading(t!(lang, "session-in-meeting"), st));
            for r in here {
                lines.push(Line::styled(
                    sanitize(&entry_words(app, r.entry)),
                    st.focus(),
                ));
            }
        }
    }
    lines
}

/// A next step in words (catalogue id `id`): what, who carries it, when
/// it is due or since when it is late.
fn step_words(app: &App, e: &crate::domain::JournalEntry, id: &str) -> String {
    let lang = app.lang;
    let owner = e
        .owner
        .as_ref()
        .map_or_else(|| t!(lang, "session-nobody"), |o| org(app, o));
    let due = match e.due {
        Some(d) if d < app.today => t!(lang, "session-item-step-late", date = date(lang, d)),
        Some(d) => t!(lang, "session-item-step-due", date = date(lang, d)),
        None => String::new(),
    };
    crate::i18n::text(
        lang,
        id,
        &[
            ("text", e.text.as_str().into()),
            ("owner", owner.into()),
            ("due", due.into()),
        ],
    )
}

fn entry_words(app: &App, e: &crate::domain::JournalEntry) -> String {
    let lang = app.lang;
    match e.kind {
        EntryKind::NextStep if e.done.is_some() => {
            t!(lang, "session-record-done", text = e.text.as_str())
        }
        EntryKind::NextStep => step_words(app, e, "session-record-step"),
        _ => t!(lang, "session-record-decision", text = e.text.as_str()),
    }
}

fn draw_action(c: &Meet<'_>, f: &mut Frame, area: Rect) {
    let Meet { app, s, g, m, st } = *c;
    let lang = app.lang;
    let Some(a) = s.action().and_then(|id| g.action(id)) else {
        f.render_widget(
            Paragraph::new(t!(lang, "session-no-action")).block(block(String::new(), true, st)),
            area,
        );
        return;
    };
    let lines = action_lines(app, g, m, a, st);
    let title = t!(
        lang,
        "session-progress",
        at = s.at + 1,
        count = s.order.len()
    );
    f.render_widget(
        Paragraph::new(lines)
            .block(block(title, s.pane == MeetingPane::Action, st))
            .wrap(Wrap { trim: false })
            .scroll((s.scroll, 0)),
        area,
    );
}

/// What changed on action `a` during meeting `m`, in words: its status and
/// progress, the measurements of the day, the deliverables ticked, the
/// steps of earlier meetings closed.
fn changes(app: &App, m: &Meeting, a: &Action) -> Vec<String> {
    let lang = app.lang;
    let mut out = Vec::new();
    if let Some(d) = m.discussed.iter().find(|d| d.action == a.id) {
        if let Some(after) = d.status_after {
            out.push(t!(
                lang,
                "session-record-status",
                before = status_label(lang, d.status_before),
                after = status_label(lang, after)
            ));
        }
        if let Some(after) = d.progress_after {
            out.push(t!(
                lang,
                "session-record-progress",
                before = u32::from(d.progress_before),
                after = u32::from(after)
            ));
        }
        out.extend(
            d.ticked
                .iter()
                .map(|l| t!(lang, "session-record-ticked", label = l.as_str())),
        );
        out.extend(
            d.added
                .iter()
                .map(|l| t!(lang, "session-record-added", label = l.as_str())),
        );
        if d.due_changed() {
            let show = |x: Option<chrono::NaiveDate>| {
                x.map_or_else(|| t!(lang, "session-record-no-due"), |x| date(lang, x))
            };
            out.push(t!(
                lang,
                "session-record-due",
                before = show(d.due_before),
                after = show(d.due_after)
            ));
        }
    }
    for i in &a.indicators {
        for x in i.measurements.iter().filter(|x| x.date == m.date) {
            out.push(t!(
                lang,
                "session-record-measure",
                label = i.label.as_str(),
                value = number(lang, x.value)
            ));
        }
    }
    out.extend(
        a.journal
            .iter()
            .filter(|e| {
                e.kind == EntryKind::NextStep && e.done == Some(m.date) && e.meeting != m.id
            })
            .map(|e| t!(lang, "session-record-done", text = e.text.as_str())),
    );
    out
}

fn draw_record(c: &Meet<'_>, f: &mut Frame, area: Rect) {
    let Meet { app, s, g, m, st } = *c;
    let lang = app.lang;
    let taken = m.id.as_ref().map(|id| taken_in(g, id)).unwrap_or_default();
    let mut lines: Vec<Line> = m
        .decisions
        .iter()
        .map(|d| {
            Line::raw(sanitize(&t!(
                lang,
                "session-record-general",
                text = d.as_str()
            )))
        })
        .collect();
    // Each action touched: what changed on it, then what was taken on it.
    let mut actions: Vec<&Id> = m.discussed.iter().map(|d| &d.action).collect();
    for r in &taken {
        if !actions.contains(&&r.action.id) {
            actions.push(&r.action.id);
        }
    }
    let mut count = 0;
    for id in actions {
        let Some(a) = g.action(id) else { continue };
        lines.push(Line::styled(sanitize(&a.title), st.title()));
        let mut items = changes(app, m, a);
        items.extend(
            taken
                .iter()
                .filter(|r| &r.action.id == id)
                .map(|r| entry_words(app, r.entry)),
        );
        count += items.len();
        lines.extend(items.iter().map(|t| Line::raw(sanitize(&format!("  {t}")))));
    }
    if lines.is_empty() {
        let key = |c| app.keymap.first_key_in(c, lang);
        lines.push(Line::styled(
            t!(
                lang,
                "session-record-empty",
                decision = key(crate::tui::msg::Command::Journal),
                step = key(crate::tui::msg::Command::New)
            ),
            st.dim(),
        ));
    }
    let title = t!(
        lang,
        "session-record-title",
        count = count + m.decisions.len()
    );
    f.render_widget(
        Paragraph::new(lines)
            .block(block(title, s.pane == MeetingPane::Record, st))
            .wrap(Wrap { trim: false })
            .scroll((s.record_scroll, 0)),
        area,
    );
}
