//! The Instructor area (placeholder until its views land).

use egui::Ui;

use super::app::{Action, AppState};

/// What the Instructor area remembers.
#[derive(Debug, Default)]
pub struct InstructorState {}

/// Something the Instructor area asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum InstructorAction {
    /// Save the finished exercise's result file.
    SaveResult,
}

/// Carries out an Instructor action; returns follow-up actions.
pub fn apply(_state: &mut AppState, _action: InstructorAction) -> Vec<Action> {
    Vec::new()
}

/// Picks up what file dialogs running off the UI thread have answered.
pub fn poll(_state: &mut AppState, _ctx: &egui::Context) {}

/// Draws the Instructor area.
pub fn instructor_ui(ui: &mut Ui, _state: &AppState, _actions: &mut Vec<Action>) {
    ui.label("The Instructor area is not built yet.");
}
