//! What can happen in the Stack drill area.

use crate::model::Owner;

/// Something the Stack drill area asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DrillAction {
    /// Start a drill of this service's stack (and show the area).
    Start(String),
    /// Set layer `index` (bottom first) to an owner; it also gets the focus.
    Set(usize, Owner),
    /// Move the keyboard focus to layer `index` (bottom first).
    Focus(usize),
    /// Check the answers: score, record in progress, explain.
    Check,
    /// Leave the drill and choose another service.
    Choose,
}
