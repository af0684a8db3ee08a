//! The sync panel and the conflict screen.

use super::{MARK, Styles, block};
use crate::merge::Resolution;
use crate::t;
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::App;
use crate::tui::msg::Command;
use crate::tui::sync::{ConflictScreen, LogTone, Phase, Row, Side, SyncPanel};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, ListState, Paragraph, Wrap};

/// Rows that `lines` take once wrapped in `width` cells.
fn wrapped(lines: &[Line], width: u16) -> u16 {
    let w = usize::from(width.max(1));
    lines
        .iter()
        .map(|l| l.width().max(1).div_ceil(w) as u16)
        .sum()
}

fn hints<'a>(app: &App, st: &Styles, items: &[(Command, String)]) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, (c, label)) in items.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", st.dim()));
        }
        spans.push(Span::styled(
            app.keymap.first_key_in(*c, app.lang),
            st.title(),
        ));
        spans.push(Span::raw(format!(" {label}")));
    }
    Line::from(spans)
}

/// Draws the sync panel.
pub fn panel(app: &App, p: &SyncPanel, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    // Where sharing goes: the branch followed, else the remote the first
    // sync will follow, else nowhere (committed locally only).
    let target = match (&p.upstream, &p.remote) {
        (Some(u), _) => ("upstream", u.clone()),
        (None, Some(r)) => ("remote", r.clone()),
        (None, None) => ("none", String::new()),
    };
    let intro = match p.phase {
        Phase::Loading => Line::styled(crate::t!(lang, "panel-loading"), st.dim()),
        Phase::Ready => Line::raw(crate::t!(
            lang,
            "panel-ready",
            target = target.0,
            to = target.1.as_str(),
            changes = if p.changes.is_empty() { "no" } else { "yes" }
        )),
        Phase::Conflicts => Line::styled(
            crate::t!(
                lang,
                "panel-conflicts",
                operation = p.operation.map_or("merge", |o| o.command()),
                key = app.keymap.first_key_in(Command::Open, lang)
            ),
            st.error(),
        ),
        Phase::Done => Line::styled(
            crate::t!(
                lang,
                "panel-done",
                target = target.0,
                to = target.1.as_str()
            ),
            st.ok(),
        ),
        Phase::Failed => Line::styled(
            crate::t!(
                lang,
                "panel-failed",
                key = app.keymap.first_key_in(Command::Share, lang)
            ),
            st.error(),
        ),
        Phase::Unavailable => Line::styled(crate::t!(lang, "panel-unavailable"), st.error()),
    };
    let inner = area.width.saturating_sub(2);
    let msg_lines: Vec<Line> = p.message.lines().map(|l| Line::raw(sanitize(l))).collect();
    let msg_h = if msg_lines.is_empty() {
        0
    } else {
        wrapped(&msg_lines, inner).clamp(1, 4) + 2
    };
    let log_lines: Vec<Line> = p
        .log
        .iter()
        .map(|(tone, t)| {
            let style = match tone {
                LogTone::Info => Style::new(),
                LogTone::Ok => st.ok(),
                LogTone::Error => st.error(),
            };
            Line::styled(sanitize(t), style)
        })
        .collect();
    let log_rows = wrapped(&log_lines, inner);
    let log_h = if p.log.is_empty() {
        0
    } else {
        log_rows.clamp(1, 8) + 2
    };
    let [intro_area, changes_area, msg_area, log_area, hint_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(msg_h),
        Constraint::Length(log_h),
        Constraint::Length(1),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(intro), intro_area);

    let title = t!(
        lang,
        "panel-changes-title",
        count = p.changes.iter().filter(|c| !c.header).count()
    );
    let items: Vec<ListItem> = if p.changes.is_empty() {
        vec![ListItem::new(Line::styled(
            if p.phase == Phase::Loading {
                "…".to_string()
            } else {
                t!(lang, "panel-changes-none")
            },
            st.dim(),
        ))]
    } else {
        p.changes
            .iter()
            .map(|c| {
                if c.header {
                    ListItem::new(Line::styled(sanitize(&c.text), st.title()))
                } else {
                    ListItem::new(Line::raw(format!("  • {}", sanitize(&c.text))))
                }
            })
            .collect()
    };
    let list = List::new(items)
        .block(block(title, true, st))
        .highlight_style(Style::new().add_modifier(Modifier::BOLD))
        .highlight_spacing(HighlightSpacing::Never);
    let mut state = ListState::default().with_selected(Some(p.cursor));
    f.render_stateful_widget(list, changes_area, &mut state);

    let msg_title = t!(
        lang,
        "panel-message-title",
        edited = if p.edited { "yes" } else { "no" }
    );
    if msg_h > 0 {
        f.render_widget(
            Paragraph::new(msg_lines)
                .block(block(msg_title, false, st))
                .wrap(Wrap { trim: false }),
            msg_area,
        );
    }

    if log_h > 0 {
        // The last lines show.
        let scroll = log_rows.saturating_sub(log_area.height.saturating_sub(2));
        f.render_widget(
            Paragraph::new(log_lines)
                .block(block(t!(lang, "panel-log-title"), false, st))
                .wrap(Wrap { trim: false })
                .scroll((scroll, 0)),
            log_area,
        );
    }
    let hint = |what: &str| t!(lang, "panel-hint", what = what);
    let items: Vec<(Command, String)> = if p.phase == Phase::Conflicts {
        vec![
            (Command::Open, hint("resolve")),
            (Command::AbortSync, hint("abandon")),
            (Command::Back, hint("back")),
        ]
    } else {
        vec![
            (Command::Share, hint("share")),
            (Command::Edit, hint("edit-message")),
            (Command::Back, hint("back")),
        ]
    };
    f.render_widget(Paragraph::new(hints(app, st, &items)), hint_area);
}

/// A side's value for people: as typed everywhere else (a status by its
/// label, a date as `30/06/2025`, a number with a decimal comma, a text
/// without quotes); anything else as written in the file.
fn pretty(lang: Lang, field: Option<&str>, value: &Option<String>) -> Vec<String> {
    let Some(v) = value else {
        return vec![t!(lang, "conflict-deleted-value")];
    };
    match crate::merge::values::human(lang, field, v) {
        Some(h) if !h.contains('\n') => vec![h],
        Some(h) => h.lines().map(str::to_string).collect(),
        None => v.lines().map(str::to_string).collect(),
    }
}

fn choice_label(lang: Lang, choice: &Option<Resolution>, mine_is_ours: bool) -> String {
    let choice = match choice {
        None => "open",
        Some(r) => match Side::of(r, mine_is_ours) {
            Some(Side::Mine) => "mine",
            Some(Side::Theirs) => "theirs",
            Some(Side::Both) => "both",
            None => "edited",
        },
    };
    t!(lang, "conflict-choice", choice = choice)
}

/// Draws the conflict screen.
pub fn conflicts(app: &App, s: &ConflictScreen, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let mine = s.mine_is_ours();
    let total = s.total();
    let open = s.open_count();
    let intro = Line::from(vec![
        Span::styled(
            crate::t!(
                lang,
                "conflicts-intro",
                operation = s.operation.map_or("none", |o| o.command()),
                total = total,
                open = open
            ),
            if open > 0 { st.error() } else { st.ok() },
        ),
        Span::styled(
            format!("  {} ", app.keymap.first_key_in(Command::AbortSync, lang)),
            st.title(),
        ),
        Span::raw(crate::t!(lang, "conflicts-abandon")),
    ]);
    let rows = s.rows();
    let list_h = (rows.len() as u16 + 2).clamp(3, 8);
    let [intro_area, list_area, detail_area, hint_area] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(list_h),
        Constraint::Min(4),
        Constraint::Length(1),
    ])
    .areas(area);
    f.render_widget(Paragraph::new(intro), intro_area);

    let several = s.files.len() > 1;
    let to_fix = t!(lang, "conflict-to-fix");
    let items: Vec<ListItem> = if rows.is_empty() {
        vec![ListItem::new(Line::styled(
            t!(
                lang,
                "conflicts-resolved-row",
                key = app.keymap.first_key_in(Command::Share, lang)
            ),
            st.ok(),
        ))]
    } else {
        rows.iter()
            .map(|r| match *r {
                Row::Conflict(fi, i) => {
                    let file = &s.files[fi];
                    let c = &file.conflicts[i];
                    let choice = &file.choices[i];
                    let mark = choice_label(lang, choice, mine);
                    let mut loc = crate::tui::sync::location(app.lang, &app.ws, file, &c.path);
                    if several {
                        loc = format!("{} · {loc}", sanitize(&file.path.display().to_string()));
                    }
                    ListItem::new(Line::from(vec![
                        Span::styled(
                            format!("{mark:<18}"),
                            if choice.is_some() {
                                st.ok()
                            } else {
                                st.error()
                            },
                        ),
                        Span::raw(loc),
                    ]))
                }
                Row::Raw(fi) if s.files[fi].missing => ListItem::new(Line::styled(
                    format!(
                        "⚠ {:<16}{}",
                        crate::t!(lang, "conflict-missing-row"),
                        sanitize(&s.files[fi].path.display().to_string())
                    ),
                    st.error(),
                )),
                Row::Raw(fi) => ListItem::new(Line::styled(
                    format!(
                        "⚠ {:<16}{}",
                        to_fix,
                        sanitize(&s.files[fi].path.display().to_string())
                    ),
                    st.error(),
                )),
            })
            .collect()
    };
    let title = t!(
        lang,
        "conflicts-title",
        chosen = total - open,
        total = total
    );
    let list = List::new(items)
        .block(block(title, true, st))
        .highlight_style(st.selected())
        .highlight_symbol(MARK)
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = ListState::default().with_selected((!rows.is_empty()).then_some(s.cursor));
    f.render_stateful_widget(list, list_area, &mut state);

    match s.current() {
        Some(Row::Conflict(fi, i)) => {
            let file = &s.files[fi];
            let c = &file.conflicts[i];
            let choice = &file.choices[i];
            let (yours, theirs) = if mine {
                (&c.ours, &c.theirs)
            } else {
                (&c.theirs, &c.ours)
            };
            let chosen = choice.as_ref().and_then(|r| Side::of(r, mine));
            let field = c.field.as_deref();
            let (mine_lines, theirs_lines) =
                (pretty(lang, field, yours), pretty(lang, field, theirs));
            let half = detail_area.width / 2;
            let rows = |v: &[String]| {
                let lines: Vec<Line> = v.iter().map(|l| Line::raw(sanitize(l))).collect();
                wrapped(&lines, half.saturating_sub(2))
            };
            let value_h = rows(&mine_lines).max(rows(&theirs_lines)).clamp(1, 12) + 2;
            let edit_h = match choice {
                Some(Resolution::Value(v)) => (v.lines().count() as u16).clamp(1, 6) + 2,
                _ => 0,
            };
            let [detail, edit_area, note_area] = Layout::vertical([
                Constraint::Length(value_h),
                Constraint::Length(edit_h),
                Constraint::Min(0),
            ])
            .areas(detail_area);
            let note = vec![
                Line::styled(
                    sanitize(&t!(
                        lang,
                        "conflict-file-line",
                        file = file.path.display(),
                        line = c.line
                    )),
                    st.dim(),
                ),
                Line::styled(
                    t!(
                        lang,
                        "conflict-sides-note",
                        key = app.keymap.first_key_in(Command::Share, lang)
                    ),
                    st.dim(),
                ),
            ];
            f.render_widget(Paragraph::new(note).wrap(Wrap { trim: false }), note_area);
            let [left, right] =
                Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                    .areas(detail);
            for (area, value, side, name) in [
                (left, mine_lines, Side::Mine, "mine"),
                (right, theirs_lines, Side::Theirs, "theirs"),
            ] {
                let kept = chosen == Some(side) || chosen == Some(Side::Both);
                let title = t!(
                    lang,
                    "conflict-side-title",
                    side = name,
                    kept = if kept { "yes" } else { "no" }
                );
                let lines: Vec<Line> = value.iter().map(|l| Line::raw(sanitize(l))).collect();
                f.render_widget(
                    Paragraph::new(lines)
                        .block(block(title, kept, st))
                        .wrap(Wrap { trim: false }),
                    area,
                );
            }
            if let Some(Resolution::Value(v)) = choice {
                let lines: Vec<Line> = v.lines().map(|l| Line::raw(sanitize(l))).collect();
                f.render_widget(
                    Paragraph::new(lines)
                        .block(block(t!(lang, "conflict-typed-kept"), true, st))
                        .wrap(Wrap { trim: false }),
                    edit_area,
                );
            }
        }
        Some(Row::Raw(fi)) => {
            let file = &s.files[fi];
            // git's marker labels say "ours" and "theirs", which during a
            // rebase mean the others and you: they are shown as people
            // understand them.
            let (ours, theirs) = if mine {
                (crate::t!(lang, "side-mine"), crate::t!(lang, "side-theirs"))
            } else {
                (crate::t!(lang, "side-theirs"), crate::t!(lang, "side-mine"))
            };
            let relabel = |l: &str| -> String {
                if l.starts_with("<<<<<<<") {
                    format!("<<<<<<< {ours}")
                } else if l.starts_with(">>>>>>>") {
                    format!(">>>>>>> {theirs}")
                } else if l.starts_with("|||||||") {
                    format!("||||||| {}", crate::t!(lang, "side-base"))
                } else {
                    l.to_string()
                }
            };
            let hint = if file.missing {
                crate::t!(
                    lang,
                    "conflict-missing-hint",
                    file = file.path.display().to_string()
                )
            } else {
                crate::t!(lang, "conflict-raw-hint")
            };
            let lines: Vec<Line> = std::iter::once(Line::styled(hint, st.error()))
                .chain(
                    file.text
                        .lines()
                        .skip_while(|l| !l.starts_with("<<<<<<<"))
                        .map(|l| Line::raw(sanitize(&relabel(l)))),
                )
                .collect();
            f.render_widget(
                Paragraph::new(lines)
                    .block(block(sanitize(&file.path.display().to_string()), false, st))
                    .wrap(Wrap { trim: false }),
                detail_area,
            );
        }
        None => {}
    }
    let hint = |what: &str| t!(lang, "conflict-hint", what = what);
    let items = [
        (Command::KeepMine, hint("mine")),
        (Command::KeepTheirs, hint("theirs")),
        (Command::KeepBoth, hint("both")),
        (Command::Edit, hint("edit")),
        (Command::Share, hint("finish")),
    ];
    f.render_widget(Paragraph::new(hints(app, st, &items)), hint_area);
}
