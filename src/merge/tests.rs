//! Unit tests of the merge rules, on the fixture group.

use super::*;
use crate::domain::{
    Action, EntryKind, Id, JournalEntry, Meeting, MeetingKind, Organisation, Status,
};
use chrono::NaiveDate;

const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");
const REFERENTIAL: &str = include_str!("../../tests/fixtures/ws/pacte.ron");
const GOVERNANCE: &str = include_str!("../../tests/fixtures/ws/governance.ron");

type Edit = fn(&mut Group);

fn base() -> Group {
    from_text(GROUP).unwrap()
}

fn text<T: Serialize>(v: &T) -> String {
    to_canonical(v).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn sides(o: Edit, t: Edit) -> (Group, Group, Group) {
    let b = base();
    let (mut ours, mut theirs) = (b.clone(), b.clone());
    o(&mut ours);
    t(&mut theirs);
    (b, ours, theirs)
}

fn merge(o: Edit, t: Edit) -> MergeOutcome {
    let (b, ours, theirs) = sides(o, t);
    merge_texts(FileKind::Group, &text(&b), &text(&ours), &text(&theirs)).unwrap()
}

/// The merge equals, byte for byte, both edits made in one copy (ours first).
fn assert_clean(o: Edit, t: Edit) {
    let mut both = base();
    o(&mut both);
    t(&mut both);
    assert_eq!(merge(o, t), MergeOutcome::Clean(text(&both)));
}

/// The same edit made on both sides merges into that edit, once.
fn assert_once(e: Edit) {
    let mut once = base();
    e(&mut once);
    assert_eq!(merge(e, e), MergeOutcome::Clean(text(&once)));
}

fn conflicted(o: Edit, t: Edit) -> (String, Vec<String>) {
    match merge(o, t) {
        MergeOutcome::Conflicted { text, labels } => (text, labels),
        MergeOutcome::Clean(t) => panic!("expected a conflict, got:\n{t}"),
    }
}

fn plateforme(g: &mut Group) -> &mut Action {
    g.action_mut(&id("plateforme-mobilite")).unwrap()
}

fn garage(g: &mut Group) -> &mut Action {
    g.action_mut(&id("garage-solidaire")).unwrap()
}

#[test]
fn different_actions_merge() {
    assert_clean(
        |g| plateforme(g).status = Status::Done,
        |g| garage(g).progress = 30,
    );
}

#[test]
fn different_fields_of_one_action_merge() {
    assert_clean(
        |g| plateforme(g).status = Status::Operating,
        |g| {
            let a = plateforme(g);
            a.progress = 80;
            a.due = Some(d("2026-03-31"));
        },
    );
}

#[test]
fn measurements_added_on_both_sides_are_all_kept_in_date_order() {
    assert_clean(
        |g| {
            plateforme(g).indicators[0].record(d("2025-06-30"), 120.0);
        },
        |g| {
            plateforme(g).indicators[0].record(d("2025-03-31"), 110.0);
        },
    );
    let (b, o, t) = sides(
        |g| plateforme(g).indicators[0].record(d("2025-06-30"), 120.0),
        |g| plateforme(g).indicators[0].record(d("2025-03-31"), 110.0),
    );
    let MergeOutcome::Clean(merged) =
        merge_texts(FileKind::Group, &text(&b), &text(&o), &text(&t)).unwrap()
    else {
        panic!()
    };
    let g: Group = from_text(&merged).unwrap();
    let dates: Vec<_> = g.actions[0].indicators[0]
        .measurements
        .iter()
        .map(|m| m.date.to_string())
        .collect();
    assert_eq!(
        dates,
        ["2023-12-31", "2024-12-31", "2025-03-31", "2025-06-30"]
    );
}

#[test]
fn same_measurement_date_with_different_values_conflicts() {
    let (text, labels) = conflicted(
        |g| plateforme(g).indicators[0].record(d("2025-06-30"), 120.0),
        |g| plateforme(g).indicators[0].record(d("2025-06-30"), 125.0),
    );
    assert_eq!(
        labels,
        [
            "actions/plateforme-mobilite/indicators/personnes-orientees/measurements/2025-06-30/value"
        ]
    );
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.conflicts[0].ours.as_deref(), Some("120.0"));
    assert_eq!(c.conflicts[0].theirs.as_deref(), Some("125.0"));
    // Same value on both sides: once.
    assert_once(|g| plateforme(g).indicators[0].record(d("2025-06-30"), 120.0));
}

fn meeting(date: &str, participants: u32) -> Meeting {
    Meeting {
        id: Some(id(date)),
        date: d(date),
        kind: MeetingKind::WorkingGroup,
        stage: None,
        territory: None,
        participants,
        organisations: vec![id("departement")],
        decisions: vec![],
        ..Default::default()
    }
}

#[test]
fn meetings_added_on_both_sides_are_all_kept() {
    assert_clean(
        |g| g.meetings.push(meeting("2025-01-10", 8)),
        |g| g.meetings.push(meeting("2025-02-14", 9)),
    );
    // Theirs' earlier meeting goes before ours' later one: date order is kept.
    let (b, o, t) = sides(
        |g| g.meetings.push(meeting("2025-02-14", 9)),
        |g| g.meetings.push(meeting("2025-01-10", 8)),
    );
    let MergeOutcome::Clean(merged) =
        merge_texts(FileKind::Group, &text(&b), &text(&o), &text(&t)).unwrap()
    else {
        panic!()
    };
    let g: Group = from_text(&merged).unwrap();
    let dates: Vec<_> = g.meetings.iter().map(|m| m.date.to_string()).collect();
    assert_eq!(dates, ["2024-03-12", "2025-01-10", "2025-02-14"]);
    // The same meeting recorded on both sides: once. Two different records
    // the same day (two clones, two meetings): both kept, ours first.
    assert_once(|g| g.meetings.push(meeting("2025-01-10", 8)));
    let (b, o, t) = sides(
        |g| g.meetings.push(meeting("2025-01-10", 8)),
        |g| {
            let mut m = meeting("2025-01-10", 9);
            m.organisations.push(id("caf"));
            g.meetings.push(m)
        },
    );
    let MergeOutcome::Clean(merged) =
        merge_texts(FileKind::Group, &text(&b), &text(&o), &text(&t)).unwrap()
    else {
        panic!("two meetings the same day must merge cleanly")
    };
    let g: Group = from_text(&merged).unwrap();
    let counts: Vec<u32> = g
        .meetings
        .iter()
        .filter(|m| m.date == d("2025-01-10"))
        .map(|m| m.participants)
        .collect();
    assert_eq!(counts, [8, 9]);
    // An existing meeting edited differently on both sides is one meeting
    // with a conflict on the field.
    let (_, labels) = conflicted(
        |g| g.meetings[0].participants = 3,
        |g| g.meetings[0].participants = 4,
    );
    assert_eq!(labels, ["meetings/2024-03-12/participants"]);
}

fn entry(date: &str, kind: EntryKind, t: &str) -> JournalEntry {
    JournalEntry {
        date: d(date),
        kind,
        text: t.into(),
        ..Default::default()
    }
}

#[test]
fn journal_entries_are_united_without_duplicates() {
    assert_clean(
        |g| {
            plateforme(g)
                .journal
                .push(entry("2025-01-10", EntryKind::Note, "Point d'étape."))
        },
        |g| {
            plateforme(g).journal.push(entry(
                "2025-01-12",
                EntryKind::Decision,
                "Recruter un conseiller.",
            ))
        },
    );
    assert_once(|g| {
        plateforme(g)
            .journal
            .push(entry("2025-01-10", EntryKind::Note, "Même note."))
    });
}

#[test]
fn actions_created_on_both_sides() {
    // Different ids: both kept, ours first.
    assert_clean(
        |g| {
            g.actions
                .push(Action::new(id("a1"), "Une", Status::Project))
        },
        |g| {
            g.actions
                .push(Action::new(id("a2"), "Deux", Status::Project))
        },
    );
    // Same id, same content: once.
    assert_once(|g| {
        g.actions
            .push(Action::new(id("a1"), "Une", Status::Project))
    });
    // Same id, different content: a conflict on the differing field only.
    let (_, labels) = conflicted(
        |g| {
            g.actions
                .push(Action::new(id("a1"), "Une", Status::Project))
        },
        |g| g.actions.push(Action::new(id("a1"), "Un", Status::Project)),
    );
    assert_eq!(labels, ["actions/a1/title"]);
}

#[test]
fn member_lists_merge_as_sets() {
    assert_clean(
        |g| g.members.push(id("plie")),
        |g| {
            g.members.retain(|m| m.as_str() != "caf");
            g.members.push(id("msa"));
        },
    );
}

#[test]
fn same_field_changed_differently_keeps_both_values() {
    let (text, labels) = conflicted(
        |g| plateforme(g).status = Status::Done,
        |g| {
            plateforme(g).status = Status::Suspended;
            garage(g).progress = 20;
        },
    );
    assert_eq!(labels, ["actions/plateforme-mobilite/status"]);
    assert!(
        text.contains(
            "<<<<<<< ours (actions/plateforme-mobilite/status)\n            status: \"done\",\n=======\n            status: \"suspended\",\n>>>>>>> theirs (actions/plateforme-mobilite/status)\n"
        ),
        "{text}"
    );
    // The clean part of the merge is in: theirs' progress.
    assert!(text.contains("progress: 20,"));
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(c.kind, FileKind::Group);
    assert_eq!(c.conflicts.len(), 1);
    let k = &c.conflicts[0];
    assert_eq!(k.field.as_deref(), Some("status"));
    assert_eq!(k.action_id(), Some("plateforme-mobilite"));
    assert_eq!(
        (k.ours.as_deref(), k.theirs.as_deref()),
        (Some("\"done\""), Some("\"suspended\""))
    );
    let pick = |r: Resolution| -> Group { from_text(&c.resolve(&[r]).unwrap()).unwrap() };
    assert_eq!(pick(Resolution::Ours).actions[0].status, Status::Done);
    assert_eq!(
        pick(Resolution::Theirs).actions[0].status,
        Status::Suspended
    );
    let edited = pick(Resolution::Value("\"operating\"".into()));
    assert_eq!(edited.actions[0].status, Status::Operating);
    assert_eq!(edited.actions[1].progress, 20);
    assert!(matches!(
        c.resolve(&[Resolution::Value("\"finished\"".into())]),
        Err(ResolveError::Invalid { .. })
    ));
    assert!(matches!(c.resolve(&[]), Err(ResolveError::Count { .. })));
    // Partial resolution keeps the markers.
    assert_eq!(c.text_with(&[None]), text);
}

#[test]
fn deletion_against_edit_is_a_conflict() {
    let (text, labels) = conflicted(
        |g| g.actions.retain(|a| a.id.as_str() != "garage-solidaire"),
        |g| garage(g).progress = 25,
    );
    assert_eq!(labels, ["actions/garage-solidaire"]);
    let c = parse_conflicted(&text).unwrap();
    let k = &c.conflicts[0];
    assert_eq!(k.ours, None);
    assert!(k.theirs.as_deref().unwrap().contains("progress: 25,"));
    let kept: Group = from_text(&c.resolve(&[Resolution::Theirs]).unwrap()).unwrap();
    assert_eq!(kept.actions.len(), 2);
    assert_eq!(kept.actions[1].progress, 25);
    let gone: Group = from_text(&c.resolve(&[Resolution::Ours]).unwrap()).unwrap();
    assert_eq!(gone.actions.len(), 1);
    // Deleted on one side, untouched on the other: deleted.
    assert_clean(
        |g| g.actions.retain(|a| a.id.as_str() != "garage-solidaire"),
        |g| plateforme(g).progress = 65,
    );
}

#[test]
fn several_conflicts_are_separate_blocks() {
    let (text, labels) = conflicted(
        |g| {
            let a = plateforme(g);
            a.status = Status::Done;
            a.progress = 100;
            g.name = "Mobilité".into();
        },
        |g| {
            let a = plateforme(g);
            a.status = Status::Suspended;
            a.progress = 65;
            g.name = "Mobilité et motilité".into();
        },
    );
    assert_eq!(
        labels,
        [
            "name",
            "actions/plateforme-mobilite/status",
            "actions/plateforme-mobilite/progress"
        ]
    );
    let c = parse_conflicted(&text).unwrap();
    let g: Group = from_text(
        &c.resolve(&[Resolution::Theirs, Resolution::Ours, Resolution::Theirs])
            .unwrap(),
    )
    .unwrap();
    assert_eq!(g.name, "Mobilité et motilité");
    assert_eq!(g.actions[0].status, Status::Done);
    assert_eq!(g.actions[0].progress, 65);
    // The loader reports it as an unresolved conflict.
    let d = crate::store::read::conflict_markers(Path::new("g.ron"), &text).unwrap();
    assert!(d.message.contains("unresolved conflict"), "{}", d.message);
}

#[test]
fn a_pilot_conflict_spans_its_lines() {
    let (text, labels) = conflicted(
        |g| g.pilot.as_mut().unwrap().person = Some("Alice".into()),
        |g| g.pilot.as_mut().unwrap().person = Some("Bob".into()),
    );
    assert_eq!(labels, ["pilot"]);
    let c = parse_conflicted(&text).unwrap();
    assert_eq!(
        c.conflicts[0].ours.as_deref(),
        Some("(\n    organisation: \"departement\",\n    person: \"Alice\",\n)")
    );
}

#[test]
fn group_created_on_both_sides_with_the_same_id() {
    let b = "";
    let ours = text(&base());
    let mut g = base();
    g.name = "Autre nom".into();
    let theirs = text(&g);
    match merge_texts(FileKind::Group, b, &ours, &ours).unwrap() {
        MergeOutcome::Clean(t) => assert_eq!(t, ours),
        other => panic!("{other:?}"),
    }
    match merge_texts(FileKind::Group, b, &ours, &theirs).unwrap() {
        MergeOutcome::Conflicted { labels, .. } => assert_eq!(labels, ["name"]),
        other => panic!("{other:?}"),
    }
}

#[test]
fn unparsable_versions_are_reported() {
    let ours = text(&base());
    assert!(matches!(
        merge_texts(FileKind::Group, GROUP, &ours, "(version: 1"),
        Err(MergeError::Unparsable {
            which: "theirs",
            ..
        })
    ));
}

#[test]
fn referential_and_governance_merge_by_id() {
    let b: Referential = from_text(REFERENTIAL).unwrap();
    let org = |i: &str| Organisation::new(id(i), i.to_uppercase());
    let (mut o, mut t, mut both) = (b.clone(), b.clone(), b.clone());
    o.organisations.push(org("plie-beziers"));
    t.organisations.push(org("ccas-sete"));
    t.territories[0].name = "Montpellier".into();
    both.organisations.push(org("plie-beziers"));
    both.organisations.push(org("ccas-sete"));
    both.territories[0].name = "Montpellier".into();
    assert_eq!(
        merge_texts(FileKind::Referential, REFERENTIAL, &text(&o), &text(&t)).unwrap(),
        MergeOutcome::Clean(text(&both))
    );

    let b: Governance = from_text(GOVERNANCE).unwrap();
    let mut copil = meeting("2024-06-20", 30);
    copil.kind = MeetingKind::Copil;
    let mut local = meeting("2024-06-20", 12);
    local.kind = MeetingKind::LocalCommittee;
    local.territory = Some(id("biterrois"));
    let (mut o, mut t, mut both) = (b.clone(), b.clone(), b.clone());
    o.meetings.push(copil.clone());
    t.meetings.push(local.clone());
    both.meetings.push(copil);
    // Both took the day's id: theirs' meeting takes the next one.
    local.id = Some(id("2024-06-20-2"));
    both.meetings.push(local);
    assert_eq!(
        merge_texts(FileKind::Governance, GOVERNANCE, &text(&o), &text(&t)).unwrap(),
        MergeOutcome::Clean(text(&both))
    );
}

#[test]
fn git_text_conflicts_are_read_when_each_side_loads() {
    let ours = text(&base());
    let theirs = ours.replace("progress: 60,", "progress: 70,");
    let mixed = ours.replace(
        "            progress: 60,\n",
        "<<<<<<< HEAD\n            progress: 60,\n||||||| base\n            progress: 50,\n=======\n            progress: 70,\n>>>>>>> origin/main\n",
    );
    let c = parse_conflicted(&mixed).unwrap();
    assert_eq!(c.conflicts[0].label, "actions/plateforme-mobilite/progress");
    assert_eq!(c.resolve(&[Resolution::Theirs]).unwrap(), theirs);
    assert!(parse_conflicted(&ours).is_none());
    assert!(parse_conflicted("<<<<<<< a\nx\n").is_none());
}

#[test]
fn file_kinds_from_paths() {
    assert_eq!(
        FileKind::from_path(Path::new("pacte.ron")),
        Some(FileKind::Referential)
    );
    assert_eq!(
        FileKind::from_path(Path::new("pti/governance.ron")),
        Some(FileKind::Governance)
    );
    assert_eq!(
        FileKind::from_path(Path::new("groups/biterrois/ess.ron")),
        Some(FileKind::Group)
    );
    assert_eq!(FileKind::from_path(Path::new("config/keymap.ron")), None);
}
