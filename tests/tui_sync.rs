//! The sync panel without files (`update` tests): changes and the
//! generated message, commit → pull → push as effects out and results in,
//! what blocks sharing and how errors read, renders at 80×24 (insta).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{app, keys, render_quoted, typ};
use common::tui_fixture::DIGI;
use common::tui_sync::*;
use pacte::domain::Id;
use pacte::i18n::french_typography as fr;
use pacte::store::DiskChange;
use pacte::sync::diff::diff_texts;
use pacte::sync::{Committed, ContinueOutcome, Operation, PullOutcome, PushOutcome};
use pacte::tui::Lang;
use pacte::tui::app::{Popup, Screen, Tone};
use pacte::tui::msg::Effect;
use pacte::tui::sync::{Phase, SyncEffect, SyncMsg};
use std::path::Path;

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
    keys(&mut a, "e");
    assert!(matches!(a.popups.last(), Some(Popup::Text { .. })));
    for _ in 0..12 {
        keys(&mut a, "ctrl-u");
        keys(&mut a, "backspace");
    }
    typ(&mut a, "Réunion du 15 janvier");
    keys(&mut a, "ctrl-s");
    assert!(a.popups.is_empty());
    assert!(panel(&a).edited);
    assert_eq!(
        keys(&mut a, "S"),
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
    insta::assert_snapshot!("fr_sync_shared", render_quoted(&a, 80, 24));
}

#[test]
fn unsaved_edits_block_sharing_and_errors_are_explained() {
    let mut a = app("tui", Lang::Fr);
    a.unsaved.insert(Id::new("reseau-digi-thau").unwrap());
    assert!(keys(&mut a, "S").is_empty());
    assert!(matches!(a.screen(), Screen::Home(_)));
    assert!(matches!(a.message, Some((Tone::Error, ref m)) if m.contains("pas enregistrées")));

    let mut a = open_panel(Lang::Fr);
    keys(&mut a, "S");
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
        keys(&mut a, "S"),
        [Effect::Sync(SyncEffect::Commit {
            message: panel(&a).message.clone(),
            force: false,
        })]
    );

    // Outside a clone.
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "S");
    sync(
        &mut a,
        SyncMsg::Inspected(Err("/tmp/x is not in a git repository".into())),
    );
    assert_eq!(panel(&a).phase, Phase::Unavailable);
    assert!(keys(&mut a, "S").is_empty());
    insta::assert_snapshot!("fr_sync_unavailable", render_quoted(&a, 80, 24));
}

#[test]
fn files_with_errors_are_shared_only_when_confirmed() {
    let mut a = open_panel(Lang::Fr);
    keys(&mut a, "S");
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
    assert!(keys(&mut a, "n").is_empty());
    // Yes (after asking again): the step again, forced.
    sync(
        &mut a,
        SyncMsg::Refused {
            errors: vec!["groups/x.ron:3:5 virgule attendue".into()],
            retry: Box::new(retry.clone()),
        },
    );
    assert_eq!(keys(&mut a, "o"), [Effect::Sync(retry)]);
}

#[test]
fn a_remote_without_upstream_is_named_not_said_missing() {
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "S");
    let mut i = inspection();
    i.upstream = None;
    sync(&mut a, SyncMsg::Inspected(Ok(Box::new(i))));
    let screen = render_quoted(&a, 80, 24);
    assert!(!screen.contains("aucun dépôt distant"), "{screen}");
    assert!(screen.contains("origin"), "{screen}");
}

#[test]
fn the_panel_says_where_it_sent_after_a_sync_finished_from_the_conflicts() {
    let mut a = app("tui", Lang::Fr);
    sync(
        &mut a,
        SyncMsg::Conflicts {
            operation: Some(Operation::Rebase),
            files: vec![(DIGI.into(), Some(conflicted_by_rebase()))],
            quiet: true,
        },
    );
    keys(&mut a, "v v");
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
    let screen = render_quoted(&a, 80, 24);
    assert!(screen.contains("Partagé avec origin/main"), "{screen}");
    assert!(!screen.contains("aucun dépôt distant"), "{screen}");
}

#[test]
fn the_panel_and_the_conflicts_render_and_the_help_lists_sharing() {
    let a = open_panel(Lang::Fr);
    insta::assert_snapshot!("fr_sync_panel", render_quoted(&a, 80, 24));
    let mut a = open_conflicts(Lang::En);
    keys(&mut a, "v");
    insta::assert_snapshot!("en_conflicts", render_quoted(&a, 80, 24));
    // The help lists the sharing keys.
    let mut a = app("tui", Lang::Fr);
    keys(&mut a, "?");
    let mut found = false;
    for _ in 0..20 {
        found |=
            render_quoted(&a, 80, 24).contains("S  partager\u{a0}: commit, récupérer, envoyer");
        keys(&mut a, "space");
    }
    assert!(found, "the help does not list S");
}
