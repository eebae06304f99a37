//! What can happen in the app: the [`Action`] every view pushes and every
//! area's `apply` returns as follow-ups. This file sits below every area's
//! state and views (it imports only the areas' action enums, which import
//! nothing of the ui), so actions flow one way and no import runs back up.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::browse::action::BrowseAction;
use super::drill::action::DrillAction;
use super::instructor::action::InstructorAction;
use super::instructor::lrs::action::LrsAction;
pub use super::note::Note;
use super::progress::action::ProgressAction;
use super::sort::action::SortAction;
use crate::io::dialogs::{DialogKind, FileType};
use crate::model::CardRef;

/// The areas of the app, in navigation order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum Area {
    /// The responsibility browser.
    #[default]
    Browse,
    /// Sorting exercises.
    Sort,
    /// History and spaced review.
    Progress,
    /// Exercise files and class reports.
    Instructor,
    /// The stack drill, reached from Browse and Sort (not in the
    /// navigation bar).
    Drill,
}

impl Area {
    /// Every area in navigation order.
    pub const ALL: [Area; 4] = [Area::Browse, Area::Sort, Area::Progress, Area::Instructor];

    /// The name in the navigation bar.
    pub fn label(self) -> &'static str {
        match self {
            Area::Browse => "Browse",
            Area::Sort => "Sort",
            Area::Progress => "Progress",
            Area::Instructor => "Instructor",
            Area::Drill => "Stack drill",
        }
    }
}

/// Something a view asks for, or a follow-up an area's `apply` returns;
/// [`super::AppState::apply`] carries it out.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Show another area.
    Navigate(Area),
    /// Show or hide the list of content errors.
    ToggleLoadErrors,
    /// Something for the Browse area.
    Browse(BrowseAction),
    /// Start a sorting exercise on these cards, titled so, and show it.
    StartSort(Vec<CardRef>, String),
    /// Something for the Sort area.
    Sort(SortAction),
    /// Something for the Stack drill area.
    Drill(DrillAction),
    /// Something for the Progress area.
    Progress(ProgressAction),
    /// Something for the Instructor area.
    Instructor(InstructorAction),
    /// Something for the Learning Record Store link (its settings page,
    /// sending and loading, the worker's reports).
    Lrs(LrsAction),
    /// Start the stack drill on this service and show it (from Browse).
    StartDrill(String),
    /// Open a copy of this deck in the deck editor (from Browse).
    EditDeckCopy(String),
    /// Start a spaced review of the cards due (from Sort or Progress).
    StartReview,
    /// Start the exercise the Sort start screen has set up, and show it
    /// (from Progress).
    StartSortSetup,
    /// Run this instructor's exercise in Sort for this student.
    StartClassRun(Box<crate::model::exercise::Exercise>, String),
    /// Load the decks again from disk (after an import).
    ReloadContent,
    /// Turn projector mode (large type, high contrast) on or off.
    ToggleProjector,
    /// Show the window in another language, from the next frame on.
    SetLanguage(crate::i18n::Language),
    /// Turn projector mode on or off, and full screen with it (F11, and
    /// Escape to leave).
    ToggleProjectorFullScreen,
    /// Hide the message banner.
    DismissBanner,
    /// Try again to save progress ("Try again" beside the status-bar marker
    /// shown while progress is not being saved).
    RetrySaveProgress,
    /// Choose a file for this purpose with a dialog.
    ChooseFile(Purpose),
    /// Type the path for this purpose instead of using a dialog.
    TypePath(Purpose),
    /// Something for the file prompt (the typed-path box, the dialog wait).
    Prompt(PromptAction),
    /// A file was chosen (by a dialog or a typed path) for this purpose.
    FileChosen {
        /// What the file is for.
        purpose: Purpose,
        /// The chosen paths (one, except for result files).
        paths: Vec<PathBuf>,
    },
    /// A dialog closed with nothing chosen: the typed-path box opens.
    NothingChosen(Purpose),
    /// A frame went by at this time: runs the exercise timer.
    Tick,
    /// Close the window (Ctrl+Q, or the window's close button), asking
    /// first when the deck editor has unsaved changes.
    CloseWindow,
    /// Close the window now: nothing is left to ask.
    Quit,
    /// Start the file dialog and the LRS job asked for, off the UI thread;
    /// the waker wakes the window when they answer.
    StartJobs(Waker),
    /// Carry out what the file dialog, the LRS worker and the progress
    /// saver answered.
    PollJobs,
    /// The progress saver answered: take what it wrote into the window.
    TakeSavedProgress,
    /// The system asks the app to quit (SIGTERM at logout or shutdown,
    /// Ctrl+C): nobody is there to answer a question, so unsaved changes in
    /// the deck editor are kept as a draft and the window closes.
    Terminate,
}

/// Something for the file prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptAction {
    /// Stop waiting for a dialog that does not answer.
    StopWaiting,
    /// Change the typed path.
    SetTypedPath(String),
    /// Use the typed path.
    SubmitTypedPath,
    /// Close the typed-path box.
    CancelTypedPath,
}

/// What a file is being chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Where to write the exercise being built.
    ExportExercise,
    /// The exercise a student takes.
    OpenExercise,
    /// Where to write the student's result.
    SaveResult,
    /// The exercise a class report grades against.
    ReportExercise,
    /// Students' result files (or folders of them) for the report.
    ReportResults,
    /// Where to write the class report as CSV.
    ExportCsv,
    /// Where to write the class's xAPI statements.
    ExportXapi,
    /// A deck file to import.
    ImportDeck,
    /// Where to write an exported deck.
    ExportDeck,
    /// Where to write the deck being edited.
    ExportEditedDeck,
}

impl Purpose {
    /// Open one, open many, or save.
    pub fn kind(self) -> DialogKind {
        match self {
            Purpose::OpenExercise | Purpose::ReportExercise | Purpose::ImportDeck => {
                DialogKind::OpenFile
            }
            Purpose::ReportResults => DialogKind::OpenFiles,
            Purpose::ExportExercise
            | Purpose::SaveResult
            | Purpose::ExportCsv
            | Purpose::ExportXapi
            | Purpose::ExportDeck
            | Purpose::ExportEditedDeck => DialogKind::SaveFile,
        }
    }

    /// The kind of file.
    pub fn file_type(self) -> FileType {
        match self {
            Purpose::ExportCsv => FileType::Csv,
            Purpose::ExportXapi => FileType::Json,
            _ => FileType::Ron,
        }
    }

    /// The dialog's title in English, and the heading of the typed-path
    /// prompt (see [`Purpose::shown_title`] for the window's language).
    pub fn title(self) -> &'static str {
        match self {
            Purpose::ExportExercise => "Export the exercise",
            Purpose::OpenExercise => "Open an exercise file",
            Purpose::SaveResult => "Save your result",
            Purpose::ReportExercise => "Choose the exercise to grade",
            Purpose::ReportResults => "Add students' result files",
            Purpose::ExportCsv => "Export the class report as CSV",
            Purpose::ExportXapi => "Export the class's results as xAPI statements",
            Purpose::ImportDeck => "Import a deck file",
            Purpose::ExportDeck => "Export a deck",
            Purpose::ExportEditedDeck => "Export the deck being edited",
        }
    }

    /// The dialog's title in the window's language (see [`Purpose::title`]
    /// for the English one).
    pub fn shown_title(self, tr: &crate::i18n::Translator) -> String {
        use crate::tr;
        match self {
            Purpose::ExportExercise => tr!(tr, "app-dialog-export-exercise"),
            Purpose::OpenExercise => tr!(tr, "app-dialog-open-exercise"),
            Purpose::SaveResult => tr!(tr, "app-dialog-save-result"),
            Purpose::ReportExercise => tr!(tr, "app-dialog-report-exercise"),
            Purpose::ReportResults => tr!(tr, "app-dialog-report-results"),
            Purpose::ExportCsv => tr!(tr, "app-dialog-export-csv"),
            Purpose::ExportXapi => tr!(tr, "app-dialog-export-xapi"),
            Purpose::ImportDeck => tr!(tr, "app-dialog-import-deck"),
            Purpose::ExportDeck => tr!(tr, "app-dialog-export-deck"),
            Purpose::ExportEditedDeck => tr!(tr, "app-dialog-export-edited-deck"),
        }
    }

    /// The accessible name of the typed-path field in the window's
    /// language.
    pub fn shown_field_label(self, tr: &crate::i18n::Translator) -> String {
        use crate::tr;
        match self {
            Purpose::ReportResults => tr!(tr, "app-typed-field-results"),
            _ => tr!(tr, "app-typed-field"),
        }
    }

    /// Whether the file is written (rather than read).
    pub fn is_save(self) -> bool {
        self.kind() == DialogKind::SaveFile
    }
}

/// Wakes the window (asks egui for a frame) from another thread, when a
/// file dialog or the LRS worker answers.
#[derive(Clone)]
pub struct Waker(std::sync::Arc<dyn Fn() + Send + Sync>);

impl Waker {
    /// A waker that calls `wake`.
    pub fn new(wake: impl Fn() + Send + Sync + 'static) -> Self {
        Self(std::sync::Arc::new(wake))
    }

    /// Wakes the window.
    pub fn wake(&self) {
        (self.0)()
    }
}

impl std::fmt::Debug for Waker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Waker")
    }
}

impl PartialEq for Waker {
    fn eq(&self, other: &Self) -> bool {
        std::sync::Arc::ptr_eq(&self.0, &other.0)
    }
}
