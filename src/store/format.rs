//! The canonical RON form of workspace files.
//!
//! One field per line, four-space indent, a trailing newline, `Some` implicit.
//! Strings keep accents, apostrophes and guillemets as they are; control,
//! bidi and other invisible format characters are escaped (`\u{202e}`), as are
//! `"`, `\`, newlines and tabs.

use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// The ron options used for reading and writing.
pub fn options() -> ron::Options {
    ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME)
}

fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .separate_tuple_members(false)
        .struct_names(false)
        .extensions(Extensions::IMPLICIT_SOME)
}

/// Serialises `value` to its canonical text.
pub fn to_canonical<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let raw = options().to_string_pretty(value, pretty())?;
    let mut out = reescape(&raw);
    out.push('\n');
    Ok(out)
}

/// A group's canonical text, in the lowest schema version that holds it
/// ([`crate::domain::Group::file_version`]).
pub fn group_to_canonical(g: &crate::domain::Group) -> Result<String, ron::Error> {
    let v = g.file_version();
    if g.version == v {
        return to_canonical(g);
    }
    let mut g = g.clone();
    g.version = v;
    to_canonical(&g)
}

/// Parses `text` as a `T`; errors are in English.
pub fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, ron::error::SpannedError> {
    from_text_bilingual(text).map_err(|mut e| {
        if let ron::Error::Message(m) = &mut e.code {
            *m = crate::domain::Message::decode(m).en;
        }
        e
    })
}

/// Parses `text` as a `T`; pacte's own error messages (ids, statuses) come
/// in both languages, as made by [`crate::domain::Message::encode`].
pub fn from_text_bilingual<T: DeserializeOwned>(text: &str) -> Result<T, ron::error::SpannedError> {
    options().from_str(text)
}

pub use crate::text::is_hidden_char;

/// Writes `s` as the inside of a canonical string literal.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_hidden_char(c) => {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
}

/// Rewrites every string literal of ron's output with [`escape_into`].
///
/// ron escapes with `char::escape_debug`, which also escapes `'` and
/// combining marks; this pass decodes each literal and writes it again.
fn reescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '"' {
            out.push(c);
            continue;
        }
        let mut value = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => value.push('\n'),
                    Some('r') => value.push('\r'),
                    Some('t') => value.push('\t'),
                    Some('0') => value.push('\0'),
                    Some('u') => {
                        let mut hex = String::new();
                        for h in chars.by_ref() {
                            match h {
                                '{' => {}
                                '}' => break,
                                h => hex.push(h),
                            }
                        }
                        let decoded = u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        value.push(decoded);
                    }
                    Some(other) => value.push(other),
                    None => {}
                },
                c => value.push(c),
            }
        }
        out.push('"');
        escape_into(&mut out, &value);
        out.push('"');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct T {
        s: String,
        o: Option<String>,
        v: Vec<u8>,
    }

    #[test]
    fn french_text_stays_readable_and_hidden_chars_are_escaped() {
        let t = T {
            s: "l'« insertion » — Cœur d'Hérault\u{202e}\u{7}\"\\\n".into(),
            o: Some("e\u{301}".into()),
            v: vec![],
        };
        let text = to_canonical(&t).unwrap();
        assert_eq!(
            text,
            "(\n    s: \"l'« insertion » — Cœur d'Hérault\\u{202e}\\u{7}\\\"\\\\\\n\",\n    o: \"e\u{301}\",\n    v: [],\n)\n"
        );
        assert_eq!(from_text::<T>(&text).unwrap(), t);
    }

    #[test]
    fn explicit_some_is_still_read() {
        let t: T = from_text("(s: \"\", o: Some(\"x\"), v: [1])").unwrap();
        assert_eq!(t.o.as_deref(), Some("x"));
    }
}
