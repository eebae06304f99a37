//! Layout: at 800x600 and in projector mode, no labelled control of Browse
//! lies outside the window or on top of another one.

mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::ui::{AppState, Area};

/// No labelled widget is cut by the window, squeezed or crossing another
/// (controls scrolled out of view or clipped by their scroll area are fine):
/// the checker of `gui_layout.rs`.
fn assert_fits(harness: &Harness<'static, AppState>, what: &str) {
    let shown = common::layout::labelled_controls(harness).len();
    assert!(shown > 3, "{what}: only {shown} labelled widgets");
    let problems = common::layout::layout_problems(harness);
    assert!(problems.is_empty(), "{what}:\n{}", problems.join("\n"));
}

fn browse(size: (f32, f32), projector: bool) -> Harness<'static, AppState> {
    let mut state = common::gui::builtin_state(Area::Browse);
    state.projector = projector;
    let mut harness = common::gui::sized_harness(state, size);
    harness.run();
    harness.run();
    harness
}

fn each_tab(mut harness: Harness<'static, AppState>, what: &str) {
    assert_fits(&harness, &format!("{what}, cards"));
    harness.get_by_label("Layer stack").click();
    harness.run();
    assert_fits(&harness, &format!("{what}, stack"));
    harness.get_by_label("Compare stacks").click();
    harness.run();
    assert_fits(&harness, &format!("{what}, compare"));
    harness.get_by_label("Close comparison").click();
    harness.run();
    // A card picked in the list shows its details.
    let card = harness.state().browse.matches[0];
    let text = harness
        .state()
        .shared
        .catalog
        .item(card)
        .expect("item")
        .text
        .clone();
    harness
        // A row's name goes on with its owner and topic: "TEXT (AWS, Topic)".
        .get_by(|n| {
            n.role() == Role::Button
                && n.label()
                    .is_some_and(|l| l.starts_with(&format!("{text} (")))
        })
        .click();
    harness.run();
    assert_eq!(harness.state().browse.selected, Some(card));
    harness.get_by_label("Why");
    assert_fits(&harness, &format!("{what}, details"));
}

#[test]
fn browse_fits_800x600_as_tabs() {
    let size = (800.0, 600.0);
    each_tab(browse(size, false), "800x600");
}

#[test]
fn browse_fits_the_projector_at_1280x800() {
    let size = (1280.0, 800.0);
    each_tab(browse(size, true), "projector 1280x800");
}

#[test]
fn browse_fits_1280x800_with_details() {
    let size = (1280.0, 800.0);
    let mut harness = browse(size, false);
    let card = harness.state().browse.matches[2];
    let text = harness
        .state()
        .shared
        .catalog
        .item(card)
        .expect("item")
        .text
        .clone();
    harness
        // A row's name goes on with its owner and topic: "TEXT (AWS, Topic)".
        .get_by(|n| {
            n.role() == Role::Button
                && n.label()
                    .is_some_and(|l| l.starts_with(&format!("{text} (")))
        })
        .click();
    harness.run();
    assert_fits(&harness, "1280x800 with details");
}
