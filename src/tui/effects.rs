//! Performing the effects `update` returns. Saves are prepared here (the
//! canonical bytes, the hash the file must still have) and handed to a
//! [`Saver`]; their results come back through [`settle`] as the messages
//! `update` knows (`Msg::Saved`, `Msg::SavedMerged`…).
//!
//! A save that finds its file changed on disk comes back here too: the
//! unsaved edit is merged with the disk's version on this thread (the
//! merge needs the group in memory) and the merge handed over again.

use super::app::App;
use super::evaluator::{Evaluator, Searcher};
use super::msg::{Effect, Msg};
use super::saver::Saver;
use crate::domain::Id;
use crate::store::SaveError;
use crate::store::saver::{SaveDone, SaveJob, SaveKind, plain_job};
use std::collections::VecDeque;
use std::path::Path;

/// How many times one edit is merged with the disk's version before the
/// save gives up (another writer saving again and again meanwhile).
const MAX_MERGES: u8 = 5;

/// Where the work of the effects runs: the saver, and the evaluator when
/// one runs (else the figures are computed here).
#[derive(Debug)]
pub struct Workers {
    /// Saves.
    pub saver: Saver,
    /// The board's figures.
    pub evaluator: Option<Evaluator>,
    /// Searches.
    pub searcher: Option<Searcher>,
}

impl Workers {
    /// Everything on the calling thread.
    pub fn here() -> Workers {
        Workers {
            saver: Saver::here(),
            evaluator: None,
            searcher: None,
        }
    }

    /// Saves on `saver`, figures on this thread.
    pub fn with_saver(saver: Saver) -> Workers {
        Workers {
            saver,
            evaluator: None,
            searcher: None,
        }
    }
}

/// Performs one effect, its saves run on this thread; the message it
/// answers, `None` meaning quit. (Saves run here finish at once, so every
/// other effect answers one message.)
pub fn perform(app: &mut App, effect: Effect) -> Option<Msg> {
    let mut workers = Workers::here();
    let mut out = VecDeque::new();
    if perform_with(app, effect, &mut workers, &mut out) {
        return None;
    }
    // Nothing to report (never seen with saves run here): a no-op.
    Some(out.pop_front().unwrap_or(Msg::DiskChanged(Vec::new())))
}

/// Performs one effect, its saves handed to `saver`; the messages it
/// answers now go to `out` (a save's comes later, from [`settle`]). True
/// means quit. Deleting a group, reading a file again and sharing through
/// git first wait for the saves in flight.
pub fn perform_with(
    app: &mut App,
    effect: Effect,
    workers: &mut Workers,
    out: &mut VecDeque<Msg>,
) -> bool {
    let lang = app.lang;
    let saver = &mut workers.saver;
    let text = |e: SaveError| e.message().in_lang(lang).to_string();
    match effect {
        Effect::SaveGroup(id) => match app.ws.queue_group_save(&id) {
            Ok(Some(job)) => hand(app, job, saver, out),
            Ok(None) => out.push_back(Msg::Saved(id, Ok(()))),
            Err(e) => out.push_back(Msg::Saved(id, Err(text(e)))),
        },
        Effect::SaveGovernance => match app.ws.queue_governance_save() {
            Ok(Some(job)) => hand(app, job, saver, out),
            Ok(None) => out.push_back(Msg::GovernanceSaved(Ok(()))),
            Err(e) => out.push_back(Msg::GovernanceSaved(Err(text(e)))),
        },
        Effect::SaveReferential => match app.ws.queue_referential_save() {
            Ok(Some(job)) => hand(app, job, saver, out),
            Ok(None) => out.push_back(Msg::ReferentialSaved(Ok(()))),
            Err(e) => out.push_back(Msg::ReferentialSaved(Err(text(e)))),
        },
        Effect::WriteFile(rel, content) => {
            let job = plain_job(&app.ws.root, &rel, content);
            hand(app, job, saver, out);
        }
        Effect::DeleteGroup(id) => {
            flush(app, saver, out);
            let r = app.ws.delete_group(&id).map_err(text);
            out.push_back(Msg::Deleted(id, r));
        }
        Effect::Reload(file) => {
            flush(app, saver, out);
            let outcome = app.ws.reload_file(&file);
            let problems = app
                .ws
                .load_diagnostics
                .iter()
                .filter(|d| d.file == file && d.is_error())
                .map(|d| {
                    crate::t!(
                        lang,
                        "diag-at",
                        place = format!("{}:{}", d.line, d.column),
                        message = d.text(lang)
                    )
                })
                .collect();
            out.push_back(Msg::Reloaded(outcome, problems));
        }
        Effect::Sync(e) => {
            // Git sees the files as the interface holds them.
            flush(app, saver, out);
            out.push_back(Msg::Sync(super::sync_io::perform(app, e)));
        }
        Effect::Quit => {
            flush(app, saver, out);
            return true;
        }
        Effect::Search(query) => {
            if let Some(job) = super::update::search_job(app, query).map(Box::new) {
                let back = match &workers.searcher {
                    Some(w) => w.submit(job).err(),
                    None => Some(job),
                };
                if let Some(job) = back {
                    out.push_back(Msg::Found(Box::new(job.run())));
                }
            }
        }
        Effect::CheckDocument {
            target,
            label,
            document,
        } => {
            let result = crate::store::documents::check_link(&app.ws.root, &label, &document)
                .map(|note| note.map(|n| n.in_lang(lang).to_string()))
                .map_err(|m| m.in_lang(lang).to_string());
            out.push_back(Msg::DocumentChecked {
                target,
                label,
                document,
                result,
            });
        }
        Effect::OpenDocument { label, document } => {
            let r = super::open::document(&app.ws.root, &label, &document, lang);
            out.push_back(Msg::Opened(r));
        }
        Effect::Evaluate => match super::board::snapshot(app).map(Box::new) {
            None => app.board.in_flight = false,
            Some(snap) => {
                let back = match &workers.evaluator {
                    Some(e) => e.submit(snap).err(),
                    None => Some(snap),
                };
                if let Some(snap) = back {
                    out.push_back(Msg::Figures(Box::new(snap.compute())));
                }
            }
        },
    }
    false
}

/// Hands a job to the saver; a saver that runs here answers at once.
fn hand(app: &mut App, job: SaveJob, saver: &mut Saver, out: &mut VecDeque<Msg>) {
    saver.submit(job);
    if saver.runs_here() {
        while let Some(done) = saver.wait() {
            if let Some(m) = settle(app, done, saver) {
                out.push_back(m);
            }
        }
    }
}

/// Waits for every save in flight; their messages go to `out`.
pub fn flush(app: &mut App, saver: &mut Saver, out: &mut VecDeque<Msg>) {
    while let Some(done) = saver.wait() {
        if let Some(m) = settle(app, done, saver) {
            out.push_back(m);
        }
    }
}

/// Takes a save's result back into the workspace; the message it answers
/// (`None`: nothing to say yet, a merge was handed over, or the save was
/// not tried because the one before it failed and said so).
pub fn settle(app: &mut App, done: SaveDone, saver: &mut Saver) -> Option<Msg> {
    let lang = app.lang;
    let text = |e: SaveError| e.message().in_lang(lang).to_string();
    let (kind, rel, merges) = (done.kind.clone(), done.rel.clone(), done.merges);
    let result = app.ws.finish_save(done);
    if matches!(result, Err(SaveError::Superseded(_))) {
        return None;
    }
    Some(match kind {
        SaveKind::Group(id) => match result {
            Ok(()) if merges > 0 => Msg::SavedMerged(id),
            Ok(()) => Msg::Saved(id, Ok(())),
            Err(SaveError::ChangedOnDisk(p)) if merges < MAX_MERGES => {
                match merge_with_disk(app, &id, &rel, merges + 1) {
                    Merge::Job(job) => {
                        let mut out = VecDeque::new();
                        hand(app, job, saver, &mut out);
                        return out.pop_front();
                    }
                    Merge::Saved => Msg::SavedMerged(id),
                    Merge::Failed => Msg::Saved(id, Err(text(SaveError::ChangedOnDisk(p)))),
                }
            }
            Err(e) => Msg::Saved(id, Err(text(e))),
        },
        SaveKind::Governance => Msg::GovernanceSaved(result.map_err(text)),
        SaveKind::Referential => Msg::ReferentialSaved(result.map_err(text)),
        SaveKind::Plain => Msg::Written(
            rel,
            result.map_err(|e| match e {
                SaveError::Io(_, e) => e.to_string(),
                e => text(e),
            }),
        ),
    })
}

/// What merging an unsaved edit with the disk's version gave.
enum Merge {
    /// The merge, to save.
    Job(SaveJob),
    /// The disk already holds the merge.
    Saved,
    /// It conflicts, or the disk's version cannot be read.
    Failed,
}

/// After a save refused because the group's file changed on disk (another
/// pacte, a `git pull`): merges the unsaved edit with the disk's version,
/// from what the edit started from; the merge is saved when nothing
/// conflicts.
fn merge_with_disk(app: &mut App, id: &Id, rel: &Path, merges: u8) -> Merge {
    use crate::store::format::from_text;
    let Some(mine) = app.ws.group(id).cloned() else {
        return Merge::Failed;
    };
    let base: Option<crate::domain::Group> = app.ws.read_text(rel).and_then(|t| from_text(t).ok());
    let Some(disk_text) =
        crate::store::safe::read_text(&app.ws.root.join(rel), crate::store::layout::MAX_FILE_SIZE)
    else {
        return Merge::Failed;
    };
    let Ok(disk) = from_text::<crate::domain::Group>(&disk_text) else {
        return Merge::Failed;
    };
    let (merged, conflicts) = crate::merge::merge_groups(base.as_ref(), &mine, &disk);
    if conflicts > 0 || merged.id != *id {
        return Merge::Failed;
    }
    app.ws.adopt_disk_text(rel, disk_text);
    app.ws.insert_group(merged);
    match app.ws.queue_group_save(id) {
        Ok(Some(mut job)) => {
            job.merges = merges;
            Merge::Job(job)
        }
        Ok(None) => Merge::Saved,
        Err(_) => Merge::Failed,
    }
}
