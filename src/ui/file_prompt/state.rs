//! The file prompt's state: the dialog asked for, the dialog on screen and
//! the typed-path box. No egui: the shell starts and polls the dialogs
//! (`io::dialogs`), and their answers come back as actions.

use std::path::PathBuf;

use crate::io::dialogs::{DialogBackend, DialogRequest, PendingDialog, typed_path};
use crate::ui::action::{Action, PromptAction, Purpose};

/// A dialog that has not answered yet.
#[derive(Debug)]
pub struct Waiting {
    /// What the file is for.
    pub purpose: Purpose,
    /// The dialog.
    pub pending: PendingDialog,
}

/// The typed-path box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypedPath {
    /// What the path is for.
    pub purpose: Purpose,
    /// What has been typed.
    pub text: String,
    /// True when a dialog answered nothing before the box opened.
    pub after_dialog: bool,
    /// Why the last path typed could not be used.
    pub error: Option<String>,
}

/// The file prompt's state.
#[derive(Debug, Default)]
pub struct FilePrompt {
    /// Where dialog answers come from (tests script them).
    pub dialogs: DialogBackend,
    /// A dialog asked for, started by the shell at the end of the frame.
    pub queued: Option<(Purpose, DialogRequest)>,
    /// The dialog on screen, if any.
    pub waiting: Option<Waiting>,
    /// The typed-path box, if open.
    pub typed: Option<TypedPath>,
}

impl FilePrompt {
    /// Whether a dialog is asked for or on screen (another must wait).
    pub fn is_busy(&self) -> bool {
        self.waiting.is_some() || self.queued.is_some()
    }

    /// Queues a dialog, unless one is already asked for or on screen.
    pub fn ask(&mut self, purpose: Purpose, request: DialogRequest) {
        if self.is_busy() {
            return;
        }
        self.typed = None;
        self.queued = Some((purpose, request));
    }

    /// Opens the typed-path box for `purpose` (closing any dialog wait).
    pub fn open_typed(&mut self, purpose: Purpose, after_dialog: bool) {
        self.waiting = None;
        self.queued = None;
        self.typed = Some(TypedPath {
            purpose,
            text: String::new(),
            after_dialog,
            error: None,
        });
    }

    /// Says why the typed path cannot be used; the box stays open.
    pub fn set_typed_error(&mut self, error: &str) {
        if let Some(typed) = self.typed.as_mut() {
            typed.error = Some(error.to_owned());
        }
    }

    /// Applies a prompt action. `SubmitTypedPath` returns the purpose and the
    /// path as typed, for the caller to check; the box stays open until the
    /// caller closes it.
    pub fn apply(
        &mut self,
        tr: &crate::i18n::Translator,
        action: PromptAction,
    ) -> Option<(Purpose, PathBuf)> {
        match action {
            PromptAction::StopWaiting => {
                self.waiting = None;
                self.queued = None;
            }
            PromptAction::SetTypedPath(text) => {
                if let Some(typed) = self.typed.as_mut() {
                    typed.text = text;
                    typed.error = None;
                }
            }
            PromptAction::CancelTypedPath => self.typed = None,
            PromptAction::SubmitTypedPath => {
                let typed = self.typed.as_ref()?;
                let purpose = typed.purpose;
                match typed_path(&typed.text) {
                    Some(path) => return Some((purpose, path)),
                    None => self.set_typed_error(&crate::tr!(tr, "app-typed-empty")),
                }
            }
        }
        None
    }

    /// Starts the queued dialog; `wake` is called when it answers.
    pub fn start_queued(&mut self, wake: impl Fn() + Send + 'static) {
        if let Some((purpose, request)) = self.queued.take() {
            let pending = self.dialogs.start(request, wake);
            self.waiting = Some(Waiting { purpose, pending });
        }
    }

    /// The action for a dialog that has answered, if one has.
    pub fn poll(&mut self) -> Option<Action> {
        let waiting = self.waiting.as_ref()?;
        let answer = waiting.pending.try_answer()?;
        let purpose = waiting.purpose;
        self.waiting = None;
        match answer {
            // Cancelled: the wait ends, and that is all.
            Some(paths) if paths.is_empty() => None,
            Some(paths) => Some(Action::FileChosen { purpose, paths }),
            None => Some(Action::NothingChosen(purpose)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::dialogs::{DialogKind, FileType};
    use std::collections::VecDeque;

    fn asked(answer: crate::io::dialogs::DialogAnswer) -> (FilePrompt, Option<Action>) {
        let mut prompt = FilePrompt {
            dialogs: DialogBackend::Scripted(VecDeque::from([answer])),
            ..FilePrompt::default()
        };
        prompt.ask(
            Purpose::OpenExercise,
            DialogRequest {
                kind: DialogKind::OpenFile,
                title: "Open".into(),
                file_type: FileType::Ron,
                file_name: None,
            },
        );
        prompt.start_queued(|| {});
        let action = prompt.poll();
        (prompt, action)
    }

    /// Issue 28: Cancel in the dialog cancels; it does not open the
    /// typed-path box, which only stands in for a dialog that could not be
    /// shown.
    #[test]
    fn cancel_cancels_and_only_a_missing_dialog_opens_the_typed_box() {
        let (prompt, action) = asked(Some(vec![]));
        assert_eq!(action, None);
        assert!(!prompt.is_busy() && prompt.typed.is_none());
        let (_, action) = asked(None);
        assert_eq!(action, Some(Action::NothingChosen(Purpose::OpenExercise)));
    }
}
