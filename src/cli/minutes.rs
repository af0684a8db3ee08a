//! `pacte minutes GROUP`: the minutes (*compte rendu*) of a group's
//! meeting, the latest by default, in Markdown, plain text or A4 HTML.

use crate::domain::{Group, Id, Meeting, Message, read_date, slug};
use crate::i18n::Lang;
use crate::report::minutes::{self, MinutesFormat};
use crate::store::Workspace;
use crate::{m, t};
use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Formats of `pacte minutes`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MinutesFormatArg {
    /// Markdown, readable on the forge.
    #[value(name = "md", alias = "markdown")]
    Md,
    /// Plain text wrapped at 72 columns, for an e-mail.
    #[value(name = "txt", alias = "text")]
    Txt,
    /// A one-page A4 HTML document to print.
    Html,
}

impl From<MinutesFormatArg> for MinutesFormat {
    fn from(f: MinutesFormatArg) -> MinutesFormat {
        match f {
            MinutesFormatArg::Md => MinutesFormat::Markdown,
            MinutesFormatArg::Txt => MinutesFormat::Text,
            MinutesFormatArg::Html => MinutesFormat::Html,
        }
    }
}

/// Arguments of `pacte minutes`.
#[derive(Clone, Debug, Args)]
pub struct MinutesArgs {
    /// The group (its id).
    pub group: String,
    /// The meeting held that day (YYYY-MM-DD or dd/mm/yyyy); default: the
    /// latest meeting.
    #[arg(long, conflicts_with = "meeting")]
    pub date: Option<String>,
    /// The meeting with this id (e.g. 2026-12-01, or 2026-12-01-2 for a
    /// second meeting that day).
    #[arg(long, value_name = "ID")]
    pub meeting: Option<String>,
    /// Output format (default: from the -o extension, else md).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<MinutesFormatArg>,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The format asked: `--format`, else the `-o` extension (`.md`, `.txt`,
/// `.html`; an unknown one is refused), else Markdown.
pub fn format_of(args: &MinutesArgs) -> Result<MinutesFormat, Message> {
    if let Some(f) = args.format {
        return Ok(f.into());
    }
    let Some(path) = &args.output else {
        return Ok(MinutesFormat::Markdown);
    };
    match path.extension().map(|e| e.to_string_lossy().to_string()) {
        None => Ok(MinutesFormat::Markdown),
        Some(ext) if ext.eq_ignore_ascii_case("htm") => Ok(MinutesFormat::Html),
        Some(ext) => MinutesFormat::from_name(&ext)
            .ok_or_else(|| m!("minutes-unknown-extension", path = path.display())),
    }
}

/// Levenshtein distance between two short strings (for suggestions).
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

/// Group ids close to what was typed, closest first (at most three).
pub fn close_ids(ws: &Workspace, typed: &str) -> Vec<String> {
    let key = slug(typed);
    let mut close: Vec<(usize, String)> = ws
        .groups
        .iter()
        .map(|g| g.id.to_string())
        .filter_map(|id| {
            let d = distance(&key, &id);
            let near = d <= 2 + key.chars().count() / 4
                || (!key.is_empty() && (id.contains(&key) || key.contains(&id)));
            near.then_some((d, id))
        })
        .collect();
    close.sort();
    close.into_iter().take(3).map(|(_, id)| id).collect()
}

fn quoted_list(lang: Lang, ids: &[String]) -> String {
    ids.iter()
        .map(|id| t!(lang, "quoted", text = id.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Finds the group by id (or by the slug of its id or name); otherwise
/// says which files did not load or which ids are close.
pub fn find_group<'a>(ws: &'a Workspace, typed: &str) -> Result<&'a Group, Message> {
    let key = slug(typed);
    let found = ws
        .groups
        .iter()
        .find(|g| g.id.as_str() == typed)
        .or_else(|| {
            ws.groups
                .iter()
                .find(|g| g.id.as_str() == key || slug(&g.name) == key)
        });
    if let Some(g) = found {
        return Ok(g);
    }
    if let Some(f) = ws.broken_files().into_iter().find(|f| {
        f.file_stem()
            .is_some_and(|s| s == typed || s == key.as_str())
    }) {
        return Err(m!(
            "minutes-group-broken",
            group = typed,
            file = f.display()
        ));
    }
    let close = close_ids(ws, typed);
    let typed = crate::text::sanitize(typed);
    if close.is_empty() {
        let known: Vec<String> = ws.groups.iter().map(|g| g.id.to_string()).collect();
        Err(m!(
            "minutes-unknown-group",
            group = typed.as_str(),
            known = known.join(", ")
        ))
    } else {
        Err(Message::each(|lang| {
            t!(
                lang,
                "minutes-unknown-group-close",
                group = typed.as_str(),
                close = quoted_list(lang, &close)
            )
        }))
    }
}

fn meeting_ids<'a>(list: impl Iterator<Item = &'a Meeting>) -> String {
    list.filter_map(|m| m.id.as_ref().map(Id::to_string))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The meeting asked: `--meeting ID`, `--date D`, else the latest (the
/// last one recorded on the latest day).
pub fn find_meeting(g: &Group, args: &MinutesArgs) -> Result<Id, Message> {
    let group = g.id.as_str();
    let held = || g.meetings.iter().filter(|m| m.id.is_some());
    if held().next().is_none() {
        return Err(m!("minutes-no-meetings", group = group));
    }
    if let Some(typed) = &args.meeting {
        let typed = typed.trim();
        return held()
            .find_map(|m| m.id.as_ref().filter(|id| id.as_str() == typed))
            .cloned()
            .ok_or_else(|| {
                m!(
                    "minutes-unknown-meeting",
                    meeting = crate::text::sanitize(typed),
                    group = group,
                    known = meeting_ids(held())
                )
            });
    }
    if let Some(typed) = &args.date {
        let day = read_date(typed).map_err(|e| {
            Message::each(|lang| t!(lang, "minutes-bad-date", message = e.in_lang(lang)))
        })?;
        let that_day: Vec<&Meeting> = held().filter(|m| m.date == day).collect();
        return match that_day.as_slice() {
            [] => Err(Message::each(|lang| {
                t!(
                    lang,
                    "minutes-no-meeting-on",
                    group = group,
                    date = crate::i18n::date(lang, day),
                    known = meeting_ids(held())
                )
            })),
            [one] => one
                .id
                .clone()
                .ok_or_else(|| m!("minutes-no-meetings", group = group)),
            several => Err(Message::each(|lang| {
                t!(
                    lang,
                    "minutes-several-on",
                    group = group,
                    date = crate::i18n::date(lang, day),
                    known = meeting_ids(several.iter().copied())
                )
            })),
        };
    }
    // The latest day; on it, the last recorded.
    let latest = held()
        .fold(None::<&Meeting>, |best, m| match best {
            Some(b) if b.date > m.date => Some(b),
            _ => Some(m),
        })
        .and_then(|m| m.id.clone());
    latest.ok_or_else(|| m!("minutes-no-meetings", group = group))
}

/// The minutes asked, as text in `lang`, with their format.
pub fn render(
    ws: &Workspace,
    args: &MinutesArgs,
    today: NaiveDate,
    lang: Lang,
) -> Result<(String, MinutesFormat), Message> {
    let format = format_of(args)?;
    let r = ws
        .referential
        .as_ref()
        .ok_or_else(|| m!("minutes-no-referential"))?;
    let g = find_group(ws, &args.group)?;
    let id = find_meeting(g, args)?;
    let text = minutes::render(r, g, &id, today, format, lang).ok_or_else(|| {
        m!(
            "minutes-unknown-meeting",
            meeting = id.as_str(),
            group = g.id.as_str(),
            known = meeting_ids(g.meetings.iter())
        )
    })?;
    Ok((text, format))
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), Message> {
    let cannot = |e: std::io::Error| {
        m!(
            "minutes-cannot-write",
            path = path.display(),
            error = e.to_string()
        )
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(cannot)?;
    }
    // Atomic like every save: a crash never leaves half the minutes.
    crate::store::save::write_atomic(path, bytes).map_err(cannot)
}

/// Runs `pacte minutes`: writes to `-o FILE` (its folder created when
/// missing), or to standard output. Returns the message to print, if any.
pub fn run(
    ws: &Workspace,
    args: &MinutesArgs,
    today: NaiveDate,
    lang: Lang,
) -> Result<Option<Message>, Message> {
    let (text, _) = render(ws, args, today, lang)?;
    match &args.output {
        Some(path) => {
            write_file(path, text.as_bytes())?;
            Ok(Some(m!("minutes-written", path = path.display())))
        }
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                Ok(()) => Ok(None),
                // The reader stopped reading (`| head`): not an error.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
                Err(e) => Err(m!("minutes-cannot-print", error = e.to_string())),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("mobilite-thau", "mobilite-thau"), 0);
        assert_eq!(distance("mobilte-thau", "mobilite-thau"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
