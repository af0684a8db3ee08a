//! One row checked: every cell read, every problem located.

use super::*;

/// What one row says, checked.
#[derive(Debug)]
pub(super) struct RowPlan {
    pub(super) line: usize,
    pub(super) group: Id,
    pub(super) name: Option<String>,
    pub(super) territories: Option<Vec<Id>>,
    pub(super) axis: Option<Id>,
    pub(super) themes: Option<Vec<Id>>,
    pub(super) pilot: Option<Lead>,
    pub(super) copilot: Option<Lead>,
    pub(super) action: ActionPlan,
}

/// What the file says of one action.
#[derive(Debug, Clone)]
pub(super) struct ActionPlan {
    pub(super) line: usize,
    pub(super) id: Id,
    pub(super) title: Option<String>,
    pub(super) status: Option<Status>,
    pub(super) progress: Option<ProgressInput>,
    pub(super) due: Option<NaiveDate>,
    pub(super) publics: Option<Vec<Id>>,
}

/// Checks one row, collecting its problems.
pub(super) struct RowCheck<'t> {
    pub(super) table: &'t Table,
    pub(super) row: &'t Row,
    pub(super) errors: Vec<RowError>,
}

impl<'t> RowCheck<'t> {
    pub(super) fn cell(&self, c: Column) -> Option<&'t str> {
        self.table.cell(self.row, c)
    }

    pub(super) fn fail(&mut self, c: Column, message: &Message) {
        let header = self.table.header(c);
        let message = Message::each(|lang| {
            t!(
                lang,
                "import-in-column",
                column = header,
                message = message.in_lang(lang)
            )
        });
        let at = self.table.position(c);
        self.errors
            .push(RowError::new(self.row.line, message).in_column(at));
    }

    /// The cell of `c` through `parse`; `None` when empty or wrong.
    pub(super) fn parse<T>(
        &mut self,
        c: Column,
        parse: impl FnOnce(&str) -> Result<T, Message>,
    ) -> Option<T> {
        let text = self.cell(c)?;
        parse(text).map_err(|m| self.fail(c, &m)).ok()
    }

    /// The `|`-separated values of `c`, each through `parse`, without repeats.
    pub(super) fn list<T: PartialEq>(
        &mut self,
        c: Column,
        mut parse: impl FnMut(&str) -> Result<T, Message>,
    ) -> Option<Vec<T>> {
        let text = self.cell(c)?;
        let mut out = Vec::new();
        let mut ok = true;
        for part in text.split(MULTI).map(str::trim).filter(|p| !p.is_empty()) {
            match parse(part) {
                Ok(v) if !out.contains(&v) => out.push(v),
                Ok(_) => {}
                Err(m) => {
                    self.fail(c, &m);
                    ok = false;
                }
            }
        }
        (ok && !out.is_empty()).then_some(out)
    }

    /// The id from the id column, or else the slug of the name column;
    /// `what` (`group`, `action`) names the thing in the catalogue.
    pub(super) fn id(&mut self, id_col: Column, name_col: Column, what: &str) -> Option<Id> {
        if self.cell(id_col).is_some() {
            return self.parse(id_col, parse_id);
        }
        let Some(name) = self.cell(name_col) else {
            let c = if self.table.has_column(name_col) {
                name_col
            } else {
                id_col
            };
            self.fail(c, &m!("import-missing-name", what = what));
            return None;
        };
        let id = Id::slug_of(name);
        if id.is_none() {
            let message = m!("import-no-letter", what = what, name = name);
            self.fail(name_col, &message);
        }
        id
    }

    /// Pilot and co-pilot; `A • B` in the pilot cell alone is both.
    pub(super) fn leads(&mut self, res: &mut Resolver) -> (Option<Lead>, Option<Lead>) {
        let copilot_cell = self.cell(Column::Copilot);
        if let Some((a, b)) = self.cell(Column::Pilot).and_then(|p| p.split_once('•')) {
            if copilot_cell.is_some() || b.contains('•') {
                let message = m!("import-one-organisation");
                self.fail(Column::Pilot, &message);
                return (None, None);
            }
            let pilot = self.parse(Column::Pilot, |_| lead_cell(res, a));
            let copilot = self.parse(Column::Pilot, |_| lead_cell(res, b));
            return (pilot, copilot);
        }
        let pilot = self.parse(Column::Pilot, |t| lead_cell(res, t));
        let copilot = self.parse(Column::Copilot, |t| lead_cell(res, t));
        (pilot, copilot)
    }
}

pub(super) fn lead_cell(res: &mut Resolver, text: &str) -> Result<Lead, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Err(m!("import-lead-missing"));
    }
    if text.contains('•') {
        return Err(m!("import-lead-several", value = text));
    }
    res.lead(text)
}

/// Checks a row and reads what it says.
pub(super) fn plan_row(
    table: &Table,
    row: &Row,
    res: &mut Resolver,
) -> Result<RowPlan, Vec<RowError>> {
    let mut c = RowCheck {
        table,
        row,
        errors: Vec::new(),
    };
    let group = c.id(Column::GroupId, Column::Group, "group");
    let territories = c.list(Column::Territory, |t| res.territory(t));
    let axis = c.parse(Column::Axis, |t| res.axis(t));
    let themes = c.list(Column::Theme, |t| res.theme(t));
    let axis = theme_axis(&mut c, axis, themes.as_deref());
    let (pilot, copilot) = c.leads(res);
    let action_id = c.id(Column::ActionId, Column::Action, "action");
    let status = c.parse(Column::Status, parse_status);
    let progress = c.parse(Column::Progress, parse_progress);
    let due = c.parse(Column::Due, parse_date);
    let publics = c.list(Column::Publics, |t| res.public(t));
    let (Some(group), Some(action_id), true) = (group, action_id, c.errors.is_empty()) else {
        return Err(c.errors);
    };
    Ok(RowPlan {
        line: row.line,
        group,
        name: c.cell(Column::Group).map(str::to_string),
        territories,
        axis,
        themes: themes.map(|ts| ts.into_iter().map(|(t, _)| t).collect()),
        pilot,
        copilot,
        action: ActionPlan {
            line: row.line,
            id: action_id,
            title: c.cell(Column::Action).map(str::to_string),
            status,
            progress,
            due,
            publics,
        },
    })
}

/// The row's axis: the axis cell, or else the axis of its themes; every
/// theme must belong to it.
pub(super) fn theme_axis(
    c: &mut RowCheck,
    axis: Option<Id>,
    themes: Option<&[(Id, Id)]>,
) -> Option<Id> {
    let themes = themes.unwrap_or_default();
    let axis = axis.or_else(|| themes.first().map(|(_, a)| a.clone()))?;
    for (theme, theme_axis) in themes {
        if theme_axis != &axis {
            let message = m!(
                "import-theme-other-axis",
                theme = theme.as_str(),
                theirs = theme_axis.as_str(),
                ours = axis.as_str()
            );
            c.fail(Column::Theme, &message);
        }
    }
    Some(axis)
}
