//! Where the LRS secret is kept: in the desktop's keyring (the Secret
//! Service on Linux, through the `keyring` crate) when one answers,
//! otherwise in `<data dir>/lrs-secret`, a file only its owner can read.
//! Every call may wait on D-Bus (a locked keyring asks to be unlocked), so
//! the app makes them on its LRS worker thread, never on the UI thread.

use std::path::{Path, PathBuf};

use crate::io::private::write_private;

/// The keyring's service name for the secret.
pub const KEYRING_SERVICE: &str = "srm-study-lrs";

/// The environment variable that keeps the keyring out (`off`): the secret
/// then always goes to the file.
pub const KEYRING_ENV: &str = "SRM_STUDY_KEYRING";

/// Whether the keyring may be tried: unless `SRM_STUDY_KEYRING=off`.
pub fn keyring_allowed() -> bool {
    !std::env::var(KEYRING_ENV).is_ok_and(|v| v.eq_ignore_ascii_case("off"))
}

/// Where the secret is (or would be) kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SecretPlace {
    /// In the desktop's keyring.
    Keyring,
    /// In this file, readable only by its owner.
    File(PathBuf),
}

impl SecretPlace {
    /// Where the secret is kept, as a message for the settings page and
    /// `srm-study lrs set-secret`.
    pub fn message(&self) -> crate::i18n::Msg {
        match self {
            SecretPlace::Keyring => crate::msg!("lrs-secret-in-keyring"),
            SecretPlace::File(path) => {
                crate::msg!("lrs-secret-in-file", path = path.display().to_string())
            }
        }
    }
}

/// The secret's two possible homes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretStore {
    /// The file used when there is no keyring (`<data dir>/lrs-secret`).
    pub file: PathBuf,
    /// Whether to try the keyring at all.
    pub use_keyring: bool,
    /// The keyring entry's user name: the data folder, so two data folders
    /// keep two secrets.
    pub account: String,
}

impl SecretStore {
    /// The store whose file is `file`; the keyring is tried unless
    /// `SRM_STUDY_KEYRING=off`.
    pub fn new(file: PathBuf) -> Self {
        Self::with_keyring(file, keyring_allowed())
    }

    /// The store whose file is `file`, with or without the keyring.
    pub fn with_keyring(file: PathBuf, use_keyring: bool) -> Self {
        let account = file
            .parent()
            .map(|dir| dir.display().to_string())
            .unwrap_or_default();
        Self {
            file,
            use_keyring,
            account,
        }
    }

    /// The keyring entry and the secret it holds (`None`: none saved
    /// there), when a keyring answers. One D-Bus round trip.
    fn entry(&self) -> Option<(keyring::Entry, Option<String>)> {
        if !self.use_keyring {
            return None;
        }
        let entry = keyring::Entry::new(KEYRING_SERVICE, &self.account).ok()?;
        match entry.get_password() {
            Ok(secret) => Some((entry, Some(secret))),
            Err(keyring::Error::NoEntry) => Some((entry, None)),
            Err(_) => None,
        }
    }

    /// Where the secret is kept: the keyring when one answers.
    pub fn place(&self) -> SecretPlace {
        match self.entry() {
            Some(_) => SecretPlace::Keyring,
            None => SecretPlace::File(self.file.clone()),
        }
    }

    /// The saved secret, from the keyring, else from the file; with where
    /// it would be kept.
    pub fn load(&self) -> Result<(Option<String>, SecretPlace), String> {
        let place = match self.entry() {
            Some((_, Some(secret))) => return Ok((Some(secret), SecretPlace::Keyring)),
            Some((_, None)) => SecretPlace::Keyring,
            None => SecretPlace::File(self.file.clone()),
        };
        Ok((load_secret_file(&self.file)?, place))
    }

    /// Keeps the secret (an empty one removes it): in the keyring when one
    /// answers (and then no copy stays in the file), else in the file.
    pub fn save(&self, secret: &str) -> Result<SecretPlace, String> {
        if let Some((entry, _)) = self.entry() {
            let kept = if secret.is_empty() {
                match entry.delete_credential() {
                    Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
                    Err(e) => Err(e),
                }
            } else {
                entry.set_password(secret)
            };
            if kept.is_ok() {
                save_secret_file(&self.file, "")?;
                return Ok(SecretPlace::Keyring);
            }
        }
        save_secret_file(&self.file, secret)?;
        Ok(SecretPlace::File(self.file.clone()))
    }
}

/// A symbolic link where the secret file goes: refused, so the secret is
/// never written to (or read from) a file outside the data folder.
fn refuse_link(path: &Path) -> Result<(), String> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => Err(format!(
            "{} is a symbolic link; the LRS secret is never kept through a link. Remove the \
             link and save the secret again.",
            path.display()
        )),
        _ => Ok(()),
    }
}

/// The secret kept in `path`, or `None` when there is no such file.
pub fn load_secret_file(path: &Path) -> Result<Option<String>, String> {
    refuse_link(path)?;
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(
            String::from_utf8_lossy(&bytes)
                .trim_end_matches('\n')
                .to_owned(),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Keeps the secret in `path`, a file only its owner can read (0600 on
/// Unix, in a 0700 folder when the folder is made); an empty secret
/// removes the file. A symbolic link there is refused.
pub fn save_secret_file(path: &Path, secret: &str) -> Result<(), String> {
    let at = |e: std::io::Error| format!("{}: {e}", path.display());
    refuse_link(path)?;
    if secret.is_empty() {
        return match std::fs::remove_file(path) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(at(e)),
            _ => Ok(()),
        };
    }
    write_private(path, secret.as_bytes()).map_err(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_keyring_the_secret_is_a_private_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = SecretStore::with_keyring(dir.path().join("lrs-secret"), false);
        let file = SecretPlace::File(dir.path().join("lrs-secret"));
        assert_eq!(store.place(), file);
        assert_eq!(store.load(), Ok((None, file.clone())));
        assert_eq!(store.save("s3cret"), Ok(file.clone()));
        assert_eq!(store.load(), Ok((Some("s3cret".into()), file.clone())));
        assert!(
            store
                .place()
                .message()
                .to_string()
                .contains("only you can read")
        );
        assert_eq!(store.save(""), Ok(file.clone()));
        assert!(!dir.path().join("lrs-secret").exists());
        assert_eq!(store.account, dir.path().display().to_string());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_secret_is_refused_and_the_target_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = dir.path().join("data");
        std::fs::create_dir(&data).expect("data");
        let outside = dir.path().join("outside.txt");
        std::fs::write(&outside, "keep me").expect("outside");
        std::os::unix::fs::symlink(&outside, data.join("lrs-secret")).expect("link");
        let store = SecretStore::with_keyring(data.join("lrs-secret"), false);
        let refused = store.save("s3cret").expect_err("a link is refused");
        assert!(refused.contains("symbolic link"), "{refused}");
        assert!(store.load().is_err());
        assert_eq!(std::fs::read_to_string(&outside).expect("read"), "keep me");
    }

    #[cfg(unix)]
    #[test]
    fn the_secret_file_is_0600_in_a_0700_folder() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("new-data").join("lrs-secret");
        save_secret_file(&file, "s3cret").expect("save");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(&dir.path().join("new-data")), 0o700);
    }
}
