//! What the benches on generated workspaces share: the day they are judged
//! on, the cached workspace of a size, opened without a diagnostic.
#![allow(dead_code)]

use chrono::NaiveDate;
use pacte::bench_support;
use pacte::store::Workspace;
use std::path::PathBuf;

/// The day the generated workspaces are judged on.
pub fn today() -> NaiveDate {
    bench_support::AS_OF.parse().expect("date")
}

/// The generated workspace of `size` actions (generated once, cached).
pub fn dir(size: usize) -> PathBuf {
    bench_support::cached_workspace(size).expect("generate")
}

/// That workspace, opened; it loads without a diagnostic.
pub fn open(size: usize) -> Workspace {
    let ws = Workspace::open(&dir(size)).expect("open");
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
    ws
}
