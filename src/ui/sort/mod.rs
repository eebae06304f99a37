//! The Sort area: the start screen, the exercise board (a pile and three
//! bins, by drag and drop, click-then-click or the keyboard alone) and the
//! result screen.
//!
//! `action.rs` says what can happen, `state.rs` holds the state and its one
//! `apply` (no egui), and `setup.rs`, `board.rs` and `results.rs` draw.

pub mod action;
mod board;
mod results;
mod setup;
pub mod state;

use egui::Ui;

pub use action::{DEFAULT_COUNT, Kind, RememberedSetup, SortAction, SortSetup};
pub use state::{ClassRun, Question, Running, SortState, result_file_name, slug};

use crate::ui::action::Action;
use crate::ui::state::AppState;

/// Draws the Sort area.
pub fn sort_ui(ui: &mut Ui, app: &AppState, actions: &mut Vec<Action>) {
    let state = &app.sort;
    let catalog = &app.shared.catalog;
    match &state.running {
        None if state.taking => {
            if ui.button("Back to the start screen").clicked() {
                push(actions, SortAction::TakeExercise(false));
            }
            crate::ui::instructor::student::view::student_ui(ui, app, actions);
        }
        None => {
            let review = crate::ui::progress::state::review_label(&app.shared);
            setup::setup_ui(ui, catalog, &state.setup, &review, actions);
        }
        Some(running) => {
            // An instructor's exercise runs on its own cards.
            let catalog = running.exercise.as_ref().map_or(catalog, |e| &e.catalog);
            if running.show_results {
                results::results_ui(ui, catalog, running, actions);
            } else {
                let now_ms = app.shared.clock.now_ms();
                board::board_ui(ui, catalog, running, now_ms, actions);
            }
        }
    }
}

fn push(actions: &mut Vec<Action>, action: SortAction) {
    actions.push(Action::Sort(action));
}

/// The question waiting for an answer, with its two buttons; Escape is "no".
fn question_ui(ui: &mut Ui, running: &Running, actions: &mut Vec<Action>) {
    let Some(question) = &running.question else {
        return;
    };
    if !ui.ctx().text_edit_focused()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
    {
        push(actions, SortAction::CancelQuestion);
    }
    let (yes, no) = question.answers();
    crate::ui::theme::note_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(question.text(running))
                    .strong()
                    .color(ui.visuals().warn_fg_color),
            );
            if ui.button(egui::RichText::new(yes).strong()).clicked() {
                push(actions, question.yes());
            }
            if ui.button(no).clicked() {
                push(actions, SortAction::CancelQuestion);
            }
        });
    });
}
