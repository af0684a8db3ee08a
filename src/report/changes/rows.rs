//! The changes as rows of words, one per change, in French: the same rows
//! feed every report format (Markdown and HTML sections, the CSV column,
//! the XLSX sheet).

use super::{Changes, ChangesSince};
use crate::domain::{EntryKind, MeetingKind};
use crate::i18n::Lang;
use crate::report::fr;
use crate::t;
use chrono::NaiveDate;

const FR: Lang = Lang::Fr;

/// The kinds of changes, in the order reports list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Statuses moved.
    Status,
    /// Progress moved.
    Progress,
    /// Due dates moved.
    Due,
    /// Indicators measured.
    Measurement,
    /// Deliverables ticked.
    Deliverable,
    /// Decisions and next steps recorded.
    Decision,
    /// Groups' meetings.
    Meeting,
    /// COPIL and local committees.
    Governance,
    /// Groups created.
    GroupCreated,
    /// Actions created.
    ActionCreated,
    /// Partners added.
    Partner,
    /// Groups removed.
    GroupRemoved,
    /// Actions removed.
    ActionRemoved,
    /// Files that could not be read.
    Unreadable,
}

impl Kind {
    /// The section title: `Statuts modifiés`.
    pub fn title(self) -> String {
        let id = match self {
            Kind::Status => "status",
            Kind::Progress => "progress",
            Kind::Due => "due",
            Kind::Measurement => "measurement",
            Kind::Deliverable => "deliverable",
            Kind::Decision => "decision",
            Kind::Meeting => "meeting",
            Kind::Governance => "governance",
            Kind::GroupCreated => "group-created",
            Kind::ActionCreated => "action-created",
            Kind::Partner => "partner",
            Kind::GroupRemoved => "group-removed",
            Kind::ActionRemoved => "action-removed",
            Kind::Unreadable => "unreadable",
        };
        t!(FR, "report-change-kind", kind = id)
    }
}

/// One change, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// What kind of change.
    pub kind: Kind,
    /// The group's id, when the change is a group's or an action's.
    pub group_id: Option<String>,
    /// The group's name (empty for governance and partners).
    pub group: String,
    /// The action's id, when the change is an action's.
    pub action_id: Option<String>,
    /// The action's title (empty when not an action's).
    pub action: String,
    /// What changed: `en cours → totalement réalisée`.
    pub what: String,
    /// When, if dated.
    pub date: Option<NaiveDate>,
}

fn row(kind: Kind, group: (&str, &str), action: Option<(&str, &str)>, what: String) -> Row {
    Row {
        kind,
        group_id: (!group.0.is_empty()).then(|| group.0.to_string()),
        group: group.1.to_string(),
        action_id: action.map(|(id, _)| id.to_string()),
        action: action.map(|(_, t)| t.to_string()).unwrap_or_default(),
        what,
        date: None,
    }
}

fn dated(mut r: Row, d: NaiveDate) -> Row {
    r.date = Some(d);
    r
}

/// Every change, in the order reports list them.
pub fn rows(c: &Changes) -> Vec<Row> {
    let mut out = Vec::new();
    for s in &c.status_changes {
        out.push(row(
            Kind::Status,
            (s.group.as_str(), &s.group_name),
            Some((s.action.as_str(), &s.title)),
            t!(
                FR,
                "report-change-move",
                from = fr::status(s.from),
                to = fr::status(s.to)
            ),
        ));
    }
    for p in &c.progress_changes {
        out.push(row(
            Kind::Progress,
            (p.group.as_str(), &p.group_name),
            Some((p.action.as_str(), &p.title)),
            t!(
                FR,
                "report-change-move",
                from = format!("{} %", p.from),
                to = format!("{} %", p.to)
            ),
        ));
    }
    for d in &c.due_changes {
        let when = |d: Option<NaiveDate>| d.map_or_else(|| t!(FR, "report-change-none"), fr::date);
        out.push(row(
            Kind::Due,
            (d.group.as_str(), &d.group_name),
            Some((d.action.as_str(), &d.title)),
            t!(
                FR,
                "report-change-move",
                from = when(d.from),
                to = when(d.to)
            ),
        ));
    }
    for m in &c.measurements {
        let unit = if m.unit.is_empty() {
            String::new()
        } else {
            format!(" {}", m.unit)
        };
        let target = m
            .target
            .map(|t| t!(FR, "report-change-target", target = fr::number(t)))
            .unwrap_or_default();
        out.push(dated(
            row(
                Kind::Measurement,
                (m.group.as_str(), ""),
                Some((m.action.as_str(), &m.action_title)),
                t!(
                    FR,
                    "report-change-measurement",
                    label = m.label.as_str(),
                    value = format!("{}{unit}", fr::number(m.value)),
                    target = target
                ),
            ),
            m.date,
        ));
    }
    for d in &c.deliverables {
        out.push(row(
            Kind::Deliverable,
            (d.group.as_str(), &d.group_name),
            Some((d.action.as_str(), &d.title)),
            t!(
                FR,
                "report-change-deliverable",
                label = d.label.as_str(),
                done = if d.done { "yes" } else { "no" }
            ),
        ));
    }
    for e in &c.decisions {
        let kind = if e.kind == EntryKind::Decision {
            "decision"
        } else {
            "next-step"
        };
        out.push(dated(
            row(
                Kind::Decision,
                (e.group.as_str(), &e.group_name),
                Some((e.action.as_str(), &e.title)),
                t!(
                    FR,
                    "report-change-entry",
                    kind = kind,
                    text = e.text.as_str()
                ),
            ),
            e.date,
        ));
    }
    for m in &c.meetings {
        out.push(dated(
            row(
                Kind::Meeting,
                (m.group.as_str(), &m.group_name),
                None,
                t!(
                    FR,
                    "report-change-meeting",
                    held = if m.held { "yes" } else { "no" },
                    participants = m.participants
                ),
            ),
            m.date,
        ));
    }
    for m in &c.governance_meetings {
        let territory = m
            .territory_name
            .clone()
            .or_else(|| m.territory.as_ref().map(|t| t.to_string()))
            .unwrap_or_default();
        let kind = match m.kind {
            MeetingKind::Copil => "copil",
            MeetingKind::LocalCommittee => "local-committee",
            MeetingKind::WorkingGroup => "working-group",
        };
        out.push(dated(
            row(
                Kind::Governance,
                ("", ""),
                None,
                t!(
                    FR,
                    "report-change-governance",
                    kind = kind,
                    stage = m.stage.map_or("", |s| s.label_fr()),
                    territory = territory,
                    held = if m.held { "yes" } else { "no" },
                    participants = m.participants
                ),
            ),
            m.date,
        ));
    }
    for g in &c.groups_created {
        out.push(row(
            Kind::GroupCreated,
            (g.group.as_str(), &g.name),
            None,
            String::new(),
        ));
    }
    for a in &c.actions_created {
        out.push(row(
            Kind::ActionCreated,
            (a.group.as_str(), &a.group_name),
            Some((a.action.as_str(), &a.title)),
            fr::status(a.status),
        ));
    }
    for p in &c.partners_added {
        out.push(row(Kind::Partner, ("", ""), None, p.name.clone()));
    }
    for g in &c.groups_removed {
        out.push(row(
            Kind::GroupRemoved,
            (g.group.as_str(), &g.name),
            None,
            String::new(),
        ));
    }
    for a in &c.actions_removed {
        out.push(row(
            Kind::ActionRemoved,
            (a.group.as_str(), &a.group_name),
            Some((a.action.as_str(), &a.title)),
            String::new(),
        ));
    }
    for f in &c.unreadable {
        out.push(row(Kind::Unreadable, ("", ""), None, f.clone()));
    }
    out
}

/// A row as one line: `Groupe — Action : en cours → réalisée (15/01/2025)`.
pub fn line(r: &Row) -> String {
    let mut parts: Vec<&str> = Vec::new();
    if !r.group.is_empty() {
        parts.push(&r.group);
    }
    if !r.action.is_empty() {
        parts.push(&r.action);
    }
    let who = parts.join(" — ");
    let when = r
        .date
        .map(|d| format!(" ({})", fr::date(d)))
        .unwrap_or_default();
    match (who.is_empty(), r.what.is_empty()) {
        (true, _) => format!("{}{when}", r.what),
        (false, true) => format!("{who}{when}"),
        (false, false) => t!(
            FR,
            "report-change-line",
            who = who,
            what = r.what.as_str(),
            when = when
        ),
    }
}

/// The changes of one action, joined: for the CSV column and the XLSX
/// *Actions* sheet.
pub fn of_action(rows: &[Row], group_id: &str, action_id: &str) -> String {
    rows.iter()
        .filter(|r| {
            r.group_id.as_deref() == Some(group_id) && r.action_id.as_deref() == Some(action_id)
        })
        .map(|r| {
            t!(
                FR,
                "report-change-of-action",
                kind = r.kind.title(),
                what = r.what.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(&t!(FR, "list-separator"))
}

/// `depuis le 13/06/2024` or `depuis la révision abc1234`.
pub fn since_words(c: &ChangesSince) -> String {
    match (&c.since.revision, c.since.date) {
        (_, Some(d)) => t!(FR, "report-since-date", date = fr::date(d)),
        (Some(r), None) => t!(
            FR,
            "report-since-revision",
            revision = r.chars().take(10).collect::<String>()
        ),
        (None, None) => c.since.asked.clone(),
    }
}
