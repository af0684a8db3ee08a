//! The pact's agenda (`pacte agenda`): every dated thing of the workspace
//! as one list of entries, for a calendar program (iCalendar, [`ics`]) or
//! for a person who wants to know what falls due in the coming weeks
//! ([`text`]).
//!
//! What it holds:
//! - the governance calendar the pact sets ([`calendar`]): the three COPIL,
//!   a local committee per territory and per year (the years of the
//!   period, and the current year when later), the interim evaluation of
//!   each year of the period; each is an all-day *deadline* on the last day
//!   of its window, saying whether it was held;
//! - every meeting recorded, of the groups and of the governance (one dated
//!   after today is *planned*);
//! - the due date of every action that has one;
//! - the open next steps (*suites à donner* not done) that have a due date.
//!
//! Each entry has a stable key made of ids only (group, action, meeting,
//! territory, year; for a next step, the meeting it was taken in and a hash
//! of its text), never of a position in a list or of the time of the
//! export, so that a calendar program importing the file again updates
//! the events instead of adding them twice.
//!
//! Pure computation: the caller passes the loaded data and `today`.

pub mod ics;
pub mod text;
mod words;

use crate::domain::evaluation::calendar::{self, CalendarItem, DueState};
use crate::domain::{
    CopilStage, Governance, Group, Id, Meeting, MeetingKind, Referential, Status, meeting, slug,
};
use chrono::{Datelike, NaiveDate};
use sha2::{Digest, Sha256};

/// The kinds of entries, in the order the counts are given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A step of the governance calendar (COPIL, local committee, interim
    /// evaluation).
    Governance,
    /// A meeting recorded or planned (of a group or of the governance).
    Meeting,
    /// An action's due date.
    ActionDue,
    /// An open next step's due date.
    NextStep,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 4] = [
        Kind::Governance,
        Kind::Meeting,
        Kind::ActionDue,
        Kind::NextStep,
    ];

    /// Its id (`governance`, `meeting`, `action-due`, `next-step`).
    pub fn id(self) -> &'static str {
        match self {
            Kind::Governance => "governance",
            Kind::Meeting => "meeting",
            Kind::ActionDue => "action-due",
            Kind::NextStep => "next-step",
        }
    }
}

/// A group as an entry names it: its name and its territories' names.
#[derive(Clone, Debug, PartialEq)]
pub struct GroupName {
    /// The group's name.
    pub name: String,
    /// Its territories' names.
    pub territories: Vec<String>,
}

/// What an entry is about.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// A step of the governance calendar.
    Step {
        /// `copil-launch`, `copil-mid-term`, `copil-final`,
        /// `local-committee`, `interim-evaluation`.
        step: &'static str,
        /// For a local committee: its territory's name.
        territory: Option<String>,
        /// For a local committee, the year it is due; for an interim
        /// evaluation, the year evaluated.
        year: Option<i32>,
        /// First day of its window.
        start: NaiveDate,
        /// Last day of its window.
        end: NaiveDate,
        /// The first day it was held, if it was.
        held: Option<NaiveDate>,
        /// Where it stands today.
        state: DueState,
    },
    /// A meeting.
    Meeting {
        /// The group, or `None` for a governance meeting.
        group: Option<GroupName>,
        /// Its kind.
        kind: MeetingKind,
        /// For a COPIL, its stage.
        stage: Option<CopilStage>,
        /// For a local committee, its territory's name.
        territory: Option<String>,
        /// Dated after today.
        planned: bool,
        /// Number of participants.
        participants: u32,
        /// Names of the organisations present.
        organisations: Vec<String>,
        /// What it is for, as announced.
        agenda: String,
    },
    /// An action's due date.
    ActionDue {
        /// Its group.
        group: GroupName,
        /// Its title.
        action: String,
        /// Its status.
        status: Status,
        /// Its progress, in %.
        progress: u8,
    },
    /// An open next step.
    NextStep {
        /// Its group.
        group: GroupName,
        /// Its action's title.
        action: String,
        /// What is to be done.
        text: String,
        /// The organisation carrying it, by name.
        owner: Option<String>,
        /// When it was decided.
        taken: NaiveDate,
    },
}

/// One dated entry of the agenda.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its kind.
    pub kind: Kind,
    /// Stable key, made of ids (see the module's documentation).
    pub key: String,
    /// The day it falls on.
    pub date: NaiveDate,
    /// Someone should have acted already: an unfinished action or an open
    /// next step past its due date, a governance step late since less than
    /// a year.
    pub overdue: bool,
    /// What it is.
    pub what: What,
}

/// The whole agenda of a workspace.
#[derive(Clone, Debug, PartialEq)]
pub struct Agenda {
    /// The pact's name and département, as the calendar's name.
    pub title: String,
    /// Identity of the workspace in every UID: département, period and a
    /// hash of the pact's name (`pti-34-2022-2025-1a2b3c4d`).
    pub identity: String,
    /// As of this day.
    pub today: NaiveDate,
    /// The entries, by date then key.
    pub entries: Vec<Entry>,
}

/// The first `n` hexadecimal digits of the SHA-256 of `s`.
fn short_hash(s: &str, n: usize) -> String {
    let digest = Sha256::digest(s.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    hex.chars().take(n).collect()
}

/// The workspace's identity: `pti-<département>-<start>-<end>-<hash>`.
pub fn identity(r: &Referential) -> String {
    format!(
        "pti-{}-{}-{}-{}",
        slug(&r.departement.code),
        r.period.start,
        r.period.end,
        short_hash(&slug(&r.name), 8)
    )
}

fn group_name(r: &Referential, g: &Group) -> GroupName {
    GroupName {
        name: g.name.clone(),
        territories: g
            .territories
            .iter()
            .map(|t| r.territory_name(t).to_string())
            .collect(),
    }
}

/// The id of a meeting, its date when it has none.
fn meeting_id(m: &Meeting) -> String {
    m.id.as_ref()
        .map_or_else(|| m.date.to_string(), ToString::to_string)
}

fn meeting_entry(
    r: &Referential,
    owner: &str,
    group: Option<GroupName>,
    m: &Meeting,
    today: NaiveDate,
) -> Entry {
    Entry {
        kind: Kind::Meeting,
        key: format!("meeting.{owner}.{}", meeting_id(m)),
        date: m.date,
        overdue: false,
        what: What::Meeting {
            group,
            kind: m.kind,
            stage: m.stage,
            territory: m
                .territory
                .as_ref()
                .map(|t| r.territory_name(t).to_string()),
            planned: m.date > today,
            participants: m.participants,
            organisations: m
                .organisations
                .iter()
                .map(|o| r.organisation_name(o).to_string())
                .collect(),
            agenda: m.agenda.clone(),
        },
    }
}

fn step_entry(r: &Referential, item: &CalendarItem, year: Option<i32>, today: NaiveDate) -> Entry {
    let key = match (&item.territory, year) {
        (Some(t), Some(y)) => format!("governance.{}.{t}.{y}", item.id),
        (None, Some(y)) => format!("governance.{}.{y}", item.id),
        _ => format!("governance.{}", item.id),
    };
    let recent = item.window_end.checked_add_months(chrono::Months::new(12));
    Entry {
        kind: Kind::Governance,
        key,
        date: item.window_end,
        overdue: item.state == DueState::Late && recent.is_some_and(|d| d >= today),
        what: What::Step {
            step: item.id,
            territory: item
                .territory
                .as_ref()
                .map(|t| r.territory_name(t).to_string()),
            year,
            start: item.window_start,
            end: item.window_end,
            held: item.held.first().copied(),
            state: item.state,
        },
    }
}

/// The governance calendar's steps: the three COPIL, the local committees
/// of every year, the interim evaluation of every year of the period.
fn governance_steps(r: &Referential, gov: &Governance, today: NaiveDate) -> Vec<Entry> {
    let territories: Vec<Id> = r.territories.iter().map(|t| t.id.clone()).collect();
    let p = r.period;
    let mut out: Vec<Entry> = calendar::calendar(r, gov, &[], p.start, today)
        .copil
        .iter()
        .map(|i| step_entry(r, i, None, today))
        .collect();
    for year in p.start..=p.end.max(today.year()) {
        let c = calendar::calendar(r, gov, &territories, year, today);
        out.extend(
            c.local_committees
                .iter()
                .map(|i| step_entry(r, i, Some(year), today)),
        );
    }
    for evaluated in p.start..=p.end {
        let c = calendar::calendar(r, gov, &[], evaluated + 1, today);
        out.extend(
            c.interim_evaluation
                .iter()
                .map(|i| step_entry(r, i, Some(evaluated), today)),
        );
    }
    out
}

/// The entries of one group: meetings, action due dates, open next steps.
fn group_entries(r: &Referential, g: &Group, today: NaiveDate) -> Vec<Entry> {
    let name = group_name(r, g);
    let mut out: Vec<Entry> = g
        .meetings
        .iter()
        .map(|m| meeting_entry(r, g.id.as_str(), Some(name.clone()), m, today))
        .collect();
    for a in &g.actions {
        if let Some(due) = a.due {
            out.push(Entry {
                kind: Kind::ActionDue,
                key: format!("due.{}.{}", g.id, a.id),
                date: due,
                overdue: a.is_overdue(today),
                what: What::ActionDue {
                    group: name.clone(),
                    action: a.title.clone(),
                    status: a.status,
                    progress: a.progress,
                },
            });
        }
    }
    for s in meeting::open_steps(g) {
        let Some(due) = s.entry.due else { continue };
        let taken = s
            .entry
            .meeting
            .as_ref()
            .map_or_else(|| s.entry.date.to_string(), ToString::to_string);
        out.push(Entry {
            kind: Kind::NextStep,
            key: format!(
                "step.{}.{}.{taken}.{}",
                g.id,
                s.action.id,
                short_hash(s.entry.text.trim(), 8)
            ),
            date: due,
            overdue: s.entry.is_overdue_step(today),
            what: What::NextStep {
                group: name.clone(),
                action: s.action.title.clone(),
                text: s.entry.text.clone(),
                owner: s
                    .entry
                    .owner
                    .as_ref()
                    .map(|o| r.organisation_name(o).to_string()),
                taken: s.entry.date,
            },
        });
    }
    out
}

impl Agenda {
    /// The agenda of the workspace's data as of `today`.
    pub fn build<G: std::borrow::Borrow<Group>>(
        r: &Referential,
        gov: &Governance,
        groups: &[G],
        today: NaiveDate,
    ) -> Agenda {
        let mut entries = governance_steps(r, gov, today);
        entries.extend(
            gov.meetings
                .iter()
                .map(|m| meeting_entry(r, "governance", None, m, today)),
        );
        for g in groups {
            entries.extend(group_entries(r, g.borrow(), today));
        }
        entries.sort_by(|a, b| (a.date, &a.key).cmp(&(b.date, &b.key)));
        // Two entries with one key (two next steps with the same text taken
        // in one meeting) get a suffix, so that every UID is unique.
        let mut seen = std::collections::BTreeMap::<String, usize>::new();
        for e in &mut entries {
            let n = seen.entry(e.key.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                e.key = format!("{}.{n}", e.key);
            }
        }
        Agenda {
            title: format!("{} — {}", r.name, r.departement.name),
            identity: identity(r),
            today,
            entries,
        }
    }

    /// The UID of an entry: its key at the workspace's identity.
    pub fn uid(&self, e: &Entry) -> String {
        format!("{}@{}", e.key, self.identity)
    }

    /// How many entries of each kind.
    pub fn counts(&self) -> std::collections::BTreeMap<Kind, usize> {
        let mut out = std::collections::BTreeMap::new();
        for k in Kind::ALL {
            out.insert(k, 0);
        }
        for e in &self.entries {
            *out.entry(e.kind).or_insert(0) += 1;
        }
        out
    }

    /// What falls due from today to `weeks` weeks ahead, overdue entries
    /// first (oldest first), then by date: unfinished actions, open next
    /// steps, planned meetings and governance steps not held.
    pub fn due_soon(&self, weeks: u32) -> Vec<&Entry> {
        let until = self.until(weeks);
        let pending = |e: &Entry| match &e.what {
            What::Step { held, .. } => held.is_none(),
            What::Meeting { planned, .. } => *planned,
            What::ActionDue { status, .. } => !status.is_finished(),
            What::NextStep { .. } => true,
        };
        let mut overdue: Vec<&Entry> = self.entries.iter().filter(|e| e.overdue).collect();
        let coming = self
            .entries
            .iter()
            .filter(|e| !e.overdue && e.date >= self.today && e.date <= until && pending(e));
        overdue.extend(coming);
        overdue
    }

    /// The last day `weeks` weeks ahead.
    pub fn until(&self, weeks: u32) -> NaiveDate {
        self.today + chrono::Duration::weeks(i64::from(weeks))
    }
}

#[cfg(test)]
mod tests;
