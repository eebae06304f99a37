//! The Browse area's state and its one `apply`: the filter and the cards
//! that match it, the service whose stack is shown, the selected card.
//! It draws nothing.

use super::action::{BrowseAction, BrowseTab};
use crate::model::browse::{CardIndex, Filter, services};
use crate::model::{CardRef, Catalog};
use crate::ui::action::Action;
use crate::ui::shared::AppData;

/// What the Browse area remembers between frames.
#[derive(Debug, Clone)]
pub struct BrowseState {
    /// The current filter.
    pub filter: Filter,
    /// The service whose stack is shown.
    pub stack_service: Option<String>,
    /// The card whose details are shown.
    pub selected: Option<CardRef>,
    /// Search index over the catalog.
    pub index: CardIndex,
    /// The cards that pass the filter, recomputed when the filter changes.
    pub matches: Vec<CardRef>,
    /// In a narrow window, whether the layer stack is unfolded.
    pub stack_open: bool,
    /// In a narrow window, the tab on screen.
    pub tab: BrowseTab,
    /// The service compared with the shown stack; `Some` shows the
    /// comparison in place of the card list.
    pub compare: Option<String>,
}

impl BrowseState {
    /// A state showing every card, with the first service's stack.
    pub fn new(catalog: &Catalog) -> Self {
        let index = CardIndex::new(catalog);
        let filter = Filter::default();
        let matches = index.filter(catalog, &filter);
        Self {
            filter,
            stack_service: services(catalog).first().map(|s| s.id.clone()),
            selected: None,
            index,
            matches,
            stack_open: false,
            compare: None,
            tab: BrowseTab::default(),
        }
    }

    /// Indexes the catalog's texts again (shown in another language), and
    /// keeps the filter, the search and the selection.
    pub fn reindex(&mut self, catalog: &Catalog) {
        self.index = CardIndex::new(catalog);
        self.matches = self.index.filter(catalog, &self.filter);
    }

    /// Sets the filter and recomputes the matching cards.
    pub fn set_filter(&mut self, catalog: &Catalog, filter: Filter) {
        self.filter = filter;
        self.matches = self.index.filter(catalog, &self.filter);
    }
}

/// Applies a Browse action; returns follow-up actions (none today).
pub fn apply(state: &mut BrowseState, shared: &mut AppData, action: BrowseAction) -> Vec<Action> {
    match action {
        BrowseAction::SetFilter(filter) => state.set_filter(&shared.catalog, filter),
        BrowseAction::PickService(id) => {
            // A clicked layer follows the stack to the new service.
            if state.filter.layer.is_some() {
                let mut filter = state.filter.clone();
                filter.layer_service = Some(id.clone());
                state.set_filter(&shared.catalog, filter);
            }
            state.stack_service = Some(id);
        }
        BrowseAction::Select(card) => state.selected = Some(card),
        BrowseAction::ToggleStack => state.stack_open = !state.stack_open,
        BrowseAction::CompareWith(id) => state.compare = id,
        BrowseAction::ShowTab(tab) => state.tab = tab,
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Owner;
    use crate::ui::test_support::shared;

    #[test]
    fn a_new_state_shows_every_card_and_the_first_service() {
        let shared = shared();
        let state = BrowseState::new(&shared.catalog);
        assert_eq!(state.matches.len(), 4);
        assert_eq!(state.stack_service.as_deref(), Some("ec2"));
    }

    #[test]
    fn actions_filter_pick_select_and_fold() {
        let mut shared = shared();
        let mut state = BrowseState::new(&shared.catalog);
        let mut filter = Filter::default();
        filter.owners.insert(Owner::Customer);
        let follow = apply(
            &mut state,
            &mut shared,
            BrowseAction::SetFilter(filter.clone()),
        );
        assert!(follow.is_empty());
        assert_eq!(state.filter, filter);
        assert_eq!(state.matches.len(), 2);
        apply(
            &mut state,
            &mut shared,
            BrowseAction::PickService("lambda".into()),
        );
        assert_eq!(state.stack_service.as_deref(), Some("lambda"));
        let card = state.matches[1];
        apply(&mut state, &mut shared, BrowseAction::Select(card));
        assert_eq!(state.selected, Some(card));
        apply(&mut state, &mut shared, BrowseAction::ToggleStack);
        assert!(state.stack_open);
        apply(
            &mut state,
            &mut shared,
            BrowseAction::CompareWith(Some("ec2".into())),
        );
        assert_eq!(state.compare.as_deref(), Some("ec2"));
        apply(&mut state, &mut shared, BrowseAction::CompareWith(None));
        apply(
            &mut state,
            &mut shared,
            BrowseAction::ShowTab(BrowseTab::Details),
        );
        assert_eq!(state.tab, BrowseTab::Details);
        assert_eq!(state.compare, None);
    }
}
