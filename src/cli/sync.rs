//! `pacte sync [--message MSG]`: commit, pull with rebase, push, and say
//! what changed, in French.

use crate::domain::Referential;
use crate::merge::parse_conflicted;
use crate::sync::{
    self, FileChange, Mode, Operation, PullOutcome, PushOutcome, SyncError, SyncReport,
    incoming_summary,
};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Runs a sync of the workspace at `root`; returns the text to print and
/// whether it stopped on conflicts (exit status 1).
pub fn run(root: &Path, message: Option<&str>, mode: Mode) -> Result<(String, bool), String> {
    let referential = sync::referential(root);
    match sync::sync(root, message, mode) {
        Ok(report) => Ok((
            render(root, &report, referential.as_ref()),
            report.stopped_on_conflict(),
        )),
        Err(SyncError::Unresolved { operation, files }) => {
            Ok((conflict_text(root, operation, &files), true))
        }
        Err(e) => Err(e.to_string()),
    }
}

fn changes(out: &mut String, list: &[FileChange], r: Option<&Referential>) {
    for c in list {
        let _ = writeln!(out, "  - {}", c.summary(r));
    }
}

/// The report of a sync, in French.
pub fn render(root: &Path, report: &SyncReport, r: Option<&Referential>) -> String {
    let mut out = String::new();
    if let Some(op) = report.resumed {
        let _ = writeln!(
            out,
            "Opération {} terminée après résolution des conflits.",
            op.command()
        );
    }
    match &report.commit {
        Some(c) => {
            let _ = writeln!(out, "Modifications locales :");
            changes(&mut out, &report.local, r);
            let subject = c.message.lines().next().unwrap_or_default();
            let _ = writeln!(out, "Commit {} : {subject}", c.id);
        }
        None => {
            let _ = writeln!(out, "Aucune modification locale.");
        }
    }
    match &report.pull {
        PullOutcome::NoUpstream => {
            let _ = writeln!(out, "Pas de dépôt distant suivi : rien à récupérer.");
        }
        PullOutcome::UpToDate => {
            let _ = writeln!(out, "Rien de nouveau chez les autres.");
        }
        PullOutcome::Updated { incoming } => {
            let summary = incoming_summary(incoming).unwrap_or_default();
            let _ = writeln!(out, "Reçu : {summary}");
            changes(&mut out, incoming, r);
        }
        PullOutcome::Conflict {
            operation,
            files,
            incoming,
        } => {
            if let Some(summary) = incoming_summary(incoming) {
                let _ = writeln!(out, "Reçu : {summary}");
                changes(&mut out, incoming, r);
            }
            out.push_str(&conflict_text(root, Some(*operation), files));
        }
    }
    match &report.push {
        Some(PushOutcome::Pushed { commits, to }) => {
            let _ = writeln!(
                out,
                "Envoyé : {commits} commit{} vers {to}.",
                if *commits > 1 { "s" } else { "" }
            );
        }
        Some(PushOutcome::NothingToPush) => {
            let _ = writeln!(out, "Rien à envoyer.");
        }
        Some(PushOutcome::NoRemote) => {
            let _ = writeln!(out, "Pas de dépôt distant : rien n'est envoyé.");
        }
        None => {}
    }
    out
}

/// The conflicted files with each conflict, and what to do next.
fn conflict_text(root: &Path, op: Option<Operation>, files: &[PathBuf]) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Conflit : la synchronisation est arrêtée{}.",
        op.map_or(String::new(), |o| format!(" pendant le {}", o.command()))
    );
    for f in files {
        let labels = std::fs::read_to_string(root.join(f))
            .ok()
            .and_then(|t| parse_conflicted(&t))
            .map(|c| {
                c.conflicts
                    .iter()
                    .map(|k| k.label.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
            });
        match labels {
            Some(l) => {
                let _ = writeln!(out, "  {} : {l}", f.display());
            }
            None => {
                let _ = writeln!(out, "  {}", f.display());
            }
        }
    }
    let _ = writeln!(
        out,
        "Lancez `pacte` pour résoudre les conflits champ par champ, puis `pacte sync` pour terminer{}.",
        op.map_or(String::new(), |o| format!(
            " (ou `git {} --abort` pour revenir en arrière)",
            o.command()
        ))
    );
    out
}
