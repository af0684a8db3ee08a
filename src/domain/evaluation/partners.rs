//! Partners newly involved in the pact since a date (the governance
//! evaluation's *intégration de nouveaux partenaires*).
//!
//! An organisation of the referential is new since `D` when:
//! - its `joined` date is known and is on or after `D` (`how`: `joined`); or
//! - its `joined` date is unknown and its first appearance among the
//!   organisations present at a recorded meeting (working group, local
//!   committee or COPIL) is on or after `D` (`how`: `first-meeting`).
//!
//! Organisations only listed as members, with no date anywhere, cannot be
//! dated and are not counted. With a selection narrower than the whole pact,
//! only the organisations involved in the selected groups (pilot, co-pilot,
//! members, meetings) or in the selected territory's local committees are
//! listed; their date is still their first appearance in the whole pact.

use crate::domain::{Governance, Group, Id, Referential};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// How a new partner's date was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum JoinedHow {
    /// From the organisation's `joined` date in the referential.
    Joined,
    /// From the first meeting it was present at.
    FirstMeeting,
}

/// A partner newly involved.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewPartner {
    /// Organisation id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// When it joined or first took part.
    pub date: NaiveDate,
    /// Where that date comes from.
    pub how: JoinedHow,
}

/// Partners newly involved since a date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewPartners {
    /// The date compared with (inclusive).
    pub since: NaiveDate,
    /// The partners, in referential order.
    pub partners: Vec<NewPartner>,
}

/// First date each organisation was present at a meeting, over the whole pact.
fn first_appearances<'a>(
    gov: &'a Governance,
    all_groups: &'a [std::sync::Arc<Group>],
) -> BTreeMap<&'a Id, NaiveDate> {
    let mut first: BTreeMap<&Id, NaiveDate> = BTreeMap::new();
    let meetings = gov
        .meetings
        .iter()
        .chain(all_groups.iter().flat_map(|g| &g.meetings));
    for m in meetings {
        for o in &m.organisations {
            first
                .entry(o)
                .and_modify(|d| *d = (*d).min(m.date))
                .or_insert(m.date);
        }
    }
    first
}

/// Organisations involved in `groups` or in the local committees of `territory`.
pub fn involved<'a>(
    groups: &[&'a Group],
    gov: &'a Governance,
    territory: Option<&Id>,
) -> BTreeSet<&'a Id> {
    let mut out = BTreeSet::new();
    for g in groups {
        out.extend(g.pilot.iter().map(|l| &l.organisation));
        out.extend(g.copilot.iter().map(|l| &l.organisation));
        out.extend(&g.members);
        out.extend(g.meetings.iter().flat_map(|m| &m.organisations));
    }
    if let Some(t) = territory {
        for m in gov
            .meetings
            .iter()
            .filter(|m| m.territory.as_ref() == Some(t))
        {
            out.extend(&m.organisations);
        }
    }
    out
}

/// Partners newly involved since `since`; `only` restricts the list to
/// some organisations (a narrower selection), `None` keeps all.
pub fn new_partners(
    r: &Referential,
    gov: &Governance,
    all_groups: &[std::sync::Arc<Group>],
    since: NaiveDate,
    only: Option<&BTreeSet<&Id>>,
) -> NewPartners {
    let first = first_appearances(gov, all_groups);
    let partners = r
        .organisations
        .iter()
        .filter(|o| only.is_none_or(|set| set.contains(&o.id)))
        .filter_map(|o| {
            let (date, how) = match o.joined {
                Some(j) => (j, JoinedHow::Joined),
                None => (*first.get(&o.id)?, JoinedHow::FirstMeeting),
            };
            (date >= since).then(|| NewPartner {
                id: o.id.clone(),
                name: o.name.clone(),
                date,
                how,
            })
        })
        .collect();
    NewPartners { since, partners }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Meeting, MeetingKind};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn joined_date_first_then_first_meeting() {
        let mut r = crate::template::referential().unwrap();
        for o in &mut r.organisations {
            o.joined = None;
        }
        r.organisations[0].joined = Some(d("2024-02-01")); // ddets
        r.organisations[1].joined = Some(d("2021-02-01")); // region
        let at = |date: &str, orgs: &[&str]| Meeting {
            date: d(date),
            kind: MeetingKind::LocalCommittee,
            stage: None,
            territory: None,
            participants: 5,
            organisations: orgs.iter().map(|o| Id::new(*o).unwrap()).collect(),
            decisions: vec![],
            ..Default::default()
        };
        let gov = Governance {
            version: 1,
            meetings: vec![
                at("2023-05-01", &["caf", "region"]),
                at("2024-05-01", &["caf", "cpam"]),
            ],
            evaluations: vec![],
        };
        let n = new_partners(&r, &gov, &[], d("2024-01-01"), None);
        let ids: Vec<_> = n.partners.iter().map(|p| (p.id.as_str(), p.how)).collect();
        assert_eq!(
            ids,
            [
                ("ddets", JoinedHow::Joined),
                ("cpam", JoinedHow::FirstMeeting)
            ]
        );
        let only: BTreeSet<&Id> = [&r.organisations[0].id].into_iter().collect();
        let n = new_partners(&r, &gov, &[], d("2024-01-01"), Some(&only));
        assert_eq!(n.partners.len(), 1);
    }
}
