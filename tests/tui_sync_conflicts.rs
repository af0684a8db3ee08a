//! The conflict screen without files (`update` tests): a pull stopped on
//! conflicts, yours and the others' sides named as people read them, the
//! choices field by field and the canonical file they write, raw and
//! deleted-file conflicts, finishing and abandoning, renders at 80×24
//! (insta).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, keys, render_quoted, typ};
use common::tui_fixture::DIGI;
use common::tui_sync::*;
use pacte::domain::Id;
use pacte::merge::{FileKind, MergeOutcome, Resolution, merge_texts};
use pacte::store::DiskChange;
use pacte::sync::{ContinueOutcome, Operation, PullOutcome};
use pacte::tui::Lang;
use pacte::tui::app::{Popup, Screen, Tone};
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::sync::{Phase, ResolvedFile, Row, SyncEffect, SyncMsg};
use pacte::tui::update::update;
use std::path::Path;

#[test]
fn a_conflicting_pull_opens_the_conflict_screen_yours_on_the_left() {
    let mut a = open_panel(Lang::Fr);
    keys(&mut a, "S");
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
    let screen = render_quoted(&a, 80, 24);
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
    assert!(keys(&mut a, "S").is_empty());
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
    keys(&mut a, "v");
    let s = conflicts(&a);
    assert_eq!(s.current(), Some(Row::Conflict(0, 1)));
    assert_eq!(s.files[0].choices[0], Some(Resolution::Theirs));
    // Progress: both values cannot be kept in one field.
    keys(&mut a, "3");
    assert!(matches!(a.message, Some((Tone::Error, ref m)) if m.starts_with("Les deux versions")));
    assert_eq!(conflicts(&a).files[0].choices[1], None);
    // Progress: the others', then changed by hand to 65.
    keys(&mut a, ">");
    assert_eq!(conflicts(&a).files[0].choices[1], Some(Resolution::Ours));
    keys(&mut a, "k");
    insta::assert_snapshot!("fr_conflicts", render_quoted(&a, 80, 24));
    keys(&mut a, "j");
    keys(&mut a, "e");
    let Some(Popup::Text { editor, .. }) = a.popups.last() else {
        panic!("no editor")
    };
    assert_eq!(editor.text(), "55");
    keys(&mut a, "ctrl-u");
    typ(&mut a, "abc");
    keys(&mut a, "ctrl-s");
    // Not a number: refused, the editor stays open with the text.
    assert!(matches!(a.popups.last(), Some(Popup::Text { .. })));
    assert!(matches!(a.message, Some((Tone::Error, _))));
    keys(&mut a, "ctrl-u");
    typ(&mut a, "65");
    keys(&mut a, "ctrl-s");
    assert!(a.popups.is_empty());
    assert_eq!(
        conflicts(&a).files[0].choices[1],
        Some(Resolution::Value("65".into()))
    );
    insta::assert_snapshot!("fr_conflicts_edited", render_quoted(&a, 80, 24));

    let effects = keys(&mut a, "S");
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
    let mut a = app("tui", Lang::Fr);
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
    keys(&mut a, "<");
    assert_eq!(conflicts(&a).files[0].choices[0], Some(Resolution::Ours));
    // Esc writes the choice made, the other conflict stays between markers.
    let effects = keys(&mut a, "esc");
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
    let mut a = app("tui", Lang::Fr);
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
    keys(&mut a, "v");
    assert!(matches!(a.message, Some((Tone::Error, ref m)) if m.contains("éditeur de texte")));
    assert!(keys(&mut a, "S").is_empty());
    // Abandoning asks first.
    keys(&mut a, "Z");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    assert_eq!(keys(&mut a, "o"), [Effect::Sync(SyncEffect::Abort)]);
    // At start, nothing to resolve says nothing.
    let mut a = app("tui", Lang::Fr);
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
    let mut a = app("tui", Lang::Fr);
    let gid = Id::new("reseau-digi-thau").unwrap();
    a.broken.insert(gid.clone(), String::new());
    // The diagnostic the loader gives a file with conflict markers.
    let diagnostic =
        pacte::store::read::conflict_markers(Path::new(DIGI), &conflicted_by_rebase()).unwrap();
    a.ws.load_diagnostics.push(diagnostic);
    keys(&mut a, "j");
    keys(&mut a, "enter");
    keys(&mut a, "enter");
    assert!(matches!(a.screen(), Screen::Group(g) if g.id == gid));
    insta::assert_snapshot!("fr_group_conflict_banner", render_quoted(&a, 80, 24));
    assert_eq!(keys(&mut a, "S"), [Effect::Sync(SyncEffect::LoadConflicts)]);
}

// Issue 8, the conflict screen for people who are not developers.

#[test]
fn a_value_is_typed_as_everywhere_else_and_refused_in_french() {
    let mut a = open_conflicts(Lang::Fr);
    // Status: typed by its French label, not as RON.
    keys(&mut a, "e");
    let Some(Popup::Text { editor, title, .. }) = a.popups.last() else {
        panic!("no editor")
    };
    // Pre-filled with yours, as people read it.
    assert_eq!(editor.text(), "suspendue");
    assert!(title.contains("un statut"), "{title}");
    for _ in 0..3 {
        keys(&mut a, "ctrl-u");
    }
    typ(&mut a, "Totalement réalisée");
    keys(&mut a, "ctrl-s");
    assert_eq!(
        conflicts(&a).files[0].choices[0],
        Some(Resolution::Value("\"done\"".into()))
    );
    // Progress: a wrong value is refused with a French reason.
    keys(&mut a, "e");
    keys(&mut a, "ctrl-u");
    typ(&mut a, "beaucoup");
    keys(&mut a, "ctrl-s");
    let Some((Tone::Error, m)) = &a.message else {
        panic!("not refused")
    };
    assert!(m.contains("n'est pas un avancement"), "{m}");
    assert!(matches!(a.popups.last(), Some(Popup::Text { .. })));
}

#[test]
fn a_raw_conflict_names_the_sides_yours_and_theirs_not_git_s() {
    let mut a = app("tui", Lang::Fr);
    let raw = "(\n<<<<<<< ours (x)\n    version: 1,\n=======\n    version: 2\n>>>>>>> theirs (x)\n";
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(raw.into()))],
            quiet: true,
        },
    );
    let screen = render_quoted(&a, 80, 24);
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
    let mut a = app("tui", Lang::Fr);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: None,
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: true,
        },
    );
    let screen = render_quoted(&a, 80, 24);
    assert!(screen.contains("aucune fusion en cours"), "{screen}");
    assert!(!screen.contains("La fusion est arrêté"), "{screen}");
}

#[test]
fn finishing_a_rebase_found_at_start_goes_on_to_send() {
    let mut a = app("tui", Lang::Fr);
    // Found at start, no panel open.
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: true,
        },
    );
    keys(&mut a, "v v");
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
fn a_file_deleted_on_one_side_is_a_conflict_to_fix_not_resolved() {
    let mut a = app("tui", Lang::Fr);
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
    assert!(keys(&mut a, "S").is_empty(), "finishing must be refused");
    let screen = render_quoted(&a, 80, 24);
    assert!(
        !screen.contains("Tous les conflits sont résolus"),
        "{screen}"
    );
    assert!(screen.contains("git add"), "{screen}");
}
