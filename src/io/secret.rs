//! Where the LRS secret is kept: in the desktop's keyring (the Secret
//! Service on Linux, through the `keyring` crate) when one answers,
//! otherwise in `<data dir>/lrs-secret`, a file only its owner can read.
//! Every call may wait on D-Bus (a locked keyring asks to be unlocked), so
//! the app makes them on its LRS worker thread, never on the UI thread.

use std::path::PathBuf;

use crate::io::lrs::LrsFiles;

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
    /// The sentence for the settings page.
    pub fn sentence(&self) -> String {
        match self {
            SecretPlace::Keyring => {
                "The secret is kept in your desktop's keyring (Secret Service).".to_owned()
            }
            SecretPlace::File(path) => format!(
                "No desktop keyring answered, so the secret is kept in {}, a file only you \
                 can read.",
                path.display()
            ),
        }
    }
}

/// The secret's two possible homes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretStore {
    /// The file used when there is no keyring.
    pub file: LrsFiles,
    /// Whether to try the keyring at all.
    pub use_keyring: bool,
    /// The keyring entry's user name: the data folder, so two data folders
    /// keep two secrets.
    pub account: String,
}

impl SecretStore {
    /// The store for these files; the keyring is tried unless
    /// `SRM_STUDY_KEYRING=off`.
    pub fn new(files: LrsFiles) -> Self {
        Self::with_keyring(files, keyring_allowed())
    }

    /// The store for these files, with or without the keyring.
    pub fn with_keyring(files: LrsFiles, use_keyring: bool) -> Self {
        let account = files
            .secret
            .parent()
            .map(|dir| dir.display().to_string())
            .unwrap_or_default();
        Self {
            file: files,
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
            None => SecretPlace::File(self.file.secret.clone()),
        }
    }

    /// The saved secret, from the keyring, else from the file; with where
    /// it would be kept.
    pub fn load(&self) -> Result<(Option<String>, SecretPlace), String> {
        let place = match self.entry() {
            Some((_, Some(secret))) => return Ok((Some(secret), SecretPlace::Keyring)),
            Some((_, None)) => SecretPlace::Keyring,
            None => SecretPlace::File(self.file.secret.clone()),
        };
        Ok((self.file.load_secret()?, place))
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
                self.file.save_secret("")?;
                return Ok(SecretPlace::Keyring);
            }
        }
        self.file.save_secret(secret)?;
        Ok(SecretPlace::File(self.file.secret.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_keyring_the_secret_is_a_private_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = SecretStore::with_keyring(LrsFiles::in_dir(dir.path()), false);
        let file = SecretPlace::File(dir.path().join("lrs-secret"));
        assert_eq!(store.place(), file);
        assert_eq!(store.load(), Ok((None, file.clone())));
        assert_eq!(store.save("s3cret"), Ok(file.clone()));
        assert_eq!(store.load(), Ok((Some("s3cret".into()), file.clone())));
        assert!(store.place().sentence().contains("only you can read"));
        assert_eq!(store.save(""), Ok(file.clone()));
        assert!(!dir.path().join("lrs-secret").exists());
        assert_eq!(store.account, dir.path().display().to_string());
    }
}
