use super::*;
use crate::domain::{
    EntryKind, Governance, IndicatorKind, JournalEntry, Lead, Meeting, MeetingKind,
};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn id(s: &str) -> Id {
    Id::new(s).unwrap()
}

fn lead(org: &str) -> Option<Lead> {
    Some(Lead {
        organisation: id(org),
        person: None,
    })
}

fn group(gid: &str, territories: &[&str], axis: &str, themes: &[&str]) -> Group {
    Group {
        version: 1,
        id: id(gid),
        name: format!("Groupe {gid}"),
        territories: territories.iter().map(|t| id(t)).collect(),
        axis: id(axis),
        themes: themes.iter().map(|t| id(t)).collect(),
        pilot: lead("departement"),
        copilot: lead("ddets"),
        members: vec![],
        actions: vec![],
        meetings: vec![],
    }
}

fn action(aid: &str, status: Status, progress: u8) -> Action {
    let mut a = Action::new(id(aid), format!("Action {aid}"), status);
    a.progress = progress;
    a
}

fn meeting(date: &str, participants: u32, orgs: &[&str]) -> Meeting {
    Meeting {
        date: d(date),
        kind: MeetingKind::WorkingGroup,
        stage: None,
        territory: None,
        participants,
        organisations: orgs.iter().map(|o| id(o)).collect(),
        decisions: vec![],
        ..Default::default()
    }
}

fn indicator(
    iid: &str,
    baseline: Option<f64>,
    target: Option<f64>,
    values: &[(&str, f64)],
) -> Indicator {
    let mut i = Indicator {
        id: id(iid),
        label: format!("Indicateur {iid}"),
        kind: IndicatorKind::Evaluation,
        unit: "%".into(),
        baseline,
        target,
        measurements: vec![],
    };
    for (date, v) in values {
        i.record(d(date), *v);
    }
    i
}

fn eval(groups: &[Group], sel: &Selection, today: &str) -> Evaluation {
    let r = crate::template::referential().unwrap();
    let gov = Governance::default();
    let groups: Vec<std::sync::Arc<Group>> =
        groups.iter().cloned().map(std::sync::Arc::new).collect();
    evaluate(
        Sources {
            referential: &r,
            governance: &gov,
            groups: &groups,
        },
        sel,
        d(today),
        None,
    )
}

fn sample() -> Vec<Group> {
    let mut shared = group(
        "etude",
        &["petite-camargue", "biterrois"],
        "axe-2",
        &["remobilisation"],
    );
    shared.actions = vec![
        action("enquete", Status::InProgress, 40),
        action("restitution", Status::Project, 0),
    ];
    shared.meetings = vec![
        meeting("2023-11-10", 8, &["departement"]),
        meeting("2024-03-01", 12, &["departement", "plie"]),
        meeting("2024-09-20", 10, &["departement", "caf"]),
    ];
    let mut thau = group("mobilite-thau", &["etang-de-thau"], "axe-1", &["mobilite"]);
    let mut garage = action("garage", Status::Done, 100);
    garage.experimentation = true;
    let mut late = action("plateforme", Status::InProgress, 60);
    late.due = Some(d("2024-06-30"));
    late.indicators = vec![
        indicator("orientes", Some(0.0), Some(150.0), &[("2024-12-31", 97.0)]),
        indicator("ruptures", Some(30.0), Some(20.0), &[("2023-06-30", 18.0)]),
    ];
    let mut dropped = action("navette", Status::Abandoned, 10);
    dropped.indicators = vec![indicator(
        "x",
        Some(0.0),
        Some(10.0),
        &[("2024-01-01", 1.0)],
    )];
    thau.actions = vec![
        garage,
        late,
        action("auto-ecole", Status::Operating, 100),
        dropped,
    ];
    thau.copilot = lead("departement");
    let mut bit = group("freins", &["biterrois"], "axe-1", &[]);
    bit.actions = vec![action("a", Status::Suspended, 20)];
    bit.copilot = None;
    vec![shared, thau, bit]
}

#[test]
fn counts_by_status_territory_axis_and_theme() {
    let e = eval(&sample(), &Selection::default(), "2024-10-01");
    assert_eq!(e.totals.groups, 3);
    assert_eq!(e.totals.actions, 7);
    let st: Vec<_> = e.actions_by_status.iter().map(|(_, n)| n).collect();
    assert_eq!(st, [1, 2, 1, 1, 1, 1]);
    assert_eq!(e.totals.projects_realised, 2);
    assert_eq!(e.totals.experiments, 1);
    assert_eq!(e.territories.len(), 6);
    let t = |tid: &str| e.territories.iter().find(|t| t.id.as_str() == tid).unwrap();
    // The shared group counts in both of its territories.
    assert_eq!(t("biterrois").actions, 3);
    assert_eq!(t("biterrois").groups, 2);
    assert_eq!(t("petite-camargue").actions, 2);
    assert_eq!(t("etang-de-thau").actions, 4);
    let sum: usize = e.territories.iter().map(|t| t.actions).sum();
    assert_eq!(sum, 9, "per-territory sums exceed the total of 7");
    assert_eq!(e.axes[0].actions, 5);
    assert_eq!(e.axes[1].actions, 2);
    let th = |tid: &str| e.themes.iter().find(|t| t.id.as_str() == tid).unwrap();
    assert_eq!(th("mobilite").actions, 4);
    assert_eq!(th("remobilisation").groups, 1);
    assert_eq!(e.totals.actions_without_theme, 1);
    // Territories in referential order.
    assert_eq!(e.territories[0].id.as_str(), "montpellierain");
    // Groups by first territory (referential order): étang de Thau before petite Camargue.
    let order: Vec<_> = e.groups.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(order, ["mobilite-thau", "etude", "freins"]);
}

#[test]
fn average_progress_leaves_abandoned_out() {
    let e = eval(&sample(), &Selection::default(), "2024-10-01");
    // 40 + 0 + 100 + 60 + 100 + 20 over 6.
    assert_eq!(e.totals.average_progress, Some(53.3));
}

#[test]
fn overdue_is_as_of_today() {
    let e = eval(&sample(), &Selection::default(), "2024-10-01");
    let late: Vec<_> = e.overdue_actions().map(|a| a.action.as_str()).collect();
    assert_eq!(late, ["plateforme"]);
    assert_eq!(e.totals.overdue_actions, 1);
    let e = eval(&sample(), &Selection::default(), "2024-06-30");
    assert_eq!(e.totals.overdue_actions, 0);
}

#[test]
fn indicators_off_target_and_not_measured() {
    let e = eval(&sample(), &Selection::default(), "2024-10-01");
    let off: Vec<_> = e
        .indicators_off_target
        .iter()
        .map(|i| i.indicator.as_str())
        .collect();
    // 97 < 150 is off; the ruptures rate 18 ≤ 20 is on target (lower is
    // better); the abandoned action's indicator is not judged.
    assert_eq!(off, ["orientes"]);
    assert_eq!(e.totals.indicators_on_target, 1);
    let not: Vec<_> = e
        .indicators_not_measured
        .iter()
        .map(|i| i.indicator.as_str())
        .collect();
    assert_eq!(not, ["ruptures"]);
    let e = eval(
        &sample(),
        &Selection {
            year: Some(2023),
            ..Default::default()
        },
        "2024-10-01",
    );
    let not: Vec<_> = e
        .indicators_not_measured
        .iter()
        .map(|i| i.indicator.as_str())
        .collect();
    assert_eq!(not, ["orientes"]);
}

#[test]
fn meetings_and_participants_per_group_and_territory() {
    let all = eval(&sample(), &Selection::default(), "2024-10-01");
    assert_eq!(all.totals.meetings, 3);
    assert_eq!(all.totals.participants, 30);
    let y = eval(
        &sample(),
        &Selection {
            year: Some(2024),
            ..Default::default()
        },
        "2024-10-01",
    );
    assert_eq!(y.totals.meetings, 2);
    assert_eq!(y.totals.participants, 22);
    let g = y.groups.iter().find(|g| g.id.as_str() == "etude").unwrap();
    assert_eq!(
        (g.meetings, g.participants, g.organisations_present),
        (2, 22, 3)
    );
    assert_eq!(g.last_meeting, Some(d("2024-09-20")));
    let t = y
        .territories
        .iter()
        .find(|t| t.id.as_str() == "petite-camargue")
        .unwrap();
    assert_eq!((t.meetings, t.participants), (2, 22));
    assert!(
        !y.groups
            .iter()
            .find(|g| g.id.as_str() == "freins")
            .unwrap()
            .met_this_year
    );
}

#[test]
fn pilot_and_copilot_from_two_organisations() {
    let e = eval(&sample(), &Selection::default(), "2024-10-01");
    assert_eq!(e.totals.groups_with_two_organisations, 1);
    let issues: Vec<_> = e.groups.iter().map(|g| g.lead_issue).collect();
    assert_eq!(
        issues,
        [
            Some(LeadIssue::SameOrganisation),
            None,
            Some(LeadIssue::NoCopilot)
        ]
    );
}

#[test]
fn selection_narrows_groups_and_rows() {
    let groups = sample();
    let sel = Selection {
        territory: Some(id("biterrois")),
        ..Default::default()
    };
    let e = eval(&groups, &sel, "2024-10-01");
    assert_eq!(e.totals.groups, 2);
    assert_eq!(e.totals.actions, 3);
    assert_eq!(e.territories.len(), 1);
    assert_eq!(e.governance.local_committees.len(), 1);
    let sel = Selection {
        axis: Some(id("axe-1")),
        ..Default::default()
    };
    let e = eval(&groups, &sel, "2024-10-01");
    assert_eq!(e.totals.actions, 5);
    assert_eq!(e.axes.len(), 1);
    assert!(e.themes.iter().all(|t| t.axis.as_str() == "axe-1"));
    let sel = Selection {
        theme: Some(id("remobilisation")),
        ..Default::default()
    };
    assert_eq!(eval(&groups, &sel, "2024-10-01").totals.actions, 2);
}

#[test]
fn alerts_name_what_they_are_about() {
    let e = eval(
        &sample(),
        &Selection {
            year: Some(2024),
            ..Default::default()
        },
        "2024-10-01",
    );
    let a = alerts(&e);
    let kinds: std::collections::BTreeSet<_> = a.iter().map(|a| a.kind).collect();
    assert!(kinds.contains(&AlertKind::GovernanceDue));
    let overdue = a.iter().find(|a| a.kind == AlertKind::Overdue).unwrap();
    assert_eq!(
        overdue.group.as_ref().map(Id::as_str),
        Some("mobilite-thau")
    );
    assert_eq!(overdue.action.as_ref().map(Id::as_str), Some("plateforme"));
    assert!(
        overdue.message.contains("30/06/2024"),
        "{}",
        overdue.message
    );
    let no_meeting: Vec<_> = a
        .iter()
        .filter(|a| a.kind == AlertKind::NoMeetingThisYear)
        .map(|a| a.group.as_ref().unwrap().as_str())
        .collect();
    assert_eq!(no_meeting, ["mobilite-thau", "freins"]);
    // Sorted by kind.
    assert!(a.windows(2).all(|w| w[0].kind <= w[1].kind));
}

fn step(date: &str, text: &str, owner: Option<&str>, due: Option<&str>) -> JournalEntry {
    JournalEntry {
        meeting: Some(id(date)),
        owner: owner.map(id),
        due: due.map(d),
        ..JournalEntry::new(d(date), EntryKind::NextStep, text)
    }
}

/// The sample, with next steps on two groups: open and overdue, open not
/// yet due, open with no date, done, and a decision (not a step).
fn with_steps() -> Vec<Group> {
    let mut groups = sample();
    let thau = &mut groups[1];
    thau.actions[1].journal = vec![
        step(
            "2024-06-01",
            "Relancer la CAF",
            Some("caf"),
            Some("2024-09-15"),
        ),
        step(
            "2024-06-01",
            "Chiffrer le parc",
            Some("inconnue"),
            Some("2024-12-01"),
        ),
        JournalEntry {
            done: Some(d("2024-08-01")),
            ..step("2024-06-01", "Fait", Some("caf"), Some("2024-07-01"))
        },
        JournalEntry::new(d("2024-06-01"), EntryKind::Decision, "Décidé"),
    ];
    groups[2].actions[0].journal = vec![
        step("2024-05-01", "Sans date", None, None),
        step("2024-05-01", "Trouver un local", None, Some("2024-08-31")),
    ];
    groups
}

#[test]
fn open_and_overdue_next_steps_are_carried_and_counted() {
    let e = eval(&with_steps(), &Selection::default(), "2024-10-01");
    assert_eq!(e.totals.open_steps, 4);
    assert_eq!(e.totals.overdue_steps, 2);
    // Groups in the evaluation's order, then earliest due first.
    let texts: Vec<&str> = e.open_steps.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Relancer la CAF",
            "Chiffrer le parc",
            "Trouver un local",
            "Sans date"
        ]
    );
    let first = &e.open_steps[0];
    assert_eq!(first.group.as_str(), "mobilite-thau");
    assert_eq!(first.group_name, "Groupe mobilite-thau");
    assert_eq!(first.action.as_str(), "plateforme");
    assert_eq!(first.action_title, "Action plateforme");
    assert_eq!(first.owner.as_ref().map(Id::as_str), Some("caf"));
    assert_eq!(first.owner_name.as_deref(), Some("CAF de l'Hérault"));
    assert_eq!(first.due, Some(d("2024-09-15")));
    assert_eq!(first.date, d("2024-06-01"));
    assert_eq!(first.meeting.as_ref().map(Id::as_str), Some("2024-06-01"));
    assert!(first.overdue);
    // An owner the referential does not know keeps its id.
    assert_eq!(e.open_steps[1].owner_name.as_deref(), Some("inconnue"));
    assert!(!e.open_steps[1].overdue);
    let overdue: Vec<&str> = e.overdue_steps().map(|s| s.text.as_str()).collect();
    assert_eq!(overdue, ["Relancer la CAF", "Trouver un local"]);
    // Per action.
    let row = e
        .actions
        .iter()
        .find(|a| a.action.as_str() == "plateforme")
        .unwrap();
    assert_eq!((row.open_steps, row.overdue_steps), (2, 1));
    // A selection keeps the steps of its groups only.
    let bit = eval(
        &with_steps(),
        &Selection {
            territory: Some(id("biterrois")),
            ..Default::default()
        },
        "2024-10-01",
    );
    assert_eq!((bit.totals.open_steps, bit.totals.overdue_steps), (2, 1));
}

#[test]
fn an_overdue_next_step_is_an_alert_right_after_the_overdue_actions() {
    let e = eval(&with_steps(), &Selection::default(), "2024-10-01");
    let a = alerts(&e);
    let steps: Vec<_> = a
        .iter()
        .filter(|a| a.kind == AlertKind::OverdueStep)
        .collect();
    assert_eq!(steps.len(), 2);
    assert_eq!(
        steps[0].group.as_ref().map(Id::as_str),
        Some("mobilite-thau")
    );
    assert_eq!(steps[0].action.as_ref().map(Id::as_str), Some("plateforme"));
    assert_eq!(steps[0].indicator, None);
    assert_eq!(
        steps[0].message,
        "«\u{a0}Relancer la CAF\u{a0}» — CAF de l'Hérault, attendue le 15/09/2024 \
         («\u{a0}Action plateforme\u{a0}», Groupe mobilite-thau)"
    );
    assert!(
        steps[1].message.contains("sans structure désignée"),
        "{}",
        steps[1].message
    );
    assert_eq!(
        AlertKind::OverdueStep.label_fr(),
        "Suite à donner en retard"
    );
    // In kind order: after the overdue actions, before the indicators.
    let last_overdue = a
        .iter()
        .rposition(|x| x.kind == AlertKind::Overdue)
        .unwrap();
    let first_step = a
        .iter()
        .position(|x| x.kind == AlertKind::OverdueStep)
        .unwrap();
    let first_off = a.iter().position(|x| x.kind == AlertKind::OffTarget);
    assert_eq!(first_step, last_overdue + 1);
    assert!(first_off.is_none_or(|o| o > first_step));
    assert!(AlertKind::Overdue < AlertKind::OverdueStep);
    assert!(AlertKind::OverdueStep < AlertKind::OffTarget);
    // The English words, for the interface.
    let en = super::alerts::step_message(crate::i18n::Lang::En, &e.open_steps[0]);
    assert!(en.contains("due 2024-09-15"), "{en}");
}
