//! Tests of the meeting rules on the fixture group.

use super::*;
use crate::domain::rules::Level;
use crate::store::format::from_text;

const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");

fn group() -> Group {
    from_text(GROUP).unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn step(date: &str, due: Option<&str>, text: &str) -> JournalEntry {
    JournalEntry {
        meeting: Some(id("2024-03-12")),
        owner: Some(id("caf")),
        due: due.map(d),
        ..JournalEntry::new(d(date), EntryKind::NextStep, text)
    }
}

/// The fixture with two next steps taken at its meeting on the garage.
fn with_steps() -> Group {
    let mut g = group();
    let garage = g.action_mut(&id("garage-solidaire")).unwrap();
    garage
        .journal
        .push(step("2024-03-12", None, "Chercher un local."));
    garage.journal.push(step(
        "2024-03-12",
        Some("2024-06-30"),
        "Réunir les garages.",
    ));
    g
}

#[test]
fn open_steps_are_listed_earliest_due_first_and_done_ones_left_out() {
    let mut g = with_steps();
    let texts =
        |g: &Group| -> Vec<String> { open_steps(g).iter().map(|r| r.entry.text.clone()).collect() };
    assert_eq!(texts(&g), ["Réunir les garages.", "Chercher un local."]);
    assert_eq!(overdue_steps(&g, d("2024-07-01")).len(), 1);
    assert_eq!(
        overdue_steps(&g, d("2024-06-30")).len(),
        0,
        "due today is not late"
    );
    g.action_mut(&id("garage-solidaire")).unwrap().journal[1].done = Some(d("2024-06-01"));
    assert_eq!(texts(&g), ["Chercher un local."]);
    assert!(overdue_steps(&g, d("2025-01-01")).is_empty());
}

#[test]
fn a_meetings_decisions_are_its_general_ones_then_those_linked_to_it() {
    let mut g = with_steps();
    let plateforme = g.action_mut(&id("plateforme-mobilite")).unwrap();
    plateforme.journal[0].meeting = Some(id("2024-03-12"));
    let m = g.meetings[0].clone();
    let got: Vec<(Option<String>, String)> = decisions(&g, &m)
        .into_iter()
        .map(|(a, t)| (a.map(|a| a.id.to_string()), t.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (None, "Étendre les permanences à Frontignan.".to_string()),
            (
                Some("plateforme-mobilite".to_string()),
                "Étendre les permanences à Frontignan.".to_string()
            ),
        ]
    );
    // Next steps are taken in the meeting but are not decisions.
    assert_eq!(taken_in(&g, &id("2024-03-12")).len(), 3);
    assert!(taken_in(&g, &id("2024-03-13")).is_empty());
}

#[test]
fn the_agenda_lists_steps_then_overdue_then_indicators_then_deliverables_then_untouched() {
    let g = with_steps();
    let plateforme = id("plateforme-mobilite");
    let garage = id("garage-solidaire");
    assert_eq!(
        agenda(&g, d("2025-11-15")),
        [
            AgendaItem::OpenStep {
                action: garage.clone(),
                index: 1
            },
            AgendaItem::OpenStep {
                action: garage.clone(),
                index: 0
            },
            // 97 of 150 at the end of 2024 is behind the line to 2025-12-31.
            AgendaItem::Indicator {
                action: plateforme.clone(),
                indicator: id("personnes-orientees"),
                why: IndicatorWhy::OffTarget
            },
            AgendaItem::Indicator {
                action: garage.clone(),
                indicator: id("vehicules-repares"),
                why: IndicatorWhy::NotMeasured
            },
            // Due 2025-12-31, within 60 days, one deliverable left.
            AgendaItem::DeliverablesDue {
                action: plateforme.clone(),
                left: 1
            },
            // Nothing recorded on the garage since 2024-03-12 but the steps
            // of that very day.
            AgendaItem::Untouched {
                action: garage.clone()
            },
        ]
    );
    let later = agenda(&g, d("2026-01-10"));
    assert!(later.contains(&AgendaItem::OverdueAction {
        action: plateforme.clone()
    }));
    assert_eq!(walk_order(&g, &later), [plateforme, garage]);
}

#[test]
fn the_first_meeting_has_no_untouched_actions_and_steps_of_the_day_are_not_carried() {
    let mut g = with_steps();
    g.meetings.clear();
    let a = agenda(&g, d("2024-03-12"));
    assert!(
        !a.iter().any(|i| matches!(i, AgendaItem::Untouched { .. })),
        "{a:?}"
    );
    assert!(
        !a.iter().any(|i| matches!(i, AgendaItem::OpenStep { .. })),
        "{a:?}"
    );
}

#[test]
fn changes_during_a_meeting_are_noted_with_the_state_before() {
    let before = group();
    let mid = id("2024-03-12");
    let mut after = before.clone();
    let a = after.action_mut(&id("plateforme-mobilite")).unwrap();
    a.status = Status::Operating;
    a.progress = 80;
    a.deliverables[1].done = true;
    let m = noted(&before, &after, &mid).unwrap();
    assert_eq!(m.discussed.len(), 1);
    let d = &m.discussed[0];
    assert_eq!(
        (
            d.status_before,
            d.status_after,
            d.progress_before,
            d.progress_after
        ),
        (Status::InProgress, Some(Status::Operating), 60, Some(80))
    );
    assert_eq!(d.ticked, ["Carte interactive"]);
    // Put back as it was: still discussed, nothing changed any more.
    after.meetings[0] = m.clone();
    let mut back = after.clone();
    let a = back.action_mut(&id("plateforme-mobilite")).unwrap();
    a.status = Status::InProgress;
    a.progress = 60;
    a.deliverables[1].done = false;
    let m2 = noted(&after, &back, &mid).unwrap();
    let d = &m2.discussed[0];
    assert_eq!((d.status_after, d.progress_after), (None, None));
    assert!(d.ticked.is_empty());
    // Nothing changed: nothing to note.
    back.meetings[0] = m2;
    assert_eq!(noted(&back, &back, &mid), None);
    assert_eq!(noted(&before, &after, &id("1999-01-01")), None);
}

#[test]
fn a_second_meeting_the_same_day_carries_the_first_ones_open_steps() {
    let mut g = group();
    let first = Meeting {
        id: Some(id("2025-11-15")),
        ..Meeting::new(d("2025-11-15"), crate::domain::MeetingKind::WorkingGroup)
    };
    let second = Meeting {
        id: Some(id("2025-11-15-2")),
        ..first.clone()
    };
    g.meetings.push(first);
    g.meetings.push(second.clone());
    let garage = g.action_mut(&id("garage-solidaire")).unwrap();
    garage.journal.push(JournalEntry {
        meeting: Some(id("2025-11-15")),
        ..JournalEntry::new(d("2025-11-15"), EntryKind::NextStep, "Visiter le local.")
    });
    let steps = |items: &[AgendaItem]| {
        items
            .iter()
            .filter(|i| matches!(i, AgendaItem::OpenStep { .. }))
            .count()
    };
    assert_eq!(
        steps(&agenda_of(&g, &second)),
        1,
        "taken this morning, still open"
    );
    let first = g.meetings[1].clone();
    assert_eq!(steps(&agenda_of(&g, &first)), 0, "not its own step");
}

#[test]
fn a_due_date_moved_and_a_deliverable_added_are_noted() {
    let before = group();
    let mid = id("2024-03-12");
    let mut after = before.clone();
    let a = after.action_mut(&id("plateforme-mobilite")).unwrap();
    a.due = Some(d("2026-06-30"));
    a.deliverables.push(crate::domain::Deliverable {
        label: "Bilan 2025".into(),
        done: false,
        document: None,
    });
    let m = noted(&before, &after, &mid).unwrap();
    let x = &m.discussed[0];
    assert_eq!(
        (x.due_before, x.due_after),
        (Some(d("2025-12-31")), Some(d("2026-06-30")))
    );
    assert_eq!(x.added, ["Bilan 2025"]);
    // Moved again: the first date stays the one before; moved back: unchanged.
    after.meetings[0] = m;
    let mut again = after.clone();
    again.action_mut(&id("plateforme-mobilite")).unwrap().due = Some(d("2026-09-30"));
    let m = noted(&after, &again, &mid).unwrap();
    assert_eq!(m.discussed[0].due_before, Some(d("2025-12-31")));
    again.meetings[0] = m;
    let mut back = again.clone();
    back.action_mut(&id("plateforme-mobilite")).unwrap().due = Some(d("2025-12-31"));
    let m = noted(&again, &back, &mid).unwrap();
    assert!(!m.discussed[0].due_changed());
}

#[test]
fn check_finds_duplicate_meetings_links_to_none_and_unknown_owners() {
    let r: crate::domain::Referential =
        from_text(include_str!("../../tests/fixtures/ws/pacte.ron")).unwrap();
    let mut g = with_steps();
    assert!(crate::domain::meeting_rules::check_meetings(&g, Some(&r)).is_empty());
    g.meetings.push(g.meetings[0].clone());
    let garage = g.action_mut(&id("garage-solidaire")).unwrap();
    garage.journal[0].meeting = Some(id("1999-01-01"));
    garage.journal[1].owner = Some(id("inconnue"));
    let found = crate::domain::meeting_rules::check_meetings(&g, Some(&r));
    let texts: Vec<(Level, String)> = found
        .iter()
        .map(|f| (f.level, f.message.get(crate::i18n::Lang::En).to_string()))
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts.contains(&(Level::Error, "two meetings have the id `2024-03-12`".into())));
    assert!(
        texts
            .iter()
            .any(|(l, t)| *l == Level::Warning && t.contains("`1999-01-01`"))
    );
    assert!(
        texts
            .iter()
            .any(|(l, t)| *l == Level::Error && t.contains("`inconnue`"))
    );
}

#[test]
fn an_id_given_twice_by_hand_is_made_unique_as_the_file_loads() {
    let mut list = vec![
        Meeting::new(d("2024-03-12"), crate::domain::MeetingKind::WorkingGroup),
        Meeting::new(d("2024-03-12"), crate::domain::MeetingKind::WorkingGroup),
        Meeting::new(d("2024-05-02"), crate::domain::MeetingKind::WorkingGroup),
    ];
    for m in &mut list {
        m.id = Some(id("2024-03-12"));
    }
    Meeting::assign_ids(&mut list);
    let ids: Vec<String> = list
        .iter()
        .map(|m| m.id.clone().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["2024-03-12", "2024-03-12-2", "2024-05-02"]);
}
