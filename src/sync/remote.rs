//! The steps of a sync that reach the remote: finding (or setting) the
//! branch to follow, `git pull --rebase`, `git push`.

use super::Operation;
use super::diff::FileChange;
use super::git_ops::{
    Committed, Mode, SyncError, changes_between, driver_override, git, query, raw,
};
use super::guard;
use super::operation::operation_in_progress;
use super::unmerged::{State, unmerged};
use std::path::{Path, PathBuf};

/// What a pull brought.
#[derive(Clone, Debug, PartialEq)]
pub enum PullOutcome {
    /// No remote branch to pull from (no remote, or a remote without this
    /// branch yet): nothing pulled.
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
        /// Conflicted workspace files, relative to the workspace.
        files: Vec<PathBuf>,
        /// Conflicted files that are not workspace files (pacte does not
        /// resolve them), relative to the repository.
        others: Vec<PathBuf>,
        /// Changes being brought in.
        incoming: Vec<FileChange>,
    },
}

/// A pull and what was set up for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Pulled {
    /// What it brought.
    pub outcome: PullOutcome,
    /// The remote branch set as the branch's upstream, when it had none.
    pub upstream_set: Option<String>,
    /// What git said about the merge driver, if anything (it could not run).
    pub driver_said: Vec<String>,
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

/// The remote a sync uses: `origin`, or the only one.
pub fn remote_name(root: &Path) -> Option<String> {
    pick_remote(root)
}

fn pick_remote(root: &Path) -> Option<String> {
    let remotes = query(root, &["remote"]).unwrap_or_default();
    let remotes: Vec<&str> = remotes.lines().collect();
    match remotes.as_slice() {
        [one] => Some((*one).to_string()),
        many if many.contains(&"origin") => Some("origin".into()),
        _ => None,
    }
}

fn branch(root: &Path) -> Option<String> {
    query(root, &["symbolic-ref", "--short", "-q", "HEAD"])
}

fn exists(root: &Path, reference: &str) -> bool {
    query(root, &["rev-parse", "--verify", "-q", reference]).is_some()
}

/// The remote branch to follow for `branch` on `remote`: the same name,
/// else the remote's default branch.
fn branch_to_follow(root: &Path, remote: &str, branch: &str) -> Option<String> {
    let same = format!("{remote}/{branch}");
    if exists(root, &format!("refs/remotes/{same}")) {
        return Some(same);
    }
    if let Some(head) = query(
        root,
        &[
            "symbolic-ref",
            "--short",
            "-q",
            &format!("refs/remotes/{remote}/HEAD"),
        ],
    ) && exists(root, &format!("refs/remotes/{head}"))
    {
        return Some(head);
    }
    let listed = query(
        root,
        &[
            "for-each-ref",
            "--format=%(refname:short)",
            &format!("refs/remotes/{remote}/"),
        ],
    )
    .unwrap_or_default();
    let listed: Vec<&str> = listed
        .lines()
        .filter(|l| !l.ends_with("/HEAD") && *l != remote)
        .collect();
    match listed.as_slice() {
        [one] => Some((*one).to_string()),
        many => ["main", "master"]
            .iter()
            .map(|b| format!("{remote}/{b}"))
            .find(|c| many.contains(&c.as_str())),
    }
}

/// Gives the branch an upstream when it has none and the remote has a
/// branch to follow (after fetching it); returns the one set.
pub fn ensure_upstream(root: &Path, mode: Mode) -> Result<Option<String>, SyncError> {
    if upstream(root).is_some() {
        return Ok(None);
    }
    let (Some(remote), Some(branch)) = (pick_remote(root), branch(root)) else {
        return Ok(None);
    };
    git(root, mode, &["fetch", "--quiet", &remote])?;
    let Some(follow) = branch_to_follow(root, &remote, &branch) else {
        return Ok(None);
    };
    git(
        root,
        Mode::Background,
        &["branch", "--quiet", &format!("--set-upstream-to={follow}")],
    )?;
    Ok(Some(follow))
}

/// Lines of git's output about a merge driver that could not run.
fn driver_lines(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter(|l| l.contains("merge-driver") || l.contains("merge driver"))
        .map(|l| crate::text::sanitize(l.trim()))
        .collect()
}

/// `git pull --rebase --autostash` with pacte's merge driver, then what
/// came in. Gives the branch an upstream first when it has none. After a
/// pull that finished, checks that none of the user's edits went missing:
/// if one did, the branch is put back where it was and
/// [`SyncError::WouldLose`] says which.
pub fn pull(root: &Path, mode: Mode) -> Result<Pulled, SyncError> {
    let upstream_set = ensure_upstream(root, mode)?;
    let done = |outcome| Pulled {
        outcome,
        upstream_set: upstream_set.clone(),
        driver_said: Vec::new(),
    };
    let Some(upstream) = upstream(root) else {
        return Ok(done(PullOutcome::NoUpstream));
    };
    let before = query(root, &["rev-parse", "--verify", "-q", "HEAD"]);
    let mut args = driver_override();
    args.extend(["pull", "--rebase", "--autostash", "--quiet"].map(String::from));
    let out = raw(root, mode, &args)?;
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    // By name: during a rebase stopped on conflicts, HEAD is detached and
    // `@{upstream}` does not resolve.
    let up = query(root, &["rev-parse", "--verify", "-q", &upstream]);
    let base = match (&before, &up) {
        (Some(b), Some(u)) => query(root, &["merge-base", b, u]),
        _ => None,
    };
    let incoming = match (&base, &up) {
        (Some(base), Some(up)) if base != up => changes_between(root, base, up)?,
        _ => Vec::new(),
    };
    let mut pulled = done(PullOutcome::UpToDate);
    pulled.driver_said = driver_lines(&stderr);
    if !out.status.success() {
        if let Some(operation) = operation_in_progress(root) {
            let (files, others) = conflicts(root)?;
            pulled.outcome = PullOutcome::Conflict {
                operation,
                files,
                others,
                incoming,
            };
            return Ok(pulled);
        }
        return Err(SyncError::Git {
            args: "pull --rebase --autostash".into(),
            stderr: stderr.trim().to_string(),
        });
    }
    if let (Some(before), Some(base), Some(up)) = (&before, &base, &up) {
        guard::check_revs(root, base, before, up, "HEAD")?;
    }
    // The pull finished, but re-applying the user's own uncommitted
    // changes to other files (git's autostash) may have conflicted.
    let stashed: Vec<PathBuf> = unmerged(root)?.into_iter().map(|u| u.path).collect();
    if !stashed.is_empty() {
        return Err(SyncError::StashConflict { files: stashed });
    }
    if !incoming.is_empty() {
        pulled.outcome = PullOutcome::Updated { incoming };
    }
    Ok(pulled)
}

/// Unmerged files: the workspace's (relative to it) and the others
/// (relative to the repository).
pub fn conflicts(root: &Path) -> Result<(Vec<PathBuf>, Vec<PathBuf>), SyncError> {
    let mut files = Vec::new();
    let mut others = Vec::new();
    for u in unmerged(root)? {
        match u.rel {
            Some(_) if u.state == State::DeletedOnBothSides => {}
            Some(rel) => files.push(rel),
            None if u.state != State::Resolved => others.push(u.path),
            None => {}
        }
    }
    Ok((files, others))
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
        /// The commits sent, oldest first, with their final ids.
        commits: Vec<Committed>,
        /// Where (`origin/main`).
        to: String,
    },
}

/// The commits of `range` (`git log` arguments), oldest first.
fn commits(root: &Path, range: &[&str]) -> Vec<Committed> {
    let mut args = vec!["log", "--reverse", "--format=%h%x09%s"];
    args.extend(range);
    query(root, &args)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(id, subject)| Committed {
            id: id.to_string(),
            message: subject.to_string(),
        })
        .collect()
}

/// `git push`: to the upstream (under its own name, which may differ from
/// the branch's), or, the first time, `-u REMOTE BRANCH` when the clone
/// has one remote. Says which commits were sent.
pub fn push(root: &Path, mode: Mode) -> Result<PushOutcome, SyncError> {
    if let Some(up) = upstream(root) {
        let sent = commits(root, &["@{upstream}..HEAD"]);
        if sent.is_empty() {
            return Ok(PushOutcome::NothingToPush);
        }
        let branch = branch(root).ok_or(SyncError::Detached { branch: None })?;
        let remote = query(
            root,
            &["config", "--get", &format!("branch.{branch}.remote")],
        )
        .unwrap_or_else(|| "origin".into());
        let merge = query(
            root,
            &["config", "--get", &format!("branch.{branch}.merge")],
        )
        .unwrap_or_else(|| format!("refs/heads/{branch}"));
        git(
            root,
            mode,
            &["push", "--quiet", &remote, &format!("HEAD:{merge}")],
        )?;
        return Ok(PushOutcome::Pushed {
            commits: sent,
            to: up,
        });
    }
    let Some(remote) = pick_remote(root) else {
        return Ok(PushOutcome::NoRemote);
    };
    let branch = branch(root).ok_or(SyncError::Detached { branch: None })?;
    let not_there = format!("--remotes={remote}");
    let sent = commits(root, &["HEAD", "--not", &not_there]);
    if sent.is_empty() {
        return Ok(PushOutcome::NothingToPush);
    }
    git(root, mode, &["push", "--quiet", "-u", &remote, &branch])?;
    Ok(PushOutcome::Pushed {
        commits: sent,
        to: format!("{remote}/{branch}"),
    })
}
