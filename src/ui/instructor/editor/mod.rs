//! The deck editor page: `action.rs` (what can happen), `state.rs` (the
//! document being edited and its `apply`, no egui) and `view.rs` (drawing
//! only).

pub mod action;
pub mod state;
pub mod view;
