//! The Progress area: score over time, mastery per topic, the most-missed
//! cards, counts, spaced review and a guarded reset.

pub mod action;
pub mod state;
mod view;

pub use action::ProgressAction;
pub use state::ProgressState;
pub use view::progress_ui;
