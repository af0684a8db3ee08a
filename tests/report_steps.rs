//! Next steps (*suites à donner*) in `pacte report`, every format read
//! back, and in `pacte check`: on the demo, as of 1 December 2026, when
//! three next steps taken in its 2026 meetings are past their date.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use pacte::demo::write_demo;
use pacte::report::{self, Format, Options, Report};
use pacte::store::Workspace;
use std::fs;
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-12-01";

/// The three overdue next steps of the demo: group, action, text, owner
/// name, due (dd/mm/yyyy), in the report's order (groups by territory).
const OVERDUE: [(&str, &str, &str, &str, &str); 3] = [
    (
        "thau-mobilite",
        "location-deux-roues",
        "Chiffrer le renouvellement des dix vélos et transmettre le devis au Département.",
        "mobilite-solidaire-34",
        "20/11/2026",
    ),
    (
        "biterrois-levee-freins",
        "creches-avip",
        "Faire le point avec la CAF sur la quatrième labellisation.",
        "caf",
        "15/11/2026",
    ),
    (
        "haut-languedoc-levee-freins",
        "garage-solidaire",
        "Trouver un local pour l'antenne à l'ouest du territoire.",
        "garage-solidaire-hauts-cantons",
        "31/10/2026",
    ),
];

fn demo() -> (tempfile::TempDir, PathBuf, Workspace) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("demo");
    write_demo(&dir).unwrap();
    let ws = Workspace::open(&dir).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    (tmp, dir, ws)
}

fn build(ws: &Workspace) -> Report {
    Report::build(ws, &Options::default(), TODAY.parse().unwrap()).unwrap()
}

/// Open next steps counted straight from the files.
fn open_in_files(ws: &Workspace) -> usize {
    ws.groups
        .iter()
        .flat_map(|g| &g.actions)
        .flat_map(|a| &a.journal)
        .filter(|e| e.is_open_step())
        .count()
}

fn owner_name(ws: &Workspace, id: &str) -> String {
    let r = ws.referential.as_ref().unwrap();
    r.organisation_name(&pacte::domain::Id::new(id).unwrap())
        .to_string()
}

#[test]
fn the_evaluation_and_the_alerts_hold_the_demo_s_overdue_next_steps() {
    let (_tmp, _dir, ws) = demo();
    let r = build(&ws);
    let e = &r.evaluation;
    assert_eq!(e.totals.overdue_steps, 3);
    assert_eq!(e.totals.open_steps, open_in_files(&ws));
    assert!(e.totals.open_steps > 3);
    let got: Vec<(&str, &str, &str)> = e
        .overdue_steps()
        .map(|s| (s.group.as_str(), s.action.as_str(), s.text.as_str()))
        .collect();
    let want: Vec<(&str, &str, &str)> = OVERDUE.iter().map(|o| (o.0, o.1, o.2)).collect();
    assert_eq!(got, want);
    let alerts: Vec<_> = r
        .alerts
        .iter()
        .filter(|a| a.kind == pacte::domain::evaluation::AlertKind::OverdueStep)
        .collect();
    assert_eq!(alerts.len(), 3);
    for (a, o) in alerts.iter().zip(&OVERDUE) {
        assert_eq!(a.group.as_ref().unwrap().as_str(), o.0);
        assert_eq!(a.action.as_ref().unwrap().as_str(), o.1);
        assert!(
            a.message.contains(o.2) && a.message.contains(o.4),
            "{}",
            a.message
        );
        assert!(a.message.contains(&owner_name(&ws, o.3)), "{}", a.message);
    }
}

#[test]
fn markdown_and_html_list_the_overdue_next_steps() {
    let (_tmp, _dir, ws) = demo();
    let r = build(&ws);
    let open = r.evaluation.totals.open_steps;
    let md = String::from_utf8(report::render(&r, Format::Markdown).unwrap()).unwrap();
    assert!(
        md.contains(&format!("| Suites à donner ouvertes | {open} |")),
        "{md}"
    );
    assert!(md.contains("| Suites à donner en retard | 3 |"));
    assert!(md.contains("## Suites à donner en retard (3)"));
    assert!(
        md.contains("### Suite à donner en retard (3)"),
        "the alerts"
    );
    for o in &OVERDUE {
        let row = md
            .lines()
            .find(|l| l.starts_with('|') && l.contains(o.2))
            .unwrap_or_else(|| panic!("{} not in\n{md}", o.2));
        assert!(row.contains(&owner_name(&ws, o.3)), "{row}");
        assert!(row.contains(o.4), "{row}");
    }
    let html = String::from_utf8(report::render(&r, Format::Html).unwrap()).unwrap();
    assert!(html.contains("<h2>Suites à donner en retard (3)</h2>"));
    assert!(html.contains(&format!("sur {open} ouvertes")));
    for o in &OVERDUE {
        let text = o.2.replace('\'', "&#39;");
        let row = html
            .split("<tr>")
            .find(|r| r.contains(&text))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(row.contains(o.4), "{row}");
    }
}

#[test]
fn json_carries_the_open_next_steps_and_their_counts() {
    let (_tmp, _dir, ws) = demo();
    let r = build(&ws);
    let json = report::render(&r, Format::Json).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let open = open_in_files(&ws);
    assert_eq!(v["totals"]["open_steps"], open);
    assert_eq!(v["totals"]["overdue_steps"], 3);
    let steps = v["open_steps"].as_array().unwrap();
    assert_eq!(steps.len(), open);
    let late: Vec<_> = steps.iter().filter(|s| s["overdue"] == true).collect();
    assert_eq!(late.len(), 3);
    let first = late[0];
    assert_eq!(first["group"], "thau-mobilite");
    assert_eq!(first["action"], "location-deux-roues");
    assert_eq!(first["owner"], "mobilite-solidaire-34");
    assert_eq!(
        first["owner_name"],
        owner_name(&ws, "mobilite-solidaire-34")
    );
    assert_eq!(first["due"], "2026-11-20");
    assert_eq!(first["date"], "2026-10-14");
    assert_eq!(first["meeting"], "2026-10-14");
    let kinds = v["alerts"].as_array().unwrap();
    assert_eq!(
        kinds.iter().filter(|a| a["kind"] == "overdue-step").count(),
        3
    );
    // Per action.
    let row = v["actions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["action"] == "creches-avip")
        .unwrap();
    assert_eq!(row["overdue_steps"], 1);
}

fn cell(range: &calamine::Range<Data>, row: u32, col: u32) -> Data {
    range.get_value((row, col)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn csv_and_xlsx_count_next_steps_in_the_same_columns() {
    let (_tmp, _dir, ws) = demo();
    let r = build(&ws);
    let e = &r.evaluation;
    let open = e.totals.open_steps;

    let bytes = report::render(&r, Format::Csv).unwrap();
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    let header: Vec<&str> = lines[0].split(';').collect();
    let n = header.len();
    assert_eq!(
        header[n - 2..],
        ["Suites à donner ouvertes", "Suites à donner en retard"]
    );
    let rows: Vec<Vec<&str>> = lines[1..].iter().map(|l| l.split(';').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == n), "{n} columns");
    let sum = |col: usize| -> usize { rows.iter().map(|r| r[col].parse::<usize>().unwrap()).sum() };
    assert_eq!(sum(n - 2), open);
    assert_eq!(sum(n - 1), 3);
    let avip = rows.iter().find(|r| r[8] == "creches-avip").unwrap();
    assert_eq!(avip[n - 1], "1");

    let bytes = report::render(&r, Format::Xlsx).unwrap();
    let mut wb: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).unwrap();
    // The same two columns, last on the actions sheet.
    let a = wb.worksheet_range("Actions").unwrap();
    let w = a.width() as u32;
    assert_eq!(cell(&a, 0, w - 2), Data::String(header[n - 2].into()));
    assert_eq!(cell(&a, 0, w - 1), Data::String(header[n - 1].into()));
    let col_sum = |col: u32| -> f64 {
        (1..a.height() as u32)
            .map(|r| match cell(&a, r, col) {
                Data::Float(v) => v,
                other => panic!("{other:?}"),
            })
            .sum()
    };
    assert_eq!(col_sum(w - 2), open as f64);
    assert_eq!(col_sum(w - 1), 3.0);
    // The figures of the summary.
    let s = wb.worksheet_range("Synthèse").unwrap();
    let figure = |label: &str| {
        (5..20)
            .find(|r| cell(&s, *r, 0) == Data::String(label.into()))
            .map(|r| cell(&s, r, 1))
    };
    assert_eq!(
        figure("Suites à donner ouvertes"),
        Some(Data::Float(open as f64))
    );
    assert_eq!(figure("Suites à donner en retard"), Some(Data::Float(3.0)));
    // The sheet of open next steps, the overdue ones flagged.
    let st = wb.worksheet_range("Suites à donner").unwrap();
    assert_eq!(st.height(), 1 + open);
    assert_eq!(cell(&st, 0, 2), Data::String("Suite à donner".into()));
    let late: Vec<u32> = (1..st.height() as u32)
        .filter(|r| cell(&st, *r, 5) == Data::String("oui".into()))
        .collect();
    assert_eq!(late.len(), 3);
    let r0 = late[0];
    assert_eq!(cell(&st, r0, 2), Data::String(OVERDUE[0].2.into()));
    assert_eq!(
        cell(&st, r0, 3),
        Data::String(owner_name(&ws, OVERDUE[0].3))
    );
    match cell(&st, r0, 4) {
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            assert_eq!((y, m, day), (2026, 11, 20));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(cell(&st, r0, 7), Data::String("2026-10-14".into()));
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

/// 1-based line and column of the `due` of the step `text` in `file`.
fn due_of(file: &Path, text: &str) -> (usize, usize) {
    let src = fs::read_to_string(file).unwrap();
    let lines: Vec<&str> = src.lines().collect();
    let at = lines.iter().position(|l| l.contains(text)).unwrap();
    let due = (at..lines.len())
        .find(|i| lines[*i].trim_start().starts_with("due:"))
        .unwrap();
    let col = lines[due].len() - lines[due].trim_start().len() + 1;
    (due + 1, col)
}

#[test]
fn check_warns_at_each_overdue_next_step_and_counts_it() {
    let (_tmp, dir, _ws) = demo();
    let out = pacte(&dir)
        .args(["check", "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for o in &OVERDUE {
        let file = format!("groups/{}.ron", o.0);
        let (line, col) = due_of(&dir.join(&file), o.2);
        let located = format!("{file}:{line}:{col}");
        let block = text
            .split("\n\n")
            .find(|b| b.contains(&located))
            .unwrap_or_else(|| panic!("{located} not in\n{text}"));
        assert!(block.contains("next step"), "{block}");
        assert!(block.contains(o.2), "{block}");
    }
    // Counted in the summary: one warning more per overdue step than the
    // day before the first was due.
    let before = pacte(&dir)
        .args(["check", "--format", "json"])
        .env("PACTE_TODAY", "2026-10-31")
        .output()
        .unwrap();
    let after = pacte(&dir)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let count = |o: &std::process::Output| {
        let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
        let steps = v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["message"].as_str().unwrap().contains("next step"))
            .count();
        (v["warnings"].as_u64().unwrap(), steps)
    };
    let (w_before, s_before) = count(&before);
    let (w_after, s_after) = count(&after);
    assert_eq!((s_before, s_after), (0, 3));
    assert!(w_after >= w_before + 3, "{w_before} → {w_after}");
    assert!(text.contains(&format!("{w_after} warning")), "{text}");
}
