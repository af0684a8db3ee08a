//! The 3-way merge primitives: single values, sets of ids, lists keyed by id.
//!
//! A [`Merger`] walks the three versions of a value (base, ours, theirs) and
//! builds the merged one. Where both sides changed the same thing
//! differently it records a [`RawConflict`] at the path of the merged value
//! and takes the value of its [`Side`]: merging twice, once per side, gives
//! the two texts whose differing lines become the conflict blocks.

/// Which side a conflicting value is taken from when the merged value is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The version being merged into (git's `%A`).
    Ours,
    /// The version merged in (git's `%B`).
    Theirs,
}

/// One step of a path into a merged value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// A field of a struct.
    Field(&'static str),
    /// An item of a list, by its position in the merged list.
    Index(usize),
}

/// What kind of conflict was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawKind {
    /// Both sides changed the value differently.
    Value,
    /// One side deleted an item the other edited; `ours_kept` tells which
    /// side still has it. The merged list keeps the edited item.
    Presence {
        /// True when ours kept (and edited) the item, theirs deleted it.
        ours_kept: bool,
    },
}

/// A conflict at a path of the merged value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawConflict {
    /// Where, in the merged value.
    pub path: Vec<Step>,
    /// What kind.
    pub kind: RawKind,
}

/// Builds a merged value and collects its conflicts.
#[derive(Debug)]
pub struct Merger {
    side: Side,
    path: Vec<Step>,
    conflicts: Vec<RawConflict>,
}

/// How a merged list is ordered.
#[derive(Clone, Copy)]
pub enum Order<K> {
    /// Ours' order, theirs' new items after their predecessor.
    Ours,
    /// As [`Order::Ours`], then stably sorted with this comparison when both
    /// sides were sorted by it (files kept in date order stay so).
    SortedBy(fn(&K, &K) -> std::cmp::Ordering),
}

impl Merger {
    /// A merger that resolves conflicts provisionally with `side`.
    pub fn new(side: Side) -> Merger {
        Merger {
            side,
            path: Vec::new(),
            conflicts: Vec::new(),
        }
    }

    /// The conflicts found so far.
    pub fn conflicts(&self) -> &[RawConflict] {
        &self.conflicts
    }

    /// Takes the conflicts found.
    pub fn into_conflicts(self) -> Vec<RawConflict> {
        self.conflicts
    }

    fn conflict(&mut self, last: Step, kind: RawKind) {
        let mut path = self.path.clone();
        path.push(last);
        self.conflicts.push(RawConflict { path, kind });
    }

    fn pick<T: Clone>(&self, ours: &T, theirs: &T) -> T {
        match self.side {
            Side::Ours => ours.clone(),
            Side::Theirs => theirs.clone(),
        }
    }

    /// Runs `f` inside the struct field `name` (for nested structs).
    pub fn within<T>(&mut self, name: &'static str, f: impl FnOnce(&mut Merger) -> T) -> T {
        self.path.push(Step::Field(name));
        let out = f(self);
        self.path.pop();
        out
    }

    /// Merges one value, compared as a whole: a change on one side is taken,
    /// different changes on both sides are a conflict.
    pub fn value<T: PartialEq + Clone>(
        &mut self,
        name: &'static str,
        base: Option<&T>,
        ours: &T,
        theirs: &T,
    ) -> T {
        if let Some(v) = trivial(base, ours, theirs) {
            return v;
        }
        self.conflict(Step::Field(name), RawKind::Value);
        self.pick(ours, theirs)
    }

    /// Merges a set (ids, short texts): items added on either side are kept,
    /// items removed on either side are removed; never a conflict. Duplicates
    /// are dropped.
    pub fn set<T: PartialEq + Clone>(
        &mut self,
        base: Option<&[T]>,
        ours: &[T],
        theirs: &[T],
        order: Order<T>,
    ) -> Vec<T> {
        if let Some(v) = trivial(
            base.map(<[T]>::to_vec).as_ref(),
            &ours.to_vec(),
            &theirs.to_vec(),
        ) {
            return v;
        }
        let in_base = |x: &T| base.is_some_and(|b| b.contains(x));
        let mut out: Vec<T> = Vec::new();
        for x in merge_order(ours, theirs) {
            let keep = !in_base(&x) || (ours.contains(&x) && theirs.contains(&x));
            if keep && !out.contains(&x) {
                out.push(x);
            }
        }
        if let Order::SortedBy(cmp) = order
            && is_sorted(ours, cmp)
            && is_sorted(theirs, cmp)
        {
            out.sort_by(cmp);
        }
        out
    }

    /// Merges a list of items identified by `key`: items are matched by key
    /// and merged with `item`; an item added on one side is kept; deleted on
    /// one side and untouched on the other, it is deleted; deleted on one
    /// side and edited on the other, it is a conflict. When a side holds the
    /// same key twice, the list is merged as one value.
    pub fn keyed<T, K>(
        &mut self,
        name: &'static str,
        lists: (Option<&[T]>, &[T], &[T]),
        key: impl Fn(&T) -> K,
        order: Order<K>,
        item: impl FnMut(&mut Merger, Option<&T>, &T, &T) -> T,
    ) -> Vec<T>
    where
        T: PartialEq + Clone,
        K: PartialEq + Clone,
    {
        let (base, ours, theirs) = lists;
        let keys = (
            base.unwrap_or(&[]).iter().map(&key).collect(),
            ours.iter().map(&key).collect(),
            theirs.iter().map(&key).collect(),
        );
        self.keyed_by(name, lists, keys, order, item)
    }

    /// [`Merger::keyed`] with the keys of the three lists given, item by
    /// item, for keys that depend on an item's place (its rank among items
    /// alike).
    pub fn keyed_by<T, K>(
        &mut self,
        name: &'static str,
        lists: (Option<&[T]>, &[T], &[T]),
        keys: (Vec<K>, Vec<K>, Vec<K>),
        order: Order<K>,
        mut item: impl FnMut(&mut Merger, Option<&T>, &T, &T) -> T,
    ) -> Vec<T>
    where
        T: PartialEq + Clone,
        K: PartialEq + Clone,
    {
        let (base, ours, theirs) = lists;
        let as_vec = |l: &[T]| l.to_vec();
        if let Some(v) = trivial(base.map(as_vec).as_ref(), &as_vec(ours), &as_vec(theirs)) {
            return v;
        }
        let (kb, ko, kt) = keys;
        if has_duplicates(&kb) || has_duplicates(&ko) || has_duplicates(&kt) {
            let b = base.map(as_vec);
            return self.value(name, b.as_ref(), &as_vec(ours), &as_vec(theirs));
        }
        let find = |keys: &[K], k: &K| keys.iter().position(|x| x == k);
        let mut keys = merge_order(&ko, &kt);
        if let Order::SortedBy(cmp) = order
            && is_sorted(&ko, cmp)
            && is_sorted(&kt, cmp)
        {
            keys.sort_by(cmp);
        }
        // Decide which items stay, and from where.
        enum Plan<'a, T> {
            Merge(Option<&'a T>, &'a T, &'a T),
            Keep(&'a T, Option<RawKind>),
        }
        let mut plans: Vec<Plan<'_, T>> = Vec::new();
        let base_items = base.unwrap_or(&[]);
        for k in &keys {
            let b = find(&kb, k).map(|i| &base_items[i]);
            let o = find(&ko, k).map(|i| &ours[i]);
            let t = find(&kt, k).map(|i| &theirs[i]);
            match (b, o, t) {
                (b, Some(o), Some(t)) => plans.push(Plan::Merge(b, o, t)),
                (None, Some(x), None) | (None, None, Some(x)) => plans.push(Plan::Keep(x, None)),
                (Some(b), Some(o), None) if b != o => {
                    plans.push(Plan::Keep(o, Some(RawKind::Presence { ours_kept: true })))
                }
                (Some(b), None, Some(t)) if b != t => {
                    plans.push(Plan::Keep(t, Some(RawKind::Presence { ours_kept: false })))
                }
                _ => {}
            }
        }
        self.path.push(Step::Field(name));
        let mut out = Vec::with_capacity(plans.len());
        for (i, plan) in plans.into_iter().enumerate() {
            match plan {
                Plan::Merge(b, o, t) => {
                    let merged = match trivial(b, o, t) {
                        Some(v) => v,
                        None => {
                            self.path.push(Step::Index(i));
                            let v = item(self, b, o, t);
                            self.path.pop();
                            v
                        }
                    };
                    out.push(merged);
                }
                Plan::Keep(x, conflict) => {
                    if let Some(kind) = conflict {
                        self.conflict(Step::Index(i), kind);
                    }
                    out.push(x.clone());
                }
            }
        }
        self.path.pop();
        out
    }
}

/// The merged value when no real merge is needed: both sides equal, or one
/// side unchanged from the base.
pub fn trivial<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T) -> Option<T> {
    if ours == theirs || base == Some(theirs) {
        Some(ours.clone())
    } else if base == Some(ours) {
        Some(theirs.clone())
    } else {
        None
    }
}

fn has_duplicates<K: PartialEq>(keys: &[K]) -> bool {
    keys.iter().enumerate().any(|(i, k)| keys[..i].contains(k))
}

fn is_sorted<K>(keys: &[K], cmp: fn(&K, &K) -> std::cmp::Ordering) -> bool {
    keys.windows(2)
        .all(|w| cmp(&w[0], &w[1]) != std::cmp::Ordering::Greater)
}

/// The order of a merged list: ours' order, with each of theirs' new items
/// inserted after its predecessor in theirs, past the items only ours has
/// (so that ours' additions come first, as if ours' edit was made first).
pub fn merge_order<K: PartialEq + Clone>(ours: &[K], theirs: &[K]) -> Vec<K> {
    let mut out: Vec<K> = ours.to_vec();
    let mut prev: Option<usize> = None;
    for t in theirs {
        if let Some(p) = out.iter().position(|k| k == t) {
            prev = Some(p);
            continue;
        }
        let mut at = prev.map_or(0, |p| p + 1);
        while at < out.len() && !theirs.contains(&out[at]) {
            at += 1;
        }
        out.insert(at, t.clone());
        prev = Some(at);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_keeps_ours_and_inserts_theirs_after_predecessor() {
        assert_eq!(merge_order(&[1, 2, 3], &[1, 2, 3]), [1, 2, 3]);
        // Both appended: ours' first.
        assert_eq!(merge_order(&[1, 2, 4], &[1, 2, 5]), [1, 2, 4, 5]);
        // Theirs inserted in the middle.
        assert_eq!(merge_order(&[1, 2, 3], &[1, 9, 2, 3]), [1, 9, 2, 3]);
        // Theirs at the front, after ours' own front additions.
        assert_eq!(merge_order(&[7, 1], &[8, 1]), [7, 8, 1]);
        // Several new items keep their order.
        assert_eq!(merge_order(&[1], &[1, 5, 6]), [1, 5, 6]);
    }

    #[test]
    fn value_takes_the_changed_side_or_conflicts() {
        let mut m = Merger::new(Side::Ours);
        assert_eq!(m.value("a", Some(&1), &1, &2), 2);
        assert_eq!(m.value("a", Some(&1), &3, &1), 3);
        assert_eq!(m.value("a", Some(&1), &4, &4), 4);
        assert!(m.conflicts().is_empty());
        assert_eq!(m.value("a", Some(&1), &5, &6), 5);
        assert_eq!(m.value("b", None, &5, &6), 5);
        assert_eq!(m.conflicts().len(), 2);
        let mut m = Merger::new(Side::Theirs);
        assert_eq!(m.value("a", Some(&1), &5, &6), 6);
    }

    #[test]
    fn set_union_and_removal() {
        let mut m = Merger::new(Side::Ours);
        let b = ["a", "b", "c"];
        assert_eq!(
            m.set(
                Some(&b),
                &["a", "b", "c", "d"],
                &["a", "c", "e"],
                Order::Ours
            ),
            ["a", "c", "d", "e"]
        );
        assert_eq!(
            m.set(None, &["x", "y"], &["y", "z"], Order::Ours),
            ["x", "y", "z"]
        );
        assert!(m.conflicts().is_empty());
    }

    #[test]
    fn keyed_delete_against_edit_is_a_conflict() {
        let mut m = Merger::new(Side::Ours);
        let base = [(1, 'a'), (2, 'b')];
        let ours = [(1, 'a')];
        let theirs = [(1, 'a'), (2, 'B')];
        let out = m.keyed(
            "l",
            (Some(&base), &ours, &theirs),
            |x| x.0,
            Order::Ours,
            |m, b, o, t| (o.0, m.value("v", b.map(|b| &b.1), &o.1, &t.1)),
        );
        assert_eq!(out, [(1, 'a'), (2, 'B')]);
        assert_eq!(
            m.conflicts(),
            [RawConflict {
                path: vec![Step::Field("l"), Step::Index(1)],
                kind: RawKind::Presence { ours_kept: false }
            }]
        );
        // Deleted on one side, untouched on the other: deleted.
        let mut m = Merger::new(Side::Ours);
        let out = m.keyed(
            "l",
            (Some(&base), &ours, &base),
            |x| x.0,
            Order::Ours,
            |_, _, o, _| *o,
        );
        assert_eq!(out, [(1, 'a')]);
        assert!(m.conflicts().is_empty());
    }

    #[test]
    fn keyed_with_duplicate_keys_merges_as_one_value() {
        let mut m = Merger::new(Side::Ours);
        let base = [(1, 'a')];
        let out = m.keyed(
            "l",
            (Some(&base), &[(1, 'a'), (1, 'b')], &[(1, 'c')]),
            |x| x.0,
            Order::Ours,
            |_, _, o, _| *o,
        );
        assert_eq!(out, [(1, 'a'), (1, 'b')]);
        assert_eq!(m.conflicts()[0].path, [Step::Field("l")]);
    }

    #[test]
    fn sorted_lists_stay_sorted() {
        let mut m = Merger::new(Side::Ours);
        let out = m.set(
            Some(&[1, 5]),
            &[1, 5, 7],
            &[1, 3, 5],
            Order::SortedBy(|a: &i32, b: &i32| a.cmp(b)),
        );
        assert_eq!(out, [1, 3, 5, 7]);
    }
}
