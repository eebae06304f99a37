//! The built-in content meets the deck's own quality bar: every fact is
//! traceable to a public https page, every source is used, the owners are
//! balanced, and the deck lint has nothing to say.

mod common;

use std::collections::BTreeSet;

use common::load_ok;
use srm_study::io::content::BUILTIN_DECKS;
use srm_study::model::lint::{LintInput, lint_decks};
use srm_study::model::{Deck, Owner};

fn builtin() -> Vec<(&'static str, &'static str, Deck)> {
    BUILTIN_DECKS
        .iter()
        .map(|(name, text)| (*name, *text, load_ok(name, text)))
        .collect()
}

#[test]
fn every_source_is_cited_by_some_card() {
    for (name, _, deck) in builtin() {
        let cited: BTreeSet<&str> = deck
            .items
            .iter()
            .flat_map(|i| i.sources.iter().map(String::as_str))
            .collect();
        let unused: Vec<&str> = deck
            .sources
            .iter()
            .map(|s| s.id.as_str())
            .filter(|id| !cited.contains(id))
            .collect();
        assert!(unused.is_empty(), "{name}: sources never cited: {unused:?}");
    }
}

#[test]
fn every_card_cites_a_public_https_page() {
    for (name, _, deck) in builtin() {
        for item in &deck.items {
            let https = item.sources.iter().any(|id| {
                deck.sources
                    .iter()
                    .any(|s| &s.id == id && s.url.starts_with("https://"))
            });
            assert!(
                https,
                "{name}: item {} cites no source with an https:// URL",
                item.id
            );
        }
    }
}

#[test]
fn sources_have_descriptive_titles_not_file_names() {
    for (name, _, deck) in builtin() {
        for source in &deck.sources {
            assert!(
                !source.title.contains(".txt") && !source.title.contains(".md"),
                "{name}: source {} is titled like a file: {}",
                source.id,
                source.title
            );
            assert!(
                source.url.is_empty() || source.url.starts_with("https://"),
                "{name}: source {} has a URL that is not https: {}",
                source.id,
                source.url
            );
        }
    }
}

#[test]
fn aws_and_customer_each_hold_at_least_30_percent() {
    let decks = builtin();
    let total: usize = decks.iter().map(|(_, _, d)| d.items.len()).sum();
    for owner in [Owner::Aws, Owner::Customer] {
        let n: usize = decks
            .iter()
            .map(|(_, _, d)| d.items.iter().filter(|i| i.owner == owner).count())
            .sum();
        assert!(
            n * 10 >= total * 3,
            "{owner}: {n} of {total} cards, under 30%"
        );
    }
}

#[test]
fn shared_cards_name_both_parts() {
    for (name, _, deck) in builtin() {
        for item in deck.items.iter().filter(|i| i.owner == Owner::Shared) {
            assert!(
                !item.aws_part.trim().is_empty() && !item.customer_part.trim().is_empty(),
                "{name}: shared item {} needs aws_part and customer_part",
                item.id
            );
        }
    }
}

#[test]
fn the_deck_lint_finds_nothing_in_the_builtin_content() {
    let decks = builtin();
    let inputs: Vec<LintInput<'_>> = decks
        .iter()
        .map(|(file, text, deck)| LintInput { file, deck, text })
        .collect();
    let warnings = lint_decks(&inputs);
    let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert!(warnings.is_empty(), "lint warnings:\n{}", shown.join("\n"));
}

#[test]
fn every_topic_mixes_owners() {
    for (name, _, deck) in builtin() {
        for topic in &deck.topics {
            let owners: BTreeSet<Owner> = deck
                .items
                .iter()
                .filter(|i| i.topic == topic.id)
                .map(|i| i.owner)
                .collect();
            assert!(
                owners.len() >= 2,
                "{name}: topic {} has owners {owners:?}",
                topic.id
            );
        }
    }
}
