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

/// German and the pseudo-locale make every text longer, Japanese has no
/// spaces to wrap at: Browse still fits, list, stack, comparison and a
/// card's details, at 1280x800, at 800x600 and in projector mode.
#[test]
fn browse_fits_in_every_language() {
    use srm_study::i18n::Language;
    use srm_study::ui::Action;
    use srm_study::ui::browse::{BrowseAction, BrowseTab};
    for language in [Language::German, Language::Japanese, Language::Pseudo] {
        for (size, projector) in [
            ((1280.0, 800.0), false),
            ((800.0, 600.0), false),
            ((1280.0, 800.0), true),
            ((800.0, 600.0), true),
        ] {
            let what = format!("{language:?} at {size:?}, projector {projector}");
            let mut state = common::gui::builtin_state(Area::Browse);
            state.apply(Action::SetLanguage(language));
            state.projector = projector;
            let card = state.browse.matches[0];
            let mut harness = common::gui::sized_harness(state, size);
            harness.run();
            // A real window keeps its size in pixels when the zoom
            // changes, so it shows fewer points.
            let zoom = harness.ctx.zoom_factor();
            harness.set_size(egui::vec2(size.0, size.1) / zoom);
            harness.run();
            harness.run();
            assert_fits(&harness, &format!("{what}, cards"));
            let step = |harness: &mut Harness<'static, AppState>, action, name: &str| {
                harness.state_mut().apply(Action::Browse(action));
                harness.run();
                harness.run();
                assert_fits(harness, &format!("{what}, {name}"));
            };
            step(
                &mut harness,
                BrowseAction::ShowTab(BrowseTab::Stack),
                "stack",
            );
            step(
                &mut harness,
                BrowseAction::CompareWith(Some("lambda".into())),
                "compare",
            );
            step(&mut harness, BrowseAction::CompareWith(None), "no compare");
            step(&mut harness, BrowseAction::Select(card), "details");
        }
    }
}
