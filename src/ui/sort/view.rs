//! The Sort area on screen: the start screen, the board or the results.

use egui::Ui;

use super::action::SortAction;
use super::board::{board_ui, forget_board_focus};
use super::question::push;
use super::results::{forget_results_focus, results_ui};
use super::setup::setup_ui;
use super::state::SortState;
use crate::ui::widgets::review_label;

use crate::tr;
use crate::ui::action::Action;
use crate::ui::context::ViewCtx;

/// Draws the Sort area. While a student takes an instructor's exercise,
/// `take_page` draws the page where they open it and type their name (the
/// shell lends it: Sort imports nothing of another area).
pub fn sort_ui(
    ui: &mut Ui,
    ctx: &ViewCtx,
    state: &SortState,
    take_page: impl FnOnce(&mut Ui, &mut Vec<Action>),
    actions: &mut Vec<Action>,
) {
    let catalog = ctx.catalog;
    // The board and the results each take the focus when they appear.
    let on_board = state.running.as_ref().is_some_and(|r| !r.show_results);
    let on_results = state.running.as_ref().is_some_and(|r| r.show_results);
    if !on_board {
        forget_board_focus(ui);
    }
    if !on_results {
        forget_results_focus(ui);
    }
    match &state.running {
        None if state.taking => {
            if ui.button(tr!(ctx.tr, "sort-back-to-start")).clicked() {
                push(actions, SortAction::TakeExercise(false));
            }
            take_page(ui, actions);
        }
        None => {
            let now = ctx.clock.now_secs();
            let review = review_label(ctx.tr, catalog, ctx.progress, now);
            setup_ui(ui, ctx.tr, catalog, &state.setup, &review, actions);
        }
        Some(running) => {
            // An instructor's exercise runs on its own cards.
            let catalog = running.class_run.as_ref().map_or(catalog, |e| &e.catalog);
            if running.show_results {
                results_ui(ui, ctx.tr, catalog, running, actions);
            } else {
                let now_ms = ctx.clock.now_ms();
                board_ui(ui, ctx.tr, catalog, running, now_ms, actions);
            }
        }
    }
}
