//! The minutes of a working-group meeting (*compte rendu*, *relevé de
//! décisions*): who came, the actions walked with what changed on them
//! (status, progress, measurements, deliverables, decisions, next steps),
//! the next steps carried over from earlier meetings and the general
//! decisions, in Markdown, plain text for an e-mail or a one-page A4 HTML.
//!
//! [`render`] builds one document model from the referential, the group
//! and the meeting (every word from the catalogue, in the language asked),
//! then writes it in a [`MinutesFormat`]; each format escapes the text of
//! the files its own way.

mod html;
mod markdown;
mod text;

use crate::domain::meeting::{open_steps, taken_in};
use crate::domain::{Action, EntryKind, Group, Id, Indicator, JournalEntry, Meeting, Referential};
use crate::i18n::Lang;
use crate::t;
use chrono::NaiveDate;
use std::path::PathBuf;

/// Output formats of the minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinutesFormat {
    /// Markdown, readable on the forge.
    Markdown,
    /// Plain text wrapped at 72 columns, for an e-mail.
    Text,
    /// A self-contained one-page A4 HTML document to print.
    Html,
}

impl MinutesFormat {
    /// The file extension of the format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            MinutesFormat::Markdown => "md",
            MinutesFormat::Text => "txt",
            MinutesFormat::Html => "html",
        }
    }

    /// The format named `md`/`markdown`, `txt`/`text` or `html` (any case).
    pub fn from_name(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "md" | "markdown" => Some(MinutesFormat::Markdown),
            "txt" | "text" => Some(MinutesFormat::Text),
            "html" => Some(MinutesFormat::Html),
            _ => None,
        }
    }
}

/// The minutes of meeting `meeting` of group `g`, in `lang`; None when the
/// group has no such meeting. `today` dates the document and decides which
/// open next steps are overdue.
pub fn render(
    r: &Referential,
    g: &Group,
    meeting: &Id,
    today: NaiveDate,
    format: MinutesFormat,
    lang: Lang,
) -> Option<String> {
    let m = g.meeting(meeting)?;
    let doc = Doc::build(r, g, m, today, lang);
    Some(match format {
        MinutesFormat::Markdown => markdown::render(&doc),
        MinutesFormat::Text => text::render(&doc),
        MinutesFormat::Html => html::render(&doc),
    })
}

/// Where the minutes are kept in the workspace:
/// `minutes/<group-id>/<meeting-id>.<ext>` (ids are slugs: the path never
/// leaves the workspace).
pub fn default_path(g: &Group, meeting: &Id, format: MinutesFormat) -> PathBuf {
    PathBuf::from("minutes").join(g.id.as_str()).join(format!(
        "{}.{}",
        meeting.as_str(),
        format.extension()
    ))
}

/// The commit message that shares the minutes: "Compte rendu du groupe
/// <name> du 01/12/2026" (French), "Minutes of the <name> group meeting of
/// 2026-12-01" (English). One line, control characters made visible.
pub fn commit_message(g: &Group, m: &Meeting, lang: Lang) -> String {
    let name = crate::text::sanitize(&g.name);
    t!(
        lang,
        "minutes-commit",
        group = name,
        date = crate::i18n::date(lang, m.date)
    )
}

/// A label and its value (header lines, attendance, status and progress).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Field {
    /// What the value is.
    pub label: String,
    /// The value, in the document's language.
    pub value: String,
}

/// One item of a list; an overdue next step is marked.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    /// The text.
    pub text: String,
    /// An open next step past its due date.
    pub overdue: bool,
}

/// A labelled list under an action (measurements, deliverables ticked,
/// decisions, next steps, notes).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct List {
    /// What the items are.
    pub label: String,
    /// The items, never empty.
    pub items: Vec<Item>,
}

/// An action in the minutes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct ActionPart {
    /// Its title.
    pub title: String,
    /// Status and progress, before → after (discussed actions only).
    pub fields: Vec<Field>,
    /// What was measured, ticked, decided, assigned, noted.
    pub lists: Vec<List>,
}

/// A next step carried over from an earlier meeting.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Step {
    /// The action's title.
    pub action: String,
    /// What is to be done.
    pub text: String,
    /// The organisation carrying it (name), or empty.
    pub owner: String,
    /// Its due date, or empty.
    pub due: String,
    /// Open past its due date.
    pub overdue: bool,
    /// The whole step in one sentence (for lists and plain text).
    pub sentence: String,
}

/// What a section holds.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Body {
    /// Labelled values.
    Fields(Vec<Field>),
    /// Paragraphs of text (the agenda note).
    Paragraphs(Vec<String>),
    /// The actions walked.
    Actions(Vec<ActionPart>),
    /// Next steps carried over, with the column headings of their table.
    Steps {
        /// Action, step, owner, due.
        columns: [String; 4],
        /// The steps.
        rows: Vec<Step>,
    },
    /// A plain list.
    Items(Vec<String>),
}

/// A section of the minutes.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Section {
    /// A stable class name (HTML), e.g. `attendance`.
    pub class: &'static str,
    /// The heading, in the document's language.
    pub heading: String,
    /// The content.
    pub body: Body,
}

/// The minutes as a document, every word in its language; text from the
/// files is raw here and escaped by each format.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Doc {
    /// Language of the words.
    pub lang: Lang,
    /// "Compte rendu", or "Compte rendu (projet)" for a draft.
    pub title: String,
    /// The group's name.
    pub group: String,
    /// The meeting's date as people write it.
    pub date: String,
    /// Territories, date, kind.
    pub header: Vec<Field>,
    /// The sections, empty ones left out (attendance always there).
    pub sections: Vec<Section>,
    /// When and with what the minutes were made.
    pub footer: String,
    /// The word that marks an overdue step.
    pub overdue: String,
}

/// A number as people write it: `1 234,5` in French (narrow no-break
/// space between thousands, decimal comma), `1,234.5` in English; at most
/// two decimals.
pub(crate) fn number(lang: Lang, v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let s = format!("{:.2}", v.abs());
    let (whole, frac) = s.split_once('.').unwrap_or((s.as_str(), ""));
    let frac = frac.trim_end_matches('0');
    let (thousands, decimal) = match lang {
        Lang::Fr => (crate::report::fr::NNBSP, ','),
        Lang::En => (',', '.'),
    };
    let mut out = String::new();
    if v < 0.0 && (whole != "0" || !frac.is_empty()) {
        out.push('-');
    }
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A value with its unit: `97 personnes`, `53,3 %` (no-break spaces in
/// French), `97 personnes`, `53.3%` in English.
pub(crate) fn with_unit(lang: Lang, v: f64, unit: &str) -> String {
    let n = number(lang, v);
    let unit = unit.trim();
    match (lang, unit) {
        (_, "") => n,
        (Lang::Fr, "%") => format!("{n}{}%", crate::report::fr::NNBSP),
        (Lang::En, "%") => format!("{n}%"),
        (Lang::Fr, u) => format!("{n}\u{a0}{u}"),
        (Lang::En, u) => format!("{n} {u}"),
    }
}

/// A progress: `60 %` (narrow no-break space) in French, `60%` in English.
fn percent(lang: Lang, p: u8) -> String {
    with_unit(lang, f64::from(p), "%")
}

/// Free text from the files in the document's typography (French
/// no-break spaces before `:` `;` `!` `?` and inside « »).
fn typo(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Fr => crate::i18n::french_typography(s),
        Lang::En => s.to_string(),
    }
}

fn names(r: &Referential, ids: &[Id]) -> String {
    ids.iter()
        .map(|id| r.organisation_name(id))
        .collect::<Vec<_>>()
        .join(", ")
}

fn field(label: String, value: String) -> Field {
    Field { label, value }
}

fn before_after<T: PartialEq>(
    lang: Lang,
    before: T,
    after: Option<T>,
    show: impl Fn(&T) -> String,
) -> String {
    match after.filter(|a| *a != before) {
        Some(a) => t!(
            lang,
            "minutes-changed",
            before = show(&before),
            after = show(&a)
        ),
        None => t!(lang, "minutes-unchanged", value = show(&before)),
    }
}

/// A next step in one line: "text — owner, pour le 15/01/2027".
fn step_sentence(r: &Referential, e: &JournalEntry, lang: Lang) -> String {
    let mut details: Vec<String> = Vec::new();
    if let Some(o) = &e.owner {
        details.push(r.organisation_name(o).to_string());
    }
    if let Some(d) = e.due {
        details.push(t!(
            lang,
            "minutes-step-due",
            due = crate::i18n::date(lang, d)
        ));
    }
    if details.is_empty() {
        e.text.clone()
    } else {
        t!(
            lang,
            "minutes-step",
            text = e.text.as_str(),
            details = details.join(", ")
        )
    }
}

fn measurements(i: &Indicator, day: NaiveDate, lang: Lang) -> Vec<Item> {
    i.measurements
        .iter()
        .filter(|x| x.date == day)
        .map(|x| {
            let value = with_unit(lang, x.value, &i.unit);
            let text = match i.target {
                Some(target) => t!(
                    lang,
                    "minutes-measurement-target",
                    label = i.label.as_str(),
                    value = value,
                    target = with_unit(lang, target, &i.unit)
                ),
                None => t!(
                    lang,
                    "minutes-measurement",
                    label = i.label.as_str(),
                    value = value
                ),
            };
            Item {
                text,
                overdue: false,
            }
        })
        .collect()
}

fn push_list(lists: &mut Vec<List>, label: String, items: Vec<Item>) {
    if !items.is_empty() {
        lists.push(List { label, items });
    }
}

fn plain(items: impl IntoIterator<Item = String>) -> Vec<Item> {
    items
        .into_iter()
        .map(|text| Item {
            text,
            overdue: false,
        })
        .collect()
}

impl Doc {
    /// The minutes of `m` (a meeting of `g`) as of `today`, in `lang`.
    pub(crate) fn build(
        r: &Referential,
        g: &Group,
        m: &Meeting,
        today: NaiveDate,
        lang: Lang,
    ) -> Doc {
        let date = crate::i18n::date(lang, m.date);
        let state = match m.minutes {
            crate::domain::Minutes::Draft => "draft",
            _ => "other",
        };
        let territories: Vec<&str> = g.territories.iter().map(|t| r.territory_name(t)).collect();
        let header = vec![
            field(
                t!(lang, "minutes-territories", count = territories.len()),
                territories.join(", "),
            ),
            field(t!(lang, "minutes-date"), date.clone()),
            field(
                t!(lang, "minutes-kind"),
                t!(lang, "minutes-kind-value", kind = m.kind.id()),
            ),
        ];
        let mut sections = vec![Section {
            class: "attendance",
            heading: t!(lang, "minutes-section-attendance"),
            body: Body::Fields(attendance(r, m, lang)),
        }];
        let agenda: Vec<String> = m
            .agenda
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
            .map(|l| typo(lang, l))
            .collect();
        if !agenda.is_empty() {
            sections.push(Section {
                class: "agenda",
                heading: t!(lang, "minutes-section-agenda"),
                body: Body::Paragraphs(agenda),
            });
        }
        let actions = actions(r, g, m, today, lang);
        if !actions.is_empty() {
            sections.push(Section {
                class: "actions",
                heading: t!(lang, "minutes-section-actions"),
                body: Body::Actions(actions),
            });
        }
        let carried = carried(r, g, m, today, lang);
        if !carried.is_empty() {
            sections.push(Section {
                class: "carried",
                heading: t!(lang, "minutes-section-carried"),
                body: Body::Steps {
                    columns: [
                        t!(lang, "minutes-col-action"),
                        t!(lang, "minutes-col-step"),
                        t!(lang, "minutes-col-owner"),
                        t!(lang, "minutes-col-due"),
                    ],
                    rows: carried,
                },
            });
        }
        if !m.decisions.is_empty() {
            sections.push(Section {
                class: "decisions",
                heading: t!(lang, "minutes-section-decisions"),
                body: Body::Items(m.decisions.iter().map(|d| typo(lang, d)).collect()),
            });
        }
        Doc {
            lang,
            title: t!(lang, "minutes-title", state = state),
            group: typo(lang, &g.name),
            date,
            header,
            sections,
            footer: t!(
                lang,
                "minutes-footer",
                today = crate::i18n::date(lang, today),
                pact = format!("{} — {}", r.name, r.departement.name)
            ),
            overdue: t!(lang, "minutes-overdue"),
        }
    }
}

fn attendance(r: &Referential, m: &Meeting, lang: Lang) -> Vec<Field> {
    let or_none = |s: String| {
        if s.is_empty() {
            t!(lang, "minutes-none")
        } else {
            s
        }
    };
    let mut out = vec![field(
        t!(lang, "minutes-present", count = m.organisations.len()),
        or_none(names(r, &m.organisations)),
    )];
    if !m.excused.is_empty() {
        out.push(field(
            t!(lang, "minutes-excused", count = m.excused.len()),
            names(r, &m.excused),
        ));
    }
    out.push(field(
        t!(lang, "minutes-participants"),
        number(lang, f64::from(m.participants)),
    ));
    if !m.people.is_empty() {
        out.push(field(t!(lang, "minutes-people"), m.people.join(", ")));
    }
    out
}

/// The actions of the minutes: those discussed, in order, then those with
/// entries linked to the meeting but not in `discussed`, in file order.
fn actions(
    r: &Referential,
    g: &Group,
    m: &Meeting,
    today: NaiveDate,
    lang: Lang,
) -> Vec<ActionPart> {
    let Some(id) = &m.id else {
        return Vec::new();
    };
    let linked = taken_in(g, id);
    let mut out = Vec::new();
    for d in &m.discussed {
        let action = g.action(&d.action);
        let fields = vec![
            field(
                t!(lang, "minutes-status"),
                before_after(lang, d.status_before, d.status_after, |s| {
                    s.label(lang).to_string()
                }),
            ),
            field(
                t!(lang, "minutes-progress"),
                before_after(lang, d.progress_before, d.progress_after, |p| {
                    percent(lang, *p)
                }),
            ),
        ];
        let mut lists = Vec::new();
        if let Some(a) = action {
            let taken: Vec<Item> = a
                .indicators
                .iter()
                .flat_map(|i| measurements(i, m.date, lang))
                .collect();
            push_list(&mut lists, t!(lang, "minutes-measurements"), taken);
        }
        push_list(
            &mut lists,
            t!(lang, "minutes-ticked"),
            plain(d.ticked.iter().map(|x| typo(lang, x))),
        );
        if let Some(a) = action {
            entry_lists(r, a, &linked, today, lang, &mut lists);
        }
        out.push(ActionPart {
            title: action.map_or_else(|| d.action.to_string(), |a| typo(lang, &a.title)),
            fields,
            lists,
        });
    }
    for a in &g.actions {
        let discussed = m.discussed.iter().any(|d| d.action == a.id);
        if discussed || !linked.iter().any(|e| e.action.id == a.id) {
            continue;
        }
        let mut lists = Vec::new();
        entry_lists(r, a, &linked, today, lang, &mut lists);
        out.push(ActionPart {
            title: typo(lang, &a.title),
            fields: Vec::new(),
            lists,
        });
    }
    out
}

/// The decisions, next steps and notes of action `a` among the entries
/// linked to the meeting.
fn entry_lists(
    r: &Referential,
    a: &Action,
    linked: &[crate::domain::meeting::EntryRef<'_>],
    today: NaiveDate,
    lang: Lang,
    lists: &mut Vec<List>,
) {
    let of = |kind: EntryKind| {
        linked
            .iter()
            .filter(move |e| e.action.id == a.id && e.entry.kind == kind)
            .map(|e| e.entry)
    };
    push_list(
        lists,
        t!(lang, "minutes-decisions"),
        plain(of(EntryKind::Decision).map(|e| typo(lang, &e.text))),
    );
    let steps = of(EntryKind::NextStep)
        .map(|e| Item {
            text: step_sentence(r, e, lang),
            overdue: e.is_overdue_step(today),
        })
        .collect();
    push_list(lists, t!(lang, "minutes-steps"), steps);
    push_list(
        lists,
        t!(lang, "minutes-notes"),
        plain(of(EntryKind::Note).map(|e| typo(lang, &e.text))),
    );
}

/// The group's open next steps taken before or on the meeting's day but
/// not in it, earliest due first; overdue as of `today`.
fn carried(r: &Referential, g: &Group, m: &Meeting, today: NaiveDate, lang: Lang) -> Vec<Step> {
    open_steps(g)
        .into_iter()
        .filter(|s| s.entry.meeting.is_none() || s.entry.meeting != m.id)
        .filter(|s| s.entry.date <= m.date)
        .map(|s| {
            let e = s.entry;
            Step {
                action: typo(lang, &s.action.title),
                text: typo(lang, &e.text),
                owner: e
                    .owner
                    .as_ref()
                    .map(|o| r.organisation_name(o).to_string())
                    .unwrap_or_default(),
                due: e
                    .due
                    .map(|d| crate::i18n::date(lang, d))
                    .unwrap_or_default(),
                overdue: e.is_overdue_step(today),
                sentence: t!(
                    lang,
                    "minutes-carried-step",
                    action = s.action.title.as_str(),
                    step = step_sentence(r, e, lang)
                ),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_people_write_them() {
        assert_eq!(number(Lang::Fr, 1234567.5), "1\u{202f}234\u{202f}567,5");
        assert_eq!(number(Lang::En, 1234567.5), "1,234,567.5");
        assert_eq!(number(Lang::Fr, 97.0), "97");
        assert_eq!(number(Lang::Fr, -0.25), "-0,25");
        assert_eq!(number(Lang::Fr, 999.999), "1\u{202f}000");
        assert_eq!(with_unit(Lang::Fr, 53.3, "%"), "53,3\u{202f}%");
        assert_eq!(with_unit(Lang::Fr, 12.0, "personnes"), "12\u{a0}personnes");
        assert_eq!(with_unit(Lang::En, 53.3, "%"), "53.3%");
    }

    #[test]
    fn formats_by_name_and_extension() {
        for f in [
            MinutesFormat::Markdown,
            MinutesFormat::Text,
            MinutesFormat::Html,
        ] {
            assert_eq!(MinutesFormat::from_name(f.extension()), Some(f));
        }
        assert_eq!(
            MinutesFormat::from_name("Markdown"),
            Some(MinutesFormat::Markdown)
        );
        assert_eq!(MinutesFormat::from_name("text"), Some(MinutesFormat::Text));
        assert_eq!(MinutesFormat::from_name("pdf"), None);
    }
}
