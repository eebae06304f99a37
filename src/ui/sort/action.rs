//! What can happen in the Sort area, and the start screen's settings that
//! travel with its actions.

use std::path::PathBuf;

use crate::model::exercise::Exercise;
use crate::model::session::{Selection, SessionOptions};
use crate::model::{CardRef, Owner};

/// Default number of cards in an exercise.
pub const DEFAULT_COUNT: usize = 12;

/// The start screen's settings as the app remembers them between runs
/// (the fixed seed, a testing aid, is not remembered).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RememberedSetup {
    /// Decks, topics, services and count.
    pub selection: Selection,
    /// Feedback, penalty, time limit, bin shuffle.
    pub options: SessionOptions,
}

impl SortSetup {
    /// What of these settings is remembered between runs.
    pub fn remembered(&self) -> RememberedSetup {
        RememberedSetup {
            selection: self.selection.clone(),
            options: self.options.clone(),
        }
    }

    /// Settings from remembered ones, keeping only the decks, topics and
    /// services `known` says still exist (a deck removed since would
    /// otherwise match no card at all).
    pub fn from_remembered(
        remembered: RememberedSetup,
        known: impl Fn(Kind, &str) -> bool,
    ) -> Self {
        let mut selection = remembered.selection;
        selection.decks.retain(|id| known(Kind::Deck, id));
        selection.topics.retain(|id| known(Kind::Topic, id));
        selection.services.retain(|id| known(Kind::Service, id));
        if selection.count == Some(0) {
            selection.count = Some(DEFAULT_COUNT);
        }
        Self {
            selection,
            options: remembered.options,
            fixed_seed: None,
        }
    }
}

/// What a remembered selection names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A deck id.
    Deck,
    /// A topic id.
    Topic,
    /// A service id.
    Service,
}

/// What the start screen is set to.
#[derive(Debug, Clone, PartialEq)]
pub struct SortSetup {
    /// Decks, topics, services and count.
    pub selection: Selection,
    /// Feedback, penalty, time limit, bin shuffle. The seed is taken from
    /// the clock at start unless `fixed_seed` is set.
    pub options: SessionOptions,
    /// A seed to use instead of the clock (for a repeatable exercise).
    pub fixed_seed: Option<u64>,
}

impl Default for SortSetup {
    fn default() -> Self {
        Self {
            selection: Selection {
                count: Some(DEFAULT_COUNT),
                ..Selection::default()
            },
            options: SessionOptions::default(),
            fixed_seed: None,
        }
    }
}

/// Something the Sort area asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum SortAction {
    /// Change the start screen.
    SetSetup(SortSetup),
    /// Start an exercise with the setup's cards.
    Start,
    /// Start an exercise on these cards.
    StartWith(Vec<CardRef>, String),
    /// Start an instructor's exercise for a student.
    StartExercise(Box<Exercise>, String),
    /// Choose a card.
    Focus(Option<usize>),
    /// Put a card into a bin.
    Place(usize, Owner),
    /// Put the focused card into a bin.
    PlaceFocused(Owner),
    /// Return a card to the pile.
    Unplace(usize),
    /// Return the focused card to the pile.
    UnplaceFocused,
    /// Move the focus by this many cards.
    MoveFocus(i32),
    /// Check the round (asks first when cards are still in the pile).
    Check,
    /// Check the round even though cards are still in the pile.
    CheckAnyway,
    /// Leave the exercise without asking again.
    LeaveAnyway,
    /// Sealed exam: hand in what is placed now (the run is checked as it
    /// stands and recorded as left early), then save the result.
    HandInNow,
    /// Show (true) or leave (false) the student's page inside Sort: open an
    /// instructor's exercise file, type a name, start.
    TakeExercise(bool),
    /// Show the solution, the question answered: the round is checked as
    /// it stands first.
    ShowSolutionAnyway,
    /// Write the result file over the file already there.
    ReplaceResult(PathBuf),
    /// Answer "no" to the question on screen (keep sorting, stay, keep the file).
    CancelQuestion,
    /// Place every card where it belongs.
    ShowSolution,
    /// Start a round with the missed cards.
    RetryMissed,
    /// Show the board or the result screen.
    ShowResults(bool),
    /// Leave the exercise for the start screen (asks first when something
    /// would be lost).
    Quit,
    /// Write the finished exercise's result file here.
    SaveResult(PathBuf),
    /// Show a message on the board or the result screen.
    Note(String),
    /// Time went by: check the round when its time is up.
    Tick,
}
