//! Commit messages and summaries generated from a semantic diff.

use super::diff::{Change, FileChange};
use crate::domain::Referential;

/// Longest subject line written, in characters.
pub const SUBJECT_MAX: usize = 120;

/// A commit message for `changes`: a subject line (the change itself when
/// one file changed, e.g. `Biterrois / ESS et IAE : a31 en fonctionnement →
/// totalement réalisée`), then one line per file. `None` when nothing changed.
pub fn commit_message(changes: &[FileChange], referential: Option<&Referential>) -> Option<String> {
    let lines: Vec<String> = changes.iter().map(|c| c.summary(referential)).collect();
    let subject = match lines.as_slice() {
        [] => return None,
        [one] => one.clone(),
        _ => {
            let groups = changes
                .iter()
                .filter(|c| matches!(c.change, Change::Group(_)))
                .count();
            let others = changes.len() - groups;
            let mut parts = Vec::new();
            if groups > 0 {
                parts.push(format!(
                    "{groups} groupe{} mis à jour",
                    if groups > 1 { "s" } else { "" }
                ));
            }
            if others > 0 {
                parts.push(format!(
                    "{others} autre{} fichier{}",
                    if others > 1 { "s" } else { "" },
                    if others > 1 { "s" } else { "" }
                ));
            }
            format!("pacte : {}", parts.join(", "))
        }
    };
    let subject = truncate(&subject, SUBJECT_MAX);
    let mut msg = subject.clone();
    let full = lines.len() > 1 || lines.first().is_some_and(|l| *l != subject);
    if full {
        msg.push_str("\n\n");
        for l in &lines {
            msg.push_str("- ");
            msg.push_str(l);
            msg.push('\n');
        }
    }
    Some(msg)
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

/// `3 actions mises à jour par d'autres` (and groups created or other files),
/// or `None` when nothing came in.
pub fn incoming_summary(changes: &[FileChange]) -> Option<String> {
    if changes.is_empty() {
        return None;
    }
    let actions: usize = changes.iter().map(FileChange::actions_touched).sum();
    let others = changes.iter().filter(|c| c.actions_touched() == 0).count();
    let mut parts = Vec::new();
    if actions > 0 {
        parts.push(if actions == 1 {
            "1 action mise à jour".to_string()
        } else {
            format!("{actions} actions mises à jour")
        });
    }
    if others > 0 {
        parts.push(if others == 1 {
            "1 autre fichier modifié".to_string()
        } else {
            format!("{others} autres fichiers modifiés")
        });
    }
    Some(format!("{} par d'autres", parts.join(" et ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::diff::diff_texts;
    use std::path::Path;

    const GROUP: &str = include_str!("../../tests/fixtures/ws/groups/mobilite-thau.ron");

    #[test]
    fn one_change_is_the_subject() {
        let new = GROUP.replace("status: \"in-progress\"", "status: \"operating\"");
        let c = diff_texts(
            Path::new("groups/mobilite-thau.ron"),
            Some(GROUP),
            Some(&new),
        )
        .unwrap();
        assert_eq!(
            commit_message(std::slice::from_ref(&c), None).unwrap(),
            "etang-de-thau / Mobilité des publics en insertion : plateforme-mobilite en cours → en fonctionnement"
        );
        assert_eq!(
            incoming_summary(&[c]).unwrap(),
            "1 action mise à jour par d'autres"
        );
        assert_eq!(commit_message(&[], None), None);
    }

    #[test]
    fn several_changes_are_listed() {
        let new = GROUP
            .replace("progress: 60", "progress: 70")
            .replace("progress: 10", "progress: 15");
        let c = diff_texts(
            Path::new("groups/mobilite-thau.ron"),
            Some(GROUP),
            Some(&new),
        )
        .unwrap();
        let gov = diff_texts(Path::new("governance.ron"), None, Some("(version: 1)")).unwrap();
        let msg = commit_message(&[c.clone(), gov.clone()], None).unwrap();
        assert!(
            msg.starts_with("pacte : 1 groupe mis à jour, 1 autre fichier\n\n- etang-de-thau"),
            "{msg}"
        );
        assert_eq!(
            incoming_summary(&[c, gov]).unwrap(),
            "2 actions mises à jour et 1 autre fichier modifié par d'autres"
        );
        assert_eq!(truncate("abcdef", 4), "abc…");
    }
}
