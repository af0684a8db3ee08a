//! A workspace opened for a read-only command lets its texts go as the
//! files parse (`Workspace::open_lean`, what `pacte check` uses) and reads
//! them again to locate the findings: the same diagnostics, located the
//! same, as a workspace that keeps them.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

use pacte::bench_support;
use pacte::store::Workspace;

#[test]
fn a_lean_workspace_locates_every_finding_as_a_full_one() {
    let dir = tempfile::tempdir().unwrap();
    bench_support::generate(dir.path(), 240).unwrap();
    // A group file with an error of its own (an id that is not its name).
    let groups = dir.path().join("groups");
    // The referential first, then the group files.
    let files = bench_support::workspace_files(dir.path()).unwrap();
    std::fs::copy(&files[1].0, groups.join("copie.ron")).unwrap();
    let today = bench_support::AS_OF.parse().unwrap();
    let full = Workspace::open(dir.path()).unwrap().check(today);
    let lean = Workspace::open_lean(dir.path()).unwrap().check(today);
    assert!(full.len() > 100, "{}", full.len());
    assert!(full.iter().any(|d| d.is_error()));
    assert_eq!(lean, full);
}
