//! `pacte check`: every problem of the workspace, located.

use crate::diag::Diagnostic;
use crate::i18n::Lang;
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
    /// `lang`.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let _ = writeln!(out, "{}", d.render(lang));
        }
        let _ = writeln!(
            out,
            "{}",
            crate::t!(
                lang,
                "check-summary",
                errors = self.errors,
                warnings = self.warnings
            )
        );
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
