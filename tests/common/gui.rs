//! The kittest harness every GUI test (and the frame benchmark) uses: the
//! whole app drawn through `app_ui`, at the size asked for, with the app's
//! theme (text sizes, spacing) applied before the first frame as the real
//! window does.
#![allow(dead_code)]

use egui_kittest::Harness;
use srm_study::io::content;
use srm_study::model::Catalog;
use srm_study::ui::{AppState, Area, app_ui, theme};

/// The usual test window: 1280x800 points.
pub const DEFAULT_SIZE: (f32, f32) = (1280.0, 800.0);

/// A harness drawing the whole app at 1280x800, run until it settles (as
/// kittest's builder does).
pub fn app_harness(state: AppState) -> Harness<'static, AppState> {
    sized_harness(state, DEFAULT_SIZE)
}

/// The app's style, and egui's id-clash warnings painted whatever the build
/// (`common::layout::id_clashes` reads them; release builds of egui leave
/// them off).
pub fn setup(ctx: &egui::Context) {
    theme::apply(ctx);
    ctx.options_mut(|o| o.warn_on_id_clash = true);
}

/// A harness drawing the whole app at `size`, run until it settles.
pub fn sized_harness(state: AppState, size: (f32, f32)) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_context_setup(setup)
        .build_ui_state(|ui, state: &mut AppState| app_ui(ui, state), state)
}

/// A 1280x800 harness whose frames are `step_dt` seconds apart (kittest's
/// default is a quarter second, too slow for a double-click), run until it
/// settles.
pub fn harness_with_step(state: AppState, step_dt: f32) -> Harness<'static, AppState> {
    sized_harness_with_step(state, DEFAULT_SIZE, step_dt)
}

/// A harness at `size` whose frames are `step_dt` seconds apart, run until
/// it settles.
pub fn sized_harness_with_step(
    state: AppState,
    size: (f32, f32),
    step_dt: f32,
) -> Harness<'static, AppState> {
    Harness::builder()
        .with_size(egui::vec2(size.0, size.1))
        .with_step_dt(step_dt)
        .with_context_setup(setup)
        .build_ui_state(|ui, state: &mut AppState| app_ui(ui, state), state)
}

/// The built-in decks' catalog.
pub fn builtin_catalog() -> Catalog {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    catalog
}

/// An in-memory app state over the built-in decks, on `area`.
pub fn builtin_state(area: Area) -> AppState {
    AppState::new(builtin_catalog(), area)
}

/// A real mouse press and release at `pos`, each followed by frames.
pub fn mouse_click(harness: &mut Harness<'static, AppState>, pos: egui::Pos2) {
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
        harness.run();
    }
}

/// A real drag with the mouse from `from` to `to`: hover, press, move a
/// little (so egui sees a drag, not a click), move to `to`, release.
pub fn drag(harness: &mut Harness<'static, AppState>, from: egui::Pos2, to: egui::Pos2) {
    harness.hover_at(from);
    harness.run();
    harness.drag_at(from);
    harness.run();
    harness.hover_at(from + egui::vec2(8.0, 8.0));
    harness.run();
    harness.hover_at(to);
    harness.run();
    harness.drop_at(to);
    harness.run();
}

/// The session of the exercise running in Sort (fails the test when none runs).
pub fn session<'a>(
    harness: &'a Harness<'static, AppState>,
) -> &'a srm_study::model::session::Session {
    &harness
        .state()
        .sort
        .running
        .as_ref()
        .expect("an exercise is running")
        .session
}

/// The owner card `i` of the running exercise really belongs to.
pub fn true_owner(harness: &Harness<'static, AppState>, i: usize) -> srm_study::model::Owner {
    session(harness).cards()[i].owner
}

/// Places card `i` of the running exercise in `owner`'s bin through the
/// action a drop sends (no frame is run).
pub fn place(harness: &mut Harness<'static, AppState>, i: usize, owner: srm_study::model::Owner) {
    harness.state_mut().apply(srm_study::ui::Action::Sort(
        srm_study::ui::sort::SortAction::Place(i, owner),
    ));
}

/// One turn of the mouse wheel where the pointer is: `delta_y` points
/// (negative scrolls the content up, to what lies below).
pub fn wheel(harness: &mut Harness<'static, AppState>, delta_y: f32) {
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, delta_y),
        modifiers: egui::Modifiers::NONE,
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
    });
}
