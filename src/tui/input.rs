//! Terminal input on a thread of its own, so that the event loop never
//! blocks on the terminal: it sees a signal, a closed terminal or a file
//! changed on disk within a tick, whatever the terminal does.
//!
//! The thread waits on the terminal with `poll(2)`: readable input is read
//! through crossterm; a hang-up (the terminal or its window closed) or an
//! error ends the thread with [`Input::Gone`]. While git owns the terminal
//! (a password prompt during a sync) the thread is paused, so that it never
//! takes a keystroke meant for git.

use ratatui::crossterm::event::{self, Event};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

use std::thread;
use std::time::Duration;

/// What the input thread sends.
#[derive(Debug)]
pub enum Input {
    /// A terminal event.
    Event(Event),
    /// The terminal is gone (hung up, closed, or failing).
    Gone,
    /// Another of the interface's threads has something for the event loop
    /// (a save's result).
    Wake,
    /// Files changed on disk, as the disk watcher saw them.
    Disk(Vec<crate::store::DiskChange>),
    /// Figures computed by the evaluator thread.
    Figures(Box<super::board::Figures>),
    /// Search results from the searcher thread.
    Found(Box<super::search::Found>),
}

/// The input thread's controls.
#[derive(Clone, Debug, Default)]
pub struct Control {
    paused: Arc<AtomicBool>,
    idle: Arc<AtomicBool>,
}

/// How long the thread waits on the terminal before looking at its
/// controls again.
const TICK: Duration = Duration::from_millis(50);

impl Control {
    /// Stops reading the terminal; returns once the thread is not reading.
    pub fn pause(&self) {
        self.paused.store(true, Ordering::SeqCst);
        for _ in 0..100 {
            if self.idle.load(Ordering::SeqCst) {
                return;
            }
            thread::sleep(Duration::from_millis(5));
        }
    }

    /// Reads the terminal again.
    pub fn resume(&self) {
        self.paused.store(false, Ordering::SeqCst);
    }
}

/// The terminal's file descriptor: standard input when it is a terminal.
#[cfg(unix)]
fn tty_fd() -> Option<std::os::fd::RawFd> {
    // SAFETY: isatty only reads the descriptor's state.
    (unsafe { libc::isatty(0) } == 1).then_some(0)
}

/// What `poll(2)` says of the terminal within `timeout`.
#[cfg(unix)]
enum Ready {
    Input,
    Nothing,
    HungUp,
}

#[cfg(unix)]
fn wait(fd: std::os::fd::RawFd, timeout: Duration) -> Ready {
    let mut p = libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
    // SAFETY: one valid pollfd for the duration of the call.
    let n = unsafe { libc::poll(&mut p, 1, ms) };
    if n < 0 {
        let interrupted = std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted;
        return if interrupted {
            Ready::Nothing
        } else {
            Ready::HungUp
        };
    }
    if p.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        Ready::HungUp
    } else if p.revents & libc::POLLIN != 0 {
        Ready::Input
    } else {
        Ready::Nothing
    }
}

fn run(tx: Sender<Input>, control: Control) {
    #[cfg(unix)]
    let fd = tty_fd();
    loop {
        if control.paused.load(Ordering::SeqCst) {
            control.idle.store(true, Ordering::SeqCst);
            thread::sleep(TICK);
            continue;
        }
        control.idle.store(false, Ordering::SeqCst);
        #[cfg(unix)]
        if let Some(fd) = fd {
            match wait(fd, TICK) {
                Ready::HungUp => {
                    let _ = tx.send(Input::Gone);
                    return;
                }
                Ready::Nothing => continue,
                Ready::Input => {}
            }
        }
        // Re-checked: a pause asked while waiting wins over the input.
        if control.paused.load(Ordering::SeqCst) {
            continue;
        }
        // One read from the terminal may hold many events (fast typing, a
        // paste, a terminal sending several keys at once): crossterm keeps
        // them in its buffer, where the terminal's poll above cannot see
        // them. Hand them all over before waiting on the terminal again.
        let mut wait_for = TICK;
        loop {
            match event::poll(wait_for) {
                Ok(true) => match event::read() {
                    Ok(e) => {
                        if tx.send(Input::Event(e)).is_err() {
                            return;
                        }
                    }
                    Err(_) => {
                        let _ = tx.send(Input::Gone);
                        return;
                    }
                },
                Ok(false) => break,
                Err(_) => {
                    let _ = tx.send(Input::Gone);
                    return;
                }
            }
            wait_for = Duration::ZERO;
        }
    }
}

/// The running input thread's controls (for the steps that hand the
/// terminal to git).
static CONTROL: std::sync::OnceLock<Control> = std::sync::OnceLock::new();

/// Starts the input thread; its events are sent on `tx`. False when the
/// thread cannot be started.
pub fn start(tx: Sender<Input>) -> bool {
    let control = CONTROL.get_or_init(Control::default).clone();
    control.resume();
    thread::Builder::new()
        .name("pacte-input".into())
        .spawn(move || run(tx, control))
        .is_ok()
}

/// The channel the event loop reads: terminal input and the other
/// threads' news.
pub fn channel_pair() -> (Sender<Input>, Receiver<Input>) {
    channel()
}

/// Pauses the input thread, if one runs (see [`Control::pause`]).
pub fn pause() {
    if let Some(c) = CONTROL.get() {
        c.pause();
    }
}

/// Resumes the input thread, if one runs.
pub fn resume() {
    if let Some(c) = CONTROL.get() {
        c.resume();
    }
}
