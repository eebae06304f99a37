//! The owner give-away rule: a card's text uses a word that tells the
//! student who owns the duty ("your", "customer", "shared", ...).

use std::collections::BTreeSet;

use super::positions::IdPositions;
use super::words::words_with_spans;
use super::{LintInput, LintRule, LintWarning};

/// Single words that name or hint at an owner, lowercase.
const GIVE_AWAY_WORDS: &[&str] = &[
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "own",
    "customer",
    "customers",
    "customer's",
    "aws's",
    "amazon's",
    "shared",
    "jointly",
];

/// Phrases (as word sequences) that name or hint at an owner.
const GIVE_AWAY_PHRASES: &[&[&str]] = &[
    &["by", "aws"],
    &["both", "parties"],
    &["taken", "as", "a", "whole"],
    &["end", "to", "end"],
];

/// Every give-away word or phrase in `text`, as written, in order.
pub(super) fn give_away_terms(text: &str) -> Vec<String> {
    let words = words_with_spans(text);
    let mut found: Vec<(usize, String)> = Vec::new();
    for (i, (word, start, end)) in words.iter().enumerate() {
        if GIVE_AWAY_WORDS.contains(&word.as_str()) {
            found.push((*start, text[*start..*end].to_owned()));
        }
        for phrase in GIVE_AWAY_PHRASES {
            let matches = phrase
                .iter()
                .enumerate()
                .all(|(k, p)| words.get(i + k).is_some_and(|(w, _, _)| w == p));
            if matches {
                let last = words[i + phrase.len() - 1].2;
                found.push((*start, text[*start..last].to_owned()));
            }
        }
    }
    found.sort();
    let mut seen = BTreeSet::new();
    found
        .into_iter()
        .map(|(_, term)| term)
        .filter(|t| seen.insert(t.to_lowercase()))
        .collect()
}

/// The advice for a give-away term.
fn give_away_advice(term: &str) -> crate::i18n::Msg {
    match term.to_lowercase().as_str() {
        "you" | "your" | "yours" | "yourself" | "yourselves" | "own" => {
            crate::msg!("lint-advice-second-person")
        }
        "customer" | "customers" | "customer's" | "aws's" | "amazon's" | "by aws" => {
            crate::msg!("lint-advice-names-owner")
        }
        _ => crate::msg!("lint-advice-shared"),
    }
}

pub(super) fn give_aways(input: &LintInput<'_>, pos: &IdPositions) -> Vec<LintWarning> {
    let mut warnings = Vec::new();
    for item in &input.deck.items {
        let terms = give_away_terms(&item.text);
        let Some(first) = terms.first() else { continue };
        let quoted: Vec<String> = terms.iter().map(|t| format!("\"{t}\"")).collect();
        let listed: crate::i18n::Arg = match quoted.as_slice() {
            [one] => one.into(),
            [rest @ .., last] => {
                crate::msg!("lint-list-and", list = rest.join(", "), last = last).into()
            }
            [] => continue,
        };
        warnings.push(LintWarning {
            rule: LintRule::OwnerGiveAway,
            file: input.file.to_owned(),
            position: pos.item(&item.id),
            id: item.id.clone(),
            message: crate::msg!(
                "lint-give-away",
                id = &item.id,
                listed = listed,
                count = quoted.len(),
                advice = give_away_advice(first)
            ),
        });
    }
    warnings
}
