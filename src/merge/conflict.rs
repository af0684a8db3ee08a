//! The conflicted form of a file and its resolution.
//!
//! A conflicted file is the canonical text of the merged value in which the
//! lines of each conflicting field (or of an item deleted on one side and
//! edited on the other) are wrapped in git-style markers:
//!
//! ```text
//!             progress: 60,
//! <<<<<<< ours (actions/plateforme-mobilite/status)
//!             status: "done",
//! =======
//!             status: "suspended",
//! >>>>>>> theirs (actions/plateforme-mobilite/status)
//!             start: "2023-01-15",
//! ```
//!
//! Keeping every "ours" block, or every "theirs" block, gives a file that
//! loads. [`parse_conflicted`] reads such a file (and git's own text
//! conflicts, when each side of them loads) and [`ConflictedFile::resolve`]
//! writes the canonical text once every conflict has a [`Resolution`].

use super::FileKind;
use super::engine::{RawConflict, RawKind, Step};
use super::outline::{self, Key, Segment};

/// Start of the "ours" side of a conflict block.
pub const OURS_MARKER: &str = "<<<<<<<";
/// Start of the base side, in git's `diff3` style (ignored).
pub const BASE_MARKER: &str = "|||||||";
/// Between the two sides.
pub const SEPARATOR: &str = "=======";
/// End of the "theirs" side.
pub const THEIRS_MARKER: &str = ">>>>>>>";

struct Block {
    ours: std::ops::Range<usize>,
    theirs: std::ops::Range<usize>,
    label: String,
}

/// Writes the conflicted form: the lines of `ours_text` (the merge with
/// ours' value at each conflict), with each conflict's lines wrapped in
/// markers around ours' and theirs' lines. `None` when a conflict cannot
/// be located in the texts (they are not canonical).
pub(crate) fn render(
    ours_text: &str,
    theirs_text: &str,
    conflicts: &[RawConflict],
) -> Option<String> {
    let ol: Vec<&str> = ours_text.lines().collect();
    let tl: Vec<&str> = theirs_text.lines().collect();
    let oroot = outline::parse(&ol)?;
    let troot = outline::parse(&tl)?;
    let mut blocks = Vec::new();
    for c in conflicts {
        let keys: Vec<Key> = c
            .path
            .iter()
            .map(|s| match s {
                Step::Field(f) => Key::Field((*f).to_string()),
                Step::Index(i) => Key::Index(*i),
            })
            .collect();
        let on = outline::find(&oroot, &keys)?;
        let tn = outline::find(&troot, &keys)?;
        let (path, _) = outline::locate(&oroot, on.start, on.end);
        let (mut ours, mut theirs) = (on.start..on.end + 1, tn.start..tn.end + 1);
        match c.kind {
            RawKind::Value => {}
            RawKind::Presence { ours_kept: true } => theirs = tn.start..tn.start,
            RawKind::Presence { ours_kept: false } => ours = on.start..on.start,
        }
        blocks.push((
            on.start,
            on.end,
            Block {
                ours,
                theirs,
                label: outline::label(&path),
            },
        ));
    }
    blocks.sort_by_key(|b| b.0);
    if blocks.windows(2).any(|w| w[0].1 >= w[1].0) {
        return None;
    }
    let mut out = String::with_capacity(ours_text.len() + theirs_text.len() / 4);
    let mut next = 0;
    for (start, end, b) in &blocks {
        for l in &ol[next..*start] {
            out.push_str(l);
            out.push('\n');
        }
        out.push_str(&format!("{OURS_MARKER} ours ({})\n", b.label));
        for l in &ol[b.ours.clone()] {
            out.push_str(l);
            out.push('\n');
        }
        out.push_str(SEPARATOR);
        out.push('\n');
        for l in &tl[b.theirs.clone()] {
            out.push_str(l);
            out.push('\n');
        }
        out.push_str(&format!("{THEIRS_MARKER} theirs ({})\n", b.label));
        next = end + 1;
    }
    for l in &ol[next..] {
        out.push_str(l);
        out.push('\n');
    }
    Some(out)
}

/// One conflict of a conflicted file: what each side holds there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// Where: fields and list items (by id, date or label) from the top of
    /// the file, e.g. `actions`, `plateforme-mobilite`, `status`.
    pub path: Vec<Segment>,
    /// The path as text, `actions/plateforme-mobilite/status`.
    pub label: String,
    /// The field, when the conflict is exactly one field.
    pub field: Option<String>,
    /// Ours' value (for a field: the value alone, e.g. `"done"`; otherwise
    /// the lines, unindented); `None` when ours does not have it (deleted).
    pub ours: Option<String>,
    /// Theirs' value, as for `ours`.
    pub theirs: Option<String>,
    /// Line of the `<<<<<<<` marker in the file, from 1.
    pub line: usize,
    ours_lines: Vec<String>,
    theirs_lines: Vec<String>,
    indent: String,
}

/// How one conflict is resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resolution {
    /// Keep ours' lines.
    Ours,
    /// Keep theirs' lines.
    Theirs,
    /// Keep both, ours first (e.g. two list items).
    Both,
    /// A value typed by the user, in RON (`"done"`, `42`, `None`…), written
    /// in place of the field; for a conflict that is not one field, the
    /// lines themselves.
    Value(String),
}

/// Why a resolution cannot be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// Not one resolution per conflict.
    #[error("{}", self.message().en)]
    Count {
        /// Conflicts in the file.
        expected: usize,
        /// Resolutions given.
        given: usize,
    },
    /// The resolved text does not load.
    #[error("{}", self.message().en)]
    Invalid {
        /// Line, from 1.
        line: usize,
        /// Column, from 1.
        column: usize,
        /// What the parser expected, in both languages.
        message: crate::domain::Message,
    },
}

impl ResolveError {
    /// Why, in both languages.
    pub fn message(&self) -> crate::domain::Message {
        match self {
            ResolveError::Invalid {
                line,
                column,
                message,
            } => crate::domain::Message::each(|lang| {
                crate::t!(
                    lang,
                    "conflict-would-not-load",
                    line = *line,
                    column = *column,
                    message = message.in_lang(lang)
                )
            }),
            ResolveError::Count { expected, given } => {
                crate::m!("conflict-count", expected = *expected, given = *given)
            }
        }
    }
}

enum Part {
    Lines(Vec<String>),
    Conflict(usize),
}

/// A file holding conflict blocks, read back for resolution.
pub struct ConflictedFile {
    /// What the file holds.
    pub kind: FileKind,
    /// Its conflicts, in file order.
    pub conflicts: Vec<Conflict>,
    parts: Vec<Part>,
}

impl std::fmt::Debug for ConflictedFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConflictedFile")
            .field("kind", &self.kind)
            .field("conflicts", &self.conflicts)
            .finish_non_exhaustive()
    }
}

/// Reads a file holding conflict markers: `None` when it has none, when the
/// markers are malformed, or when keeping every "ours" side (or every
/// "theirs" side) does not give a loadable workspace file.
pub fn parse_conflicted(text: &str) -> Option<ConflictedFile> {
    struct Raw {
        ours: Vec<String>,
        theirs: Vec<String>,
        line: usize,
    }
    enum State {
        Normal,
        Ours,
        Base,
        Theirs,
    }
    let mut parts = Vec::new();
    let mut raws: Vec<Raw> = Vec::new();
    let mut common: Vec<String> = Vec::new();
    let mut state = State::Normal;
    for (i, line) in text.lines().enumerate() {
        match state {
            State::Normal if line.starts_with(OURS_MARKER) => {
                parts.push(Part::Lines(std::mem::take(&mut common)));
                parts.push(Part::Conflict(raws.len()));
                raws.push(Raw {
                    ours: Vec::new(),
                    theirs: Vec::new(),
                    line: i + 1,
                });
                state = State::Ours;
            }
            State::Normal if is_marker(line) => return None,
            State::Normal => common.push(line.to_string()),
            State::Ours | State::Base
                if line.starts_with(SEPARATOR) && line.trim_end() == SEPARATOR =>
            {
                state = State::Theirs
            }
            State::Ours if line.starts_with(BASE_MARKER) => state = State::Base,
            State::Base if !is_marker(line) => {}
            State::Ours if !is_marker(line) => raws.last_mut()?.ours.push(line.to_string()),
            State::Theirs if line.starts_with(THEIRS_MARKER) => state = State::Normal,
            State::Theirs if !is_marker(line) => raws.last_mut()?.theirs.push(line.to_string()),
            _ => return None,
        }
    }
    if !matches!(state, State::Normal) || raws.is_empty() {
        return None;
    }
    parts.push(Part::Lines(common));
    // The two one-sided texts, and where each block lies in them.
    let mut sides = [Vec::<String>::new(), Vec::new()];
    let mut ranges = Vec::new();
    for p in &parts {
        match p {
            Part::Lines(l) => {
                for s in &mut sides {
                    s.extend(l.iter().cloned());
                }
            }
            Part::Conflict(i) => {
                let r = &raws[*i];
                let o = sides[0].len()..sides[0].len() + r.ours.len();
                let t = sides[1].len()..sides[1].len() + r.theirs.len();
                sides[0].extend(r.ours.iter().cloned());
                sides[1].extend(r.theirs.iter().cloned());
                ranges.push((o, t));
            }
        }
    }
    let texts = sides.clone().map(|s| {
        let mut t = s.join("\n");
        t.push('\n');
        t
    });
    let kind = [FileKind::Group, FileKind::Referential, FileKind::Governance]
        .into_iter()
        .find(|k| k.canonicalize(&texts[0]).is_ok() && k.canonicalize(&texts[1]).is_ok())?;
    let lines: [Vec<&str>; 2] = [
        sides[0].iter().map(String::as_str).collect(),
        sides[1].iter().map(String::as_str).collect(),
    ];
    let roots = [outline::parse(&lines[0]), outline::parse(&lines[1])];
    let conflicts = raws
        .into_iter()
        .zip(ranges)
        .map(|(raw, (o, t))| {
            let (side, range) = if o.is_empty() { (1, &t) } else { (0, &o) };
            let located = roots[side]
                .as_ref()
                .filter(|_| !range.is_empty())
                .map(|root| {
                    let (path, node) = outline::locate(root, range.start, range.end - 1);
                    let field = node.and_then(|n| match &n.key {
                        Key::Field(f) => Some(f.clone()),
                        _ => None,
                    });
                    (path, field)
                });
            let (path, field) = located.unwrap_or_default();
            let label = if path.is_empty() {
                format!("line {}", raw.line)
            } else {
                outline::label(&path)
            };
            let first = raw.ours.first().or(raw.theirs.first());
            let indent = first.map_or(String::new(), |l| {
                l[..l.len() - l.trim_start().len()].to_string()
            });
            Conflict {
                ours: display(&raw.ours, field.as_deref()),
                theirs: display(&raw.theirs, field.as_deref()),
                path,
                label,
                field,
                line: raw.line,
                ours_lines: raw.ours,
                theirs_lines: raw.theirs,
                indent,
            }
        })
        .collect();
    Some(ConflictedFile {
        kind,
        conflicts,
        parts,
    })
}

fn is_marker(line: &str) -> bool {
    line.starts_with(OURS_MARKER)
        || line.starts_with(THEIRS_MARKER)
        || line.starts_with(BASE_MARKER)
        || line.trim_end() == SEPARATOR
}

/// The value shown for one side: the field's value alone, or the lines
/// without their common indentation.
fn display(lines: &[String], field: Option<&str>) -> Option<String> {
    if lines.is_empty() {
        return None;
    }
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = lines
        .iter()
        .map(|l| l.get(indent..).unwrap_or("").to_string())
        .collect();
    if let Some(f) = field {
        let prefix = format!("{f}: ");
        if let Some(first) = out.first_mut()
            && let Some(rest) = first.strip_prefix(&prefix)
        {
            *first = rest.to_string();
        }
        if let Some(last) = out.last_mut()
            && let Some(rest) = last.strip_suffix(',')
        {
            *last = rest.to_string();
        }
    }
    Some(out.join("\n"))
}

impl Conflict {
    /// The id of the action the conflict is in, when it is in one.
    pub fn action_id(&self) -> Option<&str> {
        match self.path.as_slice() {
            [Segment::Field(f), Segment::Item(id), ..] if f == "actions" => Some(id),
            _ => None,
        }
    }

    fn lines(&self, r: &Resolution) -> Vec<String> {
        match r {
            Resolution::Ours => self.ours_lines.clone(),
            Resolution::Theirs => self.theirs_lines.clone(),
            Resolution::Both => {
                let mut v = self.ours_lines.clone();
                v.extend(self.theirs_lines.iter().cloned());
                v
            }
            Resolution::Value(text) => {
                let mut v: Vec<String> = Vec::new();
                for (n, l) in text.lines().enumerate() {
                    match (&self.field, n) {
                        (Some(f), 0) => v.push(format!("{}{f}: {l}", self.indent)),
                        _ => v.push(format!("{}{l}", self.indent)),
                    }
                }
                if let Some(f) = &self.field {
                    if v.is_empty() {
                        v.push(format!("{}{f}: ", self.indent));
                    }
                    if let Some(last) = v.last_mut() {
                        last.push(',');
                    }
                }
                v
            }
        }
    }
}

impl ConflictedFile {
    /// The text with the given conflicts resolved and the others still
    /// between markers (for saving a partial resolution).
    pub fn text_with(&self, choices: &[Option<Resolution>]) -> String {
        let mut out = String::new();
        let mut push = |l: &str| {
            out.push_str(l);
            out.push('\n');
        };
        for p in &self.parts {
            match p {
                Part::Lines(lines) => lines.iter().for_each(|l| push(l)),
                Part::Conflict(i) => {
                    let c = &self.conflicts[*i];
                    match choices.get(*i).and_then(Option::as_ref) {
                        Some(r) => c.lines(r).iter().for_each(|l| push(l)),
                        None => {
                            push(&format!("{OURS_MARKER} ours ({})", c.label));
                            c.ours_lines.iter().for_each(|l| push(l));
                            push(SEPARATOR);
                            c.theirs_lines.iter().for_each(|l| push(l));
                            push(&format!("{THEIRS_MARKER} theirs ({})", c.label));
                        }
                    }
                }
            }
        }
        out
    }

    /// The canonical text of the file with every conflict resolved, or why
    /// it does not load.
    pub fn resolve(&self, choices: &[Resolution]) -> Result<String, ResolveError> {
        if choices.len() != self.conflicts.len() {
            return Err(ResolveError::Count {
                expected: self.conflicts.len(),
                given: choices.len(),
            });
        }
        let all: Vec<Option<Resolution>> = choices.iter().cloned().map(Some).collect();
        let text = self.text_with(&all);
        self.kind
            .canonicalize(&text)
            .map_err(|e| ResolveError::Invalid {
                line: e.span.start.line,
                column: e.span.start.col,
                message: crate::store::read::ron_message(&e.code),
            })
    }
}
