//! Canonical format: load then save gives the same bytes; hostile strings survive.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use pacte::domain::{Action, EntryKind, Governance, Group, Id, JournalEntry, Referential, Status};
use pacte::store::format::{from_text, to_canonical};
use proptest::prelude::*;
use std::fs;
use std::path::Path;

fn assert_canonical<T: serde::Serialize + serde::de::DeserializeOwned>(path: &Path) {
    let text = fs::read_to_string(path).unwrap();
    let value: T = from_text(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let again = to_canonical(&value).unwrap();
    assert!(
        again == text,
        "{} is not canonical; canonical form:\n{again}",
        path.display()
    );
}

#[test]
fn shipped_template_is_canonical() {
    assert_canonical::<Referential>(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("config/template.ron"),
    );
}

#[test]
fn fixture_files_are_canonical() {
    let dir = common::fixture_dir();
    assert_canonical::<Referential>(&dir.join("pacte.ron"));
    assert_canonical::<Governance>(&dir.join("governance.ron"));
    for e in fs::read_dir(dir.join("groups")).unwrap() {
        assert_canonical::<Group>(&e.unwrap().path());
    }
}

#[test]
fn saving_an_untouched_workspace_changes_no_byte() {
    let dir = common::fixture_workspace();
    let before = common::snapshot_files(dir.path());
    let mut ws = pacte::store::Workspace::open(dir.path()).unwrap();
    let ids: Vec<Id> = ws.groups.iter().map(|g| g.id.clone()).collect();
    for id in &ids {
        ws.save_group(id).unwrap();
    }
    ws.save_referential().unwrap();
    ws.save_governance().unwrap();
    assert_eq!(before, common::snapshot_files(dir.path()));
}

#[test]
fn changing_a_status_changes_one_line() {
    let dir = common::fixture_workspace();
    let path = dir.path().join("groups/mobilite-thau.ron");
    let before = fs::read_to_string(&path).unwrap();
    let mut ws = pacte::store::Workspace::open(dir.path()).unwrap();
    let gid = Id::new("mobilite-thau").unwrap();
    let aid = Id::new("plateforme-mobilite").unwrap();
    ws.group_mut(&gid).unwrap().action_mut(&aid).unwrap().status = Status::Operating;
    ws.save_group(&gid).unwrap();
    let after = fs::read_to_string(&path).unwrap();
    let changed = common::changed_lines(&before, &after);
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].2.trim(), "status: \"operating\",");
}

fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\"".to_string()),
        Just("'".to_string()),
        Just("\\".to_string()),
        Just("\\'".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{2066}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{7f}".to_string()),
        Just("\u{feff}".to_string()),
        Just("é".to_string()),
        Just("e\u{301}".to_string()),
        Just("Cœur d'Hérault « »".to_string()),
        Just("🧑‍🤝‍🧑".to_string()),
        Just("\\u{41}".to_string()),
        Just(")],\n(".to_string()),
        Just("//".to_string()),
        Just("/*".to_string()),
        "\\PC{0,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(pieces, 0..8).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn hostile_strings_survive_a_round_trip(title in hostile(), note in hostile(), obj in hostile()) {
        let mut a = Action::new(Id::new("a").unwrap(), title, Status::InProgress);
        a.objectives = obj;
        a.journal.push(JournalEntry { date: "2024-01-01".parse().unwrap(), kind: EntryKind::Note, text: note, ..Default::default() });
        let text = to_canonical(&a).unwrap();
        let back: Action = from_text(&text).unwrap();
        prop_assert_eq!(&back, &a);
        prop_assert_eq!(to_canonical(&back).unwrap(), text.clone());
        // Nothing a terminal would interpret is written raw.
        prop_assert!(!text.chars().any(|c| c != '\n' && pacte::store::format::is_hidden_char(c)), "{:?}", text);
        // One field per line: a multi-line text stays on one line.
        prop_assert_eq!(text.lines().count(), to_canonical(&Action::new(Id::new("a").unwrap(), "", Status::InProgress)).unwrap().lines().count() + 6);
    }
}
