//! Commit messages and summaries generated from a semantic diff.
//!
//! A commit message is written in French, the language of the pact and of
//! its shared history, whatever the interface's language: a subject line
//! of at most [`SUBJECT_MAX`] characters saying what changed first
//! (`Plateforme mobilité : en cours → totalement réalisée`), then, after a
//! blank line, each file's changes under its group's territories and name.
//! Control characters never reach a message.

use super::diff::{Change, FileChange, GroupChange, Item, Lifecycle};
use super::words::{file_lines, gov_item, item, ref_item};
use crate::domain::Referential;
use crate::i18n::Lang;
use crate::t;

/// Longest subject line written, in characters.
pub const SUBJECT_MAX: usize = 72;

/// Shortest an action title or group name is cut to in a subject.
const TITLE_MIN: usize = 12;

const FR: Lang = Lang::Fr;

/// `s` without control or invisible characters (newlines become spaces).
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|c| !crate::store::format::is_hidden_char(*c))
        .collect()
}

/// `s` cut to `max` characters, with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

/// Builds a subject from a title: with the whole title when it fits,
/// otherwise with the title cut so that the subject fits.
fn fit(title: &str, build: impl Fn(&str) -> String) -> String {
    let full = build(title);
    let over = full.chars().count().saturating_sub(SUBJECT_MAX);
    if over == 0 {
        return full;
    }
    let keep = title.chars().count().saturating_sub(over).max(TITLE_MIN);
    truncate(&build(&truncate(title, keep)), SUBJECT_MAX)
}

/// What changed in one action, in short words for a subject:
/// `statut, avancement et mesure`.
fn aspects(items: &[&Item]) -> String {
    let mut words: Vec<String> = Vec::new();
    for i in items {
        let w = match i {
            Item::Status { .. } => t!(FR, "aspect-status"),
            Item::Progress { .. } => t!(FR, "aspect-progress"),
            Item::Measurement { .. } => t!(FR, "aspect-measurement"),
            Item::Deliverable { .. } => t!(FR, "aspect-deliverable"),
            Item::Due { .. } => t!(FR, "aspect-due"),
            Item::Journal { .. } => t!(FR, "aspect-journal"),
            Item::ActionFields { fields, .. } => {
                for f in fields {
                    let w = t!(FR, "field-name", field = *f);
                    if !words.contains(&w) {
                        words.push(w);
                    }
                }
                continue;
            }
            _ => continue,
        };
        if !words.contains(&w) {
            words.push(w);
        }
    }
    join_and(FR, &words)
}

/// `a, b et c`.
pub fn join_and(lang: Lang, parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => t!(
            lang,
            "list-and",
            init = init.join(", "),
            last = last.as_str()
        ),
    }
}

fn group_subject(c: &FileChange, g: &GroupChange) -> String {
    match g.lifecycle {
        Lifecycle::Created => return fit(&g.name, |n| t!(FR, "subject-group-created", name = n)),
        Lifecycle::Deleted => return fit(&g.name, |n| t!(FR, "subject-group-deleted", name = n)),
        Lifecycle::Modified => {}
    }
    if g.items.is_empty() && c.moved_from.is_some() {
        return fit(&g.name, |n| {
            t!(FR, "subject-group-moved", name = n, to = c.path.display())
        });
    }
    let actions: Vec<&crate::domain::Id> = {
        let mut v: Vec<_> = g.items.iter().filter_map(Item::action).collect();
        v.dedup();
        v.sort();
        v.dedup();
        v
    };
    let others: Vec<&Item> = g.items.iter().filter(|i| i.action().is_none()).collect();
    match (actions.as_slice(), others.as_slice()) {
        ([one], []) => {
            let items: Vec<&Item> = g.items.iter().filter(|i| i.action() == Some(one)).collect();
            match items.as_slice() {
                [single] => fit(g.title(one), |title| {
                    let mut g2 = g.clone();
                    g2.titles.insert((*one).clone(), title.to_string());
                    item(FR, &g2, single, false)
                }),
                many => fit(g.title(one), |title| {
                    t!(FR, "subject-action", title = title, what = aspects(many))
                }),
            }
        }
        ([], [single]) => fit(&g.name, |n| {
            t!(
                FR,
                "subject-group-change",
                name = n,
                what = item(FR, g, single, false)
            )
        }),
        (acts, _) => {
            let mut parts = Vec::new();
            if !acts.is_empty() {
                parts.push(t!(FR, "count-actions-updated", count = acts.len()));
            }
            let meetings = others
                .iter()
                .filter(|i| matches!(i, Item::MeetingAdded { .. }))
                .count();
            if meetings > 0 {
                parts.push(t!(FR, "count-meetings-added", count = meetings));
            }
            if others
                .iter()
                .any(|i| !matches!(i, Item::MeetingAdded { .. }))
            {
                parts.push(t!(FR, "subject-group-fields"));
            }
            fit(&g.name, |n| {
                t!(
                    FR,
                    "subject-group-many",
                    what = join_and(FR, &parts),
                    name = n
                )
            })
        }
    }
}

fn subject(changes: &[FileChange], r: Option<&Referential>) -> String {
    match changes {
        [one] => match &one.change {
            Change::Group(g) => group_subject(one, g),
            Change::Referential(v) => {
                let first = v.first().map(|i| ref_item(FR, i)).unwrap_or_default();
                truncate(
                    &t!(FR, "subject-referential", first = first, more = v.len() - 1),
                    SUBJECT_MAX,
                )
            }
            Change::Governance(v) => {
                let first = v.first().map(|i| gov_item(FR, i, r)).unwrap_or_default();
                truncate(
                    &t!(
                        FR,
                        "subject-governance",
                        first = first,
                        more = v.len().saturating_sub(1)
                    ),
                    SUBJECT_MAX,
                )
            }
            Change::Unreadable => truncate(
                &t!(FR, "subject-file", path = one.path.display()),
                SUBJECT_MAX,
            ),
        },
        many => {
            let groups = many
                .iter()
                .filter(|c| matches!(c.change, Change::Group(_)))
                .count();
            let mut parts = Vec::new();
            if groups > 0 {
                parts.push(t!(FR, "count-groups-updated", count = groups));
            }
            if many
                .iter()
                .any(|c| matches!(c.change, Change::Referential(_)))
            {
                parts.push(t!(FR, "referential-changed"));
            }
            if many
                .iter()
                .any(|c| matches!(c.change, Change::Governance(_)))
            {
                parts.push(t!(FR, "governance-changed"));
            }
            let other = many
                .iter()
                .filter(|c| matches!(c.change, Change::Unreadable))
                .count();
            if other > 0 {
                parts.push(t!(FR, "count-other-files", count = other));
            }
            truncate(&upper_first(&join_and(FR, &parts)), SUBJECT_MAX)
        }
    }
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A commit message for `changes`, in French: the subject, a blank line,
/// then each file's changes. `None` when nothing changed.
pub fn commit_message(changes: &[FileChange], referential: Option<&Referential>) -> Option<String> {
    if changes.is_empty() {
        return None;
    }
    let mut msg = clean(&subject(changes, referential));
    msg.push_str("\n\n");
    for c in changes {
        let (header, lines) = file_lines(FR, c, referential);
        msg.push_str(&clean(&header));
        msg.push('\n');
        for l in lines {
            msg.push_str("- ");
            msg.push_str(&clean(&l));
            msg.push('\n');
        }
    }
    Some(msg)
}

/// `3 actions mises à jour par d'autres` (with actions added or removed,
/// meetings, groups created, deleted or moved, the referential and
/// governance when they changed), or `None` when nothing came in. Each
/// thing counts once, as what really happened to it.
pub fn incoming_summary(lang: Lang, changes: &[FileChange]) -> Option<String> {
    use std::collections::BTreeSet;
    if changes.is_empty() {
        return None;
    }
    let mut updated = BTreeSet::new();
    let mut added = BTreeSet::new();
    let mut removed = BTreeSet::new();
    let (mut meetings_added, mut meetings_changed, mut group_fields) = (0, 0, 0);
    let (mut created, mut deleted, mut moved, mut other) = (0, 0, 0, 0);
    let (mut referential, mut governance) = (false, false);
    for c in changes {
        if c.moved_from.is_some() {
            moved += 1;
        }
        match &c.change {
            Change::Group(g) if g.lifecycle == Lifecycle::Created => created += 1,
            Change::Group(g) if g.lifecycle == Lifecycle::Deleted => deleted += 1,
            Change::Group(g) => {
                for i in &g.items {
                    let key = |a: &crate::domain::Id| (g.id.clone(), a.clone());
                    match i {
                        Item::ActionAdded { action } => {
                            added.insert(key(action));
                        }
                        Item::ActionRemoved { action } => {
                            removed.insert(key(action));
                        }
                        Item::MeetingAdded { .. } => meetings_added += 1,
                        Item::MeetingChanged { .. } | Item::MeetingRemoved { .. } => {
                            meetings_changed += 1
                        }
                        Item::GroupFields { .. } => group_fields += 1,
                        i => {
                            if let Some(a) = i.action() {
                                updated.insert(key(a));
                            }
                        }
                    }
                }
            }
            Change::Referential(_) => referential = true,
            Change::Governance(_) => governance = true,
            Change::Unreadable => other += 1,
        }
    }
    let updated = updated
        .iter()
        .filter(|k| !added.contains(*k) && !removed.contains(*k))
        .count();
    let mut parts = Vec::new();
    for (n, id) in [
        (updated, "count-actions-updated"),
        (added.len(), "count-actions-added"),
        (removed.len(), "count-actions-removed"),
        (meetings_added, "count-meetings-added"),
        (meetings_changed, "count-meetings-changed"),
        (group_fields, "count-group-fields"),
        (created, "count-groups-created"),
        (deleted, "count-groups-deleted"),
        (moved, "count-groups-moved"),
        (other, "count-other-files"),
    ] {
        if n > 0 {
            parts.push(crate::i18n::text(lang, id, &[("count", n.into())]));
        }
    }
    if referential {
        parts.push(t!(lang, "referential-changed"));
    }
    if governance {
        parts.push(t!(lang, "governance-changed"));
    }
    if parts.is_empty() {
        parts.push(t!(lang, "count-files-changed", count = changes.len()));
    }
    Some(t!(lang, "incoming-summary", what = join_and(lang, &parts)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::diff::{diff_files, diff_texts};
    use std::path::Path;

    const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");
    const REFERENTIAL: &str = include_str!("../../tests/fixtures/ws/pacte.ron");

    fn group_change(new: &str) -> FileChange {
        diff_texts(
            Path::new("groups/mobilite-thau.ron"),
            Some(GROUP),
            Some(new),
        )
        .unwrap()
    }

    fn referential() -> Referential {
        crate::store::format::from_text(REFERENTIAL).unwrap()
    }

    #[test]
    fn one_change_is_the_subject_and_the_group_is_in_the_body() {
        let c = group_change(&GROUP.replace("status: \"in-progress\"", "status: \"operating\""));
        let msg = commit_message(std::slice::from_ref(&c), Some(&referential())).unwrap();
        let mut lines = msg.lines();
        let subject = lines.next().unwrap();
        assert!(subject.starts_with("Plateforme"), "{subject}");
        assert!(
            subject.ends_with("\u{a0}: en cours → en fonctionnement"),
            "{subject}"
        );
        assert!(subject.chars().count() <= SUBJECT_MAX, "{subject}");
        assert_eq!(lines.next(), Some(""));
        assert_eq!(
            lines.next(),
            Some("Étang de Thau / Mobilité des publics en insertion")
        );
        assert_eq!(
            incoming_summary(Lang::Fr, &[c]).unwrap(),
            "1 action mise à jour par d'autres"
        );
        assert_eq!(commit_message(&[], None), None);
    }

    #[test]
    fn french_agrees_in_gender_and_number() {
        let c = group_change(&GROUP.replacen("due: \"2025-12-31\"", "due: \"2026-06-30\"", 1));
        let msg = commit_message(&[c], None).unwrap();
        assert!(msg.contains("échéance au 30/06/2026"), "{msg}");
        let c = group_change(&GROUP.replacen(
            "objectives: \"",
            "objectives: \"Nouveaux objectifs. ",
            1,
        ));
        let msg = commit_message(&[c], None).unwrap();
        assert!(msg.contains("objectifs modifiés"), "{msg}");
        assert!(!msg.contains("(s)"), "{msg}");
    }

    #[test]
    fn several_files_name_governance_and_referential() {
        let c = group_change(
            &GROUP
                .replace("progress: 60", "progress: 70")
                .replace("progress: 10", "progress: 15"),
        );
        let gov = diff_texts(Path::new("governance.ron"), None, Some("(version: 1)")).unwrap();
        let msg = commit_message(&[c.clone(), gov.clone()], None).unwrap();
        let subject = msg.lines().next().unwrap();
        assert_eq!(subject, "1 groupe mis à jour et gouvernance modifiée");
        assert_eq!(
            incoming_summary(Lang::Fr, &[c.clone(), gov.clone()]).unwrap(),
            "2 actions mises à jour et gouvernance modifiée par d'autres"
        );
        assert_eq!(
            incoming_summary(Lang::En, &[c, gov]).unwrap(),
            "2 actions updated and governance changed by others"
        );
    }

    #[test]
    fn a_long_title_is_cut_to_fit_the_subject() {
        let long = "Plateforme d'information et d'orientation vers les solutions de mobilité du bassin de Thau et de ses communes";
        let new = GROUP
            .replacen("status: \"in-progress\"", "status: \"done\"", 1)
            .replacen(
                "title: \"Plateforme d'information « mobilité » du bassin de Thau\"",
                &format!("title: \"{long}\""),
                1,
            );
        let c = group_change(&new);
        let subject = commit_message(&[c], None)
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .to_string();
        assert!(subject.chars().count() <= SUBJECT_MAX, "{subject}");
        assert!(subject.contains('…'), "{subject}");
    }

    #[test]
    fn a_move_is_a_move() {
        let changes = diff_files(vec![
            ("groups/mobilite-thau.ron".into(), Some(GROUP.into()), None),
            (
                "groups/thau/mobilite-thau.ron".into(),
                None,
                Some(GROUP.into()),
            ),
        ]);
        let msg = commit_message(&changes, None).unwrap();
        assert!(msg.starts_with("Groupe «\u{a0}Mobilité"), "{msg}");
        assert!(msg.contains("déplacé"), "{msg}");
        assert_eq!(
            incoming_summary(Lang::Fr, &changes).unwrap(),
            "1 groupe déplacé par d'autres"
        );
    }

    #[test]
    fn control_characters_never_reach_a_message() {
        let new = GROUP
            .replacen("status: \"in-progress\"", "status: \"done\"", 1)
            .replacen(
                "title: \"Plateforme",
                "title: \"\\u{1b}]0;pwned\\u{7}Plateforme\\u{202e}",
                1,
            );
        let msg = commit_message(&[group_change(&new)], None).unwrap();
        assert!(
            !msg.chars()
                .any(|c| c != '\n' && crate::store::format::is_hidden_char(c)),
            "{msg:?}"
        );
    }
}
