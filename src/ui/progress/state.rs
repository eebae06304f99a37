//! The Progress area's state and its one `apply`: review and drills start
//! exercises, a guarded reset keeps the old file. It draws nothing.

use super::action::ProgressAction;
use crate::io::progress_store;
use crate::model::CardRef;
use crate::model::browse::related;
use crate::model::progress::{DEFAULT_NEW_CARDS, Progress, find_card};
use crate::tr;
use crate::ui::action::Action;
use crate::ui::shared::AppData;

/// The Progress area's own state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgressState {
    /// Whether the reset confirmation is open.
    pub confirm_reset: bool,
}

/// Carries out a Progress action; returns follow-up actions.
pub fn apply(
    state: &mut ProgressState,
    shared: &mut AppData,
    action: ProgressAction,
) -> Vec<Action> {
    let now = shared.clock.now_secs();
    match action {
        ProgressAction::StartReview => {
            let cards = shared
                .progress
                .review_queue(&shared.catalog, now, DEFAULT_NEW_CARDS);
            start(cards, tr!(shared.tr, "progress-review-title"))
        }
        ProgressAction::DrillMostMissed => {
            let cards = shared
                .progress
                .most_missed(12)
                .iter()
                .filter_map(|m| find_card(&shared.catalog, &m.key))
                .collect();
            start(cards, tr!(shared.tr, "progress-most-missed-title"))
        }
        ProgressAction::DrillCard(key) => {
            let Some(card) = find_card(&shared.catalog, &key) else {
                return Vec::new();
            };
            let mut cards = vec![card];
            cards.extend(related(&shared.catalog, card, 5));
            start(cards, tr!(shared.tr, "progress-drill"))
        }
        ProgressAction::AskReset => {
            state.confirm_reset = true;
            Vec::new()
        }
        ProgressAction::CancelReset => {
            state.confirm_reset = false;
            Vec::new()
        }
        ProgressAction::ConfirmReset => {
            state.confirm_reset = false;
            reset(shared, now);
            Vec::new()
        }
    }
}

fn start(cards: Vec<CardRef>, title: String) -> Vec<Action> {
    if cards.is_empty() {
        return Vec::new();
    }
    vec![Action::StartSort(cards, title)]
}

fn reset(state: &mut AppData, now: u64) {
    // A save still running would write the old progress back.
    state.finish_saving();
    match &state.storage {
        Some(storage) if storage.can_save_progress => {
            match progress_store::reset(&storage.paths.progress_file(), now) {
                Ok(kept) => {
                    state.progress = Progress::new();
                    if let Some(storage) = &mut state.storage {
                        storage.progress_stamp = None;
                        storage.save_wanted = false;
                    }
                    state.unsaved_exercises.clear();
                    state.progress_problem = None;
                    let tr = &state.tr;
                    state.banner = Some(match kept {
                        Some(path) => {
                            tr!(tr, "progress-reset-kept", path = path.display().to_string())
                        }
                        None => tr!(tr, "progress-reset-done"),
                    });
                }
                Err(e) => {
                    let error = e.localized(&state.tr);
                    state.banner = Some(tr!(state.tr, "progress-reset-failed", error = error));
                }
            }
        }
        Some(_) => {
            state.banner = Some(tr!(state.tr, "progress-reset-blocked"));
        }
        None => state.progress = Progress::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::session::{Session, SessionCard, SessionOptions};
    use crate::ui::test_support::shared;

    #[test]
    fn a_review_with_no_history_starts_a_sort_of_new_cards() {
        let mut shared = shared();
        let mut state = ProgressState::default();
        let follow = apply(&mut state, &mut shared, ProgressAction::StartReview);
        match follow.as_slice() {
            [Action::StartSort(cards, title)] => {
                assert!(!cards.is_empty());
                assert_eq!(title, "Review");
            }
            other => panic!("expected one StartSort, got {other:?}"),
        }
    }

    #[test]
    fn drills_of_nothing_start_nothing() {
        let mut shared = shared();
        let mut state = ProgressState::default();
        assert!(apply(&mut state, &mut shared, ProgressAction::DrillMostMissed).is_empty());
        let unknown = ProgressAction::DrillCard("t/none".into());
        assert!(apply(&mut state, &mut shared, unknown).is_empty());
        let known = ProgressAction::DrillCard("t/guest".into());
        assert!(matches!(
            apply(&mut state, &mut shared, known).as_slice(),
            [Action::StartSort(..)]
        ));
    }

    #[test]
    fn reset_asks_first_and_clears_progress_in_memory() {
        let mut shared = shared();
        let mut state = ProgressState::default();
        let cards: Vec<CardRef> = shared.catalog.cards().map(|(card, _)| card).collect();
        let cards = SessionCard::from_catalog(&shared.catalog, &cards);
        let mut session = Session::new(cards, SessionOptions::default(), 0);
        session.check(1_000);
        let first = session.first_attempt().expect("checked").clone();
        shared.record_attempt(&first, 1, "T");
        apply(&mut state, &mut shared, ProgressAction::AskReset);
        assert!(state.confirm_reset);
        apply(&mut state, &mut shared, ProgressAction::CancelReset);
        assert!(!state.confirm_reset);
        assert_eq!(shared.progress.exercises.len(), 1, "cancel keeps progress");
        apply(&mut state, &mut shared, ProgressAction::AskReset);
        apply(&mut state, &mut shared, ProgressAction::ConfirmReset);
        assert!(!state.confirm_reset);
        assert_eq!(shared.progress, Progress::new());
    }
}
