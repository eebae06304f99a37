//! The views. Each screen is a function that reads state and pushes
//! [`app::Action`]s; [`app::AppState::apply`] is the one place that changes
//! state.

pub mod app;
pub mod badge;
pub mod browse;
pub mod errors;
pub mod instructor;
pub mod progress;
pub mod sort;
pub mod theme;

pub use app::{Action, AppState, Area, SrmApp, StartOptions};
