//! `pacte sync [--message MSG] [--force]`: commit, pull with rebase, push,
//! and say what each step did, in the user's language, even when a step
//! fails.

use crate::domain::Referential;
use crate::i18n::Lang;
use crate::merge::parse_conflicted;
use crate::sync::{
    self, FileChange, Mode, Operation, PullOutcome, PushOutcome, SyncError, SyncOptions,
    SyncReport, incoming_summary, words,
};
use crate::t;
use crate::text::sanitize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Runs a sync of the workspace at `root`; returns the text to print and
/// whether it failed or stopped on conflicts (exit status 1).
pub fn run(
    root: &Path,
    message: Option<&str>,
    mode: Mode,
    force: bool,
    lang: Lang,
) -> (String, bool) {
    let referential = sync::referential(root);
    let report = sync::sync(
        root,
        SyncOptions {
            message,
            mode,
            force,
        },
    );
    (
        render(root, &report, referential.as_ref(), lang),
        !report.succeeded(),
    )
}

fn changes(out: &mut String, list: &[FileChange], r: Option<&Referential>, lang: Lang) {
    for c in list {
        let _ = writeln!(out, "  - {}", words::summary(lang, c, r));
    }
}

/// The report of a sync, step by step.
pub fn render(root: &Path, report: &SyncReport, r: Option<&Referential>, lang: Lang) -> String {
    let mut out = String::new();
    if let Some(d) = &report.driver_repaired {
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "sync-driver-repaired", driver = d.driver.as_str())
        );
    }
    if let Some(op) = report.resumed {
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "sync-resumed", operation = op.command())
        );
    }
    let got_to_commit = report.commit.is_some()
        || report.pull.is_some()
        || matches!(report.failure, Some(SyncError::Refused(_)));
    if got_to_commit {
        if report.local.is_empty() && report.commit.is_none() {
            let _ = writeln!(out, "{}", t!(lang, "sync-no-local-change"));
        } else {
            let _ = writeln!(out, "{}", t!(lang, "sync-local-changes"));
            changes(&mut out, &report.local, r, lang);
        }
    }
    if let Some(c) = &report.commit {
        let subject = c.message.lines().next().unwrap_or_default();
        let _ = writeln!(
            out,
            "{}",
            t!(
                lang,
                "sync-committed",
                id = c.id.as_str(),
                subject = subject
            )
        );
    }
    if let Some(p) = &report.pull {
        if let Some(up) = &p.upstream_set {
            let _ = writeln!(
                out,
                "{}",
                t!(lang, "sync-upstream-set", upstream = up.as_str())
            );
        }
        for l in &p.driver_said {
            let _ = writeln!(out, "{}", t!(lang, "sync-git-said", text = l.as_str()));
        }
        match &p.outcome {
            PullOutcome::NoUpstream => {
                let _ = writeln!(out, "{}", t!(lang, "sync-no-upstream"));
            }
            PullOutcome::UpToDate => {
                let _ = writeln!(out, "{}", t!(lang, "sync-up-to-date"));
            }
            PullOutcome::Updated { incoming } => {
                received(&mut out, incoming, r, lang);
            }
            PullOutcome::Conflict {
                operation,
                files,
                others,
                incoming,
            } => {
                received(&mut out, incoming, r, lang);
                out.push_str(&conflict_text(root, Some(*operation), files, lang));
                if !others.is_empty() {
                    out.push_str(&failure_text(
                        &SyncError::OutsideConflicts {
                            operation: Some(*operation),
                            files: others.clone(),
                        },
                        root,
                        lang,
                    ));
                }
            }
        }
    }
    if !report.received_errors.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t!(
                lang,
                "sync-received-errors",
                count = report.received_errors.len()
            )
        );
        for d in &report.received_errors {
            out.push_str(&d.render(lang));
            out.push('\n');
        }
    }
    if report.push_retries > 0 {
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "sync-push-retried", count = report.push_retries)
        );
    }
    match &report.push {
        Some(PushOutcome::Pushed { commits, to }) => {
            let _ = writeln!(
                out,
                "{}",
                t!(lang, "sync-sent", count = commits.len(), to = to.as_str())
            );
            for c in commits {
                let _ = writeln!(out, "  {} {}", c.id, sanitize(&c.message));
            }
        }
        Some(PushOutcome::NothingToPush) => {
            let _ = writeln!(out, "{}", t!(lang, "sync-nothing-to-push"));
        }
        Some(PushOutcome::NoRemote) => {
            let _ = writeln!(out, "{}", t!(lang, "sync-no-remote"));
        }
        None => {}
    }
    if let Some(e) = &report.failure {
        out.push_str(&failure_text(e, root, lang));
    }
    if !report.unshared.is_empty() {
        let files: Vec<String> = report
            .unshared
            .iter()
            .map(|f| sanitize(&f.display().to_string()))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "sync-unshared", files = files.join(", "))
        );
    }
    out
}

fn received(out: &mut String, incoming: &[FileChange], r: Option<&Referential>, lang: Lang) {
    if let Some(summary) = incoming_summary(lang, incoming) {
        let _ = writeln!(out, "{}", t!(lang, "sync-received", summary = summary));
        changes(out, incoming, r, lang);
    }
}

/// What a failed step means and what to do.
fn failure_text(e: &SyncError, root: &Path, lang: Lang) -> String {
    let mut out = String::new();
    match e {
        SyncError::Unresolved { operation, files } => {
            return conflict_text(root, *operation, files, lang);
        }
        SyncError::Refused(diags) => {
            let _ = writeln!(out, "{}", e.message().in_lang(lang));
            for d in diags {
                out.push_str(&d.render(lang));
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            let _ = writeln!(out, "{}", t!(lang, "sync-refused-hint"));
        }
        SyncError::WouldLose { lost, .. } => {
            let _ = writeln!(out, "{}", e.message().in_lang(lang));
            for l in lost.iter().take(20) {
                let _ = writeln!(out, "  - {}", sanitize(l));
            }
            if lost.len() > 20 {
                let _ = writeln!(out, "  …");
            }
        }
        _ => {
            let _ = writeln!(out, "{}", e.message().in_lang(lang));
        }
    }
    out
}

/// The conflicted files with each conflict, and what to do next.
fn conflict_text(root: &Path, op: Option<Operation>, files: &[PathBuf], lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "sync-conflict-stopped",
            operation = op.map_or("", |o| o.command())
        )
    );
    for f in files {
        let labels =
            crate::store::safe::read_text(&root.join(f), crate::store::layout::MAX_FILE_SIZE)
                .and_then(|t| parse_conflicted(&t))
                .map(|c| {
                    c.conflicts
                        .iter()
                        .map(|k| k.label.clone())
                        .collect::<Vec<_>>()
                        .join(", ")
                });
        let f = sanitize(&f.display().to_string());
        match labels {
            Some(l) => {
                let _ = writeln!(
                    out,
                    "{}",
                    t!(lang, "sync-conflict-file", file = f, fields = sanitize(&l))
                );
            }
            None => {
                let _ = writeln!(out, "  {f}");
            }
        }
    }
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "sync-conflict-hint",
            operation = op.map_or("", |o| o.command())
        )
    );
    out
}
