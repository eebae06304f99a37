//! The Sort area: the start screen, the exercise board (a pile and three
//! bins, by drag and drop, click-then-click or the keyboard alone) and the
//! result screen.
//!
//! `action.rs` says what can happen, `state.rs` holds the state and its one
//! `apply` (no egui), and `view.rs`, `setup.rs`, `board.rs`, `results.rs`
//! and `question.rs` draw. The state keeps what happened (a [`SortNote`], a
//! [`Question`]); the views put it into words with the translator as they
//! draw.

pub mod action;
mod board;
mod question;
mod results;
mod setup;
pub mod state;
mod view;

pub use action::{DEFAULT_COUNT, Kind, RememberedSetup, SortAction, SortSetup};
pub use state::{ClassRun, Question, Running, SortNote, SortState, result_file_name, slug};
pub use view::sort_ui;
