//! Saves are atomic and never overwrite a file changed on disk.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic

mod common;

use pacte::domain::{Id, Status};
use pacte::store::{SaveError, Workspace};
use std::fs;

#[test]
fn a_save_is_refused_when_the_file_changed_on_disk_and_the_edit_is_kept() {
    let dir = common::fixture_workspace();
    let mut ws = Workspace::open(dir.path()).unwrap();
    let gid = Id::new("mobilite-thau").unwrap();
    let aid = Id::new("plateforme-mobilite").unwrap();
    // Someone else (a git pull) rewrites the file with the same size and mtime-insensitive content.
    let p = dir.path().join("groups/mobilite-thau.ron");
    let theirs = fs::read_to_string(&p)
        .unwrap()
        .replace("progress: 60", "progress: 65");
    fs::write(&p, &theirs).unwrap();

    ws.group_mut(&gid).unwrap().action_mut(&aid).unwrap().status = Status::Done;
    let err = ws.save_group(&gid).unwrap_err();
    assert!(matches!(err, SaveError::ChangedOnDisk(_)), "{err}");
    assert!(err.to_string().contains("changed on disk"));
    assert_eq!(
        fs::read_to_string(&p).unwrap(),
        theirs,
        "their file is untouched"
    );
    assert_eq!(
        ws.group(&gid).unwrap().action(&aid).unwrap().status,
        Status::Done,
        "the edit is kept"
    );
}

#[test]
fn a_deleted_file_is_not_recreated_silently() {
    let dir = common::fixture_workspace();
    let mut ws = Workspace::open(dir.path()).unwrap();
    let gid = Id::new("mobilite-thau").unwrap();
    fs::remove_file(dir.path().join("groups/mobilite-thau.ron")).unwrap();
    ws.group_mut(&gid).unwrap().name.push('!');
    assert!(matches!(
        ws.save_group(&gid),
        Err(SaveError::ChangedOnDisk(_))
    ));
}

#[test]
fn a_broken_file_is_never_overwritten() {
    let dir = common::fixture_workspace();
    let p = dir.path().join("pacte.ron");
    fs::write(&p, "(version: 1, name: ").unwrap();
    let mut ws = Workspace::open(dir.path()).unwrap();
    assert!(ws.referential.is_none());
    assert!(ws.save_referential().is_err());
    assert_eq!(fs::read_to_string(&p).unwrap(), "(version: 1, name: ");
}

#[test]
fn saves_leave_no_stray_file_and_keep_the_mode() {
    let dir = common::fixture_workspace();
    let mut ws = Workspace::open(dir.path()).unwrap();
    let gid = Id::new("mobilite-thau").unwrap();
    for i in 0..5 {
        ws.group_mut(&gid).unwrap().actions[0].progress = 10 * i;
        ws.save_group(&gid).unwrap();
    }
    let names: Vec<String> = fs::read_dir(dir.path().join("groups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(dir.path().join("groups/mobilite-thau.ron"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o044,
            0o044,
            "group and others can still read: {mode:o}"
        );
    }
}

#[test]
fn a_stale_temp_file_from_a_crash_is_cleaned_and_ignored() {
    let dir = common::fixture_workspace();
    let stale = dir
        .path()
        .join("groups/.mobilite-thau.ron.abc123.pacte-tmp");
    fs::write(&stale, "half").unwrap();
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    let ws = Workspace::open(dir.path()).unwrap();
    assert!(!stale.exists());
    assert_eq!(ws.groups.len(), 2);
    assert!(ws.load_diagnostics.is_empty(), "{:?}", ws.load_diagnostics);
}
