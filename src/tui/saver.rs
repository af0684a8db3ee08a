//! The saver: where the interface's save jobs run. On its own thread in the
//! running interface (the event loop hands it the canonical bytes and the
//! expected hash, and goes on); here and now in the tests and on the
//! command line's paths, where a save's result is needed at once.
//!
//! Results come back in the order the jobs were handed over; the event
//! loop takes them with [`Saver::ready`] when woken, and waits for them
//! all with [`Saver::wait`] before it quits, suspends for git, deletes a
//! group or reloads a file.

use crate::store::saver::{SaveDone, SaveJob, Writer};
use std::collections::VecDeque;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

/// Where save jobs run.
#[derive(Debug)]
pub struct Saver {
    mode: Mode,
}

#[derive(Debug)]
enum Mode {
    /// On the calling thread: each result is ready when handed over.
    Here(Writer, VecDeque<SaveDone>),
    /// On a thread of its own.
    Thread {
        jobs: Option<Sender<SaveJob>>,
        results: Receiver<SaveDone>,
        pending: usize,
        handle: Option<JoinHandle<()>>,
        /// Used when the thread is gone (it never should be).
        fallback: Writer,
        orphans: VecDeque<SaveDone>,
    },
}

impl Saver {
    /// Runs the jobs on the calling thread, as they are handed over.
    pub fn here() -> Saver {
        Saver {
            mode: Mode::Here(Writer::default(), VecDeque::new()),
        }
    }

    /// Runs the jobs on a thread of its own; `wake` is called after each
    /// result (to wake the event loop). On the calling thread when the
    /// thread cannot be started.
    pub fn spawn(wake: impl Fn() + Send + 'static) -> Saver {
        let (jobs, rx) = channel::<SaveJob>();
        let (tx, results) = channel();
        let started = std::thread::Builder::new()
            .name("pacte-saver".into())
            .spawn(move || {
                let mut writer = Writer::default();
                for job in rx {
                    if tx.send(writer.run(job)).is_err() {
                        return;
                    }
                    wake();
                }
            });
        match started {
            Ok(handle) => Saver {
                mode: Mode::Thread {
                    jobs: Some(jobs),
                    results,
                    pending: 0,
                    handle: Some(handle),
                    fallback: Writer::default(),
                    orphans: VecDeque::new(),
                },
            },
            Err(_) => Saver::here(),
        }
    }

    /// Hands a job over.
    pub fn submit(&mut self, job: SaveJob) {
        match &mut self.mode {
            Mode::Here(w, ready) => ready.push_back(w.run(job)),
            Mode::Thread {
                jobs,
                pending,
                fallback,
                orphans,
                ..
            } => {
                let sent = match jobs {
                    Some(tx) => tx.send(job).map_err(|e| e.0),
                    None => Err(job),
                };
                match sent {
                    Ok(()) => *pending += 1,
                    Err(job) => orphans.push_back(fallback.run(job)),
                }
            }
        }
    }

    /// True when jobs run on the calling thread (each result is ready when
    /// handed over).
    pub fn runs_here(&self) -> bool {
        matches!(self.mode, Mode::Here(..))
    }

    /// Jobs handed over whose result was not taken yet.
    pub fn pending(&self) -> usize {
        match &self.mode {
            Mode::Here(_, ready) => ready.len(),
            Mode::Thread {
                pending, orphans, ..
            } => pending + orphans.len(),
        }
    }

    /// The results ready now, never waiting.
    pub fn ready(&mut self) -> Vec<SaveDone> {
        let mut out = Vec::new();
        match &mut self.mode {
            Mode::Here(_, ready) => out.extend(ready.drain(..)),
            Mode::Thread {
                results,
                pending,
                orphans,
                ..
            } => {
                out.extend(orphans.drain(..));
                while *pending > 0 {
                    match results.try_recv() {
                        Ok(d) => {
                            *pending -= 1;
                            out.push(d);
                        }
                        Err(_) => break,
                    }
                }
            }
        }
        out
    }

    /// The next result, waiting for it; `None` when nothing is pending.
    pub fn wait(&mut self) -> Option<SaveDone> {
        match &mut self.mode {
            Mode::Here(_, ready) => ready.pop_front(),
            Mode::Thread {
                results,
                pending,
                orphans,
                ..
            } => {
                if let Some(d) = orphans.pop_front() {
                    return Some(d);
                }
                if *pending == 0 {
                    return None;
                }
                match results.recv() {
                    Ok(d) => {
                        *pending -= 1;
                        Some(d)
                    }
                    Err(_) => {
                        // The thread died with jobs (never seen): nothing
                        // more will come.
                        *pending = 0;
                        None
                    }
                }
            }
        }
    }
}

impl Drop for Saver {
    /// Lets the thread finish the jobs handed over before the process goes.
    fn drop(&mut self) {
        if let Mode::Thread { jobs, handle, .. } = &mut self.mode {
            jobs.take();
            if let Some(h) = handle.take() {
                let _ = h.join();
            }
        }
    }
}
