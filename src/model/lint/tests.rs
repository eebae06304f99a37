//! Tests of the give-away, near-duplicate and single-owner topic rules and
//! of the positions.

use super::give_away::give_away_terms;
use super::test_support::{deck, deck_text, lint, rules};
use super::*;

#[test]
fn give_away_words_are_found_as_whole_words_in_any_case() {
    for text in [
        "Patching your guest OS",
        "Securing YOUR account",
        "What you store",
        "Data that is yours",
        "Protecting it yourself",
        "Running your own database",
        "Securing customer data",
        "Training customers",
        "A customer's keys",
        "A customer’s keys",
        "Guarding AWS's buildings",
        "Amazon's network",
        "Data encrypted by AWS",
        "Security of a workload, taken as a whole",
        "Securing an app end to end",
        "Securing an app end-to-end",
        "Both parties patch",
        "Jointly owned keys",
        "The shared controls",
    ] {
        let terms = give_away_terms(text);
        assert!(!terms.is_empty(), "{text}: nothing found");
    }
    assert_eq!(
        give_away_terms("Running your own DB, end-to-end"),
        vec!["your", "own", "end-to-end"]
    );
    assert_eq!(give_away_terms("A customer’s keys"), vec!["customer’s"]);
}

#[test]
fn service_names_and_longer_words_are_not_give_aways() {
    for text in [
        "Choosing between AWS managed keys and AWS owned keys in AWS KMS",
        "Operating Amazon EC2",
        "Setting the owner tag",
        "Youthful yoghurt", // "you" only as a whole word
        "Sharing a snapshot with another account",
        "Owners of S3 objects",
        "Customized images",
        "Keys managed in AWS KMS",
        "Ending a session",
    ] {
        assert!(
            give_away_terms(text).is_empty(),
            "{text}: {:?}",
            give_away_terms(text)
        );
    }
}

#[test]
fn a_give_away_is_reported_at_the_item_id_with_advice() {
    let text = deck_text(&[
        ("ok", "Patching the hypervisor", "Aws"),
        ("bad", "Patching your guest OS", "Customer"),
    ]);
    let warnings = lint(&text);
    assert_eq!(
        rules(&warnings),
        vec![LintRule::OwnerGiveAway],
        "{warnings:?}"
    );
    let w = &warnings[0];
    assert_eq!(w.id, "bad");
    assert_eq!(w.position, Some((7, 14)));
    let shown = w.to_string();
    assert!(
        shown.starts_with("t.ron:7:14: warning: item \"bad\": "),
        "{shown}"
    );
    assert!(shown.contains("\"your\""), "{shown}");
    assert!(shown.contains("name the thing instead"), "{shown}");
}

#[test]
fn shared_phrases_get_the_split_advice() {
    let text = deck_text(&[
        ("a", "Securing a workload, taken as a whole", "Shared"),
        ("b", "Patching the hypervisor", "Aws"),
    ]);
    let warnings = lint(&text);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0]
            .message
            .to_string()
            .contains("\"taken as a whole\"")
    );
    assert!(
        warnings[0]
            .message
            .to_string()
            .contains("marks the card as Shared")
    );
}

#[test]
fn only_the_decks_asked_for_are_reported_but_all_are_compared_with() {
    let first = deck_text(&[
        ("a", "Patching the hypervisor", "Aws"),
        ("b", "patching the  Hypervisor.", "Aws"),
    ]);
    let second = deck_text(&[("c", "Patching, the hypervisor", "Aws")]);
    let (d1, d2) = (deck(&first), deck(&second));
    let inputs = [
        LintInput {
            file: "builtin",
            deck: &d1,
            text: &first,
        },
        LintInput {
            file: "user.ron",
            deck: &d2,
            text: &second,
        },
    ];
    let all = lint_decks(&inputs);
    let files: Vec<&str> = all.iter().map(|w| w.file.as_str()).collect();
    assert!(
        files.contains(&"builtin") && files.contains(&"user.ron"),
        "{all:?}"
    );
    let user = lint_decks_reporting(&inputs, &[false, true]);
    let expected: Vec<_> = all.into_iter().filter(|w| w.file == "user.ron").collect();
    assert_eq!(user, expected);
    assert!(
        user.iter()
            .any(|w| w.rule == LintRule::NearDuplicate
                && w.message.to_string().contains("in builtin:")),
        "a user card like a built-in one is still found: {user:?}"
    );
    assert!(lint_decks_reporting(&inputs, &[false, false]).is_empty());
}

#[test]
fn near_duplicates_are_caught() {
    for (a, b) in [
        (
            "Rotating IAM access keys and other credentials",
            "Rotating the IAM access keys and credentials",
        ),
        ("Patching the hypervisor", "patching the  Hypervisor."),
        (
            "Choosing the maintenance window for updates on Amazon RDS",
            "Choosing a maintenance window for Amazon RDS updates",
        ),
        (
            "Operating the container runtime and ECS agent for AWS Fargate tasks",
            "Operating the container runtime and the ECS agent of AWS Fargate",
        ),
    ] {
        let text = deck_text(&[("a", a, "Customer"), ("b", b, "Aws")]);
        let warnings = lint(&text);
        assert_eq!(
            rules(&warnings),
            vec![LintRule::NearDuplicate],
            "{a} / {b}: {warnings:?}"
        );
        assert_eq!(warnings[0].id, "b");
        assert!(
            warnings[0]
                .message
                .to_string()
                .contains("item \"a\" (line 6)"),
            "{}",
            warnings[0]
        );
    }
}

#[test]
fn distinct_duties_are_not_duplicates() {
    for (a, b) in [
        (
            "Patching the host OS of the server under an EC2 instance",
            "Patching the guest OS of an EC2 instance",
        ),
        (
            "Choosing the KMS key that encrypts an Amazon DynamoDB table",
            "Choosing the KMS key that encrypts an Amazon RDS database",
        ),
        (
            "Patching the hypervisor",
            "Patching the database engine on Amazon RDS",
        ),
        (
            "Setting the security groups of an Amazon RDS database",
            "Setting the security group rules of an EC2 instance",
        ),
        (
            "Security awareness training for staff",
            "Security training for the people who run the cloud",
        ),
    ] {
        let text = deck_text(&[("a", a, "Customer"), ("b", b, "Aws")]);
        let warnings = lint(&text);
        assert!(warnings.is_empty(), "{a} / {b}: {warnings:?}");
    }
}

#[test]
fn a_single_owner_topic_is_reported_at_the_topic_id() {
    let text = deck_text(&[
        ("a", "Patching the hypervisor", "Aws"),
        ("b", "Guarding data centre doors", "Aws"),
    ]);
    let warnings = lint(&text);
    assert_eq!(rules(&warnings), vec![LintRule::SingleOwnerTopic]);
    assert_eq!(warnings[0].position, Some((4, 20)));
    assert!(
        warnings[0]
            .to_string()
            .starts_with("t.ron:4:20: warning: topic \"t\": all 2 cards belong to AWS, so sorting"),
        "{}",
        warnings[0]
    );
    // One card alone, or two owners, is fine.
    assert!(lint(&deck_text(&[("a", "Patching the hypervisor", "Aws")])).is_empty());
    assert!(
        lint(&deck_text(&[
            ("a", "Patching the hypervisor", "Aws"),
            ("b", "Patching the guest OS of an EC2 instance", "Customer"),
        ]))
        .is_empty()
    );
}

#[test]
fn positions_skip_strings_and_comments_and_tell_topics_from_items() {
    let text = r##"// id: "x" in a comment
Deck(
    id: "x",
    title: "A title with id: \"x\" (and a paren",
    /* Item(id: "x") */
    topics: [Topic(id: "x", title: "T"), (id: "y", title: "U")],
    items: [
        Item(
            text: r#"raw id: "x""#, owner: Aws, topic: "x",
            id: "x",
            explanation: "E",
        ),
        (id: "z", text: "Z", owner: Customer, topic: "x", explanation: "E"),
    ],
)"##;
    let pos = IdPositions::scan(text);
    assert_eq!(pos.topic("x"), Some((6, 20)));
    assert_eq!(pos.topic("y"), Some((6, 43)));
    assert_eq!(pos.item("x"), Some((10, 13)));
    assert_eq!(pos.item("z"), Some((13, 10)));
    assert_eq!(pos.item("y"), None);
    assert!(deck(text).items.len() == 2);
}

#[test]
fn a_byte_order_mark_does_not_shift_columns() {
    let text = format!("\u{feff}{}", deck_text(&[("bad", "Your data", "Customer")]));
    let warnings = lint_deck("t.ron", &deck(&text), &text);
    assert_eq!(warnings[0].position, Some((6, 14)));
}

#[test]
fn without_text_warnings_have_no_position() {
    let text = deck_text(&[("bad", "Your data", "Customer")]);
    let warnings = lint_deck("t.ron", &deck(&text), "");
    assert_eq!(warnings[0].position, None);
    assert!(
        warnings[0]
            .to_string()
            .starts_with("t.ron: warning: item \"bad\"")
    );
}

#[test]
fn the_catalog_lint_finds_duplicates_across_decks() {
    let one = deck_text(&[("a", "Rotating IAM access keys", "Customer")]);
    let two = one
        .replace("id: \"d\"", "id: \"e\"")
        .replace("id: \"a\"", "id: \"b\"");
    let mut catalog = Catalog::new();
    assert!(catalog.add_bytes("one.ron", Origin::File("one.ron".into()), one.as_bytes()));
    assert!(catalog.add_bytes("two.ron", Origin::File("two.ron".into()), two.as_bytes()));
    let warnings = lint_catalog(&catalog);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let shown = warnings[0].to_string();
    assert!(
        shown.starts_with("two.ron:6:14: warning: item \"b\""),
        "{shown}"
    );
    assert!(shown.contains("item \"a\" in one.ron:6"), "{shown}");
}

/// A deck of `n` cards whose texts are drawn from a small vocabulary, so
/// that many pairs are near-duplicates, some exact repeats, and others
/// share most but not all words.
fn generated_deck(n: usize, seed: u64) -> crate::model::deck::Deck {
    use crate::model::deck::{Deck, Item, Owner, Topic};
    const WORDS: &[&str] = &[
        "patching",
        "rotating",
        "keys",
        "guest",
        "os",
        "instance",
        "bucket",
        "policy",
        "logs",
        "flow",
        "network",
        "firewall",
        "rules",
        "encryption",
        "backups",
        "snapshots",
        "tables",
        "hypervisor",
        "hosts",
        "racks",
        "doors",
        "guards",
        "certificates",
        "tls",
    ];
    let mut state = seed;
    let mut next = |m: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % m
    };
    let items = (0..n)
        .map(|i| {
            let len = 1 + next(7);
            let text: Vec<&str> = (0..len).map(|_| WORDS[next(WORDS.len())]).collect();
            Item {
                id: format!("c{i}"),
                text: text.join(" "),
                owner: Owner::ALL[next(3)],
                topic: "t".into(),
                explanation: "E".into(),
                services: vec![],
                layer: String::new(),
                tags: vec![],
                sources: vec![],
                aws_part: String::new(),
                customer_part: String::new(),
            }
        })
        .collect();
    Deck {
        id: "g".into(),
        title: "G".into(),
        topics: vec![Topic {
            id: "t".into(),
            title: "T".into(),
            summary: String::new(),
        }],
        items,
        ..Deck::default()
    }
}

/// The first earlier card each card is a near-duplicate of, comparing
/// every pair as the rule is defined.
fn near_duplicates_by_every_pair(deck: &crate::model::deck::Deck) -> Vec<(String, String)> {
    use super::words::{normalised, word_set};
    let sets: Vec<_> = deck.items.iter().map(|i| word_set(&i.text)).collect();
    let norms: Vec<_> = deck.items.iter().map(|i| normalised(&i.text)).collect();
    let mut found = Vec::new();
    for later in 0..deck.items.len() {
        let earlier = (0..later).find(|&e| {
            let (a, b) = (&sets[later], &sets[e]);
            let common = a.intersection(b).count();
            let union = a.len() + b.len() - common;
            norms[e] == norms[later]
                || (union > 0
                    && !a.is_empty()
                    && !b.is_empty()
                    && common as f64 / union as f64 >= DUPLICATE_SIMILARITY)
        });
        if let Some(e) = earlier {
            found.push((deck.items[later].id.clone(), deck.items[e].id.clone()));
        }
    }
    found
}

#[test]
fn the_near_duplicate_index_finds_what_comparing_every_pair_finds() {
    for seed in [1, 2, 3, 26] {
        let deck = generated_deck(600, seed);
        let expected = near_duplicates_by_every_pair(&deck);
        assert!(expected.len() > 50, "the deck has near-duplicates");
        let found: Vec<(String, String)> = lint_deck("g.ron", &deck, "")
            .into_iter()
            .filter(|w| w.rule == LintRule::NearDuplicate)
            .map(|w| {
                let other = w
                    .message
                    .to_string()
                    .split("nearly the same as item \"")
                    .nth(1)
                    .and_then(|rest| rest.split('"').next())
                    .unwrap_or_default()
                    .to_owned();
                (w.id, other)
            })
            .collect();
        assert_eq!(found, expected, "seed {seed}");
    }
}

#[test]
fn warnings_are_worded_in_the_readers_language_with_their_file_line_and_column() {
    use crate::i18n::{Language, Translator};
    let text = deck_text(&[
        ("a", "Patching your own OS", "Customer"),
        ("b", "Patching the hypervisor", "Aws"),
    ]);
    let warnings = lint(&text);
    let warning = warnings
        .iter()
        .find(|w| w.rule == LintRule::OwnerGiveAway)
        .expect("a give-away");
    let english = warning.to_string();
    let german = warning.localized(&Translator::new(Language::German));
    let (line, col) = warning.position.expect("a position");
    let place = format!("{}:{line}:{col}: ", warning.file);
    assert!(
        english.starts_with(&format!("{place}warning: item \"a\": ")),
        "{english}"
    );
    assert!(
        german.starts_with(&format!("{place}Warnung: Karte „a“: ")),
        "{german}"
    );
    assert!(german.contains("verraten die Zuständigkeit"), "{german}");
    assert_eq!(
        warning.localized(&Translator::new(Language::English)),
        english
    );
    let japanese = warning.localized(&Translator::new(Language::Japanese));
    assert!(japanese.contains("お客様を指します"), "{japanese}");
}
