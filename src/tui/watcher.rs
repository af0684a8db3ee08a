//! The disk watcher: once a second, on a thread of its own, a
//! [`DiskWatch`] scan of the workspace's files; it sends the event loop a
//! message only when a file's bytes moved, so that the poll costs the
//! loop nothing when nothing changed and never delays a keystroke.

use super::input::Input;
use crate::store::DiskWatch;
use std::sync::mpsc::{RecvTimeoutError, Sender, channel};
use std::time::Duration;

/// How often the files are compared with what was read.
pub const SCAN_EVERY: Duration = Duration::from_secs(1);

/// The running watcher; it stops when dropped.
#[derive(Debug)]
pub struct Watcher {
    _stop: Sender<()>,
}

/// Starts watching from `watch` (what the workspace read), sending what
/// moved on `tx`. `None` when the thread cannot be started.
pub fn start(mut watch: DiskWatch, tx: Sender<Input>) -> Option<Watcher> {
    let (stop, stopped) = channel::<()>();
    std::thread::Builder::new()
        .name("pacte-watcher".into())
        .spawn(move || {
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(SCAN_EVERY) {
                let moved = watch.scan();
                if !moved.is_empty() && tx.send(Input::Disk(moved)).is_err() {
                    return;
                }
            }
        })
        .ok()
        .map(|_| Watcher { _stop: stop })
}
