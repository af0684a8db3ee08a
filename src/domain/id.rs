//! Stable identifiers: short ASCII slugs that also name files.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Longest id accepted, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// An ASCII slug `[a-z0-9][a-z0-9-]*`, at most [`MAX_ID_LEN`] bytes.
///
/// Ids name files, so an id can never hold a path separator, a dot or
/// anything else that could lead out of the workspace.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(String);

/// Why a string is not a valid [`Id`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    /// The string is empty.
    #[error("{}", self.message().en)]
    Empty,
    /// The string is longer than [`MAX_ID_LEN`].
    #[error("{}", self.message().en)]
    TooLong(String),
    /// The string holds a character outside `[a-z0-9-]` or starts with `-`.
    #[error("{}", self.message().en)]
    NotASlug(String),
}

impl IdError {
    /// The reason, in English (as [`std::fmt::Display`]) and French.
    pub fn message(&self) -> super::Message {
        match self {
            IdError::Empty => crate::m!("id-empty"),
            IdError::TooLong(s) => crate::m!("id-too-long", id = s.as_str(), max = MAX_ID_LEN),
            IdError::NotASlug(s) => crate::m!("id-not-a-slug", id = s.as_str()),
        }
    }
}

impl Id {
    /// Checks `s` and wraps it.
    pub fn new(s: impl Into<String>) -> Result<Self, IdError> {
        let s = s.into();
        if s.is_empty() {
            return Err(IdError::Empty);
        }
        if s.len() > MAX_ID_LEN {
            return Err(IdError::TooLong(s));
        }
        let bytes = s.as_bytes();
        let ok_first = bytes[0].is_ascii_lowercase() || bytes[0].is_ascii_digit();
        let ok_rest = bytes
            .iter()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-');
        if !ok_first || !ok_rest {
            return Err(IdError::NotASlug(s));
        }
        Ok(Id(s))
    }

    /// The id as a string slice.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The slug of free text (accents folded, punctuation to `-`), or `None`
    /// when nothing alphanumeric is left.
    pub fn slug_of(text: &str) -> Option<Self> {
        let s = slug(text);
        if s.is_empty() {
            return None;
        }
        let s = if s.len() > MAX_ID_LEN {
            s[..MAX_ID_LEN].trim_end_matches('-').to_string()
        } else {
            s
        };
        Id::new(s).ok()
    }
}

/// Folds `text` to a slug: ASCII transliteration (œ → oe, é → e),
/// lowercase, runs of anything else collapsed to one `-`.
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text);
    let mut out = String::with_capacity(ascii.len());
    let mut dash = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c.to_ascii_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::str::FromStr for Id {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Id::new(s)
    }
}

impl Serialize for Id {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Id::new(s).map_err(|e| serde::de::Error::custom(e.message().encode()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_slugs_only() {
        assert!(Id::new("a31").is_ok());
        assert!(Id::new("coeur-d-herault").is_ok());
        assert_eq!(Id::new(""), Err(IdError::Empty));
        for bad in ["-a", "A", "a/b", "..", "a.b", "é", "a b", "a_b"] {
            assert!(Id::new(bad).is_err(), "{bad} accepted");
        }
        assert!(Id::new("a".repeat(65)).is_err());
    }

    #[test]
    fn slug_folds_accents_case_and_punctuation() {
        assert_eq!(
            slug("CŒUR D'HERAULT PIC SAINT-LOUP"),
            slug("Cœur d'Hérault – Pic Saint-Loup")
        );
        assert_eq!(
            slug("Cœur d'Hérault – Pic Saint-Loup"),
            "coeur-d-herault-pic-saint-loup"
        );
        assert_eq!(slug("  Réseau Digi'Thau !"), "reseau-digi-thau");
        assert_eq!(Id::slug_of("!!!"), None);
    }
}
