//! The student's page: open an exercise file, type a name, start it in the
//! Sort area.

use egui::{RichText, Ui};

use super::state::{LoadedExercise, StudentState, name_problem};
use crate::model::session::Feedback;
use crate::text::count;
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
            ui.heading("Take an exercise");
            ui.label(
                "Open the exercise file your instructor gave you, type your name and start. \
                 At the end, save your result and hand the file back.",
            );
            ui.add_space(6.0);
            file_button(
                ui,
                ctx,
                "🗁 Open exercise…",
                Purpose::OpenExercise,
                true,
                actions,
            );
            errors_ui(
                ui,
                "This file cannot be used as an exercise. Ask your instructor for a new \
                 copy, or fix these lines:",
                &student.errors,
            );
            if let Some(loaded) = &student.loaded {
                ui.add_space(8.0);
                exercise_card(ui, loaded);
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let label = ui.label("Your name");
                    let mut name = student.name.clone();
                    let edit = egui::TextEdit::singleline(&mut name)
                        .id_salt("student-name")
                        .hint_text("as your instructor knows you")
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
                let problem = name_problem(&student.name);
                ui.horizontal(|ui| {
                    let start = ui.add_enabled(
                        problem.is_none(),
                        egui::Button::new(RichText::new("▶ Start").strong())
                            .min_size(egui::vec2(140.0, 32.0)),
                    );
                    if start.clicked() {
                        actions.push(Action::Instructor(InstructorAction::Student(
                            StudentAction::Start,
                        )));
                    }
                    if ui.button("Close this exercise").clicked() {
                        actions.push(Action::Instructor(InstructorAction::Student(
                            StudentAction::Close,
                        )));
                    }
                });
                if let Some(problem) = problem
                    && student.note.is_none()
                {
                    ui.label(RichText::new(problem).weak());
                }
            }
            note_ui(ui, &student.note);
        });
}

fn exercise_card(ui: &mut Ui, loaded: &LoadedExercise) {
    let exercise = &loaded.exercise;
    egui::Frame::new()
        .fill(ui.visuals().faint_bg_color)
        .corner_radius(8.0)
        .inner_margin(10.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(&exercise.title).size(20.0).strong());
            let mut facts = vec![count(exercise.deck.items.len(), "card", "cards")];
            facts.push(if exercise.owners_hidden() {
                "sealed: no marks, your instructor grades it".to_owned()
            } else if exercise.is_key() {
                "answer key: marks at the end, to review a sealed exercise".to_owned()
            } else {
                match exercise.feedback {
                    Feedback::Instant => "marks as each card lands".to_owned(),
                    Feedback::AtEnd => "marks at the end".to_owned(),
                }
            });
            if let Some(secs) = exercise.time_limit_secs {
                facts.push(format!("time limit {} min", secs.div_ceil(60)));
            }
            if exercise.penalty {
                facts.push("−1 for a wrong card".to_owned());
            }
            ui.label(facts.join(" · "));
            if !exercise.instructions.is_empty() {
                ui.add_space(4.0);
                ui.add(egui::Label::new(RichText::new(&exercise.instructions).italics()).wrap());
            }
            ui.label(
                RichText::new(format!("From {}", loaded.path.display()))
                    .small()
                    .weak(),
            );
        });
    if exercise.deck.items.is_empty() {
        problem_label(ui, "This exercise has no cards.");
    }
}
