//! Counts of actions per status, always holding the six statuses.

use crate::domain::Status;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// Number of actions in each [`Status`], in the order of [`Status::ALL`].
///
/// Serialises as a map from status id to count with all six ids present,
/// in display order: `project`, `in-progress`, `operating`, `done`,
/// `suspended`, `abandoned`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts([usize; 6]);

fn index(status: Status) -> usize {
    Status::ALL.iter().position(|s| *s == status).unwrap_or(0)
}

impl StatusCounts {
    /// Counts one more action in `status`.
    pub fn add(&mut self, status: Status) {
        self.0[index(status)] += 1;
    }

    /// The number of actions in `status`.
    pub fn get(&self, status: Status) -> usize {
        self.0[index(status)]
    }

    /// Every status with its count, in display order.
    pub fn iter(&self) -> impl Iterator<Item = (Status, usize)> + '_ {
        Status::ALL.iter().map(|s| (*s, self.get(*s)))
    }

    /// All actions counted.
    pub fn total(&self) -> usize {
        self.0.iter().sum()
    }

    /// Actions realised (*en fonctionnement* or *totalement réalisée*).
    pub fn realised(&self) -> usize {
        self.iter()
            .filter(|(s, _)| s.is_realised())
            .map(|(_, n)| n)
            .sum()
    }
}

impl Serialize for StatusCounts {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(Status::ALL.len()))?;
        for (status, n) in self.iter() {
            map.serialize_entry(status.id(), &n)?;
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_all_six_ids_in_display_order() {
        let mut c = StatusCounts::default();
        c.add(Status::Done);
        c.add(Status::Done);
        c.add(Status::Operating);
        assert_eq!(c.total(), 3);
        assert_eq!(c.realised(), 3);
        let json = serde_json::to_string(&c).unwrap();
        assert_eq!(
            json,
            r#"{"project":0,"in-progress":0,"operating":1,"done":2,"suspended":0,"abandoned":0}"#
        );
    }
}
