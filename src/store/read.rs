//! Reading one untrusted file: size, links, encoding, merge markers, hidden
//! characters, then RON. Every problem comes back located.

use super::format::{self, is_hidden_char};
use super::layout::MAX_FILE_SIZE;
use super::save::{Hash, hash};
use crate::diag::{Diagnostic, Severity, UNRESOLVED_CONFLICT};
use crate::domain::Message;
use crate::i18n::Lang;
use crate::m;
use serde::de::DeserializeOwned;
use std::path::Path;

/// A file's text as read, with the hash of its bytes.
#[derive(Clone, Debug)]
pub struct Source {
    /// Text, without a BOM.
    pub text: String,
    /// Hash of the bytes on disk (BOM included).
    pub hash: Hash,
}

/// Outcome of reading one file.
pub struct Loaded<T> {
    /// The parsed value, when the file is sound.
    pub value: Option<T>,
    /// Its text, when it could be read as UTF-8.
    pub source: Option<Source>,
    /// What was found, errors and warnings.
    pub diagnostics: Vec<Diagnostic>,
}

/// Loads a file's bytes as the loader does once they are read: BOM,
/// encoding, merge markers, hidden characters, then RON; every problem
/// located. For bytes that do not come from the workspace folder (the fuzz
/// target, git's stages).
pub fn read_bytes<T: DeserializeOwned>(rel: &Path, bytes: &[u8]) -> Loaded<T> {
    let mut diags = Vec::new();
    if bytes.len() as u64 > MAX_FILE_SIZE {
        diags.push(err(rel, None, 1, 1, too_big(bytes.len() as u64)));
        return Loaded {
            value: None,
            source: None,
            diagnostics: diags,
        };
    }
    let source = source_of_bytes(rel, bytes, &mut diags);
    let value = source
        .as_ref()
        .and_then(|s| parse_source(rel, &s.text, &mut diags));
    Loaded {
        value,
        source,
        diagnostics: diags,
    }
}

/// Reads `root/rel` and parses it as a `T`; never panics, never stops at the
/// first warning.
pub fn read_file<T: DeserializeOwned>(root: &Path, rel: &Path) -> Loaded<T> {
    let mut diags = Vec::new();
    let source = read_source(root, rel, &mut diags);
    let value = source
        .as_ref()
        .and_then(|s| parse_source(rel, &s.text, &mut diags));
    Loaded {
        value,
        source,
        diagnostics: diags,
    }
}

fn too_big(len: u64) -> Message {
    m!("read-too-big", len = len, max = MAX_FILE_SIZE)
}

fn err(
    rel: &Path,
    src: Option<&str>,
    line: usize,
    col: usize,
    msg: impl Into<Message>,
) -> Diagnostic {
    Diagnostic::at(Severity::Error, rel, src, line, col, msg)
}

/// Reads the text of a file, reporting links, size, BOM and encoding.
pub fn read_source(root: &Path, rel: &Path, diags: &mut Vec<Diagnostic>) -> Option<Source> {
    use super::safe::{Refused, read_regular};
    if let Some(link) = super::safe::linked_folder(root, rel) {
        diags.push(err(
            rel,
            None,
            1,
            1,
            m!("read-in-linked-folder", link = link.display()),
        ));
        return None;
    }
    let bytes = match read_regular(&root.join(rel), MAX_FILE_SIZE) {
        Ok(b) => b,
        Err(Refused::Symlink) => {
            diags.push(err(rel, None, 1, 1, m!("read-symlink")));
            return None;
        }
        Err(Refused::NotRegular) => {
            diags.push(err(rel, None, 1, 1, m!("read-not-regular")));
            return None;
        }
        Err(Refused::TooBig(len)) => {
            diags.push(err(rel, None, 1, 1, too_big(len)));
            return None;
        }
        Err(Refused::Missing) => {
            diags.push(err(rel, None, 1, 1, m!("read-missing")));
            return None;
        }
        Err(Refused::Io(e)) => {
            diags.push(err(
                rel,
                None,
                1,
                1,
                m!("read-failed", error = e.to_string()),
            ));
            return None;
        }
    };
    // Sound UTF-8 without a BOM (nearly every file) becomes the text as
    // it is, not a copy; anything else is judged by `source_of_bytes`.
    if !bytes.starts_with(b"\xEF\xBB\xBF") {
        let file_hash = hash(&bytes);
        match String::from_utf8(bytes) {
            Ok(text) => {
                return Some(Source {
                    text,
                    hash: file_hash,
                });
            }
            Err(e) => return source_of_bytes(rel, e.as_bytes(), diags),
        }
    }
    source_of_bytes(rel, &bytes, diags)
}

/// The text of a file's bytes (BOM, encoding), whatever they came from.
fn source_of_bytes(rel: &Path, bytes: &[u8], diags: &mut Vec<Diagnostic>) -> Option<Source> {
    let file_hash = hash(bytes);
    let body = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => {
            diags.push(Diagnostic::at(
                Severity::Warning,
                rel,
                None,
                1,
                1,
                m!("read-bom"),
            ));
            rest
        }
        None => bytes,
    };
    let text = match std::str::from_utf8(body) {
        Ok(t) => t.to_string(),
        Err(e) => {
            let good = &body[..e.valid_up_to()];
            let good = String::from_utf8_lossy(good);
            let (line, col) = line_col(&good, good.len());
            let lossy = String::from_utf8_lossy(body);
            diags.push(err(rel, Some(&lossy), line, col, {
                let b = body[e.valid_up_to()];
                m!("read-not-utf8", byte = format!("{b:02X}"))
            }));
            return None;
        }
    };
    Some(Source {
        text,
        hash: file_hash,
    })
}

/// Parses text already read, after checking merge markers and hidden characters.
pub fn parse_source<T: DeserializeOwned>(
    rel: &Path,
    text: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    if let Some(d) = conflict_markers(rel, text) {
        diags.push(d);
        return None;
    }
    hidden_chars(rel, text, diags);
    match format::from_text_bilingual::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let (mut line, mut col) = (e.span.start.line, e.span.start.col);
            let mut message = ron_message(&e.code);
            let expected_separator = matches!(
                e.code,
                ron::Error::ExpectedComma
                    | ron::Error::ExpectedArrayEnd
                    | ron::Error::ExpectedStructLikeEnd
            );
            if expected_separator {
                // The parser stops at the next token; the missing `,` belongs
                // at the end of the previous value, often on the line above.
                if let Some((l, c)) = end_of_previous_token(text, line, col)
                    && l < line
                {
                    message = Message::each(|lang| {
                        crate::t!(
                            lang,
                            "ron-after-value",
                            message = message.in_lang(lang),
                            line = line
                        )
                    });
                    (line, col) = (l, c);
                }
            }
            diags.push(err(rel, Some(text), line, col, message));
            None
        }
    }
}

/// Line and column just after the last non-blank character before
/// `line:col` (both from 1).
fn end_of_previous_token(text: &str, line: usize, col: usize) -> Option<(usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let current = lines.get(line.checked_sub(1)?)?;
    let before: String = current.chars().take(col.saturating_sub(1)).collect();
    if !before.trim().is_empty() {
        return Some((line, col));
    }
    (0..line - 1).rev().find_map(|i| {
        let l = lines[i].trim_end();
        (!l.is_empty()).then(|| (i + 1, l.chars().count() + 1))
    })
}

/// ron's error in English and French: our own messages carry both (see
/// [`Message::encode`]); ron's common ones are in the catalogue
/// (`ron-error`), the others shown as ron words them.
pub fn ron_message(code: &ron::Error) -> Message {
    use ron::Error as E;
    let within = |outer: &Option<String>| {
        let both = outer.as_ref().map(|o| m!("ron-within", name = o.as_str()));
        move |lang: Lang| {
            both.as_ref()
                .map_or(String::new(), |m| format!(" {}", m.in_lang(lang)))
        }
    };
    let ticked = |names: &[&str]| {
        let v: Vec<String> = names.iter().map(|f| format!("`{f}`")).collect();
        v.join(", ")
    };
    let (kind, field, outer, fields, character) = match code {
        E::Message(m) => return Message::decode(m),
        E::Eof => ("eof", "", None, String::new(), String::new()),
        E::ExpectedArray => ("expected-array", "", None, String::new(), String::new()),
        E::ExpectedArrayEnd => ("expected-array-end", "", None, String::new(), String::new()),
        E::ExpectedBoolean => ("expected-boolean", "", None, String::new(), String::new()),
        E::ExpectedComma => ("expected-comma", "", None, String::new(), String::new()),
        E::ExpectedFloat => ("expected-float", "", None, String::new(), String::new()),
        E::ExpectedInteger => ("expected-integer", "", None, String::new(), String::new()),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => (
            "expected-closing-paren",
            "",
            None,
            String::new(),
            String::new(),
        ),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => (
            "expected-opening-paren",
            "",
            None,
            String::new(),
            String::new(),
        ),
        E::ExpectedMapColon => ("expected-colon", "", None, String::new(), String::new()),
        E::ExpectedString => ("expected-string", "", None, String::new(), String::new()),
        E::ExpectedStringEnd => (
            "expected-string-end",
            "",
            None,
            String::new(),
            String::new(),
        ),
        E::ExpectedIdentifier => (
            "expected-identifier",
            "",
            None,
            String::new(),
            String::new(),
        ),
        E::IntegerOutOfBounds => (
            "integer-out-of-bounds",
            "",
            None,
            String::new(),
            String::new(),
        ),
        E::TrailingCharacters => (
            "trailing-characters",
            "",
            None,
            String::new(),
            String::new(),
        ),
        E::UnexpectedChar(c) => ("unexpected-char", "", None, String::new(), format!("{c:?}")),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => (
            "unknown-field",
            found.as_str(),
            outer.clone(),
            ticked(expected),
            String::new(),
        ),
        E::MissingStructField { field, outer } => (
            "missing-field",
            *field,
            outer.clone(),
            String::new(),
            String::new(),
        ),
        E::DuplicateStructField { field, outer } => (
            "duplicate-field",
            *field,
            outer.clone(),
            String::new(),
            String::new(),
        ),
        _ => ("other", "", None, String::new(), String::new()),
    };
    let within = within(&outer);
    let library = code.to_string();
    let text = |lang: Lang| {
        crate::t!(
            lang,
            "ron-error",
            code = kind,
            field = field,
            within = within(lang),
            fields = fields.as_str(),
            char = character.as_str(),
            library = library.as_str()
        )
    };
    Message::each(text)
}

/// Reports git conflict markers as an unresolved merge, with its line range.
pub fn conflict_markers(rel: &Path, text: &str) -> Option<Diagnostic> {
    let mut start = None;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with("<<<<<<<") && start.is_none() {
            start = Some(n);
        } else if line.starts_with(">>>>>>>") {
            let s = start.unwrap_or(n);
            return Some(
                err(rel, Some(text), s, 1, m!("read-conflict", from = s, to = n))
                    .with_code(UNRESOLVED_CONFLICT),
            );
        }
    }
    start.map(|s| {
        err(
            rel,
            Some(text),
            s,
            1,
            m!("read-conflict-unclosed", from = s),
        )
        .with_code(UNRESOLVED_CONFLICT)
    })
}

/// True when `line` may hold an invisible character: a control byte, or
/// the first byte of the UTF-8 forms of the characters
/// [`is_hidden_char`] names. A fast scan; the exact check follows.
fn may_hide(line: &str) -> bool {
    line.bytes().any(|b| {
        (b < 0x20 && b != b'\t' && b != b'\r')
            || b == 0x7F
            || matches!(b, 0xC2 | 0xD8 | 0xE1 | 0xE2 | 0xE3 | 0xEF | 0xF3)
    }) || line.contains("\\u{")
}

/// Warns once per line holding invisible characters (raw, or escaped as
/// `\u{..}` in a string), with how many there are and where the first is:
/// bounded output, whatever the file holds.
fn hidden_chars(rel: &Path, text: &str, diags: &mut Vec<Diagnostic>) {
    for (line_no, line) in text.lines().enumerate() {
        if !may_hide(line) {
            continue;
        }
        let mut count = 0usize;
        let mut first: Option<(usize, char, bool)> = None;
        for (col, c) in line.chars().enumerate() {
            if c != '\t' && c != '\r' && is_hidden_char(c) {
                count += 1;
                first.get_or_insert((col + 1, c, false));
            }
        }
        let mut rest = line;
        let mut offset = 0;
        while let Some(i) = rest.find("\\u{") {
            let after = &rest[i + 3..];
            if let Some(end) = after.find('}')
                && let Some(c) = u32::from_str_radix(&after[..end], 16)
                    .ok()
                    .and_then(char::from_u32)
            {
                let preceded_by_backslash = line[..offset + i]
                    .chars()
                    .rev()
                    .take_while(|&b| b == '\\')
                    .count()
                    % 2
                    == 1;
                if is_hidden_char(c) && !matches!(c, '\n' | '\t' | '\r') && !preceded_by_backslash {
                    count += 1;
                    if first.is_none_or(|(col, _, _)| col > offset + i) {
                        let col = line[..offset + i].chars().count() + 1;
                        first = Some((col, c, true));
                    }
                }
            }
            offset += i + 3;
            rest = &rest[i + 3..];
        }
        let Some((col, c, escaped)) = first else {
            continue;
        };
        let u = c as u32;
        let (code, what) = (format!("{u:04X}"), describe(c));
        let message = match (count, escaped) {
            (1, false) => m!(
                "read-hidden-char",
                code = code,
                what = what,
                escaped = format!("\\u{{{u:x}}}")
            ),
            (1, true) => m!("read-hidden-char-escaped", code = code, what = what),
            (n, _) => m!("read-hidden-chars", count = n, code = code, what = what),
        };
        diags.push(Diagnostic::on_line(
            Severity::Warning,
            rel,
            Some(line),
            line_no + 1,
            col,
            message,
        ));
    }
}

/// What kind of invisible character `c` is, for the catalogue.
fn describe(c: char) -> &'static str {
    match c {
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => "bidi",
        c if c.is_control() => "control",
        _ => "format",
    }
}

/// Line and column (in characters, from 1) of byte offset `at` in `text`.
pub fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\ncé", 6), (2, 3));
        assert_eq!(line_col("ab\ncé", 5), (2, 2));
        assert_eq!(line_col("", 0), (1, 1));
    }

    #[test]
    fn conflict_range() {
        let t = "a\n<<<<<<< ours\nb\n=======\nc\n>>>>>>> theirs\n";
        let d = conflict_markers(Path::new("x.ron"), t).unwrap();
        assert_eq!((d.line, d.column), (2, 1));
        assert!(d.message.contains("lines 2–6"), "{}", d.message);
    }
}
