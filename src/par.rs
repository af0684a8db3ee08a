//! Work on every core, results in order: a slice cut in chunks that
//! threads take one after another (a thread that finishes early takes the
//! next chunk), each chunk's result put back in its place.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of each chunk of `items` (at most `chunk` items each), in order,
/// computed on every core; on this thread alone when there is one core or
/// a single chunk. A panic in `f` is raised again here, as it would be
/// had `f` run here.
pub fn map_chunks<T: Sync, R: Send>(
    items: &[T],
    chunk: usize,
    f: impl Fn(&[T]) -> R + Sync,
) -> Vec<R> {
    let chunks: Vec<&[T]> = items.chunks(chunk.max(1)).collect();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(chunks.len());
    if threads <= 1 {
        return chunks.into_iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(c) = chunks.get(i) else { break };
            done.push((i, f(c)));
        }
        done
    };
    let mut all: Vec<(usize, R)> = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        let mut all = work();
        for h in others {
            match h.join() {
                Ok(done) => all.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_order_whatever_thread_did_what() {
        let items: Vec<usize> = (0..1000).collect();
        for chunk in [1, 7, 64, 1000, 5000] {
            let sums = map_chunks(&items, chunk, |c| c.iter().sum::<usize>());
            let expected: Vec<usize> = items.chunks(chunk).map(|c| c.iter().sum()).collect();
            assert_eq!(sums, expected);
        }
        assert!(map_chunks(&[] as &[usize], 4, |c| c.len()).is_empty());
    }
}
