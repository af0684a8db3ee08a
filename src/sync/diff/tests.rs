//! Tests of the semantic diff.

use super::*;
use crate::domain::Status;

const GROUP: &str = include_str!("../../../tests/fixtures/ws/groups/mobilite-thau.ron");

#[test]
fn changes_by_kind() {
    let old: Group = from_text(GROUP).unwrap();
    let mut new = old.clone();
    new.actions[0].status = Status::Done;
    new.actions[0].indicators[0].record("2025-06-30".parse().unwrap(), 120.0);
    new.actions[1].due = None;
    let c = diff_group(Some(&old), Some(&new)).unwrap();
    assert_eq!(c.actions_touched(), 2);
    assert!(matches!(
        c.items[0],
        Item::Status {
            to: Status::Done,
            ..
        }
    ));
    assert!(
        c.items
            .iter()
            .any(|i| matches!(i, Item::Due { to: None, .. }))
    );
    assert_eq!(c.title(&old.actions[0].id), old.actions[0].title);
}

#[test]
fn unchanged_files_give_nothing_and_broken_ones_are_unreadable() {
    let p = Path::new("groups/mobilite-thau.ron");
    assert!(diff_texts(p, Some(GROUP), Some(GROUP)).is_none());
    let broken = diff_texts(Path::new("groups/x.ron"), Some("("), Some(GROUP)).unwrap();
    assert_eq!(broken.change, Change::Unreadable);
}

#[test]
fn a_group_file_moved_is_one_move() {
    let moved = diff_files(vec![
        ("groups/mobilite-thau.ron".into(), Some(GROUP.into()), None),
        (
            "groups/thau/mobilite-thau.ron".into(),
            None,
            Some(GROUP.replacen("progress: 60", "progress: 70", 1)),
        ),
    ]);
    assert_eq!(moved.len(), 1, "{moved:#?}");
    assert_eq!(
        moved[0].moved_from.as_deref(),
        Some(Path::new("groups/mobilite-thau.ron"))
    );
    assert_eq!(moved[0].actions_touched(), 1);
}

#[test]
fn two_meetings_the_same_day_are_two() {
    let g: Group = from_text(GROUP).unwrap();
    let mut two = g.clone();
    let mut m = g.meetings[0].clone();
    m.participants += 1;
    m.id = None; // the id it gets is the day's next one
    two.meetings.push(m);
    let c = diff_group(Some(&g), Some(&two)).unwrap();
    assert_eq!(c.items.len(), 1, "{:?}", c.items);
    assert!(matches!(c.items[0], Item::MeetingAdded { .. }));
}
