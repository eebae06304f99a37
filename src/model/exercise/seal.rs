//! Sealed exercises: a student file with no owner in it, an answer key that
//! stays with the instructor, and the fingerprint that ties a result to the
//! exact cards and owners it was made for.
//!
//! [`seal`] turns an exercise into the pair. Both have their cards put in
//! an order drawn from the secret and renamed `card-1`, `card-2`... in that
//! order (an id such as `customer-data-encryption`, or the built-in decks'
//! order, would give an owner away). The student file keeps only the id and
//! the text of each card, in its `cards:` list, all under one topic named
//! after the exercise: the built-in topics, services and layers are left
//! out, because a service's layer maps to an owner in Browse's stack, and a
//! topic or service whose built-in cards all have one owner would give it
//! away. Explanations, the shared parts, tags, sources, summaries and the
//! deck description are left out too. The key is a whole exercise, with
//! owners, and carries the secret `key:` that goes into the fingerprint, so
//! the student file's fingerprint says nothing about the owners
//! (content/README.md, "What a sealed student file holds").
use super::format::Exercise;
use super::sealed_card::{SealedCard, sealed_item};

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
    use rand::SeedableRng;
    use rand::seq::SliceRandom;
    let mut key = exercise.clone();
    key.sealed = true;
    key.key = format!("{salt:016x}");
    key.fingerprint = String::new();
    key.cards = Vec::new();
    key.feedback = crate::model::session::Feedback::AtEnd;
    key.deck
        .items
        .shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(salt));
    for (n, item) in key.deck.items.iter_mut().enumerate() {
        item.id = format!("card-{}", n + 1);
    }
    let mut student = key.clone();
    student.fingerprint = key.fingerprint();
    student.key = String::new();
    hide_owners(&mut student);
    SealedPair { student, key }
}

/// The id of the one topic of a sealed student file.
pub const SEALED_TOPIC: &str = "exercise";

/// Replaces every owner of a sealed student exercise held in memory by a
/// placeholder and drops everything that could give an owner away: only
/// the cards' ids and texts are kept, under one topic titled like the
/// exercise.
fn hide_owners(exercise: &mut Exercise) {
    let title = exercise.title.clone();
    let deck = &mut exercise.deck;
    deck.description = String::new();
    deck.sources.clear();
    deck.layers.clear();
    deck.services.clear();
    deck.topics = vec![crate::model::deck::Topic {
        id: SEALED_TOPIC.to_owned(),
        title,
        summary: String::new(),
    }];
    for item in &mut deck.items {
        *item = sealed_item(&SealedCard {
            id: std::mem::take(&mut item.id),
            text: std::mem::take(&mut item.text),
            topic: SEALED_TOPIC.to_owned(),
            services: Vec::new(),
            layer: String::new(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::format::{exercise_to_ron, load_exercise_bytes};
    use super::super::test_support::sample_exercise;
    use super::*;

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
