//! The results of the sync steps performed by the runtime, and what each
//! leads to: commit, pull, push, in order; the conflict screen when the
//! pull stops; a confirmation when files to share have errors.

use super::conflicts;
use super::panel::{log, panel_mut};
use crate::domain::Referential;
use crate::sync::{FileChange, PullOutcome, PushOutcome, incoming_summary};
use crate::t;
use crate::tui::Lang;
use crate::tui::app::{App, Popup, Screen, Tone};
use crate::tui::msg::{Command, Effect};
use crate::tui::sync::{ChangeLine, Inspection, LogTone, Phase, SyncEffect, SyncMsg, SyncPanel};
use crate::tui::update::files;

/// The lines of the panel for `changes`: a header per file (a group's
/// territories and name), then its changes, with titles, not ids.
pub fn change_lines(
    lang: Lang,
    changes: &[FileChange],
    r: Option<&Referential>,
) -> Vec<ChangeLine> {
    let mut out = Vec::new();
    for c in changes {
        let (header, lines) = crate::sync::words::file_lines(lang, c, r);
        out.push(ChangeLine {
            header: true,
            text: header,
        });
        out.extend(lines.into_iter().map(|text| ChangeLine {
            header: false,
            text,
        }));
    }
    out
}

/// A failed step's text, with a hint when the remote refused the
/// credentials.
fn error_text(app: &App, e: &str) -> String {
    let auth = [
        "terminal prompts disabled",
        "could not read Username",
        "could not read Password",
        "Authentication failed",
        "Permission denied",
        "Host key verification failed",
    ];
    if auth.iter().any(|a| e.contains(a)) {
        let key = app
            .keymap
            .first_key_in(Command::Share, app.lang)
            .to_string();
        t!(app.lang, "share-auth-refused", key = key, said = e)
    } else {
        e.to_string()
    }
}

/// A result of a sync step.
pub fn message(app: &mut App, m: SyncMsg) -> Vec<Effect> {
    let lang = app.lang;
    match m {
        SyncMsg::Inspected(result) => {
            let Some(p) = panel_mut(app) else {
                return Vec::new();
            };
            match result {
                Ok(i) => inspected(lang, p, *i),
                Err(e) => {
                    p.phase = Phase::Unavailable;
                    p.log = vec![(LogTone::Error, e), (LogTone::Info, t!(lang, "share-how"))];
                }
            }
            Vec::new()
        }
        SyncMsg::Committed(result) => match result {
            Ok(c) => {
                let text = match c {
                    Some(c) => t!(
                        lang,
                        "sync-committed",
                        id = c.id.as_str(),
                        subject = c.message.lines().next().unwrap_or_default()
                    ),
                    None => t!(lang, "sync-no-local-change"),
                };
                log(app, LogTone::Ok, text);
                if let Some(p) = panel_mut(app) {
                    p.changes.clear();
                    p.message.clear();
                    p.edited = false;
                }
                vec![Effect::Sync(SyncEffect::Pull)]
            }
            Err(e) => failed(app, e),
        },
        SyncMsg::Refused { errors, retry } => {
            log(
                app,
                LogTone::Error,
                t!(lang, "share-refused", count = errors.len()),
            );
            for e in &errors {
                log(app, LogTone::Error, format!("  {e}"));
            }
            if let Some(p) = panel_mut(app) {
                p.phase = Phase::Failed;
            }
            app.say(Tone::Error, t!(lang, "share-refused", count = errors.len()));
            app.popups.push(Popup::Confirm {
                question: t!(lang, "share-force-question", count = errors.len()),
                step: crate::tui::steps::Step::Share(crate::tui::steps::ShareStep::Force(retry)),
            });
            Vec::new()
        }
        SyncMsg::Pulled(result, changed) => {
            let reloads = files::disk_changed(app, changed);
            let effects = match result {
                Ok(outcome) => pulled(app, outcome),
                Err(e) => {
                    let e = error_text(app, &e);
                    failed(app, e)
                }
            };
            after_reloads(app, reloads, effects)
        }
        SyncMsg::Pushed(result) => {
            match result {
                Ok(p) => pushed(app, p),
                Err(e) => {
                    let text = error_text(app, &e);
                    let _ = failed(app, text);
                }
            }
            Vec::new()
        }
        SyncMsg::Conflicts {
            operation,
            files,
            quiet,
        } => conflicts::loaded(app, operation, files, quiet),
        SyncMsg::Said(tone, text) => {
            app.say(tone, text);
            Vec::new()
        }
        SyncMsg::Resolved {
            saved,
            finished,
            changed,
        } => {
            let reloads = files::disk_changed(app, changed);
            let effects = conflicts::resolved(app, saved, finished);
            after_reloads(app, reloads, effects)
        }
        SyncMsg::Aborted(result, changed) => {
            let reloads = files::disk_changed(app, changed);
            let mut effects = Vec::new();
            match result {
                Ok(op) => {
                    if matches!(app.screen(), Screen::Conflicts(_)) {
                        app.screens.pop();
                    }
                    let text = t!(lang, "share-aborted", operation = op.command());
                    log(app, LogTone::Info, text.clone());
                    app.say(Tone::Info, text);
                    if let Some(p) = panel_mut(app) {
                        p.phase = Phase::Loading;
                        effects.push(Effect::Sync(SyncEffect::Inspect));
                    }
                }
                Err(e) => app.say(Tone::Error, e),
            }
            after_reloads(app, reloads, effects)
        }
    }
}

fn pushed(app: &mut App, p: PushOutcome) {
    let lang = app.lang;
    let text = match &p {
        PushOutcome::Pushed { commits, to } => {
            t!(lang, "sync-sent", count = commits.len(), to = to.as_str())
        }
        PushOutcome::NothingToPush => t!(lang, "sync-nothing-to-push"),
        PushOutcome::NoRemote => t!(lang, "sync-no-remote"),
    };
    log(app, LogTone::Ok, text.clone());
    if let PushOutcome::Pushed { commits, .. } = &p {
        for c in commits {
            log(app, LogTone::Info, format!("  {} {}", c.id, c.message));
        }
    }
    if let Some(panel) = panel_mut(app) {
        panel.phase = Phase::Done;
        // A panel opened when a sync found at start was finished knows
        // where it sent only now.
        if let PushOutcome::Pushed { to, .. } = &p {
            panel.upstream = Some(to.clone());
        }
    }
    app.say(Tone::Ok, t!(lang, "share-done", what = text));
}

/// The reloads of the files a step changed, then the step's own message
/// again (the reloads say "reloaded from disk"), then the next steps.
fn after_reloads(app: &App, reloads: Vec<Effect>, next: Vec<Effect>) -> Vec<Effect> {
    let mut out = reloads;
    if !out.is_empty()
        && let Some((tone, text)) = app.message.clone()
    {
        out.push(Effect::Sync(SyncEffect::Say(tone, text)));
    }
    out.extend(next);
    out
}

fn inspected(lang: Lang, p: &mut SyncPanel, i: Inspection) {
    p.changes = change_lines(lang, &i.changes, i.referential.as_ref());
    if !p.edited {
        p.message = i.message;
    }
    p.upstream = i.upstream;
    p.remote = i.remote;
    p.operation = i.operation;
    p.conflicted = i.conflicted;
    p.phase = if p.operation.is_some() || !p.conflicted.is_empty() {
        Phase::Conflicts
    } else {
        Phase::Ready
    };
}

fn failed(app: &mut App, e: String) -> Vec<Effect> {
    let lang = app.lang;
    log(app, LogTone::Error, e.clone());
    if let Some(p) = panel_mut(app) {
        p.phase = Phase::Failed;
    }
    app.say(Tone::Error, t!(lang, "share-stopped", why = e));
    Vec::new()
}

fn pulled(app: &mut App, pulled: crate::sync::Pulled) -> Vec<Effect> {
    let lang = app.lang;
    let r = app.ws.referential.clone();
    let incoming = |app: &mut App, list: &[FileChange]| {
        if let Some(summary) = incoming_summary(lang, list) {
            log(
                app,
                LogTone::Info,
                t!(lang, "sync-received", summary = summary.as_str()),
            );
            for c in list {
                log(
                    app,
                    LogTone::Info,
                    format!("  {}", crate::sync::words::summary(lang, c, r.as_ref())),
                );
            }
            app.say(Tone::Info, summary);
        }
    };
    if let Some(up) = &pulled.upstream_set {
        log(
            app,
            LogTone::Info,
            t!(lang, "sync-upstream-set", upstream = up.as_str()),
        );
        if let Some(p) = panel_mut(app) {
            p.upstream = Some(up.clone());
        }
    }
    for l in &pulled.driver_said {
        log(
            app,
            LogTone::Error,
            t!(lang, "sync-git-said", text = l.as_str()),
        );
    }
    match pulled.outcome {
        PullOutcome::NoUpstream => {
            log(app, LogTone::Info, t!(lang, "sync-no-upstream"));
            vec![Effect::Sync(SyncEffect::Push)]
        }
        PullOutcome::UpToDate => {
            log(app, LogTone::Info, t!(lang, "sync-up-to-date"));
            vec![Effect::Sync(SyncEffect::Push)]
        }
        PullOutcome::Updated { incoming: list } => {
            incoming(app, &list);
            vec![Effect::Sync(SyncEffect::Push)]
        }
        PullOutcome::Conflict {
            operation,
            files,
            others,
            incoming: list,
        } => {
            incoming(app, &list);
            let names: Vec<String> = files
                .iter()
                .chain(&others)
                .map(|f| f.display().to_string())
                .collect();
            log(
                app,
                LogTone::Error,
                t!(
                    lang,
                    "share-conflict-during",
                    operation = operation.command(),
                    files = names.join(", ")
                ),
            );
            if let Some(p) = panel_mut(app) {
                p.phase = Phase::Conflicts;
                p.operation = Some(operation);
                p.conflicted = files.into_iter().chain(others).collect();
            }
            vec![Effect::Sync(SyncEffect::LoadConflicts)]
        }
    }
}
