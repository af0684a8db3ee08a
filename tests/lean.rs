//! A workspace opened for a read-only command lets its texts go as the
//! files parse (`Workspace::open_lean`) and reads them again to locate the
//! findings, or checks each file as it is read (`Workspace::open_checked`,
//! what `pacte check` uses): the same diagnostics, located the same, as a
//! workspace that keeps them.
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
    let (_, checked) = Workspace::open_checked(dir.path(), today).unwrap();
    assert_eq!(checked, full);
}

/// Copies `from` (a fixture folder) into `to`.
fn copy_tree(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_tree(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

#[test]
fn files_checked_as_they_are_read_find_what_a_check_after_finds() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ws");
    copy_tree(&fixtures.join("ws"), &dir);
    let groups = dir.join("groups");
    // Files of schema version 1 (meetings without ids: upgraded on load).
    for e in std::fs::read_dir(fixtures.join("v1/groups")).unwrap() {
        let e = e.unwrap();
        let name = format!("v1-{}", e.file_name().to_string_lossy());
        let text = std::fs::read_to_string(e.path()).unwrap();
        // Each file's id is its name.
        let id = e.path().file_stem().unwrap().to_string_lossy().to_string();
        let text = text.replacen(&format!("id: \"{id}\""), &format!("id: \"v1-{id}\""), 1);
        std::fs::write(groups.join(name), text).unwrap();
    }
    let first = std::fs::read_dir(&groups)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .min()
        .unwrap();
    let text = std::fs::read_to_string(&first).unwrap();
    // The same group twice (the second refused), an id that is not its
    // file's name, a BOM, a version this build does not read, a broken file.
    std::fs::create_dir_all(groups.join("autre")).unwrap();
    std::fs::copy(
        &first,
        groups.join("autre").join(first.file_name().unwrap()),
    )
    .unwrap();
    std::fs::write(groups.join("copie.ron"), &text).unwrap();
    let stem = first.file_stem().unwrap().to_string_lossy().to_string();
    let bom = text.replacen(&format!("id: \"{stem}\""), "id: \"avec-bom\"", 1);
    std::fs::write(groups.join("avec-bom.ron"), format!("\u{feff}{bom}")).unwrap();
    let future = text
        .replacen(&format!("id: \"{stem}\""), "id: \"futur\"", 1)
        .replacen("version: 3", "version: 99", 1);
    std::fs::write(groups.join("futur.ron"), future).unwrap();
    std::fs::write(groups.join("casse.ron"), "(version: 3, id: \"casse\",").unwrap();
    for today in ["2025-01-15", "2031-12-31"] {
        let today = today.parse().unwrap();
        let after = Workspace::open_lean(&dir).unwrap().check(today);
        let (ws, during) = Workspace::open_checked(&dir, today).unwrap();
        assert!(after.len() > 4, "{after:#?}");
        assert!(after.iter().any(|d| d.is_error()));
        assert_eq!(during, after);
        let report = pacte::cli::check::run(&ws, today);
        let (_, opened) = pacte::cli::check::open_and_run(&dir, today).unwrap();
        assert_eq!(opened.diagnostics, report.diagnostics);
        assert_eq!(
            opened.to_text(pacte::i18n::Lang::Fr),
            report.to_text(pacte::i18n::Lang::Fr)
        );
    }
}
