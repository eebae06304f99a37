//! The question that waits for an answer (check anyway? leave?), and the
//! one way the Sort views push their actions.

use egui::Ui;

use super::action::SortAction;
use super::state::Running;
use crate::ui::action::Action;
use crate::ui::widgets::make_live;
use egui::accesskit::Live;

pub(super) fn push(actions: &mut Vec<Action>, action: SortAction) {
    actions.push(Action::Sort(action));
}

/// The question waiting for an answer, with its two buttons; Escape is "no".
pub(super) fn question_ui(ui: &mut Ui, running: &Running, actions: &mut Vec<Action>) {
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
            let text = question.text(running);
            let shown = ui.label(
                egui::RichText::new(&text)
                    .strong()
                    .color(ui.visuals().warn_fg_color),
            );
            // Asked without moving the focus: a screen reader says it at once.
            make_live(ui, &shown, &text, Live::Assertive);
            if ui.button(egui::RichText::new(yes).strong()).clicked() {
                push(actions, question.yes());
            }
            if ui.button(no).clicked() {
                push(actions, SortAction::CancelQuestion);
            }
        });
    });
}
