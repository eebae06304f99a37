//! The Stack drill area's state and its one `apply`. It draws nothing.

use super::action::DrillAction;
use crate::model::browse::{services, stack_layers};
use crate::model::drill::StackDrill;
use crate::tr;
use crate::ui::action::{Action, Area};
use crate::ui::shared::AppData;

/// What the Stack drill area remembers between frames.
#[derive(Debug, Clone, Default)]
pub struct DrillState {
    /// The drill on screen; `None` shows the service picker.
    pub drill: Option<StackDrill>,
    /// The layer (bottom first) the keys 1/2/3 set.
    pub focused: usize,
}

/// Applies a drill action; starting one also shows the area.
pub fn apply(state: &mut DrillState, shared: &mut AppData, action: DrillAction) -> Vec<Action> {
    match action {
        DrillAction::Start(id) => {
            let catalog = &shared.catalog;
            let Some(service) = services(catalog).into_iter().find(|s| s.id == id) else {
                return Vec::new();
            };
            let drill = StackDrill::new(stack_layers(catalog), service, shared.clock.now_ms());
            // Focus starts on the top layer, where the list starts.
            state.focused = drill.layers.len().saturating_sub(1);
            state.drill = Some(drill);
            return vec![Action::Navigate(Area::Drill)];
        }
        DrillAction::Set(index, owner) => {
            if let Some(drill) = &mut state.drill
                && drill.set(index, owner)
            {
                state.focused = index;
            }
        }
        DrillAction::Focus(index) => {
            if let Some(drill) = &state.drill {
                state.focused = index.min(drill.layers.len().saturating_sub(1));
            }
        }
        DrillAction::Check => {
            if let Some(drill) = &mut state.drill
                && drill.score.is_none()
            {
                let score = drill.check(shared.clock.now_ms());
                let service = drill.service_name.as_str();
                let title = tr!(shared.tr, "drill-title", service = service);
                shared.record_drill(&title, score, drill.seconds);
            }
        }
        DrillAction::Choose => state.drill = None,
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Owner;
    use crate::ui::test_support::shared;

    #[test]
    fn a_drill_starts_sets_checks_and_is_recorded_once() {
        let mut shared = shared();
        let mut state = DrillState::default();
        let follow = apply(&mut state, &mut shared, DrillAction::Start("ec2".into()));
        assert_eq!(follow, vec![Action::Navigate(Area::Drill)]);
        let drill = state.drill.as_ref().expect("drill");
        assert_eq!(drill.layers.len(), 2);
        assert_eq!(state.focused, 1);
        apply(&mut state, &mut shared, DrillAction::Set(0, Owner::Aws));
        assert_eq!(state.focused, 0);
        apply(&mut state, &mut shared, DrillAction::Focus(9));
        assert_eq!(state.focused, 1);
        apply(&mut state, &mut shared, DrillAction::Set(1, Owner::Shared));
        apply(&mut state, &mut shared, DrillAction::Check);
        apply(&mut state, &mut shared, DrillAction::Check);
        let score = state.drill.as_ref().and_then(|d| d.score).expect("score");
        assert_eq!((score.right, score.wrong), (1, 1));
        assert_eq!(shared.progress.exercises.len(), 1);
        assert_eq!(
            shared.progress.exercises[0].title,
            "Stack drill: Amazon EC2"
        );
        apply(&mut state, &mut shared, DrillAction::Choose);
        assert!(state.drill.is_none());
    }

    #[test]
    fn an_unknown_service_starts_nothing() {
        let mut shared = shared();
        let mut state = DrillState::default();
        let follow = apply(&mut state, &mut shared, DrillAction::Start("nope".into()));
        assert!(follow.is_empty() && state.drill.is_none());
    }
}
