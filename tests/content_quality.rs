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

/// Issue 29: the first source a card cites is the page a student opens to
/// check the fact, so it must be a public https page.
#[test]
fn every_cards_first_source_is_an_https_page() {
    for (name, _, deck) in builtin() {
        for item in &deck.items {
            let first = item
                .sources
                .first()
                .and_then(|id| deck.sources.iter().find(|s| &s.id == id));
            let Some(first) = first else {
                panic!("{name}: item {} cites no known source", item.id);
            };
            assert!(
                first.url.starts_with("https://"),
                "{name}: item {} cites {} ({:?}) first, which is not an https page",
                item.id,
                first.id,
                first.url
            );
        }
    }
}

/// Sources whose "Security in <service>" page carries the service's own
/// shared-responsibility section that states the facts cited from it.
const OVERVIEWS_WITH_A_RESPONSIBILITY_SECTION: &[&str] = &["eks-security"];

/// Issue 29: a generic "Security in <service>" overview is not the page that
/// states a card's fact; the feature's own page comes first.
#[test]
fn no_card_cites_a_generic_security_overview_first() {
    let mut offenders = Vec::new();
    for (name, _, deck) in builtin() {
        for item in &deck.items {
            let Some(first) = item
                .sources
                .first()
                .and_then(|id| deck.sources.iter().find(|s| &s.id == id))
            else {
                continue;
            };
            let page = first.title.split_once(": ").map_or("", |(_, page)| page);
            let overview =
                page.starts_with("Security in ") || page.starts_with("Security and compliance in ");
            if overview && !OVERVIEWS_WITH_A_RESPONSIBILITY_SECTION.contains(&first.id.as_str()) {
                offenders.push(format!(
                    "{name}: {} cites \"{}\" first",
                    item.id, first.title
                ));
            }
        }
    }
    assert!(offenders.is_empty(), "{}", offenders.join("\n"));
}

/// Issue 29: explanations and summaries stand on their own; the student does
/// not have the course's study notes.
#[test]
fn explanations_never_refer_to_study_notes() {
    let mentions = |text: &str| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| w.eq_ignore_ascii_case("note") || w.eq_ignore_ascii_case("notes"))
    };
    for (name, _, deck) in builtin() {
        for item in &deck.items {
            for text in [&item.explanation, &item.aws_part, &item.customer_part] {
                assert!(
                    !mentions(text),
                    "{name}: item {} mentions notes: {text}",
                    item.id
                );
            }
        }
        for service in &deck.services {
            assert!(
                !mentions(&service.summary),
                "{name}: service {} mentions notes",
                service.id
            );
        }
        for topic in &deck.topics {
            assert!(
                !mentions(&topic.summary),
                "{name}: topic {} mentions notes",
                topic.id
            );
        }
    }
}

/// Issue 29: a source without an address (a study note) says what it is, so
/// Browse can show it as an offline handout rather than a broken link.
#[test]
fn sources_without_a_url_say_they_are_offline_notes() {
    for (name, _, deck) in builtin() {
        for source in deck.sources.iter().filter(|s| s.url.is_empty()) {
            assert!(
                source.title.contains("study notes") && source.title.contains("not a web page"),
                "{name}: source {} has no URL and a title that does not say it is a study note: {}",
                source.id,
                source.title
            );
        }
    }
}

/// Issue 29: at least 300 cards and 26 services with a stack; every stack
/// maps at least the five layers AWS always owns.
#[test]
fn the_builtin_content_has_300_cards_and_26_service_stacks() {
    let decks = builtin();
    let cards: usize = decks.iter().map(|(_, _, d)| d.items.len()).sum();
    assert!(cards >= 300, "{cards} cards");
    let stacks: Vec<(&str, usize)> = decks
        .iter()
        .flat_map(|(_, _, d)| d.services.iter())
        .filter(|s| !s.layers.is_empty() && s.category != "Model")
        .map(|s| (s.id.as_str(), s.layers.len()))
        .collect();
    assert!(
        stacks.len() >= 26,
        "{} service stacks: {stacks:?}",
        stacks.len()
    );
    for (id, layers) in &stacks {
        assert!(*layers >= 8, "service {id} maps only {layers} layers");
    }
}

/// Issue 29: the near-duplicate pairs it lists were merged into one card
/// each; the card that stayed keeps its id, so progress recorded for it
/// (keyed "deck/item") still finds it.
#[test]
fn merged_near_duplicates_stay_merged_and_the_kept_cards_keep_their_ids() {
    let ids: BTreeSet<String> = builtin()
        .iter()
        .flat_map(|(_, _, d)| d.items.iter().map(|i| i.id.clone()))
        .collect();
    for (gone, kept) in [
        ("shield-standard-mitigation", "shield-standard"),
        ("artifact-current-reports", "artifact-reports"),
        ("artifact-download-reports", "review-audit-reports"),
        ("vulnerability-scanning", "inspector-activate"),
        ("resource-change-tracking", "config-recorder-scope"),
        ("lambda-service-operation", "lambda-execution-scaling"),
        ("lambda-platform-dependencies", "lambda-runtime-upgrades"),
        ("rule-host-os-and-below", "security-of-the-cloud"),
        ("security-compliance-overall", "workload-compliance"),
    ] {
        assert!(!ids.contains(gone), "{gone} is back");
        assert!(ids.contains(kept), "{kept} lost its id");
    }
}

/// A card whose owner changed gets a new id: progress is keyed "deck/item",
/// so a student's answers recorded under the old owner must not carry over.
/// `incident-response` was Shared before Content 3.0 and is now a Customer
/// card about writing and rehearsing a leaked-key runbook.
#[test]
fn a_card_whose_owner_changed_has_a_new_id() {
    let items: Vec<(String, Owner)> = builtin()
        .iter()
        .flat_map(|(_, _, d)| d.items.iter().map(|i| (i.id.clone(), i.owner)))
        .collect();
    assert!(
        !items.iter().any(|(id, _)| id == "incident-response"),
        "incident-response changed owner in Content 3.0 and must not keep its old id"
    );
    assert!(
        items
            .iter()
            .any(|(id, owner)| id == "incident-runbook" && *owner == Owner::Customer),
        "incident-runbook (the renamed card) is missing or not Customer"
    );
}
