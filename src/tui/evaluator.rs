//! Work of a keystroke that can take long on a big pact, each on a thread
//! of its own so that the event loop never waits for it: the board's and
//! the alerts' figures ([`Evaluator`], a second at 60,000 actions) and the
//! search ([`Searcher`], tens of milliseconds). Each takes a snapshot (the
//! groups shared, not copied) and sends its result back to the event
//! loop; when several snapshots wait, only the last is worked on.

use super::board::Snapshot;
use super::input::Input;
use super::search::SearchJob;
use std::sync::mpsc::{Sender, channel};

/// A thread working on the last job handed over; `None` when it cannot
/// be started.
fn spawn_latest<J: Send + 'static>(
    name: &str,
    tx: Sender<Input>,
    run: impl Fn(J) -> Input + Send + 'static,
) -> Option<Sender<J>> {
    let (jobs, rx) = channel::<J>();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            while let Ok(mut job) = rx.recv() {
                while let Ok(later) = rx.try_recv() {
                    job = later;
                }
                if tx.send(run(job)).is_err() {
                    return;
                }
            }
        })
        .ok()
        .map(|_| jobs)
}

/// The running evaluator; it stops when dropped.
#[derive(Debug)]
pub struct Evaluator {
    jobs: Sender<Box<Snapshot>>,
}

impl Evaluator {
    /// Starts the thread; the figures are sent on `tx`. `None` when the
    /// thread cannot be started.
    pub fn spawn(tx: Sender<Input>) -> Option<Evaluator> {
        spawn_latest("pacte-evaluator", tx, |job: Box<Snapshot>| {
            Input::Figures(Box::new(job.compute()))
        })
        .map(|jobs| Evaluator { jobs })
    }

    /// Hands a snapshot over; back when the thread is gone.
    pub fn submit(&self, job: Box<Snapshot>) -> Result<(), Box<Snapshot>> {
        self.jobs.send(job).map_err(|e| e.0)
    }
}

/// The running searcher; it stops when dropped.
#[derive(Debug)]
pub struct Searcher {
    jobs: Sender<Box<SearchJob>>,
}

impl Searcher {
    /// Starts the thread; the results are sent on `tx`. `None` when the
    /// thread cannot be started.
    pub fn spawn(tx: Sender<Input>) -> Option<Searcher> {
        spawn_latest("pacte-searcher", tx, |job: Box<SearchJob>| {
            Input::Found(Box::new(job.run()))
        })
        .map(|jobs| Searcher { jobs })
    }

    /// Hands a search over; back when the thread is gone.
    pub fn submit(&self, job: Box<SearchJob>) -> Result<(), Box<SearchJob>> {
        self.jobs.send(job).map_err(|e| e.0)
    }
}
