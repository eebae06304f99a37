//! What can happen in the Browse area.

use crate::model::CardRef;
use crate::model::browse::Filter;

/// What a narrow window shows of Browse, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BrowseTab {
    /// The layer stack.
    Stack,
    /// The filters and the card list.
    #[default]
    Cards,
    /// The selected card's details.
    Details,
}

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
    /// In a narrow window, show this tab.
    ShowTab(BrowseTab),
    /// Compare the shown stack with this service's, side by side; `None`
    /// closes the comparison.
    CompareWith(Option<String>),
}
