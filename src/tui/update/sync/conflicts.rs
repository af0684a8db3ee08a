//! The conflict screen: a choice per conflicting field (yours, theirs,
//! both, or a value typed as everywhere else in pacte), written and the
//! merge or rebase finished with `S`, then shared.
//!
//! The screen always speaks of *chez vous* (this clone's version) and
//! *chez les autres* (the one received), whatever git calls them: during a
//! rebase git's "ours" is the others' side.

use super::panel::{ensure_panel, log, panel_mut};
use crate::merge::values;
use crate::sync::{ContinueOutcome, Operation};
use crate::t;
use crate::tui::Lang;
use crate::tui::app::{App, Popup, Screen, Tone};
use crate::tui::editor::Editor;
use crate::tui::msg::{Command, Effect};
use crate::tui::sync::{
    ConflictFile, ConflictScreen, LogTone, Phase, ResolvedFile, Row, Side, SyncEffect,
    resolve_error,
};
use std::path::PathBuf;

fn conflicts_mut(app: &mut App) -> Option<&mut ConflictScreen> {
    match app.screens.last_mut() {
        Some(Screen::Conflicts(s)) => Some(s),
        _ => None,
    }
}

/// The keys that choose a side, as the keymap has them.
fn choice_keys(app: &App) -> (String, String, String, String) {
    let k = |c| app.keymap.first_key_in(c, app.lang).to_string();
    (
        k(Command::KeepMine),
        k(Command::KeepTheirs),
        k(Command::KeepBoth),
        k(Command::Edit),
    )
}

/// `<` `>` `3` on a conflict: keep this side.
pub fn choose(app: &mut App, side: Side) {
    let lang = app.lang;
    let edit = app.keymap.first_key_in(Command::Edit, app.lang).to_string();
    let Some(s) = conflicts_mut(app) else { return };
    let mine = s.mine_is_ours();
    let error = match s.current() {
        Some(Row::Conflict(f, i)) => {
            let r = side.resolution(mine);
            match s.files[f].check(i, &r) {
                Ok(()) => {
                    s.files[f].choices[i] = Some(r);
                    next_open(s);
                    None
                }
                Err(e) if side == Side::Both => Some(t!(
                    lang,
                    "conflict-both-impossible",
                    key = edit,
                    why = resolve_error(lang, &e)
                )),
                Err(e) => Some(resolve_error(lang, &e)),
            }
        }
        Some(Row::Raw(_)) => Some(t!(lang, "conflict-raw-hint")),
        None => None,
    };
    if let Some(e) = error {
        app.say(Tone::Error, e);
    }
}

/// Moves the cursor to the next conflict without a choice (after the
/// current one, wrapping), if any.
fn next_open(s: &mut ConflictScreen) {
    let rows = s.rows();
    let n = rows.len();
    for step in 1..=n {
        let k = (s.cursor + step) % n;
        if let Row::Conflict(f, i) = rows[k]
            && s.files[f].choices[i].is_none()
        {
            s.cursor = k;
            return;
        }
    }
}

fn value_title(lang: Lang, label: &str, field: Option<&str>) -> String {
    let kind = match field {
        Some("status") => "status",
        Some("progress") => "percent",
        Some("due" | "start" | "date" | "joined") => "date",
        Some("value" | "baseline" | "target" | "participants") => "number",
        Some("done" | "experimentation") => "flag",
        _ if values::human(lang, field, "\"\"").is_some() => "text",
        _ => "ron",
    };
    t!(lang, "conflict-value-title", label = label, kind = kind)
}

/// `e` on a conflict: type the value, as it is typed everywhere else
/// (a status by its label, a date as jj/mm/aaaa…).
pub fn edit_value(app: &mut App) {
    let lang = app.lang;
    let Screen::Conflicts(s) = app.screen() else {
        return;
    };
    let mine = s.mine_is_ours();
    let (f, i) = match s.current() {
        Some(Row::Conflict(f, i)) => (f, i),
        Some(Row::Raw(_)) => {
            app.say(Tone::Error, t!(lang, "conflict-raw-hint"));
            return;
        }
        None => return,
    };
    let c = &s.files[f].conflicts[i];
    let field = c.field.as_deref();
    let (yours, theirs) = if mine {
        (&c.ours, &c.theirs)
    } else {
        (&c.theirs, &c.ours)
    };
    let ron = match &s.files[f].choices[i] {
        Some(crate::merge::Resolution::Value(v)) => v.clone(),
        _ => yours.clone().or_else(|| theirs.clone()).unwrap_or_default(),
    };
    let text = values::human(lang, field, &ron).unwrap_or(ron);
    let title = value_title(
        lang,
        &crate::tui::sync::location(lang, &app.ws, &s.files[f], &c.path),
        field,
    );
    app.popups.push(Popup::Text {
        title,
        editor: Editor::multi(&text),
        step: crate::tui::steps::Step::Share(crate::tui::steps::ShareStep::ConflictValue(f, i)),
        original: text,
        confirm_discard: false,
    });
}

/// A value typed for a conflict: kept when it is a value of that field
/// and the file then loads; otherwise the editor comes back with why.
pub fn set_value(app: &mut App, f: usize, i: usize, text: String) -> Vec<Effect> {
    let lang = app.lang;
    let label = match app.screen() {
        Screen::Conflicts(s) => match s.files.get(f) {
            Some(file) if i < file.conflicts.len() => {
                crate::tui::sync::location(lang, &app.ws, file, &file.conflicts[i].path)
            }
            _ => return Vec::new(),
        },
        _ => return Vec::new(),
    };
    let Some(s) = conflicts_mut(app) else {
        return Vec::new();
    };
    let Some(file) = s.files.get_mut(f) else {
        return Vec::new();
    };
    let field = file.conflicts[i].field.clone();
    let checked = values::from_human(field.as_deref(), &text)
        .map_err(|m| m.in_lang(lang).to_string())
        .and_then(|ron| {
            let r = crate::merge::Resolution::Value(ron);
            file.check(i, &r)
                .map(|()| r)
                .map_err(|e| resolve_error(lang, &e))
        });
    match checked {
        Ok(r) => {
            file.choices[i] = Some(r);
            next_open(s);
            app.say(Tone::Info, t!(lang, "conflict-value-kept", label = label));
        }
        Err(why) => {
            app.popups.push(Popup::Text {
                title: value_title(lang, &label, field.as_deref()),
                editor: Editor::multi(&text),
                step: crate::tui::steps::Step::Share(crate::tui::steps::ShareStep::ConflictValue(
                    f, i,
                )),
                original: text,
                confirm_discard: false,
            });
            app.say(Tone::Error, t!(lang, "conflict-value-refused", why = why));
        }
    }
    Vec::new()
}

/// The files to write for the choices made (`None` and a message when one
/// cannot be written).
fn outputs(app: &mut App) -> Option<Vec<ResolvedFile>> {
    let lang = app.lang;
    let Screen::Conflicts(s) = app.screen() else {
        return Some(Vec::new());
    };
    let mut out = Vec::new();
    for file in &s.files {
        match file.output(lang) {
            None => {}
            Some(Ok(resolved)) => out.push(ResolvedFile {
                path: file.path.clone(),
                conflicted: file.text.clone(),
                resolved,
            }),
            Some(Err(e)) => {
                let msg = format!("{} : {e}", file.path.display());
                app.say(Tone::Error, msg);
                return None;
            }
        }
    }
    Some(out)
}

/// `S` on the conflict screen: write every file and finish the operation.
pub fn finish(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let (mine, theirs, both, edit) = choice_keys(app);
    let Some(s) = conflicts_mut(app) else {
        return Vec::new();
    };
    let open = s.open_count();
    if open > 0 {
        if let Some(k) = s.rows().iter().position(|r| match r {
            Row::Conflict(f, i) => s.files[*f].choices[*i].is_none(),
            Row::Raw(_) => true,
        }) {
            s.cursor = k;
        }
        app.say(
            Tone::Error,
            t!(
                lang,
                "conflict-open-left",
                count = open,
                mine = mine,
                theirs = theirs,
                both = both,
                edit = edit
            ),
        );
        return Vec::new();
    }
    let finish = s.operation.is_some();
    let Some(files) = outputs(app) else {
        return Vec::new();
    };
    vec![Effect::Sync(SyncEffect::Resolve {
        files,
        finish,
        force: false,
    })]
}

/// Leaving the conflict screen keeps the choices made: they are written
/// to the files (the remaining conflicts stay between markers).
pub fn leave(app: &mut App) -> Vec<Effect> {
    let Some(files) = outputs(app) else {
        return Vec::new();
    };
    app.screens.pop();
    if files.is_empty() {
        return Vec::new();
    }
    vec![Effect::Sync(SyncEffect::Resolve {
        files,
        finish: false,
        force: false,
    })]
}

/// The conflicted files read: the conflict screen, opened or refreshed
/// (the cursor stays on the same row when it still exists).
pub fn loaded(
    app: &mut App,
    operation: Option<Operation>,
    files: Vec<(PathBuf, Option<String>)>,
    quiet: bool,
) -> Vec<Effect> {
    let lang = app.lang;
    if files.is_empty() && operation.is_none() {
        if matches!(app.screen(), Screen::Conflicts(_)) {
            app.screens.pop();
        }
        if !quiet {
            app.say(Tone::Info, t!(lang, "conflict-none"));
        }
        return Vec::new();
    }
    let files: Vec<ConflictFile> = files
        .into_iter()
        .map(|(p, t)| ConflictFile::read(p, t))
        .collect();
    let mut screen = ConflictScreen {
        operation,
        files,
        cursor: 0,
    };
    let total = screen.total();
    match app.screens.last_mut() {
        Some(Screen::Conflicts(s)) => {
            // Choices made on files that did not change are kept.
            for f in &mut screen.files {
                if let Some(old) = s
                    .files
                    .iter()
                    .find(|o| o.path == f.path && o.text == f.text)
                {
                    f.choices = old.choices.clone();
                }
            }
            screen.cursor = s.cursor.min(screen.rows().len().saturating_sub(1));
            *s = screen;
        }
        _ => app.screens.push(Screen::Conflicts(screen)),
    }
    let share = app
        .keymap
        .first_key_in(Command::Share, app.lang)
        .to_string();
    let text = match (total, operation) {
        (0, _) => t!(lang, "conflict-all-resolved", key = share),
        (_, None) => t!(lang, "conflict-markers-committed", count = total),
        (_, Some(_)) => t!(lang, "conflict-to-resolve", count = total, key = share),
    };
    app.say(if total == 0 { Tone::Info } else { Tone::Error }, text);
    Vec::new()
}

/// The files written and, when asked, the operation finished: back to the
/// panel, which goes on with the push.
pub fn resolved(
    app: &mut App,
    saved: Result<usize, String>,
    finished: Option<Result<ContinueOutcome, String>>,
) -> Vec<Effect> {
    let lang = app.lang;
    if let Err(e) = saved {
        app.say(Tone::Error, t!(lang, "conflict-not-saved", why = e));
        return Vec::new();
    }
    match finished {
        None => {
            let key = app
                .keymap
                .first_key_in(Command::Share, app.lang)
                .to_string();
            app.say(Tone::Info, t!(lang, "conflict-choices-written", key = key));
            Vec::new()
        }
        Some(Ok(ContinueOutcome::Done(op))) => {
            if matches!(app.screen(), Screen::Conflicts(_)) {
                app.screens.pop();
            }
            let text = t!(lang, "conflict-finished", operation = op.command());
            // The sync that stopped goes on: send, whether it started in
            // this interface or before it was opened.
            ensure_panel(app);
            log(app, LogTone::Ok, text.clone());
            app.say(Tone::Ok, text);
            if let Some(p) = panel_mut(app) {
                p.operation = None;
                p.conflicted.clear();
                p.phase = Phase::Loading;
            }
            vec![Effect::Sync(SyncEffect::Push)]
        }
        Some(Ok(ContinueOutcome::Conflict { .. })) => {
            app.say(Tone::Error, t!(lang, "conflict-next-commit"));
            vec![Effect::Sync(SyncEffect::LoadConflicts)]
        }
        Some(Err(e)) => {
            app.say(Tone::Error, e);
            Vec::new()
        }
    }
}
