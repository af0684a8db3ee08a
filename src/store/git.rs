//! Calls to the `git` program (never through a shell).

use std::path::Path;
use std::process::{Command, Output};

/// Why a git command failed.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    /// `git` could not be started.
    #[error("cannot run git: {0}")]
    Spawn(#[from] std::io::Error),
    /// `git` exited with an error.
    #[error("git {args} failed: {stderr}")]
    Failed {
        /// The arguments given.
        args: String,
        /// What git printed on stderr.
        stderr: String,
    },
}

impl GitError {
    /// What went wrong, in both languages.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            GitError::Spawn(e) => crate::m!("sync-cannot-run-git", error = e.to_string()),
            GitError::Failed { args, stderr } => crate::m!(
                "sync-git-failed",
                args = args.as_str(),
                said = crate::text::sanitize_multiline(stderr).join("\n")
            ),
        }
    }
}

/// Runs `git -C dir args…` without prompting, and returns its output when it
/// succeeds.
pub fn run(dir: &Path, args: &[&str]) -> Result<Output, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()?;
    if out.status.success() {
        Ok(out)
    } else {
        Err(GitError::Failed {
            args: args.join(" "),
            stderr: String::from_utf8_lossy(&out.stderr).trim().to_string(),
        })
    }
}

/// True when `dir` is inside a git work tree.
pub fn is_inside_repo(dir: &Path) -> bool {
    run(dir, &["rev-parse", "--is-inside-work-tree"]).is_ok_and(|o| o.stdout.starts_with(b"true"))
}

/// `git init` in `dir`.
pub fn init(dir: &Path) -> Result<(), GitError> {
    run(dir, &["init", "--quiet", "--initial-branch=main"]).map(|_| ())
}

/// Stages everything in `dir` and commits it with `message`, as the user
/// when git knows them, otherwise as "pacte".
pub fn commit_all(dir: &Path, message: &str) -> Result<(), GitError> {
    run(dir, &["add", "--all"])?;
    let has_identity = run(dir, &["config", "user.email"]).is_ok();
    if has_identity {
        run(dir, &["commit", "--quiet", "-m", message])?;
    } else {
        run(
            dir,
            &[
                "-c",
                "user.name=pacte",
                "-c",
                "user.email=pacte@localhost",
                "commit",
                "--quiet",
                "-m",
                message,
            ],
        )?;
    }
    Ok(())
}
