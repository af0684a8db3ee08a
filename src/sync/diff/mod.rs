//! What changed between two versions of workspace files, in the pact's
//! terms (a semantic diff): actions added or removed, status and progress
//! changes, measurements, deliverables, journal entries, meetings, the
//! referential's entries and governance records. The wording is in
//! [`super::words`].

use crate::domain::{Action, EntryKind, Governance, Group, Id, Meeting, Referential};
use crate::merge::FileKind;
use crate::store::format::from_text;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod items;

pub use items::*;

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
        // A document linked, changed or unlinked is a change of the list.
        if o.deliverables
            .iter()
            .zip(&n.deliverables)
            .any(|(b, d)| b.document != d.document)
        {
            fields.push("deliverables");
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
mod tests;
