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
