//! Fuzzy, accent-insensitive search across groups, actions, indicators and
//! journal text.

use crate::domain::{Group, Id, Referential};
use crate::store::Workspace;
use std::sync::Arc;

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
    Query::new(words).score(haystack)
}

/// The query words, each with its substring finder built once for every
/// text it is matched against.
struct Query<'a> {
    words: Vec<(&'a str, memchr::memmem::Finder<'a>)>,
}

impl<'a> Query<'a> {
    fn new(words: &[&'a str]) -> Query<'a> {
        Query {
            words: words
                .iter()
                .map(|w| (*w, memchr::memmem::Finder::new(w.as_bytes())))
                .collect(),
        }
    }

    /// See [`score`].
    fn score(&self, haystack: &str) -> Option<i64> {
        if self.words.is_empty() {
            return None;
        }
        let hb = haystack.as_bytes();
        let mut total = 0i64;
        for (w, finder) in &self.words {
            if let Some(pos) = finder.find(hb) {
                let word_start = pos == 0 || hb.get(pos - 1) == Some(&b' ');
                total += 100 + if word_start { 50 } else { 0 } + w.len() as i64 * 5;
            } else {
                total += subsequence(w, haystack)?;
            }
        }
        Some(total - haystack.len() as i64 / 8)
    }
}

/// A fuzzy match of `needle`'s characters in order, from the first
/// occurrence of its first character; fewer gaps score higher.
fn subsequence(needle: &str, hay: &str) -> Option<i64> {
    if needle.len() < 3 {
        return None;
    }
    // Only near misses (a typo, a missing letter), not letters spread
    // across unrelated words.
    let allowed = (needle.len() as i64 / 3).max(1);
    let hb = hay.as_bytes();
    let (&first, rest) = needle.as_bytes().split_first()?;
    let mut i = memchr::memchr(first, hb)? + 1;
    let mut gaps = 0i64;
    for &c in rest {
        loop {
            let h = *hb.get(i)?;
            i += 1;
            if h == c {
                break;
            }
            gaps += 1;
            // Gaps only grow: past the allowance, no match.
            if gaps > allowed {
                return None;
            }
        }
    }
    Some(40 - gaps * 3)
}

/// From how many texts a search is scored on two threads.
const PARALLEL_FROM: usize = 50_000;

/// One searchable text of the workspace, normalised once.
#[derive(Clone, Debug, PartialEq)]
struct Entry {
    kind: HitKind,
    /// Index of the group in `Workspace::groups`.
    group: usize,
    /// Index of the action in the group (unused for a group).
    action: usize,
    /// Index of the indicator or journal entry in the action.
    item: usize,
    /// Normalised label and extra words.
    hay: String,
    /// Added to the score: groups before actions before indicators…
    bonus: i64,
}

/// The normalised texts of a workspace, built once per search popup so
/// that each keystroke only matches (20 000 actions: a few ms).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// What is searched: the groups, and the referential for the names of
/// their territories.
#[derive(Clone, Copy, Debug)]
pub struct Corpus<'a> {
    /// The groups, in the workspace's order.
    pub groups: &'a [Arc<Group>],
    /// The referential.
    pub referential: Option<&'a Referential>,
}

impl<'a> Corpus<'a> {
    /// The workspace's.
    pub fn of(ws: &'a Workspace) -> Corpus<'a> {
        Corpus {
            groups: &ws.groups,
            referential: ws.referential.as_ref(),
        }
    }
}

/// A search to run off the event loop: the query, the index when it is
/// built, and the data (the groups shared, not copied).
#[derive(Clone, Debug)]
pub struct SearchJob {
    /// What is typed.
    pub query: String,
    /// The popup's index (`None`: built by the job).
    pub index: Option<Arc<SearchIndex>>,
    /// The popup's epoch (see `SearchState::epoch`).
    pub epoch: u64,
    /// The groups.
    pub groups: Vec<Arc<Group>>,
    /// The referential.
    pub referential: Option<Referential>,
    /// At most this many hits.
    pub limit: usize,
}

/// What a [`SearchJob`] found.
#[derive(Clone, Debug)]
pub struct Found {
    /// The query it ran.
    pub query: String,
    /// Best hits first.
    pub hits: Vec<Hit>,
    /// The index it used (built if it had none).
    pub index: Arc<SearchIndex>,
    /// The epoch it was sent at.
    pub epoch: u64,
}

impl SearchJob {
    /// Runs the search.
    pub fn run(self) -> Found {
        let corpus = Corpus {
            groups: &self.groups,
            referential: self.referential.as_ref(),
        };
        let index = self
            .index
            .unwrap_or_else(|| Arc::new(SearchIndex::build_in(corpus)));
        let hits = index.search_in(corpus, &self.query, self.limit);
        Found {
            query: self.query,
            hits,
            index,
            epoch: self.epoch,
        }
    }
}

/// The names of a group's territories, joined.
fn territories(r: Option<&Referential>, g: &Group) -> String {
    let names: Vec<&str> = g
        .territories
        .iter()
        .map(|t| r.map_or(t.as_str(), |r| r.territory_name(t)))
        .collect();
    names.join(", ")
}

impl SearchIndex {
    /// Normalises every group name, action title, indicator label and
    /// journal text of `ws`.
    pub fn build(ws: &Workspace) -> SearchIndex {
        SearchIndex::build_in(Corpus::of(ws))
    }

    /// [`SearchIndex::build`] on `corpus`.
    pub fn build_in(corpus: Corpus<'_>) -> SearchIndex {
        let mut entries = Vec::new();
        let mut hay = String::new();
        for (gi, g) in corpus.groups.iter().enumerate() {
            hay.clear();
            hay.push_str(&g.name);
            hay.push(' ');
            hay.push_str(g.id.as_str());
            // Several groups share a name ("Mobilité"): the territory tells
            // them apart, and can be typed too.
            hay.push(' ');
            hay.push_str(&territories(corpus.referential, g));
            entries.push(Entry {
                kind: HitKind::Group,
                group: gi,
                action: 0,
                item: 0,
                hay: normalize(&hay),
                bonus: 30,
            });
            for (ai, a) in g.actions.iter().enumerate() {
                hay.clear();
                hay.push_str(&a.title);
                hay.push(' ');
                hay.push_str(a.id.as_str());
                entries.push(Entry {
                    kind: HitKind::Action,
                    group: gi,
                    action: ai,
                    item: 0,
                    hay: normalize(&hay),
                    bonus: 20,
                });
                for (ii, i) in a.indicators.iter().enumerate() {
                    entries.push(Entry {
                        kind: HitKind::Indicator,
                        group: gi,
                        action: ai,
                        item: ii,
                        hay: normalize(&i.label),
                        bonus: 10,
                    });
                }
                for (ji, j) in a.journal.iter().enumerate() {
                    entries.push(Entry {
                        kind: HitKind::Journal,
                        group: gi,
                        action: ai,
                        item: ji,
                        hay: normalize(&j.text),
                        bonus: 0,
                    });
                }
            }
        }
        SearchIndex { entries }
    }

    /// Best hits first, at most `limit`; `ws` must be the workspace the
    /// index was built from (entries it no longer has are skipped).
    pub fn search(&self, ws: &Workspace, query: &str, limit: usize) -> Vec<Hit> {
        self.search_in(Corpus::of(ws), query, limit)
    }

    /// [`SearchIndex::search`] on `corpus` (the one it was built from).
    pub fn search_in(&self, corpus: Corpus<'_>, query: &str, limit: usize) -> Vec<Hit> {
        let q = normalize(query);
        let words: Vec<&str> = q.split_whitespace().collect();
        if words.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Score first; build the (allocating) hits for the best ones only.
        let mut scored = self.score_all(&words);
        let mut hits: Vec<Hit> = Vec::new();
        let rank = |a: &(i64, usize), b: &(i64, usize)| {
            b.0.cmp(&a.0)
                .then(self.entries[a.1].kind.cmp(&self.entries[b.1].kind))
        };
        // Ties at the cut are decided by label below: keep them all.
        if scored.len() > limit {
            scored.select_nth_unstable_by(limit - 1, rank);
            let cut = scored[limit - 1];
            let (head, tail) = scored.split_at_mut(limit);
            let ties: Vec<(i64, usize)> = tail
                .iter()
                .copied()
                .filter(|x| rank(x, &cut).is_eq())
                .collect();
            let mut keep = head.to_vec();
            keep.extend(ties);
            scored = keep;
        }
        for (s, n) in scored {
            if let Some(h) = self.hit(corpus, &self.entries[n], s) {
                hits.push(h);
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

    /// Every matching entry, with its score: on two threads for a large
    /// workspace (the texts are split in two halves; the result is the
    /// same as on one).
    fn score_all(&self, words: &[&str]) -> Vec<(i64, usize)> {
        let run = |from: usize, part: &[Entry]| {
            let q = Query::new(words);
            part.iter()
                .enumerate()
                .filter_map(|(n, e)| q.score(&e.hay).map(|s| (s + e.bonus, from + n)))
                .collect::<Vec<_>>()
        };
        if self.entries.len() < PARALLEL_FROM {
            return run(0, &self.entries);
        }
        let half = self.entries.len() / 2;
        let (a, b) = self.entries.split_at(half);
        std::thread::scope(|s| {
            let other = s.spawn(|| run(half, b));
            let mut mine = run(0, a);
            match other.join() {
                Ok(theirs) => mine.extend(theirs),
                // Never seen: the second half scored here instead.
                Err(_) => mine.extend(run(half, b)),
            }
            mine
        })
    }

    fn hit(&self, corpus: Corpus<'_>, e: &Entry, score: i64) -> Option<Hit> {
        let g = corpus.groups.get(e.group)?;
        let (target, label, context) = match e.kind {
            HitKind::Group => (
                Target::Group(g.id.clone()),
                g.name.clone(),
                territories(corpus.referential, g),
            ),
            HitKind::Action => {
                let a = g.actions.get(e.action)?;
                (
                    Target::Action(g.id.clone(), a.id.clone()),
                    a.title.clone(),
                    g.name.clone(),
                )
            }
            HitKind::Indicator => {
                let a = g.actions.get(e.action)?;
                let i = a.indicators.get(e.item)?;
                (
                    Target::Indicator(g.id.clone(), a.id.clone(), i.id.clone()),
                    i.label.clone(),
                    a.title.clone(),
                )
            }
            HitKind::Journal => {
                let a = g.actions.get(e.action)?;
                let j = a.journal.get(e.item)?;
                (
                    Target::Journal(g.id.clone(), a.id.clone(), e.item),
                    j.text.clone(),
                    a.title.clone(),
                )
            }
        };
        Some(Hit {
            kind: e.kind,
            target,
            label,
            context,
            score,
        })
    }
}

/// Searches the workspace; best hits first, at most `limit`.
pub fn search(ws: &Workspace, query: &str, limit: usize) -> Vec<Hit> {
    SearchIndex::build(ws).search(ws, query, limit)
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
