//! Hostile trees: symbolic links to folders outside the workspace, FIFOs,
//! device links, huge and deep files, a `groups` that is not a folder.
//! `check`, `set`, `import`, `init` and `demo` (real binary, under a memory
//! limit and a time limit) and the interface's live reload (the poll that
//! runs every second) refuse them, located, without blocking, reading
//! them or writing outside.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic
#![cfg(unix)]

mod common;

use pacte::store::Workspace;
use std::fs;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Memory a command may use (address space).
const MEMORY: u64 = 1 << 30;
/// Time a command may take.
const TIME: Duration = Duration::from_secs(20);

/// Runs pacte in `dir` under the memory and time limits; fails the test
/// when it takes longer.
fn pacte(dir: &Path, args: &[&str]) -> Output {
    // `PACTE_TEST_BIN`: an older build, to show the tests fail on it.
    let bin = std::env::var_os("PACTE_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_pacte").into());
    let mut cmd = Command::new(bin);
    cmd.current_dir(dir)
        .env("PACTE_TODAY", "2025-01-15")
        .env_remove("PACTE_WORKSPACE")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: setrlimit only, between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit {
                rlim_cur: MEMORY,
                rlim_max: MEMORY,
            };
            libc::setrlimit(libc::RLIMIT_AS, &lim);
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > TIME {
            let _ = child.kill();
            panic!("pacte {args:?} took more than {TIME:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn mkfifo(p: &Path) {
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
}

/// The live reload's poll, on a thread: it must come back within a second.
fn poll_in_time(ws: &Workspace) {
    let ws = ws.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(ws.disk_changes());
    });
    rx.recv_timeout(Duration::from_secs(2))
        .expect("the live reload's poll blocked or took too long");
}

fn outside() -> (tempfile::TempDir, PathBuf) {
    let t = tempfile::tempdir().unwrap();
    let g = t.path().join("evil");
    fs::create_dir_all(&g).unwrap();
    fs::copy(
        common::fixture_dir().join("groups/mobilite-thau.ron"),
        g.join("mobilite-thau.ron"),
    )
    .unwrap();
    (t, g)
}

#[test]
fn a_linked_groups_folder_is_refused_and_nothing_is_written_through_it() {
    let dir = common::fixture_workspace();
    let root = dir.path();
    fs::remove_dir_all(root.join("groups")).unwrap();
    let (_t, evil) = outside();
    std::os::unix::fs::symlink(&evil, root.join("groups")).unwrap();
    let before = fs::read(evil.join("mobilite-thau.ron")).unwrap();
    let o = pacte(root, &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("groups:1:1"), "{}", text(&o));
    assert!(text(&o).contains("lien symbolique"), "{}", text(&o));
    let o = pacte(
        root,
        &["set", "mobilite-thau/plateforme-mobilite", "progress=99"],
    );
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    // An import would create group files there: refused too.
    fs::write(
        root.join("in.csv"),
        "territoire;groupe;axe;pilote;action;statut\nBiterrois;Nouveau groupe;1;Département de l'Hérault;Une action;en cours\n",
    )
    .unwrap();
    let o = pacte(root, &["import", "in.csv"]);
    assert_ne!(o.status.code(), Some(0), "{}", text(&o));
    assert_eq!(fs::read(evil.join("mobilite-thau.ron")).unwrap(), before);
    assert_eq!(
        fs::read_dir(&evil).unwrap().count(),
        1,
        "a file was created outside"
    );
    let ws = Workspace::open(root).unwrap();
    assert!(ws.groups.is_empty());
    poll_in_time(&ws);
}

#[test]
fn fifos_device_links_huge_and_deep_files_are_refused_without_reading_them() {
    let dir = common::fixture_workspace();
    let root = dir.path();
    let g = root.join("groups");
    mkfifo(&g.join("fifo.ron"));
    std::os::unix::fs::symlink("/dev/zero", g.join("zero.ron")).unwrap();
    std::os::unix::fs::symlink("/dev/stdin", g.join("stdin.ron")).unwrap();
    let big = fs::File::create(g.join("big.ron")).unwrap();
    big.set_len(1 << 30).unwrap();
    let deep = g.join("a/b/c/d/e/f/g/h/i/j");
    fs::create_dir_all(&deep).unwrap();
    fs::copy(
        common::fixture_dir().join("groups/mobilite-thau.ron"),
        deep.join("profond.ron"),
    )
    .unwrap();
    let start = Instant::now();
    let o = pacte(root, &["check"]);
    let out = text(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    for (file, why) in [
        ("groups/fifo.ron:1:1", "n'est pas un fichier ordinaire"),
        ("groups/zero.ron:1:1", "lien symbolique"),
        ("groups/stdin.ron:1:1", "lien symbolique"),
        ("groups/big.ron:1:1", "au-delà de la limite"),
        ("groups/a/b/c/d/e/f/g/h:1:1", "niveaux de dossiers"),
    ] {
        assert!(
            out.lines().any(|l| l.contains(file) && l.contains(why)),
            "{file}: {why}\n{out}"
        );
    }
    // The sound groups still load, and a set on them works.
    let o = pacte(
        root,
        &["set", "mobilite-thau/plateforme-mobilite", "progress=61"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    eprintln!("hostile tree checked in {:?}", start.elapsed());
    let ws = Workspace::open(root).unwrap();
    assert_eq!(ws.groups.len(), 2);
    poll_in_time(&ws);
    // A file that becomes a FIFO after it was read: the poll does not block.
    fs::remove_file(g.join("mobilite-thau.ron")).unwrap();
    mkfifo(&g.join("mobilite-thau.ron"));
    poll_in_time(&ws);
}

#[test]
fn groups_that_is_not_a_folder_is_an_error_not_an_empty_workspace() {
    let dir = common::fixture_workspace();
    let root = dir.path();
    fs::remove_dir_all(root.join("groups")).unwrap();
    fs::write(root.join("groups"), "pas un dossier").unwrap();
    let o = pacte(root, &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("groups:1:1"), "{}", text(&o));
}

#[test]
fn an_unreadable_groups_folder_is_an_error() {
    // SAFETY: getuid has no preconditions.
    if unsafe { libc::getuid() } == 0 {
        eprintln!("running as root, who reads every folder: test skipped");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = common::fixture_workspace();
    let g = dir.path().join("groups");
    fs::set_permissions(&g, fs::Permissions::from_mode(0o000)).unwrap();
    let o = pacte(dir.path(), &["check"]);
    fs::set_permissions(&g, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("groups:1:1"), "{}", text(&o));
}

#[test]
fn init_and_demo_never_write_over_a_workspace_s_files() {
    let t = tempfile::tempdir().unwrap();
    let d = t.path().join("pti");
    fs::create_dir_all(d.join("groups")).unwrap();
    fs::write(d.join("governance.ron"), "(version: 1)\n").unwrap();
    fs::write(d.join("groups/mien.ron"), "mes données\n").unwrap();
    for cmd in [["init", "pti"], ["demo", "pti"]] {
        let o = pacte(t.path(), &cmd);
        assert_eq!(o.status.code(), Some(1), "{cmd:?}: {}", text(&o));
        assert!(text(&o).contains("governance.ron"), "{}", text(&o));
        assert_eq!(
            fs::read_to_string(d.join("governance.ron")).unwrap(),
            "(version: 1)\n"
        );
        assert_eq!(
            fs::read_to_string(d.join("groups/mien.ron")).unwrap(),
            "mes données\n"
        );
        assert!(!d.join("pacte.ron").exists());
    }
    // A linked groups folder where they would write.
    let e = t.path().join("vide");
    fs::create_dir_all(&e).unwrap();
    let (_o, evil) = outside();
    std::os::unix::fs::symlink(&evil, e.join("groups")).unwrap();
    for cmd in [["init", "vide"], ["demo", "vide"]] {
        let o = pacte(t.path(), &cmd);
        assert_eq!(o.status.code(), Some(1), "{cmd:?}: {}", text(&o));
        assert_eq!(fs::read_dir(&evil).unwrap().count(), 1);
    }
}

#[test]
fn thousands_of_invisible_characters_and_huge_lines_give_bounded_output() {
    let dir = common::fixture_workspace();
    let root = dir.path();
    let p = root.join("groups/mobilite-thau.ron");
    let t = fs::read_to_string(&p).unwrap();
    // 20,000 bidi overrides in one title (about 60 KB).
    let evil = "\u{202e}".repeat(20_000);
    fs::write(
        &p,
        t.replacen(
            "title: \"Plateforme",
            &format!("title: \"{evil}Plateforme"),
            1,
        ),
    )
    .unwrap();
    // A 3 MB file on one line with a syntax error at its end.
    let q = root.join("groups/garage.ron");
    fs::write(
        &q,
        format!(
            "(version: 1, id: \"garage\", name: \"{}\" oops",
            "x".repeat(3_000_000)
        ),
    )
    .unwrap();
    let start = Instant::now();
    let o = pacte(root, &["check"]);
    let took = start.elapsed();
    let out = text(&o);
    assert!(out.len() < 20_000, "{} bytes of output", out.len());
    assert!(
        out.contains("20000 invisible") || out.contains("20000 caractères invisibles"),
        "{out}"
    );
    assert!(!out.contains('\u{202e}'), "a raw bidi override was printed");
    let o = pacte(root, &["check", "--format", "json"]);
    assert!(o.stdout.len() < 40_000, "{} bytes of JSON", o.stdout.len());
    eprintln!(
        "hostile text checked in {took:?}, {} bytes of output",
        out.len()
    );
    let ws = Workspace::open(root).unwrap();
    poll_in_time(&ws);
}
