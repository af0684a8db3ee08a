//! Located diagnostics: what is wrong, where (file:line:column), how bad.

use crate::domain::Message;
use crate::i18n::{Arg, Lang};
use serde::Serialize;
use std::fmt;
use std::path::PathBuf;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The file or the pact is wrong: `pacte check` exits 1.
    Error,
    /// Worth a look; `pacte check` still exits 0.
    Warning,
}

/// One problem found in the workspace.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// File, relative to the workspace root (sanitised when printed or
    /// serialised: a file name can hold escape sequences).
    #[serde(serialize_with = "sanitized_path")]
    pub file: PathBuf,
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
    /// What is wrong and what was expected, in English.
    pub message: String,
    /// The same in French.
    pub message_fr: String,
    /// The source line, sanitised for display.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
    /// A stable name for problems programs act on (e.g.
    /// [`UNRESOLVED_CONFLICT`]); absent for the others.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    /// Where the caret goes under `source_line` (display characters).
    #[serde(skip)]
    caret: usize,
}

fn sanitized_path<S: serde::Serializer>(p: &std::path::Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::text::sanitize(&p.to_string_lossy()))
}

/// Characters of a source line quoted on each side of the column.
const QUOTE_AROUND: usize = 80;

/// The part of `line` quoted around `column` (from 1), sanitised, with `…`
/// where it is cut, and the caret's place in it: at most about
/// [`QUOTE_AROUND`] characters as shown on each side of the column, so a
/// diagnostic in a megabyte-long line (or a line of invisible characters,
/// each shown as `\u{..}`) prints a few dozen characters, not the megabyte.
fn window(line: &str, column: usize) -> (String, usize) {
    // A line of printable ASCII of ordinary length is quoted whole, as
    // it is (what the general case below gives it, at a glance).
    if line.len() <= 2 * QUOTE_AROUND && crate::text::plain_ascii(line) {
        return (line.to_string(), column.saturating_sub(1).min(line.len()));
    }
    // A line of ordinary length is quoted whole.
    if line.len() <= 4 * 2 * QUOTE_AROUND {
        let whole = crate::text::sanitize(line);
        if whole.chars().count() <= 2 * QUOTE_AROUND {
            let end = line
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line.len(), |(i, _)| i);
            let caret = crate::text::sanitized_width(&line[..end]);
            return (whole, caret);
        }
    }
    let chars: Vec<char> = line
        .chars()
        .take(column.saturating_add(QUOTE_AROUND * 4))
        .collect();
    let at = column.saturating_sub(1).min(chars.len());
    let shown = |c: char| crate::text::sanitize(c.encode_utf8(&mut [0; 4]));
    // Before the column, from it backwards.
    let mut before: Vec<String> = Vec::new();
    let mut width = 0;
    let mut start = at;
    while start > 0 && width < QUOTE_AROUND {
        start -= 1;
        let s = shown(chars[start]);
        width += s.chars().count();
        before.push(s);
    }
    before.reverse();
    // From the column on.
    let mut after = String::new();
    let mut width = 0;
    let mut end = at;
    while end < chars.len() && width < QUOTE_AROUND {
        let s = shown(chars[end]);
        width += s.chars().count();
        after.push_str(&s);
        end += 1;
    }
    let cut_end = end < chars.len() || line.chars().nth(end).is_some();
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.push_str(&before.concat());
    let caret = out.chars().count();
    out.push_str(&after);
    if cut_end {
        out.push('…');
    }
    (out, caret)
}

/// [`Diagnostic::code`] of a file holding merge conflict markers.
pub const UNRESOLVED_CONFLICT: &str = "unresolved-conflict";

/// [`Diagnostic::code`] of a file git holds as unmerged without conflict
/// markers (the merge driver did not run): `pacte sync` merges it.
pub const UNMERGED: &str = "unmerged";

impl Diagnostic {
    /// A diagnostic at `line:column` of `source` (the line is quoted).
    pub fn at(
        severity: Severity,
        file: impl Into<PathBuf>,
        source: Option<&str>,
        line: usize,
        column: usize,
        message: impl Into<Message>,
    ) -> Self {
        let line_text = source.and_then(|s| s.lines().nth(line.saturating_sub(1)));
        Self::on_line(severity, file, line_text, line, column, message)
    }

    /// A diagnostic at `line:column`, quoting `line_text` (the text of that
    /// line) when given.
    pub fn on_line(
        severity: Severity,
        file: impl Into<PathBuf>,
        line_text: Option<&str>,
        line: usize,
        column: usize,
        message: impl Into<Message>,
    ) -> Self {
        let Message { en, fr } = message.into();
        let column = column.max(1);
        let (source_line, caret) = match line_text.map(|l| window(l, column)) {
            Some((l, c)) => (Some(l), c),
            None => (None, 0),
        };
        Diagnostic {
            severity,
            file: file.into(),
            line: line.max(1),
            column,
            message: en,
            message_fr: fr,
            source_line,
            code: None,
            caret,
        }
    }

    /// The same diagnostic with a stable code.
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    /// True for errors.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Diagnostic {
    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Fr => &self.message_fr,
            Lang::En => &self.message,
        }
    }

    /// `file:line:column`, sanitised.
    fn place(&self) -> String {
        format!("{}:{}:{}", self.shown_file(), self.line, self.column)
    }

    /// The file, sanitised for display.
    pub(crate) fn shown_file(&self) -> String {
        crate::text::sanitize(&self.file.display().to_string())
    }

    /// `file:line:column: message` in `lang`, on one line.
    pub fn located(&self, lang: Lang) -> String {
        crate::t!(
            lang,
            "diag-at",
            place = self.place(),
            message = crate::text::sanitize(self.text(lang))
        )
    }

    /// `severity: file:line:column: message`, then the source line with a
    /// caret under the column; in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.render_into(lang, &self.shown_file(), &mut out);
        out
    }

    /// [`Diagnostic::render`] appended to `out`, the file shown as
    /// `shown_file` (what [`Diagnostic::shown_file`] gives, found once for
    /// a run of one file's diagnostics).
    pub(crate) fn render_into(&self, lang: Lang, shown_file: &str, out: &mut String) {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        thread_local! {
            static PLACE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        PLACE.with_borrow_mut(|place| {
            place.clear();
            place.push_str(shown_file);
            place.push(':');
            push_number(place, self.line);
            place.push(':');
            push_number(place, self.column);
            let args = [
                ("severity", Arg::from(severity)),
                ("place", Arg::from(place.as_str())),
                (
                    "message",
                    Arg::Text(crate::text::sanitized(self.text(lang))),
                ),
            ];
            crate::i18n::text_into(lang, "diag-line", &args, out);
        });
        if let Some(src) = &self.source_line {
            let start = out.len();
            out.push_str("\n ");
            push_number(out, self.line);
            let width = out.len() - start - 2;
            out.push_str(" | ");
            out.push_str(src);
            out.push_str("\n ");
            push_spaces(out, width);
            out.push_str(" | ");
            push_spaces(out, self.caret.min(src.chars().count()));
            out.push('^');
        }
    }
}

/// `n` in decimal, appended to `out`.
fn push_number(out: &mut String, n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut n = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for d in &digits[at..] {
        out.push(char::from(*d));
    }
}

/// `n` spaces appended to `out`.
fn push_spaces(out: &mut String, n: usize) {
    const SPACES: &str = "                                ";
    let mut n = n;
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

impl fmt::Display for Diagnostic {
    /// The English rendering (see [`Diagnostic::render`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_are_quoted_as_the_general_case_quotes_them() {
        for line in ["", "a", "            objectives: \"\",", &"x".repeat(160)] {
            for column in [0usize, 1, 2, 13, 160, 161, 500] {
                let end = line
                    .char_indices()
                    .nth(column.saturating_sub(1))
                    .map_or(line.len(), |(i, _)| i);
                let general = (
                    crate::text::sanitize(line),
                    crate::text::sanitized_width(&line[..end]),
                );
                assert_eq!(window(line, column), general, "{line:?} {column}");
            }
        }
    }

    #[test]
    fn numbers_and_spaces_as_format_writes_them() {
        for n in [0, 7, 10, 99, 12345, usize::MAX] {
            let mut s = String::new();
            push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
        for n in [0, 1, 31, 32, 33, 100] {
            let mut s = String::new();
            push_spaces(&mut s, n);
            assert_eq!(s, " ".repeat(n));
        }
    }
}
