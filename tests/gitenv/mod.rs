//! Real git repositories for the merge and sync tests: a bare "remote" and
//! two clones, each set up with `pacte git-setup`, with a fixed identity
//! and no user or system git configuration.
#![allow(dead_code)]

use pacte::domain::{Group, Id};
use pacte::store::Workspace;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixture workspace.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ws")
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

/// The binary under test: this build's, or `PACTE_TEST_BIN` (to show that
/// a test fails on an older build).
pub fn pacte_bin() -> PathBuf {
    std::env::var_os("PACTE_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_pacte")))
}

/// Gives this test process the isolation `Repos` gives its child
/// processes (for tests that run git through the library), once.
pub fn isolate_process() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: set once, before any test of the file runs git, with the
        // same values for all of them. No user or system configuration.
        unsafe {
            std::env::set_var("HOME", std::env::temp_dir());
            std::env::set_var("XDG_CONFIG_HOME", std::env::temp_dir());
            std::env::set_var("GIT_CONFIG_NOSYSTEM", "1");
            std::env::set_var("GIT_CONFIG_GLOBAL", "/dev/null");
            std::env::set_var("GIT_AUTHOR_NAME", "Camille Pilote");
            std::env::set_var("GIT_AUTHOR_EMAIL", "camille@example.org");
            std::env::set_var("GIT_COMMITTER_NAME", "Camille Pilote");
            std::env::set_var("GIT_COMMITTER_EMAIL", "camille@example.org");
            std::env::set_var("GIT_TERMINAL_PROMPT", "0");
            std::env::set_var("PACTE_TODAY", "2025-01-15");
            std::env::remove_var("GIT_DIR");
            std::env::remove_var("GIT_WORK_TREE");
            std::env::remove_var("GIT_INDEX_FILE");
        }
    });
}

/// A bare remote and two clones, `a` and `b`.
pub struct Repos {
    /// Keeps the folder alive.
    pub tmp: tempfile::TempDir,
    /// The bare repository.
    pub remote: PathBuf,
    /// First clone (holds the initial commit).
    pub a: PathBuf,
    /// Second clone.
    pub b: PathBuf,
}

fn home(tmp: &Path) -> PathBuf {
    tmp.join("home")
}

fn isolate(cmd: &mut Command, tmp: &Path) {
    let home = home(tmp);
    cmd.env("HOME", &home)
        .env("XDG_CONFIG_HOME", home.join(".config"))
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", home.join(".gitconfig"))
        .env("GIT_AUTHOR_NAME", "Camille Pilote")
        .env("GIT_AUTHOR_EMAIL", "camille@example.org")
        .env("GIT_COMMITTER_NAME", "Camille Pilote")
        .env("GIT_COMMITTER_EMAIL", "camille@example.org")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("PACTE_TODAY", "2025-01-15")
        .env_remove("PACTE_WORKSPACE")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env_remove("GIT_INDEX_FILE");
}

impl Repos {
    /// The remote with the fixture committed from `a`, and `b` cloned after.
    pub fn new() -> Repos {
        let tmp = tempfile::tempdir().unwrap();
        let t = tmp.path().to_path_buf();
        fs::create_dir_all(home(&t)).unwrap();
        fs::write(home(&t).join(".gitconfig"), "").unwrap();
        let r = Repos {
            remote: t.join("remote.git"),
            a: t.join("a"),
            b: t.join("b"),
            tmp,
        };
        r.git(
            &t,
            &["init", "--quiet", "--bare", "-b", "main", "remote.git"],
        );
        r.git(&t, &["clone", "--quiet", "remote.git", "a"]);
        r.git(&r.a, &["symbolic-ref", "HEAD", "refs/heads/main"]);
        copy_dir(&fixture_dir(), &r.a);
        r.pacte(&r.a).arg("git-setup").assert().success();
        r.commit(&r.a, "Espace de travail initial");
        r.git(&r.a, &["push", "--quiet", "-u", "origin", "main"]);
        r.git(&t, &["clone", "--quiet", "remote.git", "b"]);
        r.pacte(&r.b).arg("git-setup").assert().success();
        r
    }

    /// A third clone, `name`, set up with `pacte git-setup`.
    pub fn clone(&self, name: &str) -> PathBuf {
        self.git(self.root(), &["clone", "--quiet", "remote.git", name]);
        let dir = self.root().join(name);
        self.pacte(&dir).arg("git-setup").assert().success();
        dir
    }

    /// The temporary folder.
    pub fn root(&self) -> &Path {
        self.tmp.path()
    }

    /// A git command in `dir`, isolated from the user's configuration.
    pub fn git_cmd(&self, dir: &Path) -> Command {
        let mut c = Command::new("git");
        c.arg("-C").arg(dir);
        isolate(&mut c, self.tmp.path());
        c
    }

    /// Runs git in `dir`, whatever its status.
    pub fn git_status(&self, dir: &Path, args: &[&str]) -> Output {
        self.git_cmd(dir).args(args).output().unwrap()
    }

    /// Runs git in `dir` and asserts it succeeds; returns stdout.
    pub fn git(&self, dir: &Path, args: &[&str]) -> String {
        let out = self.git_status(dir, args);
        assert!(
            out.status.success(),
            "git {args:?} failed in {}:\n{}\n{}",
            dir.display(),
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The `pacte` binary run in `dir`, speaking English.
    pub fn pacte(&self, dir: &Path) -> assert_cmd::Command {
        let mut c = self.pacte_fr(dir);
        c.arg("--lang").arg("en");
        c
    }

    /// The `pacte` binary run in `dir`, speaking French (the default).
    pub fn pacte_fr(&self, dir: &Path) -> assert_cmd::Command {
        let mut c = assert_cmd::Command::new(pacte_bin());
        c.current_dir(dir);
        let mut probe = Command::new("true");
        isolate(&mut probe, self.tmp.path());
        for (k, v) in probe.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c
    }

    /// Stages everything and commits.
    pub fn commit(&self, dir: &Path, msg: &str) {
        self.git(dir, &["add", "--all"]);
        self.git(dir, &["commit", "--quiet", "-m", msg]);
    }
}

/// `s` with French typography (no-break spaces before `:` and inside « »),
/// as pacte prints French text.
pub fn fr(s: &str) -> String {
    pacte::i18n::french_typography(s)
}

/// An edit of a workspace, saved through the store (canonical files).
pub type Edit = fn(&mut Workspace);

/// Opens the workspace at `dir`, applies `edit`.
pub fn apply(dir: &Path, edit: Edit) {
    let mut ws = Workspace::open(dir).unwrap();
    edit(&mut ws);
}

/// Edits group `id` and saves it.
pub fn edit_group(ws: &mut Workspace, id: &str, f: impl FnOnce(&mut Group)) {
    let id = Id::new(id).unwrap();
    f(ws.group_mut(&id).unwrap());
    ws.save_group(&id).unwrap();
}

/// The fixture with `edits` applied in order, in a folder without git.
pub fn reference(edits: &[Edit]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture_dir(), dir.path());
    for e in edits {
        apply(dir.path(), *e);
    }
    dir
}

/// Every `.ron` file under `dir` (outside `.git`), with its text.
pub fn ron_files(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for e in fs::read_dir(dir).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if e.file_name() == ".git" {
            continue;
        }
        if e.file_type().unwrap().is_dir() {
            walk(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "ron") {
            out.push((
                p.strip_prefix(root).unwrap().to_path_buf(),
                fs::read_to_string(&p).unwrap(),
            ));
        }
    }
}

/// Asserts the `.ron` files of `dir` equal, byte for byte, those of `expected`.
pub fn assert_same_files(dir: &Path, expected: &Path) {
    let (got, want) = (ron_files(dir), ron_files(expected));
    let names = |v: &[(PathBuf, String)]| v.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(names(&got), names(&want), "not the same files");
    for ((p, g), (_, w)) in got.iter().zip(&want) {
        assert!(
            g == w,
            "{} differs:\n--- got\n{g}\n--- expected\n{w}",
            p.display()
        );
    }
}
