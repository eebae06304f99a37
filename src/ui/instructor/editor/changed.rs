//! The question asked when the deck's file changed on disk since this
//! window opened or saved it (another window saved it): replace it, keep
//! both (this window's deck as a draft), or keep editing. Drawing only.

use egui::{Key, RichText};

use super::action::EditorAction;
use super::state::ChangedOnDisk;
use crate::i18n::Translator;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::instructor::action::InstructorAction;

/// Draws the question as a modal window.
pub fn changed_modal(
    ctx: &egui::Context,
    tr: &Translator,
    asked: &ChangedOnDisk,
    actions: &mut Vec<Action>,
) {
    let mut push = |action| actions.push(Action::Instructor(InstructorAction::Editor(action)));
    egui::Modal::new(egui::Id::unique("editor-changed-on-disk")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.heading(tr!(tr, "editor-changed-title"));
        let path = asked.path.display().to_string();
        ui.label(tr!(tr, "editor-changed-text", path = path));
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(RichText::new(tr!(tr, "editor-changed-keep-both")).strong())
                .clicked()
            {
                push(EditorAction::KeepBothAsDraft);
            }
            if ui.button(tr!(tr, "editor-changed-replace")).clicked() {
                push(EditorAction::SaveOverChanged);
            }
            if ui.button(tr!(tr, "editor-keep-editing")).clicked()
                || ui.input(|i| i.key_pressed(Key::Escape))
            {
                push(EditorAction::KeepEditing);
            }
        });
    });
}
