//! Files that hold students' names, answers or the LRS secret: created
//! readable only by their owner (0600 on Unix), in folders only the owner
//! may open (0700, for the folders made here; folders that exist keep
//! their mode).

use std::path::Path;

use super::fs::write_atomic_with;

/// Makes `dir` and its missing parents; the folders made are 0700.
pub fn create_private_dir_all(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Writes `contents` atomically to `path`, a file only its owner can read
/// or write (0600), whatever mode an older file had; the missing folders
/// are made 0700.
pub fn write_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private_dir_all(parent)?;
    }
    write_atomic_with(path, contents, private_mode())
}

/// The permissions of a private file: 0600 on Unix; elsewhere `None`
/// (what a new file gets).
pub fn private_mode() -> Option<std::fs::Permissions> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(std::fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        None
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
    }

    #[test]
    fn private_files_are_0600_in_0700_folders() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a/b/queue.ron");
        write_private(&file, b"one").expect("write");
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&dir.path().join("a")), 0o700);
        assert_eq!(mode(&dir.path().join("a/b")), 0o700);
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        write_private(&file, b"two").expect("again");
        assert_eq!(mode(&file), 0o600, "an older readable file becomes private");
        assert_eq!(std::fs::read(&file).expect("read"), b"two");
    }
}
