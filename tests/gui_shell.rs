//! The app shell, driven through egui_kittest.

mod common;

use common::MINIMAL_DECK;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::io::content;
use srm_study::model::{Catalog, Origin};
use srm_study::ui::{AppState, Area};

use common::gui::builtin_state;

fn harness(state: AppState) -> Harness<'static, AppState> {
    common::gui::app_harness(state)
}

#[test]
fn navigation_switches_areas() {
    let mut harness = harness(builtin_state(Area::Browse));
    harness.run();
    for area in [Area::Sort, Area::Progress, Area::Instructor, Area::Browse] {
        harness.get_by_label(area.label()).click();
        harness.run();
        assert_eq!(harness.state().area, area);
    }
}

#[test]
fn status_bar_counts_the_loaded_cards() {
    let state = builtin_state(Area::Browse);
    let expected = format!(
        "{} decks · {} cards",
        content::BUILTIN_DECKS.len(),
        state.shared.catalog.item_count()
    );
    let mut harness = harness(state);
    harness.run();
    harness.get_by_label(&expected);
}

#[test]
fn a_broken_deck_shows_its_errors_while_valid_decks_load() {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    catalog.add_bytes(
        "mine.ron",
        Origin::File("mine.ron".into()),
        MINIMAL_DECK.as_bytes(),
    );
    let broken = MINIMAL_DECK.replace("owner: Aws", "owner: Amazon");
    catalog.add_bytes(
        "broken.ron",
        Origin::File("broken.ron".into()),
        broken.as_bytes(),
    );
    assert_eq!(catalog.decks.len(), content::BUILTIN_DECKS.len() + 1);
    let mut harness = harness(AppState::new(catalog, Area::Browse));
    harness.run();
    let error_line = harness.state().shared.catalog.errors[0].to_string();
    assert!(error_line.starts_with("broken.ron:6:"), "{error_line}");
    harness.get_by_label(&error_line);

    harness.get_by_label("⚠ 1 content problem").click();
    harness.run();
    assert!(harness.query_by_label(&error_line).is_none());
}

#[test]
fn fixing_a_broken_deck_and_reloading_loads_it() {
    use srm_study::io::paths::AppPaths;
    use srm_study::model::clock::Clock;
    let dir = tempfile::tempdir().expect("tempdir");
    let content_dir = dir.path().join("content");
    std::fs::create_dir_all(&content_dir).expect("mkdir");
    let deck = content_dir.join("mine.ron");
    std::fs::write(&deck, MINIMAL_DECK.replace("owner: Aws", "owner: Amazon")).expect("write");
    let paths = AppPaths {
        data_dir: dir.path().to_path_buf(),
    };
    let catalog = content::load_catalog(Some(&paths.content_dir()), &[]);
    assert_eq!(catalog.errors.len(), 1);
    let state = AppState::with_storage(catalog, Area::Browse, paths, vec![], Clock::manual(0));
    let mut harness = harness(state);
    harness.run();
    std::fs::write(&deck, MINIMAL_DECK).expect("fix");
    harness.get_by_label("Reload content").click();
    harness.run();
    assert!(harness.state().shared.catalog.errors.is_empty());
    assert!(harness.state().shared.catalog.deck("mini").is_some());
    harness.get_by_label(&format!(
        "{} decks · {} cards",
        content::BUILTIN_DECKS.len() + 1,
        harness.state().shared.catalog.item_count()
    ));
}

#[test]
fn f11_switches_projector_mode_on_and_off_and_escape_leaves_it() {
    let mut harness = harness(builtin_state(Area::Sort));
    harness.run();
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.state().projector, "F11 switches it on");
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(!harness.state().projector, "F11 again switches it off");
    harness.key_press(egui::Key::F11);
    harness.run();
    assert!(harness.state().projector);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().projector, "Escape leaves it");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(!harness.state().projector, "Escape never switches it on");
}

#[test]
fn plurals_are_right_in_the_status_bar() {
    let mut catalog = Catalog::new();
    catalog.add_bytes(
        "mine.ron",
        Origin::File("mine.ron".into()),
        MINIMAL_DECK.as_bytes(),
    );
    let n = catalog.item_count();
    let mut harness = harness(AppState::new(catalog, Area::Sort));
    harness.run();
    let cards = if n == 1 {
        "1 card".to_owned()
    } else {
        format!("{n} cards")
    };
    harness.get_by_label(&format!("1 deck · {cards}"));
}

#[test]
fn pseudo_locale_walk_shell_load_errors_and_lint_warnings() {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    let broken = MINIMAL_DECK.replace("owner: Aws", "owner: Amazon");
    catalog.add_bytes(
        "broken.ron",
        Origin::File("broken.ron".into()),
        broken.as_bytes(),
    );
    // A user deck the lint warns about (one owner per topic, texts that
    // give the owner away).
    let linted = r#"Deck(id: "u", title: "U", topics: [Topic(id: "t", title: "T")], items: [
        Item(id: "a", text: "Encrypting your own data", owner: Customer, topic: "t", explanation: "E"),
        Item(id: "b", text: "Guards at the doors", owner: Aws, topic: "t", explanation: "E"),
    ])"#;
    catalog.add_bytes("u.ron", Origin::File("u.ron".into()), linted.as_bytes());
    let mut state = AppState::new(catalog, Area::Browse);
    assert!(!state.lint.is_empty());
    common::pseudo::pseudo(&mut state);
    // The errors and warnings are the model's `file:line:col` lines,
    // translated: only the file names are passed through.
    let mut harness = harness(state);
    harness.run();
    let left = common::pseudo::untranslated(&harness, &["broken.ron", "u.ron"]);
    assert!(left.is_empty(), "the load errors panel: {left:#?}");
}

#[test]
fn pseudo_locale_walk_shell_typed_path_box() {
    use srm_study::ui::action::PromptAction;
    use srm_study::ui::{Action, Purpose};
    let mut state = builtin_state(Area::Browse);
    common::pseudo::pseudo(&mut state);
    let mut harness = harness(state);
    harness.run();
    for (purpose, after_dialog) in [
        (Purpose::ImportDeck, true),
        (Purpose::ReportResults, false),
        (Purpose::OpenExercise, false),
    ] {
        let action = if after_dialog {
            Action::NothingChosen(purpose)
        } else {
            Action::TypePath(purpose)
        };
        harness.state_mut().apply(action);
        harness.run();
        assert!(harness.state().prompt.typed.is_some(), "{purpose:?}");
        let left = common::pseudo::untranslated(&harness, &["/home/me/file.ron"]);
        assert!(
            left.is_empty(),
            "the typed-path box for {purpose:?}: {left:#?}"
        );
        // OK with nothing typed: the box says what to do.
        harness
            .state_mut()
            .apply(Action::Prompt(PromptAction::SubmitTypedPath));
        harness.run();
        let left = common::pseudo::untranslated(&harness, &["/home/me/file.ron"]);
        assert!(left.is_empty(), "an empty path for {purpose:?}: {left:#?}");
        harness
            .state_mut()
            .apply(Action::Prompt(PromptAction::CancelTypedPath));
        harness.run();
    }
}
