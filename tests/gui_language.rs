//! The window's language: picked in the top bar, it changes the next frame
//! with no restart; the pseudo-locale brackets what was translated.

mod common;

use egui_kittest::kittest::Queryable;
use srm_study::i18n::Language;
use srm_study::ui::{Action, Area};

#[test]
fn picking_a_language_in_the_top_bar_changes_the_window_at_once() {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Browse));
    harness.get_by_label("Progress");
    harness.get_by_label_contains("Language: English").click();
    harness.run();
    harness.get_by_label("Deutsch").click();
    harness.run();
    assert_eq!(harness.state().shared.tr.language(), Language::German);
    harness.get_by_label("Fortschritt");
    harness.get_by_label("Durchsuchen");
    assert!(harness.query_by_label("Progress").is_none());
    // Each language by its own name, whatever the window shows.
    harness.get_by_label_contains("Sprache: Deutsch").click();
    harness.run();
    harness.get_by_label("日本語").click();
    harness.run();
    harness.get_by_label("学習状況");
    harness.get_by_label_contains("個のデッキ");
    // Browse in Japanese: its filters, its count, its owners.
    harness.get_by_label("🔍 検索");
    harness.get_by_label("フィルターを解除");
    harness.get_by_label_contains("枚のカードが一致");
}

#[test]
fn the_pseudo_locale_brackets_the_top_bar() {
    let mut state = common::gui::builtin_state(Area::Browse);
    state.apply(Action::SetLanguage(Language::Pseudo));
    let harness = common::gui::app_harness(state);
    for plain in ["Browse", "Sort", "Progress", "Instructor", "Stack drill"] {
        assert!(
            harness.query_by_label(plain).is_none(),
            "{plain} untranslated"
        );
    }
    let names = std::cell::RefCell::new(Vec::new());
    let _ = harness
        .query_all_by(|node| {
            let label = node.label().unwrap_or_default();
            if label.contains("Ƥřǿğ") {
                names.borrow_mut().push(label.to_string());
            }
            false
        })
        .count();
    let names = names.into_inner();
    assert!(!names.is_empty(), "the Progress tab in the pseudo-locale");
    for name in names {
        assert!(name.starts_with('[') && name.ends_with(']'), "{name}");
    }
}
