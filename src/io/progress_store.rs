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
//! - A file made by a newer SRM Study is left where it is: it is shown
//!   read-only when its fields can be read, and nothing is written over or
//!   beside it.
//! - [`save_merged`] is how the app saves: under an advisory lock on the
//!   data folder (`.srm-study.lock`), it reads the file on disk, adds this window's new
//!   exercises and writes the result, so two windows on one data folder lose
//!   nothing.
//!
//! Time is injected: `now` is unix seconds (UTC), used for migrated review
//! dates and the names of files moved aside.

use std::path::{Path, PathBuf};

use thiserror::Error;

use super::files::read_limited;
use super::fs::{
    FileLock, FileStamp, dangling_link, keep_as_backup, process_alive, resolve_links,
    write_atomic_with,
};
use crate::i18n::{Msg, Translator};
use crate::model::clock::UtcDateTime;
use crate::model::load::{ErrorKind, MAX_FILE_BYTES};
use crate::model::progress::{ExerciseRecord, Progress, ProgressError};
use crate::msg;

/// What [`load`] found.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub struct LoadOutcome {
    /// The progress to study with: the file's, the backup's, or empty.
    pub progress: Progress,
    /// What went wrong and where the kept files are, for the window; `None`
    /// when the file loaded (or did not exist yet).
    pub notice: Option<String>,
    /// False when a bad file could not be moved aside, or the file is from
    /// a newer SRM Study: saving would overwrite it, so the app must not
    /// call [`save`] until it loads again.
    pub can_save: bool,
    /// Why progress is not saved, in one line for the status bar; `Some`
    /// exactly when `can_save` is false.
    pub blocked: Option<String>,
    /// The stamp of the file read, when `progress` is exactly what it holds
    /// (for [`save_merged_known`]).
    pub stamp: Option<FileStamp>,
}

impl LoadOutcome {
    fn clean(progress: Progress) -> Self {
        Self {
            progress,
            notice: None,
            can_save: true,
            blocked: None,
            stamp: None,
        }
    }
}

/// The status-bar reason for a progress file from a newer SRM Study.
pub const NEWER_READ_ONLY: &str =
    "progress.ron was made by a newer SRM Study: your progress is shown but not changed";

/// Why progress could not be saved. Its `Display` is English;
/// [`SaveError::localized`] words it in the reader's language.
#[derive(Debug, Error)]
#[error("{}", self.message())]
pub enum SaveError {
    /// The progress could not be written as RON.
    Serialize(#[from] ron::Error),
    /// The file on disk was made by a newer SRM Study; it is left alone.
    NewerVersion(Msg),
    /// The file on disk changed into one that cannot be read; it is left
    /// alone until progress is loaded again.
    Unreadable(Msg),
    /// Even the per-card statistics alone are over the read limit.
    TooLarge(usize),
    /// The disk refused.
    Io {
        /// The file being written.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
}

impl SaveError {
    /// The error as a message (what the system said stays as it said it).
    pub fn message(&self) -> Msg {
        match self {
            SaveError::Serialize(error) => msg!("save-error-serialize", error = error.to_string()),
            SaveError::NewerVersion(message) | SaveError::Unreadable(message) => message.clone(),
            SaveError::TooLarge(bytes) => msg!("save-error-too-large", bytes = *bytes),
            SaveError::Io { path, source } => {
                msg!("save-error-io", path = path, error = source.to_string())
            }
        }
    }

    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        self.message().localized(tr)
    }
}

/// What a save did: the stamp of the file written, and what was left out
/// to keep it within what SRM Study reads back.
#[derive(Debug, Clone, PartialEq, Default)]
#[must_use]
pub struct Saved {
    /// The stamp of the new file, for the next save (`None` when it could
    /// not be read back).
    pub stamp: Option<FileStamp>,
    /// When the file would have been over the read limit: what was left
    /// out to make it fit, in a sentence for the window. Never silent.
    pub trimmed: Option<String>,
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

/// A new exercise id, unique across processes and runs with overwhelming
/// likelihood: the process id, the time in nanoseconds, a counter and the
/// standard library's random hash keys, mixed; never 0.
pub fn new_record_id() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    hasher.write_u128(nanos);
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish().max(1)
}

/// The lock file every process takes before reading and writing a progress
/// file in a folder: `.srm-study.lock` in that folder (a lock on the data
/// folder, never replaced or removed). A symbolic link is followed first:
/// a window that saves through `sx/progress.ron -> ../sy/progress.ron` and
/// one that saves `sy/progress.ron` take the same lock, in `sy`.
/// A link whose target's folder is missing (nothing is saved there) is
/// locked beside the link, so that no folder is made for it.
pub fn lock_path(path: &Path) -> PathBuf {
    let real = resolve_links(path);
    let folder_missing = real
        .parent()
        .is_some_and(|p| !p.as_os_str().is_empty() && !p.is_dir());
    if real != path && folder_missing {
        return path.with_file_name(".srm-study.lock");
    }
    real.with_file_name(".srm-study.lock")
}

/// The sentence for a progress file that is a link to nothing.
fn dangling_sentence(path: &Path, target: &Path) -> String {
    dangling_message(path, target).to_string()
}

fn dangling_message(path: &Path, target: &Path) -> Msg {
    msg!(
        "save-error-dangling-link",
        path = path.display().to_string(),
        target = target.display().to_string()
    )
}

fn lock(path: &Path) -> Result<FileLock, SaveError> {
    let lock = lock_path(path);
    FileLock::acquire(&lock).map_err(|source| SaveError::Io {
        path: lock.display().to_string(),
        source,
    })
}

fn io_err(p: &Path) -> impl FnOnce(std::io::Error) -> SaveError {
    let path = p.display().to_string();
    move |source| SaveError::Io { path, source }
}

/// Saves `progress` to `path` as it is, replacing what the file holds (see
/// [`save_merged`] for the app's saves): the current file (if any) is first
/// copied to `progress.ron.bak` atomically, with the file's permissions,
/// then the new content replaces `path` atomically (temporary file, fsync,
/// rename; through a symbolic link, keeping permissions). A crash at any
/// moment leaves a complete `path` and a complete backup.
pub fn save(path: &Path, progress: &Progress) -> Result<(), SaveError> {
    let _lock = lock(path)?;
    refuse_newer(path)?;
    let mut progress = progress.clone();
    write_locked(path, &mut progress).map(drop)
}

/// Saves this window's progress, keeping what other windows saved: under
/// the lock, the file on disk is read and the exercises of `pending` (this
/// window's records not saved yet) are added to it in time order, each
/// once. When there is no file, `memory` (which holds `pending`) is written.
/// Returns what was written, to show from now on.
pub fn save_merged(
    path: &Path,
    memory: &Progress,
    pending: &[ExerciseRecord],
    now: u64,
) -> Result<Progress, SaveError> {
    let mut merged = memory.clone();
    let _saved = save_merged_known(path, &mut merged, pending, now, None)?;
    Ok(merged)
}

/// [`save_merged`], skipping the read when the file on disk is the one this
/// window last wrote or read, and changing `memory` in place (no copy of a
/// big history per save): `known` is that file's stamp (from the last save
/// or [`LoadOutcome`]). Then nobody else wrote since, the file holds exactly
/// `memory` without `pending`, and `memory` is written with `pending` added;
/// otherwise the file is read and merged as usual. On success `memory` is
/// what was written, to show from now on, and the stamp of the new file is
/// returned for the next save (`None` when it could not be read back),
/// with what had to be left out to stay within the read limit, if
/// anything; on failure `memory` still holds every exercise it had.
pub fn save_merged_known(
    path: &Path,
    memory: &mut Progress,
    pending: &[ExerciseRecord],
    now: u64,
    known: Option<&FileStamp>,
) -> Result<Saved, SaveError> {
    let _lock = lock(path)?;
    if let Some(target) = dangling_link(path) {
        return Err(SaveError::Unreadable(dangling_message(path, &target)));
    }
    let unchanged = known.is_some() && FileStamp::of(path).as_ref() == known;
    let on_disk = if unchanged {
        Ok(None)
    } else {
        read_progress(path, now)
    };
    let trimmed = match on_disk {
        Ok(Some(mut disk)) => {
            disk.merge_new(pending);
            let trimmed = write_locked(path, &mut disk)?;
            *memory = disk;
            trimmed
        }
        Ok(None) => {
            memory.merge_new(pending);
            write_locked(path, memory)?
        }
        Err(err @ ProgressError::NewerVersion { .. }) => {
            return Err(SaveError::NewerVersion(msg!(
                "save-error-newer-shown",
                reason = reason(&err)
            )));
        }
        Err(err) => {
            return Err(SaveError::Unreadable(msg!(
                "save-error-changed-on-disk",
                path = path.display().to_string(),
                reason = reason(&err)
            )));
        }
    };
    Ok(Saved {
        stamp: FileStamp::of(path),
        trimmed,
    })
}

/// Refuses to replace a file made by a newer SRM Study.
fn refuse_newer(path: &Path) -> Result<(), SaveError> {
    match read_progress(path, 0) {
        Err(err @ ProgressError::NewerVersion { .. }) => Err(SaveError::NewerVersion(msg!(
            "save-error-newer-left",
            reason = reason(&err)
        ))),
        _ => Ok(()),
    }
}

/// Writes `progress` (made to fit the read limit) with its backup; the
/// caller holds the lock. Returns what had to be left out to fit, in a
/// sentence, when anything was.
fn write_locked(path: &Path, progress: &mut Progress) -> Result<Option<String>, SaveError> {
    if let Some(target) = dangling_link(path) {
        return Err(SaveError::Unreadable(dangling_message(path, &target)));
    }
    progress.compact();
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let exercises = progress.exercises.len();
    let detailed = progress
        .exercises
        .iter()
        .filter(|e| !e.cards.is_empty())
        .count();
    let Some(text) = progress.to_ron_within(limit)? else {
        return Err(SaveError::TooLarge(progress.to_ron()?.len()));
    };
    let trimmed = trimmed_sentence(
        path,
        exercises - progress.exercises.len(),
        detailed
            - progress
                .exercises
                .iter()
                .filter(|e| !e.cards.is_empty())
                .count(),
    );
    let permissions = std::fs::metadata(path).ok().map(|m| m.permissions());
    if std::fs::symlink_metadata(path).is_ok() {
        // The old file becomes the backup (a hard link, no copy); the new
        // content then replaces it under its name.
        let backup = backup_path(path);
        keep_as_backup(path, &backup, || {
            read_limited(path).map_err(std::io::Error::other)
        })
        .map_err(|e| SaveError::Unreadable(msg!("save-error-no-backup", error = e.to_string())))?;
    }
    write_atomic_with(path, text.as_bytes(), permissions).map_err(io_err(path))?;
    Ok(trimmed)
}

/// What a save left out to stay within the read limit, in a sentence;
/// `None` when nothing.
fn trimmed_sentence(path: &Path, exercises: usize, details: usize) -> Option<String> {
    if exercises == 0 && details == 0 {
        return None;
    }
    let mut parts = Vec::new();
    if details > 0 {
        parts.push(format!(
            "the card-by-card detail of {details} exercise{}",
            if details == 1 { "" } else { "s" }
        ));
    }
    if exercises > 0 {
        parts.push(format!(
            "the {exercises} oldest exercise{} of the history",
            if exercises == 1 { "" } else { "s" }
        ));
    }
    Some(format!(
        "{} would have been larger than the {} MiB SRM Study reads back, so {} {} left out \
         to make it fit. What you know per card is kept; the previous file is {}.",
        path.display(),
        MAX_FILE_BYTES / (1024 * 1024),
        parts.join(" and "),
        if parts.len() == 1 && (details + exercises) == 1 {
            "was"
        } else {
            "were"
        },
        backup_path(path).display()
    ))
}

/// Loads the progress at `path` (see the module docs). A missing file gives
/// empty progress and no notice; a missing file with a backup beside it is
/// restored from the backup, with a notice. Never fails: every problem ends
/// in the notice.
pub fn load(path: &Path, now: u64) -> LoadOutcome {
    // Other processes take the lock to save; while we hold it, none is
    // half-way through a save. Without the lock nothing is cleaned.
    if let Ok(_lock) = lock(path) {
        remove_stale_temp_files(path);
    }
    let shown = path.display().to_string();
    if let Some(target) = dangling_link(path) {
        let sentence = dangling_sentence(path, &target);
        return LoadOutcome {
            progress: Progress::new(),
            notice: Some(format!("{sentence}.")),
            can_save: false,
            blocked: Some(sentence),
            stamp: None,
        };
    }
    let backup = backup_path(path);
    // The stamp before and after the read: equal, the file read is the one
    // stamped (every save makes a new file).
    let before = FileStamp::of(path);
    let (mut notice, mut can_save) = match read_progress(path, now) {
        Ok(Some(progress)) => {
            let after = FileStamp::of(path);
            return LoadOutcome {
                stamp: after.filter(|a| Some(a) == before.as_ref()),
                ..LoadOutcome::clean(progress)
            };
        }
        Err(err @ ProgressError::NewerVersion { .. }) => return newer_read_only(path, &err),
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
    let blocked = (!can_save).then(|| {
        format!(
            "progress is not saved: a bad progress file could not be moved aside from {}",
            path.parent().unwrap_or(path).display()
        )
    });
    LoadOutcome {
        progress,
        notice: Some(notice),
        can_save,
        blocked,
        stamp: None,
    }
}

/// A file from a newer SRM Study stays where it is and is shown read-only,
/// as far as this build can read it.
fn newer_read_only(path: &Path, err: &ProgressError) -> LoadOutcome {
    let shown = read_limited(path)
        .ok()
        .and_then(|bytes| Progress::from_newer_ron(&path.display().to_string(), &bytes));
    let what = if shown.is_some() {
        "Your progress is shown but not changed"
    } else {
        "Its layout cannot be shown here, so progress starts empty, and nothing is saved"
    };
    LoadOutcome {
        progress: shown.unwrap_or_default(),
        notice: Some(format!(
            "{}. {what}: this window never writes over or beside it. Update SRM Study to \
             keep studying with it.",
            reason(err)
        )),
        can_save: false,
        blocked: Some(NEWER_READ_ONLY.to_owned()),
        stamp: None,
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

/// Removes temporary files that [`write_atomic_with`] left behind when a
/// process died mid-save (`.progress.ron.<random>.tmp-<pid>`,
/// `.progress.ron.bak.<random>.tmp-<pid>`, and the older
/// `.progress.ron.tmp-<pid>`). Best effort; the temporary files of a
/// process that still runs (this one included) are left alone.
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
    let prefix = format!(".{name}.");
    let own_pid = std::process::id();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(file_name) = file_name.to_str() else {
            continue;
        };
        let stale = file_name.starts_with(&prefix)
            && file_name
                .rsplit_once("tmp-")
                .and_then(|(_, pid)| pid.parse::<u32>().ok())
                .is_some_and(|pid| pid != own_pid && !process_alive(pid));
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
    let _lock = lock(path)?;
    refuse_newer(path)?;
    let kept = match read_limited(path) {
        Ok(old) => {
            let stamp = UtcDateTime::from_unix(now).file_stamp();
            let stem = path.file_stem().map_or_else(
                || "progress".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
            let kept = path.with_file_name(format!("{stem}.reset-{stamp}.ron"));
            let permissions = std::fs::metadata(path).ok().map(|m| m.permissions());
            write_atomic_with(&kept, &old, permissions).map_err(io_err(&kept))?;
            Some(kept)
        }
        Err(_) if std::fs::symlink_metadata(path).is_err() => None,
        Err(e) => {
            return Err(SaveError::Unreadable(msg!(
                "save-error-not-read",
                error = e.to_string()
            )));
        }
    };
    write_locked(path, &mut Progress::new())?;
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    /// Issue #30: why progress could not be saved, in the reader's
    /// language; the system's own words stay as it gave them.
    #[test]
    fn a_save_error_is_worded_in_the_readers_language() {
        use crate::i18n::Language;
        let error = SaveError::Io {
            path: "/data/progress.ron".into(),
            source: std::io::Error::other("disk full"),
        };
        assert_eq!(
            error.to_string(),
            "cannot save progress to /data/progress.ron: disk full"
        );
        let german = error.localized(&Translator::new(Language::German));
        assert_ne!(german, error.to_string());
        assert!(german.contains("/data/progress.ron") && german.contains("disk full"));
        let large = SaveError::TooLarge(9_000_000);
        assert_eq!(
            large.to_string(),
            "the progress is too large to save (9000000 bytes of card statistics)"
        );
        assert_ne!(
            large.localized(&Translator::new(Language::Japanese)),
            large.to_string()
        );
    }
}
