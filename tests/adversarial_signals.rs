//! The real binary in a pseudo-terminal of its own (openpty, a new session
//! whose controlling terminal it is): SIGINT, SIGQUIT, SIGTERM, SIGHUP and a
//! closed terminal end it within a second with the terminal restored (the
//! alternate screen left, raw mode off); SIGTSTP gives the terminal back
//! before the job stops and SIGCONT takes it again; an edit typed just
//! before is saved.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic
#![cfg(unix)]

mod common;

use std::fs;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Leaves the alternate screen.
const LEAVE_ALT: &str = "\u{1b}[?1049l";
/// Enters the alternate screen.
const ENTER_ALT: &str = "\u{1b}[?1049h";

struct Pty {
    master: Option<fs::File>,
    child: Child,
    output: Arc<Mutex<Vec<u8>>>,
    /// Asks the reader thread to drop its end of the terminal.
    closing: Arc<std::sync::atomic::AtomicBool>,
}

fn open_pty() -> (OwnedFd, OwnedFd) {
    let (mut m, mut s) = (0, 0);
    let ws = libc::winsize {
        ws_row: 24,
        ws_col: 80,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: valid out-pointers; the name and termios are not asked for.
    let r = unsafe { libc::openpty(&mut m, &mut s, std::ptr::null_mut(), std::ptr::null(), &ws) };
    assert_eq!(r, 0, "openpty failed");
    // Not inherited by the processes spawned (the child would otherwise
    // hold the terminal's master end open itself).
    for fd in [m, s] {
        // SAFETY: fcntl on descriptors we own.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    // SAFETY: openpty returned two fresh descriptors we now own.
    unsafe { (OwnedFd::from_raw_fd(m), OwnedFd::from_raw_fd(s)) }
}

impl Pty {
    fn start(dir: &Path) -> Pty {
        let (master, slave) = open_pty();
        let stdin: Stdio = slave.try_clone().unwrap().into();
        let stdout: Stdio = slave.try_clone().unwrap().into();
        let stderr: Stdio = slave.into();
        // `PACTE_TEST_BIN`: an older build, to show the tests fail on it.
        let bin = std::env::var_os("PACTE_TEST_BIN")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| env!("CARGO_BIN_EXE_pacte").into());
        let mut cmd = Command::new(bin);
        cmd.arg("--workspace")
            .arg(dir)
            .env("TERM", "xterm-256color")
            .env("PACTE_TODAY", "2025-01-15")
            .stdin(stdin)
            .stdout(stdout)
            .stderr(stderr);
        // SAFETY: setsid and ioctl only, between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY, 0);
                Ok(())
            });
        }
        let child = cmd.spawn().unwrap();
        let master = fs::File::from(master);
        let output = Arc::new(Mutex::new(Vec::new()));
        let mut reader = master.try_clone().unwrap();
        let out = Arc::clone(&output);
        let closing = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::clone(&closing);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                if stop.load(std::sync::atomic::Ordering::SeqCst) {
                    return;
                }
                let mut pfd = libc::pollfd {
                    fd: reader.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd.
                if unsafe { libc::poll(&mut pfd, 1, 20) } <= 0 {
                    continue;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => out.lock().unwrap().extend_from_slice(&buf[..n]),
                }
            }
        });
        Pty {
            master: Some(master),
            child,
            output,
            closing,
        }
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.output.lock().unwrap()).into_owned()
    }

    fn wait_for(&self, needle: &str) {
        let start = Instant::now();
        while !self.screen().contains(needle) {
            assert!(
                start.elapsed() < Duration::from_secs(15),
                "`{needle:?}` never came"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn keys(&mut self, k: &str) {
        if let Some(m) = &mut self.master {
            m.write_all(k.as_bytes()).unwrap();
            m.flush().unwrap();
        }
        std::thread::sleep(Duration::from_millis(300));
    }

    fn signal(&self, sig: i32) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe {
            libc::kill(self.child.id() as i32, sig);
        }
    }

    /// Waits for the process to end; how long it took.
    fn ended_within(&mut self, limit: Duration) -> Duration {
        let start = Instant::now();
        loop {
            if self.child.try_wait().unwrap().is_some() {
                return start.elapsed();
            }
            if start.elapsed() > limit {
                let _ = self.child.kill();
                panic!("still running {limit:?} after: {:?}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// True when the terminal is in raw mode (no echo, no canonical input).
    fn raw(&self) -> bool {
        let Some(m) = &self.master else { return false };
        // SAFETY: a zeroed termios is a valid out-value for tcgetattr.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        // SAFETY: a valid descriptor and out-pointer.
        unsafe { libc::tcgetattr(m.as_raw_fd(), &mut t) };
        t.c_lflag & libc::ICANON == 0
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn workspace() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tui"),
        dir.path(),
    );
    dir
}

fn started(dir: &Path) -> Pty {
    let p = Pty::start(dir);
    p.wait_for("Territoire");
    assert!(p.screen().contains(ENTER_ALT));
    p
}

#[test]
fn termination_signals_restore_the_terminal_and_end_within_a_second() {
    for sig in [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP] {
        let dir = workspace();
        let mut p = started(dir.path());
        assert!(p.raw(), "raw mode while running");
        p.signal(sig);
        let took = p.ended_within(Duration::from_secs(1));
        std::thread::sleep(Duration::from_millis(100));
        let screen = p.screen();
        assert!(
            screen.rfind(LEAVE_ALT) > screen.rfind(ENTER_ALT),
            "signal {sig}: the alternate screen was not left"
        );
        assert!(!p.raw(), "signal {sig}: the terminal stayed raw");
        eprintln!("signal {sig}: ended in {took:?}, terminal restored");
    }
}

#[test]
fn a_closed_terminal_ends_the_process_within_a_second() {
    let dir = workspace();
    let mut p = started(dir.path());
    // The terminal window goes away: every end of it closed.
    p.closing.store(true, std::sync::atomic::Ordering::SeqCst);
    std::thread::sleep(Duration::from_millis(50));
    drop(p.master.take());
    let took = p.ended_within(Duration::from_secs(1));
    eprintln!("closed terminal: ended in {took:?}");
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_takes_it_again() {
    let dir = workspace();
    let p = started(dir.path());
    let before = p.screen().len();
    p.signal(libc::SIGTSTP);
    // The job stops, the terminal restored first.
    let start = Instant::now();
    loop {
        let mut status = 0;
        // SAFETY: waitpid on our own child, with WUNTRACED|WNOHANG.
        let r = unsafe {
            libc::waitpid(
                p.child.id() as i32,
                &mut status,
                libc::WUNTRACED | libc::WNOHANG,
            )
        };
        if r > 0 && libc::WIFSTOPPED(status) {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(2), "never stopped");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        p.screen()[before..].contains(LEAVE_ALT),
        "screen not given back"
    );
    assert!(!p.raw(), "stopped with the terminal raw");
    let mark = p.screen().len();
    p.signal(libc::SIGCONT);
    p.wait_for("Territoire");
    let start = Instant::now();
    while !p.screen()[mark..].contains(ENTER_ALT) {
        assert!(start.elapsed() < Duration::from_secs(2), "not taken again");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(p.raw(), "raw mode again after SIGCONT");
}

#[test]
fn an_edit_typed_just_before_sigterm_is_on_disk() {
    let dir = workspace();
    let mut p = started(dir.path());
    let file = dir.path().join("groups/reseau-digi-thau.ron");
    let before = fs::read_to_string(&file).unwrap();
    // Search an action and change its status, then SIGTERM at once.
    p.keys("/");
    p.keys("ateliers itinerants");
    p.keys("\r");
    p.keys("s");
    p.keys("f");
    p.signal(libc::SIGTERM);
    p.ended_within(Duration::from_secs(1));
    let after = fs::read_to_string(&file).unwrap();
    assert_ne!(after, before, "the edit was not saved");
    assert!(after.contains("status: \"operating\""), "{after}");
}
