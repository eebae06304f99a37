//! Reading and writing `<data dir>/progress.ron` so that no crash and no bad
//! file loses study progress.
//!
//! - [`save`] writes atomically and keeps the previous good file as
//!   `progress.ron.bak`.
//! - [`load`] never overwrites or deletes a file it cannot use: a corrupt,
//!   unreadable or newer-version file is moved aside to
//!   `progress.corrupt-<YYYYMMDD-HHMMSS>.ron` (or `progress.unreadable-...`,
//!   `progress.newer-version-...`), the backup is tried next, and the
//!   returned notice tells the student what happened and where the file is.
//!
//! Time is injected: `now` is unix seconds (UTC), used for migrated review
//! dates and the names of files moved aside.

use std::path::{Path, PathBuf};

use thiserror::Error;

use super::files::read_limited;
use super::fs::write_atomic;
use crate::model::clock::UtcDateTime;
use crate::model::load::ErrorKind;
use crate::model::progress::{Progress, ProgressError};

/// What [`load`] found.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LoadOutcome {
    /// The progress to study with: the file's, the backup's, or empty.
    pub progress: Progress,
    /// What went wrong and where the kept files are, for the window; `None`
    /// when the file loaded (or did not exist yet).
    pub notice: Option<String>,
    /// False when a bad file could not be moved aside: saving would then
    /// overwrite it, so the app must not call [`save`] this run.
    pub can_save: bool,
}

impl LoadOutcome {
    fn clean(progress: Progress) -> Self {
        Self {
            progress,
            notice: None,
            can_save: true,
        }
    }
}

/// Why progress could not be saved.
#[derive(Debug, Error)]
pub enum SaveError {
    /// The progress could not be written as RON.
    #[error("cannot write the progress as RON: {0}")]
    Serialize(#[from] ron::Error),
    /// The disk refused.
    #[error("cannot save progress to {path}: {source}")]
    Io {
        /// The file being written.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

/// The backup kept beside `path`: `progress.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map_or_else(
        || std::ffi::OsString::from("progress.ron"),
        std::ffi::OsStr::to_os_string,
    );
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves `progress` to `path`: the current file (if any) is first copied to
/// `progress.ron.bak` atomically, then the new content replaces `path`
/// atomically (temporary file, fsync, rename). A crash at any moment leaves a
/// complete `path` and a complete backup.
pub fn save(path: &Path, progress: &Progress) -> Result<(), SaveError> {
    let text = progress.to_ron()?;
    let io_err = |p: &Path| {
        let path = p.display().to_string();
        move |source| SaveError::Io { path, source }
    };
    match std::fs::read(path) {
        Ok(old) => {
            let backup = backup_path(path);
            write_atomic(&backup, &old).map_err(io_err(&backup))?;
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(io_err(path)(e)),
    }
    write_atomic(path, text.as_bytes()).map_err(io_err(path))
}

/// Loads the progress at `path` (see the module docs). A missing file gives
/// empty progress and no notice; a missing file with a backup beside it is
/// restored from the backup, with a notice. Never fails: every problem ends
/// in the notice.
pub fn load(path: &Path, now: u64) -> LoadOutcome {
    remove_stale_temp_files(path);
    let shown = path.display().to_string();
    let backup = backup_path(path);
    let (mut notice, mut can_save) = match read_progress(path, now) {
        Ok(Some(progress)) => return LoadOutcome::clean(progress),
        Ok(None) => {
            if !backup.exists() {
                return LoadOutcome::clean(Progress::new());
            }
            (format!("{shown} was missing."), true)
        }
        Err(err) => match set_aside(path, aside_kind(&err, ""), now) {
            Ok(kept) => (
                format!(
                    "{} The file was kept, untouched, at {}.",
                    describe(&err),
                    kept.display()
                ),
                true,
            ),
            Err(e) => (
                format!(
                    "{} It could not be moved aside ({e}), so progress will not be saved \
                     until {shown} is moved or removed.",
                    describe(&err)
                ),
                false,
            ),
        },
    };
    let shown_backup = backup.display().to_string();
    let progress = match read_progress(&backup, now) {
        Ok(Some(progress)) => {
            notice.push_str(&format!(
                " Your progress was restored from the backup {shown_backup}, which holds \
                 everything up to the save before the last one."
            ));
            progress
        }
        Ok(None) => {
            notice.push_str(" There is no backup, so progress starts empty.");
            Progress::new()
        }
        Err(err) => {
            notice.push_str(&format!(
                " The backup could not be used either: {}.",
                reason(&err)
            ));
            match set_aside(&backup, aside_kind(&err, "bak-"), now) {
                Ok(kept) => notice.push_str(&format!(" It was kept at {}.", kept.display())),
                Err(e) => {
                    notice.push_str(&format!(
                        " It could not be moved aside ({e}), so progress will not be saved \
                         until {shown_backup} is moved or removed."
                    ));
                    can_save = false;
                }
            }
            notice.push_str(" Progress starts empty.");
            Progress::new()
        }
    };
    LoadOutcome {
        progress,
        notice: Some(notice),
        can_save,
    }
}

/// Reads and parses one file: `Ok(None)` when it does not exist.
fn read_progress(path: &Path, now: u64) -> Result<Option<Progress>, ProgressError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        _ => {}
    }
    let bytes = read_limited(path).map_err(ProgressError::Load)?;
    Progress::from_ron(&path.display().to_string(), &bytes, now).map(Some)
}

/// A sentence about a file that could not be used.
fn describe(err: &ProgressError) -> String {
    match err {
        ProgressError::NewerVersion { .. } => {
            format!(
                "{}. It can be opened with that newer SRM Study.",
                reason(err)
            )
        }
        ProgressError::Load(_) => format!("Your progress file could not be read: {}.", reason(err)),
    }
}

/// What is wrong with a file, with where (`file:line:col` when known).
fn reason(err: &ProgressError) -> String {
    match err {
        ProgressError::NewerVersion {
            path,
            found,
            supported,
        } => format!(
            "{path} was made by a newer SRM Study (file version {found}; this one reads up \
             to version {supported})"
        ),
        ProgressError::Load(e) => e.to_string(),
    }
}

/// The word in the name of a file moved aside.
fn aside_kind(err: &ProgressError, prefix: &str) -> String {
    let kind = match err {
        ProgressError::NewerVersion { .. } => "newer-version",
        ProgressError::Load(e) if e.kind == ErrorKind::Io => "unreadable",
        ProgressError::Load(_) => "corrupt",
    };
    format!("{prefix}{kind}")
}

/// Renames `path` to `<stem>.<kind>-<stamp>.ron` in the same folder (adding
/// `-2`, `-3`... if that name is taken) and returns the new path.
fn set_aside(path: &Path, kind: String, now: u64) -> std::io::Result<PathBuf> {
    let stem = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.split('.').next())
        .filter(|s| !s.is_empty())
        .unwrap_or("progress");
    let stamp = UtcDateTime::from_unix(now).file_stamp();
    let mut target = path.with_file_name(format!("{stem}.{kind}-{stamp}.ron"));
    let mut n = 2;
    while std::fs::symlink_metadata(&target).is_ok() {
        target = path.with_file_name(format!("{stem}.{kind}-{stamp}-{n}.ron"));
        n += 1;
    }
    std::fs::rename(path, &target)?;
    Ok(target)
}

/// Removes temporary files that [`write_atomic`] left behind when a process
/// died mid-save (`.progress.ron.tmp-<pid>`, `.progress.ron.bak.tmp-<pid>`).
/// Best effort; this process's own temporary files are left alone.
fn remove_stale_temp_files(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefixes = [format!(".{name}.tmp-"), format!(".{name}.bak.tmp-")];
    let own_pid = std::process::id().to_string();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let stale = prefixes.iter().any(|prefix| {
            file_name.strip_prefix(prefix.as_str()).is_some_and(|pid| {
                !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) && pid != own_pid
            })
        });
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Starts progress afresh: the current file is first kept as
/// `progress.reset-<YYYYMMDD-HHMMSS>.ron` beside it, then empty progress is
/// saved. Returns where the old progress was kept (`None` when there was no
/// file).
pub fn reset(path: &Path, now: u64) -> Result<Option<PathBuf>, SaveError> {
    let kept = match std::fs::read(path) {
        Ok(old) => {
            let stamp = UtcDateTime::from_unix(now).file_stamp();
            let stem = path.file_stem().map_or_else(
                || "progress".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
            let kept = path.with_file_name(format!("{stem}.reset-{stamp}.ron"));
            write_atomic(&kept, &old).map_err(|source| SaveError::Io {
                path: kept.display().to_string(),
                source,
            })?;
            Some(kept)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(source) => {
            return Err(SaveError::Io {
                path: path.display().to_string(),
                source,
            });
        }
    };
    save(path, &Progress::new())?;
    Ok(kept)
}
