//! The question that waits for an answer (check anyway? leave?), and the
//! one way the Sort views push their actions.

use egui::Ui;

use super::action::SortAction;
use super::state::{Question, Running};
use crate::i18n::Translator;
use crate::tr;
use crate::ui::action::Action;
use crate::ui::widgets::make_live;
use egui::accesskit::Live;

pub(super) fn push(actions: &mut Vec<Action>, action: SortAction) {
    actions.push(Action::Sort(action));
}

/// The question waiting for an answer, with its two buttons; Escape is "no".
pub(super) fn question_ui(
    ui: &mut Ui,
    tr: &Translator,
    running: &Running,
    actions: &mut Vec<Action>,
) {
    let Some(question) = &running.question else {
        return;
    };
    if !ui.ctx().text_edit_focused()
        && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
    {
        push(actions, SortAction::CancelQuestion);
    }
    let (yes, no) = answers(tr, question);
    crate::ui::theme::note_frame(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            let text = question_text(tr, question, running);
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

/// The question as a sentence, from the state's values.
fn question_text(tr: &Translator, question: &Question, running: &Running) -> String {
    let placed = running.session.placed_count();
    match question {
        Question::CheckWithUnplaced(n) => {
            let cards: usize = *n;
            tr!(tr, "sort-question-check-unplaced", cards = cards)
        }
        Question::Leave if running.class_run.is_some() => tr!(tr, "sort-question-leave-unsaved"),
        Question::Leave => tr!(tr, "sort-question-leave"),
        Question::Replace(path) => tr!(
            tr,
            "sort-question-replace",
            path = path.display().to_string()
        ),
        Question::ShowSolution => tr!(
            tr,
            "sort-question-show-solution",
            placed = placed,
            total = running.session.cards().len()
        ),
        Question::HandIn => tr!(tr, "sort-question-hand-in", placed = placed),
    }
}

/// The labels of the "yes" and "no" buttons.
fn answers(tr: &Translator, question: &Question) -> (String, String) {
    match question {
        Question::CheckWithUnplaced(_) => (
            tr!(tr, "sort-answer-check-anyway"),
            tr!(tr, "sort-answer-keep-sorting"),
        ),
        Question::Leave => (tr!(tr, "sort-answer-leave"), tr!(tr, "sort-answer-stay")),
        Question::Replace(_) => (
            tr!(tr, "sort-answer-replace"),
            tr!(tr, "sort-answer-keep-file"),
        ),
        Question::HandIn => (
            tr!(tr, "sort-answer-hand-in"),
            tr!(tr, "sort-answer-keep-working"),
        ),
        Question::ShowSolution => (
            tr!(tr, "sort-answer-show-solution"),
            tr!(tr, "sort-answer-keep-sorting"),
        ),
    }
}
