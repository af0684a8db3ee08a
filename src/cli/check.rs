//! `pacte check`: every problem of the workspace, located.

use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::store::{OpenError, Workspace};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The result of a check.
#[derive(Debug, Serialize)]
pub struct Report {
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Every diagnostic, errors first, then by file and line.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks `ws` as of `today`.
pub fn run(ws: &Workspace, today: NaiveDate) -> Report {
    // What git says (the merge driver, the unmerged files) takes a few git
    // processes: asked on a thread of its own while the rules run.
    let (mut diagnostics, from_git) = std::thread::scope(|s| {
        let git = s.spawn(|| crate::sync::unmerged::check_diagnostics(&ws.root));
        let rules = ws.check(today);
        (rules, git.join())
    });
    match from_git {
        Ok(d) => diagnostics.extend(d),
        Err(panic) => std::panic::resume_unwind(panic),
    }
    report(diagnostics)
}

/// Opens the workspace at `dir` for reading only and checks it as of
/// `today`: what [`run`] gives on [`Workspace::open_lean`]'s workspace,
/// each group file checked as it is read ([`Workspace::open_checked`]),
/// git asked meanwhile.
pub fn open_and_run(dir: &Path, today: NaiveDate) -> Result<(Workspace, Report), OpenError> {
    let (opened, from_git) = std::thread::scope(|s| {
        let git = s.spawn(|| crate::sync::unmerged::check_diagnostics(dir));
        (Workspace::open_checked(dir, today), git.join())
    });
    let (ws, mut diagnostics) = opened?;
    match from_git {
        Ok(d) => diagnostics.extend(d),
        Err(panic) => std::panic::resume_unwind(panic),
    }
    Ok((ws, report(diagnostics)))
}

/// The report of `diagnostics`: sorted, each once, counted.
fn report(mut diagnostics: Vec<Diagnostic>) -> Report {
    sort(&mut diagnostics);
    diagnostics.dedup();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    Report {
        errors,
        warnings: diagnostics.len() - errors,
        diagnostics,
    }
}

/// Sorts by severity, file, line and column, keeping the order of equal
/// ones (a stable sort). Paths compare component by component, which is
/// slow: each distinct file is ranked once (findings come file by file,
/// so a file is looked up when it changes), then the ranks compare.
fn sort(diagnostics: &mut [Diagnostic]) {
    let mut files: BTreeMap<&Path, usize> = BTreeMap::new();
    let mut ids = Vec::with_capacity(diagnostics.len());
    let mut last: Option<(&Path, usize)> = None;
    for d in diagnostics.iter() {
        let id = match last {
            Some((file, id)) if file == d.file.as_path() => id,
            _ => {
                let next = files.len();
                let id = *files.entry(d.file.as_path()).or_insert(next);
                last = Some((d.file.as_path(), id));
                id
            }
        };
        ids.push(id);
    }
    // The map holds the files in path order.
    let mut rank = vec![0; files.len()];
    for (r, id) in files.values().enumerate() {
        rank[*id] = r;
    }
    // The index last: no two keys are equal, as in a stable sort. Packed
    // in one number when every part fits its bits (always, but for
    // absurd files), compared as the tuple otherwise.
    let keys: Vec<(Severity, usize, usize, usize, usize)> = diagnostics
        .iter()
        .zip(&ids)
        .enumerate()
        .map(|(i, (d, id))| (d.severity, rank[*id], d.line, d.column, i))
        .collect();
    let from: Vec<usize> = match keys.iter().map(packed).collect::<Option<Vec<u128>>>() {
        Some(mut packed) => {
            packed.sort_unstable();
            packed
                .iter()
                .map(|k| (k & u128::from(u32::MAX)) as usize)
                .collect()
        }
        None => {
            let mut keys = keys;
            keys.sort_unstable();
            keys.iter().map(|k| k.4).collect()
        }
    };
    permute(diagnostics, from);
}

/// `(severity, rank, line, column, index)` in one number, ordered alike:
/// 1 + 31 + 32 + 32 + 32 bits.
fn packed(k: &(Severity, usize, usize, usize, usize)) -> Option<u128> {
    let severity = match k.0 {
        Severity::Error => 0u128,
        Severity::Warning => 1,
    };
    let rank = u32::try_from(k.1).ok().filter(|r| *r < 1 << 31)?;
    let line = u32::try_from(k.2).ok()?;
    let column = u32::try_from(k.3).ok()?;
    let index = u32::try_from(k.4).ok()?;
    Some(
        severity << 127
            | u128::from(rank) << 96
            | u128::from(line) << 64
            | u128::from(column) << 32
            | u128::from(index),
    )
}

/// Puts at each position `to` the item that was at `from[to]`, moving
/// them in place, cycle by cycle.
fn permute<T>(items: &mut [T], mut from: Vec<usize>) {
    for start in 0..from.len() {
        let mut to = start;
        while from[to] != start && from[to] != usize::MAX {
            let next = from[to];
            items.swap(to, next);
            from[to] = usize::MAX;
            to = next;
        }
        from[to] = usize::MAX;
    }
}

/// Each of `diagnostics` rendered in `lang`, one block after another.
fn render_all(diagnostics: &[Diagnostic], lang: Lang) -> String {
    // More than a diagnostic with its source line takes (what is not
    // written to is never touched).
    let mut out = String::with_capacity(256 * diagnostics.len());
    // Each file's name is sanitised once for a run of its diagnostics.
    let mut file: Option<(&Path, String)> = None;
    for d in diagnostics {
        if file.as_ref().is_none_or(|(f, _)| *f != d.file.as_path()) {
            file = Some((d.file.as_path(), d.shown_file()));
        }
        if let Some((_, shown)) = &file {
            d.render_into(lang, shown, &mut out);
            out.push('\n');
        }
    }
    out
}

impl Report {
    /// Located messages, one block per diagnostic, and a summary line, in
    /// `lang`.
    pub fn to_text(&self, lang: Lang) -> String {
        self.text_parts(lang).concat()
    }

    /// [`Report::to_text`] in parts, to be printed one after the other
    /// (no copy of them all in one string): the diagnostics rendered a
    /// thousand at a time on every core, in order, then the summary line.
    pub fn text_parts(&self, lang: Lang) -> Vec<String> {
        let mut parts = crate::par::map_chunks(&self.diagnostics, 1024, |d| render_all(d, lang));
        let mut summary = crate::t!(
            lang,
            "check-summary",
            errors = self.errors,
            warnings = self.warnings
        );
        summary.push('\n');
        parts.push(summary);
        parts
    }

    /// Pretty JSON with stable keys: `errors`, `warnings`, `diagnostics`
    /// (each with `severity`, `file`, `line`, `column`, `message` in English,
    /// `message_fr` in French, `source_line`).
    pub fn to_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
        s.push('\n');
        crate::text::json_escape_hidden(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Message;

    #[test]
    fn sorted_as_by_path_comparison() {
        // `a/b` sorts before `a-b` by components, after it by bytes; `a//b`
        // is the same file as `a/b`.
        let files = [
            "groups/a-b.ron",
            "groups/a/b.ron",
            "groups/a//b.ron",
            "pacte.ron",
            "groups/a.ron",
        ];
        let mut diagnostics = Vec::new();
        for i in 0..60usize {
            let severity = if i % 7 == 0 {
                Severity::Error
            } else {
                Severity::Warning
            };
            diagnostics.push(Diagnostic::at(
                severity,
                files[(i * 3 + i / 5) % files.len()],
                None,
                i % 4 + 1,
                i % 3 + 1,
                Message::from(format!("finding {i}")),
            ));
        }
        let mut expected = diagnostics.clone();
        expected.sort_by(|a, b| {
            (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column))
        });
        sort(&mut diagnostics);
        assert_eq!(diagnostics, expected);
    }

    #[test]
    fn packed_keys_order_as_their_tuples() {
        let keys = [
            (Severity::Error, 3, 1, 1, 0),
            (Severity::Warning, 0, 1, 1, 1),
            (Severity::Error, 0, 70_000, 2, 2),
            (Severity::Error, 0, 70_000, 1, 3),
            (Severity::Warning, 0, 1, 1, 4),
            (Severity::Error, 1 << 20, 2, 9, 5),
        ];
        let mut by_tuple = keys.to_vec();
        by_tuple.sort();
        let mut by_number = keys.to_vec();
        by_number.sort_by_key(packed);
        assert_eq!(by_tuple, by_number);
        assert_eq!(packed(&(Severity::Error, 1 << 31, 1, 1, 0)), None);
    }

    #[test]
    fn permuted_in_place() {
        let from = vec![3, 0, 4, 1, 2, 5, 7, 6];
        let mut items: Vec<usize> = (10..18).collect();
        permute(&mut items, from.clone());
        let expected: Vec<usize> = from.iter().map(|i| i + 10).collect();
        assert_eq!(items, expected);
    }
}
