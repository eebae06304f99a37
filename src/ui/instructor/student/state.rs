//! The student's page state: the exercise file opened, the name typed, and
//! starting the exercise in the Sort area. It draws nothing.

use std::path::{Path, PathBuf};

use crate::i18n::Translator;
use crate::io::files::load_exercise;
use crate::model::LoadError;
use crate::model::exercise::{Exercise, MAX_STUDENT_LEN, normalize_name};
use crate::tr;
use crate::ui::action::{Action, Area, Note};
use crate::ui::instructor::action::StudentAction;
use crate::ui::shared::AppData;

/// An exercise file that loaded.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedExercise {
    /// Where it came from.
    pub path: PathBuf,
    /// What it holds.
    pub exercise: Exercise,
}

impl LoadedExercise {
    /// Opens an exercise file: the exercise, or no exercise and its
    /// problems (`file:line:col: message`, worded when shown).
    pub fn open(path: &Path) -> (Option<LoadedExercise>, Vec<LoadError>) {
        match load_exercise(path) {
            Ok(exercise) => {
                let path = path.to_path_buf();
                (Some(LoadedExercise { path, exercise }), Vec::new())
            }
            Err(errors) => (None, errors),
        }
    }
}

/// What the student's page remembers.
#[derive(Debug, Clone, Default)]
pub struct StudentState {
    /// The exercise opened.
    pub loaded: Option<LoadedExercise>,
    /// Why the last file did not open, one `file:line:col: message` each.
    pub errors: Vec<LoadError>,
    /// The student's name as typed.
    pub name: String,
    /// A message (why the exercise cannot start).
    pub note: Option<Note>,
}

/// Applies a student's-page action; returns follow-up actions (starting
/// the exercise in the Sort area).
pub fn apply(
    student: &mut StudentState,
    shared: &mut AppData,
    action: StudentAction,
) -> Vec<Action> {
    let tr = &shared.tr;
    match action {
        StudentAction::Open(path) => {
            open(student, &path);
            Vec::new()
        }
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
                student.note = Some(Note::Problem(tr!(tr, "student-open-first")));
                return Vec::new();
            };
            if let Some(problem) = name_problem(tr, &student.name) {
                student.note = Some(Note::Problem(problem));
                return Vec::new();
            }
            let exercise = Box::new(loaded.exercise.clone());
            let name = normalize_name(&student.name);
            student.name.clear();
            student.note = None;
            vec![
                Action::StartClassRun(exercise, name),
                Action::Navigate(Area::Sort),
            ]
        }
    }
}

/// Why this name cannot go into a result file, as advice (the one rule for
/// names, `model::names::check_name`).
pub fn name_problem(tr: &Translator, name: &str) -> Option<String> {
    use crate::model::names::{NameProblem, check_name};
    match check_name(name) {
        Ok(_) => None,
        Err(NameProblem::Control) => Some(tr!(tr, "student-name-one-line")),
        Err(NameProblem::Bidi) => Some(tr!(tr, "student-name-hidden-character")),
        Err(NameProblem::Empty) => Some(tr!(tr, "student-name-empty")),
        Err(NameProblem::TooLong) => Some(tr!(tr, "student-name-too-long", max = MAX_STUDENT_LEN)),
    }
}

/// Opens an exercise file; problems are listed as `file:line:col` lines.
fn open(student: &mut StudentState, path: &Path) {
    student.note = None;
    (student.loaded, student.errors) = LoadedExercise::open(path);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_required_and_on_one_line() {
        let tr = Translator::default();
        let name_problem = |name: &str| name_problem(&tr, name);
        assert!(name_problem("  ").is_some());
        assert!(name_problem("a\tb").is_some());
        assert!(name_problem(" Ana ").is_none());
        assert!(name_problem("\nEve Evans    4  4  100.0%\n").is_some());
        assert_eq!(normalize_name("  Ana   María "), "Ana María");
        assert!(
            name_problem("\u{202E}evE").is_some(),
            "a right-to-left override"
        );
        assert!(name_problem("\u{200B}").is_some(), "nothing visible");
    }
}
