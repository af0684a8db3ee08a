//! The pact's rules, checked on loaded data: references, uniqueness, and the
//! governance rules of a working group (pilot, co-pilot, objectives…).

use super::{Action, Governance, Group, Id, Message, Referential, Status};
use crate::i18n::date;
use crate::{m, t};
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    /// Breaks the pact or the references.
    Error,
    /// Worth a look.
    Warning,
}

/// Which file a finding is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// `pacte.ron`.
    Referential,
    /// `governance.ron`.
    Governance,
    /// A working group's file.
    Group(Id),
}

/// A step towards the place a finding is about, from the top of its file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// The item of a list with this id.
    Item(Id),
    /// A field.
    Field(&'static str),
    /// A string or id value.
    Value(String),
    /// A date value.
    Date(NaiveDate),
}

/// One rule broken, with the path to where it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub level: Level,
    /// The file concerned.
    pub subject: Subject,
    /// Where in the file, as steps from its top.
    pub path: Vec<Step>,
    /// What is wrong, in both languages.
    pub message: Message,
}

struct Sink<'a> {
    subject: Subject,
    out: &'a mut Vec<Finding>,
}

impl Sink<'_> {
    fn push(&mut self, level: Level, path: Vec<Step>, message: Message) {
        self.out.push(Finding {
            level,
            subject: self.subject.clone(),
            path,
            message,
        });
    }
}

fn duplicates<'a>(ids: impl Iterator<Item = &'a Id>) -> Vec<&'a Id> {
    let mut seen = BTreeSet::new();
    ids.filter(|id| !seen.insert(*id)).collect()
}

/// Checks the referential on its own: unique ids, axis numbers.
pub fn check_referential(r: &Referential) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut s = Sink {
        subject: Subject::Referential,
        out: &mut out,
    };
    let lists: [(&str, Vec<&Id>); 5] = [
        ("axis", r.axes.iter().map(|a| &a.id).collect()),
        (
            "theme",
            r.axes
                .iter()
                .flat_map(|a| a.themes.iter().map(|t| &t.id))
                .collect(),
        ),
        ("territory", r.territories.iter().map(|t| &t.id).collect()),
        ("public", r.publics.iter().map(|p| &p.id).collect()),
        (
            "organisation",
            r.organisations.iter().map(|o| &o.id).collect(),
        ),
    ];
    for (what, ids) in lists {
        for dup in duplicates(ids.into_iter()) {
            s.push(
                Level::Error,
                vec![Step::Item(dup.clone()), Step::Item(dup.clone())],
                m!("rule-duplicate-id", what = what, id = dup.as_str()),
            );
        }
    }
    out.extend(super::register_rules::check(r));
    let mut s = Sink {
        subject: Subject::Referential,
        out: &mut out,
    };
    if r.period.end < r.period.start {
        s.push(
            Level::Error,
            vec![Step::Field("period")],
            m!(
                "rule-period-reversed",
                start = r.period.start,
                end = r.period.end
            ),
        );
    }
    out
}

/// Checks one group against the referential (when it loaded) and the pact's
/// rules; `today` decides what is overdue.
pub fn check_group(g: &Group, r: Option<&Referential>, today: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut s = Sink {
        subject: Subject::Group(g.id.clone()),
        out: &mut out,
    };
    if g.territories.is_empty() {
        s.push(
            Level::Error,
            vec![Step::Field("territories")],
            m!("rule-no-territory"),
        );
    }
    match &g.pilot {
        None => s.push(
            Level::Error,
            vec![Step::Field("pilot")],
            m!("rule-no-pilot"),
        ),
        Some(p) => match &g.copilot {
            None => s.push(
                Level::Warning,
                vec![Step::Field("copilot")],
                m!("rule-no-copilot"),
            ),
            Some(c) if c.organisation == p.organisation => s.push(
                Level::Warning,
                vec![Step::Field("copilot"), Step::Field("organisation")],
                m!(
                    "rule-same-organisation",
                    organisation = p.organisation.as_str()
                ),
            ),
            Some(_) => {}
        },
    }
    if let Some(r) = r {
        check_group_refs(&mut s, g, r);
    }
    for dup in duplicates(g.actions.iter().map(|a| &a.id)) {
        s.push(
            Level::Error,
            vec![
                Step::Field("actions"),
                Step::Item(dup.clone()),
                Step::Item(dup.clone()),
            ],
            m!("rule-duplicate-action", id = dup.as_str()),
        );
    }
    for a in &g.actions {
        check_action(&mut s, a, r, today);
    }
    out.extend(super::meeting_rules::check_meetings(g, r));
    out
}

fn check_group_refs(s: &mut Sink<'_>, g: &Group, r: &Referential) {
    for t in &g.territories {
        if r.territory(t).is_none() {
            s.push(
                Level::Error,
                vec![Step::Field("territories"), Step::Value(t.to_string())],
                m!("rule-unknown", what = "territory", id = t.as_str()),
            );
        }
    }
    let axis = r.axis(&g.axis);
    if axis.is_none() {
        s.push(
            Level::Error,
            vec![Step::Field("axis")],
            m!("rule-unknown", what = "axis", id = g.axis.as_str()),
        );
    }
    for t in &g.themes {
        match r.theme(t) {
            None => s.push(
                Level::Error,
                vec![Step::Field("themes"), Step::Value(t.to_string())],
                m!("rule-unknown", what = "theme", id = t.as_str()),
            ),
            Some((a, _)) if axis.is_some_and(|ax| ax.id != a.id) => s.push(
                Level::Warning,
                vec![Step::Field("themes"), Step::Value(t.to_string())],
                m!(
                    "rule-theme-other-axis",
                    theme = t.as_str(),
                    theirs = a.id.as_str(),
                    ours = g.axis.as_str()
                ),
            ),
            Some(_) => {}
        }
    }
    let mut org = |path: Vec<Step>, id: &Id| {
        if r.organisation(id).is_none() {
            s.push(
                Level::Error,
                path,
                m!("rule-unknown", what = "organisation", id = id.as_str()),
            );
        }
    };
    for (field, lead) in [("pilot", &g.pilot), ("copilot", &g.copilot)] {
        if let Some(l) = lead {
            org(
                vec![Step::Field(field), Step::Field("organisation")],
                &l.organisation,
            );
        }
    }
    for m in &g.members {
        org(vec![Step::Field("members"), Step::Value(m.to_string())], m);
    }
    for m in &g.meetings {
        for o in &m.organisations {
            org(
                vec![
                    Step::Field("meetings"),
                    Step::Date(m.date),
                    Step::Field("organisations"),
                    Step::Value(o.to_string()),
                ],
                o,
            );
        }
    }
    for a in &g.actions {
        for p in &a.publics {
            if r.public(p).is_none() {
                s.push(
                    Level::Error,
                    vec![
                        Step::Item(a.id.clone()),
                        Step::Field("publics"),
                        Step::Value(p.to_string()),
                    ],
                    m!("rule-unknown", what = "public", id = p.as_str()),
                );
            }
        }
    }
}

/// The path to a field of the `index`-th journal entry of `a`: every
/// entry has one `date`, so the entry is the `index + 1`-th `date:` after
/// the action's `journal:` (its indicators, with their dated
/// measurements, come before it).
fn entry_path(a: &Action, index: usize, field: &'static str) -> Vec<Step> {
    let mut path = vec![Step::Item(a.id.clone()), Step::Field("journal")];
    path.extend(std::iter::repeat_n(Step::Field("date"), index + 1));
    path.push(Step::Field(field));
    path
}

/// Where a deliverable's document is in its file: the action, its
/// deliverables, the deliverable's label, then its `document` (the label
/// first: a document written with escapes is not found as it reads, its
/// deliverable is).
pub fn document_path(a: &Action, d: &super::Deliverable) -> Vec<Step> {
    vec![
        Step::Item(a.id.clone()),
        Step::Field("deliverables"),
        Step::Value(d.label.clone()),
        Step::Field("document"),
        Step::Value(d.document.clone().unwrap_or_default()),
    ]
}

fn check_action(s: &mut Sink<'_>, a: &Action, r: Option<&Referential>, today: NaiveDate) {
    let at = |f: &'static str| vec![Step::Item(a.id.clone()), Step::Field(f)];
    let id = &a.id;
    if a.progress > 100 {
        s.push(
            Level::Error,
            at("progress"),
            m!("rule-progress-over", progress = a.progress),
        );
    }
    if a.objectives.trim().is_empty() {
        s.push(
            Level::Warning,
            at("objectives"),
            m!("rule-action-missing", what = "objective", id = id.as_str()),
        );
    }
    if a.publics.is_empty() {
        s.push(
            Level::Warning,
            at("publics"),
            m!("rule-action-missing", what = "public", id = id.as_str()),
        );
    }
    let mut labels = BTreeSet::new();
    for d in &a.deliverables {
        if !labels.insert(d.label.as_str()) {
            let mut path = at("deliverables");
            path.push(Step::Value(d.label.clone()));
            path.push(Step::Value(d.label.clone()));
            let label = d.label.as_str();
            s.push(
                Level::Error,
                path,
                m!("rule-deliverable-twice", label = label),
            );
        }
        if let Some(Err(e)) = d.document.as_deref().map(super::Document::parse) {
            let path = document_path(a, d);
            let label = d.label.as_str();
            let message = Message::each(|lang| {
                t!(
                    lang,
                    "rule-document",
                    label = label,
                    reason = e.in_lang(lang)
                )
            });
            s.push(Level::Error, path, message);
        }
    }
    if a.indicators.is_empty() {
        s.push(
            Level::Warning,
            at("indicators"),
            m!("rule-action-missing", what = "indicator", id = id.as_str()),
        );
    }
    if let (Some(start), Some(due)) = (a.start, a.due)
        && due < start
    {
        s.push(
            Level::Warning,
            at("due"),
            Message::each(|lang| {
                t!(
                    lang,
                    "rule-due-before-start",
                    id = id.as_str(),
                    due = date(lang, due),
                    start = date(lang, start)
                )
            }),
        );
    }
    if a.is_overdue(today)
        && let Some(due) = a.due
    {
        s.push(
            Level::Warning,
            at("due"),
            Message::each(|lang| {
                t!(
                    lang,
                    "rule-overdue",
                    id = id.as_str(),
                    due = date(lang, due),
                    status = a.status.label(lang)
                )
            }),
        );
    }
    for (index, e) in a.journal.iter().enumerate() {
        if let Some(due) = e.due.filter(|_| e.is_overdue_step(today)) {
            s.push(
                Level::Warning,
                entry_path(a, index, "due"),
                Message::each(|lang| {
                    let owner = match &e.owner {
                        Some(o) => r.map_or(o.as_str(), |r| r.organisation_name(o)).to_string(),
                        None => t!(lang, "rule-step-no-owner"),
                    };
                    t!(
                        lang,
                        "rule-overdue-step",
                        text = e.text.as_str(),
                        id = id.as_str(),
                        owner = owner,
                        due = date(lang, due)
                    )
                }),
            );
        }
    }
    if a.status == Status::Done && a.progress < 100 {
        s.push(
            Level::Warning,
            at("progress"),
            m!("rule-done-not-100", id = id.as_str(), progress = a.progress),
        );
    }
    for dup in duplicates(a.indicators.iter().map(|i| &i.id)) {
        s.push(
            Level::Error,
            vec![
                Step::Item(a.id.clone()),
                Step::Item(dup.clone()),
                Step::Item(dup.clone()),
            ],
            m!(
                "rule-duplicate-indicator",
                id = dup.as_str(),
                action = id.as_str()
            ),
        );
    }
}

/// Checks governance meetings against the referential.
pub fn check_governance(g: &Governance, r: Option<&Referential>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut s = Sink {
        subject: Subject::Governance,
        out: &mut out,
    };
    let Some(r) = r else { return out };
    for m in &g.meetings {
        if let Some(t) = &m.territory
            && r.territory(t).is_none()
        {
            s.push(
                Level::Error,
                vec![Step::Date(m.date), Step::Field("territory")],
                m!("rule-unknown", what = "territory", id = t.as_str()),
            );
        }
        for o in &m.organisations {
            if r.organisation(o).is_none() {
                s.push(
                    Level::Error,
                    vec![
                        Step::Date(m.date),
                        Step::Field("organisations"),
                        Step::Value(o.to_string()),
                    ],
                    m!("rule-unknown", what = "organisation", id = o.as_str()),
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lead;

    fn id(s: &str) -> Id {
        Id::new(s).unwrap()
    }

    fn group() -> Group {
        let mut a = Action::new(id("a1"), "Action", Status::InProgress);
        a.objectives = "o".into();
        a.publics = vec![id("jeunes")];
        Group {
            version: 1,
            id: id("g"),
            name: "G".into(),
            territories: vec![id("biterrois")],
            axis: id("axe-1"),
            themes: vec![],
            pilot: Some(Lead {
                organisation: id("ddets"),
                person: None,
            }),
            copilot: Some(Lead {
                organisation: id("ddets"),
                person: None,
            }),
            members: vec![],
            actions: vec![a],
            meetings: vec![],
        }
    }

    #[test]
    fn pilot_rules() {
        let today = "2024-01-01".parse().unwrap();
        let mut g = group();
        let f = check_group(&g, None, today);
        assert!(
            f.iter().any(|f| f.level == Level::Warning
                && f.message.en.contains("two different organisations"))
        );
        assert!(f.iter().any(|f| f.message.en.contains("no indicator")));
        g.pilot = None;
        let f = check_group(&g, None, today);
        assert!(
            f.iter()
                .any(|f| f.level == Level::Error && f.message.en.contains("no pilot"))
        );
    }

    #[test]
    fn overdue_is_a_warning() {
        let mut g = group();
        g.actions[0].due = Some("2023-06-30".parse().unwrap());
        let f = check_group(&g, None, "2024-01-01".parse().unwrap());
        let due: Vec<_> = f
            .iter()
            .filter(|f| f.message.en.contains("was due"))
            .collect();
        assert_eq!(due.len(), 1);
        assert_eq!(due[0].level, Level::Warning);
    }

    #[test]
    fn an_overdue_next_step_is_a_warning_at_its_due_date() {
        use crate::domain::{EntryKind, JournalEntry};
        let mut g = group();
        let step = |text: &str, due: &str| JournalEntry {
            owner: Some(id("caf")),
            due: Some(due.parse().unwrap()),
            ..JournalEntry::new("2023-09-01".parse().unwrap(), EntryKind::NextStep, text)
        };
        g.actions[0].journal = vec![
            JournalEntry::new("2023-09-01".parse().unwrap(), EntryKind::Note, "n"),
            step("Relancer la CAF", "2023-12-15"),
            JournalEntry {
                done: Some("2023-11-01".parse().unwrap()),
                ..step("Fait", "2023-10-01")
            },
            step("Plus tard", "2024-02-01"),
        ];
        let f = check_group(&g, None, "2024-01-01".parse().unwrap());
        let steps: Vec<_> = f
            .iter()
            .filter(|f| f.message.en.contains("next step"))
            .collect();
        assert_eq!(steps.len(), 1, "{f:?}");
        assert_eq!(steps[0].level, Level::Warning);
        assert!(steps[0].message.en.contains("Relancer la CAF"));
        assert!(steps[0].message.en.contains("2023-12-15"));
        assert!(steps[0].message.fr.contains("15/12/2023"));
        // Without the referential, the owner's id.
        assert!(
            steps[0].message.fr.contains("(caf)"),
            "{}",
            steps[0].message.fr
        );
        // The second entry: its action, its journal, two dates, its due.
        assert_eq!(
            steps[0].path,
            [
                Step::Item(id("a1")),
                Step::Field("journal"),
                Step::Field("date"),
                Step::Field("date"),
                Step::Field("due"),
            ]
        );
        // With the referential, the owner's name.
        let r = crate::template::referential().unwrap();
        let f = check_group(&g, Some(&r), "2024-01-01".parse().unwrap());
        assert!(f.iter().any(|f| f.message.fr.contains("CAF de l'Hérault")));
    }
}
