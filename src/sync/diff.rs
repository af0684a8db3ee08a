//! What changed between two versions of workspace files, in the pact's
//! terms (a semantic diff): actions added or removed, status and progress
//! changes, measurements, deliverables, journal entries, meetings, the
//! referential's entries and governance records. The wording is in
//! [`super::words`].

use crate::domain::{
    Action, EntryKind, Governance, Group, Id, Meeting, MeetingKind, Referential, Status,
};
use crate::merge::FileKind;
use crate::store::format::from_text;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What changed in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileChange {
    /// The file, relative to the workspace root.
    pub path: PathBuf,
    /// Where the file was before, when it was moved (a group file sorted
    /// into a sub-folder).
    pub moved_from: Option<PathBuf>,
    /// What changed in it.
    pub change: Change,
}

/// What changed in a file, by kind of file.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A working group.
    Group(GroupChange),
    /// The referential.
    Referential(Vec<RefItem>),
    /// Governance records.
    Governance(Vec<GovItem>),
    /// A file that does not load on one side (or is not a workspace file).
    Unreadable,
}

/// Whether a file was created, deleted or modified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lifecycle {
    /// New file.
    Created,
    /// Deleted file.
    Deleted,
    /// Changed file.
    Modified,
}

/// What changed in a working group.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupChange {
    /// The group's id.
    pub id: Id,
    /// Its name (the newer one).
    pub name: String,
    /// Its territories.
    pub territories: Vec<Id>,
    /// Created, deleted or modified.
    pub lifecycle: Lifecycle,
    /// What changed, in file order.
    pub items: Vec<Item>,
    /// Titles of the actions named in `items` (the newer title), by id.
    pub titles: BTreeMap<Id, String>,
    /// Labels of the indicators named in `items`, by action and indicator id.
    pub indicators: BTreeMap<(Id, Id), String>,
}

/// One change in a group.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A new action.
    ActionAdded {
        /// Its id.
        action: Id,
    },
    /// An action removed.
    ActionRemoved {
        /// Its id.
        action: Id,
    },
    /// A status change.
    Status {
        /// The action.
        action: Id,
        /// Before.
        from: Status,
        /// After.
        to: Status,
    },
    /// A progress change.
    Progress {
        /// The action.
        action: Id,
        /// Before.
        from: u8,
        /// After.
        to: u8,
    },
    /// A new (or changed) measurement of an indicator.
    Measurement {
        /// The action.
        action: Id,
        /// The indicator.
        indicator: Id,
        /// Its date.
        date: NaiveDate,
        /// Its value.
        value: f64,
    },
    /// A deliverable marked done or to do.
    Deliverable {
        /// The action.
        action: Id,
        /// The deliverable.
        label: String,
        /// Done now.
        done: bool,
    },
    /// A due date set, changed or cleared.
    Due {
        /// The action.
        action: Id,
        /// After (`None`: cleared).
        to: Option<NaiveDate>,
    },
    /// New journal entries, by kind.
    Journal {
        /// The action.
        action: Id,
        /// Notes added.
        notes: usize,
        /// Decisions added.
        decisions: usize,
        /// Next steps added.
        next_steps: usize,
    },
    /// Other fields of an action changed.
    ActionFields {
        /// The action.
        action: Id,
        /// The fields, as named in files.
        fields: Vec<&'static str>,
    },
    /// A meeting recorded.
    MeetingAdded {
        /// Its date.
        date: NaiveDate,
    },
    /// A meeting removed.
    MeetingRemoved {
        /// Its date.
        date: NaiveDate,
    },
    /// A meeting's record changed.
    MeetingChanged {
        /// Its date.
        date: NaiveDate,
    },
    /// Fields of the group itself changed.
    GroupFields {
        /// The fields, as named in files.
        fields: Vec<&'static str>,
    },
}

/// The kinds of referential entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefKind {
    /// An axis (with its themes).
    Axis,
    /// A territory.
    Territory,
    /// A priority public.
    Public,
    /// A partner organisation.
    Organisation,
}

/// One change in the referential.
#[derive(Clone, Debug, PartialEq)]
pub enum RefItem {
    /// The pact itself (name, département, period).
    Pact,
    /// An entry added, with its name.
    Added(RefKind, String),
    /// An entry removed, with its name.
    Removed(RefKind, String),
    /// An entry changed, with its name.
    Changed(RefKind, String),
    /// The file was created.
    Created,
    /// The file was deleted.
    Deleted,
}

/// One change in the governance records.
#[derive(Clone, Debug, PartialEq)]
pub enum GovItem {
    /// A meeting recorded.
    MeetingAdded(MeetingKind, NaiveDate, Option<Id>),
    /// A meeting removed.
    MeetingRemoved(MeetingKind, NaiveDate, Option<Id>),
    /// A meeting's record changed.
    MeetingChanged(MeetingKind, NaiveDate, Option<Id>),
    /// An interim evaluation recorded.
    EvaluationAdded(i32),
    /// An interim evaluation changed.
    EvaluationChanged(i32),
    /// An interim evaluation removed.
    EvaluationRemoved(i32),
}

impl Item {
    /// The action this change is about, if any.
    pub fn action(&self) -> Option<&Id> {
        match self {
            Item::ActionAdded { action, .. }
            | Item::ActionRemoved { action, .. }
            | Item::Status { action, .. }
            | Item::Progress { action, .. }
            | Item::Measurement { action, .. }
            | Item::Deliverable { action, .. }
            | Item::Due { action, .. }
            | Item::Journal { action, .. }
            | Item::ActionFields { action, .. } => Some(action),
            _ => None,
        }
    }
}

impl GroupChange {
    /// Distinct actions touched.
    pub fn actions_touched(&self) -> usize {
        let mut ids: Vec<&Id> = self.items.iter().filter_map(Item::action).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    }

    /// The title of action `id` (its id when unknown).
    pub fn title<'a>(&'a self, id: &'a Id) -> &'a str {
        self.titles.get(id).map_or(id.as_str(), String::as_str)
    }
}

impl FileChange {
    /// Distinct actions touched (0 for files other than groups).
    pub fn actions_touched(&self) -> usize {
        match &self.change {
            Change::Group(g) => g.actions_touched(),
            _ => 0,
        }
    }
}

/// What changed in the file at `path` (relative to the workspace) between
/// `old` and `new` (`None`: absent). `None` when nothing changed.
pub fn diff_texts(path: &Path, old: Option<&str>, new: Option<&str>) -> Option<FileChange> {
    if old == new {
        return None;
    }
    let change = match FileKind::from_path(path) {
        Some(FileKind::Group) => match (parse::<Group>(old), parse::<Group>(new)) {
            (Ok(o), Ok(n)) => Change::Group(diff_group(o.as_ref(), n.as_ref())?),
            _ => Change::Unreadable,
        },
        Some(FileKind::Referential) => match (parse(old), parse(new)) {
            (Ok(o), Ok(n)) => Change::Referential(diff_referential(o.as_ref(), n.as_ref())?),
            _ => Change::Unreadable,
        },
        Some(FileKind::Governance) => match (parse(old), parse(new)) {
            (Ok(o), Ok(n)) => Change::Governance(diff_governance(o.as_ref(), n.as_ref())?),
            _ => Change::Unreadable,
        },
        None => Change::Unreadable,
    };
    Some(FileChange {
        path: path.to_path_buf(),
        moved_from: None,
        change,
    })
}

/// What changed in a set of files, each given with its old and new text:
/// a group file deleted at one path and created at another with the same
/// group id is one move (with what changed in it), not two changes.
pub fn diff_files(versions: Vec<(PathBuf, Option<String>, Option<String>)>) -> Vec<FileChange> {
    let group_id = |text: &Option<String>| -> Option<Id> {
        text.as_deref()
            .and_then(|t| from_text::<Group>(t).ok())
            .map(|g| g.id)
    };
    let kind_group = |p: &Path| FileKind::from_path(p) == Some(FileKind::Group);
    let mut moves: Vec<(usize, usize)> = Vec::new();
    for (i, (pi, oi, ni)) in versions.iter().enumerate() {
        if !(kind_group(pi) && oi.is_some() && ni.is_none()) {
            continue;
        }
        let Some(id) = group_id(oi) else { continue };
        let target = versions.iter().enumerate().position(|(j, (pj, oj, nj))| {
            j != i
                && kind_group(pj)
                && oj.is_none()
                && nj.is_some()
                && !moves.iter().any(|(_, t)| *t == j)
                && group_id(nj).as_ref() == Some(&id)
        });
        if let Some(j) = target {
            moves.push((i, j));
        }
    }
    let mut out = Vec::new();
    for (j, (path, old, new)) in versions.iter().enumerate() {
        if moves.iter().any(|(i, _)| *i == j) {
            continue;
        }
        if let Some(&(i, _)) = moves.iter().find(|(_, t)| *t == j) {
            let (from, before, _) = &versions[i];
            let change = match (
                parse::<Group>(before.as_deref()),
                parse::<Group>(new.as_deref()),
            ) {
                (Ok(Some(o)), Ok(Some(n))) => diff_group(Some(&o), Some(&n))
                    .map_or_else(|| Change::Group(unchanged_group(&n)), Change::Group),
                _ => Change::Unreadable,
            };
            out.push(FileChange {
                path: path.clone(),
                moved_from: Some(from.clone()),
                change,
            });
            continue;
        }
        if let Some(c) = diff_texts(path, old.as_deref(), new.as_deref()) {
            out.push(c);
        }
    }
    out
}

fn unchanged_group(g: &Group) -> GroupChange {
    GroupChange {
        id: g.id.clone(),
        name: g.name.clone(),
        territories: g.territories.clone(),
        lifecycle: Lifecycle::Modified,
        items: Vec::new(),
        titles: BTreeMap::new(),
        indicators: BTreeMap::new(),
    }
}

fn parse<T: serde::de::DeserializeOwned>(text: Option<&str>) -> Result<Option<T>, ()> {
    text.map(|t| from_text(t).map_err(|_| ())).transpose()
}

/// What changed in a group (`None` on a side: the file is absent).
pub fn diff_group(old: Option<&Group>, new: Option<&Group>) -> Option<GroupChange> {
    let (g, lifecycle) = match (old, new) {
        (None, None) => return None,
        (None, Some(n)) => (n, Lifecycle::Created),
        (Some(o), None) => (o, Lifecycle::Deleted),
        (Some(o), Some(n)) if o == n => return None,
        (Some(_), Some(n)) => (n, Lifecycle::Modified),
    };
    let mut items = Vec::new();
    let empty = Vec::new();
    let old_actions = old.map_or(&empty, |o| &o.actions);
    let new_actions = new.map_or(&empty, |n| &n.actions);
    if let (Some(o), Some(n)) = (old, new) {
        let mut fields = Vec::new();
        macro_rules! cmp {
            ($($f:ident),*) => { $( if o.$f != n.$f { fields.push(stringify!($f)); } )* };
        }
        cmp!(name, territories, axis, themes, pilot, copilot, members);
        if !fields.is_empty() {
            items.push(Item::GroupFields { fields });
        }
    }
    for a in new_actions {
        match old_actions.iter().find(|x| x.id == a.id) {
            None => items.push(Item::ActionAdded {
                action: a.id.clone(),
            }),
            Some(before) => diff_action(before, a, &mut items),
        }
    }
    for a in old_actions {
        if !new_actions.iter().any(|x| x.id == a.id) {
            items.push(Item::ActionRemoved {
                action: a.id.clone(),
            });
        }
    }
    let empty_m = Vec::new();
    diff_meetings(
        old.map_or(&empty_m, |o| &o.meetings),
        new.map_or(&empty_m, |n| &n.meetings),
        &mut items,
    );
    let mut titles = BTreeMap::new();
    let mut indicators = BTreeMap::new();
    for a in old_actions.iter().chain(new_actions) {
        titles.insert(a.id.clone(), a.title.clone());
        for i in &a.indicators {
            indicators.insert((a.id.clone(), i.id.clone()), i.label.clone());
        }
    }
    let named: Vec<&Id> = items.iter().filter_map(Item::action).collect();
    titles.retain(|id, _| named.contains(&id));
    indicators.retain(|(a, _), _| named.contains(&a));
    Some(GroupChange {
        id: g.id.clone(),
        name: g.name.clone(),
        territories: g.territories.clone(),
        lifecycle,
        items,
        titles,
        indicators,
    })
}

fn diff_action(o: &Action, n: &Action, items: &mut Vec<Item>) {
    if o == n {
        return;
    }
    let action = n.id.clone();
    if o.status != n.status {
        items.push(Item::Status {
            action: action.clone(),
            from: o.status,
            to: n.status,
        });
    }
    if o.progress != n.progress {
        items.push(Item::Progress {
            action: action.clone(),
            from: o.progress,
            to: n.progress,
        });
    }
    if o.due != n.due {
        items.push(Item::Due {
            action: action.clone(),
            to: n.due,
        });
    }
    let mut fields = Vec::new();
    macro_rules! cmp {
        ($($f:ident),*) => { $( if o.$f != n.$f { fields.push(stringify!($f)); } )* };
    }
    cmp!(
        title,
        objectives,
        publics,
        implementation,
        start,
        experimentation
    );
    // Deliverables: ticks are their own change; anything else is a field.
    let labels = |a: &Action| {
        a.deliverables
            .iter()
            .map(|d| d.label.clone())
            .collect::<Vec<_>>()
    };
    if labels(o) == labels(n) {
        for (b, d) in o.deliverables.iter().zip(&n.deliverables) {
            if b.done != d.done {
                items.push(Item::Deliverable {
                    action: action.clone(),
                    label: d.label.clone(),
                    done: d.done,
                });
            }
        }
    } else {
        fields.push("deliverables");
    }
    for ind in &n.indicators {
        let before = o.indicators.iter().find(|i| i.id == ind.id);
        let Some(before) = before else {
            if !fields.contains(&"indicators") {
                fields.push("indicators");
            }
            continue;
        };
        let (mut a, mut b) = (before.clone(), ind.clone());
        a.measurements.clear();
        b.measurements.clear();
        if a != b && !fields.contains(&"indicators") {
            fields.push("indicators");
        }
        for m in &ind.measurements {
            if !before.measurements.contains(m) {
                items.push(Item::Measurement {
                    action: action.clone(),
                    indicator: ind.id.clone(),
                    date: m.date,
                    value: m.value,
                });
            }
        }
    }
    if o.indicators
        .iter()
        .any(|i| !n.indicators.iter().any(|x| x.id == i.id))
        && !fields.contains(&"indicators")
    {
        fields.push("indicators");
    }
    let added: Vec<_> = n
        .journal
        .iter()
        .filter(|e| !o.journal.contains(e))
        .collect();
    if !added.is_empty() {
        let count = |k: EntryKind| added.iter().filter(|e| e.kind == k).count();
        items.push(Item::Journal {
            action: action.clone(),
            notes: count(EntryKind::Note),
            decisions: count(EntryKind::Decision),
            next_steps: count(EntryKind::NextStep),
        });
    }
    if o.journal.iter().any(|e| !n.journal.contains(e)) && !fields.contains(&"journal") {
        fields.push("journal");
    }
    if !fields.is_empty() {
        items.push(Item::ActionFields { action, fields });
    }
}

/// The meetings added, removed and changed from `old` to `new`.
fn meeting_changes<'a>(
    old: &'a [Meeting],
    new: &'a [Meeting],
) -> (Vec<&'a Meeting>, Vec<&'a Meeting>, Vec<&'a Meeting>) {
    let (ko, kn) = (Meeting::keys(old), Meeting::keys(new));
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for (m, k) in new.iter().zip(&kn) {
        match ko.iter().position(|x| x == k) {
            None => added.push(m),
            Some(i) if old[i] != *m => changed.push(m),
            Some(_) => {}
        }
    }
    let removed = old
        .iter()
        .zip(&ko)
        .filter(|(_, k)| !kn.contains(k))
        .map(|(m, _)| m)
        .collect();
    (added, removed, changed)
}

fn diff_meetings(old: &[Meeting], new: &[Meeting], items: &mut Vec<Item>) {
    let (added, removed, changed) = meeting_changes(old, new);
    items.extend(added.iter().map(|m| Item::MeetingAdded { date: m.date }));
    items.extend(
        changed
            .iter()
            .map(|m| Item::MeetingChanged { date: m.date }),
    );
    items.extend(
        removed
            .iter()
            .map(|m| Item::MeetingRemoved { date: m.date }),
    );
}

/// Entries of a list keyed by id: added, removed and changed, with `name`.
fn keyed<T: PartialEq>(
    kind: RefKind,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &Id,
    name: impl Fn(&T) -> &str,
    out: &mut Vec<RefItem>,
) {
    for n in new {
        match old.iter().find(|o| id(o) == id(n)) {
            None => out.push(RefItem::Added(kind, name(n).to_string())),
            Some(o) if o != n => out.push(RefItem::Changed(kind, name(n).to_string())),
            Some(_) => {}
        }
    }
    for o in old {
        if !new.iter().any(|n| id(o) == id(n)) {
            out.push(RefItem::Removed(kind, name(o).to_string()));
        }
    }
}

fn diff_referential(old: Option<&Referential>, new: Option<&Referential>) -> Option<Vec<RefItem>> {
    let (o, n) = match (old, new) {
        (Some(o), Some(n)) if o == n => return None,
        (Some(o), Some(n)) => (o, n),
        (None, Some(_)) => return Some(vec![RefItem::Created]),
        (Some(_), None) => return Some(vec![RefItem::Deleted]),
        (None, None) => return None,
    };
    let mut out = Vec::new();
    if (&o.name, &o.departement, &o.period, o.version)
        != (&n.name, &n.departement, &n.period, n.version)
    {
        out.push(RefItem::Pact);
    }
    keyed(
        RefKind::Axis,
        &o.axes,
        &n.axes,
        |x| &x.id,
        |x| &x.title,
        &mut out,
    );
    keyed(
        RefKind::Territory,
        &o.territories,
        &n.territories,
        |x| &x.id,
        |x| &x.name,
        &mut out,
    );
    keyed(
        RefKind::Public,
        &o.publics,
        &n.publics,
        |x| &x.id,
        |x| &x.label,
        &mut out,
    );
    keyed(
        RefKind::Organisation,
        &o.organisations,
        &n.organisations,
        |x| &x.id,
        |x| &x.name,
        &mut out,
    );
    Some(out)
}

fn diff_governance(old: Option<&Governance>, new: Option<&Governance>) -> Option<Vec<GovItem>> {
    if old == new {
        return None;
    }
    let default = Governance::default();
    let (o, n) = (old.unwrap_or(&default), new.unwrap_or(&default));
    let mut out = Vec::new();
    let (added, removed, changed) = meeting_changes(&o.meetings, &n.meetings);
    let t = |m: &Meeting| (m.kind, m.date, m.territory.clone());
    out.extend(added.iter().map(|m| {
        let (k, d, te) = t(m);
        GovItem::MeetingAdded(k, d, te)
    }));
    out.extend(changed.iter().map(|m| {
        let (k, d, te) = t(m);
        GovItem::MeetingChanged(k, d, te)
    }));
    out.extend(removed.iter().map(|m| {
        let (k, d, te) = t(m);
        GovItem::MeetingRemoved(k, d, te)
    }));
    for e in &n.evaluations {
        match o.evaluations.iter().find(|x| x.year == e.year) {
            None => out.push(GovItem::EvaluationAdded(e.year)),
            Some(x) if x != e => out.push(GovItem::EvaluationChanged(e.year)),
            Some(_) => {}
        }
    }
    for e in &o.evaluations {
        if !n.evaluations.iter().any(|x| x.year == e.year) {
            out.push(GovItem::EvaluationRemoved(e.year));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");

    #[test]
    fn changes_by_kind() {
        let old: Group = from_text(GROUP).unwrap();
        let mut new = old.clone();
        new.actions[0].status = Status::Done;
        new.actions[0].indicators[0].record("2025-06-30".parse().unwrap(), 120.0);
        new.actions[1].due = None;
        let c = diff_group(Some(&old), Some(&new)).unwrap();
        assert_eq!(c.actions_touched(), 2);
        assert!(matches!(
            c.items[0],
            Item::Status {
                to: Status::Done,
                ..
            }
        ));
        assert!(
            c.items
                .iter()
                .any(|i| matches!(i, Item::Due { to: None, .. }))
        );
        assert_eq!(c.title(&old.actions[0].id), old.actions[0].title);
    }

    #[test]
    fn unchanged_files_give_nothing_and_broken_ones_are_unreadable() {
        let p = Path::new("groups/mobilite-thau.ron");
        assert!(diff_texts(p, Some(GROUP), Some(GROUP)).is_none());
        let broken = diff_texts(Path::new("groups/x.ron"), Some("("), Some(GROUP)).unwrap();
        assert_eq!(broken.change, Change::Unreadable);
    }

    #[test]
    fn a_group_file_moved_is_one_move() {
        let moved = diff_files(vec![
            ("groups/mobilite-thau.ron".into(), Some(GROUP.into()), None),
            (
                "groups/thau/mobilite-thau.ron".into(),
                None,
                Some(GROUP.replacen("progress: 60", "progress: 70", 1)),
            ),
        ]);
        assert_eq!(moved.len(), 1, "{moved:#?}");
        assert_eq!(
            moved[0].moved_from.as_deref(),
            Some(Path::new("groups/mobilite-thau.ron"))
        );
        assert_eq!(moved[0].actions_touched(), 1);
    }

    #[test]
    fn two_meetings_the_same_day_are_two() {
        let g: Group = from_text(GROUP).unwrap();
        let mut two = g.clone();
        let mut m = g.meetings[0].clone();
        m.participants += 1;
        two.meetings.push(m);
        let c = diff_group(Some(&g), Some(&two)).unwrap();
        assert_eq!(c.items.len(), 1, "{:?}", c.items);
        assert!(matches!(c.items[0], Item::MeetingAdded { .. }));
    }
}
