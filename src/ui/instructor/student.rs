//! The student's page: open an exercise file, type a name, start it in the
//! Sort area; at the end, the result file for the instructor.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use super::{
    InstructorAction, Note, Purpose, errors_ui, file_button, note_ui, problem_label, push,
};
use crate::io::files::load_exercise;
use crate::io::fs::write_atomic;
use crate::model::clock::UtcDateTime;
use crate::model::exercise::{Exercise, ExerciseResult, MAX_STUDENT_LEN, result_to_ron};
use crate::model::session::Feedback;
use crate::ui::app::{Action, AppState, Area};
use crate::ui::sort::SortAction;

/// An exercise file that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedExercise {
    /// Where it came from.
    pub path: PathBuf,
    /// What it holds.
    pub exercise: Exercise,
}

/// What the student's page remembers.
#[derive(Debug, Clone, Default)]
pub struct StudentState {
    /// The exercise opened.
    pub loaded: Option<LoadedExercise>,
    /// Why the last file did not open, one `file:line:col: message` each.
    pub errors: Vec<String>,
    /// The student's name as typed.
    pub name: String,
    /// A message (why the exercise cannot start).
    pub note: Option<Note>,
}

/// Something the student's page asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum StudentAction {
    /// Change the name.
    SetName(String),
    /// Start the exercise in the Sort area.
    Start,
    /// Close the exercise file.
    Close,
}

pub(super) fn apply(state: &mut AppState, action: StudentAction) -> Vec<Action> {
    let student = &mut state.instructor.student;
    match action {
        StudentAction::SetName(name) => {
            student.name = name;
            student.note = None;
            Vec::new()
        }
        StudentAction::Close => {
            student.loaded = None;
            student.note = None;
            Vec::new()
        }
        StudentAction::Start => {
            let Some(loaded) = &student.loaded else {
                student.note = Some(Note::Problem("Open an exercise file first.".into()));
                return Vec::new();
            };
            if let Some(problem) = name_problem(&student.name) {
                student.note = Some(Note::Problem(problem));
                return Vec::new();
            }
            let exercise = Box::new(loaded.exercise.clone());
            let name = student.name.trim().to_owned();
            student.name.clear();
            student.note = None;
            vec![
                Action::Sort(SortAction::StartExercise(exercise, name)),
                Action::Navigate(Area::Sort),
            ]
        }
    }
}

/// Why this name cannot go into a result file, as advice.
fn name_problem(name: &str) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        Some("Type your name: it goes into the result file your instructor collects.".into())
    } else if name.chars().any(char::is_control) {
        Some("Type your name on one line.".into())
    } else if name.chars().count() > MAX_STUDENT_LEN {
        Some(format!(
            "Your name is longer than {MAX_STUDENT_LEN} characters; shorten it."
        ))
    } else {
        None
    }
}

/// Opens an exercise file; problems are listed as `file:line:col` lines.
pub(super) fn open(state: &mut AppState, path: &Path) {
    let student = &mut state.instructor.student;
    student.note = None;
    match load_exercise(path) {
        Ok(exercise) => {
            student.loaded = Some(LoadedExercise {
                path: path.to_path_buf(),
                exercise,
            });
            student.errors.clear();
        }
        Err(errors) => {
            student.loaded = None;
            student.errors = errors.iter().map(ToString::to_string).collect();
        }
    }
}

/// A name as a file-name piece: lowercase letters and digits joined by
/// single '-' ("Ana María O'Neil" -> "ana-mar-a-o-neil"); "student" when
/// nothing is left.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        "student".to_owned()
    } else {
        out
    }
}

/// `<exercise-id>-<student-slug>.ron`.
pub fn result_file_name(exercise_id: &str, student: &str) -> String {
    format!("{exercise_id}-{}.ron", slug(student))
}

/// The result's default file name, or why there is no result to save.
pub(super) fn default_result_name(state: &AppState) -> Result<String, String> {
    let (run, _) = finished_run(state)?;
    Ok(result_file_name(&run.exercise.id, &run.student))
}

fn finished_run(
    state: &AppState,
) -> Result<
    (
        &crate::ui::sort::ExerciseRun,
        &crate::model::session::FirstAttempt,
    ),
    String,
> {
    let running = state.sort.running.as_ref();
    let Some(run) = running.and_then(|r| r.exercise.as_ref()) else {
        return Err("There is no exercise from a file running: open one under \
                    Instructor, “Take an exercise”."
            .into());
    };
    let Some(first) = running.and_then(|r| r.session.first_attempt()) else {
        return Err("Check the exercise first: the result is your first attempt.".into());
    };
    Ok((run, first))
}

/// Writes the first attempt as a result file and tells the results screen
/// where it went.
pub(super) fn save_result(state: &mut AppState, path: &Path) {
    let finished_at = rfc3339(state.clock.now_secs());
    let written = finished_run(state).and_then(|(run, first)| {
        let result = ExerciseResult::from_attempt(
            &run.exercise.id,
            &run.student,
            first,
            &finished_at,
            env!("CARGO_PKG_VERSION"),
        );
        let text =
            result_to_ron(&result).map_err(|e| format!("The result could not be written: {e}"))?;
        write_atomic(path, text.as_bytes()).map_err(|e| {
            format!(
                "The result could not be saved to {}: {e}. Choose another place.",
                path.display()
            )
        })
    });
    match written {
        Ok(()) => {
            if let Some(run) = state
                .sort
                .running
                .as_mut()
                .and_then(|r| r.exercise.as_mut())
            {
                run.saved_to = Some(path.display().to_string());
            }
            if let Some(running) = state.sort.running.as_mut() {
                running.notice = None;
            }
        }
        Err(problem) => result_note(state, Note::Problem(problem)),
    }
}

/// Shows a note about the result on the Sort results screen.
pub(super) fn result_note(state: &mut AppState, note: Note) {
    if let Some(running) = state.sort.running.as_mut() {
        running.notice = Some(match note {
            Note::Done(text) | Note::Problem(text) => text,
        });
    } else if let Note::Problem(text) = note {
        state.banner = Some(text);
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ`.
fn rfc3339(secs: u64) -> String {
    let t = UtcDateTime::from_unix(secs);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        t.date_string(),
        t.hour,
        t.minute,
        t.second
    )
}

pub(super) fn student_ui(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let student = &state.instructor.student;
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
                state,
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
                        .hint_text("as your instructor knows you")
                        .desired_width(320.0);
                    let response = ui.add(edit).labelled_by(label.id);
                    if response.changed() {
                        push(
                            actions,
                            InstructorAction::Student(StudentAction::SetName(name)),
                        );
                    }
                    if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                        push(actions, InstructorAction::Student(StudentAction::Start));
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
                        push(actions, InstructorAction::Student(StudentAction::Start));
                    }
                    if ui.button("Close this exercise").clicked() {
                        push(actions, InstructorAction::Student(StudentAction::Close));
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
            let mut facts = vec![format!("{} cards", exercise.deck.items.len())];
            facts.push(match exercise.feedback {
                Feedback::Instant => "marks as each card lands".to_owned(),
                Feedback::AtEnd => "marks at the end".to_owned(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Ana María O'Neil"), "ana-mar-a-o-neil");
        assert_eq!(slug("  Bo 2 "), "bo-2");
        assert_eq!(slug("???"), "student");
        assert_eq!(result_file_name("quiz", "Cy"), "quiz-cy.ron");
    }

    #[test]
    fn finished_at_is_utc_rfc3339() {
        assert_eq!(rfc3339(1_700_000_000), "2023-11-14T22:13:20Z");
    }

    #[test]
    fn names_are_required_and_on_one_line() {
        assert!(name_problem("  ").is_some());
        assert!(name_problem("a\tb").is_some());
        assert!(name_problem(" Ana ").is_none());
    }
}
