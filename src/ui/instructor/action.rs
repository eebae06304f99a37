//! What can happen in the Instructor area, page by page, and the values
//! that travel with those actions.

use std::path::PathBuf;

pub use super::editor::action::{EditorAction, NewDeckForm};
use crate::model::CardRef;
pub use crate::model::catalog::CardKey;
use crate::model::session::SessionOptions;

/// The Instructor area's pages, in the order of the page bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Page {
    /// Build an exercise file from cards.
    #[default]
    Builder,
    /// Open an exercise file and take it.
    Student,
    /// Grade a class from its result files.
    Report,
    /// Import and export decks.
    Decks,
    /// Write and change decks.
    Editor,
    /// The Learning Record Store's settings.
    Lrs,
}

impl Page {
    /// Every page in bar order.
    pub const ALL: [Page; 6] = [
        Page::Builder,
        Page::Student,
        Page::Report,
        Page::Decks,
        Page::Editor,
        Page::Lrs,
    ];

    /// The page's English name, as the command line describes the screen
    /// (the page bar shows `view::page_name`, in the window's language).
    pub fn label(self) -> &'static str {
        match self {
            Page::Builder => "New exercise",
            Page::Student => "Take an exercise (student)",
            Page::Report => "Class report",
            Page::Decks => "Decks",
            Page::Editor => "Edit decks",
            Page::Lrs => "LRS settings",
        }
    }
}

/// Something the Instructor area asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum InstructorAction {
    /// Show a page.
    ShowPage(Page),
    /// Something for the builder.
    Builder(BuilderAction),
    /// Something for the student's page.
    Student(StudentAction),
    /// Something for the class report.
    Report(ReportAction),
    /// Something for the Decks page.
    Decks(DecksAction),
    /// Something for the deck editor.
    Editor(EditorAction),
}

/// The builder's text fields and options.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuilderForm {
    /// The exercise id (results name it).
    pub id: String,
    /// The title students see.
    pub title: String,
    /// Optional instructions shown before the student starts.
    pub instructions: String,
    /// Feedback, penalty, bin shuffle, time limit, seed.
    pub options: SessionOptions,
    /// Export a sealed student file and its answer key `NAME.key.ron`.
    pub sealed: bool,
    /// Narrows the card list.
    pub search: String,
    /// `None`: the exercise file students take; else the exercise's cards
    /// for another tool (Moodle, QTI, Anki, Quizlet), as `srm-study export
    /// FORMAT --exercise FILE` writes them.
    pub format: Option<crate::model::export::Format>,
}

/// Something the builder asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum BuilderAction {
    /// Replace the form.
    SetForm(BuilderForm),
    /// Choose or unchoose a card.
    Toggle(CardKey),
    /// Add these cards to the choice.
    Add(Vec<CardKey>),
    /// Choose exactly these cards (e.g. those of the Browse filter).
    ChooseExactly(Vec<CardKey>),
    /// Choose no card.
    Clear,
    /// Build the exercise and write it here.
    ExportTo(PathBuf),
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
    /// Open this exercise file.
    Open(PathBuf),
}

/// Something the class report asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportAction {
    /// Remove every result file.
    ClearResults,
    /// Grade against this exercise file.
    OpenExercise(PathBuf),
    /// Add these result files, or every `.ron` file of these folders.
    AddResults(Vec<PathBuf>),
    /// Write the report as CSV here.
    ExportCsv(PathBuf),
    /// Whether the CSV gets a second row with the card texts.
    SetCardTexts(bool),
    /// Which attempt counts for a student with several results.
    SetAttemptRule(crate::model::report::AttemptRule),
    /// Change the class URI of the xAPI export.
    SetClassUri(String),
    /// Write the results as xAPI statements here (the bytes of
    /// `srm-study export xapi`).
    ExportXapi(PathBuf),
    /// Send the class's results to the LRS as statements.
    SendToLrs,
    /// Load the exercise's statements from the LRS.
    LoadFromLrs,
    /// Statements loaded from the LRS at `from` become results.
    LrsStatements {
        /// The statements, as the LRS gave them.
        statements: Vec<serde_json::Value>,
        /// The endpoint they came from.
        from: String,
    },
    /// The LRS settings were saved with a new class URI: the report takes
    /// it unless another was typed there.
    ClassUriSaved {
        /// The class URI saved before.
        old: String,
        /// The class URI saved now.
        new: String,
    },
}

/// What to export.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DeckExport {
    /// The cards of the current Browse filter, as a new deck.
    #[default]
    BrowseFilter,
    /// The loaded deck with this id.
    Deck(String),
}

/// Something the Decks page asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum DecksAction {
    /// Replace the deck with the same id.
    ConfirmReplace,
    /// Keep the deck with the same id; import nothing.
    CancelReplace,
    /// Choose what to export.
    SetExport(DeckExport),
    /// Change the new deck's id and title.
    SetNewDeck(String, String),
    /// Choose the file to write: `None` for an SRM Study deck, else cards
    /// for another tool.
    SetFormat(Option<crate::model::export::Format>),
    /// Check this deck file and copy it into the user content folder.
    Import(PathBuf),
    /// Write the chosen deck here; `browse` holds the Browse filter's cards
    /// for a deck made from them.
    ExportTo(PathBuf, Vec<CardRef>),
}
