//! Locating a finding in its file's text: the line and column its path
//! (ids, fields, values) leads to.

use crate::diag::{Diagnostic, Severity};
use crate::domain::rules::{Finding, Level, Step};
use std::path::PathBuf;

/// Finds where a finding's path points to in a file's text.
pub(super) struct Locator<'a> {
    text: std::borrow::Cow<'a, str>,
    /// Byte offset of each line's start.
    line_starts: Vec<usize>,
    /// Each `id: "…"` that starts a line (after its indentation): the
    /// id's byte range and the offset of `id:`, sorted by id, then by
    /// offset.
    items: Vec<(usize, usize, usize)>,
    /// The anchor looked for, one buffer for every step of every finding.
    anchor: std::cell::RefCell<String>,
}

impl<'a> Locator<'a> {
    pub(super) fn new(text: std::borrow::Cow<'a, str>) -> Self {
        let bytes = text.as_bytes();
        // Line by line (each with its `\n`, the last one maybe without).
        let mut line_starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 2);
        line_starts.push(0);
        line_starts.extend(memchr::memchr_iter(b'\n', bytes).map(|nl| nl + 1));
        if line_starts.last().is_some_and(|s| *s < bytes.len()) {
            line_starts.push(bytes.len());
        }
        // Each `id: "` with nothing but indentation (ASCII spaces and
        // tabs) before it on its line, and a closing quote on that line.
        let mut items = Vec::new();
        for at in memchr::memmem::find_iter(bytes, b"id: \"") {
            let line = line_starts.partition_point(|&s| s <= at) - 1;
            let start = line_starts[line];
            if !bytes[start..at].iter().all(|b| *b == b' ' || *b == b'\t') {
                continue;
            }
            let end = line_starts.get(line + 1).copied().unwrap_or(bytes.len());
            let from = at + 5;
            if let Some(q) = memchr::memchr(b'"', &bytes[from..end]) {
                items.push((from, from + q, at));
            }
        }
        // Stable: the offsets of one id stay in order.
        items.sort_by(|a, b| text[a.0..a.1].cmp(&text[b.0..b.1]));
        Locator {
            text,
            line_starts,
            items,
            anchor: std::cell::RefCell::new(String::new()),
        }
    }

    /// The first `id: "<id>"` at or after byte `pos`, from the index.
    fn item(&self, id: &str, pos: usize) -> Option<usize> {
        let first = self.items.partition_point(|e| &self.text[e.0..e.1] < id);
        self.items[first..]
            .iter()
            .take_while(|e| &self.text[e.0..e.1] == id)
            .map(|e| e.2)
            .find(|&p| p >= pos)
    }

    /// Byte offset the path leads to: each step is looked for after the
    /// previous one; a step not found is skipped.
    fn offset(&self, path: &[Step]) -> Option<usize> {
        use std::fmt::Write as _;
        let mut pos = 0;
        let mut found = None;
        let anchored = |parts: &[&str], pos: usize| {
            let mut anchor = self.anchor.borrow_mut();
            anchor.clear();
            for p in parts {
                anchor.push_str(p);
            }
            find_anchor(&self.text, &anchor, pos)
        };
        for step in path {
            let hit = match step {
                Step::Item(id) => self
                    .item(id.as_str(), pos)
                    // A hand-written file may hold several fields on a line.
                    .or_else(|| anchored(&["id: \"", id.as_str(), "\""], pos))
                    .map(|p| (p, 1)),
                Step::Field(name) => anchored(&[name, ":"], pos).map(|p| (p, name.len() + 1)),
                Step::Value(v) => anchored(&["\"", v, "\""], pos).map(|p| (p, v.len() + 2)),
                Step::Date(d) => {
                    let mut date = String::with_capacity(10);
                    let _ = write!(date, "{d}");
                    anchored(&["\"", &date, "\""], pos).map(|p| (p, 12))
                }
            };
            if let Some((p, len)) = hit {
                found = Some(p);
                pos = p + len.max(1);
            }
        }
        found
    }

    pub(super) fn diagnostic(&self, file: PathBuf, f: Finding) -> Diagnostic {
        let severity = match f.level {
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
        };
        let Some(at) = self.offset(&f.path) else {
            return Diagnostic::on_line(severity, file, self.text.lines().next(), 1, 1, f.message);
        };
        let line = self.line_starts.partition_point(|&s| s <= at);
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let line_text = self.text[start..end].trim_end_matches(['\n', '\r']);
        let column = self.text[start..at].chars().count() + 1;
        Diagnostic::on_line(severity, file, Some(line_text), line, column, f.message)
    }
}

/// Finds `anchor` at or after byte `from`, at a token boundary.
pub(super) fn find_anchor(text: &str, anchor: &str, from: usize) -> Option<usize> {
    let mut start = from.min(text.len());
    let finder = memchr::memmem::Finder::new(anchor);
    while let Some(i) = finder.find(text.get(start..)?.as_bytes()) {
        let p = start + i;
        let before = text[..p].chars().next_back();
        if before.is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '-')) {
            return Some(p);
        }
        start = p + anchor.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// The index as first built, line by line, in a map.
    fn items_by_lines(text: &str) -> HashMap<String, Vec<usize>> {
        let mut items: HashMap<String, Vec<usize>> = HashMap::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim_start_matches([' ', '\t']);
            if let Some(rest) = trimmed.strip_prefix("id: \"")
                && let Some(end) = rest.find('"')
            {
                items
                    .entry(rest[..end].to_string())
                    .or_default()
                    .push(start + line.len() - trimmed.len());
            }
            start += line.len();
        }
        items
    }

    #[test]
    fn the_index_finds_what_the_lines_did() {
        let texts = [
            "",
            "id: \"a\"",
            "(\n    id: \"g\",\n    actions: [\n        (\n            id: \"a\",\n",
            "\t id: \"a\"\r\n  x id: \"b\"\n id: \"a\", id: \"c\"\n  id: \"é\"\nid: \"open\n\"\n",
            "  id: \"a\"\n  id: \"a\"\n  id: \"b\"\n  id: \"a\"",
            "«id: \"x\"» id: \"y\"\n    id: \"\"\n",
        ];
        for text in texts {
            let locator = Locator::new(std::borrow::Cow::Borrowed(text));
            let expected = items_by_lines(text);
            let mut found: HashMap<String, Vec<usize>> = HashMap::new();
            for (a, b, at) in &locator.items {
                found.entry(text[*a..*b].to_string()).or_default().push(*at);
            }
            assert_eq!(found, expected, "{text:?}");
            for (id, offsets) in &expected {
                for pos in 0..=text.len() {
                    let first = offsets.iter().copied().find(|&p| p >= pos);
                    assert_eq!(locator.item(id, pos), first, "{text:?} {id} {pos}");
                }
            }
            let mut starts = vec![0];
            let mut s = 0;
            for line in text.split_inclusive('\n') {
                s += line.len();
                starts.push(s);
            }
            assert_eq!(locator.line_starts, starts, "{text:?}");
        }
    }
}
