//! Messages for people, in both interface languages.

/// Builds a [`Message`] from an English and a French format string, with the
/// same arguments captured from the call site.
#[macro_export]
macro_rules! msg {
    ($en:literal, $fr:literal $(,)?) => {
        $crate::domain::Message::new(format!($en), format!($fr))
    };
}

/// Separates the two texts in [`Message::encode`] (ASCII unit separator).
const SEPARATOR: char = '\u{1f}';

/// A message in English and in French.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// English text.
    pub en: String,
    /// French text.
    pub fr: String,
}

impl Message {
    /// A message from its two texts.
    pub fn new(en: impl Into<String>, fr: impl Into<String>) -> Self {
        Message {
            en: en.into(),
            fr: fr.into(),
        }
    }

    /// Both texts in one string, for errors that must travel as a single
    /// string (serde's custom errors); [`Message::decode`] splits them.
    pub fn encode(&self) -> String {
        format!("{}{SEPARATOR}{}", self.en, self.fr)
    }

    /// Splits a string made by [`Message::encode`]; any other string is
    /// taken as is in both languages.
    pub fn decode(s: &str) -> Message {
        match s.split_once(SEPARATOR) {
            Some((en, fr)) => Message::new(en, fr),
            None => Message::from(s),
        }
    }

    /// The text in French (`french`) or English.
    pub fn text(&self, french: bool) -> &str {
        if french { &self.fr } else { &self.en }
    }
}

impl From<String> for Message {
    /// A message known in one wording only (e.g. from a library): both
    /// languages show it.
    fn from(s: String) -> Self {
        Message {
            fr: s.clone(),
            en: s,
        }
    }
}

impl From<&str> for Message {
    fn from(s: &str) -> Self {
        Message::from(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode() {
        let m = Message::new("unknown", "inconnu");
        assert_eq!(Message::decode(&m.encode()), m);
        assert_eq!(Message::decode("plain"), Message::new("plain", "plain"));
    }
}
