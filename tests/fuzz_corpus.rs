//! Replays the loader's fuzz corpus (`fuzz/corpus/loader/`: the fixtures,
//! hostile files, and every input fuzzing kept) through the fuzz target's
//! properties (`pacte::fuzzing::loader`): no panic, problems located within
//! bounds, canonical round trip. Every input that once broke the loader
//! stays a test.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use std::fs;
use std::path::Path;

#[test]
fn the_fuzz_corpus_still_holds() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/loader");
    let mut n = 0;
    for e in fs::read_dir(&dir).unwrap() {
        let p = e.unwrap().path();
        let bytes = fs::read(&p).unwrap();
        let name = p.display().to_string();
        let r = std::panic::catch_unwind(|| pacte::fuzzing::loader(&bytes));
        assert!(r.is_ok(), "{name} breaks the loader");
        n += 1;
    }
    assert!(n >= 8, "the corpus is missing: {n} files");
    eprintln!("{n} corpus inputs replayed");
}
