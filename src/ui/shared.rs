//! What every area reads and some change: the loaded decks, the student's
//! progress, the clock, where files live and the message banner. Each
//! area's `apply` gets it beside its own state, so no area reaches into
//! another.

use std::path::PathBuf;

use crate::io::paths::AppPaths;
use crate::io::progress_store;
use crate::model::Catalog;
use crate::model::clock::Clock;
use crate::model::progress::Progress;
use crate::model::session::{FirstAttempt, Score};

/// Where the app keeps its files; absent in tests that need no disk.
#[derive(Debug, Clone)]
pub struct Storage {
    /// The data folder and the files in it.
    pub paths: AppPaths,
    /// Extra content folders from `--content`.
    pub extra_content: Vec<PathBuf>,
    /// False when a bad progress file could not be moved aside: saving would
    /// overwrite it.
    pub can_save_progress: bool,
}

/// The state the areas share.
#[derive(Debug)]
pub struct Shared {
    /// The loaded decks.
    pub catalog: Catalog,
    /// The student's history and review schedule.
    pub progress: Progress,
    /// Where "now" comes from.
    pub clock: Clock,
    /// Where files live; `None` keeps everything in memory.
    pub storage: Option<Storage>,
    /// A message for the person (e.g. what happened to a broken progress
    /// file), shown until dismissed.
    pub banner: Option<String>,
}

impl Shared {
    /// Shared state over `catalog` with empty progress kept in memory only.
    pub fn new(catalog: Catalog) -> Self {
        Self {
            catalog,
            progress: Progress::new(),
            clock: Clock::System,
            storage: None,
            banner: None,
        }
    }

    /// Records the first attempt of a just-checked exercise in progress and
    /// saves it.
    pub fn record_attempt(&mut self, first: &FirstAttempt, rounds: u32, title: &str) {
        self.progress
            .record(first, rounds, title, self.clock.now_secs());
        self.save_progress();
    }

    /// Records a checked stack drill in progress and saves it.
    pub fn record_drill(&mut self, title: &str, score: Score, seconds: u64) {
        self.progress
            .record_drill(title, score, seconds, self.clock.now_secs());
        self.save_progress();
    }

    /// Saves progress (when the app has storage); a failure ends in the
    /// banner, never in a crash.
    pub fn save_progress(&mut self) {
        let Some(storage) = &self.storage else {
            return;
        };
        if !storage.can_save_progress {
            return;
        }
        if let Err(e) = progress_store::save(&storage.paths.progress_file(), &self.progress) {
            self.banner = Some(format!("Your progress could not be saved: {e}"));
        }
    }
}
