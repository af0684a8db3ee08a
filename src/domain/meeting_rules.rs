//! The rules of a group's meetings and of the journal entries linked to
//! them: ids unique, links to meetings that exist, owners the referential
//! knows, one meeting held at a time.

use super::rules::{Finding, Level, Step, Subject};
use super::{Group, Minutes, Referential};
use crate::m;
use std::collections::BTreeSet;

/// What is wrong with the meetings of `g` and the links to them.
pub fn check_meetings(g: &Group, r: Option<&Referential>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut push = |level, path, message| {
        out.push(Finding {
            level,
            subject: Subject::Group(g.id.clone()),
            path,
            message,
        })
    };
    let mut seen = BTreeSet::new();
    for m in &g.meetings {
        if let Some(id) = &m.id
            && !seen.insert(id)
        {
            push(
                Level::Error,
                vec![
                    Step::Field("meetings"),
                    Step::Item(id.clone()),
                    Step::Item(id.clone()),
                ],
                m!("rule-duplicate-meeting", id = id.as_str()),
            );
        }
    }
    let held: Vec<_> = g
        .meetings
        .iter()
        .filter(|m| m.minutes == Minutes::Draft)
        .filter_map(|m| m.id.as_ref())
        .collect();
    if let [_, second, ..] = held.as_slice() {
        push(
            Level::Warning,
            vec![Step::Field("meetings"), Step::Item((*second).clone())],
            m!("rule-two-meetings-held", count = held.len()),
        );
    }
    for a in &g.actions {
        for e in &a.journal {
            let at = |field| {
                vec![
                    Step::Field("actions"),
                    Step::Item(a.id.clone()),
                    Step::Field("journal"),
                    Step::Date(e.date),
                    Step::Field(field),
                ]
            };
            if let Some(mid) = &e.meeting
                && g.meeting(mid).is_none()
            {
                push(
                    Level::Warning,
                    at("meeting"),
                    m!(
                        "rule-no-such-meeting",
                        meeting = mid.as_str(),
                        action = a.id.as_str()
                    ),
                );
            }
            if let (Some(o), Some(r)) = (&e.owner, r)
                && r.organisation(o).is_none()
            {
                push(
                    Level::Error,
                    at("owner"),
                    m!("rule-unknown", what = "organisation", id = o.as_str()),
                );
            }
        }
    }
    out
}
