//! What the layout and usability checks (`gui_layout.rs`,
//! `gui_usability.rs`) share: a window size with projector mode on or off,
//! the app state they start from, and the harness at a size in pixels.
//! Both run every case in each of `Language::ALL`.
#![allow(dead_code)]

use egui_kittest::Harness;
use srm_study::model::clock::Clock;
use srm_study::ui::sort::SortSetup;
use srm_study::ui::{AppState, Area};

/// A window size in pixels and whether projector mode is on.
#[derive(Debug, Clone, Copy)]
pub struct Size {
    /// How the problems name it ("800x600", "projector 1280x720").
    pub name: &'static str,
    /// Width and height in pixels.
    pub size: (f32, f32),
    /// Whether projector mode (a larger zoom) is on.
    pub projector: bool,
}

/// The built-in decks on `area`, the clock stopped at `now_secs` and Sort's
/// exercises seeded (42), so every run draws the same cards.
pub fn base(area: Area, now_secs: u64) -> AppState {
    let mut state = AppState::new(super::gui::builtin_catalog(), area);
    state.shared.clock = Clock::manual(now_secs * 1000);
    state.sort.setup = SortSetup {
        fixed_seed: Some(42),
        ..SortSetup::default()
    };
    state
}

/// The harness drawing `state` at `size`, settled: projector mode as the
/// size says, and in pixels (a real window keeps its size in pixels when
/// the zoom changes, so it shows fewer points; kittest keeps the size in
/// points it was given).
pub fn harness_at(mut state: AppState, size: Size) -> Harness<'static, AppState> {
    state.projector = size.projector;
    let mut harness = super::gui::sized_harness(state, size.size);
    harness.run();
    let zoom = harness.ctx.zoom_factor();
    harness.set_size(egui::vec2(size.size.0, size.size.1) / zoom);
    harness.run();
    harness
}
