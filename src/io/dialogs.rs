//! File dialogs that never block the window.
//!
//! A native dialog (rfd) can take a long time, or never answer at all, when
//! the desktop portal is missing or stuck. Each request therefore runs on its
//! own thread and hands its answer back over a channel; the thread wakes the
//! window when it is done, so nothing polls in a loop. Tests swap the native
//! dialog for a scripted one, and a disabled one always answers "nothing", so
//! the typed-path fallback can be tested too.
//!
//! This module knows nothing of egui: the caller passes a `wake` function
//! (for the app, one that asks egui for a repaint).

use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What a dialog answered: the chosen paths; an empty list when the person
/// cancelled it (nothing more happens); `None` when no dialog could be
/// shown (the typed-path box takes its place).
pub type DialogAnswer = Option<Vec<PathBuf>>;

/// The three kinds of dialog the app uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKind {
    /// Choose one existing file.
    OpenFile,
    /// Choose one or more existing files.
    OpenFiles,
    /// Choose where to write a file.
    SaveFile,
}

/// The kind of file a dialog shows first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    /// SRM Study files: decks, exercises, results (`.ron`).
    Ron,
    /// A spreadsheet table (`.csv`).
    Csv,
    /// xAPI statements (`.json`).
    Json,
    /// Cards for another tool (Moodle XML, a QTI package, Anki, Quizlet).
    Cards(crate::model::export::Format),
}

impl FileType {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            FileType::Ron => "ron",
            FileType::Csv => "csv",
            FileType::Json => "json",
            FileType::Cards(format) => format.extension(),
        }
    }
}

/// One dialog to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogRequest {
    /// Open one, open many, or save.
    pub kind: DialogKind,
    /// The dialog's title: what the file is for.
    pub title: String,
    /// The kind of file to show first (every file can still be chosen).
    pub file_type: FileType,
    /// The names the dialog shows for the kind of file and for every
    /// file, in the window's language (`ui::file_prompt::words`).
    pub filter_names: FilterNames,
    /// For a save dialog, the file name it proposes.
    pub file_name: Option<String>,
}

/// The names a dialog shows for its two filters.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FilterNames {
    /// The kind of file asked for, e.g. "SRM Study files (.ron)".
    pub file_type: String,
    /// Every file.
    pub all_files: String,
}

/// Where dialog answers come from.
#[derive(Debug, Clone, Default)]
pub enum DialogBackend {
    /// The platform's dialog (rfd), on a thread of its own.
    #[default]
    Native,
    /// Answers given in advance, one per request, in order (tests). When
    /// they run out, every request answers nothing.
    Scripted(VecDeque<DialogAnswer>),
    /// Always answers nothing, as when no dialog can be shown.
    Disabled,
}

impl DialogBackend {
    /// Starts a dialog; its answer arrives through the returned
    /// [`PendingDialog`]. `wake` is called (from another thread, for the
    /// native dialog) once the answer is ready. Never blocks.
    pub fn start(
        &mut self,
        request: DialogRequest,
        wake: impl Fn() + Send + 'static,
    ) -> PendingDialog {
        let (sender, receiver) = channel();
        match self {
            DialogBackend::Native => {
                let spawned = std::thread::Builder::new()
                    .name("file-dialog".into())
                    .spawn(move || {
                        let answer = native_dialog(&request);
                        // The app may have stopped waiting: a closed channel is fine.
                        let _ = sender.send(answer);
                        wake();
                    });
                // Without a thread there is no dialog: the closed channel
                // then reads as "nothing chosen", at the next poll.
                drop(spawned);
            }
            DialogBackend::Scripted(answers) => {
                let answer = answers.pop_front().flatten();
                let _ = sender.send(answer);
                wake();
            }
            DialogBackend::Disabled => {
                let _ = sender.send(None);
                wake();
            }
        }
        PendingDialog { receiver }
    }
}

/// A dialog whose answer may not have arrived yet.
#[derive(Debug)]
pub struct PendingDialog {
    receiver: Receiver<DialogAnswer>,
}

impl PendingDialog {
    /// A dialog that stays open and never answers, as a person leaves one
    /// on screen (for tests of the "waiting for the file dialog" line).
    pub fn never() -> Self {
        let (sender, receiver) = channel();
        // Nobody will send: the channel stays open and empty.
        std::mem::forget(sender);
        Self { receiver }
    }

    /// The answer, once there is one: `Some(answer)`. A dialog thread that
    /// died without answering counts as "nothing chosen".
    pub fn try_answer(&self) -> Option<DialogAnswer> {
        match self.receiver.try_recv() {
            Ok(answer) => Some(answer),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(None),
        }
    }
}

fn native_dialog(request: &DialogRequest) -> DialogAnswer {
    if !dialog_possible() {
        return None;
    }
    let started = std::time::Instant::now();
    let answer = rfd_dialog(request);
    answer_of(answer, started.elapsed())
}

/// Whether rfd has anything to show a dialog with: on Linux, a session bus
/// (for the desktop portal) or `zenity`.
fn dialog_possible() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("PATH").is_some_and(|path| {
            std::env::split_paths(&path).any(|dir| dir.join("zenity").is_file())
        })
}

/// How long a dialog that showed takes at least: rfd answers "nothing"
/// both when the person cancelled and when no dialog could be shown (no
/// portal answered, no zenity); the second comes back at once.
const SHOWN_AT_LEAST: std::time::Duration = std::time::Duration::from_millis(700);

/// What rfd's answer means: paths are paths; nothing after a dialog was on
/// screen is a cancel (an empty list); nothing at once is no dialog.
fn answer_of(answer: Option<Vec<PathBuf>>, elapsed: std::time::Duration) -> DialogAnswer {
    match answer {
        Some(paths) if !paths.is_empty() => Some(paths),
        _ if elapsed >= SHOWN_AT_LEAST => Some(Vec::new()),
        _ => None,
    }
}

fn rfd_dialog(request: &DialogRequest) -> Option<Vec<PathBuf>> {
    let file_type = request.file_type;
    let mut dialog = rfd::FileDialog::new()
        .set_title(&request.title)
        .add_filter(&request.filter_names.file_type, &[file_type.extension()])
        .add_filter(&request.filter_names.all_files, &["*"]);
    if let Some(name) = &request.file_name {
        dialog = dialog.set_file_name(name);
    }
    match request.kind {
        DialogKind::OpenFile => dialog.pick_file().map(|p| vec![p]),
        DialogKind::OpenFiles => dialog.pick_files(),
        DialogKind::SaveFile => dialog
            .set_can_create_directories(true)
            .save_file()
            .map(|p| vec![p]),
    }
}

/// Turns what a person typed into a path: surrounding white space and
/// quotes are dropped, and a leading `~` means the home folder. `None` for
/// nothing typed.
pub fn typed_path(text: &str) -> Option<PathBuf> {
    let text = text.trim();
    let text = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .or_else(|| text.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')))
        .unwrap_or(text)
        .trim();
    if text.is_empty() {
        return None;
    }
    let home = || directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf());
    if text == "~" {
        return home().or_else(|| Some(PathBuf::from(text)));
    }
    if let Some(rest) = text.strip_prefix("~/")
        && let Some(home) = home()
    {
        return Some(home.join(rest));
    }
    Some(PathBuf::from(text))
}

/// `path`, with `.ext` added when it has no extension at all (a save dialog
/// or a typed name may leave it out).
pub fn with_default_extension(path: &Path, file_type: FileType) -> PathBuf {
    if path.extension().is_some() {
        path.to_path_buf()
    } else {
        path.with_extension(file_type.extension())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn request(kind: DialogKind) -> DialogRequest {
        DialogRequest {
            kind,
            title: "Test".into(),
            file_type: FileType::Ron,
            filter_names: FilterNames::default(),
            file_name: None,
        }
    }

    #[test]
    fn scripted_answers_come_in_order_then_nothing() {
        let mut backend = DialogBackend::Scripted(VecDeque::from([
            Some(vec![PathBuf::from("a.ron")]),
            None,
            Some(vec![]),
        ]));
        let wakes = Arc::new(AtomicUsize::new(0));
        let mut answers = Vec::new();
        for _ in 0..4 {
            let counter = wakes.clone();
            let pending = backend.start(request(DialogKind::OpenFile), move || {
                counter.fetch_add(1, Ordering::SeqCst);
            });
            answers.push(pending.try_answer());
        }
        assert_eq!(
            answers,
            [
                Some(Some(vec![PathBuf::from("a.ron")])),
                Some(None),
                Some(Some(vec![])),
                Some(None)
            ]
        );
        assert_eq!(wakes.load(Ordering::SeqCst), 4);
    }

    /// Issue 28: Cancel in a native dialog cancels; only a dialog that
    /// could not be shown (nothing, at once) opens the typed-path box.
    #[test]
    fn a_cancelled_dialog_is_told_from_a_missing_one() {
        use std::time::Duration;
        let chosen = vec![PathBuf::from("a.ron")];
        assert_eq!(
            answer_of(Some(chosen.clone()), Duration::ZERO),
            Some(chosen)
        );
        assert_eq!(answer_of(None, Duration::from_secs(3)), Some(vec![]));
        assert_eq!(answer_of(None, Duration::from_millis(20)), None);
        assert_eq!(answer_of(Some(vec![]), Duration::from_millis(20)), None);
    }

    #[test]
    fn disabled_answers_nothing_at_once() {
        let pending = DialogBackend::Disabled.start(request(DialogKind::SaveFile), || {});
        assert_eq!(pending.try_answer(), Some(None));
    }

    #[test]
    fn typed_paths_are_trimmed_unquoted_and_expand_home() {
        assert_eq!(typed_path("   "), None);
        assert_eq!(
            typed_path(" \"/tmp/a b.ron\" "),
            Some("/tmp/a b.ron".into())
        );
        assert_eq!(typed_path("'x.ron'"), Some("x.ron".into()));
        if let Some(home) = directories::BaseDirs::new().map(|b| b.home_dir().to_path_buf()) {
            assert_eq!(typed_path("~/d/e.ron"), Some(home.join("d/e.ron")));
        }
    }

    #[test]
    fn a_missing_extension_is_added() {
        assert_eq!(
            with_default_extension(Path::new("/tmp/report"), FileType::Csv),
            PathBuf::from("/tmp/report.csv")
        );
        assert_eq!(
            with_default_extension(Path::new("/tmp/quiz.txt"), FileType::Ron),
            PathBuf::from("/tmp/quiz.txt")
        );
    }
}
