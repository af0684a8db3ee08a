//! Values of the cells: statuses, progress, dates and ids read as
//! everywhere else, names matched to the referential.

use super::*;

/// A status from its French or English label or its id (the common
/// parser: the same as `pacte set` and the interface).
pub(super) fn parse_status(text: &str) -> Result<Status, Message> {
    crate::domain::read_status(text)
}

/// A progress: a whole number from 0 to 100 (`%` allowed), read as
/// everywhere else. A change (`+10`) is refused: a file gives the state,
/// and importing it twice must not move an action twice.
pub(super) fn parse_progress(text: &str) -> Result<ProgressInput, Message> {
    match crate::domain::read_progress(text)? {
        ProgressInput::By(_) => Err(crate::m!("import-progress-relative", typed = text.trim())),
        to => Ok(to),
    }
}

/// A date: `jj/mm/aaaa`, `jj/mm/aa` (as a spreadsheet writes it back),
/// `aaaa-mm-jj`…, as everywhere else.
pub(super) fn parse_date(text: &str) -> Result<NaiveDate, Message> {
    crate::domain::read_date(text)
}

/// An id written in a `group_id` or `action_id` cell.
pub(super) fn parse_id(text: &str) -> Result<Id, Message> {
    Id::new(text).map_err(|e| e.message())
}

/// Former names of organisations, as slugs, and the id they now go by.
pub(super) const ORGANISATION_ALIASES: &[(&str, &str)] = &[
    ("conseil-departemental", "departement"),
    ("conseil-departemental-de-l-herault", "departement"),
    ("cd34", "departement"),
    ("cd-34", "departement"),
    ("pole-emploi", "france-travail"),
];

/// Matches cells to the referential, and collects unknown organisations.
pub(super) struct Resolver<'a> {
    pub(super) referential: &'a Referential,
    /// Organisations to add, in file order.
    pub(super) added: Vec<Organisation>,
}

/// True when `text` names the item with this id and name.
pub(super) fn names(text_slug: &str, id: &Id, name: &str) -> bool {
    id.as_str() == text_slug || slug(name) == text_slug
}

impl<'a> Resolver<'a> {
    pub(super) fn new(referential: &'a Referential) -> Self {
        Resolver {
            referential,
            added: Vec::new(),
        }
    }

    pub(super) fn territory(&self, text: &str) -> Result<Id, Message> {
        let s = slug(text);
        let ts = &self.referential.territories;
        ts.iter()
            .find(|t| names(&s, &t.id, &t.name))
            .map(|t| t.id.clone())
            .ok_or_else(|| {
                let known: Vec<&str> = ts.iter().map(|t| t.name.as_str()).collect();
                m!(
                    "import-unknown",
                    what = "territory",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    pub(super) fn axis(&self, text: &str) -> Result<Id, Message> {
        let s = slug(text);
        let axes = &self.referential.axes;
        axes.iter()
            .find(|a| a.number.to_string() == s || names(&s, &a.id, &a.title))
            .map(|a| a.id.clone())
            .ok_or_else(|| {
                let known: Vec<String> = axes
                    .iter()
                    .map(|a| format!("{} ({})", a.number, a.id))
                    .collect();
                m!(
                    "import-unknown",
                    what = "axis",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    /// A theme and its axis.
    pub(super) fn theme(&self, text: &str) -> Result<(Id, Id), Message> {
        let s = slug(text);
        let axes = &self.referential.axes;
        axes.iter()
            .find_map(|a| {
                let t = a.themes.iter().find(|t| names(&s, &t.id, &t.title))?;
                Some((t.id.clone(), a.id.clone()))
            })
            .ok_or_else(|| {
                let known: Vec<&str> = axes
                    .iter()
                    .flat_map(|a| &a.themes)
                    .map(|t| t.id.as_str())
                    .collect();
                m!(
                    "import-unknown",
                    what = "theme",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    pub(super) fn public(&self, text: &str) -> Result<Id, Message> {
        let s = slug(text);
        let ps = &self.referential.publics;
        ps.iter()
            .find(|p| names(&s, &p.id, &p.label))
            .map(|p| p.id.clone())
            .ok_or_else(|| {
                let known: Vec<&str> = ps.iter().map(|p| p.label.as_str()).collect();
                m!(
                    "import-unknown",
                    what = "public",
                    value = text,
                    known = known.join(", ")
                )
            })
    }

    /// A known organisation (by id, name or former name), if any.
    pub(super) fn known_organisation(&self, text: &str) -> Option<Id> {
        let s = slug(text);
        let orgs = &self.referential.organisations;
        if let Some(o) = orgs.iter().find(|o| names(&s, &o.id, &o.name)) {
            return Some(o.id.clone());
        }
        let alias = ORGANISATION_ALIASES.iter().find(|(a, _)| *a == s)?;
        orgs.iter()
            .find(|o| o.id.as_str() == alias.1)
            .map(|o| o.id.clone())
    }

    /// A known organisation, or a new one added under the slug of its name.
    pub(super) fn organisation(&mut self, text: &str) -> Result<Id, Message> {
        if let Some(id) = self.known_organisation(text) {
            return Ok(id);
        }
        let id = Id::slug_of(text)
            .ok_or_else(|| m!("import-no-letter", what = "organisation", name = text))?;
        if !self.added.iter().any(|o| o.id == id) {
            self.added.push(Organisation::new(id.clone(), text.trim()));
        }
        Ok(id)
    }

    /// A pilot or co-pilot: `Org` or `Org (Person)`.
    pub(super) fn lead(&mut self, text: &str) -> Result<Lead, Message> {
        if let Some(organisation) = self.known_organisation(text) {
            return Ok(Lead {
                organisation,
                person: None,
            });
        }
        let (org, person) = split_person(text);
        Ok(Lead {
            organisation: self.organisation(org)?,
            person,
        })
    }
}

/// `Org (Person)` → (`Org`, `Person`); anything else is an organisation.
pub(super) fn split_person(text: &str) -> (&str, Option<String>) {
    let split = text.strip_suffix(')').and_then(|t| {
        let (org, person) = t.rsplit_once('(')?;
        let (org, person) = (org.trim(), person.trim());
        (!org.is_empty() && !person.is_empty()).then_some((org, person))
    });
    match split {
        Some((org, person)) => (org, Some(person.to_string())),
        None => (text, None),
    }
}
