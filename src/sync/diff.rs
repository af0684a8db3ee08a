//! What changed between two versions of workspace files, in the pact's
//! terms (a semantic diff): actions added or removed, status and progress
//! changes, new measurements and journal entries, meetings.

use crate::domain::{Action, Governance, Group, Id, Meeting, Referential, Status};
use crate::merge::FileKind;
use crate::store::format::from_text;
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// What changed in one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileChange {
    /// The file, relative to the workspace root.
    pub path: PathBuf,
    /// What changed in it.
    pub change: Change,
}

/// What changed in a file, by kind of file.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A working group.
    Group(GroupChange),
    /// The referential; what changed, in words.
    Referential(Vec<String>),
    /// Governance records; what changed, in words.
    Governance(Vec<String>),
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
}

/// One change in a group.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A new action.
    ActionAdded {
        /// Its id.
        action: Id,
        /// Its title.
        title: String,
    },
    /// An action removed.
    ActionRemoved {
        /// Its id.
        action: Id,
        /// Its title.
        title: String,
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
    /// New journal entries.
    Journal {
        /// The action.
        action: Id,
        /// How many.
        added: usize,
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

impl Item {
    /// The action this change is about, if any.
    pub fn action(&self) -> Option<&Id> {
        match self {
            Item::ActionAdded { action, .. }
            | Item::ActionRemoved { action, .. }
            | Item::Status { action, .. }
            | Item::Progress { action, .. }
            | Item::Measurement { action, .. }
            | Item::Journal { action, .. }
            | Item::ActionFields { action, .. } => Some(action),
            _ => None,
        }
    }

    /// The change in French, e.g. `a31 en fonctionnement → totalement réalisée`.
    pub fn describe(&self) -> String {
        match self {
            Item::ActionAdded { action, title } => format!("nouvelle action {action} « {title} »"),
            Item::ActionRemoved { action, .. } => format!("action {action} supprimée"),
            Item::Status { action, from, to } => {
                format!("{action} {} → {}", from.label_fr(), to.label_fr())
            }
            Item::Progress { action, from, to } => format!("{action} avancement {from} % → {to} %"),
            Item::Measurement {
                action,
                indicator,
                date,
                value,
            } => format!(
                "{action} {indicator} = {} au {}",
                number(*value),
                date.format("%d/%m/%Y")
            ),
            Item::Journal { action, added } => format!(
                "{action} +{added} entrée{} de journal",
                if *added > 1 { "s" } else { "" }
            ),
            Item::ActionFields { action, fields } => {
                let names: Vec<&str> = fields.iter().map(|f| field_fr(f)).collect();
                format!("{action} : {} modifié(s)", names.join(", "))
            }
            Item::MeetingAdded { date } => format!("réunion du {}", date.format("%d/%m/%Y")),
            Item::MeetingRemoved { date } => {
                format!("réunion du {} supprimée", date.format("%d/%m/%Y"))
            }
            Item::MeetingChanged { date } => {
                format!("réunion du {} modifiée", date.format("%d/%m/%Y"))
            }
            Item::GroupFields { fields } => {
                let names: Vec<&str> = fields.iter().map(|f| field_fr(f)).collect();
                format!("{} modifié(s)", names.join(", "))
            }
        }
    }
}

/// A number as people write it: `12`, `12,5`.
fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        v.to_string().replace('.', ",")
    }
}

/// The French name of a field of a group or an action.
pub fn field_fr(field: &str) -> &str {
    match field {
        "name" => "nom",
        "territories" => "territoires",
        "axis" => "axe",
        "themes" => "thématiques",
        "pilot" => "pilote",
        "copilot" => "copilote",
        "members" => "membres",
        "title" => "titre",
        "objectives" => "objectifs",
        "implementation" => "mise en œuvre",
        "deliverables" => "livrables",
        "start" => "début",
        "due" => "échéance",
        "experimentation" => "expérimentation",
        "indicators" => "indicateurs",
        other => other,
    }
}

impl GroupChange {
    /// `Biterrois / ESS et IAE`: territories (by name when the referential
    /// knows them) and group name.
    pub fn header(&self, referential: Option<&Referential>) -> String {
        let names: Vec<&str> = self
            .territories
            .iter()
            .map(|t| referential.map_or(t.as_str(), |r| r.territory_name(t)))
            .collect();
        if names.is_empty() {
            self.name.clone()
        } else {
            format!("{} / {}", names.join(", "), self.name)
        }
    }

    /// Distinct actions touched.
    pub fn actions_touched(&self) -> usize {
        let mut ids: Vec<&Id> = self.items.iter().filter_map(Item::action).collect();
        ids.sort();
        ids.dedup();
        ids.len()
    }
}

impl FileChange {
    /// One line: `Biterrois / ESS et IAE : a31 en fonctionnement → totalement réalisée`.
    pub fn summary(&self, referential: Option<&Referential>) -> String {
        match &self.change {
            Change::Group(g) => {
                let what = match g.lifecycle {
                    Lifecycle::Created => {
                        let mut v = vec!["groupe créé".to_string()];
                        let n = g.actions_touched();
                        if n > 0 {
                            v.push(format!("{n} action{}", if n > 1 { "s" } else { "" }));
                        }
                        v
                    }
                    Lifecycle::Deleted => vec!["groupe supprimé".to_string()],
                    Lifecycle::Modified => g.items.iter().map(Item::describe).collect(),
                };
                format!("{} : {}", g.header(referential), what.join(" ; "))
            }
            Change::Referential(v) => format!("Référentiel : {}", v.join(" ; ")),
            Change::Governance(v) => format!("Gouvernance : {}", v.join(" ; ")),
            Change::Unreadable => format!("{} modifié", self.path.display()),
        }
    }

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
        change,
    })
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
                title: a.title.clone(),
            }),
            Some(before) => diff_action(before, a, &mut items),
        }
    }
    for a in old_actions {
        if !new_actions.iter().any(|x| x.id == a.id) {
            items.push(Item::ActionRemoved {
                action: a.id.clone(),
                title: a.title.clone(),
            });
        }
    }
    let empty_m = Vec::new();
    diff_meetings(
        old.map_or(&empty_m, |o| &o.meetings),
        new.map_or(&empty_m, |n| &n.meetings),
        &mut items,
    );
    Some(GroupChange {
        id: g.id.clone(),
        name: g.name.clone(),
        territories: g.territories.clone(),
        lifecycle,
        items,
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
    let mut fields = Vec::new();
    macro_rules! cmp {
        ($($f:ident),*) => { $( if o.$f != n.$f { fields.push(stringify!($f)); } )* };
    }
    cmp!(
        title,
        objectives,
        publics,
        implementation,
        deliverables,
        start,
        due,
        experimentation
    );
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
    let added = n.journal.iter().filter(|e| !o.journal.contains(e)).count();
    if added > 0 {
        items.push(Item::Journal {
            action: action.clone(),
            added,
        });
    }
    if !fields.is_empty() {
        items.push(Item::ActionFields { action, fields });
    }
}

fn diff_meetings(old: &[Meeting], new: &[Meeting], items: &mut Vec<Item>) {
    let same_key = |a: &Meeting, b: &Meeting| {
        a.date == b.date && a.kind == b.kind && a.territory == b.territory
    };
    for m in new {
        match old.iter().find(|o| same_key(o, m)) {
            None => items.push(Item::MeetingAdded { date: m.date }),
            Some(o) if o != m => items.push(Item::MeetingChanged { date: m.date }),
            Some(_) => {}
        }
    }
    for o in old {
        if !new.iter().any(|m| same_key(o, m)) {
            items.push(Item::MeetingRemoved { date: o.date });
        }
    }
}

/// Counts of added, removed and changed items of a list keyed by id.
fn counts<T: PartialEq>(old: &[T], new: &[T], id: impl Fn(&T) -> &Id) -> (usize, usize, usize) {
    let added = new
        .iter()
        .filter(|n| !old.iter().any(|o| id(o) == id(n)))
        .count();
    let removed = old
        .iter()
        .filter(|o| !new.iter().any(|n| id(o) == id(n)))
        .count();
    let changed = new
        .iter()
        .filter(|n| old.iter().any(|o| id(o) == id(n) && o != *n))
        .count();
    (added, removed, changed)
}

fn describe_counts(what: &str, (a, r, c): (usize, usize, usize), out: &mut Vec<String>) {
    let mut parts = Vec::new();
    if a > 0 {
        parts.push(format!("+{a}"));
    }
    if r > 0 {
        parts.push(format!("-{r}"));
    }
    if c > 0 {
        parts.push(format!("{c} modifié(s)"));
    }
    if !parts.is_empty() {
        out.push(format!("{what} {}", parts.join(", ")));
    }
}

fn diff_referential(old: Option<&Referential>, new: Option<&Referential>) -> Option<Vec<String>> {
    let (o, n) = match (old, new) {
        (Some(o), Some(n)) if o == n => return None,
        (Some(o), Some(n)) => (o, n),
        (None, Some(_)) => return Some(vec!["créé".into()]),
        (Some(_), None) => return Some(vec!["supprimé".into()]),
        (None, None) => return None,
    };
    let mut out = Vec::new();
    if (&o.name, &o.departement, &o.period, o.version)
        != (&n.name, &n.departement, &n.period, n.version)
    {
        out.push("pacte modifié".to_string());
    }
    describe_counts("axes", counts(&o.axes, &n.axes, |x| &x.id), &mut out);
    describe_counts(
        "territoires",
        counts(&o.territories, &n.territories, |x| &x.id),
        &mut out,
    );
    describe_counts(
        "publics",
        counts(&o.publics, &n.publics, |x| &x.id),
        &mut out,
    );
    describe_counts(
        "organisations",
        counts(&o.organisations, &n.organisations, |x| &x.id),
        &mut out,
    );
    Some(out)
}

fn diff_governance(old: Option<&Governance>, new: Option<&Governance>) -> Option<Vec<String>> {
    if old == new {
        return None;
    }
    let default = Governance::default();
    let (o, n) = (old.unwrap_or(&default), new.unwrap_or(&default));
    let mut items = Vec::new();
    diff_meetings(&o.meetings, &n.meetings, &mut items);
    let mut out: Vec<String> = items.iter().map(Item::describe).collect();
    for e in &n.evaluations {
        match o.evaluations.iter().find(|x| x.year == e.year) {
            None => out.push(format!("évaluation intermédiaire {}", e.year)),
            Some(x) if x != e => out.push(format!("évaluation intermédiaire {} modifiée", e.year)),
            Some(_) => {}
        }
    }
    if out.is_empty() {
        out.push("modifiée".into());
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");
    const REFERENTIAL: &str = include_str!("../../tests/fixtures/ws/pacte.ron");

    #[test]
    fn status_change_reads_like_a_sentence() {
        let old: Group = from_text(GROUP).unwrap();
        let mut new = old.clone();
        new.actions[0].status = Status::Done;
        new.actions[0].indicators[0].record("2025-06-30".parse().unwrap(), 120.0);
        new.actions[1].due = None;
        let c = diff_group(Some(&old), Some(&new)).unwrap();
        let f = FileChange {
            path: "groups/mobilite-thau.ron".into(),
            change: Change::Group(c),
        };
        let r: Referential = from_text(REFERENTIAL).unwrap();
        assert_eq!(
            f.summary(Some(&r)),
            "Étang de Thau / Mobilité des publics en insertion : plateforme-mobilite en cours → totalement réalisée ; plateforme-mobilite personnes-orientees = 120 au 30/06/2025 ; garage-solidaire : échéance modifié(s)"
        );
        assert_eq!(f.actions_touched(), 2);
    }

    #[test]
    fn unchanged_files_give_nothing() {
        assert!(
            diff_texts(
                Path::new("groups/mobilite-thau.ron"),
                Some(GROUP),
                Some(GROUP)
            )
            .is_none()
        );
        let created = diff_texts(Path::new("groups/mobilite-thau.ron"), None, Some(GROUP)).unwrap();
        assert!(
            created.summary(None).ends_with("groupe créé ; 2 actions"),
            "{}",
            created.summary(None)
        );
        let broken = diff_texts(Path::new("groups/x.ron"), Some("("), Some(GROUP)).unwrap();
        assert_eq!(broken.change, Change::Unreadable);
    }
}
