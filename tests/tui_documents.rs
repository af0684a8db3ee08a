//! A deliverable's document in the interface: `J` links it (checked by the
//! edit layer), `V` asks the runtime to open it; the real binary hands it
//! to the system's opener (a stand-in `xdg-open` on `PATH` records what it
//! is given) and refuses a file reached through a symbolic link.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tmux::{self, Tmux};
use common::tui::{Tui, app, keys, render, typ};
use common::tui_fixture::{TO_ATELIERS, ateliers, open_ateliers};
use pacte::tui::Lang;
use pacte::tui::msg::{Effect, Msg};
use pacte::tui::update::update;
use std::fs;
use std::path::Path;

const DIGI: &str = "groups/reseau-digi-thau.ron";

fn status(a: &pacte::tui::app::App) -> String {
    a.message
        .as_ref()
        .map(|(_, m)| m.replace(['\u{a0}', '\u{202f}'], " "))
        .unwrap_or_default()
}

#[test]
fn j_links_the_deliverable_under_the_cursor_and_v_asks_to_open_it() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    // Not on the deliverables: V says where to go.
    assert!(keys(&mut a, "V").is_empty());
    assert!(
        status(&a).contains("Choisissez un livrable"),
        "{}",
        status(&a)
    );
    // On « Calendrier des tournées »: no document yet.
    assert!(keys(&mut a, "tab V").is_empty());
    assert!(
        status(&a).contains("« Calendrier des tournées » : pas de document (J : lier)"),
        "{}",
        status(&a)
    );
    keys(&mut a, "J");
    typ(&mut a, "docs/calendrier 2025.pdf");
    // The file is looked for by the runtime before the link is made.
    let effects = keys(&mut a, "enter");
    let target = match effects.as_slice() {
        [
            Effect::CheckDocument {
                target,
                label,
                document,
            },
        ] => {
            assert_eq!(
                (label.as_str(), document.as_str()),
                ("Calendrier des tournées", "docs/calendrier 2025.pdf")
            );
            target.clone()
        }
        other => panic!("{other:?}"),
    };
    assert_eq!(ateliers(&a).deliverables[0].document, None);
    // Not there yet: linked all the same, and said.
    let effects = update(
        &mut a,
        Msg::DocumentChecked {
            target,
            label: "Calendrier des tournées".into(),
            document: "docs/calendrier 2025.pdf".into(),
            result: Ok(Some("pas encore là".into())),
        },
    );
    assert_eq!(status(&a), "pas encore là");
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::SaveGroup(g) if g.as_str() == "reseau-digi-thau")),
        "{effects:?}"
    );
    assert_eq!(
        ateliers(&a).deliverables[0].document.as_deref(),
        Some("docs/calendrier 2025.pdf")
    );
    assert_eq!(
        keys(&mut a, "V"),
        [Effect::OpenDocument {
            label: "Calendrier des tournées".into(),
            document: "docs/calendrier 2025.pdf".into(),
        }]
    );
    // Undo takes the link away again.
    keys(&mut a, "u");
    assert_eq!(ateliers(&a).deliverables[0].document, None);
}

#[test]
fn a_path_that_leaves_the_workspace_is_refused_and_nothing_changes() {
    let mut a = app("tui", Lang::Fr);
    open_ateliers(&mut a);
    keys(&mut a, "tab j J");
    typ(&mut a, "../../etc/passwd");
    let effects = keys(&mut a, "enter");
    assert!(
        !effects.iter().any(|e| matches!(e, Effect::SaveGroup(_))),
        "{effects:?}"
    );
    assert_eq!(ateliers(&a).deliverables[1].document, None);
    let screen = render(&a, 80, 24).replace('\u{a0}', " ");
    assert!(
        screen.contains("ne nomme pas un fichier de l'espace de travail"),
        "{screen}"
    );
}

#[test]
fn j_refuses_a_file_reached_through_a_link_and_says_a_file_not_there_yet() {
    let mut t = Tui::new("tui", Lang::Fr);
    fs::create_dir_all(t.root().join("docs")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", t.root().join("docs/lien.txt")).unwrap();
    let before = t.file(DIGI);
    t.press(TO_ATELIERS).press("tab J");
    t.typ("docs/lien.txt").press("enter");
    assert!(t.status().contains("lien symbolique"), "{}", t.status());
    assert_eq!(t.file(DIGI), before);
    t.press("J").typ("docs/bilan.pdf").press("enter");
    assert!(
        t.status()
            .replace('\u{a0}', " ")
            .contains("« docs/bilan.pdf » n'est pas encore dans l'espace de travail"),
        "{}",
        t.status()
    );
    assert!(t.file(DIGI).contains("document: \"docs/bilan.pdf\""));
}

#[test]
fn the_deliverables_pane_shows_each_document() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press(TO_ATELIERS).press("tab J");
    t.typ("docs/calendrier-des-tournees-2025.pdf")
        .press("enter");
    assert!(
        t.file(DIGI)
            .contains("document: \"docs/calendrier-des-tournees-2025.pdf\""),
        "{}",
        t.file(DIGI)
    );
    assert!(t.file(DIGI).starts_with("(\n    version: 4,\n"));
    insta::assert_snapshot!("fr_deliverables_with_document_80", t.screen(80, 24));
    insta::assert_snapshot!("fr_deliverables_with_document_120", t.screen(120, 40));
}

/// A stand-in for the system's opener: appends each argument to `log`.
fn fake_opener(bin: &Path, log: &Path) {
    fs::create_dir_all(bin).unwrap();
    let script = bin.join("xdg-open");
    fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
}

fn wait_for_lines(log: &Path, n: usize) -> Vec<String> {
    for _ in 0..100 {
        if let Ok(s) = fs::read_to_string(log)
            && s.lines().count() >= n
        {
            return s.lines().map(String::from).collect();
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn v_hands_the_file_to_the_system_opener_and_never_follows_a_link() {
    if !tmux::available() {
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    common::copy_dir(&common::tui::fixture("tui"), &ws);
    fs::create_dir_all(ws.join("docs")).unwrap();
    fs::write(ws.join("docs/calendrier.pdf"), b"%PDF-1.4").unwrap();
    fs::write(tmp.path().join("secret.pdf"), b"%PDF-1.4").unwrap();
    std::os::unix::fs::symlink(tmp.path().join("secret.pdf"), ws.join("docs/bilan.pdf")).unwrap();
    let text = fs::read_to_string(ws.join(DIGI)).unwrap();
    let linked = text
        .replacen(
            "label: \"Calendrier des tournées\",\n                    done: true,\n",
            "label: \"Calendrier des tournées\",\n                    done: true,\n                    document: \"docs/calendrier.pdf\",\n",
            1,
        )
        .replacen(
            "label: \"Bilan annuel\",\n                    done: false,\n",
            "label: \"Bilan annuel\",\n                    done: false,\n                    document: \"docs/bilan.pdf\",\n",
            1,
        );
    assert_ne!(linked, text);
    fs::write(ws.join(DIGI), linked).unwrap();
    let bin = tmp.path().join("bin");
    let log = tmp.path().join("opened.log");
    fake_opener(&bin, &log);

    let env = format!("PACTE_TODAY=2025-01-15 PATH='{}':\"$PATH\"", bin.display());
    let line = tmux::pacte_line(&env, &ws);
    let t = Tmux::start("pacte-pty-open", &line, 80, 24);
    t.wait_for("Territoire");
    for k in TO_ATELIERS.split_whitespace() {
        t.keys(&[if k == "enter" { "Enter" } else { k }]);
    }
    t.wait_for("Ateliers");
    t.keys(&["Tab", "V"]);
    let opened = wait_for_lines(&log, 1);
    let expected = std::path::absolute(ws.join("docs/calendrier.pdf")).unwrap();
    assert_eq!(opened, [expected.display().to_string()]);
    // The screen is the interface's still, and it takes keys.
    let s = t.wait_for("Ouverture de");
    assert!(s.contains("Calendrier des tournées"), "{s}");
    // « Bilan annuel » names a link to a file outside: refused, said.
    t.keys(&["j", "V"]);
    let s = t.wait_for("lien symbolique");
    assert!(s.contains("Bilan annuel"), "{s}");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_eq!(wait_for_lines(&log, 1).len(), 1, "the link was opened");
    t.keys(&["q"]);
    let s = t.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
}
