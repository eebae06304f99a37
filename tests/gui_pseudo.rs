//! The pseudo-locale walk: with `en-XA` on, every text a person reads is
//! accented and in brackets; visible text without them was never moved to
//! the translation files. The shell (the top bar and the status bar) is
//! walked on every area, at the usual size and at 800x600, where the top
//! bar takes two rows.

mod common;

use common::layout::labelled_controls;
use srm_study::i18n::Language;
use srm_study::ui::{Action, Area};

/// The visible texts of the top and bottom bars without the brackets.
fn untranslated_in_the_bars(area: Area, size: (f32, f32)) -> Vec<String> {
    let mut state = common::gui::builtin_state(area);
    state.apply(Action::SetLanguage(Language::Pseudo));
    let harness = common::gui::sized_harness(state, size);
    let controls = labelled_controls(&harness);
    // The bars: from the top down to the projector button's row, and from
    // the status line's top down.
    let top_bar_bottom = controls
        .iter()
        .filter(|c| c.label.contains("Ƥřǿĵ") || c.label.contains("Ƥřǿĵê"))
        .map(|c| c.rect.max.y)
        .fold(0.0_f32, f32::max);
    assert!(
        top_bar_bottom > 0.0,
        "the projector button is in the top bar"
    );
    // The status line is the lowest text that counts cards (an area may
    // count cards too, higher up).
    let status_top = controls
        .iter()
        .filter(|c| c.visible.is_positive() && c.rect.max.y <= size.1 + 1.0)
        .filter(|c| c.label.contains("ƈȧȧř") || c.label.contains("ƈȧř"))
        .map(|c| c.rect.min.y)
        .fold(0.0_f32, f32::max);
    assert!(
        status_top > size.1 / 2.0 && status_top < size.1,
        "the status line shows the cards"
    );
    controls
        .iter()
        // Text scrolled out of sight below the window is not in a bar.
        .filter(|c| c.visible.is_positive() && c.rect.max.y <= size.1 + 1.0)
        .filter(|c| c.rect.center().y <= top_bar_bottom || c.rect.center().y >= status_top)
        .filter(|c| c.label.chars().any(char::is_alphabetic))
        .filter(|c| !(c.label.contains('[') && c.label.contains(']')))
        .map(|c| format!("{:?} at {:?}", c.label, c.rect))
        .collect()
}

#[test]
fn the_top_and_status_bars_show_no_untranslated_text_on_any_area() {
    let mut problems = Vec::new();
    for size in [common::gui::DEFAULT_SIZE, (800.0, 600.0)] {
        for area in [
            Area::Browse,
            Area::Sort,
            Area::Progress,
            Area::Instructor,
            Area::Drill,
        ] {
            for text in untranslated_in_the_bars(area, size) {
                problems.push(format!("{area:?} at {size:?}: {text}"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}
