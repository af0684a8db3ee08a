//! Reading a workspace's group files on every core, each stamped before
//! it is read, through the cache of parsed files when there is one.

use super::{Stamp, stamp};
use crate::diag::Diagnostic;
use crate::store::read::read_file;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A file read and parsed, with its stamp taken before the read (a change
/// during the read shows as a newer stamp).
pub(super) struct Stamped<T> {
    pub(super) stamp: Option<Stamp>,
    pub(super) read: crate::store::read::Loaded<T>,
    /// The text was let go once parsed (see [`read_all`]'s `lean`).
    pub(super) dropped: bool,
    /// What [`read_all`]'s `check` made of the file, if it ran.
    pub(super) checked: Option<Vec<Diagnostic>>,
}

/// What a reader does with a file it parsed while its text is in hand
/// (`pacte check`: the located findings of a group, see
/// [`super::Workspace::open_checked`]); it may finish the value as the
/// loader would (upgrade it).
pub(super) type CheckFile<'a, T> =
    dyn Fn(&Path, &mut T, &str) -> Option<Vec<Diagnostic>> + Sync + 'a;

pub(super) fn read_stamped<T: serde::de::DeserializeOwned>(root: &Path, rel: &Path) -> Stamped<T> {
    Stamped {
        stamp: stamp(&root.join(rel)),
        read: read_file::<T>(root, rel),
        dropped: false,
        checked: None,
    }
}

/// How far an opening workspace is: files to read, files read.
#[derive(Debug, Default)]
pub struct Progress {
    /// Group files found.
    pub total: AtomicUsize,
    /// Group files read and parsed.
    pub done: AtomicUsize,
}

/// [`read_stamped`], taking the parsed value from `cache` when the bytes
/// read hash to an entry, and keeping there what parsed without a single
/// diagnostic.
fn read_cached<T: serde::de::DeserializeOwned + serde::Serialize>(
    root: &Path,
    rel: &Path,
    cache: Option<&crate::store::cache::Cache>,
) -> Stamped<T> {
    let Some(cache) = cache else {
        return read_stamped(root, rel);
    };
    let stamp = stamp(&root.join(rel));
    let mut diagnostics = Vec::new();
    let source = crate::store::read::read_source(root, rel, &mut diagnostics);
    let value = source.as_ref().and_then(|s| {
        if !diagnostics.is_empty() {
            return crate::store::read::parse_source(rel, &s.text, &mut diagnostics);
        }
        if let Some(v) = cache.get::<T>(&s.hash) {
            return Some(v);
        }
        let v = crate::store::read::parse_source::<T>(rel, &s.text, &mut diagnostics);
        if let Some(v) = &v
            && diagnostics.is_empty()
        {
            cache.put(&s.hash, v);
        }
        v
    });
    Stamped {
        stamp,
        read: crate::store::read::Loaded {
            value,
            source,
            diagnostics,
        },
        dropped: false,
        checked: None,
    }
}

/// Lets go of the text of a file that parsed without a diagnostic (its
/// hash stays): what a read-only command needs is the parsed value, and
/// the text is read again if a finding is to be located in it.
fn drop_text<T>(s: &mut Stamped<T>) {
    if s.read.value.is_some()
        && s.read.diagnostics.is_empty()
        && let Some(src) = &mut s.read.source
    {
        src.text = String::new();
        s.dropped = true;
    }
}

/// Reads and parses `paths` on every core, in their order; `lean`: the
/// texts are let go as the files parse (a read-only command: the peak
/// memory is then the parsed data, not the data and its text); `check`
/// runs on each file that parsed, before its text may be let go.
pub(super) fn read_all<T: serde::de::DeserializeOwned + serde::Serialize + Send>(
    root: &Path,
    paths: Vec<PathBuf>,
    progress: &Progress,
    lean: bool,
    check: Option<&CheckFile<'_, T>>,
) -> Vec<(PathBuf, Stamped<T>)> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = paths.len().div_ceil(threads).max(1);
    let cache = crate::store::cache::Cache::for_workspace(root, paths.len());
    let cache = cache.as_ref();
    let read_chunk = |part: &[PathBuf]| -> Vec<(PathBuf, Stamped<T>)> {
        part.iter()
            .map(|rel| {
                let mut r = read_cached::<T>(root, rel, cache);
                if let Some(check) = check
                    && let (Some(value), Some(source)) = (&mut r.read.value, &r.read.source)
                {
                    r.checked = check(rel, value, &source.text);
                }
                if lean {
                    drop_text(&mut r);
                }
                progress.done.fetch_add(1, Ordering::Relaxed);
                (rel.clone(), r)
            })
            .collect()
    };
    let out = if threads == 1 || paths.len() < 2 * threads {
        read_chunk(&paths)
    } else {
        read_parallel(&paths, chunk, &read_chunk)
    };
    if let Some(c) = cache {
        let used: Vec<_> = out
            .iter()
            .filter_map(|(_, r)| r.read.source.as_ref().map(|s| s.hash))
            .collect();
        c.prune(&used);
    }
    out
}

/// Files read, each with its path.
type ReadFiles<T> = Vec<(PathBuf, Stamped<T>)>;

/// Runs `read_chunk` on chunks of `paths` on threads, results in order.
fn read_parallel<T: Send>(
    paths: &[PathBuf],
    chunk: usize,
    read_chunk: &(dyn Fn(&[PathBuf]) -> ReadFiles<T> + Sync),
) -> ReadFiles<T> {
    std::thread::scope(|s| {
        let handles: Vec<_> = paths
            .chunks(chunk)
            .map(|part| s.spawn(move || read_chunk(part)))
            .collect();
        let mut out = Vec::with_capacity(paths.len());
        for (h, part) in handles.into_iter().zip(paths.chunks(chunk)) {
            match h.join() {
                Ok(v) => out.extend(v),
                // A reader that panicked: read its files again here, so
                // that nothing is silently dropped.
                Err(_) => out.extend(read_chunk(part)),
            }
        }
        out
    })
}
