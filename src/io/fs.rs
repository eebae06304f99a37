//! Atomic file writes, advisory locks and temporary-file names.

use std::io::Write;
use std::path::{Path, PathBuf};

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
    let tmp = temp_path(&backup);
    let _ = std::fs::remove_file(&tmp);
    let linked = std::fs::hard_link(&source, &tmp).and_then(|()| std::fs::rename(&tmp, &backup));
    match linked {
        Ok(()) => Ok(()),
        Err(_) => {
            let _ = std::fs::remove_file(&tmp);
            let permissions = std::fs::metadata(&source).ok().map(|m| m.permissions());
            write_atomic_with(&backup, &old()?, permissions)
        }
    }
}

/// [`write_atomic`], giving the file `permissions` when set (else those of
/// the file it replaces, else the defaults).
pub fn write_atomic_with(
    path: &Path,
    contents: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    let path = resolve_links(path);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir)?;
    let permissions =
        permissions.or_else(|| std::fs::metadata(&path).ok().map(|m| m.permissions()));
    let tmp = temp_path(&path);
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        if let Some(permissions) = permissions {
            file.set_permissions(permissions)?;
        }
        file.write_all(contents)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, &path)?;
        if let Ok(dir_handle) = std::fs::File::open(&dir) {
            // Persist the rename itself; not every platform allows this.
            let _ = dir_handle.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The file a chain of symbolic links at `path` ends in (`path` itself when
/// it is no link, or the last link when the chain is broken or too long).
fn resolve_links(path: &Path) -> PathBuf {
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

/// The temporary file this process writes `path` through:
/// `.<name>.tmp-<pid>` in the same folder.
pub fn temp_path(path: &Path) -> PathBuf {
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".to_owned());
    path.with_file_name(format!(".{file_name}.tmp-{}", std::process::id()))
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
    fn this_process_is_alive() {
        assert!(process_alive(std::process::id()));
    }
}
