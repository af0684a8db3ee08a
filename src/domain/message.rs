//! Messages for people, in both interface languages.

/// Builds a [`Message`] from an English and a French format string, with the
/// same arguments captured from the call site.
#[macro_export]
macro_rules! msg {
    ($en:literal, $fr:literal $(,)?) => {
        $crate::domain::Message::new(format!($en), format!($fr))
    };
}

pub use crate::i18n::Message;

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
