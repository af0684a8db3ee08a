//! The runtime's side of sharing: performs [`SyncEffect`]s with
//! [`crate::sync`] and reports them as [`SyncMsg`]s.
//!
//! Local steps (status, commit, writing a resolution, `rebase --continue`,
//! `--abort`) run in the background. The steps that reach the remote (pull,
//! push) may need the user's credentials (an https password, an ssh key's
//! passphrase, a host key to confirm): while the interface owns a terminal,
//! it is suspended around them (main screen, raw mode off) and git runs in
//! [`Mode::Interactive`], so that git and ssh can prompt as they do on the
//! command line; the interface then comes back. Without a terminal (tests),
//! they run in [`Mode::Background`] (`GIT_TERMINAL_PROMPT=0`, ssh in batch
//! mode) and fail with git's message instead of waiting for an answer.

use super::app::App;
use super::sync::{Inspection, SyncEffect, SyncMsg, conflicted_in};
use crate::sync::{self as git, Mode, SyncError};
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use std::io::{Write, stdout};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// True while the interface owns a terminal (set by the runtime).
static TERMINAL: AtomicBool = AtomicBool::new(false);
/// True when the terminal was given back to git and must be redrawn whole.
static REDRAW: AtomicBool = AtomicBool::new(false);

/// Tells whether the interface owns a terminal (remote steps then suspend it).
pub fn set_terminal(active: bool) {
    TERMINAL.store(active, Ordering::SeqCst);
}

/// True (once) when the screen must be cleared and redrawn whole.
pub fn take_redraw() -> bool {
    REDRAW.swap(false, Ordering::SeqCst)
}

/// Runs `f` with the right [`Mode`]: the terminal suspended around it when
/// the interface owns one, saying in `lang` what runs.
fn remote<T>(lang: super::Lang, what: &str, f: impl FnOnce(Mode) -> T) -> T {
    if !TERMINAL.load(Ordering::SeqCst) {
        return f(Mode::Background);
    }
    // The input thread stops reading first: what is typed now is git's.
    super::input::pause();
    let _ = disable_raw_mode();
    let mut out = stdout();
    let _ = execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = writeln!(
        out,
        "\n{}",
        crate::t!(lang, "share-git-may-ask", command = what)
    );
    let _ = out.flush();
    let result = f(Mode::Interactive);
    let _ = enable_raw_mode();
    let _ = execute!(out, EnterAlternateScreen, EnableBracketedPaste);
    REDRAW.store(true, Ordering::SeqCst);
    super::input::resume();
    result
}

/// A failed step in the interface's language, with its details (the
/// located errors of a refused share, the edits a merge would lose).
pub fn error_text(lang: super::Lang, e: &SyncError) -> String {
    let mut out = e.message().in_lang(lang).to_string();
    match e {
        SyncError::Refused(diags) => {
            for l in located(lang, diags) {
                out.push_str(&format!("\n  {l}"));
            }
        }
        SyncError::WouldLose { lost, .. } => {
            for l in lost.iter().take(10) {
                out.push_str(&format!("\n  - {l}"));
            }
        }
        _ => {}
    }
    out
}

/// Files holding conflicts: those git lists as unmerged (the workspace's,
/// and the others, which are to fix in a text editor) and those the
/// loader found markers in. Paths relative to the workspace.
fn conflicted(app: &App, root: &Path) -> Vec<PathBuf> {
    let (mut files, others) = git::conflicts(root).unwrap_or_default();
    files.extend(others);
    files.extend(conflicted_in(&app.ws.load_diagnostics));
    files.sort();
    files.dedup();
    files
}

/// Reads the conflicted files, after merging again any file git left
/// unmerged because pacte's driver could not run (it then holds markers
/// where it really conflicts, and nothing is taken as resolved unseen).
fn load_conflicts(app: &App, quiet: bool) -> SyncMsg {
    let root = app.ws.root.clone();
    let _ = git::unmerged::repair(&root);
    let operation = git::operation_in_progress(&root);
    let files = conflicted(app, &root)
        .into_iter()
        .map(|p| {
            let t =
                crate::store::safe::read_text(&root.join(&p), crate::store::layout::MAX_FILE_SIZE);
            (p, t)
        })
        .collect();
    SyncMsg::Conflicts {
        operation,
        files,
        quiet,
    }
}

/// The located errors of a refused share, one per line.
fn located(lang: super::Lang, diags: &[crate::diag::Diagnostic]) -> Vec<String> {
    diags.iter().map(|d| d.located(lang)).collect()
}

/// Performs one sync step.
pub fn perform(app: &mut App, effect: SyncEffect) -> SyncMsg {
    let root = app.ws.root.clone();
    let lang = app.lang;
    let text = |e: SyncError| error_text(lang, &e);
    match effect {
        SyncEffect::Startup => {
            // A clone whose driver path went stale (pacte moved) is repaired
            // before anything merges.
            if let Some(exe) = git::driver_exe() {
                let _ = git::setup::repair(&root, exe);
            }
            load_conflicts(app, true)
        }
        SyncEffect::LoadConflicts => load_conflicts(app, false),
        SyncEffect::Inspect => {
            let result = git::local_changes(&root).map(|changes| {
                let message = git::default_message(&root, &changes);
                Box::new(Inspection {
                    message,
                    changes,
                    referential: app.ws.referential.clone(),
                    upstream: git::upstream(&root),
                    remote: git::remote_name(&root),
                    operation: git::operation_in_progress(&root),
                    conflicted: conflicted(app, &root),
                })
            });
            SyncMsg::Inspected(result.map_err(text))
        }
        SyncEffect::Commit { message, force } => {
            if !force {
                match git::preflight::errors_to_commit(&root) {
                    Ok(errors) if !errors.is_empty() => {
                        return SyncMsg::Refused {
                            errors: located(lang, &errors),
                            retry: Box::new(SyncEffect::Commit {
                                message,
                                force: true,
                            }),
                        };
                    }
                    Ok(_) => {}
                    Err(e) => return SyncMsg::Committed(Err(text(e))),
                }
            }
            let result = git::is_dirty(&root).and_then(|dirty| {
                if !dirty {
                    return Ok(None);
                }
                let message = if message.trim().is_empty() {
                    let changes = git::local_changes(&root)?;
                    git::default_message(&root, &changes)
                } else {
                    message
                };
                git::commit(&root, &message).map(Some)
            });
            SyncMsg::Committed(result.map_err(text))
        }
        // Without a remote nothing is reached: the terminal stays the
        // interface's (keys typed meanwhile are not handed to git).
        SyncEffect::Pull if git::remote_name(&root).is_none() => {
            let result = git::pull(&root, Mode::Background);
            SyncMsg::Pulled(result.map_err(text), app.ws.disk_changes())
        }
        SyncEffect::Push if git::remote_name(&root).is_none() => {
            SyncMsg::Pushed(git::push(&root, Mode::Background).map_err(text))
        }
        SyncEffect::Pull => {
            let result = remote(lang, "git pull --rebase", |mode| git::pull(&root, mode));
            SyncMsg::Pulled(result.map_err(text), app.ws.disk_changes())
        }
        SyncEffect::Push => {
            let result = remote(lang, "git push", |mode| git::push(&root, mode));
            SyncMsg::Pushed(result.map_err(text))
        }
        SyncEffect::Resolve {
            files,
            finish,
            force,
        } => {
            let mut saved = Ok(0);
            for f in &files {
                if let Err(e) = git::save_resolution(&root, &f.path, &f.conflicted, &f.resolved) {
                    saved = Err(e.message().in_lang(lang).to_string());
                    break;
                }
                saved = saved.map(|n| n + 1);
            }
            let mut finished = None;
            if finish && saved.is_ok() {
                match git::continue_operation(&root, Mode::Background, force) {
                    Err(SyncError::Refused(errors)) => {
                        return SyncMsg::Refused {
                            errors: located(lang, &errors),
                            retry: Box::new(SyncEffect::Resolve {
                                files: Vec::new(),
                                finish: true,
                                force: true,
                            }),
                        };
                    }
                    r => finished = Some(r.map_err(text)),
                }
            }
            SyncMsg::Resolved {
                saved,
                finished,
                changed: app.ws.disk_changes(),
            }
        }
        SyncEffect::Say(tone, text) => SyncMsg::Said(tone, text),
        SyncEffect::Abort => {
            let result = git::abort_operation(&root).map_err(text);
            SyncMsg::Aborted(result, app.ws.disk_changes())
        }
    }
}
