//! Sharing: the sync panel's keys, the conflict screen's choices, and the
//! results of the sync steps performed by the runtime.

use super::super::app::{App, Confirmed, Popup, Screen, TextPurpose, Tone};
use super::super::editor::Editor;
use super::super::i18n::tr;
use super::super::msg::{Command, Effect};
use super::super::sync::{
    ChangeLine, ConflictFile, ConflictScreen, Inspection, LogTone, Phase, ResolvedFile, Row, Side,
    SyncEffect, SyncMsg, SyncPanel, is_conflicted, operation_name, resolve_error,
};
use super::edit::current_group;
use super::files;
use crate::domain::Referential;
use crate::sync::{
    ContinueOutcome, FileChange, Operation, PullOutcome, PushOutcome, incoming_summary,
};
use std::path::PathBuf;

/// The commands the sync panel and the conflict screen take; `None` when
/// the command is not theirs (it then runs as usual).
pub fn command(app: &mut App, c: Command) -> Option<Vec<Effect>> {
    let lang = app.lang;
    let on_conflicts = matches!(app.screen(), Screen::Conflicts(_));
    let on_panel = matches!(app.screen(), Screen::Sync(_));
    Some(match c {
        Command::Share if on_conflicts => finish(app),
        Command::Share if on_panel => run(app),
        Command::Share => open(app),
        Command::KeepMine | Command::KeepTheirs | Command::KeepBoth if on_conflicts => {
            let side = match c {
                Command::KeepMine => Side::Mine,
                Command::KeepTheirs => Side::Theirs,
                _ => Side::Both,
            };
            choose(app, side);
            Vec::new()
        }
        Command::KeepMine | Command::KeepTheirs | Command::KeepBoth => {
            app.say(
                Tone::Info,
                tr(
                    lang,
                    "Ces touches choisissent une version sur l'écran des conflits",
                    "These keys choose a version on the conflict screen",
                ),
            );
            Vec::new()
        }
        Command::Edit | Command::Open if on_conflicts => {
            edit_value(app);
            Vec::new()
        }
        Command::Back | Command::Left if on_conflicts => leave(app),
        Command::Edit if on_panel => {
            edit_message(app);
            Vec::new()
        }
        Command::Open if on_panel => {
            let has_conflicts = matches!(app.screen(), Screen::Sync(p) if !p.conflicted.is_empty());
            if has_conflicts {
                vec![Effect::Sync(SyncEffect::LoadConflicts)]
            } else {
                edit_message(app);
                Vec::new()
            }
        }
        Command::AbortSync => {
            let operation = match app.screen() {
                Screen::Conflicts(s) => s.operation,
                Screen::Sync(p) => p.operation,
                _ => None,
            };
            match operation {
                Some(op) => app.popups.push(Popup::Confirm {
                    question: format!(
                        "{} {} ? {} (o/n)",
                        tr(lang, "Abandonner", "Abandon"),
                        operation_name(lang, op),
                        tr(
                            lang,
                            "Le dépôt revient à son état d'avant la récupération ; vos modifications restent dans votre commit",
                            "The clone goes back to where it was before the pull; your changes stay in your commit"
                        )
                    ),
                    on_yes: Confirmed::AbortSync,
                }),
                None => app.say(
                    Tone::Info,
                    tr(
                        lang,
                        "Aucune synchronisation arrêtée sur des conflits",
                        "No sync stopped on conflicts",
                    ),
                ),
            }
            Vec::new()
        }
        _ => return None,
    })
}

/// `S` elsewhere: the conflict screen when the current group's file holds
/// a conflict, else the sync panel.
fn open(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let file = current_group(app).and_then(|id| app.ws.group_files.get(&id).cloned());
    if file.is_some_and(|f| is_conflicted(&app.ws.load_diagnostics, &f)) {
        return vec![Effect::Sync(SyncEffect::LoadConflicts)];
    }
    if !app.unsaved.is_empty() {
        app.say(
            Tone::Error,
            tr(
                lang,
                "Des modifications ne sont pas enregistrées (w pour réessayer) : partage impossible pour l'instant",
                "Some edits are not saved (w to retry): cannot share yet",
            ),
        );
        return Vec::new();
    }
    app.screens.push(Screen::Sync(SyncPanel::default()));
    vec![Effect::Sync(SyncEffect::Inspect)]
}

fn panel_mut(app: &mut App) -> Option<&mut SyncPanel> {
    app.screens.iter_mut().rev().find_map(|s| match s {
        Screen::Sync(p) => Some(p),
        _ => None,
    })
}

fn log(app: &mut App, tone: LogTone, text: impl Into<String>) {
    if let Some(p) = panel_mut(app) {
        p.log.push((tone, text.into()));
    }
}

/// `S` on the panel: commit, then pull, then push (each step's result
/// leads to the next).
fn run(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    if !app.unsaved.is_empty() {
        app.say(
            Tone::Error,
            tr(
                lang,
                "Des modifications ne sont pas enregistrées (w pour réessayer) : partage impossible pour l'instant",
                "Some edits are not saved (w to retry): cannot share yet",
            ),
        );
        return Vec::new();
    }
    let Some(p) = panel_mut(app) else {
        return Vec::new();
    };
    match p.phase {
        Phase::Loading | Phase::Unavailable => Vec::new(),
        Phase::Conflicts => vec![Effect::Sync(SyncEffect::LoadConflicts)],
        Phase::Ready | Phase::Done | Phase::Failed => {
            if p.operation.is_some() || !p.conflicted.is_empty() {
                return vec![Effect::Sync(SyncEffect::LoadConflicts)];
            }
            p.log.clear();
            p.phase = Phase::Loading;
            vec![Effect::Sync(SyncEffect::Commit(p.message.clone()))]
        }
    }
}

fn edit_message(app: &mut App) {
    let lang = app.lang;
    let Screen::Sync(p) = app.screen() else {
        return;
    };
    let text = p.message.clone();
    app.popups.push(Popup::Text {
        title: tr(
            lang,
            "Message du commit (Ctrl-S enregistre, Échap annule)",
            "Commit message (Ctrl-S saves, Esc cancels)",
        )
        .into(),
        editor: Editor::multi(&text),
        purpose: TextPurpose::CommitMessage,
        original: text,
        confirm_discard: false,
    });
}

/// The commit message typed in the editor.
pub fn set_message(app: &mut App, text: String) -> Vec<Effect> {
    let lang = app.lang;
    if let Some(p) = panel_mut(app) {
        if text.trim().is_empty() {
            app.say(
                Tone::Info,
                tr(
                    lang,
                    "Message vide : le message généré est gardé",
                    "Empty message: the generated one is kept",
                ),
            );
        } else {
            p.message = text;
            p.edited = true;
        }
    }
    Vec::new()
}

fn conflicts_mut(app: &mut App) -> Option<&mut ConflictScreen> {
    match app.screens.last_mut() {
        Some(Screen::Conflicts(s)) => Some(s),
        _ => None,
    }
}

fn choose(app: &mut App, side: Side) {
    let lang = app.lang;
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
                Err(e) if side == Side::Both => Some(format!(
                    "{} ({})",
                    tr(
                        lang,
                        "Les deux versions ne peuvent pas être gardées ici : choisissez-en une, ou e pour écrire la valeur",
                        "Both versions cannot be kept here: pick one, or e to type the value"
                    ),
                    resolve_error(lang, &e)
                )),
                Err(e) => Some(resolve_error(lang, &e)),
            }
        }
        Some(Row::Raw(_)) => Some(raw_hint(lang).to_string()),
        None => None,
    };
    if let Some(e) = error {
        app.say(Tone::Error, e);
    }
}

fn raw_hint(lang: super::super::Lang) -> &'static str {
    tr(
        lang,
        "Ce fichier ne se lit pas champ par champ : corrigez-le dans un éditeur de texte (gardez un côté, retirez les lignes <<<<<<< ======= >>>>>>>)",
        "This file cannot be read field by field: fix it in a text editor (keep one side, remove the <<<<<<< ======= >>>>>>> lines)",
    )
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

fn edit_value(app: &mut App) {
    let lang = app.lang;
    let Some(s) = conflicts_mut(app) else { return };
    let mine = s.mine_is_ours();
    let (f, i) = match s.current() {
        Some(Row::Conflict(f, i)) => (f, i),
        Some(Row::Raw(_)) => {
            app.say(Tone::Error, raw_hint(lang));
            return;
        }
        None => return,
    };
    let c = &s.files[f].conflicts[i];
    let (yours, theirs) = if mine {
        (&c.ours, &c.theirs)
    } else {
        (&c.theirs, &c.ours)
    };
    let text = match &s.files[f].choices[i] {
        Some(crate::merge::Resolution::Value(v)) => v.clone(),
        _ => yours.clone().or_else(|| theirs.clone()).unwrap_or_default(),
    };
    let title = format!(
        "{} {} (RON ; Ctrl-S)",
        tr(lang, "Valeur de", "Value of"),
        c.label
    );
    app.popups.push(Popup::Text {
        title,
        editor: Editor::multi(&text),
        purpose: TextPurpose::ConflictValue(f, i),
        original: text,
        confirm_discard: false,
    });
}

/// A value typed for a conflict: kept when the file then loads.
pub fn set_value(app: &mut App, f: usize, i: usize, text: String) -> Vec<Effect> {
    let lang = app.lang;
    let Some(s) = conflicts_mut(app) else {
        return Vec::new();
    };
    let Some(file) = s.files.get_mut(f) else {
        return Vec::new();
    };
    if i >= file.conflicts.len() {
        return Vec::new();
    }
    let r = crate::merge::Resolution::Value(text.clone());
    match file.check(i, &r) {
        Ok(()) => {
            let label = file.conflicts[i].label.clone();
            file.choices[i] = Some(r);
            next_open(s);
            app.say(
                Tone::Info,
                format!(
                    "{} {label}",
                    tr(lang, "Valeur gardée pour", "Value kept for")
                ),
            );
        }
        Err(e) => {
            app.popups.push(Popup::Text {
                title: format!(
                    "{} (RON ; Ctrl-S)",
                    tr(lang, "Valeur à corriger", "Value to fix")
                ),
                editor: Editor::multi(&text),
                purpose: TextPurpose::ConflictValue(f, i),
                original: text,
                confirm_discard: false,
            });
            app.say(
                Tone::Error,
                format!(
                    "{} {}",
                    tr(lang, "Valeur refusée :", "Value refused:"),
                    resolve_error(lang, &e)
                ),
            );
        }
    }
    Vec::new()
}

/// The files to write for the choices made (`None` and a message when one
/// cannot be written).
fn outputs(app: &mut App) -> Option<Vec<ResolvedFile>> {
    let Screen::Conflicts(s) = app.screen() else {
        return Some(Vec::new());
    };
    let mut out = Vec::new();
    for file in &s.files {
        match file.output() {
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
fn finish(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
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
            format!(
                "{open} {}",
                tr(
                    lang,
                    "conflit(s) sans choix : v (chez vous), a (chez les autres), b (les deux) ou e (modifier) sur chacun",
                    "conflict(s) without a choice: v (yours), a (theirs), b (both) or e (edit) on each"
                )
            ),
        );
        return Vec::new();
    }
    let finish = s.operation.is_some();
    let Some(files) = outputs(app) else {
        return Vec::new();
    };
    vec![Effect::Sync(SyncEffect::Resolve { files, finish })]
}

/// Leaving the conflict screen keeps the choices made: they are written
/// to the files (the remaining conflicts stay between markers).
fn leave(app: &mut App) -> Vec<Effect> {
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
    })]
}

/// "Yes" to abandoning the operation.
pub fn confirm_abort() -> Vec<Effect> {
    vec![Effect::Sync(SyncEffect::Abort)]
}

/// The lines of the panel for `changes`: a header per file (a group's
/// territories and name), then its changes, with titles, not ids.
pub fn change_lines(
    lang: super::super::Lang,
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

fn error_text(lang: super::super::Lang, e: &str) -> String {
    let auth = [
        "terminal prompts disabled",
        "could not read Username",
        "could not read Password",
        "Authentication failed",
        "Permission denied",
        "Host key verification failed",
    ];
    if auth.iter().any(|a| e.contains(a)) {
        format!(
            "{} {e}",
            tr(
                lang,
                "Authentification refusée par le dépôt (vérifiez votre clé ssh ou vos identifiants, puis S pour réessayer) :",
                "The repository refused the authentication (check your ssh key or credentials, then S to retry):"
            )
        )
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
                    p.log = vec![
                        (LogTone::Error, e),
                        (
                            LogTone::Info,
                            tr(
                                lang,
                                "Pour partager : git clone du dépôt du département, puis pacte git-setup dans la copie",
                                "To share: git clone the département's repository, then pacte git-setup in the clone",
                            )
                            .into(),
                        ),
                    ];
                }
            }
            Vec::new()
        }
        SyncMsg::Committed(result) => match result {
            Ok(c) => {
                let text = match c {
                    Some(c) => crate::t!(
                        lang,
                        "sync-committed",
                        id = c.id.as_str(),
                        subject = c.message.lines().next().unwrap_or_default()
                    ),
                    None => crate::t!(lang, "sync-no-local-change"),
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
        SyncMsg::Pulled(result, changed) => {
            let reloads = files::disk_changed(app, changed);
            let effects = match result {
                Ok(outcome) => pulled(app, outcome),
                Err(e) => failed(app, error_text(lang, &e)),
            };
            after_reloads(app, reloads, effects)
        }
        SyncMsg::Pushed(result) => {
            match result {
                Ok(p) => {
                    let text = match &p {
                        PushOutcome::Pushed { commits, to } => {
                            crate::t!(lang, "sync-sent", count = commits.len(), to = to.as_str())
                        }
                        PushOutcome::NothingToPush => crate::t!(lang, "sync-nothing-to-push"),
                        PushOutcome::NoRemote => crate::t!(lang, "sync-no-remote"),
                    };
                    log(app, LogTone::Ok, text.clone());
                    if let PushOutcome::Pushed { commits, .. } = &p {
                        for c in commits {
                            log(app, LogTone::Info, format!("  {} {}", c.id, c.message));
                        }
                    }
                    if let Some(p) = panel_mut(app) {
                        p.phase = Phase::Done;
                    }
                    app.say(
                        Tone::Ok,
                        format!("{} {text}", tr(lang, "Partagé ·", "Shared ·")),
                    );
                }
                Err(e) => {
                    let text = error_text(lang, &e);
                    let _ = failed(app, text);
                }
            }
            Vec::new()
        }
        SyncMsg::Conflicts {
            operation,
            files,
            quiet,
        } => conflicts_loaded(app, operation, files, quiet),
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
            let effects = resolved(app, saved, finished);
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
                    let text = format!(
                        "{} {}",
                        tr(lang, "Abandonné :", "Abandoned:"),
                        operation_name(lang, op)
                    );
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

fn inspected(lang: super::super::Lang, p: &mut SyncPanel, i: Inspection) {
    p.changes = change_lines(lang, &i.changes, i.referential.as_ref());
    if !p.edited {
        p.message = i.message;
    }
    p.upstream = i.upstream;
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
    app.say(
        Tone::Error,
        format!(
            "{} {e}",
            tr(lang, "Partage interrompu :", "Sharing stopped:")
        ),
    );
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
                crate::t!(lang, "sync-received", summary = summary.as_str()),
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
            crate::t!(lang, "sync-upstream-set", upstream = up.as_str()),
        );
        if let Some(p) = panel_mut(app) {
            p.upstream = Some(up.clone());
        }
    }
    for l in &pulled.driver_said {
        log(
            app,
            LogTone::Error,
            crate::t!(lang, "sync-git-said", text = l.as_str()),
        );
    }
    match pulled.outcome {
        PullOutcome::NoUpstream => {
            log(app, LogTone::Info, crate::t!(lang, "sync-no-upstream"));
            vec![Effect::Sync(SyncEffect::Push)]
        }
        PullOutcome::UpToDate => {
            log(app, LogTone::Info, crate::t!(lang, "sync-up-to-date"));
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
            log(
                app,
                LogTone::Error,
                format!(
                    "{} {} : {}",
                    tr(lang, "Conflit pendant", "Conflict during"),
                    operation_name(lang, operation),
                    files
                        .iter()
                        .chain(&others)
                        .map(|f| f.display().to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
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

fn conflicts_loaded(
    app: &mut App,
    operation: Option<Operation>,
    files: Vec<(PathBuf, Option<String>)>,
    quiet: bool,
) -> Vec<Effect> {
    let lang = app.lang;
    if files.is_empty() && operation.is_none() {
        if !quiet {
            if matches!(app.screen(), Screen::Conflicts(_)) {
                app.screens.pop();
            }
            app.say(Tone::Info, tr(lang, "Aucun conflit", "No conflict"));
        }
        return Vec::new();
    }
    let files: Vec<ConflictFile> = files
        .into_iter()
        .map(|(p, t)| ConflictFile::read(p, t))
        .collect();
    let screen = ConflictScreen {
        operation,
        files,
        cursor: 0,
    };
    let total = screen.total();
    match app.screens.last_mut() {
        Some(Screen::Conflicts(s)) => *s = screen,
        _ => app.screens.push(Screen::Conflicts(screen)),
    }
    let text = if total == 0 {
        format!(
            "{} {}",
            tr(
                lang,
                "Tous les conflits sont résolus : S pour terminer",
                "Every conflict is resolved: S to finish"
            ),
            operation.map_or("", |op| operation_name(lang, op))
        )
    } else {
        format!(
            "{total} {}",
            tr(
                lang,
                "conflit(s) à résoudre : un choix par champ, puis S",
                "conflict(s) to resolve: one choice per field, then S"
            )
        )
    };
    app.say(if total == 0 { Tone::Info } else { Tone::Error }, text);
    Vec::new()
}

fn resolved(
    app: &mut App,
    saved: Result<usize, String>,
    finished: Option<Result<ContinueOutcome, String>>,
) -> Vec<Effect> {
    let lang = app.lang;
    if let Err(e) = saved {
        app.say(
            Tone::Error,
            format!(
                "{} {e}",
                tr(
                    lang,
                    "Résolution non enregistrée :",
                    "Resolution not saved:"
                )
            ),
        );
        return Vec::new();
    }
    match finished {
        None => {
            app.say(
                Tone::Info,
                tr(
                    lang,
                    "Choix enregistrés dans les fichiers ; S pour reprendre la résolution",
                    "Choices written to the files; S to go on resolving",
                ),
            );
            Vec::new()
        }
        Some(Ok(ContinueOutcome::Done(op))) => {
            if matches!(app.screen(), Screen::Conflicts(_)) {
                app.screens.pop();
            }
            let text = format!(
                "{} : {} {}",
                tr(lang, "Conflits résolus", "Conflicts resolved"),
                operation_name(lang, op),
                tr(lang, "est terminé", "is finished")
            );
            log(app, LogTone::Ok, text.clone());
            app.say(Tone::Ok, text);
            match panel_mut(app) {
                // The sync that stopped goes on: send.
                Some(p) if p.phase == Phase::Conflicts => {
                    p.operation = None;
                    p.conflicted.clear();
                    p.phase = Phase::Loading;
                    vec![Effect::Sync(SyncEffect::Push)]
                }
                Some(p) => {
                    p.phase = Phase::Loading;
                    vec![Effect::Sync(SyncEffect::Inspect)]
                }
                None => Vec::new(),
            }
        }
        Some(Ok(ContinueOutcome::Conflict { .. })) => {
            app.say(
                Tone::Error,
                tr(
                    lang,
                    "Le commit suivant a aussi des conflits",
                    "The next commit conflicts too",
                ),
            );
            vec![Effect::Sync(SyncEffect::LoadConflicts)]
        }
        Some(Err(e)) => {
            app.say(Tone::Error, e);
            Vec::new()
        }
    }
}
