//! Meetings of a working group or of the governance (COPIL, local
//! committees): a new meeting step by step (date, kind, stage or territory,
//! participants, organisations, decisions), the meeting menu (each field),
//! deletion. A meeting is found by its key (date, kind, territory, rank).

use super::context::{self, entry, item, org_items, territory_items};
use super::record;
use crate::domain::edit::{Edit, GovEdit, MeetingEdit};
use crate::domain::{CopilStage, Id, Meeting, MeetingKey, MeetingKind, read_count, read_date};
use crate::i18n::{Message, date};
use crate::t;
use crate::text::sanitize;
use crate::tui::app::{App, GovernancePane, GroupPane, PickItem, Screen};
use crate::tui::i18n::{copil_stage, meeting_kind, meeting_title};
use crate::tui::msg::Effect;
use crate::tui::steps::{
    Answer, Choice, MeetingDraft, MeetingOwner, MeetingRef, MeetingStep, MenuItem, Step,
};

fn step(s: MeetingStep) -> Step {
    Step::Meeting(s)
}

/// The meetings of an owner.
pub fn meetings<'a>(app: &'a App, owner: &MeetingOwner) -> Option<&'a [Meeting]> {
    match owner {
        MeetingOwner::Group(g) => app.ws.group(g).map(|g| g.meetings.as_slice()),
        MeetingOwner::Governance => Some(&app.ws.governance.meetings),
    }
}

/// The reference of the meeting at row `index` of an owner's list (a
/// group page lists the latest first; the governance, in date order).
pub fn at(app: &App, owner: MeetingOwner, index: usize) -> Option<MeetingRef> {
    let keys = Meeting::keys(meetings(app, &owner)?);
    let i = row(&owner, keys.len(), index)?;
    let key = keys.into_iter().nth(i)?;
    Some(MeetingRef { owner, key })
}

/// The row of list index `i` (or the index of row `i`: the mapping is its
/// own inverse) of an owner's list of `n` meetings.
fn row(owner: &MeetingOwner, n: usize, i: usize) -> Option<usize> {
    match owner {
        MeetingOwner::Group(_) => n.checked_sub(1)?.checked_sub(i),
        MeetingOwner::Governance => (i < n).then_some(i),
    }
}

fn find<'a>(app: &'a App, m: &MeetingRef) -> Option<&'a Meeting> {
    let list = meetings(app, &m.owner)?;
    let i = Meeting::keys(list).iter().position(|k| *k == m.key)?;
    list.get(i)
}

/// Applies a meeting edit to its owner and puts the owner's cursor on
/// `focus`.
fn edit(
    app: &mut App,
    owner: &MeetingOwner,
    e: MeetingEdit,
    focus: Option<&MeetingKey>,
) -> Result<Vec<Effect>, String> {
    let effects = match owner {
        MeetingOwner::Group(g) => record::group(app, g, vec![Edit::Meeting(e)])?,
        MeetingOwner::Governance => record::governance(app, vec![GovEdit::Meeting(e)])?,
    };
    let at = focus.and_then(|f| {
        let keys = Meeting::keys(meetings(app, owner)?);
        let i = keys.iter().position(|k| k == f)?;
        row(owner, keys.len(), i)
    });
    match (app.screen_mut(), owner, at) {
        (Screen::Governance(s), MeetingOwner::Governance, Some(at)) => {
            s.pane = GovernancePane::Meetings;
            s.meeting = at;
        }
        (Screen::Group(s), MeetingOwner::Group(g), Some(at)) if &s.id == g => {
            s.pane = GroupPane::Meetings;
            s.meeting = at;
        }
        _ => {}
    }
    Ok(effects)
}

/// Replaces a meeting by `f` of it.
fn change(
    app: &mut App,
    m: &MeetingRef,
    f: impl FnOnce(&mut Meeting),
) -> Result<Vec<Effect>, String> {
    let Some(mut x) = find(app, m).cloned() else {
        return Err(t!(app.lang, "form-meeting-gone"));
    };
    f(&mut x);
    edit(
        app,
        &m.owner,
        MeetingEdit::Replace(m.key.clone(), x),
        Some(&m.key),
    )
}

fn owner_title(app: &App, owner: &MeetingOwner, what: &str) -> String {
    match owner {
        MeetingOwner::Group(_) => t!(app.lang, "form-meeting-step", what = what),
        MeetingOwner::Governance => t!(app.lang, "form-governance-step", what = what),
    }
}

/// `r` (or `n` on meetings): a new meeting; first its date.
pub fn new(app: &mut App, owner: MeetingOwner) {
    let lang = app.lang;
    let kind = match owner {
        MeetingOwner::Group(_) => MeetingKind::WorkingGroup,
        MeetingOwner::Governance => MeetingKind::Copil,
    };
    let title = owner_title(app, &owner, &t!(lang, "form-step-date"));
    let today = date(lang, app.today);
    let draft = MeetingDraft {
        owner,
        date: app.today,
        kind,
        stage: None,
        territory: None,
        participants: 0,
        organisations: Vec::new(),
    };
    context::input(app, title, &today, step(MeetingStep::Date(draft)));
}

fn kind_items(app: &App, owner: &MeetingOwner, cur: MeetingKind) -> Vec<PickItem> {
    MeetingKind::ALL
        .iter()
        .filter(|k| !(*owner == MeetingOwner::Governance && **k == MeetingKind::WorkingGroup))
        .map(|k| {
            item(
                Choice::MeetingKind(*k),
                meeting_kind(app.lang, *k),
                *k == cur,
            )
        })
        .collect()
}

fn stage_items(app: &App, cur: Option<CopilStage>) -> Vec<PickItem> {
    CopilStage::ALL
        .iter()
        .map(|s| {
            item(
                Choice::Stage(*s),
                copil_stage(app.lang, *s),
                Some(*s) == cur,
            )
        })
        .collect()
}

/// The organisations of a new meeting: a group's members and leads first,
/// ticked.
fn org_items_of(app: &App, d: &MeetingDraft) -> Vec<PickItem> {
    let members = match &d.owner {
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
        let member = |i: &PickItem| matches!(&i.choice, Choice::Id(id) if m.contains(id));
        items.sort_by_key(|i| !member(i));
        for i in &mut items {
            i.checked = member(i);
        }
    }
    items
}

/// After the kind: the stage (COPIL) or the territory (a local committee
/// of the governance), then the participants.
fn next(app: &mut App, d: MeetingDraft) {
    let lang = app.lang;
    if d.kind == MeetingKind::Copil && d.stage.is_none() {
        let items = stage_items(app, None);
        let title = t!(lang, "form-copil-stage");
        context::pick(app, title, items, false, step(MeetingStep::Stage(d)));
        return;
    }
    let governance = d.owner == MeetingOwner::Governance;
    if governance && d.kind == MeetingKind::LocalCommittee && d.territory.is_none() {
        let items = territory_items(app, &[]);
        let title = t!(lang, "form-committee-territory");
        context::pick(app, title, items, false, step(MeetingStep::Territory(d)));
        return;
    }
    let title = t!(lang, "form-participants");
    context::input(app, title, "", step(MeetingStep::Participants(d)));
}

/// Enter on a meeting: what to change.
pub fn menu(app: &mut App, m: MeetingRef) {
    let lang = app.lang;
    let Some(x) = find(app, &m) else { return };
    let r = app.ws.referential.as_ref();
    let field =
        |label: String, value: String| t!(lang, "form-field-value", label = label, value = value);
    let mut items = vec![
        entry(
            MenuItem::Date,
            field(t!(lang, "form-label-date"), date(lang, x.date)),
        ),
        entry(
            MenuItem::Kind,
            field(
                t!(lang, "form-label-kind"),
                meeting_kind(lang, x.kind).into(),
            ),
        ),
    ];
    if x.kind == MeetingKind::Copil {
        let stage = x.stage.map_or("—", |s| copil_stage(lang, s));
        items.push(entry(
            MenuItem::Stage,
            field(t!(lang, "form-label-stage"), stage.into()),
        ));
    }
    if x.kind == MeetingKind::LocalCommittee {
        let t = x
            .territory
            .as_ref()
            .map_or("—", |t| r.map_or(t.as_str(), |r| r.territory_name(t)));
        items.push(entry(
            MenuItem::Territory,
            field(t!(lang, "form-label-territory"), t.into()),
        ));
    }
    items.extend([
        entry(
            MenuItem::Participants,
            field(
                t!(lang, "form-label-participants"),
                x.participants.to_string(),
            ),
        ),
        entry(
            MenuItem::Organisations,
            field(
                t!(lang, "form-label-organisations"),
                x.organisations.len().to_string(),
            ),
        ),
        entry(
            MenuItem::Decisions,
            field(
                t!(lang, "form-label-decisions"),
                x.decisions.len().to_string(),
            ),
        ),
        entry(MenuItem::Delete, t!(lang, "form-menu-delete-meeting")),
    ]);
    let title = format!("{} — {}", meeting_title(lang, x, r), date(lang, x.date));
    context::pick(
        app,
        sanitize(&title),
        items,
        false,
        step(MeetingStep::Menu(m)),
    );
}

/// Asks before deleting a meeting.
pub fn ask_delete(app: &mut App, m: MeetingRef) {
    let lang = app.lang;
    let Some(x) = find(app, &m) else { return };
    let q = t!(
        lang,
        "form-delete-meeting",
        title = meeting_title(lang, x, app.ws.referential.as_ref()),
        date = date(lang, x.date)
    );
    context::confirm(app, q, step(MeetingStep::Delete(m)));
}

fn menu_choice(app: &mut App, m: MeetingRef, choice: MenuItem) {
    let lang = app.lang;
    let Some(x) = find(app, &m).cloned() else {
        return;
    };
    match choice {
        MenuItem::Date => {
            let title = t!(lang, "form-meeting-date");
            context::input(
                app,
                title,
                &date(lang, x.date),
                step(MeetingStep::DateOf(m)),
            );
        }
        MenuItem::Kind => {
            let items = kind_items(app, &m.owner, x.kind);
            let title = t!(lang, "form-meeting-kind");
            context::pick(app, title, items, false, step(MeetingStep::KindOf(m)));
        }
        MenuItem::Stage => {
            let items = stage_items(app, x.stage);
            let title = t!(lang, "form-copil-stage");
            context::pick(app, title, items, false, step(MeetingStep::StageOf(m)));
        }
        MenuItem::Territory => {
            let cur: Vec<Id> = x.territory.iter().cloned().collect();
            let items = territory_items(app, &cur);
            let title = t!(lang, "form-committee-territory");
            context::pick(app, title, items, false, step(MeetingStep::TerritoryOf(m)));
        }
        MenuItem::Participants => {
            let title = t!(lang, "form-participants");
            let cur = x.participants.to_string();
            context::input(app, title, &cur, step(MeetingStep::ParticipantsOf(m)));
        }
        MenuItem::Organisations => {
            let items = org_items(app, &x.organisations);
            let title = t!(lang, "form-organisations-present");
            context::pick(
                app,
                title,
                items,
                true,
                step(MeetingStep::OrganisationsOf(m)),
            );
        }
        MenuItem::Decisions => {
            let title = t!(lang, "form-decisions");
            let cur = x.decisions.join("\n");
            context::text(app, title, &cur, step(MeetingStep::DecisionsOf(m)));
        }
        MenuItem::Delete => ask_delete(app, m),
        _ => {}
    }
}

fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn whole_number(app: &App, t: &str) -> Result<u32, String> {
    read_count(t).map_err(|m| m.get(app.lang).to_string())
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, s: MeetingStep, a: Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let bad = |m: Message| m.get(lang).to_string();
    let t = a.text().to_string();
    match s {
        MeetingStep::Date(mut d) => {
            d.date = read_date(&t).map_err(bad)?;
            let items = kind_items(app, &d.owner, d.kind);
            let title = owner_title(app, &d.owner, &t!(lang, "form-step-kind"));
            context::pick(app, title, items, false, step(MeetingStep::Kind(d)));
        }
        MeetingStep::Kind(mut d) => {
            if let Some(Choice::MeetingKind(k)) = a.first() {
                d.kind = *k;
            }
            next(app, d);
        }
        MeetingStep::Stage(mut d) => {
            d.stage = match a.first() {
                Some(Choice::Stage(s)) => Some(*s),
                _ => Some(CopilStage::Other),
            };
            next(app, d);
        }
        MeetingStep::Territory(mut d) => match context::first_id(a.chosen()) {
            Some(t) => {
                d.territory = Some(t);
                next(app, d);
            }
            None => return Err(t!(lang, "form-choose-territory")),
        },
        MeetingStep::Participants(mut d) => {
            d.participants = whole_number(app, &t)?;
            let items = org_items_of(app, &d);
            let title = t!(lang, "form-organisations-present");
            context::pick(app, title, items, true, step(MeetingStep::Organisations(d)));
        }
        MeetingStep::Organisations(mut d) => {
            d.organisations = context::ids(a.chosen());
            let title = t!(lang, "form-decisions-new");
            context::text(app, title, "", step(MeetingStep::Decisions(d)));
        }
        MeetingStep::Decisions(d) => {
            let taken = Meeting::keys(meetings(app, &d.owner).unwrap_or(&[]));
            let m = Meeting {
                id: Some(Meeting::fresh_id(d.date, taken.iter())),
                date: d.date,
                kind: d.kind,
                stage: d.stage.filter(|_| d.kind == MeetingKind::Copil),
                territory: d
                    .territory
                    .filter(|_| d.kind == MeetingKind::LocalCommittee),
                participants: d.participants,
                organisations: d.organisations,
                decisions: lines_of(a.raw()),
                ..Meeting::default()
            };
            let key = m.id.clone();
            return edit(app, &d.owner, MeetingEdit::Add(m), key.as_ref());
        }
        MeetingStep::Menu(m) => {
            if let Some(Choice::Menu(c)) = a.first() {
                menu_choice(app, m, *c);
            }
        }
        MeetingStep::DateOf(m) => {
            let d = read_date(&t).map_err(bad)?;
            return change(app, &m, |x| x.date = d);
        }
        MeetingStep::KindOf(m) => {
            let Some(Choice::MeetingKind(k)) = a.first().cloned() else {
                return Ok(Vec::new());
            };
            let Some(mut x) = find(app, &m).cloned() else {
                return Err(t!(lang, "form-meeting-gone"));
            };
            x.kind = k;
            if k != MeetingKind::Copil {
                x.stage = None;
            }
            if k != MeetingKind::LocalCommittee {
                x.territory = None;
            }
            let replace = MeetingEdit::Replace(m.key.clone(), x.clone());
            let effects = edit(app, &m.owner, replace, Some(&m.key))?;
            // A COPIL needs its stage, a local committee of the governance
            // its territory: ask at once.
            {
                let r = m.clone();
                if k == MeetingKind::Copil && x.stage.is_none() {
                    menu_choice(app, r, MenuItem::Stage);
                } else if k == MeetingKind::LocalCommittee
                    && x.territory.is_none()
                    && m.owner == MeetingOwner::Governance
                {
                    menu_choice(app, r, MenuItem::Territory);
                }
            }
            return Ok(effects);
        }
        MeetingStep::StageOf(m) => {
            let s = match a.first() {
                Some(Choice::Stage(s)) => Some(*s),
                _ => None,
            };
            return change(app, &m, |x| x.stage = s);
        }
        MeetingStep::TerritoryOf(m) => {
            let t = context::first_id(a.chosen());
            return change(app, &m, |x| x.territory = t);
        }
        MeetingStep::ParticipantsOf(m) => {
            let n = whole_number(app, &t)?;
            return change(app, &m, |x| x.participants = n);
        }
        MeetingStep::OrganisationsOf(m) => {
            let v = context::ids(a.chosen());
            return change(app, &m, |x| x.organisations = v);
        }
        MeetingStep::DecisionsOf(m) => {
            let v = lines_of(a.raw());
            return change(app, &m, |x| x.decisions = v);
        }
        MeetingStep::Delete(m) => {
            if find(app, &m).is_none() {
                return Err(t!(lang, "form-meeting-gone"));
            }
            return edit(app, &m.owner, MeetingEdit::Remove(m.key), None);
        }
    }
    Ok(Vec::new())
}
