//! A workspace folder loaded in memory, with what is needed to save safely.

use super::layout::{self, GOVERNANCE_FILE, GROUPS_DIR, REFERENTIAL_FILE};
use super::read::{Source, line_col};
use super::save::{Hash, SaveError, remove_stale_temps};
use super::saver::Writer;
use crate::diag::{Diagnostic, Severity};
use crate::domain::{
    Governance, Group, Id, OLDEST_VERSION, Referential, SCHEMA_VERSION, Versioned,
};
use crate::m;
use chrono::NaiveDate;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

/// Deepest folder level read under `groups/` (e.g. `groups/<territory>/<id>.ron`);
/// deeper folders are reported, not read.
const MAX_GROUP_DEPTH: usize = 8;

/// Why a folder cannot be opened as a workspace at all.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// No `pacte.ron` in the folder.
    #[error("{}", self.message().en)]
    NotAWorkspace(PathBuf),
}

impl OpenError {
    /// The reason, in English and French.
    pub fn message(&self) -> crate::domain::Message {
        match self {
            OpenError::NotAWorkspace(p) => m!("open-not-a-workspace", path = p.display()),
        }
    }
}

/// What is known of one file that was read.
#[derive(Clone, Debug)]
struct FileState {
    /// Hash of the bytes read or last written.
    hash: Hash,
    /// Text read or last written (empty when not kept: see `kept`).
    text: String,
    /// False when the text was let go after parsing (a workspace opened
    /// for a read-only command, [`Workspace::open_lean`]): it is read
    /// again, and checked against `hash`, when needed.
    kept: bool,
    /// False when it failed to load: it is never overwritten.
    loaded: bool,
    /// Modification time and size when read or written: polling for
    /// changes only hashes files whose stamp moved.
    stamp: Option<Stamp>,
    /// Saves of it handed to a saver and not finished yet.
    in_flight: u32,
    /// The last of them: the next save chains after it.
    last_job: Option<u64>,
    /// What the disk held before the saves in flight (what to go back to
    /// when one fails).
    before: Before,
    /// A new file whose first save failed: not on disk (the next save
    /// expects no file).
    absent: bool,
}

impl FileState {
    fn new(hash: Hash, text: String, loaded: bool, stamp: Option<Stamp>) -> FileState {
        FileState {
            hash,
            text,
            kept: true,
            loaded,
            stamp,
            in_flight: 0,
            last_job: None,
            before: Before::Nothing,
            absent: false,
        }
    }
}

/// What a file held on disk before the saves in flight.
#[derive(Clone, Debug)]
enum Before {
    /// No save in flight (or the disk holds what `hash` says).
    Nothing,
    /// The file was not on disk.
    Absent,
    /// These bytes (hash and text).
    Was(Hash, String),
}

/// A file's modification time and size.
pub(crate) type Stamp = (std::time::SystemTime, u64);

/// The stamp of the file at `path`, when it can be read.
pub(crate) fn stamp(path: &Path) -> Option<Stamp> {
    let m = fs::symlink_metadata(path).ok()?;
    Some((m.modified().ok()?, m.len()))
}

/// The workspace in memory: the referential, governance and groups that
/// loaded, and the diagnostics of those that did not.
#[derive(Clone, Debug)]
pub struct Workspace {
    /// The folder.
    pub root: PathBuf,
    /// The referential, when `pacte.ron` loaded.
    pub referential: Option<Referential>,
    /// Governance meetings (empty when the file is absent).
    pub governance: Governance,
    /// Groups that loaded, sorted by id.
    pub groups: Vec<std::sync::Arc<Group>>,
    /// File of each group, relative to the root.
    pub group_files: BTreeMap<Id, PathBuf>,
    /// Problems found while reading files.
    pub load_diagnostics: Vec<Diagnostic>,
    files: BTreeMap<PathBuf, FileState>,
    /// Number of the next save job.
    next_job: u64,
}

impl Workspace {
    /// Opens the workspace at `root`. Broken files become diagnostics; the
    /// others load.
    pub fn open(root: &Path) -> Result<Workspace, OpenError> {
        Workspace::open_with(root, &Progress::default())
    }

    /// [`Workspace::open`], saying in `progress` how far it is.
    pub fn open_with(root: &Path, progress: &Progress) -> Result<Workspace, OpenError> {
        Workspace::open_filtered(root, progress, |_| true, false)
    }

    /// [`Workspace::open`] for a command that only reads (`pacte check`):
    /// the group files' texts are let go as they parse, and read again
    /// (checked against the hash read) when a finding is located in them.
    /// Not for saving: an edit merged with the disk would have no base.
    pub fn open_lean(root: &Path) -> Result<Workspace, OpenError> {
        Workspace::open_filtered(root, &Progress::default(), |_| true, true)
    }

    /// The workspace with only the group files named `<stem>.ron` (every
    /// one of them, wherever under `groups/`): for a command that changes
    /// one group (`pacte set`), which then reads one file instead of all.
    /// Checks of the whole workspace need [`Workspace::open`].
    pub fn open_group_files(root: &Path, stem: &str) -> Result<Workspace, OpenError> {
        Workspace::open_filtered(
            root,
            &Progress::default(),
            |rel| rel.file_stem().is_some_and(|s| s == stem),
            false,
        )
    }

    fn open_filtered(
        root: &Path,
        progress: &Progress,
        keep: impl Fn(&Path) -> bool,
        lean: bool,
    ) -> Result<Workspace, OpenError> {
        Workspace::open_with_check(root, progress, keep, lean, None).map(|(ws, _)| ws)
    }

    /// [`Workspace::open_filtered`]; with `today`, each group file is also
    /// checked as of that day while it is in hand, on its reader's thread
    /// (see [`Workspace::open_checked`]): its located diagnostics, by file.
    fn open_with_check(
        root: &Path,
        progress: &Progress,
        keep: impl Fn(&Path) -> bool,
        lean: bool,
        today: Option<NaiveDate>,
    ) -> Result<(Workspace, Checked), OpenError> {
        if !layout::is_workspace(root) {
            return Err(OpenError::NotAWorkspace(root.to_path_buf()));
        }
        let mut ws = Workspace {
            root: root.to_path_buf(),
            referential: None,
            governance: Governance {
                version: crate::domain::BASE_VERSION,
                meetings: Vec::new(),
                evaluations: Vec::new(),
            },
            groups: Vec::new(),
            group_files: BTreeMap::new(),
            load_diagnostics: Vec::new(),
            files: BTreeMap::new(),
            next_job: 1,
        };
        remove_stale_temps(root);
        ws.referential = ws.load_one::<Referential>(Path::new(REFERENTIAL_FILE));
        // Absent is fine (no meeting yet); present but broken is reported.
        if fs::symlink_metadata(root.join(GOVERNANCE_FILE)).is_ok()
            && let Some(g) = ws.load_one::<Governance>(Path::new(GOVERNANCE_FILE))
        {
            ws.governance = g;
        }
        let mut paths = Vec::new();
        collect_ron_files(
            root,
            Path::new(GROUPS_DIR),
            1,
            &mut paths,
            &mut ws.load_diagnostics,
        );
        paths.retain(|p| keep(p));
        paths.sort();
        progress.total.store(paths.len(), Ordering::Relaxed);
        // Read and parsed on every core; applied in path order, so the
        // diagnostics and the groups come out the same as one by one.
        let reads = {
            let r = ws.referential.as_ref();
            let check = today.map(|today| {
                move |rel: &Path, g: &mut Group, text: &str| {
                    // What `apply_read` does to a group before keeping
                    // it: refused when of a version this build does not
                    // read (then not checked), else upgraded (twice is
                    // once).
                    if !(OLDEST_VERSION..=SCHEMA_VERSION).contains(&g.version()) {
                        return None;
                    }
                    g.upgrade();
                    let findings = checking::group_findings(root, g, r, today);
                    Some(checking::locate_in(rel, text, findings))
                }
            });
            read_all::<Group>(root, paths, progress, lean, check.as_ref().map(|c| c as _))
        };
        let mut checked = Checked::new();
        for (rel, mut read) in reads {
            if let Some(d) = read.checked.take() {
                checked.insert(rel.clone(), d);
            }
            ws.load_group_read(&rel, read);
        }
        ws.groups.sort_by(|a, b| a.id.cmp(&b.id));
        Ok((ws, checked))
    }

    /// Reads one workspace file, refuses a schema version this build does
    /// not read, and upgrades an older one in memory.
    fn load_one<T: serde::de::DeserializeOwned + Versioned>(&mut self, rel: &Path) -> Option<T> {
        let read = read_stamped::<T>(&self.root, rel);
        self.apply_read(rel, read)
    }

    /// What [`Workspace::load_one`] keeps of a file read.
    fn apply_read<T: Versioned>(&mut self, rel: &Path, read: Stamped<T>) -> Option<T> {
        let Stamped {
            stamp,
            read,
            dropped,
            ..
        } = read;
        self.load_diagnostics.extend(read.diagnostics);
        let mut value = read.value;
        if let Some(v) = &value {
            let found = v.version();
            if !(OLDEST_VERSION..=SCHEMA_VERSION).contains(&found) {
                let text = read.source.as_ref().map(|s| s.text.as_str()).unwrap_or("");
                let (line, col) =
                    find_anchor(text, "version:", 0).map_or((1, 1), |p| line_col(text, p));
                self.load_diagnostics.push(Diagnostic::at(
                    Severity::Error,
                    rel,
                    Some(text),
                    line,
                    col,
                    m!(
                        "load-schema-version",
                        found = found,
                        supported = SCHEMA_VERSION
                    ),
                ));
                value = None;
            }
        }
        if let Some(v) = &mut value {
            v.upgrade();
        }
        if let Some(Source { text, hash }) = read.source {
            let mut state = FileState::new(hash, text, value.is_some(), stamp);
            state.kept = !dropped;
            self.files.insert(rel.to_path_buf(), state);
        }
        value
    }

    fn load_group_file(&mut self, rel: &Path) {
        let read = read_stamped::<Group>(&self.root, rel);
        self.load_group_read(rel, read);
    }

    fn load_group_read(&mut self, rel: &Path, read: Stamped<Group>) {
        let Some(group) = self.apply_read::<Group>(rel, read) else {
            return;
        };
        let stem = rel
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let refused = if stem != group.id.as_str() {
            Some(m!(
                "load-id-not-file-name",
                id = group.id.as_str(),
                file = format!("{stem}.ron")
            ))
        } else {
            self.group_files.get(&group.id).map(|first| {
                m!(
                    "load-duplicate-group",
                    id = group.id.as_str(),
                    first = first.display()
                )
            })
        };
        if let Some(message) = refused {
            // The text only now: a lean workspace reads it again.
            let text = self.text_of(rel).into_owned();
            let (line, col) = find_anchor(&text, "id:", 0).map_or((1, 1), |p| line_col(&text, p));
            self.load_diagnostics.push(Diagnostic::at(
                Severity::Error,
                rel,
                Some(&text),
                line,
                col,
                message,
            ));
            self.mark_broken(rel);
            return;
        }
        self.group_files.insert(group.id.clone(), rel.to_path_buf());
        self.groups.push(std::sync::Arc::new(group));
    }

    /// The text of `rel` as read: kept, or read again (`""` when the file
    /// no longer holds the bytes that were read).
    fn text_of(&self, rel: &Path) -> std::borrow::Cow<'_, str> {
        use std::borrow::Cow;
        match self.files.get(rel) {
            None => Cow::Borrowed(""),
            Some(f) if f.kept => Cow::Borrowed(f.text.as_str()),
            Some(f) => {
                let path = self.root.join(rel);
                let Ok(bytes) = super::safe::read_regular(&path, layout::MAX_FILE_SIZE) else {
                    return Cow::Borrowed("");
                };
                // The stamp it was read with: the same bytes (as the disk
                // poll judges); otherwise they must hash the same.
                let same = (f.stamp.is_some() && stamp(&path) == f.stamp)
                    || super::save::hash(&bytes) == f.hash;
                match String::from_utf8(bytes) {
                    Ok(t) if same => match t.strip_prefix('\u{feff}') {
                        Some(rest) => Cow::Owned(rest.to_string()),
                        None => Cow::Owned(t),
                    },
                    _ => Cow::Borrowed(""),
                }
            }
        }
    }

    fn mark_broken(&mut self, rel: &Path) {
        if let Some(f) = self.files.get_mut(rel) {
            f.loaded = false;
        }
    }

    /// Files that were found but did not load.
    pub fn broken_files(&self) -> Vec<&Path> {
        let mut v: Vec<&Path> = self
            .files
            .iter()
            .filter(|(_, f)| !f.loaded)
            .map(|(p, _)| p.as_path())
            .collect();
        for d in &self.load_diagnostics {
            if d.is_error() && !v.contains(&d.file.as_path()) && !self.files.contains_key(&d.file) {
                v.push(d.file.as_path());
            }
        }
        v
    }

    /// The group with this id.
    pub fn group(&self, id: &Id) -> Option<&Group> {
        self.groups
            .binary_search_by(|g| g.id.cmp(id))
            .ok()
            .map(|i| &*self.groups[i])
    }

    /// The group with this id, mutably.
    pub fn group_mut(&mut self, id: &Id) -> Option<&mut Group> {
        self.groups
            .binary_search_by(|g| g.id.cmp(id))
            .ok()
            .map(|i| std::sync::Arc::make_mut(&mut self.groups[i]))
    }

    /// Writes the referential.
    pub fn save_referential(&mut self) -> Result<(), SaveError> {
        let job = self.queue_referential_save()?;
        self.run_here(job)
    }

    /// Writes the governance file.
    pub fn save_governance(&mut self) -> Result<(), SaveError> {
        let job = self.queue_governance_save()?;
        self.run_here(job)
    }

    /// Writes the group with this id (which must be in `groups`).
    pub fn save_group(&mut self, id: &Id) -> Result<(), SaveError> {
        let job = self.queue_group_save(id)?;
        self.run_here(job)
    }

    /// Adds a new group (kept sorted) without saving it.
    pub fn insert_group(&mut self, group: Group) {
        match self.groups.binary_search_by(|g| g.id.cmp(&group.id)) {
            Ok(i) => self.groups[i] = std::sync::Arc::new(group),
            Err(i) => self.groups.insert(i, std::sync::Arc::new(group)),
        }
    }

    /// The canonical text a group would be saved as.
    pub fn group_text(&self, id: &Id) -> Option<String> {
        self.group(id)
            .and_then(|g| super::format::group_to_canonical(g).ok())
    }

    /// Runs a save job here and now (the command line, the tests): what a
    /// saver thread would do, on this thread.
    fn run_here(&mut self, job: Option<super::saver::SaveJob>) -> Result<(), SaveError> {
        match job {
            Some(job) => self.finish_save(Writer::default().run(job)),
            None => Ok(()),
        }
    }
}

fn collect_ron_files(
    root: &Path,
    rel: &Path,
    depth: usize,
    out: &mut Vec<PathBuf>,
    diags: &mut Vec<Diagnostic>,
) {
    let dir = root.join(rel);
    match fs::symlink_metadata(&dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return,
        Err(e) => {
            diags.push(folder_error(
                rel,
                m!("folder-unreadable", error = e.to_string(), skipped = "no"),
            ));
            return;
        }
        Ok(m) if m.file_type().is_symlink() => {
            diags.push(folder_error(rel, m!("folder-symlink")));
            return;
        }
        Ok(m) if !m.is_dir() => {
            diags.push(folder_error(rel, m!("folder-not-a-folder")));
            return;
        }
        Ok(_) => {}
    }
    let entries = match fs::read_dir(&dir) {
        Ok(e) => e,
        Err(e) => {
            diags.push(folder_error(
                rel,
                m!("folder-unreadable", error = e.to_string(), skipped = "yes"),
            ));
            return;
        }
    };
    remove_stale_temps(&dir);
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        let name_s = name.to_string_lossy();
        if name_s.starts_with('.') {
            continue;
        }
        let child = rel.join(&name);
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            if depth < MAX_GROUP_DEPTH {
                collect_ron_files(root, &child, depth + 1, out, diags);
            } else {
                diags.push(folder_error(
                    &child,
                    m!("folder-too-deep", max = MAX_GROUP_DEPTH),
                ));
            }
        } else if name_s.ends_with(".ron") {
            out.push(child);
        } else if ft.is_symlink() {
            diags.push(folder_error(&child, m!("read-symlink")));
        }
    }
}

fn folder_error(rel: &Path, message: crate::domain::Message) -> Diagnostic {
    Diagnostic::at(Severity::Error, rel, None, 1, 1, message)
}

/// The located diagnostics of group files checked as they were read, by
/// file.
type Checked = std::collections::HashMap<PathBuf, Vec<Diagnostic>>;

// `pacte check`: the rules, located.
mod checking;
// Additions for the TUI (live reload, group deletion, in-memory workspaces).
mod live;
mod loading;
mod locate;
mod pending;
mod watch;

pub use live::{DiskChange, Reloaded};
pub use loading::Progress;
use loading::{Stamped, read_all, read_stamped};
use locate::find_anchor;
pub use watch::DiskWatch;
