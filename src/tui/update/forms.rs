//! Forms and menus: meetings of a group or of the governance (add, edit
//! field by field, delete), interim evaluations, dated journal entries,
//! correcting or deleting one measurement, a group's territories, axis and
//! themes. Every change goes through `edit::change` (groups) or
//! [`change_governance`] (`governance.ron`): undo snapshot, then a save.

use super::super::app::{
    ActionRef, App, Change, Confirmed, GOVERNANCE_ID, GovernancePane, GovernanceState, GroupPane,
    InputPurpose, PickItem, PickPurpose, Popup, Screen, TextPurpose, Tone,
};
use super::super::forms::{
    EvaluationDraft, FormConfirm, FormInput, FormPick, FormText, MeetingDraft, MeetingOwner,
    MeetingRef,
};
use super::super::i18n::{self, tr};
use super::super::msg::{Command, Effect};
use super::edit::{
    self, bad_date, change, current_group, input, item, no_group, org_items, parse_date,
    parse_number, pick, text_popup,
};
use super::nav::fix_screens;
use crate::domain::{
    CopilStage, EntryKind, Governance, Id, InterimEvaluation, JournalEntry, Meeting, MeetingKind,
};
use crate::text::sanitize;
use chrono::{Datelike, NaiveDate};

/// Commands handled here: meetings, governance, group scope.
pub fn command(app: &mut App, c: Command) -> Vec<Effect> {
    match c {
        Command::Governance => {
            if !matches!(app.screen(), Screen::Governance(_)) {
                // Newest first under the cursor: that is what people come for.
                let gov = &app.ws.governance;
                app.screens.push(Screen::Governance(GovernanceState {
                    pane: GovernancePane::Meetings,
                    meeting: gov.meetings.len().saturating_sub(1),
                    evaluation: gov.evaluations.len().saturating_sub(1),
                }));
            }
            Vec::new()
        }
        Command::Meeting => {
            if matches!(app.screen(), Screen::Governance(_)) {
                new_meeting(app, MeetingOwner::Governance);
                return Vec::new();
            }
            match current_group(app) {
                Some(g) => {
                    new_meeting(app, MeetingOwner::Group(g));
                    Vec::new()
                }
                None => no_group(app),
            }
        }
        Command::Territories => match current_group(app) {
            Some(g) => {
                group_territories(app, g);
                Vec::new()
            }
            None => no_group(app),
        },
        Command::Themes => match current_group(app) {
            Some(g) => {
                group_axis(app, g);
                Vec::new()
            }
            None => no_group(app),
        },
        _ => Vec::new(),
    }
}

/// Applies `f` to the governance, records the change for undo and asks for
/// a save of `governance.ron`.
pub fn change_governance(
    app: &mut App,
    what: String,
    f: impl FnOnce(&mut Governance) -> Result<(), String>,
) -> Vec<Effect> {
    let before = app.ws.governance.clone();
    if let Err(e) = f(&mut app.ws.governance) {
        app.ws.governance = before;
        app.say(Tone::Error, e);
        return Vec::new();
    }
    if app.ws.governance == before {
        return Vec::new();
    }
    let Ok(group) = Id::new(GOVERNANCE_ID) else {
        return Vec::new();
    };
    let after = app.ws.governance.clone();
    app.history.undo.push(Change {
        group,
        before: None,
        after: None,
        what: what.clone(),
        governance: Some(Box::new((before, after))),
    });
    app.history.redo.clear();
    app.say(Tone::Info, what);
    vec![Effect::SaveGovernance]
}

/// Puts back a governance snapshot (undo/redo) and asks for a save.
pub fn restore_governance(app: &mut App, g: Governance) -> Vec<Effect> {
    app.ws.governance = g;
    vec![Effect::SaveGovernance]
}

/// The meetings of an owner.
fn meetings<'a>(app: &'a App, owner: &MeetingOwner) -> Option<&'a [Meeting]> {
    match owner {
        MeetingOwner::Group(g) => app.ws.group(g).map(|g| g.meetings.as_slice()),
        MeetingOwner::Governance => Some(&app.ws.governance.meetings),
    }
}

fn meeting<'a>(app: &'a App, m: &MeetingRef) -> Option<&'a Meeting> {
    meetings(app, &m.owner)?.get(m.index)
}

/// Keeps meetings oldest first; returns where `m` went.
fn insert_sorted(list: &mut Vec<Meeting>, m: Meeting) -> usize {
    let at = list.partition_point(|x| x.date <= m.date);
    list.insert(at, m);
    at
}

/// Changes one meeting, keeps the list sorted by date and moves the cursor
/// of the screen showing it onto the meeting.
fn change_meeting(
    app: &mut App,
    m: &MeetingRef,
    what: String,
    f: impl FnOnce(&mut Meeting) -> Result<(), String>,
) -> Vec<Effect> {
    let i = m.index;
    let mut moved = i;
    let apply = |list: &mut Vec<Meeting>, moved: &mut usize| -> Result<(), String> {
        if i >= list.len() {
            return Err("?".into());
        }
        let mut x = list.remove(i);
        f(&mut x)?;
        *moved = insert_sorted(list, x);
        Ok(())
    };
    let effects = match &m.owner {
        MeetingOwner::Group(g) => change(app, g, what, |g| apply(&mut g.meetings, &mut moved)),
        MeetingOwner::Governance => {
            change_governance(app, what, |g| apply(&mut g.meetings, &mut moved))
        }
    };
    set_meeting_cursor(app, &m.owner, moved);
    effects
}

fn set_meeting_cursor(app: &mut App, owner: &MeetingOwner, at: usize) {
    match (app.screen_mut(), owner) {
        (Screen::Governance(s), MeetingOwner::Governance) => {
            s.pane = GovernancePane::Meetings;
            s.meeting = at;
        }
        (Screen::Group(s), MeetingOwner::Group(g)) if &s.id == g => {
            s.pane = GroupPane::Meetings;
            s.meeting = at;
        }
        _ => {}
    }
}

/// Between a label and its value: ` : ` in French, `: ` in English.
fn sep(lang: super::super::Lang) -> &'static str {
    tr(lang, " : ", ": ")
}

fn owner_label(lang: super::super::Lang, owner: &MeetingOwner) -> &'static str {
    match owner {
        MeetingOwner::Group(_) => tr(lang, "Réunion", "Meeting"),
        MeetingOwner::Governance => tr(lang, "Instance de gouvernance", "Governance meeting"),
    }
}

fn new_meeting(app: &mut App, owner: MeetingOwner) {
    let lang = app.lang;
    let kind = match owner {
        MeetingOwner::Group(_) => MeetingKind::WorkingGroup,
        MeetingOwner::Governance => MeetingKind::Copil,
    };
    let title = format!(
        "{}{}{}",
        owner_label(lang, &owner),
        sep(lang),
        tr(lang, "date (JJ/MM/AAAA)", "date (YYYY-MM-DD)")
    );
    let today = i18n::date(lang, app.today);
    let draft = MeetingDraft {
        owner,
        date: app.today,
        kind,
        stage: None,
        territory: None,
        participants: 0,
        organisations: Vec::new(),
    };
    input(
        app,
        title,
        &today,
        InputPurpose::Form(FormInput::MeetingDate(draft)),
    );
}

fn kind_items(lang: super::super::Lang, owner: &MeetingOwner, cur: MeetingKind) -> Vec<PickItem> {
    MeetingKind::ALL
        .iter()
        .filter(|k| !(*owner == MeetingOwner::Governance && **k == MeetingKind::WorkingGroup))
        .map(|k| item(k.id(), i18n::meeting_kind(lang, *k), *k == cur))
        .collect()
}

fn stage_items(lang: super::super::Lang, cur: Option<CopilStage>) -> Vec<PickItem> {
    CopilStage::ALL
        .iter()
        .map(|s| item(s.id(), i18n::copil_stage(lang, *s), Some(*s) == cur))
        .collect()
}

fn territory_items(app: &App, cur: &[Id]) -> Vec<PickItem> {
    app.ws
        .referential
        .as_ref()
        .map(|r| {
            r.territories
                .iter()
                .map(|t| item(t.id.as_str(), t.name.clone(), cur.contains(&t.id)))
                .collect()
        })
        .unwrap_or_default()
}

/// The organisations list of a new meeting: a group's members (and pilots)
/// first and ticked.
fn meeting_org_items(app: &App, draft: &MeetingDraft) -> Vec<PickItem> {
    let members = match &draft.owner {
        MeetingOwner::Group(g) => app.ws.group(g).map(|g| {
            let mut v = g.members.clone();
            v.extend(
                g.pilot
                    .iter()
                    .chain(g.copilot.iter())
                    .map(|l| l.organisation.clone()),
            );
            v
        }),
        MeetingOwner::Governance => None,
    };
    let mut items = org_items(app, &[]);
    if let Some(m) = members {
        items.sort_by_key(|i| !m.iter().any(|x| x.as_str() == i.key));
        for i in &mut items {
            i.checked = m.iter().any(|x| x.as_str() == i.key);
        }
    }
    items
}

/// After the kind: stage (COPIL) or territory (local committee of the
/// governance), then participants.
fn next_meeting_step(app: &mut App, d: MeetingDraft) {
    let lang = app.lang;
    let governance = d.owner == MeetingOwner::Governance;
    if d.kind == MeetingKind::Copil && d.stage.is_none() {
        let items = stage_items(lang, None);
        pick(
            app,
            tr(lang, "COPIL : étape", "Steering committee: stage").into(),
            items,
            false,
            PickPurpose::Form(FormPick::MeetingStage(d)),
        );
        return;
    }
    if governance && d.kind == MeetingKind::LocalCommittee && d.territory.is_none() {
        let items = territory_items(app, &[]);
        pick(
            app,
            tr(
                lang,
                "Comité local : territoire",
                "Local committee: territory",
            )
            .into(),
            items,
            false,
            PickPurpose::Form(FormPick::MeetingTerritory(d)),
        );
        return;
    }
    input(
        app,
        tr(lang, "Nombre de participants", "Number of participants").into(),
        "",
        InputPurpose::Form(FormInput::MeetingParticipants(d)),
    );
}

fn meeting_what(lang: super::super::Lang, m: &Meeting) -> String {
    format!(
        "{} {}",
        tr(lang, "Réunion enregistrée :", "Meeting recorded:"),
        i18n::date(lang, m.date)
    )
}

fn add_meeting(app: &mut App, d: MeetingDraft, decisions: Vec<String>) -> Vec<Effect> {
    let lang = app.lang;
    let m = Meeting {
        date: d.date,
        kind: d.kind,
        stage: if d.kind == MeetingKind::Copil {
            d.stage
        } else {
            None
        },
        territory: if d.kind == MeetingKind::LocalCommittee {
            d.territory
        } else {
            None
        },
        participants: d.participants,
        organisations: d.organisations,
        decisions,
    };
    let what = meeting_what(lang, &m);
    let mut at = 0;
    let effects = match &d.owner {
        MeetingOwner::Group(g) => change(app, g, what, |g| {
            at = insert_sorted(&mut g.meetings, m);
            Ok(())
        }),
        MeetingOwner::Governance => change_governance(app, what, |g| {
            at = insert_sorted(&mut g.meetings, m);
            Ok(())
        }),
    };
    set_meeting_cursor(app, &d.owner, at);
    effects
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn whole_number(lang: super::super::Lang, t: &str) -> Result<u32, String> {
    if t.is_empty() {
        return Ok(0);
    }
    t.parse()
        .map_err(|_| tr(lang, "Un nombre entier", "A whole number").to_string())
}

/// Enter on a meeting: what to change.
pub fn meeting_menu(app: &mut App, m: MeetingRef) -> Vec<Effect> {
    let lang = app.lang;
    let Some(x) = meeting(app, &m) else {
        return Vec::new();
    };
    let r = app.ws.referential.as_ref();
    let mut items = vec![
        item(
            "date",
            format!(
                "{}{}{}",
                tr(lang, "Date", "Date"),
                sep(lang),
                i18n::date(lang, x.date)
            ),
            false,
        ),
        item(
            "kind",
            format!(
                "{}{}{}",
                tr(lang, "Type", "Kind"),
                sep(lang),
                i18n::meeting_kind(lang, x.kind)
            ),
            false,
        ),
    ];
    if x.kind == MeetingKind::Copil {
        items.push(item(
            "stage",
            format!(
                "{}{}{}",
                tr(lang, "Étape du COPIL", "Steering committee stage"),
                sep(lang),
                x.stage.map_or("—", |s| i18n::copil_stage(lang, s))
            ),
            false,
        ));
    }
    if x.kind == MeetingKind::LocalCommittee {
        items.push(item(
            "territory",
            format!(
                "{}{}{}",
                tr(lang, "Territoire", "Territory"),
                sep(lang),
                x.territory
                    .as_ref()
                    .map_or("—", |t| r.map_or(t.as_str(), |r| r.territory_name(t)))
            ),
            false,
        ));
    }
    items.extend([
        item(
            "participants",
            format!(
                "{}{}{}",
                tr(lang, "Participants", "Participants"),
                sep(lang),
                x.participants
            ),
            false,
        ),
        item(
            "organisations",
            format!(
                "{}{}{}",
                tr(lang, "Organisations présentes", "Organisations present"),
                sep(lang),
                x.organisations.len()
            ),
            false,
        ),
        item(
            "decisions",
            format!(
                "{}{}{}",
                tr(lang, "Décisions", "Decisions"),
                sep(lang),
                x.decisions.len()
            ),
            false,
        ),
        item(
            "delete",
            tr(lang, "Supprimer la réunion", "Delete the meeting"),
            false,
        ),
    ]);
    let title = format!(
        "{} — {}",
        i18n::meeting_title(lang, x, r),
        i18n::date(lang, x.date)
    );
    pick(
        app,
        sanitize(&title),
        items,
        false,
        PickPurpose::Form(FormPick::MeetingMenu(m)),
    );
    Vec::new()
}

fn meeting_menu_choice(app: &mut App, m: MeetingRef, choice: &str) -> Vec<Effect> {
    let lang = app.lang;
    let Some(x) = meeting(app, &m).cloned() else {
        return Vec::new();
    };
    match choice {
        "date" => input(
            app,
            tr(lang, "Date de la réunion", "Meeting date").into(),
            &i18n::date(lang, x.date),
            InputPurpose::Form(FormInput::MeetingDateOf(m)),
        ),
        "kind" => {
            let items = kind_items(lang, &m.owner, x.kind);
            pick(
                app,
                tr(lang, "Type de réunion", "Kind of meeting").into(),
                items,
                false,
                PickPurpose::Form(FormPick::MeetingKindOf(m)),
            );
        }
        "stage" => {
            let items = stage_items(lang, x.stage);
            pick(
                app,
                tr(lang, "COPIL : étape", "Steering committee: stage").into(),
                items,
                false,
                PickPurpose::Form(FormPick::MeetingStageOf(m)),
            );
        }
        "territory" => {
            let cur: Vec<Id> = x.territory.iter().cloned().collect();
            let items = territory_items(app, &cur);
            pick(
                app,
                tr(
                    lang,
                    "Comité local : territoire",
                    "Local committee: territory",
                )
                .into(),
                items,
                false,
                PickPurpose::Form(FormPick::MeetingTerritoryOf(m)),
            );
        }
        "participants" => input(
            app,
            tr(lang, "Nombre de participants", "Number of participants").into(),
            &x.participants.to_string(),
            InputPurpose::Form(FormInput::MeetingParticipantsOf(m)),
        ),
        "organisations" => {
            let items = org_items(app, &x.organisations);
            pick(
                app,
                tr(
                    lang,
                    "Organisations présentes (Espace coche, Entrée valide)",
                    "Organisations present (Space ticks, Enter validates)",
                )
                .into(),
                items,
                true,
                PickPurpose::Form(FormPick::MeetingOrganisationsOf(m)),
            );
        }
        "decisions" => text_popup(
            app,
            tr(
                lang,
                "Décisions (une par ligne)",
                "Decisions (one per line)",
            )
            .into(),
            &x.decisions.join("\n"),
            TextPurpose::Form(FormText::DecisionsOf(m)),
        ),
        "delete" => ask_delete_meeting(app, m),
        _ => {}
    }
    Vec::new()
}

fn ask_delete_meeting(app: &mut App, m: MeetingRef) {
    let lang = app.lang;
    let Some(x) = meeting(app, &m) else { return };
    let q = format!(
        "{} « {} » {} {} ? {}",
        tr(lang, "Supprimer", "Delete"),
        i18n::meeting_title(lang, x, app.ws.referential.as_ref()),
        tr(lang, "du", "of"),
        i18n::date(lang, x.date),
        tr(lang, "(o/n)", "(y/n)")
    );
    app.popups.push(Popup::Confirm {
        question: sanitize(&q),
        on_yes: Confirmed::Form(FormConfirm::Meeting(m)),
    });
}

/// `e`/Enter where a form applies: a meeting (group or governance), an
/// evaluation, a group. `None`: not here.
pub fn edit_on_screen(app: &mut App) -> Option<Vec<Effect>> {
    match app.screen().clone() {
        Screen::Governance(s) => Some(match s.pane {
            GovernancePane::Meetings => {
                if s.meeting < app.ws.governance.meetings.len() {
                    meeting_menu(
                        app,
                        MeetingRef {
                            owner: MeetingOwner::Governance,
                            index: s.meeting,
                        },
                    )
                } else {
                    new_on_governance(app)
                }
            }
            GovernancePane::Evaluations => {
                if s.evaluation < app.ws.governance.evaluations.len() {
                    evaluation_menu(app, s.evaluation)
                } else {
                    new_on_governance(app)
                }
            }
        }),
        Screen::Group(s) if s.pane == GroupPane::Meetings => {
            let has = app
                .ws
                .group(&s.id)
                .is_some_and(|g| s.meeting < g.meetings.len());
            Some(if has {
                meeting_menu(
                    app,
                    MeetingRef {
                        owner: MeetingOwner::Group(s.id.clone()),
                        index: s.meeting,
                    },
                )
            } else {
                command(app, Command::Meeting)
            })
        }
        Screen::Group(_) | Screen::Groups { .. } => {
            let g = current_group(app)?;
            Some(group_menu(app, g))
        }
        _ => None,
    }
}

/// `n` on the governance screen.
pub fn new_on_governance(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Screen::Governance(s) = app.screen() else {
        return Vec::new();
    };
    match s.pane {
        GovernancePane::Meetings => new_meeting(app, MeetingOwner::Governance),
        GovernancePane::Evaluations => {
            let year = (app.today.year() - 1).to_string();
            input(
                app,
                tr(
                    lang,
                    "Évaluation intermédiaire : année évaluée",
                    "Interim evaluation: year evaluated",
                )
                .into(),
                &year,
                InputPurpose::Form(FormInput::EvaluationYear),
            );
        }
    }
    Vec::new()
}

/// `X` on the governance screen.
pub fn delete_on_governance(app: &mut App) -> Vec<Effect> {
    let lang = app.lang;
    let Screen::Governance(s) = app.screen().clone() else {
        return Vec::new();
    };
    match s.pane {
        GovernancePane::Meetings => {
            if s.meeting < app.ws.governance.meetings.len() {
                ask_delete_meeting(
                    app,
                    MeetingRef {
                        owner: MeetingOwner::Governance,
                        index: s.meeting,
                    },
                );
            }
        }
        GovernancePane::Evaluations => {
            if let Some(e) = app.ws.governance.evaluations.get(s.evaluation) {
                let q = format!(
                    "{} {} ? {}",
                    tr(
                        lang,
                        "Supprimer l'évaluation intermédiaire de",
                        "Delete the interim evaluation of"
                    ),
                    e.year,
                    tr(lang, "(o/n)", "(y/n)")
                );
                app.popups.push(Popup::Confirm {
                    question: q,
                    on_yes: Confirmed::Form(FormConfirm::Evaluation(s.evaluation)),
                });
            }
        }
    }
    Vec::new()
}

fn evaluation_menu(app: &mut App, n: usize) -> Vec<Effect> {
    let lang = app.lang;
    let Some(e) = app.ws.governance.evaluations.get(n) else {
        return Vec::new();
    };
    let items = vec![
        item(
            "year",
            format!(
                "{}{}{}",
                tr(lang, "Année évaluée", "Year evaluated"),
                sep(lang),
                e.year
            ),
            false,
        ),
        item(
            "date",
            format!(
                "{}{}{}",
                tr(lang, "Présentée le", "Presented on"),
                sep(lang),
                i18n::date(lang, e.date)
            ),
            false,
        ),
        item("summary", tr(lang, "Conclusions", "Summary"), false),
        item(
            "delete",
            tr(lang, "Supprimer l'évaluation", "Delete the evaluation"),
            false,
        ),
    ];
    let title = format!(
        "{} {}",
        tr(lang, "Évaluation intermédiaire", "Interim evaluation"),
        e.year
    );
    pick(
        app,
        title,
        items,
        false,
        PickPurpose::Form(FormPick::EvaluationMenu(n)),
    );
    Vec::new()
}

fn evaluation_choice(app: &mut App, n: usize, choice: &str) {
    let lang = app.lang;
    let Some(e) = app.ws.governance.evaluations.get(n).cloned() else {
        return;
    };
    match choice {
        "year" => input(
            app,
            tr(lang, "Année évaluée", "Year evaluated").into(),
            &e.year.to_string(),
            InputPurpose::Form(FormInput::EvaluationYearOf(n)),
        ),
        "date" => input(
            app,
            tr(
                lang,
                "Présentée le (JJ/MM/AAAA)",
                "Presented on (YYYY-MM-DD)",
            )
            .into(),
            &i18n::date(lang, e.date),
            InputPurpose::Form(FormInput::EvaluationDateOf(n)),
        ),
        "summary" => text_popup(
            app,
            format!(
                "{} {}",
                tr(
                    lang,
                    "Conclusions de l'évaluation",
                    "Summary of the evaluation"
                ),
                e.year
            ),
            &e.summary,
            TextPurpose::Form(FormText::SummaryOf(n)),
        ),
        "delete" => {
            if let Screen::Governance(s) = app.screen_mut() {
                s.evaluation = n;
                s.pane = GovernancePane::Evaluations;
            }
            delete_on_governance(app);
        }
        _ => {}
    }
}

/// Keeps evaluations sorted by year then date; returns where `e` went.
fn insert_evaluation(list: &mut Vec<InterimEvaluation>, e: InterimEvaluation) -> usize {
    let at = list.partition_point(|x| (x.year, x.date) <= (e.year, e.date));
    list.insert(at, e);
    at
}

fn change_evaluation(
    app: &mut App,
    n: usize,
    f: impl FnOnce(&mut InterimEvaluation),
) -> Vec<Effect> {
    let lang = app.lang;
    let mut at = n;
    let effects = change_governance(
        app,
        tr(lang, "Évaluation modifiée", "Evaluation changed").into(),
        |g| {
            if n >= g.evaluations.len() {
                return Err("?".into());
            }
            let mut e = g.evaluations.remove(n);
            f(&mut e);
            at = insert_evaluation(&mut g.evaluations, e);
            Ok(())
        },
    );
    if let Screen::Governance(s) = app.screen_mut() {
        s.evaluation = at;
    }
    effects
}

fn year_of(lang: super::super::Lang, t: &str) -> Result<i32, String> {
    t.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| tr(lang, "Une année (ex. 2025)", "A year (e.g. 2025)").to_string())
}

/// New journal entry: its date (today by default), then its text.
pub fn journal_date(app: &mut App, r: ActionRef, k: EntryKind) {
    let lang = app.lang;
    let today = i18n::date(lang, app.today);
    input(
        app,
        format!(
            "{} — {} : {}",
            tr(lang, "Journal", "Journal"),
            i18n::entry_kind(lang, k),
            tr(lang, "date (Entrée : aujourd'hui)", "date (Enter: today)")
        ),
        &today,
        InputPurpose::Form(FormInput::JournalDate(r, k)),
    );
}

/// Enter on a journal entry: what to do with it.
pub fn journal_menu(app: &mut App, r: ActionRef, n: usize) -> Vec<Effect> {
    let lang = app.lang;
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let Some(j) = a.journal.get(n) else {
        return Vec::new();
    };
    let items = vec![
        item(
            "text",
            tr(lang, "Modifier le texte", "Edit the text"),
            false,
        ),
        item(
            "date",
            format!(
                "{} ({})",
                tr(lang, "Changer la date", "Change the date"),
                i18n::date(lang, j.date)
            ),
            false,
        ),
        item(
            "kind",
            format!(
                "{} ({})",
                tr(lang, "Changer le type", "Change the kind"),
                i18n::entry_kind(lang, j.kind)
            ),
            false,
        ),
        item(
            "delete",
            tr(lang, "Supprimer l'entrée", "Delete the entry"),
            false,
        ),
    ];
    let title = format!(
        "{} — {}",
        tr(lang, "Entrée du journal", "Journal entry"),
        i18n::date(lang, j.date)
    );
    pick(
        app,
        title,
        items,
        false,
        PickPurpose::Form(FormPick::JournalMenu(r, n)),
    );
    Vec::new()
}

fn journal_choice(app: &mut App, r: ActionRef, n: usize, choice: &str) -> Vec<Effect> {
    let lang = app.lang;
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let Some(j) = a.journal.get(n).cloned() else {
        return Vec::new();
    };
    match choice {
        "text" => text_popup(
            app,
            format!(
                "{} — {}",
                tr(lang, "Entrée du journal", "Journal entry"),
                i18n::date(lang, j.date)
            ),
            &j.text,
            TextPurpose::Journal(r, j.kind, Some(n)),
        ),
        "date" => input(
            app,
            tr(lang, "Date de l'entrée", "Date of the entry").into(),
            &i18n::date(lang, j.date),
            InputPurpose::Form(FormInput::JournalDateOf(r, n)),
        ),
        "kind" => {
            let items = EntryKind::ALL
                .iter()
                .map(|k| item(k.id(), i18n::entry_kind(lang, *k), *k == j.kind))
                .collect();
            pick(
                app,
                tr(lang, "Type d'entrée", "Kind of entry").into(),
                items,
                false,
                PickPurpose::Form(FormPick::JournalKindOf(r, n)),
            );
        }
        "delete" => {
            let q = format!(
                "{} {} ? {}",
                tr(
                    lang,
                    "Supprimer l'entrée du journal du",
                    "Delete the journal entry of"
                ),
                i18n::date(lang, j.date),
                tr(lang, "(o/n)", "(y/n)")
            );
            app.popups.push(Popup::Confirm {
                question: q,
                on_yes: Confirmed::DeleteJournal(r, n),
            });
        }
        _ => {}
    }
    Vec::new()
}

/// Moves the journal cursor of the action page onto entry `at`.
fn set_journal_cursor(app: &mut App, at: usize) {
    if let Screen::Action(s) = app.screen_mut() {
        s.pane = super::super::app::ActionPane::Journal;
        s.lower = super::super::app::ActionPane::Journal;
        s.journal = at;
    }
}

/// Changes one journal entry and keeps the journal sorted by date.
fn change_journal(
    app: &mut App,
    r: &ActionRef,
    n: usize,
    what: String,
    f: impl FnOnce(&mut JournalEntry),
) -> Vec<Effect> {
    let aid = r.action.clone();
    let mut at = n;
    let effects = change(app, &r.group, what, |g| {
        let a = g.action_mut(&aid).ok_or("?")?;
        if n >= a.journal.len() {
            return Err("?".into());
        }
        let mut j = a.journal.remove(n);
        f(&mut j);
        at = a.journal.partition_point(|x| x.date <= j.date);
        a.journal.insert(at, j);
        Ok(())
    });
    set_journal_cursor(app, at);
    effects
}

/// The measurements of an indicator, newest first, to correct or delete one.
pub fn measurements(app: &mut App, r: ActionRef, id: Id) -> Vec<Effect> {
    let lang = app.lang;
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let Some(i) = a.indicators.iter().find(|i| i.id == id) else {
        return Vec::new();
    };
    if i.measurements.is_empty() {
        app.say(
            Tone::Info,
            tr(lang, "Pas encore de mesure", "No measurement yet"),
        );
        return Vec::new();
    }
    let unit = if i.unit.is_empty() {
        String::new()
    } else {
        format!(" {}", i.unit)
    };
    let items = i
        .measurements
        .iter()
        .rev()
        .map(|m| {
            item(
                m.date.to_string(),
                format!(
                    "{} : {}{unit}",
                    i18n::date(lang, m.date),
                    i18n::number(lang, m.value)
                ),
                false,
            )
        })
        .collect();
    let title = format!(
        "{} « {} »",
        tr(lang, "Mesures de", "Measurements of"),
        i.label
    );
    pick(
        app,
        sanitize(&title),
        items,
        false,
        PickPurpose::Form(FormPick::Measurements(r, id)),
    );
    Vec::new()
}

fn measurement_value(app: &App, r: &ActionRef, id: &Id, date: NaiveDate) -> Option<f64> {
    let (_, a) = app.action(r)?;
    let i = a.indicators.iter().find(|i| &i.id == id)?;
    i.measurements
        .iter()
        .find(|m| m.date == date)
        .map(|m| m.value)
}

fn measurement_menu(app: &mut App, r: ActionRef, id: Id, date: NaiveDate) {
    let lang = app.lang;
    let Some(v) = measurement_value(app, &r, &id, date) else {
        return;
    };
    let items = vec![
        item(
            "fix",
            tr(
                lang,
                "Corriger la valeur ou la date",
                "Correct the value or the date",
            ),
            false,
        ),
        item(
            "delete",
            tr(lang, "Supprimer la mesure", "Delete the measurement"),
            false,
        ),
    ];
    let title = format!(
        "{} {} : {}",
        tr(lang, "Mesure du", "Measurement on"),
        i18n::date(lang, date),
        i18n::number(lang, v)
    );
    pick(
        app,
        title,
        items,
        false,
        PickPurpose::Form(FormPick::MeasurementMenu(r, id, date)),
    );
}

fn measurement_choice(app: &mut App, r: ActionRef, id: Id, date: NaiveDate, choice: &str) {
    let lang = app.lang;
    let Some(v) = measurement_value(app, &r, &id, date) else {
        return;
    };
    match choice {
        "fix" => input(
            app,
            format!(
                "{} {} ({})",
                tr(lang, "Corriger la mesure du", "Correct the measurement of"),
                i18n::date(lang, date),
                tr(lang, "valeur puis date", "value then date")
            ),
            &format!("{} {}", i18n::number(lang, v), i18n::date(lang, date)),
            InputPurpose::Form(FormInput::MeasurementFix(r, id, date)),
        ),
        "delete" => {
            let q = format!(
                "{} {} ({}) ? {}",
                tr(lang, "Supprimer la mesure du", "Delete the measurement of"),
                i18n::date(lang, date),
                i18n::number(lang, v),
                tr(lang, "(o/n)", "(y/n)")
            );
            app.popups.push(Popup::Confirm {
                question: q,
                on_yes: Confirmed::Form(FormConfirm::Measurement(r, id, date)),
            });
        }
        _ => {}
    }
}

fn change_indicator(
    app: &mut App,
    r: &ActionRef,
    id: &Id,
    what: String,
    f: impl FnOnce(&mut crate::domain::Indicator) -> Result<(), String>,
) -> Vec<Effect> {
    let aid = r.action.clone();
    let id = id.clone();
    change(app, &r.group, what, move |g| {
        let a = g.action_mut(&aid).ok_or("?")?;
        let i = a.indicator_mut(&id).ok_or("?")?;
        f(i)
    })
}

/// `e` on a group: what to change.
fn group_menu(app: &mut App, gid: Id) -> Vec<Effect> {
    let lang = app.lang;
    let Some(g) = app.ws.group(&gid) else {
        return Vec::new();
    };
    let k = |c| app.keymap.first_key(c);
    let row = |key: &str, c: Command, label: &str| item(key, format!("{label}  ({})", k(c)), false);
    let items = vec![
        row("name", Command::Rename, tr(lang, "Nom", "Name")),
        row(
            "territories",
            Command::Territories,
            tr(lang, "Territoires", "Territories"),
        ),
        row(
            "themes",
            Command::Themes,
            tr(lang, "Axe et thématiques", "Axis and themes"),
        ),
        row("pilot", Command::Pilot, tr(lang, "Pilote", "Pilot")),
        row(
            "copilot",
            Command::Copilot,
            tr(lang, "Copilote", "Co-pilot"),
        ),
        row(
            "members",
            Command::Members,
            tr(lang, "Organisations membres", "Member organisations"),
        ),
    ];
    let title = sanitize(&g.name);
    pick(
        app,
        title,
        items,
        false,
        PickPurpose::Form(FormPick::GroupMenu(gid)),
    );
    Vec::new()
}

fn group_territories(app: &mut App, gid: Id) {
    let lang = app.lang;
    let cur = app
        .ws
        .group(&gid)
        .map(|g| g.territories.clone())
        .unwrap_or_default();
    let items = territory_items(app, &cur);
    pick(
        app,
        tr(
            lang,
            "Territoires du groupe (Espace coche, Entrée valide)",
            "Group territories (Space ticks, Enter validates)",
        )
        .into(),
        items,
        true,
        PickPurpose::Form(FormPick::GroupTerritories(gid)),
    );
}

fn group_axis(app: &mut App, gid: Id) {
    let lang = app.lang;
    let cur = app.ws.group(&gid).map(|g| g.axis.clone());
    let items = app
        .ws
        .referential
        .as_ref()
        .map(|r| {
            r.axes
                .iter()
                .map(|a| {
                    item(
                        a.id.as_str(),
                        format!("{}. {}", a.number, a.title),
                        cur.as_ref() == Some(&a.id),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    pick(
        app,
        tr(lang, "Axe du groupe", "Axis of the group").into(),
        items,
        false,
        PickPurpose::Form(FormPick::GroupAxis(gid)),
    );
}

fn group_themes(app: &mut App, gid: Id, axis: Id) {
    let lang = app.lang;
    let cur = app
        .ws
        .group(&gid)
        .map(|g| g.themes.clone())
        .unwrap_or_default();
    let items: Vec<PickItem> = app
        .axis_themes(&axis)
        .into_iter()
        .map(|(t, title)| {
            let on = cur.contains(&t);
            item(t.as_str(), title, on)
        })
        .collect();
    pick(
        app,
        tr(
            lang,
            "Thématiques du groupe (Espace coche, Entrée valide)",
            "Group themes (Space ticks, Enter validates)",
        )
        .into(),
        items,
        true,
        PickPurpose::Form(FormPick::GroupThemes(gid, axis)),
    );
}

fn ids(keys: &[String]) -> Vec<Id> {
    keys.iter()
        .filter_map(|k| Id::new(k.clone()).ok())
        .collect()
}

/// What Enter in a form's one-line prompt does.
pub fn apply_input(app: &mut App, f: FormInput, text: String) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let t = text.trim().to_string();
    let date = |t: &str| parse_date(t).ok_or_else(|| bad_date(lang));
    Ok(match f {
        FormInput::MeetingDate(mut d) => {
            d.date = date(&t)?;
            let items = kind_items(lang, &d.owner, d.kind);
            pick(
                app,
                format!(
                    "{}{}{}",
                    owner_label(lang, &d.owner),
                    sep(lang),
                    tr(lang, "type", "kind")
                ),
                items,
                false,
                PickPurpose::Form(FormPick::MeetingKind(d)),
            );
            Vec::new()
        }
        FormInput::MeetingParticipants(mut d) => {
            d.participants = whole_number(lang, &t)?;
            let items = meeting_org_items(app, &d);
            pick(
                app,
                tr(
                    lang,
                    "Organisations présentes (Espace coche, Entrée valide)",
                    "Organisations present (Space ticks, Enter validates)",
                )
                .into(),
                items,
                true,
                PickPurpose::Form(FormPick::MeetingOrganisations(d)),
            );
            Vec::new()
        }
        FormInput::MeetingDateOf(m) => {
            let d = date(&t)?;
            let what = format!(
                "{} {}",
                tr(lang, "Date de la réunion :", "Meeting date:"),
                i18n::date(lang, d)
            );
            change_meeting(app, &m, what, |x| {
                x.date = d;
                Ok(())
            })
        }
        FormInput::MeetingParticipantsOf(m) => {
            let n = whole_number(lang, &t)?;
            let what = format!("{} {n}", tr(lang, "Participants :", "Participants:"));
            change_meeting(app, &m, what, |x| {
                x.participants = n;
                Ok(())
            })
        }
        FormInput::EvaluationYear => {
            let year = year_of(lang, &t)?;
            let today = i18n::date(lang, app.today);
            input(
                app,
                tr(
                    lang,
                    "Présentée le (JJ/MM/AAAA)",
                    "Presented on (YYYY-MM-DD)",
                )
                .into(),
                &today,
                InputPurpose::Form(FormInput::EvaluationDate(EvaluationDraft {
                    year,
                    date: app.today,
                })),
            );
            Vec::new()
        }
        FormInput::EvaluationDate(mut d) => {
            d.date = date(&t)?;
            let title = format!(
                "{} {} ({})",
                tr(
                    lang,
                    "Conclusions de l'évaluation",
                    "Summary of the evaluation"
                ),
                d.year,
                tr(lang, "Ctrl-S enregistre", "Ctrl-S saves")
            );
            text_popup(app, title, "", TextPurpose::Form(FormText::Summary(d)));
            Vec::new()
        }
        FormInput::EvaluationYearOf(n) => {
            let y = year_of(lang, &t)?;
            change_evaluation(app, n, |e| e.year = y)
        }
        FormInput::EvaluationDateOf(n) => {
            let d = date(&t)?;
            change_evaluation(app, n, |e| e.date = d)
        }
        FormInput::JournalDate(r, k) => {
            let d = date(&t)?;
            let title = format!(
                "{} — {} ({})",
                tr(lang, "Journal", "Journal"),
                i18n::entry_kind(lang, k),
                i18n::date(lang, d)
            );
            text_popup(
                app,
                title,
                "",
                TextPurpose::Form(FormText::Journal(r, k, d)),
            );
            Vec::new()
        }
        FormInput::JournalDateOf(r, n) => {
            let d = date(&t)?;
            let what = format!(
                "{} {}",
                tr(lang, "Date de l'entrée :", "Entry date:"),
                i18n::date(lang, d)
            );
            change_journal(app, &r, n, what, |j| j.date = d)
        }
        FormInput::MeasurementFix(r, id, old) => {
            let mut parts = t.splitn(2, ['@', ' ']);
            let value = parts.next().and_then(parse_number).ok_or_else(|| {
                tr(
                    lang,
                    "Un nombre, éventuellement suivi d'une date (12 ou 12 31/12/2024)",
                    "A number, optionally followed by a date (12 or 12 2024-12-31)",
                )
                .to_string()
            })?;
            let new = match parts.next().map(str::trim).filter(|s| !s.is_empty()) {
                Some(d) => date(d)?,
                None => old,
            };
            let what = format!(
                "{} {} ({})",
                tr(lang, "Mesure corrigée :", "Measurement corrected:"),
                i18n::number(lang, value),
                i18n::date(lang, new)
            );
            change_indicator(app, &r, &id, what, move |i| {
                i.measurements.retain(|m| m.date != old);
                i.record(new, value);
                Ok(())
            })
        }
    })
}

/// What choosing in a form's list does.
pub fn apply_pick(app: &mut App, f: FormPick, keys: Vec<String>) -> Vec<Effect> {
    let lang = app.lang;
    let first = keys.first().cloned().unwrap_or_default();
    match f {
        FormPick::MeetingKind(mut d) => {
            d.kind = MeetingKind::from_id(&first).unwrap_or(d.kind);
            next_meeting_step(app, d);
            Vec::new()
        }
        FormPick::MeetingStage(mut d) => {
            d.stage = CopilStage::from_id(&first).or(Some(CopilStage::Other));
            next_meeting_step(app, d);
            Vec::new()
        }
        FormPick::MeetingTerritory(mut d) => {
            match Id::new(first) {
                Ok(t) => {
                    d.territory = Some(t);
                    next_meeting_step(app, d);
                }
                Err(_) => app.say(
                    Tone::Info,
                    tr(lang, "Choisissez un territoire", "Choose a territory"),
                ),
            }
            Vec::new()
        }
        FormPick::MeetingOrganisations(mut d) => {
            d.organisations = ids(&keys);
            text_popup(
                app,
                tr(
                    lang,
                    "Décisions (une par ligne, Ctrl-S enregistre)",
                    "Decisions (one per line, Ctrl-S saves)",
                )
                .into(),
                "",
                TextPurpose::Form(FormText::Decisions(d)),
            );
            Vec::new()
        }
        FormPick::MeetingMenu(m) => meeting_menu_choice(app, m, &first),
        FormPick::MeetingKindOf(m) => {
            let Some(k) = MeetingKind::from_id(&first) else {
                return Vec::new();
            };
            let what = format!(
                "{} {}",
                tr(lang, "Type de réunion :", "Meeting kind:"),
                i18n::meeting_kind(lang, k)
            );
            let effects = change_meeting(app, &m, what, |x| {
                x.kind = k;
                if k != MeetingKind::Copil {
                    x.stage = None;
                }
                if k != MeetingKind::LocalCommittee {
                    x.territory = None;
                }
                Ok(())
            });
            // A COPIL needs its stage, a local committee its territory.
            if let Some(x) = meeting(app, &m).cloned() {
                let m = MeetingRef {
                    owner: m.owner.clone(),
                    index: meetings(app, &m.owner)
                        .and_then(|l| l.iter().position(|y| *y == x))
                        .unwrap_or(m.index),
                };
                if k == MeetingKind::Copil && x.stage.is_none() {
                    meeting_menu_choice(app, m, "stage");
                } else if k == MeetingKind::LocalCommittee
                    && x.territory.is_none()
                    && m.owner == MeetingOwner::Governance
                {
                    meeting_menu_choice(app, m, "territory");
                }
            }
            effects
        }
        FormPick::MeetingStageOf(m) => {
            let s = CopilStage::from_id(&first);
            let what = format!(
                "{} {}",
                tr(lang, "Étape du COPIL :", "Steering committee stage:"),
                s.map_or("—", |s| i18n::copil_stage(lang, s))
            );
            change_meeting(app, &m, what, |x| {
                x.stage = s;
                Ok(())
            })
        }
        FormPick::MeetingTerritoryOf(m) => {
            let t = Id::new(first).ok();
            change_meeting(
                app,
                &m,
                tr(lang, "Territoire modifié", "Territory changed").into(),
                |x| {
                    x.territory = t;
                    Ok(())
                },
            )
        }
        FormPick::MeetingOrganisationsOf(m) => {
            let v = ids(&keys);
            change_meeting(
                app,
                &m,
                tr(
                    lang,
                    "Organisations présentes modifiées",
                    "Organisations present changed",
                )
                .into(),
                |x| {
                    x.organisations = v;
                    Ok(())
                },
            )
        }
        FormPick::EvaluationMenu(n) => {
            evaluation_choice(app, n, &first);
            Vec::new()
        }
        FormPick::JournalMenu(r, n) => journal_choice(app, r, n, &first),
        FormPick::JournalKindOf(r, n) => {
            let Some(k) = EntryKind::from_id(&first) else {
                return Vec::new();
            };
            let what = format!(
                "{} {}",
                tr(lang, "Type d'entrée :", "Entry kind:"),
                i18n::entry_kind(lang, k)
            );
            change_journal(app, &r, n, what, |j| j.kind = k)
        }
        FormPick::Measurements(r, id) => {
            if let Ok(d) = first.parse::<NaiveDate>() {
                measurement_menu(app, r, id, d);
            }
            Vec::new()
        }
        FormPick::MeasurementMenu(r, id, d) => {
            measurement_choice(app, r, id, d, &first);
            Vec::new()
        }
        FormPick::GroupMenu(g) => {
            let c = match first.as_str() {
                "name" => Command::Rename,
                "territories" => Command::Territories,
                "themes" => Command::Themes,
                "pilot" => Command::Pilot,
                "copilot" => Command::Copilot,
                "members" => Command::Members,
                _ => return Vec::new(),
            };
            // The commands act on the current group: make sure it is `g`.
            if current_group(app).as_ref() != Some(&g) {
                return Vec::new();
            }
            edit::command(app, c)
        }
        FormPick::GroupTerritories(g) => {
            let v = ids(&keys);
            if v.is_empty() {
                app.say(
                    Tone::Error,
                    tr(
                        lang,
                        "Un groupe a au moins un territoire : rien n'a changé",
                        "A group has at least one territory: nothing changed",
                    ),
                );
                return Vec::new();
            }
            change(
                app,
                &g,
                tr(lang, "Territoires modifiés", "Territories changed").into(),
                |g| {
                    g.territories = v;
                    Ok(())
                },
            )
        }
        FormPick::GroupAxis(g) => {
            if let Ok(axis) = Id::new(first) {
                group_themes(app, g, axis);
            }
            Vec::new()
        }
        FormPick::GroupThemes(g, axis) => {
            let v = ids(&keys);
            change(
                app,
                &g,
                tr(
                    lang,
                    "Axe et thématiques modifiés",
                    "Axis and themes changed",
                )
                .into(),
                |g| {
                    g.axis = axis;
                    g.themes = v;
                    Ok(())
                },
            )
        }
    }
}

/// What validating a form's multi-line editor does.
pub fn apply_text(app: &mut App, f: FormText, text: String) -> Vec<Effect> {
    let lang = app.lang;
    let text = text.trim_end().to_string();
    match f {
        FormText::Decisions(d) => add_meeting(app, d, lines_of(&text)),
        FormText::DecisionsOf(m) => {
            let v = lines_of(&text);
            change_meeting(
                app,
                &m,
                tr(lang, "Décisions modifiées", "Decisions changed").into(),
                |x| {
                    x.decisions = v;
                    Ok(())
                },
            )
        }
        FormText::Summary(d) => {
            let e = InterimEvaluation {
                year: d.year,
                date: d.date,
                summary: text,
            };
            let what = format!(
                "{} {}",
                tr(
                    lang,
                    "Évaluation intermédiaire enregistrée :",
                    "Interim evaluation recorded:"
                ),
                d.year
            );
            let mut at = 0;
            let effects = change_governance(app, what, |g| {
                at = insert_evaluation(&mut g.evaluations, e);
                Ok(())
            });
            if let Screen::Governance(s) = app.screen_mut() {
                s.pane = GovernancePane::Evaluations;
                s.evaluation = at;
            }
            effects
        }
        FormText::SummaryOf(n) => change_evaluation(app, n, |e| e.summary = text),
        FormText::Journal(r, kind, date) => {
            if text.trim().is_empty() {
                return Vec::new();
            }
            let aid = r.action.clone();
            let mut at = 0;
            let effects = change(
                app,
                &r.group,
                format!(
                    "{} ({})",
                    tr(lang, "Journal mis à jour", "Journal updated"),
                    i18n::date(lang, date)
                ),
                |g| {
                    let a = g.action_mut(&aid).ok_or("?")?;
                    at = a.journal.partition_point(|j| j.date <= date);
                    a.journal.insert(at, JournalEntry { date, kind, text });
                    Ok(())
                },
            );
            set_journal_cursor(app, at);
            effects
        }
    }
}

/// What "yes" to a form's deletion does.
pub fn apply_confirm(app: &mut App, f: FormConfirm) -> Vec<Effect> {
    let lang = app.lang;
    let effects = match f {
        FormConfirm::Meeting(m) => {
            let i = m.index;
            let what: String = tr(lang, "Réunion supprimée", "Meeting deleted").into();
            let drop = |list: &mut Vec<Meeting>| {
                if i < list.len() {
                    list.remove(i);
                }
                Ok(())
            };
            match &m.owner {
                MeetingOwner::Group(g) => change(app, g, what, |g| drop(&mut g.meetings)),
                MeetingOwner::Governance => change_governance(app, what, |g| drop(&mut g.meetings)),
            }
        }
        FormConfirm::Evaluation(n) => change_governance(
            app,
            tr(lang, "Évaluation supprimée", "Evaluation deleted").into(),
            |g| {
                if n < g.evaluations.len() {
                    g.evaluations.remove(n);
                }
                Ok(())
            },
        ),
        FormConfirm::Measurement(r, id, d) => change_indicator(
            app,
            &r,
            &id,
            format!(
                "{} {}",
                tr(lang, "Mesure supprimée :", "Measurement deleted:"),
                i18n::date(lang, d)
            ),
            move |i| {
                i.measurements.retain(|m| m.date != d);
                Ok(())
            },
        ),
    };
    fix_screens(app);
    effects
}
