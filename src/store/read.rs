//! Reading one untrusted file: size, links, encoding, merge markers, hidden
//! characters, then RON. Every problem comes back located.

use super::format::{self, is_hidden_char};
use super::layout::MAX_FILE_SIZE;
use super::save::{Hash, hash};
use crate::diag::{Diagnostic, Severity, UNRESOLVED_CONFLICT};
use crate::domain::Message;
use crate::msg;
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
        diags.push(err(rel, None, 1, 1, {
            let len = bytes.len();
            msg!(
                "file is {len} bytes, over the {MAX_FILE_SIZE} byte limit",
                "le fichier fait {len} octets, au-delà de la limite de {MAX_FILE_SIZE} octets"
            )
        }));
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
        let link = link.display();
        diags.push(err(
            rel,
            None,
            1,
            1,
            msg!(
                "is inside {link}, a symbolic link to a folder; pacte only reads folders inside the workspace",
                "est dans {link}, un lien symbolique vers un dossier ; pacte ne lit que les dossiers de l'espace de travail"
            ),
        ));
        return None;
    }
    let bytes = match read_regular(&root.join(rel), MAX_FILE_SIZE) {
        Ok(b) => b,
        Err(Refused::Symlink) => {
            diags.push(err(
                rel,
                None,
                1,
                1,
                msg!(
                    "is a symbolic link; pacte only reads regular files inside the workspace",
                    "est un lien symbolique ; pacte ne lit que des fichiers ordinaires de l'espace de travail"
                ),
            ));
            return None;
        }
        Err(Refused::NotRegular) => {
            diags.push(err(
                rel,
                None,
                1,
                1,
                msg!("is not a regular file", "n'est pas un fichier ordinaire"),
            ));
            return None;
        }
        Err(Refused::TooBig(len)) => {
            diags.push(err(
                rel,
                None,
                1,
                1,
                msg!(
                    "file is {len} bytes, over the {MAX_FILE_SIZE} byte limit",
                    "le fichier fait {len} octets, au-delà de la limite de {MAX_FILE_SIZE} octets"
                ),
            ));
            return None;
        }
        Err(Refused::Missing) => {
            diags.push(err(
                rel,
                None,
                1,
                1,
                msg!(
                    "cannot read the file: it no longer exists",
                    "lecture du fichier impossible : il n'existe plus"
                ),
            ));
            return None;
        }
        Err(Refused::Io(e)) => {
            diags.push(err(
                rel,
                None,
                1,
                1,
                msg!(
                    "cannot read the file: {e}",
                    "lecture du fichier impossible : {e}"
                ),
            ));
            return None;
        }
    };
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
                msg!(
                    "file starts with a byte order mark (BOM); it is ignored and will be removed on the next save",
                    "le fichier commence par une marque d'ordre des octets (BOM) ; elle est ignorée et sera retirée au prochain enregistrement"
                ),
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
                msg!(
                    "invalid UTF-8 (byte 0x{b:02X}); save the file as UTF-8",
                    "UTF-8 invalide (octet 0x{b:02X}) ; enregistrez le fichier en UTF-8"
                )
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
            let Message {
                en: mut message,
                fr: mut message_fr,
            } = ron_message(&e.code);
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
                    message_fr = format!(
                        "{message_fr} après cette valeur (la lecture s'est arrêtée ligne {line})"
                    );
                    message =
                        format!("{message} after this value (the parser stopped at line {line})");
                    (line, col) = (l, c);
                }
            }
            diags.push(err(
                rel,
                Some(text),
                line,
                col,
                Message::new(message, message_fr),
            ));
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
/// [`Message::encode`]); ron's common ones are translated.
pub fn ron_message(code: &ron::Error) -> Message {
    use ron::Error as E;
    let fr = match code {
        E::Message(m) => return Message::decode(m),
        E::Eof => {
            "fin de fichier inattendue (une parenthèse ou un crochet n'est pas fermé ?)".to_string()
        }
        E::ExpectedArray => "`[` ouvrant attendu".to_string(),
        E::ExpectedArrayEnd => "`]` fermant attendu".to_string(),
        E::ExpectedBoolean => "booléen attendu (true ou false)".to_string(),
        E::ExpectedComma => "virgule attendue".to_string(),
        E::ExpectedFloat => "nombre décimal attendu".to_string(),
        E::ExpectedInteger => "nombre entier attendu".to_string(),
        E::ExpectedOptionEnd | E::ExpectedStructLikeEnd => "`)` fermant attendu".to_string(),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => "`(` ouvrant attendu".to_string(),
        E::ExpectedMapColon => "deux-points attendu".to_string(),
        E::ExpectedString => "texte entre guillemets attendu".to_string(),
        E::ExpectedStringEnd => "guillemet fermant attendu".to_string(),
        E::ExpectedIdentifier => "nom de champ attendu".to_string(),
        E::IntegerOutOfBounds => "nombre entier hors limites".to_string(),
        E::TrailingCharacters => "caractères en trop après la fin des données".to_string(),
        E::UnexpectedChar(c) => format!("caractère inattendu {c:?}"),
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => {
            let fields: Vec<String> = expected.iter().map(|f| format!("`{f}`")).collect();
            let within = outer
                .as_ref()
                .map(|o| format!(" dans `{o}`"))
                .unwrap_or_default();
            format!(
                "champ inconnu `{found}`{within} (refusé pour ne rien perdre) ; champs possibles : {}",
                fields.join(", ")
            )
        }
        E::MissingStructField { field, outer } => {
            let within = outer
                .as_ref()
                .map(|o| format!(" dans `{o}`"))
                .unwrap_or_default();
            format!("champ obligatoire `{field}` manquant{within}")
        }
        E::DuplicateStructField { field, outer } => {
            let within = outer
                .as_ref()
                .map(|o| format!(" dans `{o}`"))
                .unwrap_or_default();
            format!("champ `{field}` en double{within}")
        }
        other => format!("RON invalide : {other}"),
    };
    Message::new(code.to_string(), fr)
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
            return Some(err(
                rel,
                Some(text),
                s,
                1,
                msg!(
                    "unresolved conflict (lines {s}–{n}) left by a merge: keep one side, remove the <<<<<<< ======= >>>>>>> lines, or resolve it in pacte",
                    "conflit non résolu (lignes {s}–{n}) laissé par une fusion : gardez une des deux versions et retirez les lignes <<<<<<< ======= >>>>>>>, ou résolvez-le dans pacte"
                ),
            )
            .with_code(UNRESOLVED_CONFLICT));
        }
    }
    start.map(|s| {
        err(
            rel,
            Some(text),
            s,
            1,
            msg!(
                "unresolved conflict starting at line {s} (no closing >>>>>>> line)",
                "conflit non résolu à partir de la ligne {s} (sans ligne >>>>>>> de fin)"
            ),
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
        let (what_en, what_fr) = describe(c);
        let message = match (count, escaped) {
            (1, false) => msg!(
                "invisible character U+{u:04X} ({what_en}) in the file; it is shown as \\u{{{u:x}}} and will be written escaped",
                "caractère invisible U+{u:04X} ({what_fr}) dans le fichier ; il est affiché \\u{{{u:x}}} et sera écrit échappé"
            ),
            (1, true) => msg!(
                "text holds the invisible character U+{u:04X} ({what_en}); it is shown escaped",
                "le texte contient le caractère invisible U+{u:04X} ({what_fr}) ; il est affiché échappé"
            ),
            (n, _) => msg!(
                "{n} invisible characters on this line, the first U+{u:04X} ({what_en}); they are shown escaped",
                "{n} caractères invisibles sur cette ligne, le premier U+{u:04X} ({what_fr}) ; ils sont affichés échappés"
            ),
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

fn describe(c: char) -> (&'static str, &'static str) {
    match c {
        '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{200E}'
        | '\u{200F}'
        | '\u{061C}' => ("bidi control", "contrôle bidirectionnel"),
        c if c.is_control() => ("control character", "caractère de contrôle"),
        _ => ("format character", "caractère de mise en forme"),
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
