//! The near-duplicate rule: two cards (in one deck, or in two decks of a
//! catalog) whose texts are nearly the same.

use std::collections::HashMap;

use super::positions::IdPositions;
use super::words::{normalised, word_set};
use super::{DUPLICATE_SIMILARITY, LintInput, LintRule, LintWarning};
use crate::i18n::Arg;
use crate::msg;

/// Adds a warning at the later card of each near-duplicate pair, to the
/// list of its deck (only for decks `reported` accepts).
pub(super) fn near_duplicates(
    inputs: &[LintInput<'_>],
    positions: &[IdPositions],
    reported: &impl Fn(usize) -> bool,
    per_deck: &mut [Vec<LintWarning>],
) {
    // Near-duplicates over every card of every deck, reported at the later
    // card, against the first earlier card that matches. Words are numbered,
    // so a card's word set is a sorted list of numbers and comparing two
    // cards is one merge; the cards worth comparing are found through an
    // index of each card's rarest words (see `Candidates`), not by comparing
    // every pair.
    let mut numbers: HashMap<String, u32> = HashMap::new();
    let cards: Vec<(usize, usize, Vec<u32>, String)> = inputs
        .iter()
        .enumerate()
        .flat_map(|(d, input)| {
            input
                .deck
                .items
                .iter()
                .enumerate()
                .map(move |(i, item)| (d, i, item))
        })
        .map(|(d, i, item)| {
            let mut words: Vec<u32> = word_set(&item.text)
                .into_iter()
                .map(|word| {
                    let next = u32::try_from(numbers.len()).unwrap_or(u32::MAX);
                    *numbers.entry(word).or_insert(next)
                })
                .collect();
            words.sort_unstable();
            words.dedup();
            (d, i, words, normalised(&item.text))
        })
        .collect();
    let word_lists: Vec<&[u32]> = cards.iter().map(|c| c.2.as_slice()).collect();
    let mut candidates = Candidates::new(&word_lists, numbers.len());
    let mut first_with_text: HashMap<&str, usize> = HashMap::new();
    for (later, (d, i, _, norm)) in cards.iter().enumerate() {
        let same_text = *first_with_text.entry(norm.as_str()).or_insert(later);
        let similar = candidates.first_similar(later, &word_lists);
        candidates.add(later);
        if !reported(*d) {
            continue;
        }
        let item = &inputs[*d].deck.items[*i];
        let earlier = [similar, (same_text < later).then_some(same_text)]
            .into_iter()
            .flatten()
            .min();
        let Some((d2, i2, _, _)) = earlier.map(|e| &cards[e]) else {
            continue;
        };
        let other = &inputs[*d2].deck.items[*i2];
        let file = inputs[*d2].file;
        let where_other: Arg = match positions[*d2].item(&other.id) {
            Some((line, _)) if d2 == d => msg!("lint-where-line", line = line).into(),
            Some((line, _)) => msg!("lint-where-file-line", file = file, line = line).into(),
            None if d2 == d => "".into(),
            None => msg!("lint-where-file", file = file).into(),
        };
        per_deck[*d].push(LintWarning {
            rule: LintRule::NearDuplicate,
            file: inputs[*d].file.to_owned(),
            position: positions[*d].item(&item.id),
            id: item.id.clone(),
            message: msg!(
                "lint-near-duplicate",
                id = &item.id,
                text = &item.text,
                other = &other.id,
                where_other = where_other,
                other_text = &other.text
            ),
        });
    }
}

/// The Jaccard similarity of two word sets, each sorted and without
/// repeats.
fn similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Jaccard >= t needs |small| / |large| >= t: skip the count otherwise.
    if (small.len() as f64) < (large.len() as f64) * DUPLICATE_SIMILARITY {
        return small.len() as f64 / large.len() as f64;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < small.len() && j < large.len() {
        match small[i].cmp(&large[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

/// The cards compared so far, indexed by their rarest words ("prefix
/// filtering"). With every word set ordered rarest word first, two sets
/// with a Jaccard similarity of at least [`DUPLICATE_SIMILARITY`] share a
/// word among the first `|set| - ceil(t * |set|) + 1` words of each, so a
/// card is compared only with the earlier cards indexed under one of its own
/// first words: a deck of tens of thousands of cards is linted in a fraction
/// of a second where comparing every pair took seconds.
struct Candidates {
    /// For each card, its words rarest first (ties by number).
    by_rarity: Vec<Vec<u32>>,
    /// For each word, the cards added so far that have it among their
    /// first words, in the order they were added.
    postings: Vec<Vec<usize>>,
}

impl Candidates {
    fn new(word_lists: &[&[u32]], word_count: usize) -> Self {
        let mut frequency = vec![0u32; word_count];
        for words in word_lists {
            for &w in *words {
                if let Some(f) = frequency.get_mut(w as usize) {
                    *f += 1;
                }
            }
        }
        let by_rarity = word_lists
            .iter()
            .map(|words| {
                let mut sorted = words.to_vec();
                sorted.sort_unstable_by_key(|&w| (frequency.get(w as usize).copied(), w));
                sorted
            })
            .collect();
        Self {
            by_rarity,
            postings: vec![Vec::new(); word_count],
        }
    }

    /// The first words of card `card` that the filter looks at.
    fn prefix(&self, card: usize) -> &[u32] {
        let words = self.by_rarity.get(card).map_or(&[][..], Vec::as_slice);
        // At least ceil(t * n) words are shared with any set similar enough;
        // the floor (one word less at most) only makes the prefix longer,
        // which keeps the filter exact whatever the rounding.
        let shared = ((words.len() as f64) * DUPLICATE_SIMILARITY).floor() as usize;
        let len = (words.len() + 1).saturating_sub(shared.max(1));
        &words[..len.min(words.len())]
    }

    /// The first (lowest-numbered) card added so far whose word set is
    /// similar enough to card `card`'s.
    fn first_similar(&self, card: usize, word_lists: &[&[u32]]) -> Option<usize> {
        let words = word_lists.get(card)?;
        let mut best: Option<usize> = None;
        for &w in self.prefix(card) {
            let Some(list) = self.postings.get(w as usize) else {
                continue;
            };
            // Each list is in ascending order: past the best so far, stop.
            for &other in list {
                if best.is_some_and(|b| other >= b) {
                    break;
                }
                if word_lists
                    .get(other)
                    .is_some_and(|o| similarity(words, o) >= DUPLICATE_SIMILARITY)
                {
                    best = Some(other);
                    break;
                }
            }
        }
        best
    }

    /// Indexes card `card` under its first words.
    fn add(&mut self, card: usize) {
        let prefix: Vec<u32> = self.prefix(card).to_vec();
        for w in prefix {
            if let Some(list) = self.postings.get_mut(w as usize) {
                list.push(card);
            }
        }
    }
}
