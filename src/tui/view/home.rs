//! Home: the pact at a glance, by territory and by axis.

use super::{MARK, Styles, block};
use crate::domain::{Group, Status};
use crate::t;
use crate::text::sanitize;
use crate::tui::Lang;
use crate::tui::app::{App, HomePane, HomeState};
use crate::tui::i18n;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, TableState};

/// Actions by status, overdue actions and groups, over some groups.
#[derive(Default)]
pub struct Counts {
    /// Groups.
    pub groups: usize,
    /// Actions per status, in `Status::ALL` order.
    pub by_status: [usize; 6],
    /// Overdue actions.
    pub overdue: usize,
}

impl Counts {
    /// Counts the filtered actions of the visible groups among `groups`.
    pub fn of<'a>(app: &App, groups: impl Iterator<Item = &'a std::sync::Arc<Group>>) -> Counts {
        let mut c = Counts::default();
        for g in groups.filter(|g| app.group_visible(g)) {
            c.groups += 1;
            for a in app.actions_of(g) {
                if let Some(i) = Status::ALL.iter().position(|s| *s == a.status) {
                    c.by_status[i] += 1;
                }
                if a.is_overdue(app.today) {
                    c.overdue += 1;
                }
            }
        }
        c
    }

    /// All actions counted.
    pub fn actions(&self) -> usize {
        self.by_status.iter().sum()
    }
}

fn header(lang: Lang, first: &str, wide: bool) -> Row<'static> {
    let mut cells = vec![
        Cell::from(first.to_string()),
        Cell::from(t!(lang, "column", name = "groups-short")),
    ];
    if wide {
        cells.extend(
            Status::ALL
                .iter()
                .map(|s| Cell::from(i18n::status_short(lang, *s))),
        );
    } else {
        cells.push(Cell::from(t!(lang, "column", name = "actions")));
    }
    cells.push(Cell::from(t!(lang, "column", name = "late")));
    Row::new(cells)
}

fn row(name: String, c: &Counts, wide: bool) -> Row<'static> {
    let mut cells = vec![Cell::from(name), Cell::from(format!("{:>3}", c.groups))];
    if wide {
        cells.extend(c.by_status.iter().map(|n| Cell::from(format!("{n:>4}"))));
    } else {
        cells.push(Cell::from(format!("{:>5}", c.actions())));
    }
    cells.push(Cell::from(if c.overdue > 0 {
        format!("{:>4}", c.overdue)
    } else {
        "   ·".into()
    }));
    Row::new(cells)
}

fn widths(wide: bool) -> Vec<Constraint> {
    let mut w = vec![Constraint::Fill(1), Constraint::Length(3)];
    if wide {
        w.extend([Constraint::Length(6); 6]);
    } else {
        w.push(Constraint::Length(7));
    }
    w.push(Constraint::Length(6));
    w
}

/// Draws the home screen.
pub fn draw(app: &App, h: &HomeState, st: &Styles, f: &mut Frame, area: Rect) {
    let lang = app.lang;
    let Some(r) = app.ws.referential.as_ref() else {
        let msg = t!(lang, "view-no-referential");
        f.render_widget(Paragraph::new(msg).style(st.error()), area);
        return;
    };
    let wide = area.width >= 72;
    let t_h = r.territories.len() as u16 + 3;
    let a_h = r.axes.len() as u16 + 3;
    let [t_area, a_area, sum_area] = Layout::vertical([
        Constraint::Length(t_h),
        Constraint::Length(a_h),
        Constraint::Min(0),
    ])
    .areas(area);

    let rows: Vec<Row> = r
        .territories
        .iter()
        .map(|t| {
            let c = Counts::of(
                app,
                app.ws
                    .groups
                    .iter()
                    .filter(|g| g.territories.contains(&t.id)),
            );
            row(sanitize(&t.name), &c, wide)
        })
        .collect();
    let title = sanitize(&t!(lang, "home-territories-title", pact = r.name.as_str()));
    table(
        f,
        t_area,
        rows,
        header(lang, &t!(lang, "column", name = "territory"), wide),
        wide,
        title,
        h.pane == HomePane::Territories,
        h.territory,
        st,
    );

    let rows: Vec<Row> = r
        .axes
        .iter()
        .map(|a| {
            let c = Counts::of(app, app.ws.groups.iter().filter(|g| g.axis == a.id));
            row(sanitize(&format!("{}. {}", a.number, a.title)), &c, wide)
        })
        .collect();
    table(
        f,
        a_area,
        rows,
        header(lang, &t!(lang, "column", name = "axis"), wide),
        wide,
        t!(lang, "home-axes-title"),
        h.pane == HomePane::Axes,
        h.axis,
        st,
    );

    let all = Counts::of(app, app.ws.groups.iter());
    let mut lines = vec![Line::from(t!(
        lang,
        "home-total",
        groups = all.groups,
        actions = all.actions(),
        overdue = all.overdue,
        date = i18n::date(lang, app.today)
    ))];
    let no_copilot = app
        .ws
        .groups
        .iter()
        .filter(|g| app.group_visible(g) && g.copilot.is_none())
        .count();
    if no_copilot > 0 {
        lines.push(Line::styled(
            t!(lang, "home-no-copilot", count = no_copilot),
            st.warn(),
        ));
    }
    f.render_widget(Paragraph::new(lines), sum_area);
}

#[allow(clippy::too_many_arguments)]
fn table(
    f: &mut Frame,
    area: Rect,
    rows: Vec<Row>,
    header: Row,
    wide: bool,
    title: String,
    focused: bool,
    cursor: usize,
    st: &Styles,
) {
    let t = Table::new(rows, widths(wide))
        .header(header.style(st.title()))
        .block(block(title, focused, st))
        .row_highlight_style(if focused {
            st.selected()
        } else {
            ratatui::style::Style::new()
        })
        .highlight_symbol(if focused { MARK } else { "  " })
        .highlight_spacing(ratatui::widgets::HighlightSpacing::Always);
    let mut state = TableState::default().with_selected(Some(cursor));
    f.render_stateful_widget(t, area, &mut state);
}
