//! The message catalogue: every sentence shown to people, in French (the
//! master) and English, as Project Fluent files under `config/locales/`,
//! embedded in the binary.
//!
//! Code names a message by its id and passes its arguments; wording,
//! plurals and typography (French no-break spaces before `:` `;` `!` `?`
//! and inside « ») live in the `.ftl` files. [`t!`](crate::t) gives the text
//! in one language, [`m!`](crate::m) a [`Message`] in both.

mod catalogue;

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

    /// A message made in each language by `f` (when its arguments differ
    /// by language, e.g. dates as each writes them).
    pub fn each(f: impl Fn(Lang) -> String) -> Self {
        Message {
            en: f(Lang::En),
            fr: f(Lang::Fr),
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

    /// The text in `lang`.
    pub fn in_lang(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        self.in_lang(lang)
    }

    /// Both texts followed by `other`'s on a new line.
    pub fn then_line(mut self, other: &Message) -> Message {
        self.en = format!("{}\n{}", self.en, other.en);
        self.fr = format!("{}\n{}", self.fr, other.fr);
        self
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

/// A language of the interface and of every command.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// French (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The language from a code (`fr`, `en`, `en-GB`…); French otherwise.
    pub fn from_code(code: &str) -> Lang {
        if code.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Fr
        }
    }

    /// The code of the language: `fr` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

/// One argument of a message: a text or a number. A text is borrowed
/// when it can be (a message's arguments are mostly ids and words the
/// caller holds).
#[derive(Clone, Debug, PartialEq)]
pub enum Arg<'a> {
    /// Text, inserted as it is.
    Text(std::borrow::Cow<'a, str>),
    /// A number, which also selects plural forms.
    Number(f64),
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(v: $t) -> Self {
                Arg::Number(v as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f64);

impl From<String> for Arg<'_> {
    fn from(v: String) -> Self {
        Arg::Text(v.into())
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(v: &'a String) -> Self {
        Arg::Text(v.as_str().into())
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(v: &'a str) -> Self {
        Arg::Text(v.into())
    }
}

impl From<std::path::Display<'_>> for Arg<'_> {
    fn from(v: std::path::Display<'_>) -> Self {
        Arg::Text(v.to_string().into())
    }
}

/// The text of message `id` in `lang` with `args`. A missing message (a
/// bug, caught by the catalogue's tests) shows its id rather than nothing.
pub fn text(lang: Lang, id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let mut out = String::new();
    text_into(lang, id, args, &mut out);
    out
}

/// [`text`] appended to `out` (no string of its own: for a caller that
/// words thousands of lines).
pub fn text_into(lang: Lang, id: &str, args: &[(&'static str, Arg<'_>)], out: &mut String) {
    thread_local! {
        static UNTYPESET: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    match lang {
        Lang::Fr => UNTYPESET.with_borrow_mut(|raw| {
            raw.clear();
            catalogue::format_into(lang, id, args, raw);
            french_typography_into(raw, out);
        }),
        Lang::En => catalogue::format_into(lang, id, args, out),
    }
}

/// French typography: a no-break space before `:` and inside « », a
/// narrow no-break space before `;` `!` `?`, in place of the plain spaces
/// the catalogue is written with.
pub fn french_typography(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    french_typography_into(s, &mut out);
    out
}

/// [`french_typography`] of `s` appended to `out`.
///
/// Read char by char, the rule changes a space right after `«` into a
/// no-break space (`«` takes it), and any other space by what follows it:
/// `:` or `»`, a no-break space; `;` `!` `?`, a narrow one. Each change is
/// next to one of `:` `;` `!` `?` or the first byte of `«` and `»` (C2):
/// only those are looked for (memchr), the text between copied whole.
fn french_typography_into(s: &str, out: &mut String) {
    const NBSP: &str = "\u{a0}";
    const NARROW: &str = "\u{202f}";
    let b = s.as_bytes();
    out.reserve(s.len() + 8);
    let space_before = |j: usize| j > 0 && b[j - 1] == b' ';
    let after_open_quote =
        |space: usize| space >= 2 && b[space - 2] == 0xc2 && b[space - 1] == 0xab;
    let mut marks = memchr::memchr3_iter(b':', b';', 0xc2, b).peekable();
    let mut others = memchr::memchr2_iter(b'!', b'?', b).peekable();
    let mut copied = 0;
    loop {
        let j = match (marks.peek(), others.peek()) {
            (Some(m), Some(o)) if m < o => marks.next(),
            (Some(_), None) => marks.next(),
            (_, Some(_)) => others.next(),
            (None, None) => None,
        };
        let Some(j) = j else { break };
        let change = match b[j] {
            b':' if space_before(j) => Some((j - 1, NBSP)),
            b';' | b'!' | b'?' if space_before(j) => {
                let put = if after_open_quote(j - 1) {
                    NBSP
                } else {
                    NARROW
                };
                Some((j - 1, put))
            }
            0xc2 if b.get(j + 1) == Some(&0xbb) && space_before(j) => Some((j - 1, NBSP)),
            0xc2 if b.get(j + 1) == Some(&0xab) && b.get(j + 2) == Some(&b' ') => {
                Some((j + 2, NBSP))
            }
            _ => None,
        };
        // A space can be named twice (`« :`): changed once.
        if let Some((space, put)) = change
            && space >= copied
        {
            out.push_str(&s[copied..space]);
            out.push_str(put);
            copied = space + 1;
        }
    }
    out.push_str(&s[copied..]);
}

/// A number as people write it: `12`, `12,5` (`12.5` in English).
pub fn number(lang: Lang, v: f64) -> String {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        v.to_string()
    };
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A number as people write it: `1 234,5` in French (narrow no-break
/// space between thousands, decimal comma), `1,234.5` in English; at most
/// two decimals.
pub fn grouped(lang: Lang, v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let s = format!("{:.2}", v.abs());
    let (whole, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let frac = frac.trim_end_matches('0');
    let (thousands, decimal) = match lang {
        Lang::Fr => ('\u{202f}', ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if v < 0.0 && (whole != "0" || !frac.is_empty()) {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A date as people write it: `30/06/2025` (`2025-06-30` in English).
pub fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    match lang {
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

/// The text of a catalogue message in one language:
/// `t!(lang, "sync-sent", count = n, to = remote)`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::i18n::text($lang, $id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),*])
    };
}

/// A catalogue message in both languages, as a [`Message`]:
/// `m!("sync-sent", count = n)`.
#[macro_export]
macro_rules! m {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {{
        let args = [$((stringify!($k), $crate::i18n::Arg::from($v))),*];
        $crate::i18n::Message::new(
            $crate::i18n::text($crate::i18n::Lang::En, $id, &args),
            $crate::i18n::text($crate::i18n::Lang::Fr, $id, &args),
        )
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_typography() {
        assert_eq!(
            crate::t!(Lang::Fr, "sync-sent", count = 1, to = "origin/main"),
            "Envoyé\u{a0}: 1 commit vers origin/main."
        );
        assert_eq!(
            crate::t!(Lang::En, "sync-sent", count = 3, to = "origin/main"),
            "Sent: 3 commits to origin/main."
        );
        assert_eq!(
            french_typography("« x » : oui ; non ! quoi ?"),
            "«\u{a0}x\u{a0}»\u{a0}: oui\u{202f}; non\u{202f}! quoi\u{202f}?"
        );
        assert_eq!(text(Lang::Fr, "no-such-message", &[]), "[no-such-message]");
    }

    /// The rule as first written, char by char: what the byte scan must do.
    fn typography_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars().peekable();
        while let Some(c) = chars.next() {
            match (c, chars.peek()) {
                (' ', Some(':')) => out.push('\u{a0}'),
                (' ', Some(';' | '!' | '?')) => out.push('\u{202f}'),
                (' ', Some('»')) => out.push('\u{a0}'),
                ('«', Some(' ')) => {
                    out.push('«');
                    out.push('\u{a0}');
                    chars.next();
                }
                _ => out.push(c),
            }
        }
        out
    }

    #[test]
    fn typography_of_every_short_string() {
        let alphabet = [
            ' ', ':', ';', '!', '?', '«', '»', 'a', 'é', '\u{a0}', '\u{bf}',
        ];
        let mut strings = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &longer {
                assert_eq!(french_typography(s), typography_by_chars(s), "{s:?}");
            }
            strings = longer;
        }
    }
}
