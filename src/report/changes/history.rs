//! The past state of the workspace, read from its git history with the
//! `git` program: the revision is `git rev-list -1 --before=DATE HEAD` for
//! a date (the last commit before that day; none means everything is new),
//! or the revision given; each file of that revision is read with
//! `git show REV:path`, parsed, and compared with what is loaded now (the
//! working tree, uncommitted edits included).

use super::{ChangesError, ChangesSince, Since, diff, diff_governance, diff_partners};
use crate::domain::evaluation::Selection;
use crate::domain::{Governance, Group, Referential, parse_date};
use crate::store::Workspace;
use crate::store::format::from_text;
use crate::store::git;
use crate::store::layout::{GOVERNANCE_FILE, GROUPS_DIR, REFERENTIAL_FILE};
use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use std::path::Path;

fn stdout(out: std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Finds the revision for `asked` (a date or a revision) in the repository
/// holding `root`.
pub fn resolve(root: &Path, asked: &str) -> Result<Since, ChangesError> {
    let asked_trim = asked.trim();
    if asked_trim.is_empty() || asked_trim.starts_with('-') {
        return Err(ChangesError::UnknownRevision(asked.to_string()));
    }
    if let Some(date) = parse_date(asked_trim) {
        let before = format!("--before={}T00:00:00", date.format("%Y-%m-%d"));
        let rev = stdout(git::run(root, &["rev-list", "-1", &before, "HEAD"])?);
        return Ok(Since {
            asked: asked.to_string(),
            revision: (!rev.is_empty()).then_some(rev),
            date: Some(date),
        });
    }
    let spec = format!("{asked_trim}^{{commit}}");
    let rev = git::run(root, &["rev-parse", "--verify", "--quiet", &spec])
        .map(stdout)
        .map_err(|_| ChangesError::UnknownRevision(asked.to_string()))?;
    let date = stdout(git::run(root, &["log", "-1", "--format=%cs", &rev])?);
    Ok(Since {
        asked: asked.to_string(),
        date: parse_date(&date),
        revision: Some(rev),
    })
}

/// The file `rel` (relative to `root`) at `rev`, parsed: `Ok(None)` when
/// absent there, `Err` when present but unreadable.
fn at<T: DeserializeOwned>(root: &Path, rev: &str, rel: &str) -> Result<Option<T>, ()> {
    let object = format!("{rev}:./{rel}");
    let Ok(out) = git::run(root, &["show", &object]) else {
        return Ok(None);
    };
    let text = String::from_utf8(out.stdout).map_err(|_| ())?;
    from_text(&text).map(Some).map_err(|_| ())
}

/// The last commit of `HEAD` made on or before `end` (its id and date),
/// when the workspace is a git repository with one.
pub fn last_commit_on(root: &Path, end: NaiveDate) -> Option<(String, NaiveDate)> {
    let before = format!("--before={end} 23:59:59");
    let out = git::run(root, &["log", "-1", "--format=%H %cs", &before, "HEAD"]).ok()?;
    let line = stdout(out);
    let (rev, date) = line.trim().split_once(' ')?;
    Some((rev.to_string(), parse_date(date)?))
}

/// The groups as they were at `rev` (files under `groups/` relative to
/// `root`), and the files that could not be read.
pub fn groups_at(root: &Path, rev: &str) -> Result<(Vec<Group>, Vec<String>), ChangesError> {
    let listing = stdout(git::run(
        root,
        &["ls-tree", "-r", "--name-only", rev, "--", GROUPS_DIR],
    )?);
    let mut groups = Vec::new();
    let mut unreadable = Vec::new();
    for path in listing.lines().filter(|p| p.ends_with(".ron")) {
        match at::<Group>(root, rev, path) {
            Ok(Some(g)) => groups.push(g),
            Ok(None) => {}
            Err(()) => unreadable.push(path.to_string()),
        }
    }
    Ok((groups, unreadable))
}

/// What changed in the selected part of the workspace since `asked`,
/// comparing the history of its repository with what is loaded now, as of
/// `today` (a meeting dated later is planned, not held).
pub fn changes_since(
    ws: &Workspace,
    asked: &str,
    selection: &Selection,
    today: NaiveDate,
) -> Result<ChangesSince, ChangesError> {
    let root = &ws.root;
    let since = resolve(root, asked)?;
    let mut then_groups = Vec::new();
    let mut unreadable = Vec::new();
    let mut then_governance = Governance::default();
    let mut then_organisations = Vec::new();
    if let Some(rev) = &since.revision {
        (then_groups, unreadable) = groups_at(root, rev)?;
        match at::<Governance>(root, rev, GOVERNANCE_FILE) {
            Ok(g) => then_governance = g.unwrap_or_default(),
            Err(()) => unreadable.push(GOVERNANCE_FILE.into()),
        }
        match at::<Referential>(root, rev, REFERENTIAL_FILE) {
            Ok(r) => then_organisations = r.map(|r| r.organisations).unwrap_or_default(),
            Err(()) => unreadable.push(REFERENTIAL_FILE.into()),
        }
    }
    let mut changes = diff(&then_groups, &ws.groups, |g| selection.includes(g), today);
    changes.governance_meetings =
        diff_governance(&then_governance, &ws.governance, selection, today);
    if let Some(r) = &ws.referential {
        changes.partners_added = diff_partners(&then_organisations, &r.organisations);
        for m in &mut changes.governance_meetings {
            m.territory_name = m
                .territory
                .as_ref()
                .map(|t| r.territory_name(t).to_string());
        }
    }
    changes.unreadable = unreadable;
    Ok(ChangesSince { since, changes })
}
