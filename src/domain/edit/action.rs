//! Edits of one action: its fields, indicators and their measurements,
//! deliverables, journal.

use super::{Refused, refuse};
use crate::domain::{
    Action, Deliverable, Id, Indicator, IndicatorKind, JournalEntry, Measurement, Status,
};
use crate::m;
use chrono::NaiveDate;

/// A change to an action.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionEdit {
    /// Its status; *totalement réalisée* sets the progress to 100 %.
    Status(Status),
    /// Its progress, 0–100.
    Progress(u8),
    /// Its progress moved by this much, kept within 0–100.
    ProgressBy(i16),
    /// Its due date (`None`: none).
    Due(Option<NaiveDate>),
    /// Its start date (`None`: none).
    Start(Option<NaiveDate>),
    /// Its title (not empty).
    Title(String),
    /// Its objectives.
    Objectives(String),
    /// Its implementation modalities.
    Implementation(String),
    /// Its target publics.
    Publics(Vec<Id>),
    /// Flagged as an experimentation or not.
    Experimentation(bool),
    /// A measurement of one of its indicators (replacing one of that date).
    Measure {
        /// The indicator.
        indicator: Id,
        /// The date measured.
        date: NaiveDate,
        /// The value.
        value: f64,
    },
    /// A measurement removed.
    RemoveMeasure {
        /// The indicator.
        indicator: Id,
        /// Its date.
        date: NaiveDate,
    },
    /// A new indicator (its id must be new in the action), at this place
    /// (`None`: last).
    AddIndicator(Box<Indicator>, Option<usize>),
    /// An indicator removed, with its measurements.
    RemoveIndicator(Id),
    /// A change to an indicator.
    Indicator(Id, IndicatorEdit),
    /// A new deliverable (its label must be new in the action), at this
    /// place (`None`: last).
    AddDeliverable(Deliverable, Option<usize>),
    /// A deliverable removed.
    RemoveDeliverable(String),
    /// A change to a deliverable, found by its label.
    Deliverable(String, DeliverableEdit),
    /// A journal entry added (kept in date order).
    AddJournal(JournalEntry),
    /// A journal entry removed (found by its content).
    RemoveJournal(JournalEntry),
    /// A journal entry replaced by another (found by its content).
    ReplaceJournal(JournalEntry, JournalEntry),
}

/// A change to an indicator.
#[derive(Clone, Debug, PartialEq)]
pub enum IndicatorEdit {
    /// Its label (not empty).
    Label(String),
    /// Its unit.
    Unit(String),
    /// Its kind.
    Kind(IndicatorKind),
    /// Its baseline (`None`: none).
    Baseline(Option<f64>),
    /// Its target (`None`: none).
    Target(Option<f64>),
}

/// A change to a deliverable.
#[derive(Clone, Debug, PartialEq)]
pub enum DeliverableEdit {
    /// Done or to do.
    Done(bool),
    /// Its label (not empty, not another deliverable's).
    Label(String),
    /// The document that holds it (a path inside the workspace or a web
    /// address, see [`crate::domain::Document`]); `None` unlinks it.
    Document(Option<String>),
}

/// A document as it is kept: its checked shape, trimmed.
fn document(text: &str) -> Result<String, Refused> {
    crate::domain::Document::parse(text)
        .map(|d| d.as_str().to_string())
        .map_err(Refused)
}

fn indicator_mut<'a>(a: &'a mut Action, id: &Id) -> Result<&'a mut Indicator, Refused> {
    let action = a.id.clone();
    a.indicator_mut(id).ok_or_else(|| {
        Refused(m!(
            "edit-no-indicator",
            indicator = id.as_str(),
            action = action.as_str()
        ))
    })
}

fn deliverable_at(a: &Action, label: &str) -> Result<usize, Refused> {
    a.deliverables
        .iter()
        .position(|d| d.label == label)
        .ok_or_else(|| Refused(m!("edit-no-deliverable", label = label)))
}

fn dates_ok(start: Option<NaiveDate>, due: Option<NaiveDate>) -> Result<(), Refused> {
    match (start, due) {
        (Some(s), Some(d)) if s > d => refuse(m!(
            "edit-start-after-due",
            start = crate::i18n::date(crate::i18n::Lang::Fr, s),
            due = crate::i18n::date(crate::i18n::Lang::Fr, d)
        )),
        _ => Ok(()),
    }
}

/// Applies `e` to `a`; returns the edits that undo it.
pub(super) fn apply(a: &mut Action, e: &ActionEdit) -> Result<Vec<ActionEdit>, Refused> {
    use ActionEdit as E;
    Ok(match e {
        E::Status(s) => {
            let undo = vec![E::Status(a.status), E::Progress(a.progress)];
            a.status = *s;
            if *s == Status::Done {
                a.progress = 100;
            }
            undo
        }
        E::Progress(p) => {
            if *p > 100 {
                return refuse(m!("edit-progress-range", typed = *p));
            }
            let undo = vec![E::Progress(a.progress)];
            a.progress = *p;
            undo
        }
        E::ProgressBy(d) => {
            let undo = vec![E::Progress(a.progress)];
            a.progress = (i16::from(a.progress) + d).clamp(0, 100) as u8;
            undo
        }
        E::Due(d) => {
            dates_ok(a.start, *d)?;
            let undo = vec![E::Due(a.due)];
            a.due = *d;
            undo
        }
        E::Start(d) => {
            dates_ok(*d, a.due)?;
            let undo = vec![E::Start(a.start)];
            a.start = *d;
            undo
        }
        E::Title(t) => {
            let t = t.trim();
            if t.is_empty() {
                return refuse(m!("edit-empty-title"));
            }
            let undo = vec![E::Title(a.title.clone())];
            a.title = t.to_string();
            undo
        }
        E::Objectives(t) => vec![E::Objectives(std::mem::replace(
            &mut a.objectives,
            t.clone(),
        ))],
        E::Implementation(t) => vec![E::Implementation(std::mem::replace(
            &mut a.implementation,
            t.clone(),
        ))],
        E::Publics(p) => {
            let mut p = p.clone();
            p.dedup();
            vec![E::Publics(std::mem::replace(&mut a.publics, p))]
        }
        E::Experimentation(x) => {
            vec![E::Experimentation(std::mem::replace(
                &mut a.experimentation,
                *x,
            ))]
        }
        E::Measure {
            indicator,
            date,
            value,
        } => {
            if !value.is_finite() {
                return refuse(m!("edit-not-a-number"));
            }
            let ind = indicator_mut(a, indicator)?;
            let undo = match ind.measurements.iter().find(|m| m.date == *date) {
                Some(old) => E::Measure {
                    indicator: indicator.clone(),
                    date: *date,
                    value: old.value,
                },
                None => E::RemoveMeasure {
                    indicator: indicator.clone(),
                    date: *date,
                },
            };
            ind.record(*date, *value);
            vec![undo]
        }
        E::RemoveMeasure { indicator, date } => {
            let ind = indicator_mut(a, indicator)?;
            let Some(i) = ind.measurements.iter().position(|m| m.date == *date) else {
                return refuse(m!(
                    "edit-no-measurement",
                    date = crate::i18n::date(crate::i18n::Lang::Fr, *date)
                ));
            };
            let Measurement { date, value } = ind.measurements.remove(i);
            vec![E::Measure {
                indicator: indicator.clone(),
                date,
                value,
            }]
        }
        E::AddIndicator(ind, at) => {
            if a.indicators.iter().any(|i| i.id == ind.id) {
                return refuse(m!("edit-indicator-exists", indicator = ind.id.as_str()));
            }
            if ind.label.trim().is_empty() {
                return refuse(m!("edit-empty-label"));
            }
            let at = at.unwrap_or(a.indicators.len()).min(a.indicators.len());
            a.indicators.insert(at, (**ind).clone());
            vec![E::RemoveIndicator(ind.id.clone())]
        }
        E::RemoveIndicator(id) => {
            let Some(i) = a.indicators.iter().position(|x| &x.id == id) else {
                return refuse(m!(
                    "edit-no-indicator",
                    indicator = id.as_str(),
                    action = a.id.as_str()
                ));
            };
            let ind = a.indicators.remove(i);
            vec![E::AddIndicator(Box::new(ind), Some(i))]
        }
        E::Indicator(id, ie) => {
            let ind = indicator_mut(a, id)?;
            vec![E::Indicator(id.clone(), apply_indicator(ind, ie)?)]
        }
        E::AddDeliverable(d, at) => {
            let label = d.label.trim();
            if label.is_empty() {
                return refuse(m!("edit-empty-label"));
            }
            if a.deliverables.iter().any(|x| x.label == label) {
                return refuse(m!("edit-deliverable-exists", label = label));
            }
            let document = d.document.as_deref().map(document).transpose()?;
            let at = at.unwrap_or(a.deliverables.len()).min(a.deliverables.len());
            a.deliverables.insert(
                at,
                Deliverable {
                    label: label.to_string(),
                    done: d.done,
                    document,
                },
            );
            vec![E::RemoveDeliverable(label.to_string())]
        }
        E::RemoveDeliverable(label) => {
            let i = deliverable_at(a, label)?;
            let d = a.deliverables.remove(i);
            vec![E::AddDeliverable(d, Some(i))]
        }
        E::Deliverable(label, de) => {
            let i = deliverable_at(a, label)?;
            match de {
                DeliverableEdit::Done(done) => {
                    let old = std::mem::replace(&mut a.deliverables[i].done, *done);
                    vec![E::Deliverable(label.clone(), DeliverableEdit::Done(old))]
                }
                DeliverableEdit::Label(new) => {
                    let new = new.trim();
                    if new.is_empty() {
                        return refuse(m!("edit-empty-label"));
                    }
                    if new != label && a.deliverables.iter().any(|x| x.label == new) {
                        return refuse(m!("edit-deliverable-exists", label = new));
                    }
                    a.deliverables[i].label = new.to_string();
                    vec![E::Deliverable(
                        new.to_string(),
                        DeliverableEdit::Label(label.clone()),
                    )]
                }
                DeliverableEdit::Document(doc) => {
                    let doc = doc
                        .as_deref()
                        .filter(|d| !d.trim().is_empty())
                        .map(document)
                        .transpose()?;
                    let old = std::mem::replace(&mut a.deliverables[i].document, doc);
                    vec![E::Deliverable(
                        label.clone(),
                        DeliverableEdit::Document(old),
                    )]
                }
            }
        }
        E::AddJournal(entry) => {
            if entry.text.trim().is_empty() {
                return refuse(m!("edit-empty-entry"));
            }
            let at = a.journal.partition_point(|x| x.date <= entry.date);
            a.journal.insert(at, entry.clone());
            vec![E::RemoveJournal(entry.clone())]
        }
        E::RemoveJournal(entry) => {
            let Some(i) = a.journal.iter().position(|x| x == entry) else {
                return refuse(m!("edit-no-entry"));
            };
            a.journal.remove(i);
            vec![E::AddJournal(entry.clone())]
        }
        E::ReplaceJournal(old, new) => {
            if new.text.trim().is_empty() {
                return refuse(m!("edit-empty-entry"));
            }
            let Some(i) = a.journal.iter().position(|x| x == old) else {
                return refuse(m!("edit-no-entry"));
            };
            a.journal.remove(i);
            let at = a.journal.partition_point(|x| x.date <= new.date);
            a.journal.insert(at, new.clone());
            vec![E::ReplaceJournal(new.clone(), old.clone())]
        }
    })
}

fn apply_indicator(ind: &mut Indicator, e: &IndicatorEdit) -> Result<IndicatorEdit, Refused> {
    use IndicatorEdit as I;
    Ok(match e {
        I::Label(l) => {
            let l = l.trim();
            if l.is_empty() {
                return refuse(m!("edit-empty-label"));
            }
            I::Label(std::mem::replace(&mut ind.label, l.to_string()))
        }
        I::Unit(u) => I::Unit(std::mem::replace(&mut ind.unit, u.trim().to_string())),
        I::Kind(k) => I::Kind(std::mem::replace(&mut ind.kind, *k)),
        I::Baseline(b) => {
            if b.is_some_and(|v| !v.is_finite()) {
                return refuse(m!("edit-not-a-number"));
            }
            I::Baseline(std::mem::replace(&mut ind.baseline, *b))
        }
        I::Target(t) => {
            if t.is_some_and(|v| !v.is_finite()) {
                return refuse(m!("edit-not-a-number"));
            }
            I::Target(std::mem::replace(&mut ind.target, *t))
        }
    })
}
