//! Choosing a file: native dialogs run off the UI thread (`io::dialogs`),
//! and when one answers nothing (cancelled, or no dialog could be shown) a
//! typed-path box takes over. Every dialog button also has a "Type a path"
//! link that opens the box directly. The answer always comes back as an
//! action ([`Action::FileChosen`]); this file knows nothing of the areas.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::action::{Action, PromptAction, Purpose};
use super::widgets::{keep_together, problem_label, text_width};
use crate::io::dialogs::{DialogBackend, DialogRequest, PendingDialog, typed_path};

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
    pub fn apply(&mut self, action: PromptAction) -> Option<(Purpose, PathBuf)> {
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
                    None => self
                        .set_typed_error("Type the path of a file first, e.g. /home/me/quiz.ron."),
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
        Some(match answer {
            Some(paths) => Action::FileChosen { purpose, paths },
            None => Action::NothingChosen(purpose),
        })
    }
}

/// The typed-path box, a modal so that it works from any area.
pub fn typed_path_modal(ctx: &egui::Context, typed: &TypedPath, actions: &mut Vec<Action>) {
    let purpose = typed.purpose;
    let push = |actions: &mut Vec<Action>, a| actions.push(Action::Prompt(a));
    egui::Modal::new(egui::Id::unique("typed-path")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(purpose.title());
        if typed.after_dialog {
            ui.add(
                egui::Label::new(
                    "No file was chosen. If no file dialog appeared (some desktops cannot \
                     show one), type the path here instead; otherwise press Cancel.",
                )
                .wrap(),
            );
        }
        let hint = if purpose.is_save() {
            "The file is written there; a file of the same name is replaced. \
             A folder gets the proposed file name."
        } else if purpose == Purpose::ReportResults {
            "A result file, or a folder: every .ron file in it is added."
        } else {
            "The full path of the file, e.g. /home/me/week-3-quiz.ron."
        };
        ui.label(RichText::new(hint).small().weak());
        ui.add_space(4.0);
        let label = ui.label(purpose.field_label());
        let mut text = typed.text.clone();
        let edit = egui::TextEdit::singleline(&mut text)
            .hint_text("/home/me/file.ron")
            .desired_width(f32::INFINITY);
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            push(actions, PromptAction::SetTypedPath(text));
        }
        let enter = (response.lost_focus() || response.has_focus())
            && ui.input(|i| i.key_pressed(egui::Key::Enter));
        // The field takes the keyboard when the prompt opens (checked after
        // Enter, which hands the focus back).
        if !enter && ui.memory(|m| m.focused().is_none()) {
            response.request_focus();
        }
        if let Some(error) = &typed.error {
            problem_label(ui, error);
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui.button("OK").clicked() || enter {
                push(actions, PromptAction::SubmitTypedPath);
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                push(actions, PromptAction::CancelTypedPath);
            }
        });
    });
}

/// "Waiting for the file dialog" with a spinner and a way out.
pub fn waiting_ui(ui: &mut Ui, prompt: &FilePrompt, actions: &mut Vec<Action>) {
    let Some(waiting) = &prompt.waiting else {
        return;
    };
    ui.horizontal(|ui| {
        ui.spinner();
        ui.label(format!(
            "Waiting for the file dialog: {}.",
            waiting.purpose.title()
        ));
        if ui
            .button("Stop waiting")
            .on_hover_text("Use this if no dialog appeared; then type the path instead")
            .clicked()
        {
            actions.push(Action::Prompt(PromptAction::StopWaiting));
        }
    });
}

/// A dialog button and its "Type a path" link. The button is disabled while
/// another dialog is open or when `enabled` is false.
pub fn file_button(
    ui: &mut Ui,
    prompt: &FilePrompt,
    text: &str,
    purpose: Purpose,
    enabled: bool,
    actions: &mut Vec<Action>,
) {
    // The button and its link stay on one row: in a wrapping row that
    // cannot hold both, they start the next one.
    let button_text = RichText::new(text).strong();
    let link_text = RichText::new("Type a path").small();
    let width = text_width(ui, button_text.clone(), egui::TextStyle::Button)
        + 2.0 * ui.spacing().button_padding.x
        + ui.spacing().item_spacing.x
        + text_width(ui, link_text.clone(), egui::TextStyle::Small);
    keep_together(ui, width);
    ui.horizontal(|ui| {
        let free = prompt.waiting.is_none();
        let button = ui.add_enabled(
            enabled && free,
            egui::Button::new(button_text).min_size(egui::vec2(0.0, 30.0)),
        );
        if button.clicked() {
            actions.push(Action::ChooseFile(purpose));
        }
        let link = ui.add_enabled(enabled, egui::Link::new(link_text));
        let link_label = format!("Type a path: {}", purpose.title());
        link.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Link, enabled, &link_label));
        if link
            .on_hover_text("Type the file's path instead of using a file dialog")
            .clicked()
        {
            actions.push(Action::TypePath(purpose));
        }
    });
}
