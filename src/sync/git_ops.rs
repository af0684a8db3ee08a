//! The git side of a sync, one step per function, each returning what it
//! found: local changes, commit, pull with rebase, push, and finishing a
//! merge, rebase or cherry-pick interrupted by conflicts.
//!
//! git is run as a program with its arguments (never through a shell), in
//! the user's name, with their credentials and ssh agent. In
//! [`Mode::Background`] it may not prompt (`GIT_TERMINAL_PROMPT=0`, ssh in
//! batch mode); in [`Mode::Interactive`] it may ask for a password on the
//! terminal (the interface suspends itself around such calls).

use super::diff::{FileChange, diff_texts};
use crate::store::read::conflict_markers;
use std::ffi::OsStr;
use std::fs;
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

/// Why a sync step failed.
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
}

fn list(files: &[PathBuf]) -> String {
    files
        .iter()
        .map(|f| f.display().to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Runs git in `dir`; returns its output whatever the exit status.
fn raw<I, S>(dir: &Path, mode: Mode, args: I) -> Result<Output, SyncError>
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
fn git(dir: &Path, mode: Mode, args: &[&str]) -> Result<Output, SyncError> {
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

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim_end().to_string()
}

fn query(dir: &Path, args: &[&str]) -> Option<String> {
    git(dir, Mode::Background, args).ok().map(|o| stdout(&o))
}

/// The workspace's place in its repository.
struct Repo {
    /// The repository's top folder.
    top: PathBuf,
    /// The workspace folder relative to it, with a trailing `/` (or empty).
    prefix: String,
}

fn repo(root: &Path) -> Result<Repo, SyncError> {
    let top = query(root, &["rev-parse", "--show-toplevel"])
        .ok_or_else(|| SyncError::NotARepository(root.to_path_buf()))?;
    let prefix = query(root, &["rev-parse", "--show-prefix"]).unwrap_or_default();
    Ok(Repo {
        top: PathBuf::from(top),
        prefix,
    })
}

/// The exact text of `rel` (relative to the workspace) at `rev`, if it
/// exists there.
fn show_exact(root: &Path, repo: &Repo, rev: &str, rel: &str) -> Option<String> {
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

/// Changes of the workspace's `.ron` files since the last commit (staged or
/// not, new files included), in file order.
pub fn local_changes(root: &Path) -> Result<Vec<FileChange>, SyncError> {
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
    let mut paths: Vec<String> = Vec::new();
    for entry in out.stdout.split(|b| *b == 0) {
        let entry = String::from_utf8_lossy(entry);
        let Some(path) = entry.get(3..) else { continue };
        if let Some(rel) = path.strip_prefix(&repo.prefix)
            && is_ron(rel)
        {
            paths.push(rel.to_string());
        }
    }
    paths.sort();
    paths.dedup();
    let has_head = query(root, &["rev-parse", "--verify", "-q", "HEAD"]).is_some();
    let mut changes = Vec::new();
    for rel in paths {
        let old = if has_head {
            show_exact(root, &repo, "HEAD", &rel)
        } else {
            None
        };
        let new = fs::read_to_string(root.join(&rel)).ok();
        if let Some(c) = diff_texts(Path::new(&rel), old.as_deref(), new.as_deref()) {
            changes.push(c);
        }
    }
    Ok(changes)
}

/// The files a sync shares: every `.ron` file of the workspace, and its
/// `.gitattributes` and `.gitignore` when they exist or are tracked. Other
/// files (exports, notes) are left to the user.
fn shared_pathspecs(root: &Path) -> Vec<String> {
    let mut specs = vec!["*.ron".to_string()];
    for f in [super::setup::ATTRIBUTES_FILE, ".gitignore"] {
        let tracked = query(root, &["ls-files", "--", f]).is_some_and(|o| !o.is_empty());
        if root.join(f).exists() || tracked {
            specs.push(f.to_string());
        }
    }
    specs
}

fn with_specs<'a>(args: &[&'a str], specs: &'a [String]) -> Vec<&'a str> {
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

/// Changes of the workspace's `.ron` files from commit `from` to `to`.
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
    let mut changes = Vec::new();
    for rel in out.stdout.split(|b| *b == 0) {
        let rel = String::from_utf8_lossy(rel).to_string();
        if !is_ron(&rel) {
            continue;
        }
        let old = show_exact(root, &repo, from, &rel);
        let new = show_exact(root, &repo, to, &rel);
        if let Some(c) = diff_texts(Path::new(&rel), old.as_deref(), new.as_deref()) {
            changes.push(c);
        }
    }
    Ok(changes)
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
fn identity_args(root: &Path) -> Vec<&'static str> {
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

/// What a pull brought.
#[derive(Clone, Debug, PartialEq)]
pub enum PullOutcome {
    /// The branch follows no remote branch: nothing pulled.
    NoUpstream,
    /// Nothing new.
    UpToDate,
    /// Others' commits were integrated; what they changed.
    Updated {
        /// Changes brought in.
        incoming: Vec<FileChange>,
    },
    /// Stopped on conflicts.
    Conflict {
        /// The operation to finish.
        operation: Operation,
        /// Conflicted files, relative to the workspace.
        files: Vec<PathBuf>,
        /// Changes being brought in.
        incoming: Vec<FileChange>,
    },
}

/// The branch's upstream (`origin/main`), if it has one.
pub fn upstream(root: &Path) -> Option<String> {
    query(
        root,
        &[
            "rev-parse",
            "--abbrev-ref",
            "--symbolic-full-name",
            "@{upstream}",
        ],
    )
}

/// `git pull --rebase --autostash`, then what came in.
pub fn pull(root: &Path, mode: Mode) -> Result<PullOutcome, SyncError> {
    let Some(upstream) = upstream(root) else {
        return Ok(PullOutcome::NoUpstream);
    };
    let before = query(root, &["rev-parse", "--verify", "-q", "HEAD"]);
    let out = raw(root, mode, ["pull", "--rebase", "--autostash", "--quiet"])?;
    // By name: during a rebase stopped on conflicts, HEAD is detached and
    // `@{upstream}` does not resolve.
    let incoming = match (
        &before,
        query(root, &["rev-parse", "--verify", "-q", &upstream]),
    ) {
        (Some(b), Some(up)) => {
            let base = query(root, &["merge-base", b, &up]);
            match base {
                Some(base) if base != up => changes_between(root, &base, &up)?,
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    if !out.status.success() {
        if let Some(operation) = operation_in_progress(root) {
            return Ok(PullOutcome::Conflict {
                operation,
                files: conflicted_files(root)?,
                incoming,
            });
        }
        return Err(SyncError::Git {
            args: "pull --rebase --autostash".into(),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        });
    }
    Ok(if incoming.is_empty() {
        PullOutcome::UpToDate
    } else {
        PullOutcome::Updated { incoming }
    })
}

/// What a push did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PushOutcome {
    /// No remote to push to.
    NoRemote,
    /// The remote already has everything.
    NothingToPush,
    /// Commits sent, to this remote branch.
    Pushed {
        /// How many commits.
        commits: usize,
        /// Where (`origin/main`).
        to: String,
    },
}

/// `git push` (with `-u REMOTE BRANCH` the first time, when the clone has
/// one remote).
pub fn push(root: &Path, mode: Mode) -> Result<PushOutcome, SyncError> {
    if let Some(up) = upstream(root) {
        let ahead = query(root, &["rev-list", "--count", "@{upstream}..HEAD"])
            .and_then(|n| n.parse::<usize>().ok())
            .unwrap_or(0);
        if ahead == 0 {
            return Ok(PushOutcome::NothingToPush);
        }
        git(root, mode, &["push", "--quiet"])?;
        return Ok(PushOutcome::Pushed {
            commits: ahead,
            to: up,
        });
    }
    let remotes = query(root, &["remote"]).unwrap_or_default();
    let remotes: Vec<&str> = remotes.lines().collect();
    let remote = match remotes.as_slice() {
        [one] => *one,
        many if many.contains(&"origin") => "origin",
        _ => return Ok(PushOutcome::NoRemote),
    };
    let Some(branch) = query(root, &["symbolic-ref", "--short", "-q", "HEAD"]) else {
        return Ok(PushOutcome::NoRemote);
    };
    let commits = query(root, &["rev-list", "--count", "HEAD"])
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    git(root, mode, &["push", "--quiet", "-u", remote, &branch])?;
    Ok(PushOutcome::Pushed {
        commits,
        to: format!("{remote}/{branch}"),
    })
}

/// The merge, rebase or cherry-pick under way, if any.
pub fn operation_in_progress(root: &Path) -> Option<Operation> {
    for (dir, op) in [
        ("rebase-merge", Operation::Rebase),
        ("rebase-apply", Operation::Rebase),
    ] {
        if let Some(p) = query(root, &["rev-parse", "--git-path", dir]) {
            let p = PathBuf::from(p);
            let p = if p.is_absolute() { p } else { root.join(p) };
            if p.exists() {
                return Some(op);
            }
        }
    }
    [
        ("MERGE_HEAD", Operation::Merge),
        ("CHERRY_PICK_HEAD", Operation::CherryPick),
        ("REVERT_HEAD", Operation::Revert),
    ]
    .into_iter()
    .find(|(r, _)| query(root, &["rev-parse", "-q", "--verify", r]).is_some())
    .map(|(_, op)| op)
}

/// Files git holds as conflicted, relative to the workspace (those inside it).
pub fn conflicted_files(root: &Path) -> Result<Vec<PathBuf>, SyncError> {
    let out = git(
        root,
        Mode::Background,
        &["diff", "--name-only", "-z", "--diff-filter=U", "--relative"],
    )?;
    Ok(out
        .stdout
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| PathBuf::from(String::from_utf8_lossy(p).to_string()))
        .collect())
}

/// How finishing an interrupted operation went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContinueOutcome {
    /// Finished.
    Done(Operation),
    /// The next commit of a rebase conflicts too.
    Conflict {
        /// The operation.
        operation: Operation,
        /// Conflicted files, relative to the workspace.
        files: Vec<PathBuf>,
    },
}

/// Marks every conflicted file resolved (`git add`) and finishes the
/// merge, rebase or cherry-pick. Refuses while a file still holds markers.
pub fn continue_operation(root: &Path, mode: Mode) -> Result<ContinueOutcome, SyncError> {
    let operation = operation_in_progress(root).ok_or(SyncError::NothingInProgress)?;
    let repo = repo(root)?;
    let out = git(
        root,
        Mode::Background,
        &["diff", "--name-only", "-z", "--diff-filter=U"],
    )?;
    let unmerged: Vec<String> = out
        .stdout
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).to_string())
        .collect();
    let still: Vec<PathBuf> = unmerged
        .iter()
        .filter(|p| {
            fs::read_to_string(repo.top.join(p))
                .is_ok_and(|t| conflict_markers(Path::new(p.as_str()), &t).is_some())
        })
        .map(PathBuf::from)
        .collect();
    if !still.is_empty() {
        return Err(SyncError::Unresolved {
            operation: Some(operation),
            files: still,
        });
    }
    for p in &unmerged {
        git(&repo.top, Mode::Background, &["add", "--", p])?;
    }
    let mut args = identity_args(root);
    match operation {
        Operation::Merge => args.extend(["commit", "--no-edit", "--quiet"]),
        op => args.extend([op.command(), "--continue"]),
    }
    let out = raw(root, mode, &args)?;
    if out.status.success() && operation_in_progress(root).is_none() {
        return Ok(ContinueOutcome::Done(operation));
    }
    let files = conflicted_files(root)?;
    if let Some(operation) = operation_in_progress(root)
        && !files.is_empty()
    {
        return Ok(ContinueOutcome::Conflict { operation, files });
    }
    Err(SyncError::Git {
        args: args.join(" "),
        stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
    })
}

/// Abandons the operation under way (`git rebase --abort`…): the clone is
/// back where it was before the pull.
pub fn abort_operation(root: &Path) -> Result<Operation, SyncError> {
    let operation = operation_in_progress(root).ok_or(SyncError::NothingInProgress)?;
    git(root, Mode::Background, &[operation.command(), "--abort"])?;
    Ok(operation)
}
