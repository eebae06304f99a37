//! The deck lint: problems that do not stop a deck from loading but make it
//! worse to learn from. Each is a [`LintWarning`] shown as
//! `file:line:col: warning: message`.
//!
//! The rules:
//!
//! - **owner give-away**: a card's text uses a word that tells the student
//!   who owns the duty ("your", "customer", "shared", "end to end", ...);
//! - **near-duplicate**: two cards (in one deck, or in two decks of a
//!   catalog) whose texts are nearly the same;
//! - **single-owner topic**: a topic with two or more cards that all have the
//!   same owner, so drilling it puts every card in one bin;
//! - **owner-predicting opening**: an opening word or phrase ("Choosing",
//!   "Turning on") that starts 4 or more cards, all with one owner, so a
//!   student can sort them by their first word;
//! - **whole-area card**: a card whose text names only a whole area
//!   ("Security awareness and training") while the other cards of its
//!   topic name specific duties, so it stands out as the odd one.
//!
//! - **translation**: a deck's translation with an unknown, duplicate,
//!   empty, stale or missing entry, an owner give-away in its language, a
//!   glossary term or a service name not kept, a card left in English
//!   (`translation.rs`).
//!
//! Each rule has its own file in this folder; `words.rs` splits texts into
//! words for all of them and `positions.rs` finds where an id is written.
//!
//! The lint reads the deck and, for positions, its source text; it never
//! opens a file.

mod area;
mod duplicate;
mod give_away;
mod opening;
mod positions;
mod topics;
mod translation;
mod words;

#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;

use std::fmt;

use crate::i18n::{Msg, Translator};
use crate::msg;

use super::catalog::{Catalog, LoadedDeck, Origin};
use super::deck::Deck;
use area::whole_area_cards;
use duplicate::near_duplicates;
use give_away::give_aways;
use opening::owner_openings;
use positions::IdPositions;
use topics::single_owner_topics;

pub use area::AREA_WORDS;
pub use opening::{OPENING_GROUP, opening_phrases};
pub use translation::{give_away_terms_in, lint_translation, lint_translations};

/// Two texts whose word sets have at least this Jaccard similarity are
/// reported as near-duplicates.
pub const DUPLICATE_SIMILARITY: f64 = 0.8;

/// Which rule a warning comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LintRule {
    /// The card text names or hints at its owner.
    OwnerGiveAway,
    /// Two cards have nearly the same text.
    NearDuplicate,
    /// Every card of a topic has the same owner.
    SingleOwnerTopic,
    /// An opening word or phrase starts several cards, all with one owner.
    OwnerOpening,
    /// The card names a whole area while its topic's other cards name
    /// specific duties.
    WholeArea,
    /// A deck's translation: an unknown, duplicate, empty, stale or
    /// missing entry, a give-away in its language, a glossary term or a
    /// service name not kept, a card left in English.
    Translation,
}

/// One lint finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintWarning {
    /// Which rule found it.
    pub rule: LintRule,
    /// The file (or built-in name) of the deck.
    pub file: String,
    /// One-based line and column of the item's (or topic's) `id:`, when the
    /// source text was given and the id was found in it.
    pub position: Option<(usize, usize)>,
    /// The item or topic id the warning is about.
    pub id: String,
    /// What is wrong and how to fix it, for an instructor: worded when
    /// shown (built cheaply in the lint's loops).
    pub message: Msg,
}

impl fmt::Display for LintWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.worded(&msg!("lint-warning").to_string(), &self.message.to_string()))
    }
}

impl LintWarning {
    /// The warning in `tr`'s language: `file:line:col: warning: message`,
    /// the file, position and ids as they are.
    pub fn localized(&self, tr: &Translator) -> String {
        self.worded(
            &msg!("lint-warning").localized(tr),
            &self.message.localized(tr),
        )
    }

    fn worded(&self, warning: &str, message: &str) -> String {
        match self.position {
            Some((line, col)) => format!("{}:{}:{}: {warning}: {message}", self.file, line, col),
            None => format!("{}: {warning}: {message}", self.file),
        }
    }
}

/// An owner's name as the warnings say it.
pub(crate) fn owner_msg(owner: super::deck::Owner) -> Msg {
    match owner {
        super::deck::Owner::Aws => msg!("owner-aws"),
        super::deck::Owner::Customer => msg!("owner-customer"),
        super::deck::Owner::Shared => msg!("owner-shared"),
    }
}

/// A deck to lint: its file label, the deck and the text it was parsed from
/// (empty when unknown: the warnings then carry no position).
#[derive(Debug, Clone, Copy)]
pub struct LintInput<'a> {
    /// The file name shown in warnings.
    pub file: &'a str,
    /// The parsed deck.
    pub deck: &'a Deck,
    /// The RON text of the deck, for line and column numbers.
    pub text: &'a str,
}

/// Lints one deck: give-aways, near-duplicates within it and single-owner
/// topics, in the order of the file.
pub fn lint_deck(file: &str, deck: &Deck, text: &str) -> Vec<LintWarning> {
    lint_decks(&[LintInput { file, deck, text }])
}

/// Lints several decks: each on its own, plus near-duplicates between
/// decks. Warnings come deck by deck, each deck's sorted by position.
pub fn lint_decks(inputs: &[LintInput<'_>]) -> Vec<LintWarning> {
    lint_decks_reporting(inputs, &vec![true; inputs.len()])
}

/// [`lint_decks`], keeping only the warnings of the decks `report` marks
/// (near-duplicates are still looked for against every deck); the others
/// are not linted at all.
pub fn lint_decks_reporting(inputs: &[LintInput<'_>], report: &[bool]) -> Vec<LintWarning> {
    let reported = |d: usize| report.get(d).copied().unwrap_or(false);
    let positions: Vec<IdPositions> = inputs.iter().map(|i| IdPositions::scan(i.text)).collect();
    let mut per_deck: Vec<Vec<LintWarning>> = inputs
        .iter()
        .zip(&positions)
        .enumerate()
        .map(|(d, (input, pos))| {
            if !reported(d) {
                return Vec::new();
            }
            let mut warnings = give_aways(input, pos);
            warnings.extend(single_owner_topics(input, pos));
            warnings.extend(whole_area_cards(input, pos));
            warnings
        })
        .collect();

    near_duplicates(inputs, &positions, &reported, &mut per_deck);
    owner_openings(inputs, &positions, &reported, &mut per_deck);

    for warnings in &mut per_deck {
        warnings.sort_by_key(|w| (w.position.unwrap_or((usize::MAX, 0)), w.rule));
    }
    per_deck.into_iter().flatten().collect()
}

/// The file label a catalog deck is shown with: the built-in name or the path.
pub fn origin_label(origin: &Origin) -> String {
    match origin {
        Origin::BuiltIn(name) => (*name).to_owned(),
        Origin::File(path) => path.display().to_string(),
    }
}

/// Lints every deck of a catalog, with near-duplicates across decks. Decks
/// loaded from text keep it ([`LoadedDeck::text`]), so their warnings have
/// positions.
pub fn lint_catalog(catalog: &Catalog) -> Vec<LintWarning> {
    lint_catalog_reporting(catalog, |_| true)
}

/// [`lint_catalog`], keeping only the warnings of the decks `report`
/// accepts; the others are only compared with for near-duplicates.
pub fn lint_catalog_reporting(
    catalog: &Catalog,
    report: impl Fn(&LoadedDeck) -> bool,
) -> Vec<LintWarning> {
    let labels: Vec<String> = catalog
        .decks
        .iter()
        .map(|d: &LoadedDeck| origin_label(&d.origin))
        .collect();
    let inputs: Vec<LintInput<'_>> = catalog
        .decks
        .iter()
        .zip(&labels)
        .map(|(loaded, file)| LintInput {
            file,
            deck: &loaded.deck,
            text: loaded.text.as_deref().unwrap_or(""),
        })
        .collect();
    let reported: Vec<bool> = catalog.decks.iter().map(&report).collect();
    let mut warnings = if reported.contains(&true) {
        lint_decks_reporting(&inputs, &reported)
    } else {
        Vec::new()
    };
    // The translations of the decks reported, after them.
    warnings.extend(lint_translations(catalog, |t| {
        catalog
            .deck(&t.translation.deck)
            .is_some_and(|base| report(base) || matches!(t.origin, Origin::File(_)))
    }));
    warnings
}
