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

/// What the deck editor does with a card's translation: a first part
/// makes an entry from the English as it is, the other parts show in
/// English until written; a change to the English makes it stale (shown
/// in English) until marked up to date; an entry emptied again goes.
#[test]
fn editing_a_cards_translation_part_by_part() {
    let mut base = base();
    let mut overlay = DeckTranslation::new("core", "es");
    let card = base.items[0].clone();
    assert_eq!(overlay.item_state(&card), ItemState::Untranslated);
    overlay.set_item_part(&card, ItemPart::Text, "Parchear el SO invitado".into());
    assert_eq!(overlay.item_state(&card), ItemState::UpToDate);
    let shown = translate(&base, &overlay).deck;
    assert_eq!(shown.items[0].text, "Parchear el SO invitado");
    assert_eq!(
        shown.items[0].explanation, card.explanation,
        "not written yet"
    );
    assert_eq!(shown.items[0].owner, card.owner);
    overlay.set_item_part(&card, ItemPart::Explanation, "Porque sí.".into());
    assert_eq!(overlay.items.len(), 1);
    assert_eq!(
        translate(&base, &overlay).deck.items[0].explanation,
        "Porque sí."
    );

    // The English changes: the translation is stale and shows in English.
    base.items[0].text = "Patching the guest OS of an instance".into();
    let changed = base.items[0].clone();
    assert_eq!(overlay.item_state(&changed), ItemState::Stale);
    assert_eq!(translate(&base, &overlay).deck.items[0].text, changed.text);
    overlay.mark_up_to_date(&changed);
    assert_eq!(overlay.item_state(&changed), ItemState::UpToDate);
    assert_eq!(
        translate(&base, &overlay).deck.items[0].text,
        "Parchear el SO invitado"
    );

    // Emptied again: no entry left.
    overlay.set_item_part(&changed, ItemPart::Text, String::new());
    overlay.set_item_part(&changed, ItemPart::Explanation, "  ".into());
    assert!(overlay.items.is_empty());
    assert_eq!(overlay.item_state(&changed), ItemState::Untranslated);
}

/// The file the editor writes reads back as the same translation, with
/// its comment, quotes and non-ASCII text intact.
#[test]
fn a_translation_file_written_reads_back() {
    let base = base();
    let mut overlay = DeckTranslation::new("core", "ja");
    overlay.set_item_part(
        &base.items[1],
        ItemPart::Text,
        "ハイパーバイザーの「パッチ」\"適用\"".into(),
    );
    overlay.set_item_part(&base.items[0], ItemPart::Text, "ゲスト OS".into());
    overlay.sort_like(&base);
    assert_eq!(overlay.items[0].id, "guest-patch");
    let text = translation_to_ron(&overlay).expect("writes");
    assert!(text.starts_with("// SRM Study: the deck \"core\" in the language \"ja\"."));
    assert!(text.contains("ゲスト OS"), "{text}");
    let read = load_translation_bytes("t.ron", text.as_bytes()).expect("reads back");
    assert_eq!(read, overlay);
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
