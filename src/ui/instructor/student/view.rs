//! The student's page: open an exercise file, type a name, start it in the
//! Sort area.

use crate::ui::widgets::Plain;
use egui::{RichText, Ui};

use super::state::{LoadedExercise, StudentState, name_problem};
use crate::i18n::Translator;
use crate::model::session::Feedback;
use crate::tr;
use crate::ui::action::{Action, Purpose};
use crate::ui::context::ViewCtx;
use crate::ui::file_prompt::view::file_button;
use crate::ui::instructor::action::{InstructorAction, StudentAction};
use crate::ui::widgets::{errors_ui, note_ui, problem_label};

/// Draws the student's page.
pub fn student_ui(ui: &mut Ui, ctx: &ViewCtx, student: &StudentState, actions: &mut Vec<Action>) {
    egui::ScrollArea::vertical()
        .id_salt("student-page")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.heading(tr!(ctx.tr, "student-heading"));
            ui.add(egui::Label::new(tr!(ctx.tr, "student-intro")).wrap());
            ui.add_space(6.0);
            file_button(
                ui,
                ctx,
                &tr!(ctx.tr, "student-open"),
                Purpose::OpenExercise,
                true,
                actions,
            );
            let errors: Vec<String> = (student.errors.iter())
                .map(|e| e.localized(ctx.tr))
                .collect();
            errors_ui(ui, &tr!(ctx.tr, "student-exercise-errors"), &errors);
            if let Some(loaded) = &student.loaded {
                ui.add_space(8.0);
                exercise_card(ui, ctx.tr, loaded);
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let label = ui.label(tr!(ctx.tr, "student-name"));
                    let mut name = student.name.clone();
                    let edit = egui::TextEdit::singleline(&mut name)
                        .id_salt("student-name")
                        .hint_text(tr!(ctx.tr, "student-name-hint"))
                        .desired_width(320.0);
                    let response = ui.add(edit).labelled_by(label.id);
                    if response.changed() {
                        actions.push(Action::Instructor(InstructorAction::Student(
                            StudentAction::SetName(name),
                        )));
                    }
                    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        actions.push(Action::Instructor(InstructorAction::Student(
                            StudentAction::Start,
                        )));
                    }
                });
                let problem = name_problem(ctx.tr, &student.name);
                ui.horizontal(|ui| {
                    let start = ui
                        .add_enabled(
                            problem.is_none(),
                            egui::Button::new(RichText::new(tr!(ctx.tr, "student-start")).strong())
                                .min_size(egui::vec2(140.0, 32.0)),
                        )
                        .plain();
                    if start.clicked() {
                        actions.push(Action::Instructor(InstructorAction::Student(
                            StudentAction::Start,
                        )));
                    }
                    if ui.button(tr!(ctx.tr, "student-close")).clicked() {
                        actions.push(Action::Instructor(InstructorAction::Student(
                            StudentAction::Close,
                        )));
                    }
                });
                if let Some(problem) = problem
                    && student.note.is_none()
                {
                    ui.add(egui::Label::new(RichText::new(problem).weak()).wrap());
                }
            }
            note_ui(ui, &student.note);
        });
}

fn exercise_card(ui: &mut Ui, tr: &Translator, loaded: &LoadedExercise) {
    let exercise = &loaded.exercise;
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(8.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&exercise.title).size(20.0).strong());
            let mut facts = vec![tr!(tr, "student-cards", cards = exercise.deck.items.len())];
            facts.push(if exercise.owners_hidden() {
                tr!(tr, "student-sealed")
            } else if exercise.is_key() {
                tr!(tr, "student-answer-key")
            } else {
                match exercise.feedback {
                    Feedback::Instant => tr!(tr, "student-marks-instant"),
                    Feedback::AtEnd => tr!(tr, "student-marks-at-end"),
                }
            });
            if let Some(secs) = exercise.time_limit_secs {
                facts.push(tr!(tr, "student-time-limit", minutes = secs.div_ceil(60)));
            }
            if exercise.penalty {
                facts.push(tr!(tr, "student-penalty"));
            }
            ui.add(egui::Label::new(facts.join(" · ")).wrap());
            if !exercise.instructions.is_empty() {
                ui.add_space(4.0);
                ui.add(egui::Label::new(RichText::new(&exercise.instructions).italics()).wrap());
            }
            ui.label(
                RichText::new(tr!(
                    tr,
                    "student-from",
                    path = loaded.path.display().to_string()
                ))
                .small()
                .weak(),
            );
        });
    if exercise.deck.items.is_empty() {
        problem_label(ui, &tr!(tr, "student-no-cards"));
    }
}
