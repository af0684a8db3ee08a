//! Fuzzy, accent-insensitive search across groups, actions, indicators and
//! journal text.

use crate::domain::Id;
use crate::store::Workspace;

/// Where a search hit leads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A group page.
    Group(Id),
    /// An action page.
    Action(Id, Id),
    /// An indicator, on its action page.
    Indicator(Id, Id, Id),
    /// A journal entry (by index), on its action page.
    Journal(Id, Id, usize),
}

/// What kind of thing a hit is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum HitKind {
    /// A working group.
    Group,
    /// An action.
    Action,
    /// An indicator.
    Indicator,
    /// A journal entry.
    Journal,
}

/// One search result.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// Kind of result.
    pub kind: HitKind,
    /// Where Enter leads.
    pub target: Target,
    /// Text shown (raw; sanitised when drawn).
    pub label: String,
    /// Where it is (group name, raw).
    pub context: String,
    /// Higher is better.
    pub score: i64,
}

/// Lowercase ASCII folding: accents removed, punctuation to spaces.
pub fn normalize(s: &str) -> String {
    let ascii = deunicode::deunicode(s);
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

/// Scores `haystack` (already normalised) against the query words (already
/// normalised); `None` when a word does not match.
pub fn score(words: &[&str], haystack: &str) -> Option<i64> {
    if words.is_empty() {
        return None;
    }
    let mut total = 0i64;
    for w in words {
        if let Some(pos) = haystack.find(w) {
            let word_start = pos == 0 || haystack.as_bytes().get(pos - 1) == Some(&b' ');
            total += 100 + if word_start { 50 } else { 0 } + w.len() as i64 * 5;
        } else {
            total += subsequence(w, haystack)?;
        }
    }
    Some(total - haystack.len() as i64 / 8)
}

/// A fuzzy match of `needle`'s characters in order; fewer gaps score higher.
fn subsequence(needle: &str, hay: &str) -> Option<i64> {
    if needle.len() < 3 {
        return None;
    }
    let hb = hay.as_bytes();
    let mut i = 0;
    let mut gaps = 0i64;
    let mut started = false;
    for &c in needle.as_bytes() {
        let mut found = false;
        while i < hb.len() {
            let h = hb[i];
            i += 1;
            if h == c {
                found = true;
                started = true;
                break;
            }
            if started {
                gaps += 1;
            }
        }
        if !found {
            return None;
        }
    }
    // Only near misses (a typo, a missing letter), not letters spread
    // across unrelated words.
    let allowed = (needle.len() as i64 / 3).max(1);
    (gaps <= allowed).then_some(40 - gaps * 3)
}

/// Searches the workspace; best hits first, at most `limit`.
pub fn search(ws: &Workspace, query: &str, limit: usize) -> Vec<Hit> {
    let q = normalize(query);
    let words: Vec<&str> = q.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let mut push = |kind, target, label: &str, context: &str, extra: &str, bonus: i64| {
        let hay = normalize(&format!("{label} {extra}"));
        if let Some(s) = score(&words, &hay) {
            hits.push(Hit {
                kind,
                target,
                label: label.to_string(),
                context: context.to_string(),
                score: s + bonus,
            });
        }
    };
    for g in &ws.groups {
        push(
            HitKind::Group,
            Target::Group(g.id.clone()),
            &g.name,
            "",
            g.id.as_str(),
            30,
        );
        for a in &g.actions {
            push(
                HitKind::Action,
                Target::Action(g.id.clone(), a.id.clone()),
                &a.title,
                &g.name,
                a.id.as_str(),
                20,
            );
            for i in &a.indicators {
                push(
                    HitKind::Indicator,
                    Target::Indicator(g.id.clone(), a.id.clone(), i.id.clone()),
                    &i.label,
                    &a.title,
                    "",
                    10,
                );
            }
            for (n, j) in a.journal.iter().enumerate() {
                push(
                    HitKind::Journal,
                    Target::Journal(g.id.clone(), a.id.clone(), n),
                    &j.text,
                    &a.title,
                    "",
                    0,
                );
            }
        }
    }
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.kind.cmp(&b.kind))
            .then(a.label.cmp(&b.label))
    });
    hits.truncate(limit);
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accent_and_punctuation_insensitive() {
        let hay = normalize("Réseau Digi'Thau");
        assert_eq!(hay, "reseau digi thau");
        assert!(score(&["digi", "thau"], &hay).is_some());
        assert!(score(&["reseau"], &normalize("RÉSEAU")).is_some());
        assert!(score(&["mobilte"], &normalize("Mobilité des publics")).is_some());
        assert!(score(&["xyz"], &hay).is_none());
        assert!(score(&["digi"], &normalize("Garage solidaire garage-solidaire")).is_none());
    }

    #[test]
    fn substring_beats_subsequence() {
        let a = score(&["mob"], &normalize("mobilite")).unwrap();
        let b = score(&["mob"], &normalize("m o b")).unwrap_or(0);
        assert!(a > b);
    }
}
