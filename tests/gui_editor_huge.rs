//! The deck editor on huge decks (issue 26): a 60,000-card deck lays out
//! only the rows of its card list that are on screen, and the keyboard and
//! the mouse wheel still reach its last card; a card text of 8 MB is shown
//! cut, with a button that shows all of it.

mod common;

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use srm_study::model::{Catalog, Deck, Item, Origin, Owner, Topic};
use srm_study::ui::instructor::{EditorAction, InstructorAction, Page};
use srm_study::ui::{Action, AppState, Area};

fn item(i: usize, text: String) -> Item {
    Item {
        id: format!("card-{i}"),
        text,
        owner: Owner::ALL[i % 3],
        topic: "t".into(),
        explanation: "Generated.".into(),
        services: vec![],
        layer: String::new(),
        tags: vec![],
        sources: vec![],
        aws_part: String::new(),
        customer_part: String::new(),
    }
}

/// The app on the editor, with a user deck of these cards open.
fn editing(items: Vec<Item>) -> Harness<'static, AppState> {
    let deck = Deck {
        id: "big".into(),
        title: "Big".into(),
        description: String::new(),
        language: String::new(),
        sources: vec![],
        layers: vec![],
        services: vec![],
        topics: vec![Topic {
            id: "t".into(),
            title: "T".into(),
            summary: String::new(),
        }],
        items,
    };
    let mut catalog = Catalog::new();
    assert!(catalog.add_deck("big.ron", deck, Origin::File("big.ron".into())));
    let mut state = AppState::new(catalog, Area::Instructor);
    state.apply(Action::Instructor(InstructorAction::Editor(
        EditorAction::OpenDeck("big".into()),
    )));
    assert_eq!(state.instructor.page, Page::Editor);
    let mut harness = common::gui::app_harness(state);
    harness.run();
    harness
}

fn rows(harness: &Harness<'static, AppState>) -> usize {
    harness
        .query_all_by_label_contains("Generated duty number")
        .filter(|n| n.accesskit_node().role() == Role::Button)
        .count()
}

fn key(harness: &mut Harness<'static, AppState>, key: Key) {
    harness.key_press_modifiers(Modifiers::NONE, key);
    harness.run();
}

#[test]
fn a_60000_card_deck_lays_out_only_the_rows_on_screen_and_its_last_card_is_reached() {
    let items = (0..60_000)
        .map(|i| item(i, format!("Generated duty number {i}")))
        .collect();
    let mut harness = editing(items);
    harness.get_by_label("60000 of 60000 cards");
    let laid_out = rows(&harness);
    assert!(
        (5..80).contains(&laid_out),
        "{laid_out} card rows laid out of 60,000"
    );

    // The keyboard: from the selected first card, End goes to the last one,
    // which the list scrolls to and focuses; the arrows go on from there.
    harness.get_by_label("Generated duty number 0").click();
    harness.run();
    key(&mut harness, Key::End);
    harness.get_by_label("Card 60000 of 60000");
    assert!(
        harness
            .get_by_label("Generated duty number 59999")
            .is_focused()
    );
    key(&mut harness, Key::ArrowUp);
    harness.get_by_label("Card 59999 of 60000");
    assert!(
        harness
            .get_by_label("Generated duty number 59998")
            .is_focused()
    );
    assert!(rows(&harness) < 80, "still only the rows on screen");
    key(&mut harness, Key::Home);
    harness.get_by_label("Card 1 of 60000");
    assert!(harness.get_by_label("Generated duty number 0").is_focused());
    assert!(
        harness
            .query_by_label("Generated duty number 59999")
            .is_none(),
        "the last row is off screen again"
    );

    // The mouse wheel: over the list, all the way down.
    harness.get_by_label("Generated duty number 3").hover();
    harness.run();
    for _ in 0..5 {
        common::gui::wheel(&mut harness, -2_000_000.0);
        // The list eases to where the wheel sent it over a few frames.
        harness.run_steps(12);
    }
    harness.get_by_label("Generated duty number 59999");
    assert!(rows(&harness) < 80);
}

#[test]
fn an_8_mb_card_text_is_shown_cut_with_a_button_that_shows_all_of_it() {
    let huge = "Patching the guest OS. ".repeat(8_000_000 / 23 + 1);
    let long = "Rotating the keys of a KMS key. ".repeat(100_000 / 32 + 1);
    let mut harness = editing(vec![
        item(0, huge.clone()),
        item(1, long.clone()),
        item(2, "Generated duty number 2".into()),
    ]);
    // The list row shows a line's worth, not megabytes.
    let row = harness
        .query_all_by_label_contains("Patching the guest OS.")
        .find(|n| n.accesskit_node().role() == Role::Button)
        .expect("the card's row");
    let shown = row.accesskit_node().label().unwrap_or_default().len();
    assert!(shown < 1_000, "the row holds {shown} bytes");
    // The form shows the text cut, says so and offers the rest.
    assert!(
        harness
            .query_by_role_and_label(Role::TextInput, "Card text")
            .is_none()
            && harness
                .query_by_role_and_label(Role::MultilineTextInput, "Card text")
                .is_none(),
        "no field holds the 8 MB"
    );
    harness.get_by_label_contains("This text is 8.0 MB: only its first 2000 characters");
    harness.get_by_label("Show all (8.0 MB)");

    // "Show all" brings the whole text in a field (here a card of 100 KB,
    // which a debug build lays out in reasonable time).
    harness
        .query_all_by_label_contains("Rotating the keys of a KMS key.")
        .find(|n| n.accesskit_node().role() == Role::Button)
        .expect("the 100 KB card's row")
        .click();
    harness.run();
    harness.get_by_label("Card 2 of 3");
    harness.get_by_label("Show all (100.0 KB)").click();
    harness.run();
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, "Card text");
    assert_eq!(field.value().map(|v| v.len()), Some(long.len()));
    harness.get_by_label("Show less of the card text").click();
    harness.run();
    harness.get_by_label("Show all (100.0 KB)");
}
