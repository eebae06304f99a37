//! The cards of a sealed student file: what a student sees of a card (no
//! owner), how it becomes an in-memory item and back, and the fingerprint
//! that ties a result to the exact cards and owners it was made for. Knows
//! nothing of the exercise file itself, so the file format (`format`) and
//! sealing (`seal`) both build on it.

use serde::{Deserialize, Serialize};

use crate::model::deck::{Item, Owner};

/// The explanation a sealed card carries in memory in place of the real one.
pub const SEALED_EXPLANATION: &str =
    "Your instructor grades this exercise; the explanation comes with the answer key.";

/// A card of a sealed student file: what the student sees, no owner.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SealedCard {
    /// The card's id (`card-1`...).
    pub id: String,
    /// The duty, as the card shows it.
    pub text: String,
    /// The id of a topic of the exercise's deck.
    pub topic: String,
    /// Optional: ids of services of the deck.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<String>,
    /// Optional: the id of a layer of the deck.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub layer: String,
}

/// A 64-bit FNV-1a hash: stable across Rust releases and platforms, unlike
/// `std`'s `DefaultHasher`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The fingerprint of cards and owners: `fnv1a64:` and 16 hex digits of
/// the FNV-1a hash of `key`, then one line `id=Owner` per card, sorted by
/// id. The same cards with the same owners give the same fingerprint, in any
/// order, on any machine; changing an id or an owner changes it.
pub fn fingerprint_of<'a>(key: &str, cards: impl IntoIterator<Item = (&'a str, Owner)>) -> String {
    let mut lines: Vec<String> = cards
        .into_iter()
        .map(|(id, owner)| format!("{id}={owner:?}\n"))
        .collect();
    lines.sort();
    let mut text = format!("srm-study exercise\nkey={key}\n");
    for line in lines {
        text.push_str(&line);
    }
    format!("fnv1a64:{:016x}", fnv1a64(text.as_bytes()))
}

/// The in-memory item of a sealed card: a placeholder owner (never shown,
/// never graded) and [`SEALED_EXPLANATION`].
pub(super) fn sealed_item(card: &SealedCard) -> Item {
    Item {
        explanation: SEALED_EXPLANATION.to_owned(),
        services: card.services.clone(),
        layer: card.layer.clone(),
        ..Item::new(&card.id, &card.text, Owner::Aws, &card.topic)
    }
}

/// The card of the student file for an in-memory sealed item.
pub(super) fn sealed_card(item: &Item) -> SealedCard {
    SealedCard {
        id: item.id.clone(),
        text: item.text.clone(),
        topic: item.topic.clone(),
        services: item.services.clone(),
        layer: item.layer.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_matches_the_published_test_vectors() {
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn the_fingerprint_is_stable_and_follows_ids_and_owners_only() {
        let cards = [("a", Owner::Aws), ("b", Owner::Shared)];
        let fp = fingerprint_of("", cards);
        assert_eq!(fp.len(), "fnv1a64:".len() + 16);
        assert_eq!(fingerprint_of("", [cards[1], cards[0]]), fp, "order");
        assert_ne!(fingerprint_of("", [("a", Owner::Customer), cards[1]]), fp);
        assert_ne!(fingerprint_of("", [("z", Owner::Aws), cards[1]]), fp);
        assert_ne!(fingerprint_of("k", cards), fp, "the key changes it");
    }

    #[test]
    fn the_fingerprint_of_a_known_exercise_never_changes() {
        // Pinned: a change of this value would turn every result already
        // handed in into "made for another version".
        let fp = fingerprint_of("", [("a", Owner::Aws), ("b", Owner::Customer)]);
        assert_eq!(fp, PINNED);
    }
    const PINNED: &str = "fnv1a64:3bb8fffd47cf2053";
}
