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
    harness.get_by_label("検索");
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

/// The text of the first card of the built-in core deck, as `state`'s
/// window shows it.
fn first_card(state: &srm_study::ui::AppState) -> String {
    state.shared.catalog.decks[0].deck.items[0].text.clone()
}

/// Issue 31: picking 日本語 shows the cards in Japanese in Browse (the
/// list, the search and the details) and in Sort; picking English again
/// shows them in English; the deck editor still copies the deck as
/// written, in English.
#[test]
fn picking_japanese_shows_the_cards_in_japanese_and_the_editor_copies_the_english() {
    let mut harness = common::gui::app_harness(common::gui::builtin_state(Area::Browse));
    let english = first_card(harness.state());
    harness.get_by_label_contains("Language: English").click();
    harness.run();
    harness.get_by_label("日本語").click();
    harness.run();
    let japanese = first_card(harness.state());
    assert_ne!(japanese, english);
    assert!(
        japanese
            .chars()
            .any(|c| ('\u{3040}'..='\u{9fff}').contains(&c)),
        "{japanese}"
    );
    let owner_of = |harness: &egui_kittest::Harness<'static, srm_study::ui::AppState>| {
        harness.state().shared.catalog.decks[0].deck.items[0].owner
    };
    assert_eq!(
        owner_of(&harness),
        common::gui::builtin_catalog().decks[0].deck.items[0].owner
    );
    // Searched for in Japanese, the card is found and shown.
    let word: String = japanese.chars().take(4).collect();
    harness.get_by_label("検索").click();
    harness.run();
    harness.get_by_label("検索").type_text(&word);
    harness.run();
    let first = harness.state().browse.matches.first().copied();
    assert_eq!(
        first,
        Some(srm_study::model::CardRef { deck: 0, item: 0 }),
        "searching {word:?}"
    );
    assert!(
        harness.query_all_by_label_contains(&word).next().is_some(),
        "the card {japanese:?} is drawn"
    );
    assert!(
        harness
            .query_all_by_label_contains(&english)
            .next()
            .is_none()
    );

    // Sort: a practice exercise deals Japanese cards.
    harness.state_mut().apply(Action::StartSortSetup);
    harness.run();
    let session_card = {
        let state = harness.state();
        let running = state.sort.running.as_ref().expect("an exercise runs");
        let card = running.session.cards()[0].card;
        state.shared.catalog.item(card).expect("card").text.clone()
    };
    assert!(
        session_card
            .chars()
            .any(|c| ('\u{3040}'..='\u{9fff}').contains(&c)),
        "{session_card}"
    );
    let shown: String = session_card.chars().take(6).collect();
    assert!(
        harness.query_all_by_label_contains(&shown).next().is_some(),
        "{shown}"
    );

    // Back to English: the same card in English, at once.
    harness
        .state_mut()
        .apply(Action::SetLanguage(Language::English));
    harness.run();
    assert_eq!(first_card(harness.state()), english);

    // The editor copies the deck as written even in Japanese.
    harness
        .state_mut()
        .apply(Action::SetLanguage(Language::Japanese));
    harness
        .state_mut()
        .apply(Action::EditDeckCopy("srm-core".into()));
    harness.run();
    let copied = harness
        .state()
        .instructor
        .editor
        .doc
        .as_ref()
        .expect("the copy is open")
        .deck
        .items[0]
        .text
        .clone();
    assert_eq!(copied, english);
}

/// An exercise file in Japanese, taken in a window that speaks English
/// (`exercise new --also-in ja`, opened on a lab machine left in
/// English): its cards are drawn in the Japanese font, not as boxes.
#[test]
fn a_japanese_exercise_in_an_english_window_draws_its_cards() {
    let catalog = common::gui::builtin_catalog().in_language("ja");
    let cards: Vec<srm_study::model::CardRef> = catalog.cards().map(|(c, _)| c).take(4).collect();
    let exercise = srm_study::model::exercise::Exercise::from_cards(
        "week4",
        "第 4 週",
        &catalog,
        &cards,
        srm_study::model::session::SessionOptions::default(),
    )
    .expect("an exercise");
    let first = exercise.deck.items[0].text.clone();
    let mut state = common::gui::builtin_state(Area::Sort);
    state.apply(Action::StartClassRun(Box::new(exercise), "Aiko".into()));
    // Drawing a character without a glyph panics in the test harness.
    let harness = common::gui::app_harness(state);
    assert_eq!(harness.state().shared.tr.language(), Language::English);
    assert!(harness.state().shows_japanese());
    let shown: String = first.chars().take(6).collect();
    assert!(
        harness.query_all_by_label_contains(&shown).next().is_some(),
        "{first}"
    );
}
