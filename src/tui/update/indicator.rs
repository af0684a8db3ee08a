//! Indicators and their measurements: a new indicator (label, kind, unit,
//! target), the indicator menu, a measurement (`m`), correcting or deleting
//! one measurement, deleting an indicator.

use super::context::{self, action_state, action_state_mut, current_action, entry, item};
use super::record;
use crate::domain::edit::{ActionEdit, Edit, IndicatorEdit, fresh_id};
use crate::domain::evaluation::indicators::{Doubt, doubt};
use crate::domain::{Indicator, IndicatorKind, read_measurement, read_number};
use crate::i18n::{Message, date, number};
use crate::t;
use crate::text::sanitize;
use crate::tui::app::{ActionPane, ActionRef, App, Tone};
use crate::tui::i18n::indicator_kind;
use crate::tui::msg::Effect;
use crate::tui::steps::{
    Answer, Choice, IndicatorDraft, IndicatorField, IndicatorRef, IndicatorStep, MenuItem, Step,
};
use chrono::NaiveDate;

fn step(s: IndicatorStep) -> Step {
    Step::Indicator(s)
}

fn indicator<'a>(app: &'a App, i: &IndicatorRef) -> Option<&'a Indicator> {
    app.action(&i.action)?
        .1
        .indicators
        .iter()
        .find(|x| x.id == i.id)
}

fn edit(app: &mut App, i: &IndicatorRef, e: ActionEdit) -> Result<Vec<Effect>, String> {
    record::group(
        app,
        &i.action.group,
        vec![Edit::Action(i.action.action.clone(), e)],
    )
}

/// `i`: a new indicator for the action under the cursor.
pub fn new(app: &mut App, target: ActionRef) {
    let draft = IndicatorDraft {
        target,
        label: String::new(),
        kind: IndicatorKind::Realisation,
        unit: String::new(),
    };
    let title = t!(app.lang, "form-indicator-label-new");
    context::input(app, title, "", step(IndicatorStep::Label(draft)));
}

/// `m`: a measurement of the indicator in focus, the only one, or the one
/// chosen.
pub fn measure(app: &mut App) -> Vec<Effect> {
    let Some(r) = current_action(app) else {
        return context::no_action(app);
    };
    let Some((_, a)) = app.action(&r) else {
        return Vec::new();
    };
    let focused = action_state(app)
        .filter(|s| {
            s.pane == ActionPane::Indicators
                || (s.pane == ActionPane::Fields
                    && s.lower == ActionPane::Indicators
                    && a.indicators.len() == 1)
        })
        .and_then(|s| a.indicators.get(s.indicator));
    let chosen = focused.or(if a.indicators.len() == 1 {
        a.indicators.first()
    } else {
        None
    });
    if let Some(i) = chosen {
        let i = IndicatorRef {
            action: r,
            id: i.id.clone(),
        };
        open_measure(app, i);
        return Vec::new();
    }
    if a.indicators.is_empty() {
        let key = app
            .keymap
            .first_key_in(crate::tui::msg::Command::AddIndicator, app.lang);
        let m = t!(app.lang, "form-no-indicator", key = key);
        app.say(Tone::Info, m);
        return Vec::new();
    }
    let items = a
        .indicators
        .iter()
        .map(|i| item(Choice::Id(i.id.clone()), i.label.clone(), false))
        .collect();
    let title = t!(app.lang, "form-measure-which");
    context::pick(app, title, items, false, step(IndicatorStep::Which(r)));
    Vec::new()
}

/// Records the measurement `value` of `date`.
fn measure_on(
    app: &mut App,
    i: &IndicatorRef,
    date: NaiveDate,
    value: f64,
) -> Result<Vec<Effect>, String> {
    let indicator = i.id.clone();
    edit(
        app,
        i,
        ActionEdit::Measure {
            indicator,
            date,
            value,
        },
    )
}

/// The question asked before recording a measurement that looks wrong.
fn doubt_question(app: &App, x: &Indicator, d: Doubt, value: f64) -> String {
    let lang = app.lang;
    let value = format!(
        "{}{}",
        crate::i18n::grouped(lang, value),
        unit(&x.unit, false)
    );
    match d {
        Doubt::OverHundredPercent => t!(lang, "form-doubt-percent", value = value),
        Doubt::Negative => t!(lang, "form-doubt-negative", value = value),
        Doubt::Decrease { previous } => t!(
            lang,
            "form-doubt-decrease",
            value = value,
            previous = format!(
                "{}{}",
                crate::i18n::grouped(lang, previous),
                unit(&x.unit, false)
            )
        ),
    }
}

fn open_measure(app: &mut App, i: IndicatorRef) {
    let lang = app.lang;
    let Some(x) = indicator(app, &i) else { return };
    let day = context::day_for(app, &i.action.group);
    // The date first: a long label is cut at the popup's edge, not the date.
    // Then what the value is compared with: the last one and the target,
    // in the indicator's unit.
    let last = x.latest().map(|m| {
        t!(
            lang,
            "form-measure-last",
            value = crate::i18n::grouped(lang, m.value),
            date = date(lang, m.date)
        )
    });
    let target = x.target.map(|v| {
        t!(
            lang,
            "form-measure-target",
            value = crate::i18n::grouped(lang, v)
        )
    });
    let known = match (last, target) {
        (Some(a), Some(b)) => Some(t!(lang, "form-measure-known-two", first = a, second = b)),
        (Some(one), None) | (None, Some(one)) => Some(one),
        (None, None) => None,
    };
    let title = match known {
        Some(known) => t!(
            lang,
            "form-measure-known",
            date = date(lang, day),
            known = known,
            unit = unit(&x.unit, false),
            label = x.label.as_str()
        ),
        None => t!(
            lang,
            "form-measure",
            date = date(lang, day),
            label = x.label.as_str(),
            unit = unit(&x.unit, true)
        ),
    };
    context::input(app, sanitize(&title), "", step(IndicatorStep::Measure(i)));
}

/// Enter on an indicator: what to do with it.
pub fn menu(app: &mut App, i: IndicatorRef) {
    let lang = app.lang;
    let Some(x) = indicator(app, &i) else { return };
    let items = vec![
        entry(MenuItem::Measure, t!(lang, "form-menu-measure")),
        entry(MenuItem::Measurements, t!(lang, "form-menu-measurements")),
        entry(MenuItem::Label, t!(lang, "form-menu-label")),
        entry(MenuItem::Unit, t!(lang, "form-menu-unit")),
        entry(MenuItem::Baseline, t!(lang, "form-menu-baseline")),
        entry(MenuItem::Target, t!(lang, "form-menu-target")),
        entry(MenuItem::Kind, t!(lang, "form-menu-indicator-kind")),
        entry(MenuItem::Delete, t!(lang, "form-menu-delete-indicator")),
    ];
    let title = sanitize(&x.label);
    context::pick(app, title, items, false, step(IndicatorStep::Menu(i)));
}

/// Asks before deleting the indicator.
pub fn ask_delete(app: &mut App, i: IndicatorRef) {
    let Some(x) = indicator(app, &i) else { return };
    let q = t!(app.lang, "form-delete-indicator", label = x.label.as_str());
    context::confirm(app, q, step(IndicatorStep::Delete(i)));
}

fn menu_choice(app: &mut App, i: IndicatorRef, m: MenuItem) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let Some(x) = indicator(app, &i).cloned() else {
        return Ok(Vec::new());
    };
    let num = |v: Option<f64>| v.map(|v| number(lang, v)).unwrap_or_default();
    let (title, text, field) = match m {
        MenuItem::Measure => {
            open_measure(app, i);
            return Ok(Vec::new());
        }
        MenuItem::Measurements => {
            measurements(app, i);
            return Ok(Vec::new());
        }
        MenuItem::Label => (
            t!(lang, "form-indicator-label"),
            x.label,
            IndicatorField::Label,
        ),
        MenuItem::Unit => (
            t!(lang, "form-indicator-unit"),
            x.unit,
            IndicatorField::Unit,
        ),
        MenuItem::Baseline => (
            t!(lang, "form-indicator-baseline"),
            num(x.baseline),
            IndicatorField::Baseline,
        ),
        MenuItem::Target => (
            t!(lang, "form-indicator-target"),
            num(x.target),
            IndicatorField::Target,
        ),
        MenuItem::Kind => {
            let k = match x.kind {
                IndicatorKind::Realisation => IndicatorKind::Evaluation,
                IndicatorKind::Evaluation => IndicatorKind::Realisation,
            };
            return edit(app, &i, ActionEdit::Indicator(x.id, IndicatorEdit::Kind(k)));
        }
        MenuItem::Delete => {
            ask_delete(app, i);
            return Ok(Vec::new());
        }
        _ => return Ok(Vec::new()),
    };
    context::input(app, title, &text, step(IndicatorStep::Field(i, field)));
    Ok(Vec::new())
}

/// The measurements of an indicator, newest first, to correct or delete one.
fn measurements(app: &mut App, i: IndicatorRef) {
    let lang = app.lang;
    let Some(x) = indicator(app, &i) else { return };
    if x.measurements.is_empty() {
        let m = t!(lang, "form-no-measurement");
        app.say(Tone::Info, m);
        return;
    }
    let items = x
        .measurements
        .iter()
        .rev()
        .map(|m| {
            let label = t!(
                lang,
                "form-measurement-row",
                date = date(lang, m.date),
                value = number(lang, m.value),
                unit = unit(&x.unit, false)
            );
            item(Choice::Date(m.date), label, false)
        })
        .collect();
    let title = sanitize(&t!(lang, "form-measurements", label = x.label.as_str()));
    context::pick(
        app,
        title,
        items,
        false,
        step(IndicatorStep::Measurements(i)),
    );
}

/// A unit after a value: ` personnes`, or ` (personnes)` after a title;
/// nothing when there is none.
fn unit(u: &str, parenthesised: bool) -> String {
    match (u.is_empty(), parenthesised) {
        (true, _) => String::new(),
        (false, true) => format!(" ({u})"),
        (false, false) => format!(" {u}"),
    }
}

fn measurement_value(app: &App, i: &IndicatorRef, d: NaiveDate) -> Option<f64> {
    let x = indicator(app, i)?;
    x.measurements.iter().find(|m| m.date == d).map(|m| m.value)
}

fn measurement_menu(app: &mut App, i: IndicatorRef, d: NaiveDate) {
    let lang = app.lang;
    let Some(v) = measurement_value(app, &i, d) else {
        return;
    };
    let items = vec![
        entry(MenuItem::Fix, t!(lang, "form-menu-fix-measurement")),
        entry(MenuItem::Delete, t!(lang, "form-menu-delete-measurement")),
    ];
    let title = t!(
        lang,
        "form-measurement",
        date = date(lang, d),
        value = number(lang, v)
    );
    context::pick(
        app,
        title,
        items,
        false,
        step(IndicatorStep::MeasurementMenu(i, d)),
    );
}

fn measurement_choice(app: &mut App, i: IndicatorRef, d: NaiveDate, m: MenuItem) {
    let lang = app.lang;
    let Some(v) = measurement_value(app, &i, d) else {
        return;
    };
    match m {
        MenuItem::Fix => {
            let title = t!(lang, "form-fix-measurement", date = date(lang, d));
            let text = format!("{} {}", number(lang, v), date(lang, d));
            context::input(app, title, &text, step(IndicatorStep::Fix(i, d)));
        }
        MenuItem::Delete => {
            let q = t!(
                lang,
                "form-delete-measurement",
                date = date(lang, d),
                value = number(lang, v)
            );
            context::confirm(app, q, step(IndicatorStep::DeleteMeasurement(i, d)));
        }
        _ => {}
    }
}

/// A number, or nothing when empty.
fn optional_number(t: &str) -> Result<Option<f64>, Message> {
    if t.is_empty() {
        Ok(None)
    } else {
        read_number(t).map(Some)
    }
}

/// The answer to one of this subject's questions.
pub fn answer(app: &mut App, s: IndicatorStep, a: Answer) -> Result<Vec<Effect>, String> {
    let lang = app.lang;
    let msg = |m: Message| m.get(lang).to_string();
    let t = a.text().to_string();
    match s {
        IndicatorStep::Label(mut d) => {
            if t.is_empty() {
                return Err(context::empty(app));
            }
            d.label = t;
            let items = IndicatorKind::ALL
                .iter()
                .map(|k| item(Choice::IndicatorKind(*k), indicator_kind(lang, *k), false))
                .collect();
            let title = t!(lang, "form-indicator-kind");
            context::pick(app, title, items, false, step(IndicatorStep::Kind(d)));
        }
        IndicatorStep::Kind(mut d) => {
            if let Some(Choice::IndicatorKind(k)) = a.first() {
                d.kind = *k;
            }
            let title = t!(lang, "form-indicator-unit-new");
            context::input(app, title, "", step(IndicatorStep::Unit(d)));
        }
        IndicatorStep::Unit(mut d) => {
            d.unit = t;
            let title = t!(lang, "form-indicator-target");
            context::input(app, title, "", step(IndicatorStep::Target(d)));
        }
        IndicatorStep::Target(d) => {
            let target = optional_number(&t).map_err(msg)?;
            let Some((_, x)) = app.action(&d.target) else {
                return Ok(Vec::new());
            };
            let id = fresh_id(&d.label, x.indicators.iter().map(|i| &i.id))
                .ok_or_else(|| context::empty(app))?;
            let ind = Indicator {
                id,
                label: d.label.clone(),
                kind: d.kind,
                unit: d.unit.clone(),
                baseline: None,
                target,
                measurements: Vec::new(),
            };
            let i = IndicatorRef {
                action: d.target.clone(),
                id: ind.id.clone(),
            };
            let effects = edit(app, &i, ActionEdit::AddIndicator(Box::new(ind), None))?;
            if let Some(s) = action_state_mut(app) {
                s.pane = ActionPane::Indicators;
                s.lower = ActionPane::Indicators;
                s.indicator = usize::MAX;
            }
            return Ok(effects);
        }
        IndicatorStep::Which(r) => {
            if let Some(Choice::Id(id)) = a.first() {
                let i = IndicatorRef {
                    action: r,
                    id: id.clone(),
                };
                open_measure(app, i);
            }
        }
        IndicatorStep::Menu(i) => {
            if let Some(Choice::Menu(m)) = a.first() {
                return menu_choice(app, i, *m);
            }
        }
        IndicatorStep::Field(i, field) => {
            let e = match field {
                IndicatorField::Label => IndicatorEdit::Label(t),
                IndicatorField::Unit => IndicatorEdit::Unit(t),
                IndicatorField::Baseline => {
                    IndicatorEdit::Baseline(optional_number(&t).map_err(msg)?)
                }
                IndicatorField::Target => IndicatorEdit::Target(optional_number(&t).map_err(msg)?),
            };
            let id = i.id.clone();
            return edit(app, &i, ActionEdit::Indicator(id, e));
        }
        IndicatorStep::Measure(i) => {
            let day = context::day_for(app, &i.action.group);
            let (value, date) = read_measurement(&t, day).map_err(msg)?;
            if let Some(x) = indicator(app, &i)
                && let Some(d) = doubt(x, date, value)
            {
                let q = doubt_question(app, x, d, value);
                context::confirm(app, q, step(IndicatorStep::Implausible(i, date, value)));
                return Ok(Vec::new());
            }
            return measure_on(app, &i, date, value);
        }
        IndicatorStep::Implausible(i, date, value) => {
            return measure_on(app, &i, date, value);
        }
        IndicatorStep::Measurements(i) => {
            if let Some(Choice::Date(d)) = a.first() {
                measurement_menu(app, i, *d);
            }
        }
        IndicatorStep::MeasurementMenu(i, d) => {
            if let Some(Choice::Menu(m)) = a.first() {
                measurement_choice(app, i, d, *m);
            }
        }
        IndicatorStep::Fix(i, old) => {
            let (value, new) = read_measurement(&t, old).map_err(msg)?;
            let indicator = i.id.clone();
            let mut edits = Vec::new();
            if new != old {
                edits.push(ActionEdit::RemoveMeasure {
                    indicator: indicator.clone(),
                    date: old,
                });
            }
            edits.push(ActionEdit::Measure {
                indicator,
                date: new,
                value,
            });
            let aid = i.action.action.clone();
            let edits = edits
                .into_iter()
                .map(|e| Edit::Action(aid.clone(), e))
                .collect();
            return record::group(app, &i.action.group, edits);
        }
        IndicatorStep::DeleteMeasurement(i, date) => {
            let indicator = i.id.clone();
            return edit(app, &i, ActionEdit::RemoveMeasure { indicator, date });
        }
        IndicatorStep::Delete(i) => {
            let id = i.id.clone();
            return edit(app, &i, ActionEdit::RemoveIndicator(id));
        }
    }
    Ok(Vec::new())
}
