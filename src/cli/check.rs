//! `pacte check`: every problem of the workspace, located.

use crate::diag::Diagnostic;
use crate::store::Workspace;
use chrono::NaiveDate;
use serde::Serialize;
use std::fmt::Write as _;

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
    let mut diagnostics = ws.check(today);
    diagnostics.extend(crate::sync::setup::missing_driver_warning(&ws.root));
    diagnostics.extend(crate::sync::unmerged::diagnostics(&ws.root));
    diagnostics.sort_by(|a, b| {
        (a.severity, &a.file, a.line, a.column).cmp(&(b.severity, &b.file, b.line, b.column))
    });
    diagnostics.dedup();
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    Report {
        errors,
        warnings: diagnostics.len() - errors,
        diagnostics,
    }
}

impl Report {
    /// Located messages, one block per diagnostic, and a summary line, in
    /// French (`french`) or English.
    pub fn to_text(&self, french: bool) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let _ = writeln!(out, "{}", d.render(french));
        }
        let (e, w) = (self.errors, self.warnings);
        let _ = if french {
            writeln!(
                out,
                "{e} erreur{}, {w} avertissement{}",
                plural_fr(e),
                plural_fr(w)
            )
        } else {
            writeln!(out, "{e} error{}, {w} warning{}", plural(e), plural(w))
        };
        out
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

/// French plural: 0 and 1 take the singular.
fn plural_fr(n: usize) -> &'static str {
    if n >= 2 { "s" } else { "" }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
