//! Meeting mode: `r` on a group page opens (or resumes) a meeting; its
//! screen walks the agenda and the actions one per screen with single
//! keys; decisions and next steps are journal entries linked to the
//! meeting; `S` ends it: the minutes are shown, written, and the sync
//! panel is offered. Every change is saved as it is typed (`record`).

use super::context::{self, item};
use super::record;
use crate::domain::edit::{ActionEdit, DeliverableEdit, Edit, MeetingEdit};
use crate::domain::meeting::AgendaItem;
use crate::domain::{EntryKind, Group, Id, JournalEntry, Meeting, Minutes, read_optional_date};
use crate::report::minutes::{self, MinutesFormat};
use crate::t;
use crate::tui::app::{ActionRef, ActionState, App, Popup, Screen, Tone};
use crate::tui::msg::{Command, Effect};
use crate::tui::session::{MeetingPane, MeetingState};
use crate::tui::steps::{Answer, Choice, SessionStep, Step, StepDraft};
use crate::tui::sync::SyncPanel;

mod opening;

use opening::opening;
use opening::organisations;
pub use opening::start;

fn step(s: SessionStep) -> Step {
    Step::Session(s)
}

/// The meeting screen on top, if it is one.
pub fn state(app: &App) -> Option<&MeetingState> {
    match app.screen() {
        Screen::Meeting(s) => Some(s),
        _ => None,
    }
}

fn state_mut(app: &mut App) -> Option<&mut MeetingState> {
    match app.screen_mut() {
        Screen::Meeting(s) => Some(s),
        _ => None,
    }
}

/// The group and meeting of a meeting screen.
fn meeting_of<'a>(app: &'a App, s: &MeetingState) -> Option<(&'a Group, &'a Meeting)> {
    let g = app.ws.group(&s.group)?;
    Some((g, g.meeting(&s.meeting)?))
}

/// The agenda of the meeting on screen.
pub fn agenda_here(app: &App, s: &MeetingState) -> Vec<AgendaItem> {
    meeting_of(app, s).map_or_else(Vec::new, |(g, m)| crate::domain::meeting::agenda_of(g, m))
}

/// The answer to one of meeting mode's questions.
pub fn answer(app: &mut App, s: SessionStep, a: Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let on_date = |app: &App, r: &ActionRef, mid: &Id| {
        app.ws
            .group(&r.group)
            .and_then(|g| g.meeting(mid))
            .map_or(app.today, |m| m.date)
    };
    let add = |app: &mut App, r: &ActionRef, e: JournalEntry| {
        record::group(
            app,
            &r.group,
            vec![Edit::Action(r.action.clone(), ActionEdit::AddJournal(e))],
        )
    };
    match s {
        SessionStep::Decision(r, mid) => {
            if a.text().is_empty() {
                return Err(context::empty(app));
            }
            let e = JournalEntry {
                meeting: Some(mid.clone()),
                ..JournalEntry::new(on_date(app, &r, &mid), EntryKind::Decision, a.text())
            };
            add(app, &r, e)
        }
        SessionStep::StepText(r, mid) => {
            if a.text().is_empty() {
                return Err(context::empty(app));
            }
            let d = StepDraft {
                action: r,
                meeting: mid,
                text: a.text().to_string(),
                owner: None,
            };
            let present = app
                .ws
                .group(&d.action.group)
                .and_then(|g| g.meeting(&d.meeting))
                .map(|m| m.organisations.clone())
                .unwrap_or_default();
            // Those present first (the one who carries it is in the room).
            let mut items = organisations(app, &d.action.group, &[]);
            items.sort_by_key(|i| !matches!(&i.choice, Choice::Id(id) if present.contains(id)));
            items.push(item(Choice::None, t!(lang, "session-no-owner"), false));
            let title = t!(lang, "session-step-owner");
            context::pick(app, title, items, false, step(SessionStep::StepOwner(d)));
            Ok(Vec::new())
        }
        SessionStep::StepOwner(mut d) => {
            d.owner = context::first_id(a.chosen());
            let title = t!(lang, "session-step-due");
            context::input(app, title, "", step(SessionStep::StepDue(d)));
            Ok(Vec::new())
        }
        SessionStep::StepDue(d) => {
            let due = read_optional_date(a.text()).map_err(|m| m.get(lang).to_string())?;
            let e = JournalEntry {
                meeting: Some(d.meeting.clone()),
                owner: d.owner,
                due,
                ..JournalEntry::new(
                    on_date(app, &d.action, &d.meeting),
                    EntryKind::NextStep,
                    d.text,
                )
            };
            add(app, &d.action, e)
        }
        SessionStep::Tick(r, mid) => {
            let edit = match a.first() {
                Some(Choice::Deliverable(label)) => {
                    ActionEdit::Deliverable(label.clone(), DeliverableEdit::Done(true))
                }
                Some(Choice::Entry(e)) => {
                    let done = JournalEntry {
                        done: Some(on_date(app, &r, &mid)),
                        ..(**e).clone()
                    };
                    ActionEdit::ReplaceJournal((**e).clone(), done)
                }
                _ => return Ok(Vec::new()),
            };
            record::group(app, &r.group, vec![Edit::Action(r.action.clone(), edit)])
        }
        SessionStep::General(gid, mid) => {
            if a.text().is_empty() {
                return Err(context::empty(app));
            }
            let Some(mut m) = app.ws.group(&gid).and_then(|g| g.meeting(&mid)).cloned() else {
                return Err(t!(lang, "form-meeting-gone"));
            };
            m.decisions.push(a.text().to_string());
            record::group(app, &gid, vec![Edit::Meeting(MeetingEdit::Replace(mid, m))])
        }
        SessionStep::End(gid, mid) => end(app, &gid, &mid),
        other => opening(app, other, &a),
    }
}

/// The commands of the meeting screen; `None` for those it leaves to the
/// rest of the interface (status, progress, measurements, help, undo…).
pub fn command(app: &mut App, c: Command) -> Option<Vec<Effect>> {
    let s = state(app)?.clone();
    let lang = app.lang;
    let agenda_len = agenda_here(app, &s).len();
    let effects = Vec::new();
    match c {
        Command::Up
        | Command::Down
        | Command::PageUp
        | Command::PageDown
        | Command::Top
        | Command::Bottom => {
            let delta: i32 = match c {
                Command::Up => -1,
                Command::Down => 1,
                Command::PageUp => -10,
                Command::PageDown => 10,
                Command::Bottom => 10_000,
                _ => -10_000,
            };
            let st = state_mut(app)?;
            match st.pane {
                MeetingPane::Agenda => {
                    let max = agenda_len.saturating_sub(1) as i32;
                    st.agenda = (st.agenda as i32 + delta).clamp(0, max.max(0)) as usize;
                }
                MeetingPane::Action => {
                    st.scroll = (i32::from(st.scroll) + delta).clamp(0, 2_000) as u16;
                }
                MeetingPane::Record => {
                    st.record_scroll = (i32::from(st.record_scroll) + delta).clamp(0, 2_000) as u16;
                }
            }
        }
        Command::Right if s.pane == MeetingPane::Agenda && agenda_len > 0 => jump(app),
        // From the agenda (empty, or ←): the action where the walk is.
        Command::Right | Command::Left if s.pane == MeetingPane::Agenda => {
            state_mut(app)?.pane = MeetingPane::Action;
        }
        Command::Right | Command::Left => {
            let st = state_mut(app)?;
            let n = st.order.len();
            let last = c == Command::Right && st.at + 1 >= n;
            if c == Command::Right && !last {
                st.at += 1;
            } else if c == Command::Left && st.at > 0 {
                st.at -= 1;
            }
            st.pane = MeetingPane::Action;
            st.scroll = 0;
            if last {
                let key = app.keymap.first_key_in(Command::Share, lang);
                app.say(Tone::Info, t!(lang, "session-last-action", key = key));
            }
        }
        Command::Open => match s.pane {
            MeetingPane::Agenda => jump(app),
            _ => {
                if let Some(r) = context::current_action(app) {
                    app.screens.push(Screen::Action(ActionState::new(r)));
                }
            }
        },
        Command::NextPane | Command::PrevPane => {
            let order = [
                MeetingPane::Agenda,
                MeetingPane::Action,
                MeetingPane::Record,
            ];
            let i = order.iter().position(|p| *p == s.pane).unwrap_or(0);
            let next = if c == Command::NextPane { i + 1 } else { i + 2 };
            state_mut(app)?.pane = order[next % 3];
        }
        Command::Alerts => state_mut(app)?.pane = MeetingPane::Agenda,
        Command::Meeting => {
            let st = state_mut(app)?;
            st.pane = if st.pane == MeetingPane::Record {
                MeetingPane::Action
            } else {
                MeetingPane::Record
            };
        }
        Command::Journal if s.pane == MeetingPane::Record => {
            let t = t!(lang, "session-general");
            let st = step(SessionStep::General(s.group.clone(), s.meeting.clone()));
            context::input(app, t, "", st);
        }
        Command::Journal | Command::New | Command::Toggle => {
            let Some(r) = context::current_action(app) else {
                return Some(context::no_action(app));
            };
            let title = app
                .action(&r)
                .map(|(_, a)| crate::text::sanitize(&a.title))
                .unwrap_or_default();
            let mid = s.meeting.clone();
            match c {
                Command::Journal => {
                    let t = t!(lang, "session-decision", action = title);
                    context::input(app, t, "", step(SessionStep::Decision(r, mid)));
                }
                Command::New => {
                    let t = t!(lang, "session-step", action = title);
                    context::input(app, t, "", step(SessionStep::StepText(r, mid)));
                }
                _ => return Some(tick(app, r, mid)),
            }
        }
        Command::Share => preview(app, &s),
        Command::Back => {
            app.screens.pop();
            let key = app.keymap.first_key_in(Command::Meeting, lang);
            app.say(Tone::Info, t!(lang, "session-paused", key = key));
        }
        _ => return None,
    }
    if let Some(st) = state_mut(app) {
        st.agenda = st.agenda.min(agenda_len.saturating_sub(1));
    }
    Some(effects)
}

/// Enter on an agenda line: its action, on screen.
fn jump(app: &mut App) {
    let Some(s) = state(app).cloned() else { return };
    let Some(target) = agenda_here(app, &s)
        .get(s.agenda)
        .map(|i| i.action().clone())
    else {
        return;
    };
    let Some(st) = state_mut(app) else { return };
    let at = match st.order.iter().position(|a| *a == target) {
        Some(i) => i,
        None => {
            st.order.push(target);
            st.order.len() - 1
        }
    };
    st.at = at;
    st.pane = MeetingPane::Action;
    st.scroll = 0;
}

/// Space: tick a deliverable of the action, or close one of its next steps.
fn tick(app: &mut App, r: ActionRef, mid: Id) -> Vec<Effect> {
    let lang = app.lang;
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let mut items: Vec<_> = a
        .deliverables
        .iter()
        .filter(|d| !d.done)
        .map(|d| {
            item(
                Choice::Deliverable(d.label.clone()),
                t!(lang, "session-tick-deliverable", label = d.label.as_str()),
                false,
            )
        })
        .collect();
    items.extend(a.journal.iter().filter(|e| e.is_open_step()).map(|e| {
        item(
            Choice::Entry(Box::new(e.clone())),
            t!(lang, "session-tick-step", text = e.text.as_str()),
            false,
        )
    }));
    if items.is_empty() {
        app.say(Tone::Info, t!(lang, "session-nothing-to-tick"));
        return Vec::new();
    }
    // One thing to tick: ticked at once (u takes it back).
    if let [only] = items.as_slice() {
        let chosen = Answer::Chosen(vec![only.choice.clone()]);
        return answer(app, SessionStep::Tick(r, mid), chosen).unwrap_or_else(|e| {
            app.say(Tone::Error, e);
            Vec::new()
        });
    }
    let title = t!(lang, "session-tick");
    context::pick(app, title, items, false, step(SessionStep::Tick(r, mid)));
    Vec::new()
}

/// The minutes of the meeting in format `f` as they are written once it
/// ended (not a draft), and where they are written.
fn minutes_of(
    app: &App,
    gid: &Id,
    mid: &Id,
    f: MinutesFormat,
) -> Option<(std::path::PathBuf, String)> {
    let mut g = app.ws.group(gid)?.clone();
    let i = g.meetings.iter().position(|m| m.id.as_ref() == Some(mid))?;
    g.meetings[i].minutes = Minutes::Sent;
    let r = app.ws.referential.as_ref()?;
    let md = MinutesFormat::Markdown;
    let file = minutes::render(r, &g, mid, app.today, md, app.lang)?;
    let path = minutes::file_path(&g, mid, md, &file);
    let text = if f == md {
        file
    } else {
        minutes::render(r, &g, mid, app.today, f, app.lang)?
    };
    Some((path, text))
}

/// `S`: the minutes, for a last look before the meeting ends.
fn preview(app: &mut App, s: &MeetingState) {
    let lang = app.lang;
    // Read as plain text (wrapped, no Markdown signs); written in Markdown.
    let Some((path, text)) = minutes_of(app, &s.group, &s.meeting, MinutesFormat::Text) else {
        return;
    };
    app.popups.push(Popup::Preview {
        title: t!(lang, "session-preview", path = path.display().to_string()),
        text,
        scroll: 0,
        step: step(SessionStep::End(s.group.clone(), s.meeting.clone())),
    });
}

/// Enter on the minutes: the meeting is closed, its minutes written, and
/// the sync panel opens with the message that shares them.
fn end(app: &mut App, gid: &Id, mid: &Id) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let Some(m) = app.ws.group(gid).and_then(|g| g.meeting(mid)).cloned() else {
        return Err(t!(lang, "form-meeting-gone"));
    };
    let message = app
        .ws
        .group(gid)
        .map(|g| minutes::commit_message(g, &m, lang))
        .unwrap_or_default();
    let closed = Meeting {
        minutes: Minutes::Sent,
        at: None,
        ..m
    };
    let mut effects = record::group(
        app,
        gid,
        vec![Edit::Meeting(MeetingEdit::Replace(mid.clone(), closed))],
    )?;
    let Some((path, text)) = minutes_of(app, gid, mid, MinutesFormat::Markdown) else {
        return Err(t!(lang, "form-meeting-gone"));
    };
    // The meeting screen goes; the group page shows the meeting first.
    if let Some(i) = app
        .screens
        .iter()
        .position(|s| matches!(s, Screen::Meeting(x) if &x.group == gid))
    {
        app.screens.truncate(i);
    }
    effects.push(Effect::WriteFile(path, text));
    app.screens.push(Screen::Sync(SyncPanel {
        message,
        edited: true,
        ..SyncPanel::default()
    }));
    effects.push(Effect::Sync(crate::tui::sync::SyncEffect::Inspect));
    Ok(effects)
}
