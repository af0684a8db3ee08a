//! A pseudo-terminal driven through tmux, for tests of the real binary.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A tmux server of its own, its session `t`.
pub struct Tmux {
    /// The server's socket name.
    pub socket: String,
}

impl Tmux {
    /// Runs a tmux command on the server; its output.
    pub fn cmd(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys by tmux name, one at a time.
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.cmd(&["send-keys", "-t", "t", k]);
            sleep(Duration::from_millis(150));
        }
    }

    /// Types text literally.
    pub fn text(&self, s: &str) {
        self.cmd(&["send-keys", "-t", "t", "-l", s]);
        sleep(Duration::from_millis(300));
    }

    /// The pane's text.
    pub fn screen(&self) -> String {
        self.cmd(&["capture-pane", "-p", "-t", "t"])
    }

    /// Waits (20 s at most) for `needle` on the screen; the screen.
    pub fn wait_for(&self, needle: &str) -> String {
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

/// Whether tmux is there (the pseudo-terminal tests say so and are skipped
/// when it is not).
pub fn available() -> bool {
    let there = Command::new("tmux").arg("-V").output().is_ok();
    if !there {
        eprintln!("tmux not found: pseudo-terminal test skipped");
    }
    there
}

/// The shell line that runs the pacte under test on `ws` (with `env`, the
/// environment it needs), says how it ended, and keeps the pane open.
pub fn pacte_line(env: &str, ws: &std::path::Path) -> String {
    let bin = env!("CARGO_BIN_EXE_pacte");
    format!(
        "{env} '{bin}' --workspace '{}'; echo \"EXITED $?\"; sleep 60",
        ws.display()
    )
}

impl Tmux {
    /// A server of its own (`socket`, with the process id), running `line`
    /// in session `t` on a `w`×`h` pane.
    pub fn start(socket: &str, line: &str, w: u16, h: u16) -> Tmux {
        let tmux = Tmux {
            socket: format!("{socket}-{}", std::process::id()),
        };
        let (w, h) = (w.to_string(), h.to_string());
        tmux.cmd(&["new-session", "-d", "-s", "t", "-x", &w, "-y", &h, line]);
        tmux
    }

    /// Whether the pane shows the alternate screen.
    pub fn alternate_on(&self) -> bool {
        self.cmd(&["display-message", "-p", "-t", "t", "#{alternate_on}"])
            .trim()
            == "1"
    }
}
