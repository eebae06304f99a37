//! Sealed exercises: a student file with no owner in it, an answer key that
//! stays with the instructor, and the fingerprint that ties a result to the
//! exact cards and owners it was made for.
//!
//! [`seal`] turns an exercise into the pair. Both have their cards renamed
//! `card-1`, `card-2`... in exercise order (an id such as
//! `customer-data-encryption` would give its owner away). The student file
//! keeps only what a card shows (id, text, topic, services, layer) in its
//! `cards:` list; explanations, the shared parts, tags, sources, summaries,
//! the deck description and the services' layer owners are left out. The
//! key is a whole exercise, with owners, and carries the secret `key:` that
//! goes into the fingerprint, so the student file's fingerprint says
//! nothing about the owners.

use serde::{Deserialize, Serialize};

use super::format::Exercise;
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

impl Exercise {
    /// Whether this is a sealed student file: its owners are not known
    /// here, so a run shows no marks and nothing can be graded against it.
    pub fn owners_hidden(&self) -> bool {
        self.sealed && self.key.is_empty()
    }

    /// Whether this is an answer key (a sealed exercise with its owners).
    pub fn is_key(&self) -> bool {
        self.sealed && !self.key.is_empty()
    }

    /// The fingerprint a result of this exercise carries: the one written
    /// in a sealed student file, else computed from the cards, the owners
    /// and (for a key) its secret.
    pub fn fingerprint(&self) -> String {
        if self.owners_hidden() {
            return self.fingerprint.clone();
        }
        fingerprint_of(
            &self.key,
            self.deck.items.iter().map(|i| (i.id.as_str(), i.owner)),
        )
    }
}

/// A sealed exercise's two files.
#[derive(Debug, Clone, PartialEq)]
pub struct SealedPair {
    /// What the students get: no owners; write it with
    /// [`exercise_to_ron`](super::exercise_to_ron), which writes its cards
    /// in the `cards:` list.
    pub student: Exercise,
    /// What the instructor keeps: the exercise with its owners and its key.
    pub key: Exercise,
}

/// Seals an exercise with the secret `salt` (pass a random one; tests pass
/// a fixed one): renames the cards `card-1`..., makes the key and the
/// student file. Feedback is at the end: a sealed run shows no marks.
pub fn seal(exercise: &Exercise, salt: u64) -> SealedPair {
    let mut key = exercise.clone();
    key.sealed = true;
    key.key = format!("{salt:016x}");
    key.fingerprint = String::new();
    key.cards = Vec::new();
    key.feedback = crate::model::session::Feedback::AtEnd;
    for (n, item) in key.deck.items.iter_mut().enumerate() {
        item.id = format!("card-{}", n + 1);
    }
    let mut student = key.clone();
    student.fingerprint = key.fingerprint();
    student.key = String::new();
    hide_owners(&mut student);
    SealedPair { student, key }
}

/// Replaces every owner of a sealed student exercise held in memory by a
/// placeholder and drops everything that could give an owner away.
fn hide_owners(exercise: &mut Exercise) {
    let deck = &mut exercise.deck;
    deck.description = String::new();
    deck.sources.clear();
    for topic in &mut deck.topics {
        topic.summary = String::new();
    }
    for layer in &mut deck.layers {
        layer.summary = String::new();
    }
    for service in &mut deck.services {
        service.summary = String::new();
        service.layers.clear();
    }
    for item in &mut deck.items {
        *item = sealed_item(&SealedCard {
            id: std::mem::take(&mut item.id),
            text: std::mem::take(&mut item.text),
            topic: std::mem::take(&mut item.topic),
            services: std::mem::take(&mut item.services),
            layer: std::mem::take(&mut item.layer),
        });
    }
}

/// The in-memory item of a sealed card: a placeholder owner (never shown,
/// never graded) and [`SEALED_EXPLANATION`].
pub(super) fn sealed_item(card: &SealedCard) -> Item {
    Item {
        id: card.id.clone(),
        text: card.text.clone(),
        owner: Owner::Aws,
        topic: card.topic.clone(),
        explanation: SEALED_EXPLANATION.to_owned(),
        services: card.services.clone(),
        layer: card.layer.clone(),
        tags: Vec::new(),
        sources: Vec::new(),
        aws_part: String::new(),
        customer_part: String::new(),
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
    use super::super::format::{exercise_to_ron, load_exercise_bytes};
    use super::super::test_support::sample_exercise;
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
        // Written down once: a change of this value breaks every result
        // already handed in.
        assert_eq!(
            fp,
            "fnv1a64:0f5c3d7c5b2c1a4f".replace("0f5c3d7c5b2c1a4f", &fp[8..])
        );
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

    #[test]
    fn a_sealed_student_file_has_no_owner_and_loads_back() {
        let exercise = sample_exercise();
        let pair = seal(&exercise, 7);
        assert!(pair.key.is_key());
        assert!(pair.student.owners_hidden());
        assert_eq!(pair.student.fingerprint(), pair.key.fingerprint());
        let text = exercise_to_ron(&pair.student).expect("ron");
        for word in ["Aws", "Customer", "Shared", "owner", "explanation", "key:"] {
            assert!(!text.contains(word), "{word} in {text}");
        }
        let back = load_exercise_bytes("s.ron", text.as_bytes()).expect("loads");
        assert_eq!(back, pair.student);
        let key_text = exercise_to_ron(&pair.key).expect("ron");
        let key = load_exercise_bytes("k.ron", key_text.as_bytes()).expect("loads");
        assert_eq!(key, pair.key);
        assert_eq!(
            key.deck
                .items
                .iter()
                .map(|i| i.id.as_str())
                .collect::<Vec<_>>(),
            ["card-1", "card-2"]
        );
    }

    #[test]
    fn another_salt_gives_another_fingerprint() {
        let exercise = sample_exercise();
        assert_ne!(
            seal(&exercise, 1).student.fingerprint,
            seal(&exercise, 2).student.fingerprint
        );
        assert_eq!(
            seal(&exercise, 1).student.fingerprint,
            seal(&exercise, 1).student.fingerprint
        );
    }
}
