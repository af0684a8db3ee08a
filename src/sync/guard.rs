//! The last check of a sync: none of the user's edits may be missing from
//! the result of a pull or of a resolved merge.
//!
//! Each version of the workspace files is read as a map from a path
//! (`groups/<id>/actions/<id>/status`) to a value, with list items keyed
//! as the merge keys them (actions and indicators by id, measurements by
//! date, deliverables by label, meetings, journal entries and id lists
//! as sets…).
//! An edit of the user (a path whose value differs between the base and
//! the user's version) must hold the user's value in the result, unless
//! the others changed the same thing (a conflict decided by a person, or
//! the same edit made on both sides).

use super::git_ops::{Mode, SyncError, git, query, repo, show_exact};
use crate::domain::{Governance, Group, Referential};
use crate::merge::FileKind;
use crate::store::format::from_text;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// A version of some workspace files: path → value.
pub type Flat = BTreeMap<String, String>;

/// Adds the values of the file at `path` (relative to the workspace) with
/// text `text` to `out`. Returns false when the text does not load.
pub fn flatten_file(path: &Path, text: &str, out: &mut Flat) -> bool {
    let value = match FileKind::from_path(path) {
        Some(FileKind::Group) => from_text::<Group>(text)
            .ok()
            .map(|g| (format!("groups/{}", g.id), serde_json::to_value(g))),
        Some(FileKind::Referential) => from_text::<Referential>(text)
            .ok()
            .map(|r| ("pacte".to_string(), serde_json::to_value(r))),
        Some(FileKind::Governance) => from_text::<Governance>(text)
            .ok()
            .map(|g| ("governance".to_string(), serde_json::to_value(g))),
        None => return true,
    };
    match value {
        Some((prefix, Ok(v))) => {
            walk(&prefix, "", &v, out);
            true
        }
        _ => false,
    }
}

fn leaf(v: &Value) -> String {
    v.to_string()
}

/// The key of a list item, as the merge matches items.
fn item_key(item: &Value) -> String {
    let Value::Object(o) = item else {
        return leaf(item);
    };
    for f in ["id", "label", "year"] {
        if let Some(v) = o.get(f) {
            return leaf(v).trim_matches('"').to_string();
        }
    }
    if let (Some(d), Some(_)) = (o.get("date"), o.get("value")) {
        return leaf(d).trim_matches('"').to_string();
    }
    leaf(item)
}

/// Lists merged as sets: an item is present or not.
fn is_set(items: &[Value]) -> bool {
    items.iter().all(|i| !i.is_object())
        || items
            .iter()
            .all(|i| i.get("text").is_some() && i.get("date").is_some() && i.get("id").is_none())
}

/// A meeting: two may share a date, kind and territory (two clones, two
/// meetings), so its fields are sets under that key, whatever the order.
fn is_meeting(v: &Value) -> bool {
    v.get("date").is_some() && v.get("kind").is_some() && v.get("participants").is_some()
}

fn meeting(prefix: &str, m: &Value, out: &mut Flat) {
    let Value::Object(o) = m else { return };
    let field = |f: &str| o.get(f).map(leaf).unwrap_or_default();
    let key = format!(
        "{prefix}/{}|{}|{}",
        field("date").trim_matches('"'),
        field("kind").trim_matches('"'),
        field("territory")
    );
    for (f, v) in o {
        match v {
            Value::Array(items) => {
                for i in items {
                    out.insert(format!("{key}/{f}[{}]", leaf(i)), "present".into());
                }
            }
            v => {
                out.insert(format!("{key}/{f}[{}]", leaf(v)), "present".into());
            }
        }
    }
}

/// A journal entry without its link to a meeting: a merge that gives a
/// meeting of the other clone's day the next id points the entries taken
/// in it there, which keeps the entry (it is no loss).
fn unlinked(item: &Value) -> Value {
    match item {
        Value::Object(o) if o.contains_key("meeting") && o.contains_key("text") => {
            let mut o = o.clone();
            o.remove("meeting");
            Value::Object(o)
        }
        other => other.clone(),
    }
}

fn walk(prefix: &str, name: &str, v: &Value, out: &mut Flat) {
    match v {
        Value::Array(items) if !items.is_empty() && items.iter().all(is_meeting) => {
            for m in items {
                meeting(prefix, m, out);
            }
        }
        // A lead (organisation and person) is merged as one value.
        Value::Object(_) if name == "pilot" || name == "copilot" => {
            out.insert(prefix.to_string(), leaf(v));
        }
        Value::Object(o) => {
            for (k, x) in o {
                walk(&format!("{prefix}/{k}"), k, x, out);
            }
        }
        Value::Array(items) if is_set(items) => {
            for i in items {
                out.insert(
                    format!("{prefix}[{}]", leaf(&unlinked(i))),
                    "present".into(),
                );
            }
        }
        Value::Array(items) => {
            let mut seen: BTreeMap<String, usize> = BTreeMap::new();
            for i in items {
                let key = item_key(i);
                let n = seen.entry(key.clone()).or_default();
                let key = if *n == 0 { key } else { format!("{key}#{n}") };
                *n += 1;
                walk(&format!("{prefix}/{key}"), "", i, out);
            }
        }
        _ => {
            out.insert(prefix.to_string(), leaf(v));
        }
    }
}

/// True when `a` is `b`, or one is inside the other (`x/y` and `x/y/z`,
/// `x/l` and `x/l[..]`).
fn related(a: &str, b: &str) -> bool {
    let inside = |long: &str, short: &str| {
        long.strip_prefix(short)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/') || rest.starts_with('['))
    };
    inside(a, b) || inside(b, a)
}

/// The paths the others changed: those whose value differs between
/// `base` and `theirs`.
fn changed(base: &Flat, side: &Flat) -> Vec<String> {
    let mut v: Vec<String> = side
        .iter()
        .filter(|(k, x)| base.get(*k) != Some(x))
        .map(|(k, _)| k.clone())
        .collect();
    v.extend(base.keys().filter(|k| !side.contains_key(*k)).cloned());
    v.sort();
    v.dedup();
    v
}

/// The user's edits (from `base` to `mine`) missing from `result`, when
/// the others (from `base` to `theirs`) did not touch them.
pub fn lost(base: &Flat, mine: &Flat, theirs: &Flat, result: &Flat) -> Vec<String> {
    let theirs_changed = changed(base, theirs);
    let touched = |p: &str| {
        // Sorted: the related paths are near `p` or prefixes of it.
        theirs_changed.iter().any(|q| related(p, q))
    };
    changed(base, mine)
        .into_iter()
        .filter(|p| result.get(p) != mine.get(p))
        .filter(|p| !touched(p))
        .collect()
}

/// The workspace's `.ron` files changed from `from` to `to`.
fn changed_paths(root: &Path, from: &str, to: &str) -> Result<Vec<String>, SyncError> {
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
    Ok(out
        .stdout
        .split(|b| *b == 0)
        .filter(|p| !p.is_empty())
        .map(|p| String::from_utf8_lossy(p).to_string())
        .filter(|p| p.ends_with(".ron"))
        .collect())
}

/// The user's edits from `base` to `mine` missing from `result`, where the
/// others went from `base` to `theirs` (all git revisions): the workspace
/// files changed on any side are read at the four revisions.
pub fn lost_between(
    root: &Path,
    base: &str,
    mine: &str,
    theirs: &str,
    result: &str,
) -> Result<Vec<String>, SyncError> {
    let mut paths = changed_paths(root, base, mine)?;
    if paths.is_empty() {
        return Ok(Vec::new());
    }
    paths.extend(changed_paths(root, base, theirs)?);
    paths.extend(changed_paths(root, base, result)?);
    paths.sort();
    paths.dedup();
    let repo = repo(root)?;
    let read = |rev: &str| -> Option<Flat> {
        let mut flat = Flat::new();
        for p in &paths {
            if let Some(text) = show_exact(root, &repo, rev, p)
                && !flatten_file(Path::new(p), &text, &mut flat)
            {
                // A version that does not load cannot be judged.
                return None;
            }
        }
        Some(flat)
    };
    match (read(base), read(mine), read(theirs), read(result)) {
        (Some(b), Some(m), Some(t), Some(r)) => Ok(lost(&b, &m, &t, &r)),
        _ => Ok(Vec::new()),
    }
}

/// Fails with [`SyncError::WouldLose`] when some of the user's edits (from
/// `base` to `mine`) are missing from `result`, after putting the branch
/// back on `mine` (`git reset --keep`, which keeps uncommitted changes).
pub fn check_revs(
    root: &Path,
    base: &str,
    mine: &str,
    theirs: &str,
    result: &str,
) -> Result<(), SyncError> {
    let lost = lost_between(root, base, mine, theirs, result)?;
    if lost.is_empty() {
        return Ok(());
    }
    let short = |rev: &str| query(root, &["rev-parse", "--short", rev]).unwrap_or(rev.to_string());
    let restored = git(
        root,
        Mode::Background,
        &["reset", "--quiet", "--keep", mine],
    )
    .ok()
    .map(|_| short(mine));
    Err(SyncError::WouldLose {
        lost,
        restored,
        mine: short(mine),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");

    fn flat(text: &str) -> Flat {
        let mut f = Flat::new();
        assert!(flatten_file(
            Path::new("groups/mobilite-thau.ron"),
            text,
            &mut f
        ));
        f
    }

    #[test]
    fn an_edit_dropped_by_the_merge_is_lost() {
        let base = flat(GROUP);
        let mine = flat(&GROUP.replacen("progress: 60", "progress: 90", 1));
        let theirs = flat(&GROUP.replacen("progress: 10", "progress: 20", 1));
        // The result kept only the others' version.
        assert_eq!(
            lost(&base, &mine, &theirs, &theirs),
            ["groups/mobilite-thau/actions/plateforme-mobilite/progress"]
        );
        // Both edits kept: nothing lost.
        let both = flat(&GROUP.replacen("progress: 60", "progress: 90", 1).replacen(
            "progress: 10",
            "progress: 20",
            1,
        ));
        assert!(lost(&base, &mine, &theirs, &both).is_empty());
    }

    #[test]
    fn an_entry_whose_meeting_took_the_next_id_is_not_lost() {
        // Both clones held a meeting on 2024-03-12: the merge gives the
        // user's the next id, and its decision points there.
        let linked = |meeting: &str| {
            GROUP.replacen(
                "text: \"Étendre les permanences à Frontignan.\",\n",
                &format!("text: \"Étendre les permanences à Frontignan.\",\n                    meeting: \"{meeting}\",\n"),
                1,
            )
        };
        let base = flat(GROUP);
        let mine = flat(&linked("2024-03-12"));
        assert!(
            linked("x").contains("meeting: \"x\""),
            "the link is in the file"
        );
        let merged = flat(&linked("2024-03-12-2"));
        assert!(lost(&base, &mine, &base, &merged).is_empty());
    }

    #[test]
    fn an_edit_the_others_also_made_or_decided_is_not_lost() {
        let base = flat(GROUP);
        let mine = flat(&GROUP.replacen("progress: 60", "progress: 90", 1));
        let theirs = flat(&GROUP.replacen("progress: 60", "progress: 70", 1));
        // A conflict resolved in favour of the others.
        assert!(lost(&base, &mine, &theirs, &theirs).is_empty());
    }

    #[test]
    fn different_fields_of_one_meeting_edited_on_both_sides_are_not_lost() {
        let base = flat(GROUP);
        let mine = flat(&GROUP.replacen("participants: 11", "participants: 12", 1));
        // The meeting's decision (not the journal's entry of the same text).
        let at = GROUP
            .rfind("\"Étendre les permanences à Frontignan.\"")
            .unwrap();
        let theirs_text = format!(
            "{}\"Étendre les permanences à Frontignan et Sète.\"{}",
            &GROUP[..at],
            &GROUP[at + "\"Étendre les permanences à Frontignan.\"".len()..]
        );
        let theirs = flat(&theirs_text);
        let result = flat(&theirs_text.replacen("participants: 11", "participants: 12", 1));
        assert!(lost(&base, &mine, &theirs, &result).is_empty());
        // Dropping the user's count is caught.
        assert_eq!(lost(&base, &mine, &theirs, &theirs).len(), 2);
    }

    #[test]
    fn set_items_and_keyed_items_have_their_own_paths() {
        let f = flat(GROUP);
        assert!(
            f.contains_key("groups/mobilite-thau/members[\"caf\"]"),
            "{f:#?}"
        );
        assert!(f.keys().any(|k| {
            k.starts_with("groups/mobilite-thau/actions/plateforme-mobilite/indicators/")
        }));
    }
}
