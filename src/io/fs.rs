//! Atomic file writes, advisory locks and temporary-file names.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::model::load::MAX_FILE_BYTES;

/// Writes `contents` to `path` atomically: a temporary file in the same
/// folder is written, flushed to disk and renamed over the target, so a crash
/// leaves either the old file or the new one, never half of one.
///
/// What the user set up is kept: when `path` is a symbolic link, the file it
/// points to is replaced (the link stays a link), and an existing file keeps
/// its permissions.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, contents, None)
}

/// Writes a file that SRM Study reads back (a deck, a draft, an exercise,
/// a result): like [`write_atomic`], but refused before anything is written
/// when it is larger than the readers take ([`MAX_FILE_BYTES`], the limit
/// of [`crate::io::files::read_limited`]), so no writer makes a file its
/// reader refuses. The error ([`std::io::ErrorKind::FileTooLarge`]) says
/// how large it would be.
pub fn write_readable(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_within(path, contents, MAX_FILE_BYTES)
}

/// [`write_readable`] with another read limit (drafts:
/// [`crate::model::load::MAX_DRAFT_BYTES`]).
pub fn write_within(path: &Path, contents: &[u8], limit: u64) -> std::io::Result<()> {
    check_size(contents.len(), limit)?;
    write_atomic(path, contents)
}

/// `Ok` when `len` bytes are within `limit`, else the error
/// [`write_readable`] gives.
pub fn check_size(len: usize, limit: u64) -> std::io::Result<()> {
    if len as u64 <= limit {
        return Ok(());
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::FileTooLarge,
        format!(
            "it would be {len} bytes, more than the {} MiB SRM Study reads back, so nothing \
             was written; split it into smaller files",
            limit / (1024 * 1024)
        ),
    ))
}

/// Who a file on disk is, to tell whether it changed since it was last
/// written or read: its size, modification time and (on Unix) device and
/// inode. Every atomic write makes a new inode, so a file replaced by
/// another process never keeps its stamp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
}

impl FileStamp {
    /// The stamp of the file at `path` (through symbolic links); `None`
    /// when it cannot be read.
    pub fn of(path: &Path) -> Option<Self> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        use std::os::unix::fs::MetadataExt;
        Some(Self {
            len: meta.len(),
            modified: meta.modified().ok(),
            #[cfg(unix)]
            dev: meta.dev(),
            #[cfg(unix)]
            ino: meta.ino(),
        })
    }
}

/// Keeps the file at `path` as `backup` without copying it: a hard link to
/// the same file is made under a temporary name and renamed over `backup`.
/// Callers then replace `path` by a new file (as [`write_atomic`] does), so
/// the old content lives on, untouched, as the backup, with its
/// permissions. Falls back to an atomic copy where hard links are refused
/// (another file system, FAT).
pub fn keep_as_backup(
    path: &Path,
    backup: &Path,
    old: impl FnOnce() -> std::io::Result<Vec<u8>>,
) -> std::io::Result<()> {
    let source = resolve_links(path);
    let backup = resolve_links(backup);
    if same_file(&source, &backup) {
        // A save that failed after this step left the backup as a second
        // name of the file: it already holds that content. (Renaming a
        // link over another name of the same file does nothing, which
        // left the temporary link behind.)
        return Ok(());
    }
    let prefix = temp_prefix(&backup);
    let suffix = temp_suffix();
    let linked = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(&suffix)
        .rand_bytes(TEMP_RAND)
        .make_in(parent_dir(&backup), |tmp| std::fs::hard_link(&source, tmp))
        .and_then(|tmp| tmp.persist(&backup).map_err(|e| e.error));
    match linked {
        Ok(()) => Ok(()),
        Err(_) => {
            let permissions = std::fs::metadata(&source).ok().map(|m| m.permissions());
            write_atomic_with(&backup, &old()?, permissions)
        }
    }
}

/// Whether `a` and `b` are names of one file (on Unix: same device and
/// inode); false when either is missing.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// [`write_atomic`], giving the file `permissions` when set (else those of
/// the file it replaces, else the defaults).
///
/// The temporary file is made by `tempfile` in the target's folder, under a
/// name no longer than the target's own name allows (see [`temp_prefix`]),
/// and is removed whatever goes wrong before the rename (a full disk, a
/// refused write).
pub fn write_atomic_with(
    path: &Path,
    contents: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    let path = resolve_links(path);
    let dir = parent_dir(&path);
    std::fs::create_dir_all(&dir)?;
    let permissions =
        permissions.or_else(|| std::fs::metadata(&path).ok().map(|m| m.permissions()));
    let prefix = temp_prefix(&path);
    let suffix = temp_suffix();
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(&suffix)
        .rand_bytes(TEMP_RAND);
    #[cfg(unix)]
    {
        // What `File::create` gives a new file (the umask applies).
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut file = builder.tempfile_in(&dir)?;
    if let Some(permissions) = permissions {
        file.as_file().set_permissions(permissions)?;
    }
    file.write_all(contents)?;
    file.as_file().sync_all()?;
    // On failure the temporary file is dropped, and so removed.
    file.persist(&path).map_err(|e| e.error)?;
    if let Ok(dir_handle) = std::fs::File::open(&dir) {
        // Persist the rename itself; not every platform allows this.
        let _ = dir_handle.sync_all();
    }
    Ok(())
}

/// How many random characters a temporary name holds.
const TEMP_RAND: usize = 6;

/// The longest file name most file systems take, in bytes.
const MAX_NAME_BYTES: usize = 255;

/// The folder `path` is in (`.` for a bare name).
fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The end of every temporary name of this process: `.tmp-<pid>`, so that a
/// later run can tell a dead process's leftovers from a running save.
fn temp_suffix() -> String {
    format!(".tmp-{}", std::process::id())
}

/// The start of a temporary name for `path`: `.<name>.`, with the name cut
/// (at a character boundary) so that the whole temporary name stays within
/// 255 bytes: a legal name of 252 bytes is written as well as a short one.
pub fn temp_prefix(path: &Path) -> String {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    let room = MAX_NAME_BYTES - 2 - TEMP_RAND - temp_suffix().len();
    let mut cut = file_name.len().min(room);
    while !file_name.is_char_boundary(cut) {
        cut -= 1;
    }
    format!(".{}.", &file_name[..cut])
}

/// The file a chain of symbolic links at `path` ends in (`path` itself when
/// it is no link, or the last link's target when the chain is broken or too
/// long). Locks, backups and writes go to this file, so that a link and its
/// target share one lock.
pub fn resolve_links(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return current;
        }
        let Ok(target) = std::fs::read_link(&current) else {
            return current;
        };
        current = match current.parent() {
            Some(parent) if target.is_relative() => parent.join(target),
            _ => target,
        };
    }
    current
}

/// When `path` is a symbolic link whose target does not exist (a folder
/// that is not mounted, a file moved away), that target; else `None`.
pub fn dangling_link(path: &Path) -> Option<PathBuf> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return None;
    }
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(resolve_links(path)),
        _ => None,
    }
}

/// Whether process `pid` may still be running: true unless the system says
/// there is no such process (so a temporary file is kept when in doubt).
pub fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return true;
        };
        // SAFETY: kill with signal 0 sends nothing; it only asks whether the
        // process exists.
        let answer = unsafe { libc::kill(pid, 0) };
        answer == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// An exclusive advisory lock on a file (created if needed), held until
/// dropped. Every SRM Study process takes it before it reads and writes
/// progress, so two windows never interleave their saves.
#[derive(Debug)]
pub struct FileLock {
    _file: std::fs::File,
}

impl FileLock {
    /// Waits until the lock on `path` is free and takes it.
    pub fn acquire(path: &Path) -> std::io::Result<Self> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir)?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(path)?;
        file.lock()?;
        Ok(Self { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_atomic_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("deck.ron");
        write_atomic(&path, b"one").expect("first write");
        write_atomic(&path, b"two").expect("second write");
        assert_eq!(std::fs::read(&path).expect("read"), b"two");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symlink_and_keep_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("real.ron");
        std::fs::write(&target, b"old").expect("write");
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).expect("symlink");
        write_atomic(&link, b"new").expect("write through the link");
        assert!(
            std::fs::symlink_metadata(&link)
                .expect("meta")
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read(&target).expect("read"), b"new");
        let mode = std::fs::metadata(&target)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn a_file_at_the_read_limit_is_written_and_read_back_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("deck.ron");
        let limit = usize::try_from(MAX_FILE_BYTES).expect("fits");
        let mut bytes = vec![b'x'; limit];
        write_readable(&path, &bytes).expect("at the limit");
        let read = crate::io::files::read_limited(&path).expect("the reader takes it");
        assert_eq!(read.len(), limit);
        bytes.push(b'x');
        let err = write_readable(&path, &bytes).expect_err("over the limit");
        assert_eq!(err.kind(), std::io::ErrorKind::FileTooLarge);
        assert!(err.to_string().contains("8 MiB"), "{err}");
        assert_eq!(
            std::fs::metadata(&path).expect("meta").len(),
            MAX_FILE_BYTES
        );
        let names = std::fs::read_dir(dir.path()).expect("list").count();
        assert_eq!(names, 1, "nothing else was written");
    }

    #[test]
    fn a_252_byte_name_is_written_though_its_temporary_name_is_cut() {
        let dir = tempfile::tempdir().expect("tempdir");
        let name = format!("{}.ron", "é".repeat(124));
        assert_eq!(name.len(), 252);
        let path = dir.path().join(&name);
        write_atomic(&path, b"long").expect("a legal name");
        assert_eq!(std::fs::read(&path).expect("read"), b"long");
        assert!(temp_prefix(&path).len() + TEMP_RAND + temp_suffix().len() <= 255);
        let names = std::fs::read_dir(dir.path()).expect("list").count();
        assert_eq!(names, 1);
    }

    #[test]
    fn this_process_is_alive() {
        assert!(process_alive(std::process::id()));
    }
}
