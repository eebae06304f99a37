//! The class report page: `state.rs` (state and its `apply`, no egui) and
//! `view.rs` (drawing only).

pub mod attempts;
pub mod state;
pub mod view;
