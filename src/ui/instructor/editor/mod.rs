//! The deck editor page: `action.rs` (what can happen), `state.rs` (the
//! document being edited and its `apply`, no egui) and `view.rs` (drawing
//! only); `changed.rs` draws the question asked when the deck's file
//! changed on disk since it was opened.

pub mod action;
pub mod changed;
pub mod state;
pub mod view;
