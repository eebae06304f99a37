//! The Instructor area's page bar and the page on screen.

use crate::ui::theme::{inner_central_panel, inner_side_panel};
use egui::{RichText, Ui};

use super::action::{InstructorAction, Page};
use super::{builder, decks, editor, report, student};
use crate::ui::action::Action;
use crate::ui::file_prompt::waiting_ui;
use crate::ui::state::AppState;

/// Draws the Instructor area.
pub fn instructor_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let instructor = &state.instructor;
    egui::Panel::top("instructor-pages")
        .frame(inner_side_panel(ui))
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                for page in Page::ALL {
                    let selected = instructor.page == page;
                    let button = egui::Button::selectable(selected, RichText::new(page.label()));
                    if ui.add(button).clicked() && !selected {
                        actions.push(Action::Instructor(InstructorAction::ShowPage(page)));
                    }
                }
            });
            waiting_ui(ui, &state.prompt, actions);
            ui.add_space(4.0);
        });
    egui::CentralPanel::default()
        .frame(inner_central_panel(ui))
        .show(ui, |ui| match instructor.page {
            Page::Builder => builder::view::builder_ui(ui, state, actions),
            Page::Student => student::view::student_ui(ui, state, actions),
            Page::Report => report::view::report_ui(ui, state, actions),
            Page::Decks => decks::view::decks_ui(ui, state, actions),
            Page::Editor => editor::view::editor_ui(ui, state, actions),
            Page::Lrs => crate::ui::lrs::view::settings_ui(ui, state, actions),
        });
}
