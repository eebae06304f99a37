//! Loading and validation of decks: good decks, bad decks, hostile input.

mod common;

use common::{MINIMAL_DECK, load_err, load_ok, show};
use proptest::prelude::*;
use srm_study::io::content::BUILTIN_DECKS;
use srm_study::model::load::{
    ErrorKind, MAX_FILE_BYTES, deck_to_ron, load_deck_bytes, load_deck_str, parse_ron,
};
use srm_study::model::{Deck, Item, Layer, Owner, Service, Source, Topic};

#[test]
fn minimal_deck_loads() {
    let deck = load_ok("mini.ron", MINIMAL_DECK);
    assert_eq!(deck.id, "mini");
    assert_eq!(deck.items[0].owner, Owner::Aws);
    assert!(deck.items[0].services.is_empty());
}

#[test]
fn builtin_decks_load_and_are_substantial() {
    let mut items = 0;
    for (name, text) in BUILTIN_DECKS {
        let deck = load_ok(name, text);
        items += deck.items.len();
        for item in &deck.items {
            assert!(
                !item.sources.is_empty(),
                "{name}: item {} cites no source",
                item.id
            );
            if item.owner == Owner::Shared {
                assert!(
                    !item.aws_part.is_empty() && !item.customer_part.is_empty(),
                    "{name}: shared item {} needs aws_part and customer_part",
                    item.id
                );
            }
        }
        assert!(
            deck.topics.len() >= 10,
            "{name}: {} topics",
            deck.topics.len()
        );
        for owner in Owner::ALL {
            assert!(
                deck.items.iter().any(|i| i.owner == owner),
                "{name}: no {owner} item"
            );
        }
    }
    assert!(items >= 80, "only {items} built-in items");
}

/// The deck format guide in every language (content/README*.md): each
/// ```ron block is a deck that loads.
const GUIDES: [(&str, &str); 4] = [
    ("content/README.md", include_str!("../content/README.md")),
    (
        "content/README.es.md",
        include_str!("../content/README.es.md"),
    ),
    (
        "content/README.de.md",
        include_str!("../content/README.de.md"),
    ),
    (
        "content/README.ja.md",
        include_str!("../content/README.ja.md"),
    ),
];

#[test]
fn content_readme_example_loads() {
    for (name, readme) in GUIDES {
        let blocks: Vec<&str> = readme
            .split("```ron\n")
            .skip(1)
            .map(|rest| rest.split("```").next().expect("split gives a first part"))
            .collect();
        assert!(!blocks.is_empty(), "{name} has a ```ron block");
        for (i, block) in blocks.iter().enumerate() {
            let deck = load_ok(&format!("{name} ron block {}", i + 1), block);
            assert!(!deck.items.is_empty(), "{name}");
        }
        let deck = load_ok(name, blocks[0]);
        let uses_every_field = deck.items.iter().any(|i| {
            !i.services.is_empty()
                && !i.layer.is_empty()
                && !i.tags.is_empty()
                && !i.sources.is_empty()
                && !i.aws_part.is_empty()
                && !i.customer_part.is_empty()
        });
        assert!(
            uses_every_field,
            "{name}: the example should show every optional item field"
        );
    }
}

#[test]
fn bom_crlf_comments_trailing_commas_and_free_field_order_are_accepted() {
    let text = "\u{feff}// A deck written on Windows\r\nDeck(\r\n    title: \"Windows deck\",\r\n    \
                items: [Item(topic: \"t\", owner: Shared, explanation: \"Both.\", id: \"x\", \
                text: \"Patch management\", aws_part: \"Infra\", customer_part: \"Guest OS\",),],\r\n    \
                id: \"win\",\r\n    topics: [Topic(id: \"t\", title: \"T\",),],\r\n)\r\n";
    let deck = load_ok("win.ron", text);
    assert_eq!(deck.id, "win");
    assert_eq!(deck.items[0].customer_part, "Guest OS");
}

/// Each case: a name, the deck text, and a piece every reported error
/// list must contain.
fn bad_decks() -> Vec<(&'static str, String, &'static str)> {
    let m = MINIMAL_DECK;
    vec![
        ("empty file", String::new(), "the file is empty"),
        ("only white space", "  \n\t\n".into(), "the file is empty"),
        ("only a comment", "// nothing\n".into(), "*"),
        ("not ron at all", "hello world".into(), "*"),
        ("json instead", r#"{"id": "x"}"#.into(), "*"),
        ("wrong struct name", m.replacen("Deck(", "Dek(", 1), "Dek"),
        ("missing title", m.replace("title: \"Mini deck\",", ""), "title"),
        ("missing items", m.replace("items: [", "itemz: ["), "itemz"),
        ("unknown field typo", m.replace("explanation:", "explantion:"), "explantion"),
        ("unknown owner", m.replace("owner: Aws", "owner: Amazon"), "Amazon"),
        ("owner as string", m.replace("owner: Aws", "owner: \"Aws\""), "*"),
        ("number for text", m.replace("text: \"Guarding the data centre\"", "text: 42"), "*"),
        ("unclosed string", m.replace("\"Mini deck\"", "\"Mini deck"), "*"),
        ("unclosed bracket", m.replace("],\n)", ",\n)"), "*"),
        ("truncated", m[..m.find("items").unwrap_or(0)].to_owned(), "ends too early"),
        ("truncated in a string", m[..m.len() / 2].to_owned(), "string is not closed"),
        ("trailing garbage", format!("{m} extra"), "*"),
        ("two decks in one file", format!("{m}\n{m}"), "*"),
        ("empty item text", m.replace("\"Guarding the data centre\"", "\"  \""), "the text is empty"),
        ("empty explanation", m.replace("\"AWS runs the buildings.\"", "\"\""), "the explanation is empty"),
        ("unknown topic", m.replace("topic: \"basics\",", "topic: \"nope\","), "names topic \"nope\""),
        ("bad item id", m.replace("id: \"one\"", "id: \"One Item\""), "is not valid"),
        ("bad deck id", m.replace("id: \"mini\"", "id: \"mini_deck\""), "is not valid"),
        ("id starting with digit", m.replace("id: \"one\"", "id: \"1st\""), "is not valid"),
        (
            "duplicate item ids",
            m.replace(
                "],\n)",
                "Item(id: \"one\", text: \"X\", owner: Customer, topic: \"basics\", explanation: \"Y\"),\n],\n)",
            ),
            "used by another item",
        ),
        (
            "duplicate topic ids",
            m.replace("topics: [", "topics: [Topic(id: \"basics\", title: \"Again\"), "),
            "used by another topic",
        ),
        (
            "no items",
            r#"Deck(id: "x", title: "X", topics: [Topic(id: "t", title: "T")], items: [])"#.into(),
            "has no items",
        ),
        ("unknown service", m.replace("topic: \"basics\",\n", "topic: \"basics\", services: [\"ec2\"],\n"), "names service \"ec2\""),
        ("unknown source", m.replace("topic: \"basics\",\n", "topic: \"basics\", sources: [\"aws\"],\n"), "names source \"aws\""),
        ("unknown layer", m.replace("topic: \"basics\",\n", "topic: \"basics\", layer: \"roof\",\n"), "names layer \"roof\""),
        (
            "service names unknown layer",
            m.replace(
                "topics: [",
                "layers: [Layer(id: \"physical\", title: \"Physical\")], services: [Service(id: \"ec2\", name: \"EC2\", layers: {\"physical\": Aws, \"attic\": Customer})], topics: [",
            ),
            "names layer \"attic\"",
        ),
        ("empty topic title", m.replace("title: \"Basics\"", "title: \"\""), "title or name is empty"),
        ("deep nesting", format!("{}{}", "[".repeat(5000), "]".repeat(5000)), "*"),
        (
            "deep nesting inside a field",
            m.replace("title: \"Mini deck\"", &format!("title: {}{}", "[".repeat(100_000), "]".repeat(100_000))),
            "*",
        ),
        ("binary junk", "\u{0}\u{1}\u{2}Deck(".into(), "*"),
    ]
}

#[test]
fn bad_decks_give_located_errors_and_never_panic() {
    let cases = bad_decks();
    assert!(cases.len() >= 20);
    for (i, (name, text, expect)) in cases.iter().enumerate() {
        let label = format!("bad-{}.ron", i + 1);
        let errors = load_err(&label, text);
        let shown = show(&errors);
        for error in &errors {
            assert!(error.to_string().starts_with(&label), "{name}: {error}");
            if error.kind == ErrorKind::Syntax {
                let (line, col) = error.position.expect("syntax errors have a position");
                assert!(line >= 1 && col >= 1, "{name}: {error}");
                let prefix = format!("{label}:{line}:{col}: ");
                assert!(error.to_string().starts_with(&prefix), "{name}: {error}");
            }
        }
        // "*" cases only check that they fail with errors naming the file.
        let needle = if *expect == "*" {
            label.as_str()
        } else {
            expect
        };
        assert!(
            shown.contains(needle),
            "{name}: expected {needle:?} in\n{shown}"
        );
    }
}

#[test]
fn semantic_errors_are_all_reported_at_once() {
    let text = MINIMAL_DECK
        .replace("id: \"mini\"", "id: \"Mini\"")
        .replace("topic: \"basics\",", "topic: \"nope\",")
        .replace("\"AWS runs the buildings.\"", "\"\"");
    let errors = load_err("multi.ron", &text);
    assert_eq!(errors.len(), 3, "{}", show(&errors));
    assert!(errors.iter().all(|e| e.kind == ErrorKind::Semantic));
    assert!(
        errors
            .iter()
            .any(|e| e.to_string().starts_with("multi.ron: item \"one\": "))
    );
}

#[test]
fn syntax_error_position_is_line_and_column() {
    let text = "Deck(\n    id: \"x\",\n    title: 5,\n)";
    let errors = load_err("pos.ron", text);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].position.map(|p| p.0), Some(3), "{}", errors[0]);
}

#[test]
fn invalid_utf8_is_reported_with_a_position() {
    let mut bytes = b"Deck(\n  id: \"x".to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    let errors = load_deck_bytes("latin1.ron", &bytes).expect_err("invalid UTF-8");
    assert_eq!(errors[0].kind, ErrorKind::NotUtf8);
    assert_eq!(errors[0].position, Some((2, 9)));
    assert!(errors[0].to_string().contains("UTF-8"));
}

#[test]
fn oversized_input_is_refused_before_parsing() {
    let big = vec![b' '; (MAX_FILE_BYTES + 1) as usize];
    let errors = load_deck_bytes("big.ron", &big).expect_err("too large");
    assert_eq!(errors[0].kind, ErrorKind::TooLarge);

    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("big.ron");
    std::fs::write(&path, &big).expect("write");
    let errors = srm_study::io::files::load_deck(&path).expect_err("too large");
    assert_eq!(errors[0].kind, ErrorKind::TooLarge);
    assert!(errors[0].to_string().contains("8 MiB"));
}

#[test]
fn every_97th_byte_prefix_of_the_builtin_deck_loads_without_panic() {
    for (name, text) in BUILTIN_DECKS {
        let bytes = text.as_bytes();
        let mut failures = 0;
        for cut in (0..bytes.len()).step_by(97) {
            if load_deck_bytes(name, &bytes[..cut]).is_err() {
                failures += 1;
            }
        }
        // Every proper prefix is an incomplete deck.
        assert_eq!(failures, bytes.len().div_ceil(97), "{name}");
        assert!(load_deck_bytes(name, bytes).is_ok());
    }
}

#[test]
fn builtin_deck_exports_and_loads_back_equal() {
    for (name, text) in BUILTIN_DECKS {
        let deck = load_ok(name, text);
        let ron = deck_to_ron(&deck).expect("export");
        assert!(
            !ron.contains("Some("),
            "exported RON should not need Some(..)"
        );
        assert_eq!(load_ok("exported.ron", &ron), deck);
    }
}

#[test]
fn nesting_beyond_the_recursion_limit_is_refused_cleanly() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let error = parse_ron::<ron::Value>("deep.ron", deep.as_bytes()).expect_err("too deep");
    assert_eq!(error.kind, ErrorKind::Syntax);
    assert!(error.to_string().contains("nested too deeply"), "{error}");
}

#[test]
fn wrong_type_at_top_level_is_an_error() {
    let result: Result<Deck, _> = parse_ron("list.ron", b"[1, 2, 3]");
    assert!(result.is_err());
    assert!(load_deck_str("num.ron", "42").is_err());
}

// Property test: any generated valid deck exports to RON and loads back equal.

fn id_strategy() -> impl Strategy<Value = String> {
    "[a-z][a-z0-9-]{0,12}"
}

fn text_strategy() -> impl Strategy<Value = String> {
    // Printable text including quotes, backslashes, unicode and newlines.
    "[A-Za-z0-9 .,;:'\"\\\\/()\\[\\]{}é☁\n-]{1,40}"
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn owner_strategy() -> impl Strategy<Value = Owner> {
    prop_oneof![Just(Owner::Aws), Just(Owner::Customer), Just(Owner::Shared)]
}

prop_compose! {
    fn deck_strategy()(
        deck_id in id_strategy(),
        title in text_strategy(),
        description in proptest::option::of(text_strategy()),
        topic_titles in proptest::collection::vec(text_strategy(), 1..4),
        layer_count in 0usize..4,
        service_owners in proptest::collection::vec(owner_strategy(), 0..4),
        raw_items in proptest::collection::vec(
            (text_strategy(), owner_strategy(), text_strategy(), any::<u8>(),
             proptest::collection::vec(id_strategy(), 0..3), proptest::option::of(text_strategy())),
            1..12),
    ) -> Deck {
        let topics: Vec<Topic> = topic_titles.iter().enumerate()
            .map(|(i, t)| Topic { id: format!("t{i}"), title: t.clone(), summary: String::new() })
            .collect();
        let layers: Vec<Layer> = (0..layer_count)
            .map(|i| Layer { id: format!("l{i}"), title: format!("Layer {i}"), summary: "s".into() })
            .collect();
        let services: Vec<Service> = service_owners.iter().enumerate().map(|(i, owner)| Service {
            id: format!("s{i}"),
            name: format!("Service {i}"),
            category: String::new(),
            summary: String::new(),
            layers: layers.iter().map(|l| (l.id.clone(), *owner)).collect(),
        }).collect();
        let sources = vec![Source { id: "src".into(), title: "A source".into(), url: "https://example.com/a?b=\"c\"".into() }];
        let items = raw_items.into_iter().enumerate().map(|(i, (text, owner, explanation, pick, tags, part))| Item {
            id: format!("item-{i}"),
            text,
            owner,
            topic: topics[pick as usize % topics.len()].id.clone(),
            explanation,
            services: services.iter().take(pick as usize % 3).map(|s| s.id.clone()).collect(),
            layer: layers.get(pick as usize % 5).map(|l| l.id.clone()).unwrap_or_default(),
            tags,
            sources: if pick % 2 == 0 { vec!["src".into()] } else { vec![] },
            aws_part: part.clone().unwrap_or_default(),
            customer_part: part.unwrap_or_default(),
        }).collect();
        Deck {
            id: deck_id, title, description: description.unwrap_or_default(), language: String::new(),
            sources, layers, services, topics, items,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn generated_deck_round_trips_through_ron(deck in deck_strategy()) {
        let ron = deck_to_ron(&deck).expect("export");
        let back = load_deck_str("generated.ron", &ron)
            .map_err(|e| TestCaseError::fail(format!("{}\n{ron}", show(&e))))?;
        prop_assert_eq!(back, deck);
    }
}
