//! Messages for people, in both interface languages.

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
