//! `pacte agenda`: what falls due in the coming weeks, as text, or the
//! whole calendar of the pact as an iCalendar file for a calendar program.

use crate::agenda::{Agenda, ics, text};
use crate::domain::Message;
use crate::i18n::Lang;
use crate::m;
use crate::store::Workspace;
use chrono::NaiveDate;
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Largest `--weeks` (ten years).
pub const MAX_WEEKS: u32 = 520;

/// Formats of `pacte agenda`, with the names `--format` takes and the
/// extensions `-o` recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AgendaFormat {
    /// Plain text: what falls due in the coming weeks.
    Text,
    /// iCalendar (RFC 5545): the whole calendar.
    Ics,
}

impl AgendaFormat {
    /// Every format with its `--format` names, the first one shown.
    const NAMES: [(AgendaFormat, &'static [&'static str]); 2] = [
        (AgendaFormat::Text, &["text", "txt"]),
        (AgendaFormat::Ics, &["ics", "ical", "icalendar"]),
    ];
    /// Every format with its file extensions.
    const EXTENSIONS: [(AgendaFormat, &'static [&'static str]); 2] = [
        (AgendaFormat::Text, &["txt"]),
        (AgendaFormat::Ics, &["ics", "ical", "ifb"]),
    ];

    /// The `--format` names, for messages: `text, ics`.
    pub fn names() -> String {
        let names: Vec<&str> = Self::NAMES.iter().map(|(_, n)| n[0]).collect();
        names.join(", ")
    }

    /// The extensions, for messages: `.txt, .ics`.
    pub fn extensions() -> String {
        let names: Vec<String> = Self::EXTENSIONS
            .iter()
            .map(|(_, e)| format!(".{}", e[0]))
            .collect();
        names.join(", ")
    }
}

/// Arguments of `pacte agenda`.
#[derive(Clone, Debug, Args)]
pub struct AgendaArgs {
    /// Output format: text (what falls due in the coming weeks) or ics
    /// (the whole calendar, RFC 5545); default: from the -o extension,
    /// else text.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// How many weeks ahead the text lists (overdue entries are always
    /// listed).
    #[arg(long, default_value_t = 6, value_name = "N")]
    pub weeks: u32,
}

/// The format asked: `--format`, else the `-o` extension, else text; an
/// unknown name or extension is refused with the list of formats.
pub fn format_of(args: &AgendaArgs) -> Result<AgendaFormat, Message> {
    if let Some(typed) = &args.format {
        let key = typed.trim().to_ascii_lowercase();
        return AgendaFormat::NAMES
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
            .map(|(f, _)| *f)
            .ok_or_else(|| {
                m!(
                    "agenda-unknown-format",
                    typed = typed.as_str(),
                    formats = AgendaFormat::names()
                )
            });
    }
    let Some(path) = &args.output else {
        return Ok(AgendaFormat::Text);
    };
    let Some(ext) = path.extension() else {
        return Ok(AgendaFormat::Text);
    };
    let ext = ext.to_string_lossy().to_ascii_lowercase();
    AgendaFormat::EXTENSIONS
        .iter()
        .find(|(_, exts)| exts.contains(&ext.as_str()))
        .map(|(f, _)| *f)
        .ok_or_else(|| {
            m!(
                "agenda-unknown-extension",
                path = path.display(),
                formats = AgendaFormat::extensions()
            )
        })
}

/// The agenda of the workspace as of `today`.
pub fn agenda(ws: &Workspace, today: NaiveDate) -> Result<Agenda, Message> {
    let r = ws
        .referential
        .as_ref()
        .ok_or_else(|| m!("agenda-no-referential"))?;
    Ok(Agenda::build(r, &ws.governance, &ws.groups, today))
}

/// The bytes `pacte agenda` writes.
pub fn render(
    ws: &Workspace,
    args: &AgendaArgs,
    today: NaiveDate,
    lang: Lang,
) -> Result<Vec<u8>, Message> {
    let format = format_of(args)?;
    if args.weeks > MAX_WEEKS {
        return Err(m!(
            "agenda-too-many-weeks",
            weeks = args.weeks,
            max = MAX_WEEKS
        ));
    }
    let agenda = agenda(ws, today)?;
    Ok(match format {
        AgendaFormat::Text => text::render(&agenda, args.weeks, lang),
        AgendaFormat::Ics => ics::render(&agenda, lang),
    }
    .into_bytes())
}

/// Runs `pacte agenda`: writes to `-o FILE` or standard output. Returns
/// the message to print, if any.
pub fn run(
    ws: &Workspace,
    args: &AgendaArgs,
    today: NaiveDate,
    lang: Lang,
) -> Result<Option<Message>, Message> {
    let bytes = render(ws, args, today, lang)?;
    match &args.output {
        Some(path) => write_file(path, &bytes),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(&bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(None),
                // The reader stopped reading (`| head`): not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
                Err(e) => Err(m!("agenda-cannot-print", error = e.to_string())),
            }
        }
    }
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<Option<Message>, Message> {
    crate::store::save::write_atomic(path, bytes).map_err(|e| {
        m!(
            "agenda-cannot-write",
            path = path.display(),
            error = e.to_string()
        )
    })?;
    Ok(Some(m!("agenda-written", path = path.display())))
}
