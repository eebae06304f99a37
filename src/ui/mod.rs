//! The views and the state they read.
//!
//! One path for every change: input → [`Action`] → [`AppState::apply`] →
//! an area's `apply` (model, then io) → follow-up actions. Each area is a
//! folder: `action.rs` (what can happen), `state.rs` (its state and its one
//! `apply`, no egui) and its views (drawing only). The import order runs one
//! way: `action` ← area states ← `state` ← views ← `app`.

pub mod action;
pub mod app;
pub mod browse;
pub mod context;
pub mod drill;
pub mod file_prompt;
pub mod fonts;
pub mod instructor;
pub mod note;
pub mod progress;
pub mod shared;
pub mod sort;
pub mod state;
pub mod theme;
pub mod widgets;

pub use action::{Action, Area, Note, Purpose};
pub use app::{SrmApp, StartOptions, app_ui};
pub use shared::{AppData, DataFolder};
pub use state::AppState;

#[cfg(test)]
mod test_support;
