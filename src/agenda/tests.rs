#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use super::*;
use crate::i18n::Lang;
use crate::store::Workspace;

fn demo() -> (tempfile::TempDir, Workspace) {
    let dir = tempfile::tempdir().unwrap();
    crate::demo::write_demo(dir.path()).unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    (dir, ws)
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn build(ws: &Workspace, today: &str) -> Agenda {
    Agenda::build(
        ws.referential.as_ref().unwrap(),
        &ws.governance,
        &ws.groups,
        d(today),
    )
}

#[test]
fn keys_are_unique_and_made_of_ids() {
    let (_dir, ws) = demo();
    let a = build(&ws, "2026-12-01");
    let mut keys: Vec<&str> = a.entries.iter().map(|e| e.key.as_str()).collect();
    keys.sort_unstable();
    let n = keys.len();
    keys.dedup();
    assert_eq!(keys.len(), n, "duplicate keys");
    assert!(
        a.identity.starts_with("pti-34-2022-2025-"),
        "{}",
        a.identity
    );
    for e in &a.entries {
        let uid = a.uid(e);
        assert!(
            uid.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-.@".contains(c)),
            "{uid}"
        );
    }
}

#[test]
fn the_same_data_another_day_keeps_every_key() {
    let (_dir, ws) = demo();
    let keys = |a: &Agenda| {
        let mut k: Vec<String> = a.entries.iter().map(|e| e.key.clone()).collect();
        k.sort();
        k
    };
    // Another day within the same year: the same entries.
    assert_eq!(
        keys(&build(&ws, "2026-12-01")),
        keys(&build(&ws, "2026-11-02"))
    );
}

#[test]
fn overdue_first_then_by_date_within_the_weeks() {
    let (_dir, ws) = demo();
    let a = build(&ws, "2026-12-01");
    let due = a.due_soon(6);
    let first_coming = due.iter().position(|e| !e.overdue).unwrap_or(due.len());
    assert!(due[..first_coming].iter().all(|e| e.overdue));
    assert!(due[first_coming..].iter().all(|e| !e.overdue));
    for w in due[first_coming..].windows(2) {
        assert!(w[0].date <= w[1].date);
    }
    let until = a.until(6);
    assert!(
        due[first_coming..]
            .iter()
            .all(|e| e.date >= a.today && e.date <= until)
    );
    assert!(due.iter().any(|e| e.kind == Kind::ActionDue && e.overdue));
}

#[test]
fn words_in_both_languages() {
    let (_dir, ws) = demo();
    let a = build(&ws, "2026-12-01");
    let copil = a
        .entries
        .iter()
        .find(|e| e.key == "governance.copil-launch")
        .unwrap();
    let fr = words::summary(Lang::Fr, copil);
    let en = words::summary(Lang::En, copil);
    assert!(
        fr.starts_with("Échéance\u{a0}: COPIL de lancement — tenu le 19/05/2022"),
        "{fr}"
    );
    assert!(
        en.starts_with("Deadline: Launch COPIL — held on 2022-05-19"),
        "{en}"
    );
}

#[test]
fn meetings_after_today_are_planned() {
    let (_dir, ws) = demo();
    let a = build(&ws, "2024-01-01");
    let planned: Vec<&Entry> = a
        .entries
        .iter()
        .filter(|e| matches!(e.what, What::Meeting { planned: true, .. }))
        .collect();
    assert!(!planned.is_empty());
    assert!(planned.iter().all(|e| e.date > a.today));
    let group = planned
        .iter()
        .find(|e| e.key.starts_with("meeting.") && !e.key.starts_with("meeting.governance."))
        .unwrap();
    assert!(words::summary(Lang::Fr, group).starts_with("Réunion prévue\u{a0}: "));
    assert!(words::summary(Lang::En, group).starts_with("Planned meeting: "));
    let soon = a.due_soon(52);
    assert!(soon.iter().any(|e| e.kind == Kind::Meeting));
    // Nothing recorded after today is overdue.
    assert!(soon.iter().filter(|e| e.overdue).all(|e| e.date < a.today));
}
