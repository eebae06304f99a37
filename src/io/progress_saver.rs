//! Saving progress without making the window wait on the disk: a save runs
//! on a thread of its own (or at once, where nothing may run in the
//! background: tests, the command line), merged with what other windows
//! saved ([`progress_store::save_merged_known`]), and its answer is taken
//! in by the caller when it arrives ([`ProgressSaver::poll`]). One save
//! runs at a time; a save asked for while one runs starts when it ends,
//! from what the window holds then.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

use super::fs::FileStamp;
use super::progress_store::{self, SaveError, Saved};
use crate::model::progress::{ExerciseRecord, Progress};

/// Where a save runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SaveMode {
    /// At once, before the caller goes on (tests, the command line).
    #[default]
    Now,
    /// On a thread of its own; the answer comes through `poll`.
    OnThread,
}

/// What one save writes: the window's progress, the exercises it recorded
/// and has not saved yet, and the stamp of the file as it last saw it.
#[derive(Debug, Clone)]
pub struct SaveJob {
    /// The progress file.
    pub path: PathBuf,
    /// The window's progress (with the pending exercises in it).
    pub memory: Progress,
    /// The exercises recorded and not saved yet.
    pub pending: Vec<ExerciseRecord>,
    /// Now, in unix seconds.
    pub now: u64,
    /// The file's stamp when this window last read or wrote it.
    pub known: Option<FileStamp>,
}

/// The answer of a save.
#[derive(Debug)]
pub struct SaveDone {
    /// The exercises the save carried.
    pub sent: Vec<ExerciseRecord>,
    /// What was written (to show from now on) and what the save says of
    /// it (the new file's stamp, what was left out to fit), or why nothing
    /// was written.
    pub result: Result<(Progress, Saved), SaveError>,
}

impl SaveJob {
    /// Runs the save here and now.
    pub fn run(mut self) -> SaveDone {
        let result = progress_store::save_merged_known(
            &self.path,
            &mut self.memory,
            &self.pending,
            self.now,
            self.known.as_ref(),
        )
        .map(|saved| (self.memory, saved));
        SaveDone {
            sent: self.pending,
            result,
        }
    }
}

impl SaveDone {
    /// Takes the answer into the window's progress: on success, what was
    /// written replaces `memory`, with the exercises recorded since the
    /// save started added back, and those the save carried leave
    /// `pending`. On failure nothing changes (the exercises stay pending
    /// for the next save). Returns what the save says of the file, or the
    /// error.
    pub fn take_into(
        self,
        memory: &mut Progress,
        pending: &mut Vec<ExerciseRecord>,
    ) -> Result<Saved, SaveError> {
        let (written, saved) = self.result?;
        pending.retain(|p| !self.sent.iter().any(|s| s.same_as(p)));
        *memory = written;
        memory.merge_new(pending);
        Ok(saved)
    }
}

/// The save running on its thread, if any.
#[derive(Debug, Default)]
pub struct ProgressSaver {
    /// Where saves run.
    pub mode: SaveMode,
    running: Option<Receiver<SaveDone>>,
    answer: Option<SaveDone>,
}

impl ProgressSaver {
    /// A saver that runs saves in `mode`.
    pub fn new(mode: SaveMode) -> Self {
        Self {
            mode,
            running: None,
            answer: None,
        }
    }

    /// Whether a save is running.
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || self.answer.is_some()
    }

    /// Starts `job` on its thread; `wake` is called when it answers.
    /// Returns false (and does nothing) while another save runs.
    pub fn start(&mut self, job: SaveJob, wake: impl Fn() + Send + 'static) -> bool {
        if self.running.is_some() {
            return false;
        }
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("progress-save".into())
            .spawn(move || {
                // The receiver may be gone (the window closed): nothing to do.
                let _ = tx.send(job.run());
                wake();
            });
        match spawned {
            Ok(_) => {
                self.running = Some(rx);
                true
            }
            Err(_) => false,
        }
    }

    /// Whether the running save has answered (the answer waits in
    /// [`ProgressSaver::poll`]).
    pub fn answered(&mut self) -> bool {
        if self.answer.is_none()
            && let Some(rx) = &self.running
        {
            match rx.try_recv() {
                Ok(done) => {
                    self.running = None;
                    self.answer = Some(done);
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        self.answer.is_some()
    }

    /// The answer of the running save, once it has arrived.
    pub fn poll(&mut self) -> Option<SaveDone> {
        self.answered();
        self.answer.take()
    }

    /// Waits for the running save to answer (when the window closes).
    pub fn wait(&mut self) -> Option<SaveDone> {
        if let Some(done) = self.answer.take() {
            return Some(done);
        }
        let rx = self.running.take()?;
        rx.recv().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::{FirstAttempt, Score};

    fn record(progress: &mut Progress, id: u64, now: u64) -> ExerciseRecord {
        let first = FirstAttempt {
            cards: Vec::new(),
            score: Score {
                right: 1,
                wrong: 0,
                unanswered: 0,
                points: 1,
                max: 1,
            },
            seconds: 3,
        };
        progress.record_with_id(&first, 1, &format!("Run {id}"), now, id)
    }

    fn job(path: &std::path::Path, memory: &Progress, pending: &[ExerciseRecord]) -> SaveJob {
        SaveJob {
            path: path.to_path_buf(),
            memory: memory.clone(),
            pending: pending.to_vec(),
            now: 1_000,
            known: None,
        }
    }

    #[test]
    fn a_save_on_its_thread_answers_and_keeps_what_was_recorded_meanwhile() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("progress.ron");
        let mut memory = Progress::new();
        let mut pending = vec![record(&mut memory, 1, 100)];
        let mut saver = ProgressSaver::new(SaveMode::OnThread);
        let (tx, rx) = channel();
        assert!(saver.start(job(&path, &memory, &pending), move || {
            let _ = tx.send(());
        }));
        assert!(
            !saver.start(job(&path, &memory, &pending), || {}),
            "one at a time"
        );
        // A second exercise is recorded while the first save runs.
        pending.push(record(&mut memory, 2, 200));
        rx.recv().expect("woken");
        let done = saver.poll().expect("answered");
        assert!(!saver.is_busy());
        let saved = done.take_into(&mut memory, &mut pending).expect("saved");
        assert!(saved.stamp.is_some() && saved.trimmed.is_none());
        assert_eq!(pending.len(), 1, "the second one waits for the next save");
        assert_eq!(pending[0].id, 2);
        assert_eq!(memory.exercises.len(), 2, "both are shown");
        let on_disk = progress_store::load(&path, 1_000).progress;
        assert_eq!(on_disk.exercises.len(), 1);
        let done = job(&path, &memory, &pending).run();
        let _ = done.take_into(&mut memory, &mut pending).expect("saved");
        assert!(pending.is_empty());
        assert_eq!(
            progress_store::load(&path, 1_000).progress.exercises.len(),
            2
        );
    }

    #[test]
    fn a_failed_save_leaves_the_exercises_pending() {
        let dir = tempfile::tempdir().expect("tempdir");
        // A file where the folder should be: nothing can be written.
        let blocker = dir.path().join("not-a-folder");
        std::fs::write(&blocker, "x").expect("write");
        let path = blocker.join("progress.ron");
        let mut memory = Progress::new();
        let mut pending = vec![record(&mut memory, 7, 100)];
        let done = job(&path, &memory, &pending).run();
        assert!(done.take_into(&mut memory, &mut pending).is_err());
        assert_eq!(pending.len(), 1);
        assert_eq!(memory.exercises.len(), 1);
    }
}
