//! What every area reads and some change: the loaded decks, the student's
//! progress, the clock, where files live and the message banner. Each
//! area's `apply` gets it beside its own state, so no area reaches into
//! another.

use crate::i18n::{Language, Translator};
use std::path::PathBuf;

use crate::io::fs::FileStamp;
use crate::io::paths::AppPaths;
use crate::io::progress_saver::{ProgressSaver, SaveDone, SaveJob, SaveMode};
use crate::io::progress_store::{self, SaveError};
use crate::model::Catalog;
use crate::model::clock::Clock;
use crate::model::progress::{ExerciseRecord, Progress};
use crate::model::session::{FirstAttempt, Score};
use crate::tr;

/// Where the app keeps its files; absent in tests that need no disk.
#[derive(Debug)]
pub struct DataFolder {
    /// The data folder and the files in it.
    pub paths: AppPaths,
    /// Extra content folders from `--content`.
    pub extra_content: Vec<PathBuf>,
    /// False when a bad progress file could not be moved aside, or it is
    /// from a newer SRM Study: saving would overwrite it.
    pub can_save_progress: bool,
    /// The stamp of the progress file as this window last read or wrote
    /// it: while the file keeps it, a save skips reading it again.
    pub progress_stamp: Option<FileStamp>,
    /// Runs the saves (on a thread in the window).
    pub saver: ProgressSaver,
    /// A save was asked for and waits for the running one to end.
    pub save_wanted: bool,
}

impl DataFolder {
    /// Files kept in `paths`, with no extra content folder, progress that
    /// may be saved (at once) and no stamp yet.
    pub fn in_folder(paths: AppPaths) -> Self {
        Self {
            paths,
            extra_content: Vec::new(),
            can_save_progress: true,
            progress_stamp: None,
            saver: ProgressSaver::default(),
            save_wanted: false,
        }
    }
}

/// The state the areas share.
#[derive(Debug)]
pub struct AppData {
    /// The loaded decks as the window shows them: in the window's
    /// language where a deck has a translation into it
    /// ([`Catalog::in_language`]), else as written. Its cards have the
    /// same [`CardRef`](crate::model::CardRef)s as in [`AppData::written`].
    pub catalog: Catalog,
    /// The loaded decks as their files are written (English for the
    /// built-in ones), with their translations: what the deck editor
    /// opens and copies, a deck exported as RON and the lint. Change both
    /// with [`AppData::set_catalog`] and [`AppData::set_language`].
    pub written: Catalog,
    /// The student's history and review schedule.
    pub progress: Progress,
    /// Where "now" comes from.
    pub clock: Clock,
    /// Where files live; `None` keeps everything in memory.
    pub storage: Option<DataFolder>,
    /// A message for the person (e.g. what happened to a broken progress
    /// file), shown until dismissed.
    pub banner: Option<String>,
    /// Why progress is not being saved right now (a file that could not be
    /// moved aside, a failed save, a newer file shown read-only); shown in
    /// the status bar with "Try again" until saving works.
    pub progress_problem: Option<String>,
    /// Exercises recorded in this window and not saved yet; each save adds
    /// them to what is on disk (see `progress_store::save_merged`).
    pub unsaved_exercises: Vec<ExerciseRecord>,
    /// The window's language: every string a person reads comes from it
    /// (views read it as `ctx.tr`; an `apply` that writes a message for
    /// the person uses it too).
    pub tr: Translator,
    /// Whether the decks shown hold Japanese (a translation, a user deck),
    /// so the window needs its Japanese font whatever its language.
    pub decks_have_japanese: bool,
}

impl AppData {
    /// App data over `catalog` with empty progress kept in memory only.
    pub fn new(catalog: Catalog) -> Self {
        let mut data = Self {
            catalog: catalog.clone(),
            written: catalog,
            progress: Progress::new(),
            clock: Clock::System,
            storage: None,
            banner: None,
            progress_problem: None,
            unsaved_exercises: Vec::new(),
            tr: Translator::default(),
            decks_have_japanese: false,
        };
        data.note_japanese();
        data
    }

    /// Loads `catalog` (as written) and shows it in the window's language.
    pub fn set_catalog(&mut self, catalog: Catalog) {
        self.catalog = catalog.for_language(self.tr.language());
        self.written = catalog;
        self.note_japanese();
    }

    /// Switches the window's language, its words and the decks' texts.
    pub fn set_language(&mut self, language: Language) {
        self.tr.set_language(language);
        self.catalog = self.written.for_language(language);
        self.note_japanese();
    }

    fn note_japanese(&mut self) {
        self.decks_have_japanese = self
            .catalog
            .decks
            .iter()
            .any(|d| crate::text::deck_has_japanese(&d.deck));
    }

    /// Records the first attempt of a just-checked exercise in progress and
    /// saves it.
    pub fn record_attempt(&mut self, first: &FirstAttempt, rounds: u32, title: &str) {
        let record = self.progress.record_with_id(
            first,
            rounds,
            title,
            self.clock.now_secs(),
            progress_store::new_record_id(),
        );
        if self.storage.is_some() {
            self.unsaved_exercises.push(record);
        }
        self.save_progress();
    }

    /// Records a checked stack drill in progress and saves it.
    pub fn record_drill(&mut self, title: &str, score: Score, seconds: u64) {
        let record = self.progress.record_drill_with_id(
            title,
            score,
            seconds,
            self.clock.now_secs(),
            progress_store::new_record_id(),
        );
        if self.storage.is_some() {
            self.unsaved_exercises.push(record);
        }
        self.save_progress();
    }

    /// Saves progress (when the app has storage), merged with what other
    /// windows saved: at once, or on the saver's thread (then the next
    /// [`AppData::start_save`] starts it). A failure ends in the banner and
    /// in [`AppData::progress_problem`], never in a crash.
    pub fn save_progress(&mut self) {
        let Some(storage) = &mut self.storage else {
            return;
        };
        if !storage.can_save_progress {
            return;
        }
        match storage.saver.mode {
            SaveMode::OnThread => storage.save_wanted = true,
            SaveMode::Now => {
                if let Some(job) = self.save_job() {
                    self.take_saved(job.run());
                }
            }
        }
    }

    /// The save of what this window holds now.
    fn save_job(&self) -> Option<SaveJob> {
        let storage = self.storage.as_ref()?;
        Some(SaveJob {
            path: storage.paths.progress_file(),
            memory: self.progress.clone(),
            pending: self.unsaved_exercises.clone(),
            now: self.clock.now_secs(),
            known: storage.progress_stamp.clone(),
        })
    }

    /// Starts the save asked for, unless one is running; `wake` is called
    /// when it answers.
    pub fn start_save(&mut self, wake: impl Fn() + Send + 'static) {
        let wanted = self
            .storage
            .as_ref()
            .is_some_and(|s| s.save_wanted && s.can_save_progress && !s.saver.is_busy());
        if !wanted {
            return;
        }
        let Some(job) = self.save_job() else {
            return;
        };
        if let Some(storage) = &mut self.storage
            && storage.saver.start(job, wake)
        {
            storage.save_wanted = false;
        }
    }

    /// Whether the running save has answered.
    pub fn save_answered(&mut self) -> bool {
        self.storage.as_mut().is_some_and(|s| s.saver.answered())
    }

    /// Takes in the running save's answer, once it has arrived.
    pub fn take_saved_progress(&mut self) {
        if let Some(done) = self.storage.as_mut().and_then(|s| s.saver.poll()) {
            self.take_saved(done);
        }
    }

    /// Waits for the running save and saves what is left, at once: the
    /// window is closing, or progress is about to be reset.
    pub fn finish_saving(&mut self) {
        if let Some(done) = self.storage.as_mut().and_then(|s| s.saver.wait()) {
            self.take_saved(done);
        }
        let wanted = self.storage.as_ref().is_some_and(|s| s.save_wanted);
        if wanted && let Some(job) = self.save_job() {
            if let Some(storage) = &mut self.storage {
                storage.save_wanted = false;
            }
            self.take_saved(job.run());
        }
    }

    /// Takes a save's answer into this window's progress.
    fn take_saved(&mut self, done: SaveDone) {
        let Some(storage) = &mut self.storage else {
            return;
        };
        match done.take_into(&mut self.progress, &mut self.unsaved_exercises) {
            Ok(saved) => {
                storage.progress_stamp = saved.stamp;
                self.progress_problem = None;
                if let Some(trimmed) = saved.trimmed {
                    self.banner = Some(trimmed);
                }
                // Exercises recorded while it ran go in the next save.
                if !self.unsaved_exercises.is_empty() && storage.saver.mode == SaveMode::OnThread {
                    storage.save_wanted = true;
                }
            }
            Err(e) => {
                if matches!(e, SaveError::NewerVersion(_) | SaveError::Unreadable(_)) {
                    // Left alone until it is loaded again ("Try again").
                    storage.can_save_progress = false;
                }
                let error = e.localized(&self.tr);
                self.banner = Some(tr!(self.tr, "app-save-failed", error = error.as_str()));
                self.progress_problem = Some(tr!(self.tr, "app-not-saving", error = error));
            }
        }
    }

    /// "Try again" in the status bar: when the progress file was left alone
    /// (moved aside failed, newer version, unreadable), it is loaded again
    /// (moving a bad file aside as at start) and this window's unsaved
    /// exercises are added; then progress is saved.
    pub fn retry_progress(&mut self) {
        let Some(storage) = &mut self.storage else {
            return;
        };
        if !storage.can_save_progress {
            if let Some(done) = storage.saver.wait() {
                // What a save that ran meanwhile carried stays pending.
                let _ = done.take_into(&mut self.progress, &mut self.unsaved_exercises);
            }
            let outcome =
                progress_store::load(&storage.paths.progress_file(), self.clock.now_secs());
            storage.can_save_progress = outcome.can_save;
            storage.progress_stamp = None;
            if let Some(notice) = outcome.notice {
                self.banner = Some(notice);
            }
            if let Some(blocked) = outcome.blocked {
                self.progress_problem = Some(blocked);
                return;
            }
            // Keep what this window showed when the file turned out empty
            // (e.g. moved away): it is written back with the new exercises.
            if outcome.progress != Progress::new() {
                self.progress = outcome.progress;
            }
            let pending = self.unsaved_exercises.clone();
            self.progress.merge_new(&pending);
        }
        self.save_progress();
    }
}
