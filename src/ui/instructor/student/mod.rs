//! The student's page: `state.rs` (state and its `apply`, no egui) and
//! `view.rs` (drawing only).

pub mod state;
pub mod view;
