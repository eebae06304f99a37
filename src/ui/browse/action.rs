//! What can happen in the Browse area.

use crate::model::CardRef;
use crate::model::browse::Filter;

/// Something the Browse area asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum BrowseAction {
    /// Replace the filter.
    SetFilter(Filter),
    /// Show this service's stack.
    PickService(String),
    /// Show this card's details.
    Select(CardRef),
    /// Fold or unfold the layer stack in a narrow window.
    ToggleStack,
}
