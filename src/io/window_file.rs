//! `<data dir>/window.ron`: what the window remembers (its size, the last
//! area, the projector mode, the sort setup), in eframe's storage format (a
//! RON map of keys to RON values).
//!
//! eframe reads and writes its storage file with plain `File::open` and
//! `File::create`: a FIFO in its place hangs the window before it appears,
//! and a full disk leaves the file truncated. So eframe never gets
//! `window.ron` itself: [`WindowFile::open`] reads it the safe way
//! ([`read_regular`]: regular files only, never waiting), hands eframe a
//! working copy in the system's temporary folder, and
//! [`WindowFile::finish`] puts what eframe saved back with an atomic write,
//! only when it is a complete map (a truncated copy changes nothing).

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::files::read_regular;
use super::fs::write_atomic;

/// The name of the file in the data folder.
pub const WINDOW_FILE: &str = "window.ron";

/// `window.ron` while the window is open (see the module docs).
#[derive(Debug)]
pub struct WindowFile {
    path: PathBuf,
    text: Option<String>,
    /// False when `window.ron` is something that must not be replaced
    /// (a FIFO, a device, a folder, an unreadable file).
    writable: bool,
    work: Option<tempfile::NamedTempFile>,
    notice: Option<String>,
}

impl WindowFile {
    /// Reads `<data_dir>/window.ron` without ever waiting on it and makes
    /// eframe's working copy.
    pub fn open(data_dir: &Path) -> Self {
        let path = data_dir.join(WINDOW_FILE);
        let (text, writable, notice) = match read_regular(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => (Some(text), true, None),
                Err(_) => (None, true, None),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (None, true, None),
            Err(e) => (
                None,
                false,
                Some(format!(
                    "{}: {e}; the window's size and settings are neither read nor saved",
                    path.display()
                )),
            ),
        };
        let work = tempfile::Builder::new()
            .prefix(".srm-study-window.")
            .suffix(".ron")
            .tempfile()
            .and_then(|mut work| {
                work.write_all(text.as_deref().unwrap_or("").as_bytes())?;
                Ok(work)
            })
            .ok();
        Self {
            path,
            text,
            writable,
            work,
            notice,
        }
    }

    /// What `window.ron` held, when it was a readable text file.
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// Why `window.ron` is not used, for the person who started the app.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// The file eframe reads and writes its storage in: the working copy
    /// (`None` when none could be made and `window.ron` is no regular file,
    /// then nothing is remembered).
    pub fn eframe_path(&self) -> Option<PathBuf> {
        match &self.work {
            Some(work) => Some(work.path().to_path_buf()),
            None => self.writable.then(|| self.path.clone()),
        }
    }

    /// Puts what eframe saved in the working copy back into `window.ron`,
    /// atomically, when it is a complete storage map and differs from what
    /// the file held; `window.ron` is otherwise left as it is. The working
    /// copy is removed.
    pub fn finish(self) -> Result<(), String> {
        let Some(work) = self.work else {
            return Ok(());
        };
        if !self.writable {
            return Ok(());
        }
        let Ok(bytes) = read_regular(work.path()) else {
            return Ok(());
        };
        let Ok(text) = String::from_utf8(bytes) else {
            return Ok(());
        };
        if !is_storage_map(&text) || self.text.as_deref() == Some(text.as_str()) {
            return Ok(());
        }
        write_atomic(&self.path, text.as_bytes()).map_err(|e| {
            format!(
                "{}: cannot save the window's settings: {e}",
                self.path.display()
            )
        })
    }
}

/// Whether `text` is a whole eframe storage file: a RON map of strings,
/// not empty (a cut file does not parse).
fn is_storage_map(text: &str) -> bool {
    ron::from_str::<HashMap<String, String>>(text).is_ok_and(|map| !map.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORED: &str = "{\"window_size\":\"(1000.0,700.0)\"}";

    fn write_work(file: &WindowFile, text: &str) {
        let path = file.eframe_path().expect("a working copy");
        std::fs::write(path, text).expect("eframe writes its copy");
    }

    #[test]
    fn what_eframe_saved_goes_back_atomically_and_a_cut_save_changes_nothing() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(WINDOW_FILE);
        std::fs::write(&path, STORED).expect("write");

        let file = WindowFile::open(dir.path());
        assert_eq!(file.text(), Some(STORED));
        let work = file.eframe_path().expect("a copy");
        assert_ne!(work, path, "eframe never gets window.ron itself");
        assert_eq!(std::fs::read_to_string(&work).expect("copy"), STORED);
        file.finish().expect("nothing changed");
        assert!(!work.exists(), "the working copy is removed");
        // A full disk: eframe's write stopped after a few bytes (or none).
        for cut in ["", "{\"window_s"] {
            let file = WindowFile::open(dir.path());
            write_work(&file, cut);
            file.finish().expect("nothing to do");
            assert_eq!(std::fs::read_to_string(&path).expect("read"), STORED);
        }
        let file = WindowFile::open(dir.path());
        let newer = "{\"window_size\":\"(800.0,600.0)\"}";
        write_work(&file, newer);
        file.finish().expect("saved");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), newer);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_window_ron_is_neither_waited_on_nor_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(WINDOW_FILE);
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .expect("mkfifo");
        assert!(status.success());
        let started = std::time::Instant::now();
        let file = WindowFile::open(dir.path());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert_eq!(file.text(), None);
        assert!(
            file.notice().is_some_and(|n| n.contains("FIFO")),
            "{:?}",
            file.notice()
        );
        write_work(&file, STORED);
        file.finish().expect("nothing written");
        use std::os::unix::fs::FileTypeExt;
        let kind = std::fs::symlink_metadata(&path).expect("meta").file_type();
        assert!(kind.is_fifo(), "the FIFO stays");
    }
}
