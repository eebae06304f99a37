//! Issue #24: a sealed student file carries nothing from which an owner can
//! be derived with the built-in content (content/README.md, "What a sealed
//! student file holds").
//!
//! Every card of every built-in deck goes into one sealed exercise. The
//! student file, read back from its RON text, is checked field by field
//! against the built-in catalog: no field other than a card's text names
//! anything of the catalog that has an owner, and two exercises with the
//! same texts but other owners give student files that differ only in the
//! fingerprint, so nothing but the text (and the fingerprint, which hides
//! the owners behind the key's 64-bit secret) depends on an owner at all.

use std::collections::HashSet;

use srm_study::io::content::add_builtin;
use srm_study::model::exercise::{Exercise, exercise_to_ron, load_exercise_bytes, seal};
use srm_study::model::session::SessionOptions;
use srm_study::model::{CardRef, Catalog, Owner};

fn builtin() -> Catalog {
    let mut catalog = Catalog::new();
    add_builtin(&mut catalog);
    assert!(catalog.errors.is_empty(), "{:?}", catalog.errors);
    catalog
}

/// Every card of the built-in deck `deck` as one exercise.
fn whole_deck(catalog: &Catalog, deck: usize) -> Exercise {
    let cards: Vec<CardRef> = catalog
        .cards()
        .map(|(card, _)| card)
        .filter(|card| card.deck == deck)
        .collect();
    Exercise::from_cards("audit", "Audit", catalog, &cards, SessionOptions::default())
        .expect("builds")
}

/// The student file as written, with its fingerprint line left out.
fn without_fingerprint(text: &str) -> String {
    text.lines()
        .filter(|l| !l.trim_start().starts_with("fingerprint:"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_field_of_a_sealed_student_file_maps_to_an_owner_through_the_built_in_content() {
    let catalog = builtin();
    let item_ids: HashSet<&str> = catalog
        .decks
        .iter()
        .flat_map(|d| d.deck.items.iter().map(|i| i.id.as_str()))
        .collect();
    let topic_ids: HashSet<&str> = catalog
        .decks
        .iter()
        .flat_map(|d| d.deck.topics.iter().map(|t| t.id.as_str()))
        .collect();
    for deck in 0..catalog.decks.len() {
        let exercise = whole_deck(&catalog, deck);
        let pair = seal(&exercise, 0x005e_ed0f_5eed);
        let text = exercise_to_ron(&pair.student).expect("ron");
        let student = load_exercise_bytes("student.ron", text.as_bytes()).expect("loads");
        assert!(student.owners_hidden());
        // No field that holds or maps to an owner, as written (a deck
        // title such as "AWS Shared Responsibility Model" may hold the
        // words, so fields are looked for at the start of a line).
        for line in text.lines().map(str::trim_start) {
            for field in [
                "owner:",
                "layer:",
                "layers:",
                "services:",
                "key:",
                "explanation:",
                "sources:",
                "aws_part:",
                "customer_part:",
                "tags:",
                "summary:",
                "description:",
            ] {
                let empty = line.ends_with("[],") || line.ends_with("[]");
                assert!(
                    !line.starts_with(field) || empty,
                    "{line} in the student file"
                );
            }
        }
        // The deck: no layers, no services, one topic that is not a
        // built-in one, no sources, no description.
        assert!(student.deck.layers.is_empty());
        assert!(student.deck.services.is_empty());
        assert!(student.deck.sources.is_empty());
        assert!(student.deck.description.is_empty());
        assert_eq!(student.deck.topics.len(), 1);
        assert!(!topic_ids.contains(student.deck.topics[0].id.as_str()));
        // The cards: an id that is no built-in id, the one topic, nothing else.
        for item in &student.deck.items {
            assert!(!item_ids.contains(item.id.as_str()), "{}", item.id);
            assert_eq!(item.topic, student.deck.topics[0].id);
            assert!(item.services.is_empty() && item.layer.is_empty());
            assert!(item.tags.is_empty() && item.sources.is_empty());
        }
        // The order is drawn from the secret, not the deck's order.
        let texts: Vec<&str> = student.deck.items.iter().map(|i| i.text.as_str()).collect();
        let deck_order: Vec<&str> = exercise
            .deck
            .items
            .iter()
            .map(|i| i.text.as_str())
            .collect();
        assert_ne!(texts, deck_order, "the deck's order is not kept");

        // Other owners, same texts and secret: the same file but for the
        // fingerprint. So no field but the fingerprint depends on an owner.
        let mut flipped = exercise.clone();
        for item in &mut flipped.deck.items {
            item.owner = match item.owner {
                Owner::Aws => Owner::Customer,
                Owner::Customer => Owner::Shared,
                Owner::Shared => Owner::Aws,
            };
        }
        let other = seal(&flipped, 0x005e_ed0f_5eed);
        let other_text = exercise_to_ron(&other.student).expect("ron");
        assert_ne!(other.student.fingerprint, pair.student.fingerprint);
        assert_eq!(without_fingerprint(&other_text), without_fingerprint(&text));
        // And the fingerprint changes with the secret alone: it cannot be
        // recomputed from guessed owners without the key.
        let resealed = seal(&exercise, 0x005e_ed0f_5eee);
        assert_ne!(resealed.student.fingerprint, pair.student.fingerprint);
    }
}
