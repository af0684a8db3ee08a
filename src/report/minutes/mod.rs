//! A meeting's minutes (placeholder until the minutes renderers land).

use crate::domain::{Group, Id, Meeting, Referential};
use crate::i18n::Lang;
use chrono::NaiveDate;
use std::path::PathBuf;

/// Output formats of the minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinutesFormat {
    /// Markdown.
    Markdown,
    /// Plain text.
    Text,
    /// Printable HTML.
    Html,
}

impl MinutesFormat {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            MinutesFormat::Markdown => "md",
            MinutesFormat::Text => "txt",
            MinutesFormat::Html => "html",
        }
    }
}

/// The minutes of meeting `meeting` of group `g`.
pub fn render(
    _r: &Referential,
    g: &Group,
    meeting: &Id,
    _today: NaiveDate,
    _format: MinutesFormat,
    _lang: Lang,
) -> Option<String> {
    let m = g.meeting(meeting)?;
    let mut out = format!("# {}\n\n{}\n", g.name, m.date);
    for (_, d) in crate::domain::meeting::decisions(g, m) {
        out.push_str(&format!("- {d}\n"));
    }
    Some(out)
}

/// Where the minutes are kept in the workspace.
pub fn default_path(g: &Group, meeting: &Id, format: MinutesFormat) -> PathBuf {
    PathBuf::from("minutes").join(g.id.as_str()).join(format!(
        "{}.{}",
        meeting.as_str(),
        format.extension()
    ))
}

/// The commit message that shares them.
pub fn commit_message(g: &Group, m: &Meeting, lang: Lang) -> String {
    let _ = lang;
    format!(
        "Compte rendu du groupe {} du {}",
        g.name,
        m.date.format("%d/%m/%Y")
    )
}
