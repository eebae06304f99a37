//! The near-duplicate rule: two cards (in one deck, or in two decks of a
//! catalog) whose texts are nearly the same.

use std::collections::HashMap;

use super::positions::IdPositions;
use super::words::{normalised, word_set};
use super::{DUPLICATE_SIMILARITY, LintInput, LintRule, LintWarning};

/// Adds a warning at the later card of each near-duplicate pair, to the
/// list of its deck (only for decks `reported` accepts).
pub(super) fn near_duplicates(
    inputs: &[LintInput<'_>],
    positions: &[IdPositions],
    reported: &impl Fn(usize) -> bool,
    per_deck: &mut [Vec<LintWarning>],
) {
    // Near-duplicates over every card of every deck, reported at the later
    // card. Words are numbered, so a card's word set is a sorted list of
    // numbers and comparing two cards is one merge.
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
    for (later, (d, i, words, norm)) in cards.iter().enumerate() {
        if !reported(*d) {
            continue;
        }
        let item = &inputs[*d].deck.items[*i];
        let earlier = cards[..later].iter().find(|(_, _, words2, norm2)| {
            norm2 == norm || similarity(words, words2) >= DUPLICATE_SIMILARITY
        });
        let Some((d2, i2, _, _)) = earlier else {
            continue;
        };
        let other = &inputs[*d2].deck.items[*i2];
        let where_other = match positions[*d2].item(&other.id) {
            Some((line, _)) if d2 == d => format!(" (line {line})"),
            Some((line, _)) => format!(" in {}:{line}", inputs[*d2].file),
            None if d2 == d => String::new(),
            None => format!(" in {}", inputs[*d2].file),
        };
        per_deck[*d].push(LintWarning {
            rule: LintRule::NearDuplicate,
            file: inputs[*d].file.to_owned(),
            position: positions[*d].item(&item.id),
            id: item.id.clone(),
            message: format!(
                "item \"{}\": its text \"{}\" is nearly the same as item \"{}\"{where_other}: \"{}\"; \
                 merge the two cards, or reword one so the difference between the duties is clear",
                item.id, item.text, other.id, other.text
            ),
        });
    }
}

/// Jaccard similarity of two word sets (0 when both are empty).
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
