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
mod parts;
mod text;

use crate::domain::{Group, Id, Meeting, Referential};
use crate::i18n::Lang;
use crate::t;
use chrono::NaiveDate;
use parts::{actions, attendance, carried, field, typo};
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
    PathBuf::from(crate::store::layout::MINUTES_DIR)
        .join(g.id.as_str())
        .join(format!("{}.{}", meeting.as_str(), format.extension()))
}

/// Where minutes of text `text` are written when a meeting ends:
/// `minutes/<group-id>/<meeting-id>-<8 hex digits of their SHA-256>.<ext>`.
/// Named by their content too, so that the minutes of two meetings held
/// the same day in two clones (the same id until the merge gives the
/// second the next one) are two files, never one conflict.
pub fn file_path(g: &Group, meeting: &Id, format: MinutesFormat, text: &str) -> PathBuf {
    let h = crate::store::save::hash(text.as_bytes());
    let short: String = h.iter().take(4).map(|b| format!("{b:02x}")).collect();
    PathBuf::from(crate::store::layout::MINUTES_DIR)
        .join(g.id.as_str())
        .join(format!(
            "{}-{short}.{}",
            meeting.as_str(),
            format.extension()
        ))
}

/// The commit message that shares the minutes: "Compte rendu du groupe
/// <name> du 01/12/2026" (French), "Minutes of the <name> group meeting of
/// 2026-12-01" (English). One line, control characters made visible.
pub fn commit_message(g: &Group, m: &Meeting, lang: Lang) -> String {
    let name = crate::text::sanitize(&g.name);
    let date = crate::i18n::date(lang, m.date);
    let full = t!(
        lang,
        "minutes-commit",
        group = name.as_str(),
        date = date.as_str()
    );
    // A subject of 72 characters at most: a long name is cut.
    let over = full.chars().count().saturating_sub(SUBJECT_MAX);
    if over == 0 {
        return full;
    }
    let keep = name.chars().count().saturating_sub(over + 1);
    let short: String = name.chars().take(keep).collect();
    let short = format!("{}…", short.trim_end());
    t!(lang, "minutes-commit", group = short, date = date)
}

/// Longest commit subject (what a forge's log shows whole).
const SUBJECT_MAX: usize = 72;

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

#[cfg(test)]
mod tests {
    use super::*;

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
