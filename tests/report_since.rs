//! `pacte report --since REV` lists everything that changed since, in every
//! format: governance meetings, partners added, progress, due dates,
//! deliverables and decisions, besides statuses and measurements; a
//! committee dated after today is planned, not held.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use calamine::{Data, Reader, Xlsx};
use pacte::domain::{
    CopilStage, Deliverable, EntryKind, Id, JournalEntry, Meeting, MeetingKind, Organisation,
};
use pacte::store::Workspace;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=t", "-c", "user.email=t@t"])
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_AUTHOR_DATE", "2024-06-13T10:00:00")
        .env("GIT_COMMITTER_DATE", "2024-06-13T10:00:00")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn meeting(date: &str, kind: MeetingKind, stage: Option<CopilStage>) -> Meeting {
    Meeting {
        date: date.parse().unwrap(),
        kind,
        stage,
        territory: None,
        participants: 31,
        organisations: vec![id("departement")],
        decisions: Vec::new(),
        ..Default::default()
    }
}

/// The annex committed, then edited without committing: the report compares
/// the working tree with `HEAD`.
fn edited_workspace() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annex"),
        &ws,
    );
    git(&ws, &["init", "-q"]);
    git(&ws, &["add", "-A"]);
    git(&ws, &["commit", "-q", "-m", "COPIL intermédiaire"]);
    let mut w = Workspace::open(&ws).unwrap();
    // Governance: a COPIL held, and one planned after "today".
    w.governance.meetings.push(meeting(
        "2024-09-20",
        MeetingKind::Copil,
        Some(CopilStage::Other),
    ));
    w.governance.meetings.push(meeting(
        "2025-12-10",
        MeetingKind::Copil,
        Some(CopilStage::Final),
    ));
    w.save_governance().unwrap();
    // A partner joins.
    w.referential
        .as_mut()
        .unwrap()
        .organisations
        .push(Organisation {
            reseaux_porteurs: vec!["ccas-cias".into()],
            ..Organisation::new(id("ccas-sete"), "CCAS de Sète")
        });
    w.save_referential().unwrap();
    // An action: progress, due date, a deliverable done, a decision.
    let g = id("pc-illectronisme");
    let a = w
        .group_mut(&g)
        .unwrap()
        .action_mut(&id("ateliers-numeriques-de-proximite"))
        .unwrap();
    a.progress = 90;
    a.due = Some("2025-06-30".parse().unwrap());
    a.deliverables.push(Deliverable {
        label: "Guide des ateliers".into(),
        done: true,
        document: None,
    });
    a.journal.push(JournalEntry {
        date: "2024-09-20".parse().unwrap(),
        kind: EntryKind::Decision,
        text: "Ouvrir deux ateliers à Lunel.".into(),
        ..Default::default()
    });
    w.save_group(&g).unwrap();
    (tmp, ws)
}

fn report(ws: &Path, format: &str) -> Vec<u8> {
    // `PACTE_TEST_BIN`: an older build, to show the test fails on it.
    let bin = std::env::var_os("PACTE_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pacte")));
    let out = assert_cmd::Command::new(bin)
        .current_dir(ws)
        .env("PACTE_TODAY", "2024-10-01")
        .args(["report", "--format", format, "--since", "HEAD"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn nb(s: &str) -> String {
    pacte::i18n::french_typography(s)
}

#[test]
fn json_lists_every_kind_of_change() {
    let (_tmp, ws) = edited_workspace();
    let v: serde_json::Value = serde_json::from_slice(&report(&ws, "json")).unwrap();
    let c = &v["changes"];
    let gov = c["governance_meetings"].as_array().unwrap();
    assert_eq!(gov.len(), 2, "{c}");
    assert_eq!(gov[0]["held"], true);
    assert_eq!(gov[1]["held"], false, "a COPIL after today is planned");
    assert_eq!(c["partners_added"][0]["name"], "CCAS de Sète");
    assert_eq!(c["progress_changes"][0]["to"], 90);
    assert_eq!(c["due_changes"][0]["to"], "2025-06-30");
    assert_eq!(c["deliverables"][0]["label"], "Guide des ateliers");
    assert_eq!(c["decisions"][0]["text"], "Ouvrir deux ateliers à Lunel.");
}

#[test]
fn markdown_and_html_list_them_in_french() {
    let (_tmp, ws) = edited_workspace();
    let md = String::from_utf8(report(&ws, "md")).unwrap();
    for expected in [
        "### COPIL et comités locaux (2)",
        "COPIL final prévu (10/12/2025)",
        "COPIL autre tenu, 31 participants (20/09/2024)",
        "### Structures partenaires ajoutées (1)",
        "- CCAS de Sète",
        "### Avancements modifiés (1)",
        "### Échéances modifiées (1)",
        "### Livrables (1)",
        "### Décisions et suites à donner (1)",
    ] {
        assert!(md.contains(&nb(expected)), "{expected}\n{md}");
    }
    assert!(
        md.contains(&nb(
            "Ateliers numériques de proximité : 30/06/2021 → 30/06/2025"
        )),
        "{md}"
    );
    let html = String::from_utf8(report(&ws, "html")).unwrap();
    assert!(html.contains(&nb("COPIL final prévu")), "{html}");
    assert!(html.contains("CCAS de Sète"), "{html}");
    assert!(html.contains("Ouvrir deux ateliers à Lunel."), "{html}");
}

#[test]
fn csv_and_xlsx_carry_the_changes_too() {
    let (_tmp, ws) = edited_workspace();
    let csv = String::from_utf8(report(&ws, "csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.ends_with("Évolutions depuis le 13/06/2024"),
        "{header}"
    );
    let row = csv
        .lines()
        .find(|l| l.contains("ateliers-numeriques-de-proximite"))
        .unwrap();
    assert!(row.contains(&nb("Avancements modifiés : ")), "{row}");
    assert!(row.contains("→ 90 %"), "{row}");

    let path = ws.join("bilan.xlsx");
    fs::write(&path, report(&ws, "xlsx")).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook(&path).unwrap();
    assert!(book.sheet_names().contains(&"Évolutions".to_string()));
    let sheet = book.worksheet_range("Évolutions").unwrap();
    let texts: Vec<String> = sheet
        .rows()
        .flat_map(|r| r.iter().map(|c| c.to_string()))
        .collect();
    assert!(texts.iter().any(|t| t == "CCAS de Sète"), "{texts:?}");
    assert!(
        texts.iter().any(|t| t.contains("Ouvrir deux ateliers")),
        "{texts:?}"
    );
    // Dated changes carry real dates.
    assert!(
        sheet
            .rows()
            .any(|r| matches!(r.get(4), Some(Data::DateTime(_)))),
        "no date cell"
    );
}
