//! No keystroke is lost in the deck editor: a fast typist (one key per
//! frame) types into every field of the card form and of the Stack tab,
//! at every layout size and in projector mode, while the messages about
//! those fields appear and disappear ("explanation is empty" went away
//! after the first letter, the form moved up and the rest of the typing
//! went nowhere).

mod common;

use std::path::Path;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use srm_study::model::{Deck, Item};
use srm_study::ui::AppState;
use srm_study::ui::instructor::Page;

fn disk_state(data_dir: &Path, projector: bool) -> AppState {
    let mut state = common::instructor::disk_state(data_dir);
    state.projector = projector;
    state
}

fn click(harness: &mut Harness<'static, AppState>, label: &str) {
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Scrolls to the text field named `label`, clicks it and types `text`
/// one key per frame at its end, as a fast typist does; nothing waits for
/// the app to settle between keys.
fn type_fast(harness: &mut Harness<'static, AppState>, label: &str, text: &str) {
    let role = if harness
        .query_by_role_and_label(Role::TextInput, label)
        .is_some()
    {
        Role::TextInput
    } else {
        Role::MultilineTextInput
    };
    harness.get_by_role_and_label(role, label).scroll_to_me();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
    // Typing goes on at the end of what is there.
    harness.key_press(egui::Key::End);
    harness.step();
    for ch in text.chars() {
        harness.event(egui::Event::Text(ch.to_string()));
        harness.step();
    }
    harness.run();
}

fn deck(harness: &Harness<'static, AppState>) -> Deck {
    let editor = &harness.state().instructor.editor;
    editor.doc.as_ref().expect("a deck is open").deck.clone()
}

fn card(harness: &Harness<'static, AppState>) -> Item {
    deck(harness).items.first().cloned().expect("one card")
}

/// A new deck with one card whose explanation is empty (so "explanation
/// is empty" shows until the first letter).
fn new_deck_with_a_card(
    size: (f32, f32),
    projector: bool,
) -> (tempfile::TempDir, Harness<'static, AppState>) {
    let data = tempfile::tempdir().expect("tempdir");
    let mut harness = common::gui::sized_harness(disk_state(data.path(), projector), size);
    harness.run();
    click(&mut harness, Page::Editor.label());
    type_fast(&mut harness, "Title", "Typing test");
    click(&mut harness, "Create deck");
    type_fast(
        &mut harness,
        "New card text",
        "Keeping the guest OS patched",
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    let new_card = &harness.state().instructor.editor.new_card;
    assert_eq!(
        deck(&harness).items.len(),
        1,
        "{size:?}, projector {projector}: the card was added (new card text {new_card:?})"
    );
    (data, harness)
}

const SIZES: [((f32, f32), bool); 4] = [
    ((1280.0, 800.0), false),
    ((1024.0, 768.0), false),
    ((800.0, 600.0), false),
    ((1024.0, 768.0), true),
];

#[test]
fn every_key_typed_into_the_card_form_arrives() {
    for (size, projector) in SIZES {
        let at = format!("{size:?}, projector {projector}");
        let (_data, mut harness) = new_deck_with_a_card(size, projector);
        assert!(card(&harness).explanation.is_empty());
        let explanation = |h: &Harness<'static, AppState>| {
            h.get_by_role_and_label(Role::MultilineTextInput, "Explanation")
                .rect()
                .min
        };
        harness
            .get_by_role_and_label(Role::MultilineTextInput, "Explanation")
            .scroll_to_me();
        harness.run();
        let before = explanation(&harness);
        type_fast(&mut harness, "Explanation", "Because AWS runs it");
        assert_eq!(card(&harness).explanation, "Because AWS runs it", "{at}");
        assert_eq!(
            explanation(&harness),
            before,
            "{at}: the field stays where it was when its message goes"
        );
        type_fast(&mut harness, "Card text", " and hardened");
        assert_eq!(
            card(&harness).text,
            "Keeping the guest OS patched and hardened",
            "{at}"
        );
        click(&mut harness, "Owner Shared");
        type_fast(&mut harness, "AWS part", "The host");
        type_fast(&mut harness, "Customer part", "The guest");
        let item = card(&harness);
        assert_eq!(
            (item.aws_part.as_str(), item.customer_part.as_str()),
            ("The host", "The guest"),
            "{at}"
        );
        type_fast(&mut harness, "Tags (comma-separated)", "ec2, patching");
        assert_eq!(card(&harness).tags, ["ec2", "patching"], "{at}");
        type_fast(&mut harness, "New topic", "Compute");
        assert_eq!(
            harness.state().instructor.editor.new_topic,
            "Compute",
            "{at}"
        );
        type_fast(&mut harness, "New source title", "EC2 security");
        type_fast(
            &mut harness,
            "New source URL",
            "https://docs.aws.amazon.com/ec2/",
        );
        let source = &harness.state().instructor.editor.new_source;
        assert_eq!(source.0, "EC2 security", "{at}");
        assert_eq!(source.1, "https://docs.aws.amazon.com/ec2/", "{at}");
        type_fast(&mut harness, "Search cards", "guest");
        assert_eq!(harness.state().instructor.editor.search, "guest", "{at}");
        type_fast(&mut harness, "Card id", "-os");
        assert_eq!(
            card(&harness).id,
            "keeping-the-guest-os-patched-and-hardened-os",
            "{at}"
        );
    }
}

#[test]
fn every_key_typed_into_the_stack_arrives() {
    for (size, projector) in SIZES {
        let at = format!("{size:?}, projector {projector}");
        let (_data, mut harness) = new_deck_with_a_card(size, projector);
        click(&mut harness, "Stack: 0 layers, 0 services");
        type_fast(&mut harness, "New layer title", "Guest operating system");
        harness.key_press(egui::Key::Enter);
        harness.run();
        assert_eq!(deck(&harness).layers.len(), 1, "{at}");
        assert_eq!(
            deck(&harness).layers[0].title,
            "Guest operating system",
            "{at}"
        );
        type_fast(&mut harness, "What layer 1 holds", "The OS on the instance");
        assert_eq!(
            deck(&harness).layers[0].summary,
            "The OS on the instance",
            "{at}"
        );
        type_fast(&mut harness, "Title of layer 1", " (guest)");
        assert_eq!(
            deck(&harness).layers[0].title,
            "Guest operating system (guest)",
            "{at}"
        );
        type_fast(&mut harness, "New service name", "Amazon Bedrock");
        click(&mut harness, "Add service");
        type_fast(
            &mut harness,
            "Category (IaaS, PaaS, SaaS, Abstracted…)",
            "Abstracted",
        );
        type_fast(
            &mut harness,
            "How the line moves for it",
            "AWS runs the models",
        );
        let service = deck(&harness).services.first().cloned().expect("a service");
        assert_eq!(service.category, "Abstracted", "{at}");
        assert_eq!(service.summary, "AWS runs the models", "{at}");
        type_fast(&mut harness, "Service name", " runtime");
        assert_eq!(
            deck(&harness).services[0].name,
            "Amazon Bedrock runtime",
            "{at}"
        );
    }
}
