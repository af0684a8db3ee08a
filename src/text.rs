//! Text from files made safe for a terminal.

/// True for characters shown and written escaped: controls, bidi controls, zero-width
/// and other invisible format characters, line and paragraph separators.
pub fn is_hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{00AD}'
            | '\u{061C}'
            | '\u{115F}' | '\u{1160}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
        )
}

/// Width a tab expands to.
pub const TAB_WIDTH: usize = 4;

/// Makes `s` safe to print: tabs expanded to spaces, newlines shown as `⏎`,
/// control, escape and bidi characters shown as `\u{..}`. Never returns a
/// character that a terminal would interpret.
pub fn sanitize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col = 0usize;
    // Runs of characters shown as they are are copied whole.
    let mut run = 0;
    for (i, c) in cared_for(s) {
        let plain = &s[run..i];
        out.push_str(plain);
        col += plain.chars().count();
        run = i + c.len_utf8();
        match c {
            '\t' => {
                let n = TAB_WIDTH - col % TAB_WIDTH;
                out.extend(std::iter::repeat_n(' ', n));
                col += n;
            }
            '\n' => {
                out.push('⏎');
                col += 1;
            }
            c => {
                let e = format!("\\u{{{:x}}}", c as u32);
                col += e.len();
                out.push_str(&e);
            }
        }
    }
    out.push_str(&s[run..]);
    out
}

/// [`sanitize`]`(s)`, borrowing `s` when it has nothing to change (most
/// texts).
pub fn sanitized(s: &str) -> std::borrow::Cow<'_, str> {
    match cared_for(s).next() {
        None => std::borrow::Cow::Borrowed(s),
        Some(_) => std::borrow::Cow::Owned(sanitize(s)),
    }
}

/// A character [`sanitize`] does not show as it is: a tab, a newline, a
/// hidden character.
fn needs_care(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_control()
    } else {
        is_hidden_char(c)
    }
}

/// Whether a byte may start a character that [`needs_care`]: an ASCII
/// control, or the first byte of the UTF-8 form of a hidden character
/// (U+0080 to U+00AD: C2; U+061C: D8; U+115F, U+1160, U+180E: E1; U+200B
/// to U+206F: E2; U+3164: E3; U+FE00 to U+FFFB: EF; U+E0000 to U+E007F:
/// F3). A test checks every character against it.
static MAY_NEED_CARE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xd8 | 0xe1 | 0xe2 | 0xe3 | 0xef | 0xf3);
        b += 1;
    }
    t
};

/// True when `s` is printable ASCII only: [`sanitize`] leaves it as it
/// is (a check the compiler does many bytes at a time).
pub(crate) fn plain_ascii(s: &str) -> bool {
    s.bytes().all(|b| (0x20..0x7f).contains(&b))
}

/// The characters of `s` that [`needs_care`], with their byte offsets:
/// only the bytes that may start one are decoded.
fn cared_for(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let s = if plain_ascii(s) { "" } else { s };
    s.bytes()
        .enumerate()
        .filter(|(_, b)| MAY_NEED_CARE[usize::from(*b)])
        .filter_map(move |(i, _)| s[i..].chars().next().map(|c| (i, c)))
        .filter(|(_, c)| needs_care(*c))
}

/// The number of characters of [`sanitize`]`(s)`, without building it.
pub fn sanitized_width(s: &str) -> usize {
    let mut col = 0usize;
    let mut run = 0;
    for (i, c) in cared_for(s) {
        col += s[run..i].chars().count();
        run = i + c.len_utf8();
        col += match c {
            '\t' => TAB_WIDTH - col % TAB_WIDTH,
            '\n' => 1,
            c => format!("\\u{{{:x}}}", c as u32).len(),
        };
    }
    col + s[run..].chars().count()
}

/// A spreadsheet cell's text that a spreadsheet would take for a formula
/// (`=`, `+`, `-` or `@` first) prefixed with `'`.
pub fn formula_safe(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// Like [`sanitize`] but keeps newlines, for multi-line display.
pub fn sanitize_multiline(s: &str) -> Vec<String> {
    s.split('\n').map(sanitize).collect()
}

/// JSON text with every invisible character (bidi controls, zero-width
/// characters, DEL and C1 controls, which JSON encoders write raw) written
/// as a `\u` escape of four hex digits: the same JSON value, nothing a terminal or an
/// editor would interpret.
pub fn json_escape_hidden(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if is_hidden_char(c) && !matches!(c, '\n' | '\t' | '\r') {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// True when `s` holds a character a terminal could interpret: ESC (and
/// with it CSI and OSC sequences), BEL, any other C0 or C1 control but
/// newline and tab, DEL, or a bidi, zero-width or other invisible format
/// character.
pub fn has_raw_controls(s: &str) -> bool {
    s.chars()
        .any(|c| is_hidden_char(c) && !matches!(c, '\n' | '\t' | '\r'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_terminal_controls_and_bidi() {
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(sanitize("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(sanitize("a\tb"), "a   b");
        assert_eq!(sanitize("Cœur d'Hérault « »"), "Cœur d'Hérault « »");
    }

    /// The rule as first written, char by char: what the runs must give.
    fn sanitize_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut col = 0usize;
        for c in s.chars() {
            match c {
                '\t' => {
                    let n = TAB_WIDTH - col % TAB_WIDTH;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
                '\n' => {
                    out.push('⏎');
                    col += 1;
                }
                c if is_hidden_char(c) => {
                    let e = format!("\\u{{{:x}}}", c as u32);
                    col += e.len();
                    out.push_str(&e);
                }
                c => {
                    out.push(c);
                    col += 1;
                }
            }
        }
        out
    }

    #[test]
    fn every_character_needing_care_starts_with_a_byte_looked_at() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            if needs_care(c) {
                let mut b = [0; 4];
                let first = c.encode_utf8(&mut b).as_bytes()[0];
                assert!(MAY_NEED_CARE[usize::from(first)], "{:x}", c as u32);
            }
        }
    }

    #[test]
    fn runs_and_widths_as_char_by_char() {
        let alphabet = [
            'a',
            '\t',
            '\n',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            'é',
            '\u{202e}',
            '«',
            ' ',
            '\u{a0}',
            '\u{ad}',
            '\u{e0001}',
            '€',
        ];
        let mut strings = vec![String::new()];
        for _ in 0..4 {
            strings = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for s in &strings {
                let expected = sanitize_by_chars(s);
                assert_eq!(sanitize(s), expected, "{s:?}");
                assert_eq!(sanitized(s), expected, "{s:?}");
                assert_eq!(sanitized_width(s), expected.chars().count(), "{s:?}");
            }
        }
    }

    #[test]
    fn json_keeps_its_value_without_raw_invisible_characters() {
        let j = serde_json::to_string(&"a\u{202e}b\u{1f600}\u{85}").unwrap();
        let e = json_escape_hidden(&j);
        assert!(!has_raw_controls(&e), "{e:?}");
        assert_eq!(
            serde_json::from_str::<String>(&e).unwrap(),
            "a\u{202e}b\u{1f600}\u{85}"
        );
    }
}
