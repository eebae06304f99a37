//! The Instructor area's state and its one `apply`, which hands each
//! page's actions to that page. It draws nothing.

use super::action::{InstructorAction, Page};
use super::builder::state::{self as builder, BuilderState};
use super::decks::state::{self as decks, DecksState};
use super::editor::action::EditorAction;
use super::editor::state::{self as editor, EditorState};
use super::lrs::state::LrsState;
use super::report::state::{self as report, ReportState};
use super::student::state::{self as student, StudentState};
use crate::ui::action::{Action, Note, Purpose};
use crate::ui::shared::AppData;

/// What the Instructor area remembers.
#[derive(Debug, Default)]
pub struct InstructorState {
    /// The page on screen.
    pub page: Page,
    /// The exercise builder.
    pub builder: BuilderState,
    /// The student's page.
    pub student: StudentState,
    /// The class report.
    pub report: ReportState,
    /// Deck import and export.
    pub decks: DecksState,
    /// The deck editor.
    pub editor: EditorState,
    /// The Learning Record Store link (its settings page, and the class
    /// report's Send and Load).
    pub lrs: LrsState,
}

impl InstructorState {
    /// Puts a note where the person who asked for a file for `purpose`
    /// will see it.
    pub fn set_note(&mut self, purpose: Purpose, note: Note) {
        match purpose {
            Purpose::ExportExercise => self.builder.note = Some(note),
            Purpose::OpenExercise | Purpose::SaveResult => self.student.note = Some(note),
            Purpose::ReportExercise
            | Purpose::ReportResults
            | Purpose::ExportCsv
            | Purpose::ExportXapi => {
                self.report.note = Some(note);
            }
            Purpose::ImportDeck => self.decks.import_note = Some(note),
            Purpose::ExportDeck => self.decks.export_note = Some(note),
            Purpose::ExportEditedDeck => self.editor.note = Some(note.into()),
        }
    }
}

/// Applies an Instructor action; returns follow-up actions.
pub fn apply(
    state: &mut InstructorState,
    shared: &mut AppData,
    action: InstructorAction,
) -> Vec<Action> {
    match action {
        InstructorAction::ShowPage(page) => {
            state.page = page;
            if page == Page::Editor {
                return editor::apply(&mut state.editor, shared, EditorAction::Refresh);
            }
            Vec::new()
        }
        InstructorAction::Builder(action) => builder::apply(&mut state.builder, shared, action),
        InstructorAction::Student(action) => student::apply(&mut state.student, shared, action),
        InstructorAction::Report(action) => report::apply(&mut state.report, shared, action),
        InstructorAction::Decks(action) => decks::apply(&mut state.decks, shared, action),
        InstructorAction::Editor(action) => editor::apply(&mut state.editor, shared, action),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::files::load_exercise;
    use crate::ui::instructor::action::{
        BuilderAction, BuilderForm, CardKey, DeckExport, DecksAction, ReportAction, StudentAction,
    };
    use crate::ui::test_support::shared;

    fn key(item: &str) -> CardKey {
        CardKey::new("t", item)
    }

    fn builder(action: BuilderAction) -> InstructorAction {
        InstructorAction::Builder(action)
    }

    #[test]
    fn pages_are_shown_by_action() {
        let mut shared = shared();
        let mut state = InstructorState::default();
        apply(
            &mut state,
            &mut shared,
            InstructorAction::ShowPage(Page::Decks),
        );
        assert_eq!(state.page, Page::Decks);
    }

    #[test]
    fn the_builder_chooses_cards_and_exports_an_exercise_that_loads() {
        let mut shared = shared();
        let mut state = InstructorState::default();
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::Toggle(key("guards"))),
        );
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::Add(vec![key("guest")])),
        );
        assert_eq!(state.builder.chosen.len(), 2);
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::Toggle(key("guards"))),
        );
        assert_eq!(state.builder.chosen.len(), 1);
        let keys = vec![key("guards"), key("patch")];
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::ChooseExactly(keys)),
        );
        assert_eq!(state.builder.chosen.len(), 2);
        assert!(
            crate::ui::instructor::builder::state::default_file_name(
                &state.builder,
                &shared.catalog,
                &shared.tr
            )
            .is_err(),
            "no id yet"
        );
        let form = BuilderForm {
            id: "week-1".into(),
            title: "Week 1".into(),
            ..BuilderForm::default()
        };
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::SetForm(form)),
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("week-1.ron");
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::ExportTo(path.clone())),
        );
        assert!(matches!(state.builder.note, Some(Note::Done(_))));
        let exercise = load_exercise(&path).expect("the export loads");
        assert_eq!(exercise.deck.items.len(), 2);
        apply(&mut state, &mut shared, builder(BuilderAction::Clear));
        assert!(state.builder.chosen.is_empty() && state.builder.note.is_none());
    }

    #[test]
    fn a_student_needs_an_exercise_and_a_name_before_starting() {
        let mut shared = shared();
        let mut state = InstructorState::default();
        let student = |a| InstructorAction::Student(a);
        assert!(apply(&mut state, &mut shared, student(StudentAction::Start)).is_empty());
        assert!(matches!(state.student.note, Some(Note::Problem(_))));
        let dir = tempfile::tempdir().expect("temp dir");
        let missing = dir.path().join("missing.ron");
        apply(
            &mut state,
            &mut shared,
            student(StudentAction::Open(missing)),
        );
        assert!(state.student.loaded.is_none() && !state.student.errors.is_empty());
        // An exercise made by the builder opens and starts in Sort.
        let keys = vec![key("guards"), key("region")];
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::ChooseExactly(keys)),
        );
        let form = BuilderForm {
            id: "quiz".into(),
            title: "Quiz".into(),
            ..BuilderForm::default()
        };
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::SetForm(form)),
        );
        let path = dir.path().join("quiz.ron");
        apply(
            &mut state,
            &mut shared,
            builder(BuilderAction::ExportTo(path.clone())),
        );
        apply(&mut state, &mut shared, student(StudentAction::Open(path)));
        assert!(state.student.loaded.is_some());
        assert!(apply(&mut state, &mut shared, student(StudentAction::Start)).is_empty());
        let name = StudentAction::SetName("  Ana  ".into());
        apply(&mut state, &mut shared, student(name));
        let follow = apply(&mut state, &mut shared, student(StudentAction::Start));
        match follow.as_slice() {
            [
                Action::StartClassRun(exercise, who),
                Action::Navigate(crate::ui::action::Area::Sort),
            ] => {
                assert_eq!(exercise.id, "quiz");
                assert_eq!(who, "Ana");
            }
            other => panic!("expected the exercise to start, got {other:?}"),
        }
    }

    #[test]
    fn the_report_and_decks_pages_keep_their_choices() {
        let mut shared = shared();
        let mut state = InstructorState::default();
        let clear = InstructorAction::Report(ReportAction::ClearResults);
        apply(&mut state, &mut shared, clear);
        assert!(state.report.results.is_empty() && state.report.report.is_none());
        let export = DecksAction::SetExport(DeckExport::Deck("t".into()));
        apply(&mut state, &mut shared, InstructorAction::Decks(export));
        assert_eq!(state.decks.export, DeckExport::Deck("t".into()));
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("t.ron");
        let export = DecksAction::ExportTo(path.clone(), Vec::new());
        apply(&mut state, &mut shared, InstructorAction::Decks(export));
        assert!(matches!(state.decks.export_note, Some(Note::Done(_))));
        assert!(path.is_file());
        state.set_note(Purpose::ImportDeck, Note::Problem("no".into()));
        assert_eq!(state.decks.import_note, Some(Note::Problem("no".into())));
    }
}
