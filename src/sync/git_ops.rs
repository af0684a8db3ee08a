//! The git side of a sync, one step per function, each returning what it
//! found: local changes, commit, pull with rebase, push, and finishing a
//! merge, rebase or cherry-pick interrupted by conflicts.
//!
//! git is run as a program with its arguments (never through a shell), in
//! the user's name, with their credentials and ssh agent. In
//! [`Mode::Background`] it may not prompt (`GIT_TERMINAL_PROMPT=0`, ssh in
//! batch mode); in [`Mode::Interactive`] it may ask for a password on the
//! terminal (the interface suspends itself around such calls).

use super::diff::{FileChange, diff_files};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// How git may interact with the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// No prompt: fails instead of asking for credentials.
    Background,
    /// May prompt on the terminal.
    Interactive,
}

/// A git operation interrupted by conflicts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operation {
    /// `git merge` (or `git pull` without rebase).
    Merge,
    /// `git rebase` (or `git pull --rebase`).
    Rebase,
    /// `git cherry-pick`.
    CherryPick,
    /// `git revert`.
    Revert,
}

impl Operation {
    /// The git command, e.g. `rebase`.
    pub fn command(self) -> &'static str {
        match self {
            Operation::Merge => "merge",
            Operation::Rebase => "rebase",
            Operation::CherryPick => "cherry-pick",
            Operation::Revert => "revert",
        }
    }
}

/// Why a sync step failed. Every variant says what to do, in the
/// user's language, through [`SyncError::message`].
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The workspace is not in a git clone.
    #[error("{0} is not in a git repository: sharing needs a clone of the workspace's repository")]
    NotARepository(PathBuf),
    /// git could not be started.
    #[error("cannot run git: {0}")]
    Spawn(#[from] std::io::Error),
    /// git failed.
    #[error("git {args} failed: {stderr}")]
    Git {
        /// The arguments.
        args: String,
        /// What git said.
        stderr: String,
    },
    /// Files still hold conflict markers.
    #[error("unresolved conflicts in {}: resolve them in pacte first", list(.files))]
    Unresolved {
        /// The operation under way.
        operation: Option<Operation>,
        /// The files, relative to the repository.
        files: Vec<PathBuf>,
    },
    /// Nothing to continue.
    #[error("no merge, rebase or cherry-pick is in progress")]
    NothingInProgress,
    /// A file git left unmerged could not be merged again.
    #[error("cannot merge {}: {}", .0.display(), .1)]
    Repair(PathBuf, String),
    /// Workspace files to share have errors (`pacte check` rejects them).
    #[error("{} file(s) to share have errors", .0.len())]
    Refused(Vec<crate::diag::Diagnostic>),
    /// The merge would have dropped some of the user's edits: the clone was
    /// put back where it was before the pull.
    #[error("the merge would lose {} of your edits; nothing was shared", .lost.len())]
    WouldLose {
        /// The edits missing from the merged files (`groups/g/actions/a/status`).
        lost: Vec<String>,
        /// The commit the branch was put back to, if that worked.
        restored: Option<String>,
        /// The commit holding the user's edits.
        mine: String,
    },
    /// Files outside the workspace are in conflict: pacte does not resolve them.
    #[error("files outside the workspace are in conflict: {}", list(.files))]
    OutsideConflicts {
        /// The operation under way, if any.
        operation: Option<Operation>,
        /// The files, relative to the repository.
        files: Vec<PathBuf>,
    },
    /// Workspace files deleted on one side and changed on the other.
    #[error("files deleted on one side and changed on the other: {}", list(.files))]
    DeletedOnOneSide {
        /// The operation under way, if any.
        operation: Option<Operation>,
        /// The files, relative to the workspace.
        files: Vec<PathBuf>,
    },
    /// Re-applying the user's uncommitted changes to files outside the
    /// workspace after a pull conflicted (git's autostash): they are kept
    /// in git's stash.
    #[error("your uncommitted changes to {} conflict with what came in; they are kept in git's stash", list(.files))]
    StashConflict {
        /// The files, relative to the repository.
        files: Vec<PathBuf>,
    },
    /// The branch is detached (no branch to share): nothing is committed.
    #[error("HEAD is detached: check out a branch to share")]
    Detached {
        /// The local branch to go back to, when there is an obvious one.
        branch: Option<String>,
    },
}

impl SyncError {
    /// What happened and what to do, in both languages.
    pub fn message(&self) -> crate::domain::Message {
        use crate::m;
        match self {
            SyncError::NotARepository(p) => m!("sync-not-a-repository", path = p.display()),
            SyncError::Spawn(e) => m!("sync-cannot-run-git", error = e.to_string()),
            SyncError::Git { args, stderr } => {
                let said = crate::text::sanitize_multiline(stderr).join("\n");
                let m = m!("sync-git-failed", args = args.as_str(), said = said);
                match git_hint(stderr) {
                    Some(hint) => m.then_line(&crate::domain::Message::each(|lang| {
                        crate::i18n::text(lang, hint, &[])
                    })),
                    None => m,
                }
            }
            SyncError::Unresolved { files, .. } => {
                m!("sync-unresolved", files = list(files), count = files.len())
            }
            SyncError::NothingInProgress => m!("sync-nothing-in-progress"),
            SyncError::Repair(p, e) => {
                m!("sync-repair-failed", path = p.display(), error = e.as_str())
            }
            SyncError::Refused(d) => m!("sync-refused", count = d.len()),
            SyncError::WouldLose {
                lost,
                restored,
                mine,
            } => match restored {
                Some(at) => m!("sync-would-lose", count = lost.len(), commit = at.as_str()),
                None => m!(
                    "sync-would-lose-not-restored",
                    count = lost.len(),
                    commit = mine.as_str()
                ),
            },
            SyncError::OutsideConflicts { files, operation } => m!(
                "sync-outside-conflicts",
                files = list(files),
                count = files.len(),
                abort = operation.map_or(String::new(), |o| o.command().to_string())
            ),
            SyncError::DeletedOnOneSide { files, operation } => m!(
                "sync-deleted-on-one-side",
                files = list(files),
                count = files.len(),
                abort = operation.map_or(String::new(), |o| o.command().to_string())
            ),
            SyncError::StashConflict { files } => {
                m!(
                    "sync-stash-conflict",
                    files = list(files),
                    count = files.len()
                )
            }
            SyncError::Detached { branch } => match branch {
                Some(b) => m!("sync-detached", branch = b.as_str()),
                None => m!("sync-detached-no-branch"),
            },
        }
    }
}

impl SyncError {
    /// True for a push the remote refused because it moved meanwhile.
    pub fn is_rejected_push(&self) -> bool {
        matches!(self, SyncError::Git { args, stderr } if args.starts_with("push")
            && ["fetch first", "non-fast-forward", "rejected", "cannot lock ref"]
                .iter()
                .any(|w| stderr.contains(w)))
    }
}

/// What a failing git most likely means, for the hint added to its text.
fn git_hint(stderr: &str) -> Option<&'static str> {
    let has = |w: &[&str]| w.iter().any(|x| stderr.contains(x));
    if has(&[
        "terminal prompts disabled",
        "could not read Username",
        "could not read Password",
        "Authentication failed",
        "Permission denied",
        "Host key verification failed",
    ]) {
        Some("sync-hint-auth")
    } else if has(&[
        "does not appear to be a git repository",
        "Could not resolve host",
        "unable to access",
        "Connection refused",
        "Connection timed out",
        "Network is unreachable",
        "No route to host",
    ]) {
        Some("sync-hint-unreachable")
    } else if has(&[
        "fetch first",
        "non-fast-forward",
        "rejected",
        "cannot lock ref",
    ]) {
        Some("sync-hint-rejected")
    } else if has(&["hook declined", "pre-receive hook"]) {
        Some("sync-hint-hook")
    } else {
        None
    }
}

pub(crate) fn list(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| crate::text::sanitize(&f.display().to_string()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The executable git runs as pacte's merge driver during a sync, when set
/// (by the `pacte` binary: its own path). Library users (tests) leave it
/// unset: git then uses the clone's configuration.
static DRIVER_EXE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Sets the executable run as the merge driver during syncs.
pub fn set_driver_exe(exe: PathBuf) {
    let _ = DRIVER_EXE.set(exe);
}

/// The executable run as the merge driver during syncs, if set.
pub fn driver_exe() -> Option<&'static Path> {
    DRIVER_EXE.get().map(PathBuf::as_path)
}

/// `-c merge.pacte.driver=…` for the git commands that merge: the driver
/// is this very executable, whatever the clone's configuration says (a
/// path that no longer exists, another machine's).
pub(crate) fn driver_override() -> Vec<String> {
    match driver_exe() {
        Some(exe) => vec![
            "-c".into(),
            format!("merge.pacte.driver={}", super::setup::driver_command(exe)),
        ],
        None => Vec::new(),
    }
}

/// Runs git in `dir`; returns its output whatever the exit status.
pub(crate) fn raw<I, S>(dir: &Path, mode: Mode, args: I) -> Result<Output, SyncError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = Command::new("git");
    cmd.arg("-C").arg(dir).args(args);
    match mode {
        Mode::Background => {
            cmd.env("GIT_TERMINAL_PROMPT", "0").stdin(Stdio::null());
            let configured = std::env::var_os("GIT_SSH_COMMAND").is_some()
                || std::env::var_os("GIT_SSH").is_some()
                || Command::new("git")
                    .arg("-C")
                    .arg(dir)
                    .args(["config", "--get", "core.sshCommand"])
                    .output()
                    .is_ok_and(|o| o.status.success());
            if !configured {
                cmd.env("GIT_SSH_COMMAND", "ssh -o BatchMode=yes");
            }
        }
        Mode::Interactive => {
            cmd.stdin(Stdio::inherit());
        }
    }
    // Continuing a rebase or cherry-pick never opens an editor.
    cmd.env("GIT_EDITOR", "true");
    Ok(cmd.output()?)
}

/// Runs git in `dir` and fails when it does.
pub(crate) fn git(dir: &Path, mode: Mode, args: &[&str]) -> Result<Output, SyncError> {
    let out = raw(dir, mode, args)?;
    if out.status.success() {
        Ok(out)
    } else {
        Err(SyncError::Git {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

pub(crate) fn query(dir: &Path, args: &[&str]) -> Option<String> {
    git(dir, Mode::Background, args).ok().map(|o| stdout(&o))
}

/// Runs git in `dir` and returns its raw output, failing when git does.
pub(crate) fn query_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, SyncError> {
    git(dir, Mode::Background, args).map(|o| o.stdout)
}

/// Runs, in the background, a git command that reads only the work tree,
/// the index and the refs: never an object a partial clone would fetch,
/// so never ssh, and [`Mode::Background`]'s look at `core.sshCommand` (a
/// process of its own) is not needed. Fails when git does.
pub(crate) fn local_query_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, SyncError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_EDITOR", "true")
        .stdin(Stdio::null())
        .output()?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(SyncError::Git {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

/// [`local_query_bytes`] as text, trimmed at the end as [`query`] does.
fn local_query(dir: &Path, args: &[&str]) -> Option<String> {
    local_query_bytes(dir, args)
        .ok()
        .map(|b| String::from_utf8_lossy(&b).trim_end().to_string())
}

/// The workspace's place in its repository.
pub(crate) struct Repo {
    /// The repository's top folder.
    pub(crate) top: PathBuf,
    /// The workspace folder relative to it, with a trailing `/` (or empty).
    pub(crate) prefix: String,
}

pub(crate) fn repo(root: &Path) -> Result<Repo, SyncError> {
    let top = local_query(root, &["rev-parse", "--show-toplevel"])
        .ok_or_else(|| SyncError::NotARepository(root.to_path_buf()))?;
    let prefix = local_query(root, &["rev-parse", "--show-prefix"]).unwrap_or_default();
    Ok(Repo {
        top: PathBuf::from(top),
        prefix,
    })
}

/// Whether `root` is inside a git work tree, and its place in the
/// repository: what [`crate::store::git::is_inside_repo`] and [`repo`]
/// say, in one `git rev-parse` when its answer is plain (`true`, then the
/// top and the prefix on a line each), else by asking them.
pub(crate) fn place(root: &Path) -> (bool, Result<Repo, SyncError>) {
    let args = [
        "rev-parse",
        "--is-inside-work-tree",
        "--show-toplevel",
        "--show-prefix",
    ];
    if let Ok(out) = local_query_bytes(root, &args)
        && let Ok(text) = std::str::from_utf8(&out)
        && let Some(rest) = text.strip_prefix("true\n")
        && let [top, prefix, ""] = rest.split('\n').collect::<Vec<_>>()[..]
    {
        let repo = Repo {
            top: PathBuf::from(top.trim_end()),
            prefix: prefix.trim_end().to_string(),
        };
        return (true, Ok(repo));
    }
    (crate::store::git::is_inside_repo(root), repo(root))
}

/// The exact text of `rel` (relative to the workspace) at `rev`, if it
/// exists there.
pub(crate) fn show_exact(root: &Path, repo: &Repo, rev: &str, rel: &str) -> Option<String> {
    let out = git(
        root,
        Mode::Background,
        &["show", &format!("{rev}:{}{rel}", repo.prefix)],
    )
    .ok()?;
    String::from_utf8(out.stdout).ok()
}

fn is_ron(rel: &str) -> bool {
    rel.ends_with(".ron")
}

/// The workspace's `.ron` files with uncommitted changes (staged or not,
/// new files included), relative to the workspace, sorted.
pub fn dirty_files(root: &Path) -> Result<Vec<PathBuf>, SyncError> {
    let repo = repo(root)?;
    let out = git(
        root,
        Mode::Background,
        &[
            "status",
            "--porcelain=v1",
            "-z",
            "--untracked-files=all",
            "--no-renames",
            "--",
            ".",
        ],
    )?;
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in out.stdout.split(|b| *b == 0) {
        let entry = String::from_utf8_lossy(entry);
        let Some(path) = entry.get(3..) else { continue };
        if let Some(rel) = path.strip_prefix(&repo.prefix)
            && is_ron(rel)
        {
            paths.push(PathBuf::from(rel));
        }
    }
    paths.sort();
    paths.dedup();
    Ok(paths)
}

/// Tracked files of the repository changed and not committed that a sync
/// does not share (they are not workspace files), relative to the repository.
pub fn unshared_changes(root: &Path) -> Result<Vec<PathBuf>, SyncError> {
    let repo = repo(root)?;
    let out = git(
        &repo.top,
        Mode::Background,
        &["status", "--porcelain=v1", "-z", "--untracked-files=no"],
    )?;
    let specs_files = [super::setup::ATTRIBUTES_FILE, ".gitignore"];
    let mut v = Vec::new();
    for entry in out.stdout.split(|b| *b == 0) {
        let entry = String::from_utf8_lossy(entry);
        let Some(path) = entry.get(3..) else { continue };
        let in_ws = path.strip_prefix(&repo.prefix);
        let shared = in_ws.is_some_and(|rel| is_ron(rel) || specs_files.contains(&rel));
        if !shared && !path.is_empty() {
            v.push(PathBuf::from(path));
        }
    }
    Ok(v)
}

/// Changes of the workspace's `.ron` files since the last commit (staged or
/// not, new files included), in file order; a group file moved is one move.
pub fn local_changes(root: &Path) -> Result<Vec<FileChange>, SyncError> {
    let repo = repo(root)?;
    let has_head = query(root, &["rev-parse", "--verify", "-q", "HEAD"]).is_some();
    let mut versions = Vec::new();
    for rel in dirty_files(root)? {
        let name = rel.to_string_lossy().to_string();
        let old = if has_head {
            show_exact(root, &repo, "HEAD", &name)
        } else {
            None
        };
        let new =
            crate::store::safe::read_text(&root.join(&rel), crate::store::layout::MAX_FILE_SIZE);
        versions.push((rel, old, new));
    }
    Ok(diff_files(versions))
}

/// Changes of the workspace's `.ron` files between the last commit and
/// what is staged (git's index).
pub fn staged_changes(root: &Path) -> Result<Vec<FileChange>, SyncError> {
    let repo = repo(root)?;
    let out = git(
        root,
        Mode::Background,
        &[
            "diff",
            "--cached",
            "--name-only",
            "-z",
            "--no-renames",
            "--relative",
            "HEAD",
            "--",
            ".",
        ],
    )?;
    let mut versions = Vec::new();
    for rel in out.stdout.split(|b| *b == 0).filter(|p| !p.is_empty()) {
        let rel = String::from_utf8_lossy(rel).to_string();
        if !is_ron(&rel) {
            continue;
        }
        let old = show_exact(root, &repo, "HEAD", &rel);
        let new = show_exact(root, &repo, "", &rel);
        versions.push((PathBuf::from(rel), old, new));
    }
    Ok(diff_files(versions))
}

/// The files a sync shares: every `.ron` file of the workspace, the
/// meetings' minutes (`minutes/`), the deliverables' documents (`docs/`),
/// and its `.gitattributes` and `.gitignore` when they exist or are
/// tracked. Other files (exports, notes) are left to the user.
pub(crate) fn shared_pathspecs(root: &Path) -> Vec<String> {
    let mut specs = vec!["*.ron".to_string()];
    let minutes = crate::store::layout::MINUTES_DIR;
    let docs = crate::store::layout::DOCS_DIR;
    for f in [super::setup::ATTRIBUTES_FILE, ".gitignore", minutes, docs] {
        let tracked = query(root, &["ls-files", "--", f]).is_some_and(|o| !o.is_empty());
        if root.join(f).exists() || tracked {
            specs.push(f.to_string());
        }
    }
    specs
}

pub(crate) fn with_specs<'a>(args: &[&'a str], specs: &'a [String]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.push("--");
    v.extend(specs.iter().map(String::as_str));
    v
}

/// True when the files a sync shares (`.ron` files, `.gitattributes`,
/// `.gitignore`) have uncommitted changes.
pub fn is_dirty(root: &Path) -> Result<bool, SyncError> {
    let specs = shared_pathspecs(root);
    let out = git(
        root,
        Mode::Background,
        &with_specs(
            &["status", "--porcelain=v1", "--untracked-files=all"],
            &specs,
        ),
    )?;
    Ok(!out.stdout.is_empty())
}

/// Changes of the workspace's `.ron` files from commit `from` to `to`; a
/// group file moved is one move.
pub fn changes_between(root: &Path, from: &str, to: &str) -> Result<Vec<FileChange>, SyncError> {
    let repo = repo(root)?;
    let out = git(
        root,
        Mode::Background,
        &[
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            "--relative",
            from,
            to,
            "--",
            ".",
        ],
    )?;
    let mut versions = Vec::new();
    for rel in out.stdout.split(|b| *b == 0).filter(|p| !p.is_empty()) {
        let rel = String::from_utf8_lossy(rel).to_string();
        if !is_ron(&rel) {
            continue;
        }
        let old = show_exact(root, &repo, from, &rel);
        let new = show_exact(root, &repo, to, &rel);
        versions.push((PathBuf::from(rel), old, new));
    }
    Ok(diff_files(versions))
}

/// Refuses a detached HEAD (a commit there would be left behind by the
/// next `git switch`), naming the branch to go back to.
pub fn detached_check(root: &Path) -> Result<(), SyncError> {
    if query(root, &["symbolic-ref", "-q", "HEAD"]).is_some()
        || query(root, &["rev-parse", "--verify", "-q", "HEAD"]).is_none()
    {
        return Ok(());
    }
    let branches = query(
        root,
        &["for-each-ref", "--format=%(refname:short)", "refs/heads"],
    )
    .unwrap_or_default();
    let branches: Vec<&str> = branches.lines().collect();
    let branch = match branches.as_slice() {
        [one] => Some((*one).to_string()),
        many => ["main", "master"]
            .iter()
            .find(|b| many.contains(b))
            .map(|b| (*b).to_string()),
    };
    Err(SyncError::Detached { branch })
}

/// A commit made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Committed {
    /// Its abbreviated id.
    pub id: String,
    /// Its message.
    pub message: String,
}

/// Options that give git an identity when it has none (commits are then
/// signed "pacte").
pub(crate) fn identity_args(root: &Path) -> Vec<&'static str> {
    if query(root, &["var", "GIT_COMMITTER_IDENT"]).is_some()
        && query(root, &["var", "GIT_AUTHOR_IDENT"]).is_some()
    {
        Vec::new()
    } else {
        vec!["-c", "user.name=pacte", "-c", "user.email=pacte@localhost"]
    }
}

/// Stages the changes of the files a sync shares (`.ron` files,
/// `.gitattributes`, `.gitignore`) and commits them, alone, with `message`.
pub fn commit(root: &Path, message: &str) -> Result<Committed, SyncError> {
    detached_check(root)?;
    let specs = shared_pathspecs(root);
    git(
        root,
        Mode::Background,
        &with_specs(&["add", "--all"], &specs),
    )?;
    let mut args = identity_args(root);
    args.extend(["commit", "--quiet", "-m", message]);
    git(root, Mode::Background, &with_specs(&args, &specs))?;
    let id = query(root, &["rev-parse", "--short", "HEAD"]).unwrap_or_default();
    Ok(Committed {
        id,
        message: message.to_string(),
    })
}
