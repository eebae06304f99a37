//! Helpers shared by the lint rules' unit tests.

use super::{LintRule, LintWarning, lint_deck};
use crate::model::deck::Deck;
use crate::model::load::load_deck_str;

pub(super) fn deck(text: &str) -> Deck {
    load_deck_str("t.ron", text).expect("test deck loads")
}

pub(super) fn lint(text: &str) -> Vec<LintWarning> {
    lint_deck("t.ron", &deck(text), text)
}

/// A deck with one topic holding the given (id, text, owner) cards.
pub(super) fn deck_text(cards: &[(&str, &str, &str)]) -> String {
    let items: Vec<String> = cards
        .iter()
        .map(|(id, text, owner)| {
            format!(
                "        Item(id: \"{id}\", text: \"{text}\", owner: {owner}, topic: \"t\", explanation: \"E\"),\n"
            )
        })
        .collect();
    format!(
        "Deck(\n    id: \"d\",\n    title: \"D\",\n    topics: [Topic(id: \"t\", title: \"T\")],\n    items: [\n{}    ],\n)\n",
        items.concat()
    )
}

pub(super) fn rules(warnings: &[LintWarning]) -> Vec<LintRule> {
    warnings.iter().map(|w| w.rule).collect()
}
