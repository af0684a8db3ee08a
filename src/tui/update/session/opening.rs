//! Opening a meeting: its date, kind, organisations present (a new one
//! added on the fly) and excused, participants, names and agenda; or the
//! meeting in progress resumed.

use super::super::context::{self, item};
use super::super::record;
use super::step;
use crate::domain::edit::{Edit, MeetingEdit, fresh_id};
use crate::domain::meeting::in_progress;
use crate::domain::{Id, Meeting, MeetingKind, Minutes, Organisation, read_count, read_date};
use crate::t;
use crate::tui::app::{App, Screen, Tone};
use crate::tui::i18n::{date, meeting_kind};
use crate::tui::msg::Effect;
use crate::tui::session::MeetingState;
use crate::tui::steps::{Answer, Choice, SessionDraft, SessionStep};

/// `r` on a group page: resumes the group's meeting in progress, or asks
/// for a new one's date, kind, organisations, participants and agenda.
pub fn start(app: &mut App, gid: &Id) -> Vec<Effect> {
    let lang = app.lang;
    let Some(g) = app.ws.group(gid) else {
        return Vec::new();
    };
    if let Some(m) = in_progress(g) {
        let s = MeetingState::new(g, m);
        let when = date(lang, m.date);
        app.screens.push(Screen::Meeting(s));
        app.say(Tone::Info, t!(lang, "session-resumed", date = when));
        return Vec::new();
    }
    let d = SessionDraft {
        group: gid.clone(),
        date: app.today,
        kind: MeetingKind::WorkingGroup,
        present: Vec::new(),
        excused: Vec::new(),
        participants: 0,
        people: Vec::new(),
    };
    let today = date(lang, app.today);
    context::input(
        app,
        t!(lang, "session-date"),
        &today,
        step(SessionStep::Date(d)),
    );
    Vec::new()
}

/// The organisations to pick from: the group's pilot, co-pilot and
/// members first, then every other one of the referential; `except` left
/// out.
pub(super) fn organisations(app: &App, gid: &Id, except: &[Id]) -> Vec<crate::tui::app::PickItem> {
    let mut first: Vec<Id> = Vec::new();
    if let Some(g) = app.ws.group(gid) {
        let leads = [&g.pilot, &g.copilot];
        first.extend(
            leads
                .iter()
                .filter_map(|l| l.as_ref().map(|l| l.organisation.clone())),
        );
        first.extend(g.members.iter().cloned());
    }
    first.dedup();
    let mut items: Vec<crate::tui::app::PickItem> = Vec::new();
    let name = |id: &Id| {
        app.ws
            .referential
            .as_ref()
            .map_or(id.to_string(), |r| r.organisation_name(id).to_string())
    };
    for id in first.iter().filter(|i| !except.contains(i)) {
        if !items.iter().any(|x| x.choice == Choice::Id(id.clone())) {
            items.push(item(Choice::Id(id.clone()), name(id), false));
        }
    }
    if let Some(r) = app.ws.referential.as_ref() {
        for o in &r.organisations {
            if !first.contains(&o.id) && !except.contains(&o.id) {
                items.push(item(Choice::Id(o.id.clone()), o.name.clone(), false));
            }
        }
    }
    items
}

/// Asks for the organisations excused (those present left out).
fn excused(app: &mut App, d: SessionDraft) {
    let items = organisations(app, &d.group, &d.present);
    let title = t!(app.lang, "session-excused");
    context::pick(app, title, items, true, step(SessionStep::Excused(d)));
}

fn open_screen(app: &mut App, gid: &Id, mid: &Id) {
    let Some(g) = app.ws.group(gid) else { return };
    let Some(m) = g.meeting(mid) else { return };
    let s = MeetingState::new(g, m);
    app.screens.push(Screen::Meeting(s));
}

pub(super) fn opening(app: &mut App, s: SessionStep, a: &Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    match s {
        SessionStep::Date(mut d) => {
            d.date = read_date(a.text()).map_err(|m| m.get(lang).to_string())?;
            let items = [MeetingKind::WorkingGroup, MeetingKind::LocalCommittee]
                .iter()
                .map(|k| {
                    item(
                        Choice::MeetingKind(*k),
                        meeting_kind(lang, *k),
                        *k == d.kind,
                    )
                })
                .collect();
            context::pick(
                app,
                t!(lang, "session-kind"),
                items,
                false,
                step(SessionStep::Kind(d)),
            );
        }
        SessionStep::Kind(mut d) => {
            if let Some(Choice::MeetingKind(k)) = a.first() {
                d.kind = *k;
            }
            let mut items = organisations(app, &d.group, &[]);
            items.push(item(
                Choice::New,
                t!(lang, "session-new-organisation"),
                false,
            ));
            let title = t!(lang, "session-present");
            context::pick(app, title, items, true, step(SessionStep::Present(d)));
        }
        SessionStep::Present(mut d) => {
            d.present = context::ids(a.chosen());
            if a.chosen().contains(&Choice::New) {
                let title = t!(lang, "session-new-organisation-name");
                context::input(app, title, "", step(SessionStep::NewOrganisation(d)));
                return Ok(Vec::new());
            }
            excused(app, d);
        }
        SessionStep::NewOrganisation(mut d) => {
            let name = a.text();
            if name.is_empty() {
                return Err(context::empty(app));
            }
            let Some(r) = app.ws.referential.as_mut() else {
                return Err(t!(lang, "form-group-gone"));
            };
            if let Some(o) = r.organisations.iter().find(|o| o.name == name) {
                // Known already under that name: just present.
                d.present.push(o.id.clone());
                excused(app, d);
                return Ok(Vec::new());
            }
            let id = fresh_id(name, r.organisations.iter().map(|o| &o.id))
                .ok_or_else(|| context::empty(app))?;
            let Some(r) = app.ws.referential.as_mut() else {
                return Err(t!(lang, "form-group-gone"));
            };
            r.organisations.push(Organisation {
                joined: Some(d.date),
                ..Organisation::new(id.clone(), name)
            });
            d.present.push(id);
            excused(app, d);
            return Ok(vec![Effect::SaveReferential]);
        }
        SessionStep::Excused(mut d) => {
            d.excused = context::ids(a.chosen());
            let title = t!(lang, "session-participants");
            context::input(app, title, "", step(SessionStep::Participants(d)));
        }
        SessionStep::Participants(mut d) => {
            d.participants = read_count(a.text()).map_err(|m| m.get(lang).to_string())?;
            let title = t!(lang, "session-people");
            context::input(app, title, "", step(SessionStep::People(d)));
        }
        SessionStep::People(mut d) => {
            d.people = a
                .text()
                .split([',', ';'])
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_string)
                .collect();
            let title = t!(lang, "session-agenda");
            context::input(app, title, "", step(SessionStep::Agenda(d)));
        }
        SessionStep::Agenda(d) => {
            let Some(g) = app.ws.group(&d.group) else {
                return Err(t!(lang, "form-group-gone"));
            };
            let taken = Meeting::keys(&g.meetings);
            let id = Meeting::fresh_id(d.date, taken.iter());
            let m = Meeting {
                id: Some(id.clone()),
                organisations: d.present,
                excused: d.excused,
                participants: d.participants,
                people: d.people,
                agenda: a.text().to_string(),
                minutes: Minutes::Draft,
                ..Meeting::new(d.date, d.kind)
            };
            let effects = record::group(app, &d.group, vec![Edit::Meeting(MeetingEdit::Add(m))])?;
            open_screen(app, &d.group, &id);
            return Ok(effects);
        }
        _ => {}
    }
    Ok(Vec::new())
}
