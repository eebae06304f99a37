//! The Instructor area: build an exercise file from cards, take an exercise
//! as a student, grade a class from its result files, and import or export
//! decks. Each page is a folder with its state (no egui) and its view; files
//! are chosen through `ui::file_prompt`, whose answers arrive as actions.

pub mod action;
pub mod builder;
pub mod decks;
pub mod editor;
pub mod lrs;
pub mod report;
pub mod state;
pub mod student;
mod view;

pub use action::{
    BuilderAction, BuilderForm, CardKey, DeckExport, DecksAction, EditorAction, InstructorAction,
    NewDeckForm, Page, ReportAction, StudentAction,
};
pub use builder::state::BuilderState;
pub use decks::state::{DecksState, PendingImport};
pub use editor::state::EditorState;
pub use report::state::{ReportState, ResultFile, ResultSource};
pub use state::InstructorState;
pub use student::state::{LoadedExercise, StudentState};
pub use view::{instructor_ui, page_name};
