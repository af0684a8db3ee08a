//! Sharing in the interface without files: the sync panel's flow (effects
//! out, results in), the conflict screen's choices and what they write,
//! and renders at 80×24 (insta).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use chrono::NaiveDate;
use pacte::domain::Id;
use pacte::merge::{FileKind, MergeOutcome, Resolution, merge_texts};
use pacte::store::{DiskChange, Workspace};
use pacte::sync::diff::diff_texts;
use pacte::sync::{Committed, ContinueOutcome, Operation, PullOutcome, PushOutcome};
use pacte::tui::Lang;
use pacte::tui::app::{App, Popup, Screen, Tone};
use pacte::tui::keymap::Keymap;
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::sync::{Inspection, Phase, ResolvedFile, Row, SyncEffect, SyncMsg};
use pacte::tui::update::update;
use pacte::tui::view::view;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::{Path, PathBuf};

const DIGI: &str = "groups/reseau-digi-thau.ron";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui")
}

fn app_in(lang: Lang) -> App {
    let ws = Workspace::open(&fixture()).unwrap();
    let today: NaiveDate = "2025-01-15".parse().unwrap();
    App::new(ws, lang, today, Keymap::defaults())
}

fn key(app: &mut App, k: KeyEvent) -> Vec<Effect> {
    update(app, Msg::Key(k))
}

fn press(app: &mut App, keys: &str) -> Vec<Effect> {
    let mut out = Vec::new();
    for c in keys.chars() {
        let m = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        out.extend(key(app, KeyEvent::new(KeyCode::Char(c), m)));
    }
    out
}

fn ctrl(app: &mut App, c: char) -> Vec<Effect> {
    key(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn esc(app: &mut App) -> Vec<Effect> {
    key(app, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE))
}

fn sync(app: &mut App, m: SyncMsg) -> Vec<Effect> {
    update(app, Msg::Sync(m))
}

fn render(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| view(app, f)).unwrap();
    t.backend().to_string()
}

fn base() -> String {
    std::fs::read_to_string(fixture().join(DIGI)).unwrap()
}

/// This clone's version: the workshops suspended at 55 %.
fn mine() -> String {
    base().replace(
        "status: \"in-progress\",\n            progress: 40,",
        "status: \"suspended\",\n            progress: 55,",
    )
}

/// The others' version: the workshops operating at 70 %, the directory renamed.
fn others() -> String {
    base()
        .replace(
            "status: \"in-progress\",\n            progress: 40,",
            "status: \"operating\",\n            progress: 70,",
        )
        .replace(
            "Annuaire partagé des lieux d'accès au numérique",
            "Annuaire des lieux numériques",
        )
}

/// The conflicted file a `git pull --rebase` leaves: git's "ours" is the
/// upstream (the others), "theirs" the local commit being replayed.
fn conflicted_by_rebase() -> String {
    match merge_texts(FileKind::Group, &base(), &others(), &mine()).unwrap() {
        MergeOutcome::Conflicted { text, labels } => {
            assert_eq!(
                labels,
                [
                    "actions/ateliers-numeriques/status",
                    "actions/ateliers-numeriques/progress"
                ]
            );
            text
        }
        MergeOutcome::Clean(_) => panic!("no conflict"),
    }
}

fn inspection() -> Inspection {
    let changes = vec![diff_texts(Path::new(DIGI), Some(&base()), Some(&mine())).unwrap()];
    let ws = Workspace::open(&fixture()).unwrap();
    let message =
        pacte::sync::commit_message(&changes, ws.referential.as_ref()).unwrap_or_default();
    Inspection {
        changes,
        message,
        referential: ws.referential,
        upstream: Some("origin/main".into()),
        remote: Some("origin".into()),
        operation: None,
        conflicted: Vec::new(),
    }
}

fn panel(app: &App) -> &pacte::tui::sync::SyncPanel {
    match app.screen() {
        Screen::Sync(p) => p,
        s => panic!("not the sync panel: {s:?}"),
    }
}

fn conflicts(app: &App) -> &pacte::tui::sync::ConflictScreen {
    match app.screen() {
        Screen::Conflicts(s) => s,
        s => panic!("not the conflict screen: {s:?}"),
    }
}

/// The panel open on this clone's changes.
fn open_panel(lang: Lang) -> App {
    let mut a = app_in(lang);
    assert_eq!(press(&mut a, "S"), [Effect::Sync(SyncEffect::Inspect)]);
    assert_eq!(panel(&a).phase, Phase::Loading);
    assert!(sync(&mut a, SyncMsg::Inspected(Ok(Box::new(inspection())))).is_empty());
    a
}

fn fr(s: &str) -> String {
    pacte::i18n::french_typography(s)
}

fn pulled(outcome: PullOutcome) -> pacte::sync::Pulled {
    pacte::sync::Pulled {
        outcome,
        upstream_set: None,
        driver_said: Vec::new(),
    }
}

/// The conflict screen after a pull that stopped the rebase.
fn open_conflicts(lang: Lang) -> App {
    let mut a = open_panel(lang);
    press(&mut a, "S");
    sync(&mut a, SyncMsg::Committed(Ok(None)));
    sync(
        &mut a,
        SyncMsg::Pulled(
            Ok(pulled(PullOutcome::Conflict {
                operation: Operation::Rebase,
                files: vec![DIGI.into()],
                others: Vec::new(),
                incoming: Vec::new(),
            })),
            Vec::new(),
        ),
    );
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: false,
        },
    );
    a
}

#[test]
fn the_panel_lists_changes_and_the_generated_message() {
    let a = open_panel(Lang::Fr);
    let p = panel(&a);
    assert_eq!(p.phase, Phase::Ready);
    let lines: Vec<&str> = p.changes.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        lines,
        [
            "Étang de Thau / Réseau Digi'Thau".to_string(),
            fr("« Ateliers numériques itinérants » : en cours → suspendue"),
            fr("« Ateliers numériques itinérants » : avancement 40 % → 55 %"),
        ]
    );
    // The commit message says what changed first, the group in its body.
    assert_eq!(
        p.message,
        fr(
            "Ateliers numériques itinérants : statut et avancement\n\nÉtang de Thau / Réseau Digi'Thau\n- « Ateliers numériques itinérants » : en cours → suspendue\n- « Ateliers numériques itinérants » : avancement 40 % → 55 %\n"
        )
    );
}

#[test]
fn share_commits_with_the_edited_message_then_pulls_then_pushes() {
    let mut a = open_panel(Lang::Fr);
    press(&mut a, "e");
    assert!(matches!(a.popups.last(), Some(Popup::Text { .. })));
    for _ in 0..12 {
        ctrl(&mut a, 'u');
        key(
            &mut a,
            KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE),
        );
    }
    for c in "Réunion du 15 janvier".chars() {
        key(&mut a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    ctrl(&mut a, 's');
    assert!(a.popups.is_empty());
    assert!(panel(&a).edited);
    assert_eq!(
        press(&mut a, "S"),
        [Effect::Sync(SyncEffect::Commit {
            message: "Réunion du 15 janvier".into(),
            force: false,
        })]
    );
    let committed = Committed {
        id: "1a2b3c4".into(),
        message: "Réunion du 15 janvier".into(),
    };
    assert_eq!(
        sync(&mut a, SyncMsg::Committed(Ok(Some(committed)))),
        [Effect::Sync(SyncEffect::Pull)]
    );
    // Others' changes came in: the changed file is reloaded, then push.
    let incoming = vec![diff_texts(Path::new(DIGI), Some(&base()), Some(&others())).unwrap()];
    let changed = vec![DiskChange {
        file: DIGI.into(),
        disk_hash: None,
    }];
    assert_eq!(
        sync(
            &mut a,
            SyncMsg::Pulled(Ok(pulled(PullOutcome::Updated { incoming })), changed)
        ),
        [
            Effect::Reload(DIGI.into()),
            // Said again once the reload has said its own.
            Effect::Sync(SyncEffect::Say(
                Tone::Info,
                "2 actions mises à jour par d'autres".into()
            )),
            Effect::Sync(SyncEffect::Push)
        ]
    );
    assert_eq!(
        a.message,
        Some((
            Tone::Info,
            "2 actions mises à jour par d'autres".to_string()
        ))
    );
    sync(
        &mut a,
        SyncMsg::Pushed(Ok(PushOutcome::Pushed {
            commits: vec![pacte::sync::Committed {
                id: "abc1234".into(),
                message: "Plateforme : en cours → totalement réalisée".into(),
            }],
            to: "origin/main".into(),
        })),
    );
    let p = panel(&a);
    assert_eq!(p.phase, Phase::Done);
    let log: Vec<&str> = p.log.iter().map(|(_, l)| l.as_str()).collect();
    assert_eq!(
        log,
        [
            fr("Commit 1a2b3c4 : Réunion du 15 janvier"),
            fr("Reçu : 2 actions mises à jour par d'autres"),
            fr(
                "  Étang de Thau / Réseau Digi'Thau : « Ateliers numériques itinérants » : en cours → en fonctionnement ; « Ateliers numériques itinérants » : avancement 40 % → 70 % ; « Annuaire des lieux numériques » : titre modifié"
            ),
            fr("Envoyé : 1 commit vers origin/main."),
            "  abc1234 Plateforme : en cours → totalement réalisée".to_string(),
        ]
    );
    insta::assert_snapshot!("fr_sync_shared", render(&a));
}

#[test]
fn unsaved_edits_block_sharing_and_errors_are_explained() {
    let mut a = app_in(Lang::Fr);
    a.unsaved.insert(Id::new("reseau-digi-thau").unwrap());
    assert!(press(&mut a, "S").is_empty());
    assert!(matches!(a.screen(), Screen::Home(_)));
    assert!(matches!(a.message, Some((Tone::Error, ref m)) if m.contains("pas enregistrées")));

    let mut a = open_panel(Lang::Fr);
    press(&mut a, "S");
    sync(&mut a, SyncMsg::Committed(Ok(None)));
    sync(
        &mut a,
        SyncMsg::Pulled(
            Err("git pull failed: fatal: could not read Username for 'https://git.example.org': terminal prompts disabled".into()),
            Vec::new(),
        ),
    );
    let p = panel(&a);
    assert_eq!(p.phase, Phase::Failed);
    assert!(
        p.log
            .last()
            .unwrap()
            .1
            .starts_with("Authentification refusée"),
        "{:?}",
        p.log
    );
    // S retries from the commit.
    assert_eq!(
        press(&mut a, "S"),
        [Effect::Sync(SyncEffect::Commit {
            message: panel(&a).message.clone(),
            force: false,
        })]
    );

    // Outside a clone.
    let mut a = app_in(Lang::Fr);
    press(&mut a, "S");
    sync(
        &mut a,
        SyncMsg::Inspected(Err("/tmp/x is not in a git repository".into())),
    );
    assert_eq!(panel(&a).phase, Phase::Unavailable);
    assert!(press(&mut a, "S").is_empty());
    insta::assert_snapshot!("fr_sync_unavailable", render(&a));
}

#[test]
fn a_conflicting_pull_opens_the_conflict_screen_yours_on_the_left() {
    let mut a = open_panel(Lang::Fr);
    press(&mut a, "S");
    sync(&mut a, SyncMsg::Committed(Ok(None)));
    let effects = sync(
        &mut a,
        SyncMsg::Pulled(
            Ok(pulled(PullOutcome::Conflict {
                operation: Operation::Rebase,
                files: vec![DIGI.into()],
                others: Vec::new(),
                incoming: Vec::new(),
            })),
            Vec::new(),
        ),
    );
    assert_eq!(effects, [Effect::Sync(SyncEffect::LoadConflicts)]);
    assert_eq!(panel(&a).phase, Phase::Conflicts);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: false,
        },
    );
    let s = conflicts(&a);
    assert!(!s.mine_is_ours());
    assert_eq!(s.total(), 2);
    let screen = render(&a);
    // Yours (suspended, 55) on the left, the others' (operating, 70) on the right.
    let line = screen
        .lines()
        .find(|l| l.contains("suspendue"))
        .expect("yours shown");
    assert!(
        line.find("suspendue").unwrap() < line.find("en fonctionnement").unwrap(),
        "{screen}"
    );
}

#[test]
fn conflicts_resolved_field_by_field_write_the_canonical_file() {
    let mut a = open_conflicts(Lang::Fr);
    // Finishing with conflicts left is refused.
    assert!(press(&mut a, "S").is_empty());
    // The keys named are the keymap's choice keys, not a and b (which open
    // the alerts and the board).
    let Some((Tone::Error, m)) = &a.message else {
        panic!("no message")
    };
    assert!(m.starts_with("2 conflits sans choix"), "{m}");
    assert!(
        m.contains("< (chez vous), > (chez les autres), 3 (les deux)"),
        "{m}"
    );
    assert!(!m.contains(" a (") && !m.contains(" b ("), "{m}");
    // Status: yours. The cursor moves on to the next conflict.
    press(&mut a, "v");
    let s = conflicts(&a);
    assert_eq!(s.current(), Some(Row::Conflict(0, 1)));
    assert_eq!(s.files[0].choices[0], Some(Resolution::Theirs));
    // Progress: both values cannot be kept in one field.
    press(&mut a, "3");
    assert!(matches!(a.message, Some((Tone::Error, ref m)) if m.starts_with("Les deux versions")));
    assert_eq!(conflicts(&a).files[0].choices[1], None);
    // Progress: the others', then changed by hand to 65.
    press(&mut a, ">");
    assert_eq!(conflicts(&a).files[0].choices[1], Some(Resolution::Ours));
    press(&mut a, "k");
    insta::assert_snapshot!("fr_conflicts", render(&a));
    press(&mut a, "j");
    press(&mut a, "e");
    let Some(Popup::Text { editor, .. }) = a.popups.last() else {
        panic!("no editor")
    };
    assert_eq!(editor.text(), "55");
    ctrl(&mut a, 'u');
    press(&mut a, "abc");
    ctrl(&mut a, 's');
    // Not a number: refused, the editor stays open with the text.
    assert!(matches!(a.popups.last(), Some(Popup::Text { .. })));
    assert!(matches!(a.message, Some((Tone::Error, _))));
    ctrl(&mut a, 'u');
    press(&mut a, "65");
    ctrl(&mut a, 's');
    assert!(a.popups.is_empty());
    assert_eq!(
        conflicts(&a).files[0].choices[1],
        Some(Resolution::Value("65".into()))
    );
    insta::assert_snapshot!("fr_conflicts_edited", render(&a));

    let effects = press(&mut a, "S");
    let expected = FileKind::Group
        .canonicalize(
            &others()
                .replace("status: \"operating\"", "status: \"suspended\"")
                .replace("progress: 70,", "progress: 65,"),
        )
        .unwrap();
    assert_eq!(
        effects,
        [Effect::Sync(SyncEffect::Resolve {
            files: vec![ResolvedFile {
                path: DIGI.into(),
                conflicted: conflicted_by_rebase(),
                resolved: expected,
            }],
            finish: true,
            force: false,
        })]
    );
    // The rebase finished: back to the panel, which sends.
    let effects = sync(
        &mut a,
        SyncMsg::Resolved {
            saved: Ok(1),
            finished: Some(Ok(ContinueOutcome::Done(Operation::Rebase))),
            changed: Vec::new(),
        },
    );
    assert_eq!(effects, [Effect::Sync(SyncEffect::Push)]);
    assert!(matches!(a.screen(), Screen::Sync(_)));
}

#[test]
fn in_a_merge_yours_is_git_ours_and_leaving_keeps_the_choices() {
    let mut a = app_in(Lang::Fr);
    // A merge: git's ours is this clone.
    let text = match merge_texts(FileKind::Group, &base(), &mine(), &others()).unwrap() {
        MergeOutcome::Conflicted { text, .. } => text,
        MergeOutcome::Clean(_) => panic!("no conflict"),
    };
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Merge),
            files: vec![(DIGI.into(), Some(text.clone()))],
            quiet: true,
        },
    );
    assert!(conflicts(&a).mine_is_ours());
    press(&mut a, "<");
    assert_eq!(conflicts(&a).files[0].choices[0], Some(Resolution::Ours));
    // Esc writes the choice made, the other conflict stays between markers.
    let effects = esc(&mut a);
    assert!(matches!(a.screen(), Screen::Home(_)));
    let [Effect::Sync(SyncEffect::Resolve { files, finish, .. })] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(!finish);
    assert!(
        !files[0]
            .resolved
            .contains("(actions/ateliers-numeriques/status)")
    );
    assert!(
        files[0]
            .resolved
            .contains("<<<<<<< ours (actions/ateliers-numeriques/progress)")
    );
    sync(
        &mut a,
        SyncMsg::Resolved {
            saved: Ok(1),
            finished: None,
            changed: Vec::new(),
        },
    );
    assert!(matches!(a.message, Some((Tone::Info, ref m)) if m.starts_with("Choix enregistrés")));
}

#[test]
fn a_text_conflict_is_shown_raw_and_blocks_finishing() {
    let mut a = app_in(Lang::Fr);
    let raw = "(\n<<<<<<< HEAD\n    version: 1,\n=======\n    version: 2\n>>>>>>> other\n";
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(raw.into()))],
            quiet: true,
        },
    );
    let s = conflicts(&a);
    assert_eq!(s.rows(), [Row::Raw(0)]);
    press(&mut a, "v");
    assert!(matches!(a.message, Some((Tone::Error, ref m)) if m.contains("éditeur de texte")));
    assert!(press(&mut a, "S").is_empty());
    // Abandoning asks first.
    press(&mut a, "Z");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    assert_eq!(press(&mut a, "o"), [Effect::Sync(SyncEffect::Abort)]);
    // At start, nothing to resolve says nothing.
    let mut a = app_in(Lang::Fr);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: None,
            files: Vec::new(),
            quiet: true,
        },
    );
    assert!(matches!(a.screen(), Screen::Home(_)));
    assert_eq!(a.message, None);
}

#[test]
fn a_conflicted_group_shows_a_banner_and_s_opens_its_conflicts() {
    let mut a = app_in(Lang::Fr);
    let gid = Id::new("reseau-digi-thau").unwrap();
    a.broken.insert(gid.clone(), String::new());
    // The diagnostic the loader gives a file with conflict markers.
    let diagnostic =
        pacte::store::read::conflict_markers(Path::new(DIGI), &conflicted_by_rebase()).unwrap();
    a.ws.load_diagnostics.push(diagnostic);
    press(&mut a, "j");
    key(&mut a, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    key(&mut a, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    assert!(matches!(a.screen(), Screen::Group(g) if g.id == gid));
    insta::assert_snapshot!("fr_group_conflict_banner", render(&a));
    assert_eq!(
        press(&mut a, "S"),
        [Effect::Sync(SyncEffect::LoadConflicts)]
    );
}

#[test]
fn renders() {
    let a = open_panel(Lang::Fr);
    insta::assert_snapshot!("fr_sync_panel", render(&a));
    let mut a = open_conflicts(Lang::En);
    press(&mut a, "v");
    insta::assert_snapshot!("en_conflicts", render(&a));
    // The help lists the sharing keys.
    let mut a = app_in(Lang::Fr);
    press(&mut a, "?");
    let mut found = false;
    for _ in 0..20 {
        found |= render(&a).contains("S  partager\u{a0}: commit, récupérer, envoyer");
        press(&mut a, " ");
    }
    assert!(found, "the help does not list S");
}

// Issue 8, the conflict screen for people who are not developers.

#[test]
fn a_value_is_typed_as_everywhere_else_and_refused_in_french() {
    let mut a = open_conflicts(Lang::Fr);
    // Status: typed by its French label, not as RON.
    press(&mut a, "e");
    let Some(Popup::Text { editor, title, .. }) = a.popups.last() else {
        panic!("no editor")
    };
    // Pre-filled with yours, as people read it.
    assert_eq!(editor.text(), "suspendue");
    assert!(title.contains("un statut"), "{title}");
    for _ in 0..3 {
        ctrl(&mut a, 'u');
    }
    for c in "Totalement réalisée".chars() {
        key(&mut a, KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    ctrl(&mut a, 's');
    assert_eq!(
        conflicts(&a).files[0].choices[0],
        Some(Resolution::Value("\"done\"".into()))
    );
    // Progress: a wrong value is refused with a French reason.
    press(&mut a, "e");
    ctrl(&mut a, 'u');
    press(&mut a, "beaucoup");
    ctrl(&mut a, 's');
    let Some((Tone::Error, m)) = &a.message else {
        panic!("not refused")
    };
    assert!(m.contains("n'est pas un avancement"), "{m}");
    assert!(matches!(a.popups.last(), Some(Popup::Text { .. })));
}

#[test]
fn a_raw_conflict_names_the_sides_yours_and_theirs_not_git_s() {
    let mut a = app_in(Lang::Fr);
    let raw = "(\n<<<<<<< ours (x)\n    version: 1,\n=======\n    version: 2\n>>>>>>> theirs (x)\n";
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(raw.into()))],
            quiet: true,
        },
    );
    let screen = render(&a);
    // During a rebase, git's "ours" is the others' version.
    assert!(screen.contains("<<<<<<< chez les autres"), "{screen}");
    assert!(screen.contains(">>>>>>> chez vous"), "{screen}");
    assert!(!screen.contains("ours (x)"), "{screen}");
}

#[test]
fn the_conflict_screen_reads_the_files_again_when_one_is_fixed_on_disk() {
    let mut a = open_conflicts(Lang::Fr);
    let effects = update(
        &mut a,
        Msg::DiskChanged(vec![DiskChange {
            file: DIGI.into(),
            disk_hash: None,
        }]),
    );
    assert!(
        effects.contains(&Effect::Sync(SyncEffect::LoadConflicts)),
        "{effects:?}"
    );
}

#[test]
fn markers_committed_without_a_merge_are_named_as_such() {
    let mut a = app_in(Lang::Fr);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: None,
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: true,
        },
    );
    let screen = render(&a);
    assert!(screen.contains("aucune fusion en cours"), "{screen}");
    assert!(!screen.contains("La fusion est arrêté"), "{screen}");
}

#[test]
fn finishing_a_rebase_found_at_start_goes_on_to_send() {
    let mut a = app_in(Lang::Fr);
    // Found at start, no panel open.
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: true,
        },
    );
    press(&mut a, "vv");
    let effects = sync(
        &mut a,
        SyncMsg::Resolved {
            saved: Ok(1),
            finished: Some(Ok(ContinueOutcome::Done(Operation::Rebase))),
            changed: Vec::new(),
        },
    );
    assert_eq!(effects, [Effect::Sync(SyncEffect::Push)]);
    assert!(matches!(a.screen(), Screen::Sync(_)), "{:?}", a.screens);
}

#[test]
fn files_with_errors_are_shared_only_when_confirmed() {
    let mut a = open_panel(Lang::Fr);
    press(&mut a, "S");
    let retry = SyncEffect::Commit {
        message: "m".into(),
        force: true,
    };
    sync(
        &mut a,
        SyncMsg::Refused {
            errors: vec!["groups/x.ron:3:5 virgule attendue".into()],
            retry: Box::new(retry.clone()),
        },
    );
    assert_eq!(panel(&a).phase, Phase::Failed);
    assert!(
        panel(&a)
            .log
            .iter()
            .any(|(_, l)| l.contains("groups/x.ron:3:5"))
    );
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    // No: nothing is shared.
    assert!(press(&mut a, "n").is_empty());
    // Yes (after asking again): the step again, forced.
    sync(
        &mut a,
        SyncMsg::Refused {
            errors: vec!["groups/x.ron:3:5 virgule attendue".into()],
            retry: Box::new(retry.clone()),
        },
    );
    assert_eq!(press(&mut a, "o"), [Effect::Sync(retry)]);
}

#[test]
fn a_remote_without_upstream_is_named_not_said_missing() {
    let mut a = app_in(Lang::Fr);
    press(&mut a, "S");
    let mut i = inspection();
    i.upstream = None;
    sync(&mut a, SyncMsg::Inspected(Ok(Box::new(i))));
    let screen = render(&a);
    assert!(!screen.contains("aucun dépôt distant"), "{screen}");
    assert!(screen.contains("origin"), "{screen}");
}

#[test]
fn a_file_deleted_on_one_side_is_a_conflict_to_fix_not_resolved() {
    let mut a = app_in(Lang::Fr);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), None)],
            quiet: false,
        },
    );
    let s = conflicts(&a);
    assert_eq!(s.open_count(), 1);
    assert!(press(&mut a, "S").is_empty(), "finishing must be refused");
    let screen = render(&a);
    assert!(
        !screen.contains("Tous les conflits sont résolus"),
        "{screen}"
    );
    assert!(screen.contains("git add"), "{screen}");
}

#[test]
fn the_panel_says_where_it_sent_after_a_sync_finished_from_the_conflicts() {
    let mut a = app_in(Lang::Fr);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: true,
        },
    );
    press(&mut a, "vv");
    sync(
        &mut a,
        SyncMsg::Resolved {
            saved: Ok(1),
            finished: Some(Ok(ContinueOutcome::Done(Operation::Rebase))),
            changed: Vec::new(),
        },
    );
    sync(
        &mut a,
        SyncMsg::Pushed(Ok(PushOutcome::Pushed {
            commits: vec![Committed {
                id: "abc1234".into(),
                message: "x".into(),
            }],
            to: "origin/main".into(),
        })),
    );
    let screen = render(&a);
    assert!(screen.contains("Partagé avec origin/main"), "{screen}");
    assert!(!screen.contains("aucun dépôt distant"), "{screen}");
}
