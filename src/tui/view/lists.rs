//! Lists: themes of an axis, groups of a territory/axis/theme, all actions.

use super::{MARK, Styles, bar, block};
use crate::domain::{Group, Status};
use crate::t;
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::{App, GroupSource};
use crate::tui::i18n;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Cell, HighlightSpacing, Paragraph, Row, Table, TableState};

/// Draws a table with a selection.
#[allow(clippy::too_many_arguments)]
pub fn list_table(
    f: &mut Frame,
    area: Rect,
    title: String,
    header: Vec<String>,
    rows: Vec<Row>,
    widths: Vec<Constraint>,
    cursor: usize,
    focused: bool,
    st: &Styles,
) {
    let t = Table::new(rows, widths)
        .header(Row::new(header).style(st.title()))
        .block(block(title, focused, st))
        .row_highlight_style(if focused { st.selected() } else { Style::new() })
        .highlight_symbol(if focused { MARK } else { "  " })
        .highlight_spacing(HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(cursor));
    f.render_stateful_widget(t, area, &mut state);
}

/// Column headers from the catalogue's `column` names.
pub fn columns(lang: Lang, names: &[&str]) -> Vec<String> {
    names
        .iter()
        .map(|n| {
            if n.is_empty() {
                String::new()
            } else {
                t!(lang, "column", name = *n)
            }
        })
        .collect()
}

/// Draws the themes of an axis.
pub fn axis(
    app: &App,
    id: &crate::domain::Id,
    cursor: usize,
    st: &Styles,
    f: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let r = app.ws.referential.as_ref();
    let Some(ax) = r.and_then(|r| r.axis(id)) else {
        f.render_widget(Paragraph::new(format!("? {id}")), area);
        return;
    };
    let count = |source: GroupSource| {
        let gs = app.groups_of(&source);
        let actions: usize = gs.iter().map(|g| app.actions_of(g).len()).sum();
        (gs.len(), actions)
    };
    let mut rows = Vec::new();
    let (g, a) = count(GroupSource::Axis(id.clone()));
    rows.push(Row::new(vec![
        Cell::from(t!(lang, "axis-all-groups")),
        Cell::from(format!("{g:>4}")),
        Cell::from(format!("{a:>6}")),
    ]));
    for t in &ax.themes {
        let (g, a) = count(GroupSource::Theme(t.id.clone()));
        rows.push(Row::new(vec![
            Cell::from(sanitize(&t.title)),
            Cell::from(format!("{g:>4}")),
            Cell::from(format!("{a:>6}")),
        ]));
    }
    let title = sanitize(&t!(
        lang,
        "axis-title",
        number = ax.number,
        title = ax.title.as_str()
    ));
    list_table(
        f,
        area,
        title,
        columns(lang, &["theme", "groups-short", "actions"]),
        rows,
        vec![
            Constraint::Fill(1),
            Constraint::Length(4),
            Constraint::Length(7),
        ],
        cursor,
        true,
        st,
    );
}

fn lead_org(app: &App, g: &Group, no_pilot: &str) -> String {
    let r = app.ws.referential.as_ref();
    g.pilot
        .as_ref()
        .map(|l| {
            sanitize(r.map_or(l.organisation.as_str(), |r| {
                r.organisation_name(&l.organisation)
            }))
        })
        .unwrap_or_else(|| no_pilot.to_string())
}

/// Draws a list of groups.
pub fn groups(
    app: &App,
    source: &GroupSource,
    cursor: usize,
    st: &Styles,
    f: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let gs = app.groups_of(source);
    let no_pilot = t!(lang, "groups-no-pilot");
    let rows: Vec<Row> = gs
        .iter()
        .map(|g| {
            let actions = app.actions_of(g);
            let late = actions.iter().filter(|a| a.is_overdue(app.today)).count();
            let mut name = sanitize(&g.name);
            if app.broken.contains_key(&g.id) {
                name = format!("⚠ {name}");
            }
            Row::new(vec![
                Cell::from(name),
                Cell::from(lead_org(app, g, &no_pilot)),
                Cell::from(format!("{:>5}", actions.len())),
                Cell::from(if late > 0 {
                    format!("{late:>4}")
                } else {
                    "   ·".into()
                })
                .style(if late > 0 { st.warn() } else { Style::new() }),
            ])
        })
        .collect();
    let title = t!(lang, "groups-title", count = gs.len());
    if rows.is_empty() {
        let msg = t!(lang, "groups-empty");
        f.render_widget(Paragraph::new(msg).block(block(title, true, st)), area);
        return;
    }
    list_table(
        f,
        area,
        title,
        columns(lang, &["group", "pilot", "actions", "late"]),
        rows,
        vec![
            Constraint::Fill(3),
            Constraint::Fill(2),
            Constraint::Length(7),
            Constraint::Length(6),
        ],
        cursor,
        true,
        st,
    );
}

/// The short label of every status, in `Status::ALL` order: looked up
/// once per frame, not once per row.
pub fn status_shorts(lang: Lang) -> Vec<String> {
    Status::ALL
        .iter()
        .map(|s| i18n::status_short(lang, *s))
        .collect()
}

/// One row of an action table: status, progress, due date, title;
/// `shorts` from [`status_shorts`].
pub fn action_row<'a>(
    app: &App,
    a: &crate::domain::Action,
    extra: Option<String>,
    shorts: &[String],
    st: &Styles,
) -> Row<'a> {
    let lang = app.lang;
    let late = a.is_overdue(app.today);
    let due = a
        .due
        .map(|d| i18n::date(lang, d))
        .unwrap_or_else(|| "—".into());
    let mut title = sanitize(&a.title);
    if let Some(e) = extra {
        title = format!("{title} · {e}");
    }
    Row::new(vec![
        Cell::from(
            Status::ALL
                .iter()
                .position(|s| *s == a.status)
                .and_then(|i| shorts.get(i))
                .cloned()
                .unwrap_or_default(),
        )
        .style(st.status(a.status)),
        Cell::from(format!("{} {:>3}%", bar(a.progress, 5), a.progress)),
        Cell::from(if late { format!("{due}!") } else { due }).style(if late {
            st.warn()
        } else {
            Style::new()
        }),
        Cell::from(title),
    ])
}

/// Widths of an action table.
pub fn action_widths() -> Vec<Constraint> {
    vec![
        Constraint::Length(6),
        Constraint::Length(10),
        Constraint::Length(11),
        Constraint::Fill(1),
    ]
}

/// Header of an action table.
pub fn action_header(app: &App) -> Vec<String> {
    columns(app.lang, &["status", "progress", "due", "action"])
}

/// Draws every action passing the filter. Only the rows that fit are
/// built (20 000 actions would otherwise cost a frame each keystroke).
pub fn all_actions(app: &App, cursor: usize, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let all = app.all_actions();
    // Borders and header take 3 lines; the table keeps the cursor on the
    // last visible row when it moves down, as ratatui does.
    let visible = usize::from(area.height.saturating_sub(3)).max(1);
    let start = (cursor + 1).saturating_sub(visible);
    let shorts = status_shorts(lang);
    let rows: Vec<Row> = all
        .iter()
        .skip(start)
        .take(visible)
        .map(|(g, a)| action_row(app, a, Some(sanitize(&g.name)), &shorts, st))
        .collect();
    let title = t!(lang, "actions-title", count = all.len());
    list_table(
        f,
        area,
        title,
        action_header(app),
        rows,
        action_widths(),
        cursor - start.min(cursor),
        true,
        st,
    );
}
