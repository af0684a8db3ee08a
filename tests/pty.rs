//! Drives the real binary in a pseudo-terminal (tmux, 80×24): find an action
//! by search, change its status, add a measurement, quit; then check the file
//! on disk and that the terminal left the alternate screen.
//! Skipped (with a note) when `tmux` is not on PATH.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn copy_dir(from: &Path, to: &Path) {
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

struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.cmd(&["send-keys", "-t", "t", k]);
            sleep(Duration::from_millis(150));
        }
    }

    fn text(&self, s: &str) {
        self.cmd(&["send-keys", "-t", "t", "-l", s]);
        sleep(Duration::from_millis(300));
    }

    fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "t"])
    }

    fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(needle) {
                return s;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "`{needle}` never showed:\n{s}"
            );
            sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .arg("kill-server")
            .output();
    }
}

#[test]
fn search_status_measure_quit_in_a_real_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not found: pseudo-terminal test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    let bin = env!("CARGO_BIN_EXE_pacte");
    let tmux = Tmux {
        socket: format!("pacte-pty-{}", std::process::id()),
    };
    let script = format!(
        "PACTE_TODAY=2025-01-15 '{bin}' --workspace '{}'; echo \"EXITED $?\"; sleep 60",
        dir.path().display()
    );
    tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "80",
        "-y",
        "24",
        &script,
    ]);
    tmux.wait_for("Territoire");

    tmux.keys(&["/"]);
    tmux.text("taux autonomie");
    tmux.wait_for("Taux d'autonomie");
    tmux.keys(&["Enter", "s", "f"]);
    tmux.wait_for("enregistré");
    tmux.keys(&["m"]);
    tmux.text("50");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Mesure enregistrée");
    // Pasted text never runs commands ("q" would quit).
    tmux.cmd(&["set-buffer", "q"]);
    tmux.cmd(&["paste-buffer", "-p", "-t", "t"]);
    sleep(Duration::from_millis(300));
    assert!(!tmux.screen().contains("EXITED"));
    tmux.keys(&["q"]);
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    assert_eq!(
        tmux.cmd(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim(),
        "0"
    );

    let text = fs::read_to_string(dir.path().join("groups/reseau-digi-thau.ron")).unwrap();
    assert!(text.contains("status: \"operating\""), "{text}");
    assert!(
        text.contains("date: \"2025-01-15\",\n                            value: 50.0,"),
        "{text}"
    );
}

#[test]
fn sigterm_restores_the_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("tmux not found: pseudo-terminal test skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    let pidfile = dir.path().join("pid");
    let bin = env!("CARGO_BIN_EXE_pacte");
    let tmux = Tmux {
        socket: format!("pacte-pty-term-{}", std::process::id()),
    };
    // `exec` keeps the pid written by the inner shell.
    let script = format!(
        "sh -c 'echo $$ > \"{}\"; exec \"{bin}\" --workspace \"{}\"'; echo \"EXITED $?\"; sleep 60",
        pidfile.display(),
        dir.path().display()
    );
    tmux.cmd(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "80",
        "-y",
        "24",
        &script,
    ]);
    tmux.wait_for("Territoire");
    assert_eq!(
        tmux.cmd(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim(),
        "1"
    );
    let pid = fs::read_to_string(&pidfile).unwrap();
    let status = Command::new("kill")
        .args(["-TERM", pid.trim()])
        .status()
        .unwrap();
    assert!(status.success());
    let s = tmux.wait_for("EXITED");
    assert!(s.contains("EXITED 0"), "{s}");
    assert_eq!(
        tmux.cmd(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim(),
        "0"
    );
}
