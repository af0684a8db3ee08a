//! What is merged how, for each kind of workspace file.
//!
//! - groups: actions by id, and each action field by field; indicators by id;
//!   measurements by date; deliverables by label; journal entries as a set
//!   (kept in date, kind, text order); meetings by date, kind and territory;
//!   lists of ids (territories, themes, members, publics, organisations
//!   present) and meeting decisions as sets;
//! - the referential: axes, themes, territories, publics and organisations by id;
//! - governance: meetings as in groups, interim evaluations by year.
//!
//! Pilot and co-pilot are each one value (an organisation and its person
//! go together).

use super::engine::{Merger, Order, trivial};
use crate::domain::{
    Action, Axis, Deliverable, Governance, Group, Indicator, InterimEvaluation, JournalEntry,
    Measurement, Meeting, Organisation, Public, Referential, Territory, Theme,
};
use std::cmp::Ordering;

/// `m.value` of one field of three optional-base structs.
macro_rules! value {
    ($m:expr, $b:expr, $o:expr, $t:expr, $field:ident) => {
        $m.value(
            stringify!($field),
            $b.map(|b| &b.$field),
            &$o.$field,
            &$t.$field,
        )
    };
}

/// `m.set` of one list field.
macro_rules! set {
    ($m:expr, $b:expr, $o:expr, $t:expr, $field:ident) => {
        set!($m, $b, $o, $t, $field, Order::Ours)
    };
    ($m:expr, $b:expr, $o:expr, $t:expr, $field:ident, $order:expr) => {
        $m.set(
            $b.map(|b| b.$field.as_slice()),
            &$o.$field,
            &$t.$field,
            $order,
        )
    };
}

/// The three lists of one field, for `m.keyed`.
macro_rules! lists {
    ($b:expr, $o:expr, $t:expr, $field:ident) => {
        (
            $b.map(|b| b.$field.as_slice()),
            $o.$field.as_slice(),
            $t.$field.as_slice(),
        )
    };
}

/// Merges a working group.
pub fn group(m: &mut Merger, b: Option<&Group>, o: &Group, t: &Group) -> Group {
    if let Some(v) = trivial(b, o, t) {
        return v;
    }
    let renamed = with_meetings_renamed(b, o, t);
    let t = renamed.as_ref().unwrap_or(t);
    let mut g = Group {
        version: value!(m, b, o, t, version),
        id: value!(m, b, o, t, id),
        name: value!(m, b, o, t, name),
        territories: set!(m, b, o, t, territories),
        axis: value!(m, b, o, t, axis),
        themes: set!(m, b, o, t, themes),
        pilot: value!(m, b, o, t, pilot),
        copilot: value!(m, b, o, t, copilot),
        members: set!(m, b, o, t, members),
        actions: m.keyed(
            "actions",
            lists!(b, o, t, actions),
            |a| a.id.clone(),
            Order::Ours,
            action,
        ),
        meetings: meetings(
            m,
            b.map(|b| b.meetings.as_slice()),
            &o.meetings,
            &t.meetings,
        ),
    };
    g.version = g.file_version();
    g
}

/// Merges an action field by field.
pub fn action(m: &mut Merger, b: Option<&Action>, o: &Action, t: &Action) -> Action {
    Action {
        id: o.id.clone(),
        title: value!(m, b, o, t, title),
        objectives: value!(m, b, o, t, objectives),
        publics: set!(m, b, o, t, publics),
        implementation: value!(m, b, o, t, implementation),
        deliverables: m.keyed(
            "deliverables",
            lists!(b, o, t, deliverables),
            |d| d.label.clone(),
            Order::Ours,
            deliverable,
        ),
        status: value!(m, b, o, t, status),
        progress: value!(m, b, o, t, progress),
        start: value!(m, b, o, t, start),
        due: value!(m, b, o, t, due),
        experimentation: value!(m, b, o, t, experimentation),
        indicators: m.keyed(
            "indicators",
            lists!(b, o, t, indicators),
            |i| i.id.clone(),
            Order::Ours,
            indicator,
        ),
        journal: set!(m, b, o, t, journal, Order::SortedBy(journal_order)),
    }
}

fn journal_order(a: &JournalEntry, b: &JournalEntry) -> Ordering {
    (a.date, a.kind, &a.text).cmp(&(b.date, b.kind, &b.text))
}

fn deliverable(
    m: &mut Merger,
    b: Option<&Deliverable>,
    o: &Deliverable,
    t: &Deliverable,
) -> Deliverable {
    Deliverable {
        label: o.label.clone(),
        done: value!(m, b, o, t, done),
        document: value!(m, b, o, t, document),
    }
}

/// Merges an indicator; measurements by date.
pub fn indicator(m: &mut Merger, b: Option<&Indicator>, o: &Indicator, t: &Indicator) -> Indicator {
    Indicator {
        id: o.id.clone(),
        label: value!(m, b, o, t, label),
        kind: value!(m, b, o, t, kind),
        unit: value!(m, b, o, t, unit),
        baseline: value!(m, b, o, t, baseline),
        target: value!(m, b, o, t, target),
        measurements: m.keyed(
            "measurements",
            lists!(b, o, t, measurements),
            |x| x.date,
            Order::SortedBy(|a: &chrono::NaiveDate, b| a.cmp(b)),
            |m, b, o, t| Measurement {
                date: o.date,
                value: value!(m, b, o, t, value),
            },
        ),
    }
}

use crate::domain::MeetingKey;

/// Meeting ids theirs' side must change: a meeting both sides added with
/// the same id but different records is two meetings (both kept), so
/// theirs' takes the next free id. Returns (old id, new id) pairs.
fn meeting_renames(
    b: Option<&[Meeting]>,
    o: &[Meeting],
    t: &[Meeting],
) -> Vec<(MeetingKey, MeetingKey)> {
    let kb = b.map(Meeting::keys).unwrap_or_default();
    let ko = Meeting::keys(o);
    let kt = Meeting::keys(t);
    let mut taken: Vec<MeetingKey> = ko.iter().chain(&kt).chain(&kb).cloned().collect();
    let mut out = Vec::new();
    for (i, k) in kt.iter().enumerate() {
        if kb.contains(k) {
            continue;
        }
        if let Some(j) = ko.iter().position(|x| x == k)
            && o[j] != t[i]
        {
            let new = Meeting::fresh_id(t[i].date, taken.iter());
            taken.push(new.clone());
            out.push((k.clone(), new));
        }
    }
    out
}

/// Theirs' group with its colliding meetings renamed, and the journal
/// entries theirs' side added in those meetings pointing to the new ids.
pub fn with_meetings_renamed(b: Option<&Group>, o: &Group, t: &Group) -> Option<Group> {
    let renames = meeting_renames(b.map(|b| b.meetings.as_slice()), &o.meetings, &t.meetings);
    if renames.is_empty() {
        return None;
    }
    let mut t = t.clone();
    Meeting::assign_ids(&mut t.meetings);
    for m in &mut t.meetings {
        if let Some((_, new)) = renames.iter().find(|(old, _)| m.id.as_ref() == Some(old)) {
            m.id = Some(new.clone());
        }
    }
    let in_base = |aid: &crate::domain::Id, e: &JournalEntry| {
        b.and_then(|b| b.action(aid))
            .is_some_and(|a| a.journal.contains(e))
    };
    for a in &mut t.actions {
        let aid = a.id.clone();
        for e in &mut a.journal {
            if in_base(&aid, e) {
                continue;
            }
            if let Some((_, new)) = renames
                .iter()
                .find(|(old, _)| e.meeting.as_ref() == Some(old))
            {
                e.meeting = Some(new.clone());
            }
        }
    }
    Some(t)
}

/// Merges meetings by id (ids given to meetings of version 1 as when they
/// load); a meeting both sides added with the same id but different
/// records has been renamed on theirs' side first ([`with_meetings_renamed`]).
fn meetings(m: &mut Merger, b: Option<&[Meeting]>, o: &[Meeting], t: &[Meeting]) -> Vec<Meeting> {
    let kb = b.map(Meeting::keys).unwrap_or_default();
    let ko = Meeting::keys(o);
    let kt = Meeting::keys(t);
    let by_date = |x: &Meeting, y: &Meeting| x.date.cmp(&y.date);
    let mut merged = m.keyed_by("meetings", (b, o, t), (kb, ko, kt), Order::Ours, meeting);
    // Kept in date order (a meeting keeps its place among those of its day).
    merged.sort_by(by_date);
    Meeting::assign_ids(&mut merged);
    merged
}

/// Merges one meeting (matched by id).
pub fn meeting(m: &mut Merger, b: Option<&Meeting>, o: &Meeting, t: &Meeting) -> Meeting {
    Meeting {
        id: o.id.clone().or_else(|| t.id.clone()),
        date: value!(m, b, o, t, date),
        kind: value!(m, b, o, t, kind),
        stage: value!(m, b, o, t, stage),
        territory: value!(m, b, o, t, territory),
        participants: value!(m, b, o, t, participants),
        organisations: set!(m, b, o, t, organisations),
        excused: set!(m, b, o, t, excused),
        people: set!(m, b, o, t, people),
        agenda: value!(m, b, o, t, agenda),
        decisions: set!(m, b, o, t, decisions),
        discussed: value!(m, b, o, t, discussed),
        at: value!(m, b, o, t, at),
        minutes: value!(m, b, o, t, minutes),
    }
}

/// Merges the referential.
pub fn referential(
    m: &mut Merger,
    b: Option<&Referential>,
    o: &Referential,
    t: &Referential,
) -> Referential {
    if let Some(v) = trivial(b, o, t) {
        return v;
    }
    let departement = m.within("departement", |m| {
        let (b, o, t) = (b.map(|b| &b.departement), &o.departement, &t.departement);
        crate::domain::Departement {
            code: value!(m, b, o, t, code),
            name: value!(m, b, o, t, name),
        }
    });
    let period = m.within("period", |m| {
        let (b, o, t) = (b.map(|b| &b.period), &o.period, &t.period);
        crate::domain::Period {
            start: value!(m, b, o, t, start),
            end: value!(m, b, o, t, end),
        }
    });
    Referential {
        version: value!(m, b, o, t, version),
        name: value!(m, b, o, t, name),
        departement,
        period,
        axes: m.keyed(
            "axes",
            lists!(b, o, t, axes),
            |a| a.id.clone(),
            Order::Ours,
            axis,
        ),
        territories: m.keyed(
            "territories",
            lists!(b, o, t, territories),
            |x| x.id.clone(),
            Order::Ours,
            |m, b, o, t| Territory {
                id: o.id.clone(),
                name: value!(m, b, o, t, name),
                communes: set!(m, b, o, t, communes),
                epci: set!(m, b, o, t, epci),
            },
        ),
        publics: m.keyed(
            "publics",
            lists!(b, o, t, publics),
            |x| x.id.clone(),
            Order::Ours,
            |m, b, o, t| Public {
                id: o.id.clone(),
                label: value!(m, b, o, t, label),
                publics: set!(m, b, o, t, publics),
            },
        ),
        organisations: m.keyed(
            "organisations",
            lists!(b, o, t, organisations),
            |x| x.id.clone(),
            Order::Ours,
            |m, b, o, t| Organisation {
                id: o.id.clone(),
                name: value!(m, b, o, t, name),
                reseaux_porteurs: set!(m, b, o, t, reseaux_porteurs),
                joined: value!(m, b, o, t, joined),
                siret: value!(m, b, o, t, siret),
                code_insee: value!(m, b, o, t, code_insee),
                commune: value!(m, b, o, t, commune),
                code_postal: value!(m, b, o, t, code_postal),
                adresse: value!(m, b, o, t, adresse),
                site_web: value!(m, b, o, t, site_web),
                courriel: value!(m, b, o, t, courriel),
                data_inclusion: value!(m, b, o, t, data_inclusion),
            },
        ),
    }
}

fn axis(m: &mut Merger, b: Option<&Axis>, o: &Axis, t: &Axis) -> Axis {
    Axis {
        id: o.id.clone(),
        number: value!(m, b, o, t, number),
        title: value!(m, b, o, t, title),
        objective: value!(m, b, o, t, objective),
        themes: m.keyed(
            "themes",
            lists!(b, o, t, themes),
            |x| x.id.clone(),
            Order::Ours,
            |m, b, o, t| Theme {
                id: o.id.clone(),
                title: value!(m, b, o, t, title),
                thematiques: set!(m, b, o, t, thematiques),
            },
        ),
    }
}

/// Merges the governance file.
pub fn governance(
    m: &mut Merger,
    b: Option<&Governance>,
    o: &Governance,
    t: &Governance,
) -> Governance {
    if let Some(v) = trivial(b, o, t) {
        return v;
    }
    let renames = meeting_renames(b.map(|b| b.meetings.as_slice()), &o.meetings, &t.meetings);
    let mut theirs = t.meetings.clone();
    if !renames.is_empty() {
        Meeting::assign_ids(&mut theirs);
        for x in &mut theirs {
            if let Some((_, new)) = renames.iter().find(|(old, _)| x.id.as_ref() == Some(old)) {
                x.id = Some(new.clone());
            }
        }
    }
    Governance {
        version: value!(m, b, o, t, version).max(crate::domain::BASE_VERSION),
        meetings: meetings(m, b.map(|b| b.meetings.as_slice()), &o.meetings, &theirs),
        evaluations: m.keyed(
            "evaluations",
            lists!(b, o, t, evaluations),
            |e| e.year,
            Order::SortedBy(|a: &i32, b| a.cmp(b)),
            |m, b, o, t| InterimEvaluation {
                year: o.year,
                date: value!(m, b, o, t, date),
                summary: value!(m, b, o, t, summary),
            },
        ),
    }
}
