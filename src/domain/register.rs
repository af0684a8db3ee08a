//! The partner register: each organisation of the referential with the
//! groups it pilots, co-pilots or joins and the meetings it attended.

use super::{Governance, Group, Id, Meeting, Organisation, Referential};
use chrono::NaiveDate;
use std::borrow::Borrow;

/// What an organisation does in one group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Pilots the group.
    Pilot,
    /// Co-pilots it.
    Copilot,
    /// Takes part in it.
    Member,
}

/// One organisation's place in the pact.
#[derive(Clone, Debug)]
pub struct Partner<'a> {
    /// The organisation.
    pub organisation: &'a Organisation,
    /// The groups it has a role in, pilots first, then by group order.
    pub groups: Vec<(Role, &'a Group)>,
    /// Meetings it attended (groups' and governance's).
    pub attended: usize,
    /// Meetings it was excused from.
    pub excused: usize,
    /// The latest meeting it attended.
    pub last_attended: Option<NaiveDate>,
    /// The meetings it attended, latest first, with their group (none for
    /// the governance's).
    pub meetings: Vec<(&'a Meeting, Option<&'a Group>)>,
}

/// The role of `org` in `g`, when it has one.
pub fn role_in(org: &Id, g: &Group) -> Option<Role> {
    if g.pilot.as_ref().is_some_and(|l| &l.organisation == org) {
        Some(Role::Pilot)
    } else if g.copilot.as_ref().is_some_and(|l| &l.organisation == org) {
        Some(Role::Copilot)
    } else if g.members.contains(org) {
        Some(Role::Member)
    } else {
        None
    }
}

/// The register of one organisation.
pub fn partner<'a, G: Borrow<Group>>(
    organisation: &'a Organisation,
    groups: &'a [G],
    governance: Option<&'a Governance>,
) -> Partner<'a> {
    let id = &organisation.id;
    let mut roles: Vec<(Role, &Group)> = groups
        .iter()
        .map(Borrow::borrow)
        .filter_map(|g| role_in(id, g).map(|r| (r, g)))
        .collect();
    roles.sort_by_key(|(r, _)| *r);
    let meetings = groups
        .iter()
        .map(Borrow::borrow)
        .flat_map(|g: &'a Group| g.meetings.iter().map(move |m| (m, Some(g))))
        .chain(
            governance
                .into_iter()
                .flat_map(|g| g.meetings.iter().map(|m| (m, None))),
        );
    let mut p = Partner {
        organisation,
        groups: roles,
        attended: 0,
        excused: 0,
        last_attended: None,
        meetings: Vec::new(),
    };
    for (m, g) in meetings {
        if m.organisations.contains(id) {
            p.attended += 1;
            p.last_attended = p.last_attended.max(Some(m.date));
            p.meetings.push((m, g));
        } else if m.excused.contains(id) {
            p.excused += 1;
        }
    }
    p.meetings.sort_by_key(|m| std::cmp::Reverse(m.0.date));
    p
}

/// The whole register, in the referential's order.
pub fn register<'a, G: Borrow<Group>>(
    r: &'a Referential,
    groups: &'a [G],
    governance: Option<&'a Governance>,
) -> Vec<Partner<'a>> {
    r.organisations
        .iter()
        .map(|o| partner(o, groups, governance))
        .collect()
}
