//! `pacte report` and the evaluation figures, on the fixture of the pact's
//! 2017–2021 annex (17 groups, 38 actions: 9 done, 10 operating, 15 in
//! progress, 4 at project stage).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use pacte::domain::Status;
use pacte::domain::evaluation::Selection;
use pacte::report::{self, Format, Options, Report};
use pacte::store::Workspace;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

const TODAY: &str = "2021-07-31";

fn annex_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/annex")
}

fn annex_report(selection: Selection) -> Report {
    let ws = Workspace::open(&annex_dir()).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    let opts = Options {
        selection,
        since: None,
        ..Default::default()
    };
    Report::build(&ws, &opts, TODAY.parse().unwrap()).unwrap()
}

fn year_2021() -> Selection {
    Selection {
        year: Some(2021),
        ..Default::default()
    }
}

fn pacte(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("pacte").unwrap();
    c.current_dir(dir)
        .env("PACTE_TODAY", TODAY)
        .env_remove("PACTE_WORKSPACE")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join(".config"))
        .env("XDG_DATA_HOME", dir.join(".local/share"));
    c
}

#[test]
fn annex_counts_reproduce_the_pact() {
    let r = annex_report(year_2021());
    let e = &r.evaluation;
    assert_eq!(e.totals.groups, 17);
    assert_eq!(e.totals.actions, 38);
    let s = &e.actions_by_status;
    assert_eq!(s.get(Status::Done), 9);
    assert_eq!(s.get(Status::Operating), 10);
    assert_eq!(s.get(Status::InProgress), 15);
    assert_eq!(s.get(Status::Project), 4);
    assert_eq!(e.totals.projects_realised, 19);
    // Per territory: (groups, project, in progress, operating, done).
    let expected = [
        ("montpellierain", 3, [0, 2, 2, 3]),
        ("etang-de-thau", 3, [1, 3, 2, 1]),
        ("coeur-d-herault", 3, [1, 3, 1, 1]),
        ("petite-camargue", 4, [1, 4, 2, 2]),
        ("biterrois", 3, [1, 3, 2, 1]),
        ("haut-languedoc", 2, [1, 1, 1, 1]),
    ];
    assert_eq!(e.territories.len(), 6);
    for ((id, groups, counts), t) in expected.iter().zip(&e.territories) {
        assert_eq!(t.id.as_str(), *id);
        assert_eq!(t.groups, *groups, "{id}");
        let got: Vec<usize> = t.actions_by_status.iter().map(|(_, n)| n).take(4).collect();
        assert_eq!(got, counts, "{id}");
    }
    // The study shared by Biterrois and Petite Camargue counts in both.
    let sum: usize = e.territories.iter().map(|t| t.actions).sum();
    assert_eq!(sum, 40);
    // A territory selection keeps the shared group.
    let bit = annex_report(Selection {
        territory: Some(pacte::domain::Id::new("biterrois").unwrap()),
        ..year_2021()
    });
    assert_eq!(bit.evaluation.totals.actions, 7);
    assert_eq!(bit.evaluation.territories.len(), 1);
}

#[test]
fn markdown_report_snapshot() {
    let md = report::render(&annex_report(year_2021()), Format::Markdown).unwrap();
    insta::assert_snapshot!(String::from_utf8(md).unwrap());
}

#[test]
fn json_report_snapshot_and_stable_keys() {
    let full = report::render(&annex_report(year_2021()), Format::Json).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&full).unwrap();
    // All six ids, in display order in the text.
    let text = std::str::from_utf8(&full).unwrap();
    let expected = "\n  \"actions_by_status\": {\n    \"project\": 4,\n    \"in-progress\": 15,\n    \"operating\": 10,\n    \"done\": 9,\n    \"suspended\": 0,\n    \"abandoned\": 0\n  },";
    assert!(text.contains(expected), "{text}");
    assert_eq!(v["actions_by_status"].as_object().unwrap().len(), 6);
    assert_eq!(v["actions_by_status"]["done"], 9);
    assert_eq!(v["actions_by_status"]["operating"], 10);
    assert_eq!(v["actions_by_status"]["in-progress"], 15);
    assert_eq!(v["actions_by_status"]["project"], 4);
    let territories = v["territories"].as_array().unwrap();
    assert_eq!(territories.len(), 6);
    assert_eq!(territories[0]["id"], "montpellierain");
    assert_eq!(territories[0]["name"], "Montpelliérain");
    assert_eq!(territories[0]["actions_by_status"]["done"], 3);
    assert_eq!(v["totals"]["actions"], 38);
    assert_eq!(v["actions"].as_array().unwrap().len(), 38);

    // The snapshot: one territory, to stay readable.
    let sel = Selection {
        territory: Some(pacte::domain::Id::new("haut-languedoc").unwrap()),
        ..year_2021()
    };
    let json = report::render(&annex_report(sel), Format::Json).unwrap();
    insta::assert_snapshot!(String::from_utf8(json).unwrap());
}

#[test]
fn csv_is_for_french_excel() {
    let bytes = report::render(&annex_report(year_2021()), Format::Csv).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 BOM first");
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    // CRLF everywhere, no bare LF.
    assert!(text.ends_with("\r\n"));
    assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 1 + 38);
    let header: Vec<&str> = lines[0].split(';').collect();
    assert_eq!(header[0], "Territoires");
    assert_eq!(header[12], "Échéance");
    // Accents are UTF-8 bytes, not escapes.
    assert!(bytes.windows(2).any(|w| w == "É".as_bytes()));
    let n = header.len();
    assert!(
        lines.iter().all(|l| l.split(';').count() == n),
        "{n} columns"
    );
    // A known row: the Digi'Thau network, realised.
    let digi = lines
        .iter()
        .find(|l| l.contains("Réseau Digi'Thau"))
        .unwrap();
    let cells: Vec<&str> = digi.split(';').collect();
    assert_eq!(cells[0], "Étang de Thau");
    assert_eq!(cells[3], "1");
    assert_eq!(cells[9], "Totalement réalisée");
    assert_eq!(cells[10], "100");
    // Dates as dd/mm/yyyy.
    assert!(
        cells[12].len() == 10 && cells[12].as_bytes()[2] == b'/' && cells[12].as_bytes()[5] == b'/',
        "{}",
        cells[12]
    );
    // Decimal comma: mean attainment of the targets.
    let decimals: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split(';').nth(17).unwrap())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(!decimals.is_empty());
    assert!(
        decimals.iter().all(|c| c.contains(',') && !c.contains('.')),
        "{decimals:?}"
    );
    // The multi-territory group lists both territories in one cell.
    assert!(
        text.contains("Petite Camargue | Biterrois")
            || text.contains("Biterrois | Petite Camargue")
    );
}

#[test]
fn csv_neutralises_formulas() {
    let tmp = tempfile::tempdir().unwrap();
    common::copy_dir(&annex_dir(), tmp.path());
    let path = tmp.path().join("groups/hl-freins.ron");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(
        &path,
        text.replace("Mobilité en zone rurale", "=HYPERLINK(\\\"x\\\")"),
    )
    .unwrap();
    let ws = Workspace::open(tmp.path()).unwrap();
    let r = Report::build(&ws, &Options::default(), TODAY.parse().unwrap()).unwrap();
    let csv = String::from_utf8(report::render(&r, Format::Csv).unwrap()).unwrap();
    assert!(csv.contains("'=HYPERLINK("), "{csv}");
    assert!(!csv.contains(";=HYPERLINK(") && !csv.contains(";\"=HYPERLINK("));
}

fn cell(range: &calamine::Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn xlsx_reads_back_with_numbers_and_dates() {
    let bytes = report::render(&annex_report(year_2021()), Format::Xlsx).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "Synthèse",
            "Actions",
            "Alertes",
            "Suites à donner",
            "Gouvernance"
        ]
    );
    let s = wb.worksheet_range("Synthèse").unwrap();
    assert_eq!(cell(&s, 5, 0), Data::String("Groupes de travail".into()));
    assert_eq!(cell(&s, 5, 1), Data::Float(17.0));
    assert_eq!(cell(&s, 6, 1), Data::Float(38.0));
    assert_eq!(cell(&s, 7, 1), Data::Float(19.0));
    assert_eq!(cell(&s, 4, 0), Data::String("Chiffres au".into()));
    assert!(
        matches!(cell(&s, 4, 1), Data::DateTime(_)),
        "{:?}",
        cell(&s, 4, 1)
    );
    // Status × territory table: header, then Montpelliérain.
    let h = report::xlsx::TERRITORY_TABLE_ROW;
    assert_eq!(cell(&s, h, 4), Data::String("Totalement réalisée".into()));
    assert_eq!(cell(&s, h + 1, 0), Data::String("Montpelliérain".into()));
    assert_eq!(cell(&s, h + 1, 4), Data::Float(3.0));
    assert_eq!(cell(&s, h + 1, 7), Data::Float(7.0));
    // Whole pact, no double count.
    let total = h + 7;
    assert_eq!(cell(&s, total, 1), Data::Float(4.0));
    assert_eq!(cell(&s, total, 2), Data::Float(15.0));
    assert_eq!(cell(&s, total, 3), Data::Float(10.0));
    assert_eq!(cell(&s, total, 4), Data::Float(9.0));
    assert_eq!(cell(&s, total, 7), Data::Float(38.0));

    let a = wb.worksheet_range("Actions").unwrap();
    assert_eq!(a.height(), 39);
    // The CSV's columns, in its order.
    let headers: Vec<Data> = (0..21).map(|c| cell(&a, 0, c)).collect();
    let csv_headers: Vec<Data> = report::sheets::action_headers(&annex_report(year_2021()))
        .into_iter()
        .map(Data::String)
        .collect();
    assert_eq!(headers, csv_headers);
    assert_eq!(cell(&a, 0, 10), Data::String("Avancement (%)".into()));
    let mut done = 0;
    for r in 1..39 {
        assert!(
            matches!(cell(&a, r, 10), Data::Float(_)),
            "progress is a number"
        );
        assert!(
            matches!(cell(&a, r, 12), Data::DateTime(_)),
            "due is a date"
        );
        if cell(&a, r, 9) == Data::String("Totalement réalisée".into()) {
            done += 1;
        }
    }
    assert_eq!(done, 9);
    // The first row's due date, as the fixture has it.
    let ws = Workspace::open(&annex_dir()).unwrap();
    let r = annex_report(year_2021());
    let first = &r.evaluation.actions[0];
    let due = ws
        .group(&first.group)
        .unwrap()
        .action(&first.action)
        .unwrap()
        .due
        .unwrap();
    match cell(&a, 1, 12) {
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            assert_eq!(format!("{y:04}-{m:02}-{day:02}"), due.to_string());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn html_is_self_contained() {
    let html = String::from_utf8(report::render(&annex_report(year_2021()), Format::Html).unwrap())
        .unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("<svg"));
    for remote in ["src=", "href=", "@import", "<script", "https://"] {
        assert!(!html.contains(remote), "{remote} in the handout");
    }
    // Only the chart's own textures, inside the document.
    assert_eq!(
        html.matches("url(").count(),
        html.matches("url(#st-").count()
    );
    let http: Vec<_> = html.match_indices("http://").collect();
    assert!(
        html.matches("http://").count() == html.matches("http://www.w3.org/2000/svg").count(),
        "{http:?}"
    );
}

#[test]
fn html_renders_to_a_png_in_headless_chromium() {
    let tmp = tempfile::tempdir().unwrap();
    let Some(mut chromium) = common::chromium(tmp.path()) else {
        eprintln!("SKIPPED: /usr/bin/chromium is not installed (apt-get install chromium)");
        return;
    };
    let html = tmp.path().join("bilan.html");
    let png = tmp.path().join("bilan.png");
    fs::write(
        &html,
        report::render(&annex_report(year_2021()), Format::Html).unwrap(),
    )
    .unwrap();
    let out = chromium
        .arg(format!("--screenshot={}", png.display()))
        .arg("--window-size=1240,1754")
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "chromium failed: {stderr}");
    let bytes = fs::read(&png).unwrap_or_else(|e| panic!("no PNG ({e}): {stderr}"));
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(bytes.len() > 20_000, "PNG too small: {} bytes", bytes.len());
    // Width and height from the IHDR chunk.
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    assert_eq!((w, h), (1240, 1754));
    // No page or console error about the document itself.
    for bad in ["Uncaught", "net::ERR_", "Failed to load resource"] {
        assert!(!stderr.contains(bad), "{bad}: {stderr}");
    }
}

#[test]
fn cli_report_formats_and_options() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    common::copy_dir(&annex_dir(), &ws);
    let out = pacte(&ws)
        .args(["report", "--year", "2021"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Pacte Territorial pour l'Insertion 2017-2021 — Hérault"));
    assert!(md.contains("## Par territoire"));

    // A territory by its name, an axis by its number.
    let out = pacte(&ws)
        .args([
            "report",
            "--format",
            "json",
            "--territory",
            "PETITE CAMARGUE",
            "--axis",
            "1",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["selection"]["territory"], "petite-camargue");
    assert_eq!(v["totals"]["actions"], 5);

    // XLSX to a file, format from the extension.
    pacte(&ws)
        .args(["report", "-o", "bilan.xlsx"])
        .assert()
        .success()
        .stdout(predicate::str::contains("bilan.xlsx"));
    assert!(fs::read(ws.join("bilan.xlsx")).unwrap().starts_with(b"PK"));
    pacte(&ws)
        .args(["report", "-o", "bilan.html"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(ws.join("bilan.html"))
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );

    // Unknown territory: exit 1 with the known ids.
    pacte(&ws)
        .args(["report", "--territory", "Lozère"])
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("territoire inconnu «\u{a0}Lozère\u{a0}»")
                .and(predicate::str::contains("biterrois")),
        );
    // Unknown revision.
    pacte(&ws)
        .args(["report", "--since", "nope"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("n'est ni une date"));
    // `| head`: the reader stops early; no error.
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pacte"))
        .current_dir(&ws)
        .args(["report", "--format", "json"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn git(dir: &Path, args: &[&str], date: &str) {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn since_reads_the_git_history() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    common::copy_dir(&annex_dir(), &ws);
    git(&ws, &["init", "-q"], "2021-01-10T10:00:00");
    git(&ws, &["add", "-A"], "2021-01-10T10:00:00");
    git(
        &ws,
        &["commit", "-q", "-m", "état au COPIL"],
        "2021-01-10T10:00:00",
    );
    // Second commit: a status moves, an indicator is measured, a group is created.
    pacte(&ws)
        .args([
            "set",
            "pc-illectronisme/ateliers-numeriques-de-proximite",
            "status=operating",
            "progress=100",
        ])
        .assert()
        .success();
    pacte(&ws)
        .args([
            "set",
            "montp-illettrisme/reseau-de-referents-illettrisme",
            "indicator.personnes-accompagnees=47@2021-06-30",
        ])
        .assert()
        .success();
    let mut text = fs::read_to_string(ws.join("groups/hl-freins.ron")).unwrap();
    text = text.replace("\"hl-freins\"", "\"hl-nouveau\"");
    fs::write(ws.join("groups/hl-nouveau.ron"), text).unwrap();
    git(&ws, &["add", "-A"], "2021-05-01T10:00:00");
    git(
        &ws,
        &["commit", "-q", "-m", "printemps"],
        "2021-05-01T10:00:00",
    );

    let json = |since: &str| -> serde_json::Value {
        let out = pacte(&ws)
            .args(["report", "--format", "json", "--since", since])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    for since in ["2021-02-01", "01/02/2021", "HEAD~1", "HEAD^"] {
        let v = json(since);
        let c = &v["changes"];
        assert_eq!(c["since"]["asked"], since);
        let moved = c["status_changes"].as_array().unwrap();
        assert_eq!(moved.len(), 1, "{since}: {c}");
        assert_eq!(moved[0]["action"], "ateliers-numeriques-de-proximite");
        assert_eq!(moved[0]["from"], "in-progress");
        assert_eq!(moved[0]["to"], "operating");
        let measured = c["measurements"].as_array().unwrap();
        assert_eq!(measured.len(), 1, "{since}: {c}");
        assert_eq!(measured[0]["value"], 47.0);
        assert_eq!(measured[0]["date"], "2021-06-30");
        assert_eq!(c["groups_created"][0]["group"], "hl-nouveau");
        assert_eq!(c["actions_created"].as_array().unwrap().len(), 2);
        assert!(c["groups_removed"].as_array().unwrap().is_empty());
    }
    // Since a revision, partners are counted from its date.
    assert_eq!(json("HEAD~1")["new_partners"]["since"], "2021-01-10");
    // Before the first commit: everything is new.
    let v = json("2020-12-01");
    assert!(v["changes"]["since"]["revision"].is_null());
    assert_eq!(v["changes"]["groups_created"].as_array().unwrap().len(), 18);
    // Since the last commit: nothing, until an uncommitted edit.
    assert!(
        json("HEAD")["changes"]["status_changes"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    pacte(&ws)
        .args([
            "set",
            "hl-freins/mobilite-en-zone-rurale",
            "status=done",
            "progress=100",
        ])
        .assert()
        .success();
    assert_eq!(
        json("HEAD")["changes"]["status_changes"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    // The Markdown lists them under French headings.
    let out = pacte(&ws)
        .args(["report", "--since", "HEAD~1"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.contains("## Évolutions depuis le 10/01/2021"), "{md}");
    assert!(md.contains("### Statuts modifiés (2)"), "{md}");
    assert!(md.contains("### Indicateurs mesurés (1)"), "{md}");
}

#[test]
fn an_output_of_a_format_pacte_does_not_write_is_refused_and_nothing_written() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path().join("ws");
    common::copy_dir(&annex_dir(), &ws);
    for name in ["bilan.odt", "x.ics", "rapport.pdf"] {
        let out = pacte(&ws).args(["report", "-o", name]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(name) && err.contains(".xlsx"), "{err}");
        assert!(!ws.join(name).exists(), "{name} written");
    }
    // A named format still wins over the extension; .md and no extension
    // are Markdown.
    let out = pacte(&ws)
        .args(["report", "--format", "csv", "-o", "x.ics"])
        .output()
        .unwrap();
    assert!(out.status.success());
    for name in ["bilan.md", "bilan"] {
        pacte(&ws).args(["report", "-o", name]).assert().success();
        let text = fs::read_to_string(ws.join(name)).unwrap();
        assert!(text.starts_with("# Pacte"), "{name}");
    }
}
