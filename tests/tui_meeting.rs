//! Meeting mode: open a meeting from a group page, its agenda, a pass over
//! an action with single keys, what is noted in the meeting, interruption
//! and resume, the end with its minutes and the sync panel.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use common::tui::{Tui, app, date, id, keys, render, typ};
use pacte::domain::meeting::AgendaItem;
use pacte::domain::{EntryKind, Group, Meeting, MeetingKind, Minutes, Status};
use pacte::tui::Lang;
use pacte::tui::app::{App, Popup, Screen};
use pacte::tui::msg::Effect;
use pacte::tui::session::MeetingPane;

const GROUP: &str = "reseau-digi-thau";

fn digi(a: &App) -> &Group {
    a.ws.group(&id(GROUP)).unwrap()
}

fn held(a: &App) -> &Meeting {
    digi(a).meeting(&id("2025-01-15")).unwrap()
}

fn pane(a: &App) -> MeetingPane {
    match a.screen() {
        Screen::Meeting(s) => s.pane,
        other => panic!("not in a meeting: {other:?}"),
    }
}

/// The tui fixture's Digi'Thau group, a meeting opened on it (today,
/// working group, Département and France Travail present, CAF excused, 9
/// participants, an agenda note).
fn opened(lang: Lang) -> App {
    let mut a = app("tui", lang);
    keys(&mut a, "j enter enter r");
    // The date is today's, pre-filled; the kind, a working group.
    keys(&mut a, "enter enter");
    // Present: the pilot's and co-pilot's organisations come first.
    keys(&mut a, "space down space enter");
    // Excused: those present are not offered again; the CAF is first.
    keys(&mut a, "space enter");
    typ(&mut a, "9");
    keys(&mut a, "enter");
    typ(&mut a, "Claire Martin, Paul Roux");
    keys(&mut a, "enter");
    typ(&mut a, "Point d'étape du réseau");
    keys(&mut a, "enter");
    a
}

#[test]
fn a_meeting_opens_on_its_agenda_with_what_was_typed() {
    let a = opened(Lang::Fr);
    let m = held(&a);
    assert_eq!(
        (m.date, m.kind),
        (date("2025-01-15"), MeetingKind::WorkingGroup)
    );
    assert_eq!(m.organisations, [id("departement"), id("france-travail")]);
    assert_eq!(m.excused, [id("caf")]);
    assert_eq!(m.participants, 9);
    assert_eq!(m.people, ["Claire Martin", "Paul Roux"]);
    assert_eq!(m.agenda, "Point d'étape du réseau");
    assert_eq!(m.minutes, Minutes::Draft);
    assert_eq!(pane(&a), MeetingPane::Agenda);
    // The agenda, in order: the open step of an earlier meeting, the
    // overdue action, the indicator behind its target, the action with
    // nothing since the last meeting.
    let Screen::Meeting(s) = a.screen() else {
        panic!()
    };
    let items = pacte::domain::meeting::agenda(digi(&a), m.date);
    let ateliers = id("ateliers-numeriques");
    let annuaire = id("annuaire-partage");
    assert_eq!(
        items,
        [
            AgendaItem::OpenStep {
                action: ateliers.clone(),
                index: 1
            },
            AgendaItem::OverdueAction {
                action: annuaire.clone()
            },
            AgendaItem::Indicator {
                action: ateliers.clone(),
                indicator: id("taux-autonomie"),
                why: pacte::domain::meeting::IndicatorWhy::OffTarget
            },
            AgendaItem::Untouched {
                action: annuaire.clone()
            },
        ]
    );
    assert_eq!(s.order, [ateliers, annuaire]);
}

#[test]
fn a_full_pass_on_an_action_takes_fourteen_keys_and_is_noted_in_the_meeting() {
    let mut a = opened(Lang::Fr);
    let mut count = 0;
    let mut press = |a: &mut App, k: &str| {
        count += k.split_whitespace().count();
        keys(a, k)
    };
    // Next action (from the agenda: its first line's action).
    press(&mut a, "right");
    assert_eq!(pane(&a), MeetingPane::Action);
    // Status: en fonctionnement, by its letter.
    press(&mut a, "s f");
    // A measurement: the first of two indicators.
    press(&mut a, "m enter");
    typ(&mut a, "210");
    press(&mut a, "enter");
    // Tick: the deliverable not handed in yet comes first.
    press(&mut a, "space enter");
    // A decision.
    press(&mut a, "c");
    typ(&mut a, "Ouvrir une permanence à Mèze.");
    press(&mut a, "enter");
    // A next step: what, who (those present first), when.
    press(&mut a, "n");
    typ(&mut a, "Chiffrer la permanence");
    press(&mut a, "enter enter");
    typ(&mut a, "31/03/2025");
    let fx = press(&mut a, "enter");
    assert_eq!(fx, [Effect::SaveGroup(id(GROUP))], "saved as typed");
    assert_eq!(count, 14, "keys for one full pass, typed text aside");

    let g = digi(&a);
    let x = g.action(&id("ateliers-numeriques")).unwrap();
    assert_eq!(x.status, Status::Operating);
    let i = &x.indicators[0];
    assert_eq!(
        (i.latest().unwrap().date, i.latest().unwrap().value),
        (date("2025-01-15"), 210.0)
    );
    assert!(x.deliverables.iter().all(|d| d.done));
    let linked: Vec<_> = x
        .journal
        .iter()
        .filter(|e| e.meeting == Some(id("2025-01-15")))
        .collect();
    assert_eq!(linked.len(), 2, "{:?}", x.journal);
    assert_eq!(linked[0].kind, EntryKind::Decision);
    assert_eq!(linked[0].text, "Ouvrir une permanence à Mèze.");
    assert_eq!(linked[1].kind, EntryKind::NextStep);
    assert_eq!(linked[1].owner, Some(id("departement")));
    assert_eq!(linked[1].due, Some(date("2025-03-31")));
    // The meeting knows what changed on the action: status before and
    // after, the deliverable ticked.
    let m = held(&a);
    assert_eq!(m.discussed.len(), 1);
    let d = &m.discussed[0];
    assert_eq!(d.action, id("ateliers-numeriques"));
    assert_eq!(
        (d.status_before, d.status_after),
        (Status::InProgress, Some(Status::Operating))
    );
    assert_eq!(d.ticked, ["Bilan annuel"]);
    // Its decisions come from the links, typed once.
    let decided: Vec<&str> = pacte::domain::meeting::decisions(g, m)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    assert_eq!(decided, ["Ouvrir une permanence à Mèze."]);
    // The record says all of it.
    keys(&mut a, "r");
    let screen = render(&a, 120, 40);
    for needle in [
        "Statut : en cours → en fonctionnement",
        "Livrable remis : Bilan annuel",
        "Mesure : Personnes accompagnées = 210",
        "Décision : Ouvrir une permanence à Mèze.",
        "Étape : Chiffrer la permanence",
    ] {
        assert!(
            screen.replace('\u{a0}', " ").contains(needle),
            "{needle}:\n{screen}"
        );
    }
}

#[test]
fn undo_in_a_meeting_takes_back_the_change_and_its_note() {
    let mut a = opened(Lang::Fr);
    keys(&mut a, "right s f");
    assert_eq!(held(&a).discussed.len(), 1);
    keys(&mut a, "u");
    let x = digi(&a).action(&id("ateliers-numeriques")).unwrap();
    assert_eq!(x.status, Status::InProgress);
    assert!(held(&a).discussed.is_empty(), "{:?}", held(&a).discussed);
}

#[test]
fn next_and_previous_walk_the_actions_and_stop_at_the_ends() {
    let mut a = opened(Lang::Fr);
    let at = |a: &App| match a.screen() {
        Screen::Meeting(s) => s.at,
        _ => usize::MAX,
    };
    keys(&mut a, "right");
    assert_eq!(at(&a), 0);
    keys(&mut a, "right right right");
    assert_eq!(at(&a), 1, "two actions: stays on the last");
    keys(&mut a, "left left");
    assert_eq!(at(&a), 0);
    // The agenda's second line (the overdue action) jumps to its action.
    keys(&mut a, "a down enter");
    assert_eq!((pane(&a), at(&a)), (MeetingPane::Action, 1));
}

#[test]
fn a_step_is_closed_and_a_general_decision_noted() {
    let mut a = opened(Lang::Fr);
    // Space on the action: the deliverable first, then the open step.
    keys(&mut a, "right space down enter");
    let x = digi(&a).action(&id("ateliers-numeriques")).unwrap();
    let step = x
        .journal
        .iter()
        .find(|e| e.text == "Recruter un second conseiller numérique.")
        .unwrap();
    assert_eq!(step.done, Some(date("2025-01-15")));
    assert!(!x.deliverables[1].done);
    // The minutes say it was done in this meeting.
    let r = a.ws.referential.as_ref().unwrap();
    let md = pacte::report::minutes::render(
        r,
        digi(&a),
        &id("2025-01-15"),
        date("2025-01-15"),
        pacte::report::minutes::MinutesFormat::Markdown,
        Lang::Fr,
    )
    .unwrap();
    let closed = md
        .find("Suites des réunions précédentes réalisées")
        .unwrap();
    assert!(
        md[closed..].contains("Recruter un second conseiller numérique."),
        "{md}"
    );
    // Only the deliverable is left to tick: Space ticks it at once.
    let fx = keys(&mut a, "space");
    assert_eq!(fx, [Effect::SaveGroup(id(GROUP))]);
    assert!(a.popups.is_empty());
    let x = digi(&a).action(&id("ateliers-numeriques")).unwrap();
    assert!(x.deliverables[1].done);
    // On the record, c notes a decision of the meeting as a whole.
    keys(&mut a, "r c");
    typ(&mut a, "Prochaine réunion en avril.");
    keys(&mut a, "enter");
    assert_eq!(held(&a).decisions, ["Prochaine réunion en avril."]);
}

#[test]
fn an_implausible_measurement_is_asked_about_first() {
    let mut a = opened(Lang::Fr);
    // 100 people after 185: a realisation count does not go down.
    keys(&mut a, "right m enter");
    typ(&mut a, "100");
    let fx = keys(&mut a, "enter");
    assert!(fx.is_empty());
    let Some(Popup::Confirm { question, .. }) = a.popups.last() else {
        panic!("{:?}", a.popups)
    };
    assert!(question.contains("185"), "{question}");
    keys(&mut a, "n");
    let i = &digi(&a)
        .action(&id("ateliers-numeriques"))
        .unwrap()
        .indicators[0];
    assert_eq!(i.latest().unwrap().value, 185.0, "not recorded");
    // 120 % on a rate: asked, then recorded on yes.
    keys(&mut a, "m down enter");
    typ(&mut a, "120");
    keys(&mut a, "enter");
    assert!(matches!(a.popups.last(), Some(Popup::Confirm { .. })));
    let fx = keys(&mut a, "o");
    assert_eq!(fx, [Effect::SaveGroup(id(GROUP))]);
    let i = &digi(&a)
        .action(&id("ateliers-numeriques"))
        .unwrap()
        .indicators[1];
    assert_eq!(i.latest().unwrap().value, 120.0);
}

#[test]
fn esc_pauses_the_meeting_and_r_resumes_it() {
    let mut a = opened(Lang::Fr);
    keys(&mut a, "right right esc");
    assert!(matches!(a.screen(), Screen::Group(_)));
    assert_eq!(held(&a).minutes, Minutes::Draft);
    keys(&mut a, "r");
    assert_eq!(
        pane(&a),
        MeetingPane::Agenda,
        "nothing noted yet: the agenda"
    );
    assert_eq!(digi(&a).meetings.len(), 2, "no second meeting");
}

#[test]
fn the_end_shows_the_minutes_closes_the_meeting_writes_them_and_offers_the_sync() {
    let mut a = opened(Lang::Fr);
    keys(&mut a, "right c");
    typ(&mut a, "Ouvrir une permanence à Mèze.");
    keys(&mut a, "enter S");
    let Some(Popup::Preview { text, .. }) = a.popups.last() else {
        panic!("{:?}", a.popups)
    };
    assert!(text.contains("Ouvrir une permanence à Mèze."), "{text}");
    assert!(!text.contains("**"), "read as plain text: {text}");
    // Other keys leave it open and run nothing.
    keys(&mut a, "G end q");
    assert!(matches!(a.popups.last(), Some(Popup::Preview { .. })));
    assert!(matches!(a.screen(), Screen::Meeting(_)));
    // Esc goes back to the meeting; S then Enter ends it.
    keys(&mut a, "esc");
    assert_eq!(pane(&a), MeetingPane::Action);
    let fx = keys(&mut a, "S enter");
    assert_eq!(fx[0], Effect::SaveGroup(id(GROUP)));
    let Effect::WriteFile(path, minutes) = &fx[1] else {
        panic!("{fx:?}")
    };
    let p = path.to_str().unwrap();
    assert!(
        p.starts_with("minutes/reseau-digi-thau/2025-01-15-") && p.ends_with(".md"),
        "{p}"
    );
    assert!(minutes.contains("Ouvrir une permanence à Mèze."));
    assert!(
        minutes.starts_with("# Compte rendu — "),
        "closed, not a draft: {minutes}"
    );
    assert_eq!(held(&a).minutes, Minutes::Sent);
    let Screen::Sync(p) = a.screen() else {
        panic!("{:?}", a.screen())
    };
    assert_eq!(
        p.message,
        "Compte rendu du groupe Réseau Digi'Thau du 15/01/2025"
    );
    assert!(p.edited, "the message is kept, not regenerated");
}

#[test]
fn a_meeting_cut_off_resumes_where_it_stopped_with_nothing_lost() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press("j enter enter r enter enter space enter enter enter enter enter");
    t.press("right right s r");
    let file = t.file("groups/reseau-digi-thau.ron");
    assert!(file.contains("minutes: \"draft\""), "{file}");
    assert!(file.contains("status_before: \"project\""), "{file}");
    // The process dies here (kill -9): what is on disk is all there is.
    let root = t.root().to_path_buf();
    let copy = tempfile::tempdir().unwrap();
    common::copy_dir(&root, copy.path());
    drop(t);
    let back = Tui::on(copy.path(), Lang::Fr);
    let Screen::Meeting(s) = back.app.screen() else {
        panic!("{:?}", back.app.screen())
    };
    assert_eq!(s.pane, MeetingPane::Action);
    assert_eq!(s.action(), Some(&id("annuaire-partage")));
    let x = back
        .app
        .ws
        .group(&id(GROUP))
        .unwrap()
        .action(&id("annuaire-partage"))
        .unwrap();
    assert_eq!(x.status, Status::Done);
}

fn snap(a: &App, w: u16, h: u16) -> String {
    render(a, w, h)
}

#[test]
fn snapshots_of_the_meeting_screens() {
    for lang in [Lang::Fr, Lang::En] {
        let l = lang.code();
        let mut a = opened(lang);
        insta::assert_snapshot!(format!("{l}_agenda_80x24"), snap(&a, 80, 24));
        insta::assert_snapshot!(format!("{l}_agenda_120x40"), snap(&a, 120, 40));
        keys(&mut a, "right c");
        typ(
            &mut a,
            "Ouvrir une permanence à Mèze, avec la CAF et le CCAS, deux demi-journées par semaine dès le printemps.",
        );
        keys(&mut a, "enter");
        insta::assert_snapshot!(format!("{l}_action_80x24"), snap(&a, 80, 24));
        insta::assert_snapshot!(format!("{l}_action_120x40"), snap(&a, 120, 40));
        keys(&mut a, "r");
        insta::assert_snapshot!(format!("{l}_record_80x24"), snap(&a, 80, 24));
        keys(&mut a, "S");
        insta::assert_snapshot!(format!("{l}_minutes_80x24"), snap(&a, 80, 24));
        insta::assert_snapshot!(format!("{l}_minutes_120x40"), snap(&a, 120, 40));
        keys(&mut a, "esc esc");
        insta::assert_snapshot!(format!("{l}_group_with_meeting_80x24"), snap(&a, 80, 24));
    }
}

#[test]
fn an_organisation_present_but_unknown_is_added_to_the_referential() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press("j enter enter r enter enter space");
    // The last row adds one: typing filters to it.
    t.typ("absente");
    t.press("space enter");
    t.typ("Garage solidaire de Sète");
    t.press("enter enter enter enter enter");
    let m = held(&t.app);
    assert_eq!(
        m.organisations,
        [id("departement"), id("garage-solidaire-de-sete")]
    );
    let referential = t.file("pacte.ron");
    assert!(
        referential.contains(
            "id: \"garage-solidaire-de-sete\",\n            name: \"Garage solidaire de Sète\","
        ),
        "{referential}"
    );
    assert!(matches!(t.app.screen(), Screen::Meeting(_)));
    // The workspace still checks clean with it.
    let ws = pacte::store::Workspace::open(t.root()).unwrap();
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    assert!(ws.check(date("2025-01-15")).iter().all(|d| !d.is_error()));
}

#[test]
fn the_agenda_follows_its_cursor_on_a_small_window() {
    let mut a = opened(Lang::Fr);
    keys(&mut a, "end");
    let Screen::Meeting(s) = a.screen() else {
        panic!()
    };
    assert_eq!(s.agenda, 3, "End: the last line");
    let screen = render(&a, 80, 12);
    assert!(
        screen.contains("> Annuaire partagé des lieux d'accès au numérique — Rien de noté"),
        "{screen}"
    );
    keys(&mut a, "home");
    assert!(render(&a, 80, 12).contains("> Ateliers numériques itinérants — Étape ouverte"));
}

#[test]
fn a_meeting_resumes_on_the_action_it_changed_last() {
    let mut t = Tui::new("tui", Lang::Fr);
    t.press("j enter enter r enter enter space enter enter enter enter enter");
    // Both actions changed, then the first one again.
    t.press("right s f right s r left +");
    let back = Tui::on(t.root(), Lang::Fr);
    let Screen::Meeting(s) = back.app.screen() else {
        panic!("{:?}", back.app.screen())
    };
    assert_eq!(s.action(), Some(&id("ateliers-numeriques")));
    // Ended, it no longer says where it stood.
    t.press("S enter");
    assert_eq!(held(&t.app).at, None);
}

#[test]
fn the_minutes_say_a_due_date_moved_a_deliverable_added_and_the_value_before() {
    let mut a = opened(Lang::Fr);
    keys(&mut a, "right d ctrl-u");
    typ(&mut a, "31/12/2025");
    keys(&mut a, "enter L");
    typ(&mut a, "Guide des lieux");
    keys(&mut a, "enter m enter");
    typ(&mut a, "210");
    keys(&mut a, "enter");
    let r = a.ws.referential.as_ref().unwrap();
    let md = pacte::report::minutes::render(
        r,
        digi(&a),
        &id("2025-01-15"),
        date("2025-01-15"),
        pacte::report::minutes::MinutesFormat::Markdown,
        Lang::Fr,
    )
    .unwrap()
    .replace(['\u{a0}', '\u{202f}'], " ");
    for needle in [
        "30/06/2025 → 31/12/2025",
        "Livrables ajoutés",
        "Guide des lieux",
        "210 personnes, après 185 personnes au 30/06/2024",
    ] {
        assert!(md.contains(needle), "{needle}:\n{md}");
    }
}

#[test]
fn undoing_the_meeting_itself_leaves_its_screen() {
    let mut a = opened(Lang::Fr);
    keys(&mut a, "right s f u");
    assert!(matches!(a.screen(), Screen::Meeting(_)));
    keys(&mut a, "u");
    assert!(matches!(a.screen(), Screen::Group(_)), "{:?}", a.screen());
    assert!(digi(&a).meeting(&id("2025-01-15")).is_none());
}
