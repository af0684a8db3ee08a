//! Rows merged into groups, then applied to the workspace through the
//! domain's edits.

use super::*;

/// A group field as given on some line.
#[derive(Debug)]
pub(super) struct Given<T> {
    pub(super) value: T,
    pub(super) line: usize,
}

/// What the file says of one group, rows merged.
#[derive(Debug)]
pub(super) struct GroupPlan {
    pub(super) id: Id,
    /// First line naming the group.
    pub(super) line: usize,
    pub(super) name: Option<Given<String>>,
    pub(super) territories: Option<Given<Vec<Id>>>,
    pub(super) axis: Option<Given<Id>>,
    pub(super) themes: Option<Given<Vec<Id>>>,
    pub(super) pilot: Option<Given<Lead>>,
    pub(super) copilot: Option<Given<Lead>>,
    pub(super) actions: Vec<ActionPlan>,
}

/// A group field that several rows may repeat: equal or conflicting.
pub(super) trait GroupField {
    fn same(&self, other: &Self) -> bool;
    /// The value in a message in `lang`.
    fn show(&self, lang: Lang) -> String;
}

impl GroupField for String {
    fn same(&self, other: &Self) -> bool {
        slug(self) == slug(other)
    }
    fn show(&self, lang: Lang) -> String {
        quoted(lang, self)
    }
}

impl GroupField for Id {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
    fn show(&self, _: Lang) -> String {
        self.to_string()
    }
}

impl GroupField for Vec<Id> {
    fn same(&self, other: &Self) -> bool {
        let mut a = self.clone();
        let mut b = other.clone();
        a.sort();
        b.sort();
        a == b
    }
    fn show(&self, _: Lang) -> String {
        let ids: Vec<&str> = self.iter().map(Id::as_str).collect();
        ids.join("|")
    }
}

impl GroupField for Lead {
    fn same(&self, other: &Self) -> bool {
        self == other
    }
    fn show(&self, _: Lang) -> String {
        match &self.person {
            Some(p) => format!("{} ({p})", self.organisation),
            None => self.organisation.to_string(),
        }
    }
}

/// Where merging rows of one group happens, with its errors.
pub(super) struct Merge<'t> {
    pub(super) table: &'t Table,
    pub(super) errors: Vec<RowError>,
}

impl Merge<'_> {
    /// Keeps the first value given; a different one later is an error.
    pub(super) fn field<T: GroupField>(
        &mut self,
        slot: &mut Option<Given<T>>,
        value: Option<T>,
        line: usize,
        c: Column,
        group: &Id,
    ) {
        let Some(value) = value else { return };
        match slot {
            None => *slot = Some(Given { value, line }),
            Some(first) if first.value.same(&value) => {}
            Some(first) => {
                let header = self.table.header(c);
                let message = Message::each(|lang| {
                    t!(
                        lang,
                        "import-group-disagrees",
                        column = header,
                        group = group.as_str(),
                        here = value.show(lang),
                        there = first.value.show(lang),
                        line = first.line
                    )
                });
                let at = self.table.position(c);
                self.errors.push(RowError::new(line, message).in_column(at));
            }
        }
    }

    pub(super) fn row(&mut self, g: &mut GroupPlan, r: RowPlan) {
        self.field(&mut g.name, r.name, r.line, Column::Group, &r.group);
        self.field(
            &mut g.territories,
            r.territories,
            r.line,
            Column::Territory,
            &r.group,
        );
        self.field(&mut g.axis, r.axis, r.line, Column::Axis, &r.group);
        self.field(&mut g.themes, r.themes, r.line, Column::Theme, &r.group);
        self.field(&mut g.pilot, r.pilot, r.line, Column::Pilot, &r.group);
        self.field(&mut g.copilot, r.copilot, r.line, Column::Copilot, &r.group);
        if let Some(first) = g.actions.iter().find(|a| a.id == r.action.id) {
            let c = if self.table.has_column(Column::ActionId) {
                Column::ActionId
            } else {
                Column::Action
            };
            let message = m!(
                "import-action-twice",
                column = self.table.header(c),
                action = r.action.id.as_str(),
                group = r.group.as_str(),
                line = first.line
            );
            let at = self.table.position(c);
            self.errors
                .push(RowError::new(r.line, message).in_column(at));
            return;
        }
        g.actions.push(r.action);
    }
}

/// Checks every row and merges them into groups, in file order.
pub(super) fn plan_groups(
    table: &Table,
    res: &mut Resolver,
) -> Result<Vec<GroupPlan>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut plans: Vec<GroupPlan> = Vec::new();
    let mut merge = Merge {
        table,
        errors: Vec::new(),
    };
    for row in &table.rows {
        let r = match plan_row(table, row, res) {
            Ok(r) => r,
            Err(e) => {
                errors.extend(e);
                continue;
            }
        };
        let i = match plans.iter().position(|g| g.id == r.group) {
            Some(i) => i,
            None => {
                plans.push(GroupPlan::new(r.group.clone(), r.line));
                plans.len() - 1
            }
        };
        merge.row(&mut plans[i], r);
    }
    errors.extend(merge.errors);
    errors.sort_by_key(|e| e.line);
    if errors.is_empty() {
        Ok(plans)
    } else {
        Err(errors)
    }
}

impl GroupPlan {
    pub(super) fn new(id: Id, line: usize) -> Self {
        GroupPlan {
            id,
            line,
            name: None,
            territories: None,
            axis: None,
            themes: None,
            pilot: None,
            copilot: None,
            actions: Vec::new(),
        }
    }
}

/// The groups as they will be saved (only those that change), counting
/// what is created, updated and unchanged.
pub(super) fn build_groups(
    ws: &Workspace,
    table: &Table,
    plans: &[GroupPlan],
    summary: &mut ImportSummary,
) -> Result<Vec<Group>, Vec<RowError>> {
    let mut errors = Vec::new();
    let mut out = Vec::new();
    for plan in plans {
        let (base, new) = match ws.group(&plan.id) {
            Some(g) => (g.clone(), false),
            None => match new_group(ws, table, plan) {
                Ok(g) => (g, true),
                Err(e) => {
                    errors.extend(e);
                    continue;
                }
            },
        };
        let mut group = base.clone();
        if let Err(e) = update_group(&mut group, table, plan, summary) {
            errors.extend(e);
            continue;
        }
        if new {
            summary.groups_created += 1;
        } else if group == base {
            summary.groups_unchanged += 1;
            continue;
        } else {
            summary.groups_updated += 1;
        }
        out.push(group);
    }
    errors.sort_by_key(|e| e.line);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// A new group from its plan: it needs a name, a territory and an axis, and
/// its file must not already exist (e.g. a file that failed to load).
pub(super) fn new_group(
    ws: &Workspace,
    table: &Table,
    plan: &GroupPlan,
) -> Result<Group, Vec<RowError>> {
    let mut errors = Vec::new();
    let group = &plan.id;
    let missing = |c: Column| {
        let message = m!(
            "import-new-group-needs",
            group = group.as_str(),
            column = table.header(c)
        );
        RowError::new(plan.line, message).in_column(table.position(c))
    };
    let path = layout::group_path(&plan.id);
    let broken = ws
        .broken_files()
        .iter()
        .any(|p| p.file_stem().is_some_and(|s| s == plan.id.as_str()));
    if broken || std::fs::symlink_metadata(ws.root.join(&path)).is_ok() {
        let message = m!(
            "import-group-file-exists",
            group = group.as_str(),
            file = path.display()
        );
        errors.push(RowError::new(plan.line, message));
    }
    let name = plan.name.as_ref().map(|n| n.value.clone());
    let territories = plan.territories.as_ref().map(|t| t.value.clone());
    let axis = plan.axis.as_ref().map(|a| a.value.clone());
    if name.is_none() {
        errors.push(missing(Column::Group));
    }
    if territories.is_none() {
        errors.push(missing(Column::Territory));
    }
    if axis.is_none() {
        errors.push(missing(Column::Axis));
    }
    let (Some(name), Some(territories), Some(axis), true) =
        (name, territories, axis, errors.is_empty())
    else {
        return Err(errors);
    };
    Ok(Group {
        version: BASE_VERSION,
        id: plan.id.clone(),
        name,
        territories,
        axis,
        themes: Vec::new(),
        pilot: None,
        copilot: None,
        members: Vec::new(),
        actions: Vec::new(),
        meetings: Vec::new(),
    })
}

/// Applies the plan to a group: the fields given, then the actions.
pub(super) fn update_group(
    g: &mut Group,
    table: &Table,
    plan: &GroupPlan,
    summary: &mut ImportSummary,
) -> Result<(), Vec<RowError>> {
    check_axis_change(g, table, plan)?;
    if let Some(n) = &plan.name {
        g.name.clone_from(&n.value);
    }
    if let Some(t) = &plan.territories {
        g.territories.clone_from(&t.value);
    }
    if let Some(a) = &plan.axis {
        g.axis = a.value.clone();
    }
    if let Some(t) = &plan.themes {
        g.themes.clone_from(&t.value);
    }
    set_lead(&mut g.pilot, plan.pilot.as_ref());
    set_lead(&mut g.copilot, plan.copilot.as_ref());
    let mut errors = Vec::new();
    for a in &plan.actions {
        match g.action(&a.id).cloned() {
            Some(before) => match update_action(g, a) {
                Ok(()) if g.action(&a.id) == Some(&before) => summary.actions_unchanged += 1,
                Ok(()) => summary.actions_updated += 1,
                Err(e) => errors.push(e),
            },
            None => match new_action(table, &g.id, a) {
                Ok(action) => {
                    let added = crate::domain::edit::apply(g, &Edit::AddAction(Box::new(action)))
                        .map_err(|r| RowError::new(a.line, r.message().clone()))
                        .and_then(|_| update_action(g, a));
                    match added {
                        Ok(()) => summary.actions_created += 1,
                        Err(e) => errors.push(e),
                    }
                }
                Err(e) => errors.push(e),
            },
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// A group moved to another axis must be given themes of that axis when
/// its current themes belong to the old one.
pub(super) fn check_axis_change(
    g: &Group,
    table: &Table,
    plan: &GroupPlan,
) -> Result<(), Vec<RowError>> {
    let (Some(axis), None) = (&plan.axis, &plan.themes) else {
        return Ok(());
    };
    if axis.value == g.axis || g.themes.is_empty() {
        return Ok(());
    }
    let (axis_col, theme_col) = (table.header(Column::Axis), table.header(Column::Theme));
    let message = m!(
        "import-axis-change",
        column = axis_col,
        group = g.id.as_str(),
        from = g.axis.as_str(),
        to = axis.value.as_str(),
        themes = g.themes.show(Lang::En),
        themes_column = theme_col
    );
    let at = table.position(Column::Axis);
    Err(vec![RowError::new(axis.line, message).in_column(at)])
}

/// Sets a pilot or co-pilot; a person already known is kept when the file
/// names the same organisation without a person.
pub(super) fn set_lead(current: &mut Option<Lead>, given: Option<&Given<Lead>>) {
    let Some(given) = given else { return };
    let mut lead = given.value.clone();
    if lead.person.is_none() {
        lead.person = current
            .as_ref()
            .filter(|c| c.organisation == lead.organisation)
            .and_then(|c| c.person.clone());
    }
    *current = Some(lead);
}

/// The edits a row asks of its action, in the order people read them.
pub(super) fn action_edits(a: &ActionPlan) -> Vec<Edit> {
    let mut edits = Vec::new();
    let on = |e| Edit::Action(a.id.clone(), e);
    if let Some(t) = &a.title {
        edits.push(on(ActionEdit::Title(t.clone())));
    }
    if let Some(s) = a.status {
        edits.push(on(ActionEdit::Status(s)));
    }
    match a.progress {
        Some(ProgressInput::To(p)) => edits.push(on(ActionEdit::Progress(p))),
        Some(ProgressInput::By(d)) => edits.push(on(ActionEdit::ProgressBy(d))),
        None => {}
    }
    if a.due.is_some() {
        edits.push(on(ActionEdit::Due(a.due)));
    }
    if let Some(p) = &a.publics {
        edits.push(on(ActionEdit::Publics(p.clone())));
    }
    edits
}

/// Applies a row's edits to its group through the domain's edit layer (the
/// pact's rules, the same bytes as `pacte set` and the interface).
pub(super) fn update_action(g: &mut Group, a: &ActionPlan) -> Result<(), RowError> {
    crate::domain::edit::apply_all(g, &action_edits(a))
        .map(|_| ())
        .map_err(|r| RowError::new(a.line, r.message().clone()))
}

/// A new action: it needs a title; without a status it is a project.
pub(super) fn new_action(table: &Table, group: &Id, a: &ActionPlan) -> Result<Action, RowError> {
    let Some(title) = &a.title else {
        let message = m!(
            "import-new-action-needs-title",
            action = a.id.as_str(),
            group = group.as_str(),
            column = table.header(Column::Action)
        );
        let at = table.position(Column::Action);
        return Err(RowError::new(a.line, message).in_column(at));
    };
    Ok(Action::new(a.id.clone(), title.clone(), Status::Project))
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&t!(
            Lang::En,
            "import-row-line",
            line = self.line,
            message = self.message.as_str()
        ))
    }
}
