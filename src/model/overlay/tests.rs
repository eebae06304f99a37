use proptest::prelude::*;

use super::*;
use crate::model::deck::{Item, Owner, Topic};
use crate::model::load::parse_ron_str;

fn base() -> Deck {
    let item = |id: &str, owner: Owner, text: &str| Item {
        id: id.to_owned(),
        text: text.to_owned(),
        owner,
        topic: "patching".to_owned(),
        explanation: format!("Why {text}."),
        services: vec!["ec2".to_owned()],
        layer: "guest-os".to_owned(),
        tags: vec!["os".to_owned()],
        sources: Vec::new(),
        aws_part: String::new(),
        customer_part: String::new(),
    };
    Deck {
        id: "core".to_owned(),
        title: "Core".to_owned(),
        topics: vec![Topic {
            id: "patching".to_owned(),
            title: "Patch management".to_owned(),
            summary: String::new(),
        }],
        items: vec![
            item(
                "guest-patch",
                Owner::Customer,
                "Patching the guest operating system",
            ),
            item("host-patch", Owner::Aws, "Patching the host's hypervisor"),
            item(
                "app-patch",
                Owner::Shared,
                "Keeping the software stack patched",
            ),
        ],
        ..Deck::default()
    }
}

fn spanish(base: &Deck) -> DeckTranslation {
    let mut overlay = template(base, "es");
    for entry in &mut overlay.items {
        entry.text = format!("ES {}", entry.text);
        entry.explanation = format!("ES {}", entry.explanation);
    }
    overlay.topics[0].title = "Administración de parches".to_owned();
    overlay
}

#[test]
fn the_fingerprint_is_sha256_of_the_parts_and_moving_words_between_parts_changes_it() {
    // `printf 'a\x1fb\x1f' | sha256sum`, its first 16 hex digits.
    assert_eq!(fingerprint(&["a", "b"]), "023b8059a924f728");
    assert_ne!(fingerprint(&["ab", ""]), fingerprint(&["a", "b"]));
    assert_eq!(fingerprint(&["a", "b"]).len(), 16);
}

#[test]
fn a_translation_replaces_what_a_person_reads_and_nothing_else() {
    let base = base();
    let shown = translate(&base, &spanish(&base));
    assert!(shown.stale.is_empty());
    assert_eq!(shown.deck.topics[0].title, "Administración de parches");
    for (translated, english) in shown.deck.items.iter().zip(&base.items) {
        assert_eq!(translated.text, format!("ES {}", english.text));
        assert_eq!(translated.id, english.id);
        assert_eq!(translated.owner, english.owner);
        assert_eq!(translated.topic, english.topic);
        assert_eq!(translated.services, english.services);
        assert_eq!(translated.layer, english.layer);
        assert_eq!(translated.tags, english.tags);
    }
    assert!(check(&base, &spanish(&base)).is_empty());
}

#[test]
fn an_overlay_that_tries_to_set_an_owner_is_refused_where_it_says_so() {
    let text = r#"DeckTranslation(
    deck: "core",
    language: "es",
    items: [
        (
            id: "host-patch",
            from: "0000000000000000",
            text: "Parchear el hipervisor",
            explanation: "Porque sí.",
            owner: Customer,
        ),
    ],
)"#;
    let error = parse_ron_str::<DeckTranslation>("core.es.ron", text)
        .expect_err("an owner has no place in an overlay");
    let shown = error.to_string();
    assert!(shown.starts_with("core.es.ron:10:"), "{shown}");
    assert!(shown.contains("owner"), "{shown}");
    for field in ["topic", "services", "layer", "tags", "sources"] {
        let text = text.replace("owner: Customer", &format!("{field}: []"));
        assert!(
            parse_ron_str::<DeckTranslation>("core.es.ron", &text).is_err(),
            "{field} must be refused"
        );
    }
}

#[test]
fn a_stale_entry_shows_in_english_and_is_reported() {
    let mut base = base();
    let overlay = spanish(&base);
    base.items[1].explanation = "A corrected explanation.".to_owned();
    let shown = translate(&base, &overlay);
    assert_eq!(
        shown.deck.items[1].text, base.items[1].text,
        "English until updated"
    );
    assert_eq!(
        shown.deck.items[0].text,
        format!("ES {}", base.items[0].text)
    );
    let stale = EntryRef::new(EntryKind::Item, "host-patch");
    assert_eq!(shown.stale, vec![stale.clone()]);
    assert_eq!(check(&base, &overlay), vec![OverlayProblem::Stale(stale)]);
}

#[test]
fn check_finds_unknown_duplicate_empty_missing_entries_and_the_wrong_deck() {
    let base = base();
    let mut overlay = spanish(&base);
    overlay.deck = "other".to_owned();
    let mut unknown = overlay.items[0].clone();
    unknown.id = "no-such-card".to_owned();
    let duplicate = overlay.items[0].clone();
    overlay.items[2].text = "  ".to_owned();
    overlay.items.remove(1);
    overlay.items.push(unknown);
    overlay.items.push(duplicate);
    let problems = check(&base, &overlay);
    let item = |id: &str| EntryRef::new(EntryKind::Item, id);
    assert_eq!(
        problems,
        vec![
            OverlayProblem::WrongDeck {
                named: "other".to_owned(),
                base: "core".to_owned()
            },
            OverlayProblem::Empty(item("app-patch")),
            OverlayProblem::UnknownId(item("no-such-card")),
            OverlayProblem::Duplicate(item("guest-patch")),
            OverlayProblem::Missing(item("host-patch")),
        ]
    );
}

#[test]
fn the_template_of_each_built_in_deck_round_trips_and_changes_nothing() {
    let mut catalog = crate::model::Catalog::new();
    crate::io::content::add_builtin(&mut catalog);
    assert!(!catalog.decks.is_empty());
    for loaded in catalog.decks {
        let deck = &loaded.deck;
        let overlay = template(deck, "ja");
        let text = ron::ser::to_string_pretty(&overlay, ron::ser::PrettyConfig::default())
            .expect("an overlay serialises");
        let read: DeckTranslation =
            parse_ron_str("template.ron", &text).expect("the template reads back");
        assert_eq!(read, overlay);
        assert!(check(deck, &read).is_empty(), "{:?}", check(deck, &read));
        // The same deck, said to be in the template's language.
        let mut shown = translate(deck, &read).deck;
        assert_eq!(shown.language, "ja");
        shown.language = deck.language.clone();
        assert_eq!(&shown, deck);
    }
}

proptest! {
    /// Whatever an overlay says, in whatever order and with whatever ids,
    /// every card keeps its owner, id, topic, services and layer.
    #[test]
    fn no_overlay_changes_an_owner(
        picks in proptest::collection::vec((0usize..5, ".{0,12}", any::<bool>()), 0..12)
    ) {
        let base = base();
        let ids = ["guest-patch", "host-patch", "app-patch", "patching", "x"];
        let prints = fingerprints(&base);
        let mut overlay = DeckTranslation {
            deck: "core".to_owned(),
            language: "de".to_owned(),
            ..DeckTranslation::default()
        };
        for (pick, text, fresh) in picks {
            let id = ids[pick];
            let from = if fresh {
                prints.get(&EntryRef::new(EntryKind::Item, id)).cloned().unwrap_or_default()
            } else {
                "0".repeat(16)
            };
            overlay.items.push(ItemEntry {
                id: id.to_owned(),
                from,
                text: text.clone(),
                explanation: text,
                ..ItemEntry::default()
            });
        }
        let shown = translate(&base, &overlay).deck;
        prop_assert_eq!(shown.items.len(), base.items.len());
        for (translated, english) in shown.items.iter().zip(&base.items) {
            prop_assert_eq!(&translated.id, &english.id);
            prop_assert_eq!(translated.owner, english.owner);
            prop_assert_eq!(&translated.topic, &english.topic);
            prop_assert_eq!(&translated.services, &english.services);
            prop_assert_eq!(&translated.layer, &english.layer);
        }
    }
}
