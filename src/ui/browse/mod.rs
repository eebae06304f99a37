//! The Browse area: the responsibility stack per service, the filterable
//! list of every card, and the details of the selected card.

pub mod action;
mod stack;
pub mod state;
mod view;

pub use action::{BrowseAction, BrowseTab};
pub use state::BrowseState;
pub use view::{browse_ui, row_name};
