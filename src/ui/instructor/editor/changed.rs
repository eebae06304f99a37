//! The question asked when the deck's file changed on disk since this
//! window opened or saved it (another window saved it): replace it, keep
//! both (this window's deck as a draft), or keep editing. Drawing only.

use egui::{Key, RichText};

use super::action::EditorAction;
use super::state::ChangedOnDisk;
use crate::ui::action::Action;
use crate::ui::instructor::action::InstructorAction;

/// Draws the question as a modal window.
pub fn changed_modal(ctx: &egui::Context, asked: &ChangedOnDisk, actions: &mut Vec<Action>) {
    let mut push = |action| actions.push(Action::Instructor(InstructorAction::Editor(action)));
    egui::Modal::new(egui::Id::unique("editor-changed-on-disk")).show(ctx, |ui| {
        ui.set_width(480.0);
        ui.heading("The deck file changed");
        ui.label(format!(
            "{} was changed by someone else (another window?) since you opened it. \
             Saving would replace those changes with yours.",
            asked.path.display()
        ));
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(RichText::new("Keep both (mine as a draft)").strong())
                .clicked()
            {
                push(EditorAction::KeepBothAsDraft);
            }
            if ui.button("Replace it with mine").clicked() {
                push(EditorAction::SaveOverChanged);
            }
            if ui.button("Keep editing").clicked() || ui.input(|i| i.key_pressed(Key::Escape)) {
                push(EditorAction::KeepEditing);
            }
        });
    });
}
