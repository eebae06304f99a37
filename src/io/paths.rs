//! Where the app keeps its files.

use std::path::PathBuf;

/// Environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "SRM_STUDY_DATA_DIR";

/// The folders the app reads and writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppPaths {
    /// The data folder: progress, the user content folder.
    pub data_dir: PathBuf,
}

impl AppPaths {
    /// Resolves the data folder: `--data-dir` first, then `SRM_STUDY_DATA_DIR`,
    /// then the platform data folder, then `./srm-study-data` as a last resort.
    pub fn resolve(cli_data_dir: Option<PathBuf>) -> Self {
        let data_dir = cli_data_dir
            .or_else(|| {
                std::env::var_os(DATA_DIR_ENV)
                    .filter(|v| !v.is_empty())
                    .map(PathBuf::from)
            })
            .or_else(|| {
                directories::ProjectDirs::from("", "", "srm-study")
                    .map(|dirs| dirs.data_dir().to_path_buf())
            })
            .unwrap_or_else(|| PathBuf::from("srm-study-data"));
        Self { data_dir }
    }

    /// The user content folder: decks here load beside the built-in ones.
    pub fn content_dir(&self) -> PathBuf {
        self.data_dir.join("content")
    }

    /// The app's own copy of every result saved, `<data dir>/results/`.
    pub fn results_dir(&self) -> PathBuf {
        self.data_dir.join("results")
    }

    /// The study progress file, `<data dir>/progress.ron`.
    pub fn progress_file(&self) -> PathBuf {
        self.data_dir.join("progress.ron")
    }
}
