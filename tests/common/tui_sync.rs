//! The sharing scenario the interface tests without files play: the
//! workshops of « Réseau Digi'Thau » changed in this clone (suspended at
//! 55 %) and by others (operating at 70 %, the directory renamed), the
//! conflicted file a rebase leaves, and the sync panel and conflict screen
//! opened on them through the messages the runtime would send.

use super::tui::{app, fixture, keys};
use super::tui_fixture::DIGI;
use pacte::merge::{FileKind, MergeOutcome, merge_texts};
use pacte::store::Workspace;
use pacte::sync::diff::diff_texts;
use pacte::sync::{Operation, PullOutcome};
use pacte::tui::Lang;
use pacte::tui::app::{App, Screen};
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::sync::{ConflictScreen, Inspection, Phase, SyncEffect, SyncMsg, SyncPanel};
use pacte::tui::update::update;
use std::path::Path;

/// A result of the sharing effects, as the runtime sends it.
pub fn sync(app: &mut App, m: SyncMsg) -> Vec<Effect> {
    update(app, Msg::Sync(m))
}

/// The group's file as the fixture has it, the common ancestor.
pub fn base() -> String {
    std::fs::read_to_string(fixture("tui").join(DIGI)).unwrap()
}

/// This clone's version: the workshops suspended at 55 %.
pub fn mine() -> String {
    base().replace(
        "status: \"in-progress\",\n            progress: 40,",
        "status: \"suspended\",\n            progress: 55,",
    )
}

/// The others' version: the workshops operating at 70 %, the directory renamed.
pub fn others() -> String {
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
pub fn conflicted_by_rebase() -> String {
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

/// What the runtime finds in this clone: its changes and their message,
/// an upstream on `origin`.
pub fn inspection() -> Inspection {
    let changes = vec![diff_texts(Path::new(DIGI), Some(&base()), Some(&mine())).unwrap()];
    let ws = Workspace::open(&fixture("tui")).unwrap();
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

/// The sync panel, which must be open.
pub fn panel(app: &App) -> &SyncPanel {
    match app.screen() {
        Screen::Sync(p) => p,
        s => panic!("not the sync panel: {s:?}"),
    }
}

/// The conflict screen, which must be open.
pub fn conflicts(app: &App) -> &ConflictScreen {
    match app.screen() {
        Screen::Conflicts(s) => s,
        s => panic!("not the conflict screen: {s:?}"),
    }
}

/// The panel open on this clone's changes.
pub fn open_panel(lang: Lang) -> App {
    let mut a = app("tui", lang);
    assert_eq!(keys(&mut a, "S"), [Effect::Sync(SyncEffect::Inspect)]);
    assert_eq!(panel(&a).phase, Phase::Loading);
    assert!(sync(&mut a, SyncMsg::Inspected(Ok(Box::new(inspection())))).is_empty());
    a
}

/// A pull's result with nothing else to say.
pub fn pulled(outcome: PullOutcome) -> pacte::sync::Pulled {
    pacte::sync::Pulled {
        outcome,
        upstream_set: None,
        driver_said: Vec::new(),
    }
}

/// The conflict screen after a pull that stopped the rebase.
pub fn open_conflicts(lang: Lang) -> App {
    let mut a = open_panel(lang);
    keys(&mut a, "S");
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
