use super::*;
use crate::domain::{Deliverable, EntryKind, Indicator, IndicatorKind, JournalEntry, Status};
use crate::store::format::from_text;

const GROUP: &str = include_str!("../../../tests/fixtures/ws/groups/mobilite-thau.ron");

fn group() -> Group {
    from_text(GROUP).unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn d(s: &str) -> chrono::NaiveDate {
    s.parse().unwrap()
}

fn plateforme(g: &Group) -> &Action {
    g.action(&id("plateforme-mobilite")).unwrap()
}

fn on_plateforme(e: ActionEdit) -> Edit {
    Edit::Action(id("plateforme-mobilite"), e)
}

/// Applies `e`, then its undo: the group is back as it was.
fn undoes(e: Edit) -> Group {
    let mut g = group();
    let undo = apply(&mut g, &e).unwrap();
    let after = g.clone();
    apply_all(&mut g, &undo).unwrap();
    assert_eq!(g, group(), "undo of {e:?}");
    after
}

#[test]
fn done_means_a_hundred_percent() {
    let g = undoes(on_plateforme(ActionEdit::Status(Status::Done)));
    assert_eq!(plateforme(&g).status, Status::Done);
    assert_eq!(plateforme(&g).progress, 100);
    let g = undoes(on_plateforme(ActionEdit::Status(Status::Suspended)));
    assert_eq!(
        plateforme(&g).progress,
        60,
        "other statuses keep the progress"
    );
}

#[test]
fn progress_stays_within_bounds() {
    let mut g = group();
    assert!(apply(&mut g, &on_plateforme(ActionEdit::Progress(101))).is_err());
    assert_eq!(g, group(), "a refused edit leaves the group as it was");
    let g = undoes(on_plateforme(ActionEdit::ProgressBy(50)));
    assert_eq!(plateforme(&g).progress, 100);
    let g = undoes(on_plateforme(ActionEdit::ProgressBy(-70)));
    assert_eq!(plateforme(&g).progress, 0);
}

#[test]
fn a_start_after_the_due_date_is_refused() {
    let mut g = group();
    let r = apply(
        &mut g,
        &on_plateforme(ActionEdit::Start(Some(d("2027-01-01")))),
    );
    assert!(r.unwrap_err().message().fr.contains("échéance"));
    let g = undoes(on_plateforme(ActionEdit::Due(None)));
    assert_eq!(plateforme(&g).due, None);
}

#[test]
fn titles_labels_and_ids() {
    let mut g = group();
    assert!(apply(&mut g, &on_plateforme(ActionEdit::Title("  ".into()))).is_err());
    let twin = Action::new(id("plateforme-mobilite"), "Autre", Status::Project);
    assert!(apply(&mut g, &Edit::AddAction(Box::new(twin))).is_err());
    assert!(
        apply(
            &mut g,
            &Edit::Action(id("absente"), ActionEdit::Progress(3))
        )
        .is_err()
    );
    undoes(Edit::AddAction(Box::new(Action::new(
        id("nouvelle"),
        "Nouvelle",
        Status::Project,
    ))));
    let g = undoes(Edit::RemoveAction(id("plateforme-mobilite")));
    assert!(g.action(&id("plateforme-mobilite")).is_none());
}

#[test]
fn measurements_indicators_deliverables_and_journal_undo() {
    let g = undoes(on_plateforme(ActionEdit::Measure {
        indicator: id("personnes-orientees"),
        date: d("2025-01-15"),
        value: 120.0,
    }));
    assert_eq!(plateforme(&g).indicators[0].latest().unwrap().value, 120.0);
    undoes(on_plateforme(ActionEdit::Measure {
        indicator: id("personnes-orientees"),
        date: plateforme(&group()).indicators[0].measurements[0].date,
        value: 1.0,
    }));
    undoes(on_plateforme(ActionEdit::AddIndicator(
        Box::new(Indicator {
            id: id("nouvel"),
            label: "Nouvel indicateur".into(),
            kind: IndicatorKind::Evaluation,
            unit: "%".into(),
            baseline: None,
            target: Some(50.0),
            measurements: Vec::new(),
        }),
        None,
    )));
    undoes(on_plateforme(ActionEdit::RemoveIndicator(id(
        "personnes-orientees",
    ))));
    undoes(on_plateforme(ActionEdit::Indicator(
        id("personnes-orientees"),
        IndicatorEdit::Target(Some(200.0)),
    )));
    let label = plateforme(&group()).deliverables[0].label.clone();
    undoes(on_plateforme(ActionEdit::Deliverable(
        label.clone(),
        DeliverableEdit::Done(false),
    )));
    undoes(on_plateforme(ActionEdit::Deliverable(
        label.clone(),
        DeliverableEdit::Label("Fiche réflexe".into()),
    )));
    undoes(on_plateforme(ActionEdit::RemoveDeliverable(label.clone())));
    let mut g = group();
    assert!(
        apply(
            &mut g,
            &on_plateforme(ActionEdit::AddDeliverable(
                Deliverable {
                    label,
                    done: false,
                    document: None,
                },
                None
            ))
        )
        .is_err(),
        "two deliverables with one label"
    );
    let entry = JournalEntry {
        date: d("2025-01-15"),
        kind: EntryKind::Decision,
        text: "Ouvrir une permanence à Sète.".into(),
        ..Default::default()
    };
    let g = undoes(on_plateforme(ActionEdit::AddJournal(entry.clone())));
    let old = plateforme(&g).journal[0].clone();
    undoes(on_plateforme(ActionEdit::RemoveJournal(old.clone())));
    undoes(on_plateforme(ActionEdit::ReplaceJournal(old, entry)));
}

#[test]
fn group_fields_and_meetings_undo() {
    undoes(Edit::Group(GroupEdit::Name("Mobilité solidaire".into())));
    undoes(Edit::Group(GroupEdit::Members(vec![id("caf")])));
    let mut g = group();
    assert!(apply(&mut g, &Edit::Group(GroupEdit::Territories(vec![]))).is_err());
    let m = group().meetings[0].clone();
    let mut other = m.clone();
    other.participants = 3;
    // A meeting keeps its id; one with a taken id is refused.
    let mut g = group();
    assert!(apply(&mut g, &Edit::Meeting(MeetingEdit::Add(other.clone()))).is_err());
    assert_eq!(g, group());
    // A new one the same day gets the day's next id.
    other.id = None;
    let after = undoes(Edit::Meeting(MeetingEdit::Add(other.clone())));
    let ids: Vec<_> = after.meetings.iter().filter_map(|m| m.id.clone()).collect();
    assert_eq!(ids, [id("2024-03-12"), id("2024-03-12-2")]);
    let key = crate::domain::Meeting::keys(&group().meetings)[0].clone();
    let after = undoes(Edit::Meeting(MeetingEdit::Replace(key.clone(), other)));
    assert_eq!(
        after.meetings[0].id,
        Some(key.clone()),
        "a replaced meeting keeps its id"
    );
    undoes(Edit::Meeting(MeetingEdit::Remove(key)));
}

#[test]
fn fresh_ids_from_titles() {
    let taken = [id("atelier"), id("atelier-2")];
    assert_eq!(fresh_id("Atelier", taken.iter()), Some(id("atelier-3")));
    assert_eq!(fresh_id("Élan", taken.iter()), Some(id("elan")));
}

#[test]
fn edits_say_what_they_do() {
    let g = group();
    let s = describe(
        crate::i18n::Lang::Fr,
        &g,
        &on_plateforme(ActionEdit::Status(Status::Done)),
    );
    assert!(s.contains("Plateforme"), "{s}");
    assert!(s.contains("totalement réalisée"), "{s}");
}
