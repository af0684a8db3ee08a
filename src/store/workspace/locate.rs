//! Locating a finding in its file's text: the line and column its path
//! (ids, fields, values) leads to.

use crate::diag::{Diagnostic, Severity};
use crate::domain::rules::{Finding, Level, Step};
use std::collections::HashMap;
use std::path::PathBuf;

/// Finds where a finding's path points to in a file's text.
pub(super) struct Locator<'a> {
    text: std::borrow::Cow<'a, str>,
    /// Byte offset of each line's start.
    line_starts: Vec<usize>,
    /// Byte offsets of each `id: "…"`, by id.
    items: HashMap<String, Vec<usize>>,
}

impl<'a> Locator<'a> {
    pub(super) fn new(text: std::borrow::Cow<'a, str>) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 2);
        line_starts.push(0);
        let mut items: HashMap<String, Vec<usize>> = HashMap::new();
        let mut item_at = |start: usize, end: usize| {
            // Indentation is ASCII spaces: skipped by bytes (a Unicode
            // trim is a tenth of a large check).
            let indent = bytes[start..end]
                .iter()
                .take_while(|b| **b == b' ' || **b == b'\t')
                .count();
            if let Some(rest) = text[start + indent..end].strip_prefix("id: \"")
                && let Some(q) = rest.find('"')
            {
                items
                    .entry(rest[..q].to_string())
                    .or_default()
                    .push(start + indent);
            }
        };
        // Line by line (each with its `\n`, the last one maybe without).
        let mut start = 0;
        for nl in memchr::memchr_iter(b'\n', bytes) {
            item_at(start, nl + 1);
            start = nl + 1;
            line_starts.push(start);
        }
        if start < bytes.len() {
            item_at(start, bytes.len());
            line_starts.push(bytes.len());
        }
        Locator {
            text,
            line_starts,
            items,
        }
    }

    /// Byte offset the path leads to: each step is looked for after the
    /// previous one; a step not found is skipped.
    fn offset(&self, path: &[Step]) -> Option<usize> {
        use std::fmt::Write as _;
        let mut pos = 0;
        let mut found = None;
        // One buffer for the anchors of every step.
        let mut anchor = String::new();
        let mut anchored = |parts: &[&str], pos: usize| {
            anchor.clear();
            for p in parts {
                anchor.push_str(p);
            }
            find_anchor(&self.text, &anchor, pos)
        };
        for step in path {
            let hit = match step {
                Step::Item(id) => self
                    .items
                    .get(id.as_str())
                    .and_then(|v| v.iter().copied().find(|&p| p >= pos))
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
