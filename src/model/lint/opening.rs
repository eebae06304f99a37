//! The owner-predicting opening rule: when 4 or more cards start with the
//! same word ("Choosing") or two-word phrase ("Turning on") and all of them
//! have one owner, a student can sort them by their first words without
//! knowing the subject.
//!
//! Cards are grouped over every deck linted together (a student drills the
//! loaded decks side by side). Each reported deck with cards in such a
//! group gets one warning, at its first card of the group.

use std::collections::{BTreeMap, BTreeSet};

use super::positions::IdPositions;
use super::words::words_with_spans;
use super::{LintInput, LintRule, LintWarning};
use crate::model::deck::Owner;

/// A group of at least this many cards with one opening and one owner is
/// reported.
pub const OPENING_GROUP: usize = 4;

/// Articles: a two-word opening ending in one of these is the one-word
/// opening again ("Patching the" is "Patching").
const ARTICLES: &[&str] = &["a", "an", "the"];

/// The opening phrases of a card text, lowercase: its first word and, when
/// the second word is not an article, its first two words
/// ("Turning on S3 versioning" gives "turning" and "turning on").
pub fn opening_phrases(text: &str) -> Vec<String> {
    let words: Vec<String> = words_with_spans(text)
        .into_iter()
        .take(2)
        .map(|(w, _, _)| w)
        .collect();
    match words.as_slice() {
        [] => Vec::new(),
        [one] => vec![one.clone()],
        [one, two, ..] if ARTICLES.contains(&two.as_str()) => vec![one.clone()],
        [one, two, ..] => vec![one.clone(), format!("{one} {two}")],
    }
}

/// The cards of one opening: (deck, item) indexes in file order, and their
/// owners.
#[derive(Default)]
struct Group {
    cards: Vec<(usize, usize)>,
    owners: BTreeSet<Owner>,
}

/// Adds the owner-predicting opening warnings to the decks `reported`
/// accepts.
pub(super) fn owner_openings(
    inputs: &[LintInput<'_>],
    positions: &[IdPositions],
    reported: &impl Fn(usize) -> bool,
    per_deck: &mut [Vec<LintWarning>],
) {
    let mut groups: BTreeMap<String, Group> = BTreeMap::new();
    for (d, input) in inputs.iter().enumerate() {
        for (i, item) in input.deck.items.iter().enumerate() {
            for phrase in opening_phrases(&item.text) {
                let group = groups.entry(phrase).or_default();
                group.cards.push((d, i));
                group.owners.insert(item.owner);
            }
        }
    }
    let predicts = |g: &Group| g.cards.len() >= OPENING_GROUP && g.owners.len() == 1;
    for (phrase, group) in &groups {
        if !predicts(group) {
            continue;
        }
        // A two-word phrase inside a one-word group already reported adds
        // nothing.
        if let Some((first, _)) = phrase.split_once(' ')
            && groups.get(first).is_some_and(predicts)
        {
            continue;
        }
        let Some(&owner) = group.owners.iter().next() else {
            continue;
        };
        let ids: Vec<&str> = group
            .cards
            .iter()
            .map(|&(d, i)| inputs[d].deck.items[i].id.as_str())
            .collect();
        let mut warned = BTreeSet::new();
        for &(d, i) in &group.cards {
            if !reported(d) || !warned.insert(d) {
                continue;
            }
            let item = &inputs[d].deck.items[i];
            per_deck[d].push(LintWarning {
                rule: LintRule::OwnerOpening,
                file: inputs[d].file.to_owned(),
                position: positions[d].item(&item.id),
                id: item.id.clone(),
                message: crate::msg!(
                    "lint-opening",
                    id = &item.id,
                    count = ids.len(),
                    phrase = phrase.as_str(),
                    owner = super::owner_msg(owner),
                    ids = ids.join(", ")
                ),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{deck, deck_text, lint, rules};
    use super::super::{LintInput, LintRule, lint_decks, lint_decks_reporting};
    use super::opening_phrases;

    #[test]
    fn openings_are_the_first_word_and_the_first_two_unless_an_article_follows() {
        assert_eq!(
            opening_phrases("Turning on versioning"),
            ["turning", "turning on"]
        );
        assert_eq!(opening_phrases("Patching the guest OS"), ["patching"]);
        assert_eq!(
            opening_phrases("“Choosing” keys"),
            ["choosing", "choosing keys"]
        );
        assert_eq!(opening_phrases("Backups"), ["backups"]);
        assert!(opening_phrases("  -- ").is_empty());
    }

    #[test]
    fn four_cards_with_one_opening_and_one_owner_are_reported_once_at_the_first() {
        let text = deck_text(&[
            ("a", "Choosing the Region for data", "Customer"),
            ("b", "Choosing a key type for tables", "Customer"),
            ("c", "Guarding data centre doors", "Aws"),
            ("d", "Choosing subnets for tasks", "Customer"),
            ("e", "Choosing instance types", "Customer"),
        ]);
        let warnings = lint(&text);
        assert_eq!(rules(&warnings), [LintRule::OwnerOpening]);
        let w = &warnings[0];
        assert_eq!(w.id, "a");
        assert_eq!(w.position.map(|p| p.0), Some(6));
        assert!(
            w.message.to_string().contains("\"choosing\""),
            "{}",
            w.message
        );
        assert!(
            w.message.to_string().contains("Customer (a, b, d, e)"),
            "{}",
            w.message
        );
    }

    #[test]
    fn three_cards_or_mixed_owners_are_not_reported() {
        let three = deck_text(&[
            ("a", "Choosing the Region for data", "Customer"),
            ("b", "Choosing a key type for tables", "Customer"),
            ("c", "Choosing subnets for tasks", "Customer"),
            ("d", "Guarding data centre doors", "Aws"),
        ]);
        assert!(lint(&three).is_empty());
        let mixed = deck_text(&[
            ("a", "Choosing the Region for data", "Customer"),
            ("b", "Choosing a key type for tables", "Customer"),
            ("c", "Choosing subnets for tasks", "Customer"),
            ("d", "Choosing which hosts to retire", "Aws"),
        ]);
        assert!(lint(&mixed).is_empty());
    }

    #[test]
    fn a_two_word_opening_is_reported_when_the_first_word_alone_mixes_owners() {
        let text = deck_text(&[
            ("a", "Turning on versioning", "Customer"),
            ("b", "Turning on GuardDuty", "Customer"),
            ("c", "Turning on rotation", "Customer"),
            ("d", "Turning on flow logs", "Customer"),
            ("e", "Turning off old hardware", "Aws"),
        ]);
        let warnings = lint(&text);
        assert_eq!(rules(&warnings), [LintRule::OwnerOpening]);
        assert!(
            warnings[0].message.to_string().contains("\"turning on\""),
            "{}",
            warnings[0].message
        );
    }

    #[test]
    fn groups_count_cards_of_every_deck_but_warn_only_in_reported_decks() {
        let one = deck_text(&[
            ("a", "Operating the Regions", "Aws"),
            ("b", "Operating edge locations", "Aws"),
            ("c", "Guarding doors", "Aws"),
            ("c2", "Writing policies", "Customer"),
        ]);
        let two = deck_text(&[
            ("d", "Operating the IAM service", "Aws"),
            ("e", "Operating the name servers", "Aws"),
            ("f", "Writing rules", "Customer"),
        ]);
        let (d1, d2) = (deck(&one), deck(&two));
        let inputs = [
            LintInput {
                file: "one.ron",
                deck: &d1,
                text: &one,
            },
            LintInput {
                file: "two.ron",
                deck: &d2,
                text: &two,
            },
        ];
        let all = lint_decks(&inputs);
        let openings: Vec<(&str, &str)> = all
            .iter()
            .filter(|w| w.rule == LintRule::OwnerOpening)
            .map(|w| (w.file.as_str(), w.id.as_str()))
            .collect();
        assert_eq!(openings, [("one.ron", "a"), ("two.ron", "d")]);
        let reported = lint_decks_reporting(&inputs, &[false, true]);
        let user: Vec<&str> = reported
            .iter()
            .filter(|w| w.rule == LintRule::OwnerOpening)
            .map(|w| w.id.as_str())
            .collect();
        assert_eq!(user, ["d"]);
    }
}
