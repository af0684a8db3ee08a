//! The governance screen (`G`) and the pact's interim evaluations, found by
//! the year evaluated: a new one (year, date, summary), the evaluation menu,
//! deletion. Its meetings (COPIL, local committees) are in `meeting`.

use super::context::{self, entry};
use super::record;
use crate::domain::edit::GovEdit;
use crate::domain::{InterimEvaluation, read_date};
use crate::i18n::{Message, date};
use crate::t;
use crate::tui::app::{App, GovernancePane, GovernanceState, Screen};
use crate::tui::msg::Effect;
use crate::tui::steps::{Answer, Choice, EvaluationDraft, EvaluationStep, MenuItem, Step};
use chrono::Datelike;

fn step(s: EvaluationStep) -> Step {
    Step::Evaluation(s)
}

/// Opens the governance screen, newest items under the cursor.
pub fn open(app: &mut App) {
    if matches!(app.screen(), Screen::Governance(_)) {
        return;
    }
    let gov = &app.ws.governance;
    app.screens.push(Screen::Governance(GovernanceState {
        pane: GovernancePane::Meetings,
        meeting: gov.meetings.len().saturating_sub(1),
        evaluation: gov.evaluations.len().saturating_sub(1),
    }));
}

fn find(app: &App, year: i32) -> Option<&InterimEvaluation> {
    app.ws
        .governance
        .evaluations
        .iter()
        .find(|e| e.year == year)
}

/// A new interim evaluation; first the year evaluated (last year).
pub fn new(app: &mut App) {
    let title = t!(app.lang, "form-evaluation-year-new");
    let year = (app.today.year() - 1).to_string();
    context::input(app, title, &year, step(EvaluationStep::Year));
}

/// Enter on an evaluation: what to change.
pub fn menu(app: &mut App, year: i32) {
    let lang = app.lang;
    let Some(e) = find(app, year) else { return };
    let field =
        |label: String, value: String| t!(lang, "form-field-value", label = label, value = value);
    let items = vec![
        entry(
            MenuItem::Year,
            field(t!(lang, "form-label-year"), e.year.to_string()),
        ),
        entry(
            MenuItem::Date,
            field(t!(lang, "form-label-presented"), date(lang, e.date)),
        ),
        entry(MenuItem::Summary, t!(lang, "form-label-summary")),
        entry(MenuItem::Delete, t!(lang, "form-menu-delete-evaluation")),
    ];
    let title = t!(lang, "form-evaluation", year = year.to_string());
    context::pick(app, title, items, false, step(EvaluationStep::Menu(year)));
}

/// Asks before deleting an evaluation.
pub fn ask_delete(app: &mut App, year: i32) {
    if find(app, year).is_none() {
        return;
    }
    let q = t!(app.lang, "form-delete-evaluation", year = year.to_string());
    context::confirm(app, q, step(EvaluationStep::Delete(year)));
}

fn menu_choice(app: &mut App, year: i32, m: MenuItem) {
    let lang = app.lang;
    let Some(e) = find(app, year).cloned() else {
        return;
    };
    match m {
        MenuItem::Year => {
            let title = t!(lang, "form-label-year");
            context::input(
                app,
                title,
                &year.to_string(),
                step(EvaluationStep::YearOf(year)),
            );
        }
        MenuItem::Date => {
            let title = t!(lang, "form-presented-on");
            context::input(
                app,
                title,
                &date(lang, e.date),
                step(EvaluationStep::DateOf(year)),
            );
        }
        MenuItem::Summary => {
            let title = t!(lang, "form-summary", year = year.to_string());
            context::text(
                app,
                title,
                &e.summary,
                step(EvaluationStep::SummaryOf(year)),
            );
        }
        MenuItem::Delete => ask_delete(app, year),
        _ => {}
    }
}

fn year_of(app: &App, t: &str) -> Result<i32, String> {
    t.trim()
        .parse::<i32>()
        .ok()
        .filter(|y| (1900..=2200).contains(y))
        .ok_or_else(|| t!(app.lang, "form-a-year", typed = t))
}

/// Replaces the evaluation of `year` by `f` of it and keeps the cursor on it.
fn change(
    app: &mut App,
    year: i32,
    f: impl FnOnce(&mut InterimEvaluation),
) -> Result<Vec<Effect>, String> {
    let Some(mut e) = find(app, year).cloned() else {
        return Err(t!(
            app.lang,
            "form-evaluation-gone",
            year = year.to_string()
        ));
    };
    f(&mut e);
    let new_year = e.year;
    let effects = record::governance(app, vec![GovEdit::ReplaceEvaluation(year, e)])?;
    focus(app, new_year);
    Ok(effects)
}

fn focus(app: &mut App, year: i32) {
    let at = app
        .ws
        .governance
        .evaluations
        .iter()
        .position(|e| e.year == year);
    if let (Screen::Governance(s), Some(at)) = (app.screen_mut(), at) {
        s.pane = GovernancePane::Evaluations;
        s.evaluation = at;
    }
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, s: EvaluationStep, a: Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let bad = |m: Message| m.get(lang).to_string();
    let t = a.text().to_string();
    match s {
        EvaluationStep::Year => {
            let year = year_of(app, &t)?;
            let title = t!(lang, "form-presented-on");
            let today = date(lang, app.today);
            let d = EvaluationDraft {
                year,
                date: app.today,
            };
            context::input(app, title, &today, step(EvaluationStep::Date(d)));
        }
        EvaluationStep::Date(mut d) => {
            d.date = read_date(&t).map_err(bad)?;
            let title = t!(lang, "form-summary-new", year = d.year.to_string());
            context::text(app, title, "", step(EvaluationStep::Summary(d)));
        }
        EvaluationStep::Summary(d) => {
            let e = InterimEvaluation {
                year: d.year,
                date: d.date,
                summary: a.raw().to_string(),
            };
            let effects = record::governance(app, vec![GovEdit::AddEvaluation(e)])?;
            focus(app, d.year);
            return Ok(effects);
        }
        EvaluationStep::Menu(year) => {
            if let Some(Choice::Menu(m)) = a.first() {
                menu_choice(app, year, *m);
            }
        }
        EvaluationStep::YearOf(year) => {
            let y = year_of(app, &t)?;
            return change(app, year, |e| e.year = y);
        }
        EvaluationStep::DateOf(year) => {
            let d = read_date(&t).map_err(bad)?;
            return change(app, year, |e| e.date = d);
        }
        EvaluationStep::SummaryOf(year) => {
            let text = a.raw().to_string();
            return change(app, year, |e| e.summary = text);
        }
        EvaluationStep::Delete(year) => {
            return record::governance(app, vec![GovEdit::RemoveEvaluation(year)]);
        }
    }
    Ok(Vec::new())
}
