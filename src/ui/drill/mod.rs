//! The Stack drill area: a service's layers without their owners; the
//! student sets each to AWS, Customer or Shared, checks, and reads why.

pub mod action;
pub mod state;
mod view;

pub use action::DrillAction;
pub use state::DrillState;
pub use view::drill_ui;
