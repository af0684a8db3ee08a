//! The evaluator: the board's and the alerts' figures computed on a thread
//! of their own, so that a keystroke after an edit never waits for the
//! evaluation of the whole pact (a second at 60,000 actions). It takes a
//! [`Snapshot`] (the groups shared, not copied) and sends the
//! [`Figures`](super::board::Figures) back to the event loop; when several
//! snapshots wait, only the last is evaluated.

use super::board::Snapshot;
use super::input::Input;
use std::sync::mpsc::{Sender, channel};

/// The running evaluator; it stops when dropped.
#[derive(Debug)]
pub struct Evaluator {
    jobs: Sender<Box<Snapshot>>,
}

impl Evaluator {
    /// Starts the thread; the figures are sent on `tx`. `None` when the
    /// thread cannot be started.
    pub fn spawn(tx: Sender<Input>) -> Option<Evaluator> {
        let (jobs, rx) = channel::<Box<Snapshot>>();
        std::thread::Builder::new()
            .name("pacte-evaluator".into())
            .spawn(move || {
                while let Ok(mut job) = rx.recv() {
                    while let Ok(later) = rx.try_recv() {
                        job = later;
                    }
                    let figures = Box::new(job.compute());
                    if tx.send(Input::Figures(figures)).is_err() {
                        return;
                    }
                }
            })
            .ok()
            .map(|_| Evaluator { jobs })
    }

    /// Hands a snapshot over; back when the thread is gone.
    pub fn submit(&self, job: Box<Snapshot>) -> Result<(), Box<Snapshot>> {
        self.jobs.send(job).map_err(|e| e.0)
    }
}
