//! `pacte agenda`: the calendar as iCalendar, read back by a real parser
//! (Python's `icalendar`, installed by `.ci/run`), its UIDs stable, its
//! events counted per kind on the demo; the text of what falls due.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use assert_cmd::Command;
use pacte::store::Workspace;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

const TODAY: &str = "2026-12-01";

fn pacte(dir: &Path) -> Command {
    let mut c = common::pacte_in(dir);
    c.env("PACTE_TODAY", TODAY);
    c
}

/// The demo workspace, made by `pacte demo DIR`, in `tmp/demo`.
fn demo(tmp: &Path) -> PathBuf {
    common::demo_in(tmp)
}

fn ics(dir: &Path, args: &[&str]) -> String {
    let out = pacte(dir)
        .args(["agenda", "--format", "ics"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn uids(text: &str) -> Vec<String> {
    let mut v: Vec<String> = text
        .replace("\r\n ", "")
        .lines()
        .filter_map(|l| l.strip_prefix("UID:"))
        .map(str::to_string)
        .collect();
    v.sort();
    v
}

/// Events per kind, from the UIDs' first word.
fn kinds(uids: &[String]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for u in uids {
        let kind = u.split('.').next().unwrap().to_string();
        *out.entry(kind).or_insert(0) += 1;
    }
    out
}

/// What the demo holds, counted from its files.
fn expected_kinds(dir: &Path) -> BTreeMap<String, usize> {
    let ws = Workspace::open(dir).unwrap();
    let r = ws.referential.as_ref().unwrap();
    let meetings =
        ws.governance.meetings.len() + ws.groups.iter().map(|g| g.meetings.len()).sum::<usize>();
    let dues = ws
        .groups
        .iter()
        .flat_map(|g| &g.actions)
        .filter(|a| a.due.is_some())
        .count();
    let steps = ws
        .groups
        .iter()
        .flat_map(|g| &g.actions)
        .flat_map(|a| &a.journal)
        .filter(|e| e.is_open_step() && e.due.is_some())
        .count();
    // 3 COPIL; a local committee per territory for 2022–2026 (2026, the
    // current year, is after the period); an interim evaluation per year
    // of the period.
    let years = (r.period.start..=2026).count();
    let period = (r.period.start..=r.period.end).count();
    let governance = 3 + r.territories.len() * years + period;
    BTreeMap::from([
        ("due".to_string(), dues),
        ("governance".to_string(), governance),
        ("meeting".to_string(), meetings),
        ("step".to_string(), steps),
    ])
}

#[test]
fn demo_calendar_has_every_kind_of_event_once() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo(tmp.path());
    let text = ics(&dir, &[]);
    let uids = uids(&text);
    let got = kinds(&uids);
    assert_eq!(got, expected_kinds(&dir));
    assert_eq!(got["governance"], 37);
    let mut unique = uids.clone();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "a UID given twice");
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(text.lines().all(|l| l.len() <= 76), "a line over 75 octets");
    assert!(text.contains("DTSTAMP:20261201T000000Z\r\n"));
    // Names, not slugs; French by default.
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("SUMMARY:Échéance\u{a0}: COPIL de lancement — tenu le 19/05/2022"));
    assert!(unfolded.contains("Comité local d'animation 2025 — Haut-Languedoc – Ouest Héraultais"));
    assert!(!unfolded.contains("SUMMARY:Réunion\u{a0}: montpellierain-iae"));
    assert!(
        unfolded
            .lines()
            .filter(|l| l.starts_with("SUMMARY:"))
            .all(|l| !l.contains("haut-languedoc") && !l.contains("montpellierain-")),
        "a slug in a summary"
    );
}

#[test]
fn uids_are_stable_across_runs_and_after_an_unrelated_edit() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo(tmp.path());
    let first = ics(&dir, &[]);
    assert_eq!(ics(&dir, &[]), first, "two runs differ");
    // Another day: the DTSTAMP moves, the UIDs do not.
    let other_day = pacte(&dir)
        .env("PACTE_TODAY", "2026-12-02")
        .args(["agenda", "-o", "cal.ics"])
        .output()
        .unwrap();
    assert!(other_day.status.success());
    let other_day = fs::read_to_string(dir.join("cal.ics")).unwrap();
    assert_eq!(uids(&other_day), uids(&first));
    // An edit of an action's status and progress, and of an action's due
    // date: the same events, one of them moved.
    pacte(&dir)
        .args([
            "set",
            "thau-mobilite/location-deux-roues",
            "status=operating",
            "progress=90",
            "due=15/01/2027",
        ])
        .assert()
        .success();
    let edited = ics(&dir, &[]);
    assert_eq!(uids(&edited), uids(&first));
    assert_ne!(edited, first);
    // English words, the same UIDs.
    let en = ics(&dir, &["--lang", "en"]);
    assert_eq!(uids(&en), uids(&first));
    assert!(en.contains("SUMMARY:Deadline: Launch COPIL — held on 2022-05-19"));
}

/// Python's `icalendar`, or `None` (the test is then skipped).
fn python_icalendar() -> Option<()> {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    ok.then_some(())
}

const CHECK_PY: &str = r#"
import sys, datetime, collections, icalendar
data = open(sys.argv[1], 'rb').read()
cal = icalendar.Calendar.from_ical(data)
assert cal['VERSION'] == '2.0', cal['VERSION']
assert cal['PRODID']
kinds = collections.Counter()
uids = set()
for ev in cal.walk('VEVENT'):
    for prop in ('UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY'):
        assert prop in ev, (prop, ev)
    uid = str(ev['UID'])
    assert uid not in uids, uid
    uids.add(uid)
    start = ev.decoded('DTSTART')
    end = ev.decoded('DTEND')
    assert type(start) is datetime.date, (uid, start)
    assert end - start == datetime.timedelta(days=1), uid
    stamp = ev.decoded('DTSTAMP')
    assert stamp == datetime.datetime(2026, 12, 1, tzinfo=datetime.timezone.utc), stamp
    assert str(ev['SUMMARY']).strip(), uid
    kinds[uid.split('.')[0]] += 1
for k in sorted(kinds):
    print(k, kinds[k])
print('summary', cal.walk('VEVENT')[0]['SUMMARY'])
"#;

#[test]
fn a_real_icalendar_parser_reads_every_event() {
    if python_icalendar().is_none() {
        eprintln!("SKIPPED: python3 cannot import icalendar (pip install icalendar)");
        return;
    }
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo(tmp.path());
    pacte(&dir)
        .args(["agenda", "-o", "pti.ics"])
        .assert()
        .success();
    let script = tmp.path().join("check.py");
    fs::write(&script, CHECK_PY).unwrap();
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(dir.join("pti.ics"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected: String = expected_kinds(&dir)
        .iter()
        .map(|(k, n)| format!("{k} {n}\n"))
        .collect();
    assert!(stdout.starts_with(&expected), "{stdout}");
}

#[test]
fn the_text_lists_overdue_then_coming_in_french_or_english() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo(tmp.path());
    let out = pacte(&dir).arg("agenda").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("Pacte Territorial pour l'Insertion 2022-2025"));
    assert_eq!(
        lines[1],
        "À échéance du 01/12/2026 au 12/01/2027 (6 semaines)"
    );
    let late = lines.iter().position(|l| *l == "En retard").unwrap();
    let coming = lines.iter().position(|l| *l == "À venir").unwrap();
    assert!(late < coming);
    // Overdue: the unfinished action due on 31/12/2025 comes first.
    assert!(
        lines[late + 1]
            .starts_with("  31/12/2025  Échéance de l'action «\u{a0}Permanences itinérantes")
    );
    // Coming entries are within six weeks, by date.
    let dates: Vec<chrono::NaiveDate> = lines[coming + 1..]
        .iter()
        .map(|l| chrono::NaiveDate::parse_from_str(&l[2..12], "%d/%m/%Y").unwrap())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    assert!(
        dates
            .iter()
            .all(|d| d.to_string().as_str() >= TODAY && d.to_string().as_str() <= "2027-01-12")
    );
    // A shorter horizon, in English.
    let out = pacte(&dir)
        .args(["--lang", "en", "agenda", "--weeks", "1"])
        .output()
        .unwrap();
    let en = String::from_utf8(out.stdout).unwrap();
    assert!(
        en.contains("Due from 2026-12-01 to 2026-12-08 (1 week)"),
        "{en}"
    );
    assert!(en.contains("\nOverdue\n"));
    assert!(!en.contains("2026-12-31  "), "{en}");
}

#[test]
fn unknown_formats_and_extensions_are_refused_with_the_list() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = demo(tmp.path());
    pacte(&dir)
        .args(["agenda", "--format", "pdf"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--format pdf\u{a0}: format inconnu\u{202f}; formats possibles\u{a0}: text, ics",
        ));
    pacte(&dir)
        .args(["--lang", "en", "agenda", "--format", "pdf"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "--format pdf: unknown format; formats: text, ics",
        ));
    pacte(&dir)
        .args(["agenda", "-o", "agenda.ods"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "-o agenda.ods\u{a0}: extension inconnue\u{202f}; formats possibles\u{a0}: .txt, .ics",
        ));
    assert!(!dir.join("agenda.ods").exists());
    // --format wins over the extension; .txt is the text.
    pacte(&dir)
        .args(["agenda", "-f", "ics", "-o", "agenda.txt"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(dir.join("agenda.txt"))
            .unwrap()
            .starts_with("BEGIN:VCALENDAR")
    );
    pacte(&dir)
        .args(["agenda", "-o", "a.txt"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(dir.join("a.txt"))
            .unwrap()
            .contains("En retard")
    );
    pacte(&dir)
        .args(["agenda", "--weeks", "9999"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("au plus 520 semaines"));
}
