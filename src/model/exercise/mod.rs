//! The instructor's two file formats: an [`Exercise`] (a titled set of cards
//! with the options to run it, self-contained) and an [`ExerciseResult`] (one
//! student's first attempt at it).
//!
//! Both are plain serde data read with [`parse_ron`](super::load::parse_ron)
//! and checked by [`validate_exercise`] and [`validate_result`], which report
//! every problem at once. The formats are a public contract documented in
//! `content/README.md`. A result never carries a trusted score: scores are
//! always computed by grading its placements against the exercise's own cards
//! (see `model::report`). Nothing here opens a file: `io::files` reads them.
//!
//! By job:
//! - `format`: the exercise file, validating and writing both files, and
//!   telling a deck, an exercise and a result apart ([`sniff`], [`load_any`]);
//! - `merge`: building an exercise from catalog cards
//!   ([`Exercise::from_cards`]: merging decks, renaming clashing ids);
//! - `result`: a student's result, the input of grading;
//! - `sealed_card`: a card of a sealed student file (no owner) and the
//!   fingerprint that ties a result to its exercise;
//! - `seal`: sealing an exercise: the student file without owners and the
//!   answer key.

mod format;
mod merge;
mod result;
mod seal;
mod sealed_card;

pub use format::{
    AnyFile, Exercise, FileKind, Sniffed, describe_error, exercise_to_ron, expect_kind, load_any,
    load_exercise_bytes, load_result_bytes, result_to_ron, sniff, sniff_kind, validate_exercise,
    validate_result,
};
pub use merge::BuildError;
pub use result::{Answer, Ending, ExerciseResult, MAX_STUDENT_LEN, normalize_name};
pub use seal::{SealedPair, seal};
pub use sealed_card::{SEALED_EXPLANATION, SealedCard, fingerprint_of, fnv1a64};

/// What the tests of the three parts share: a small deck and an exercise
/// built from it.
#[cfg(test)]
mod test_support {
    use super::Exercise;
    use crate::model::catalog::{CardRef, Catalog, Origin};
    use crate::model::session::{Feedback, SessionOptions};

    pub(super) const DECK: &str = r#"Deck(id: "d", title: "D",
        sources: [Source(id: "s", title: "S")],
        layers: [Layer(id: "l1", title: "L1"), Layer(id: "l2", title: "L2")],
        services: [Service(id: "ec2", name: "EC2", layers: {"l1": Aws, "l2": Customer})],
        topics: [Topic(id: "a", title: "A"), Topic(id: "b", title: "B")],
        items: [
            Item(id: "i1", text: "1", owner: Aws, topic: "a", explanation: "e", services: ["ec2"]),
            Item(id: "i2", text: "2", owner: Customer, topic: "a", explanation: "e", sources: ["s"]),
            Item(id: "i3", text: "3", owner: Shared, topic: "b", explanation: "e", layer: "l2"),
        ])"#;

    pub(super) fn catalog_of(decks: &[&str]) -> Catalog {
        let mut catalog = Catalog::new();
        for (n, text) in decks.iter().enumerate() {
            let label = format!("deck{n}");
            assert!(
                catalog.add_bytes(&label, Origin::File(label.clone().into()), text.as_bytes()),
                "{:?}",
                catalog.errors
            );
        }
        catalog
    }

    pub(super) fn card(deck: usize, item: usize) -> CardRef {
        CardRef { deck, item }
    }

    pub(super) fn sample_exercise() -> Exercise {
        let catalog = catalog_of(&[DECK]);
        Exercise::from_cards(
            "week2-quiz",
            "Week 2 quiz",
            &catalog,
            &[card(0, 2), card(0, 0)],
            SessionOptions {
                feedback: Feedback::AtEnd,
                penalty: true,
                time_limit_secs: Some(600),
                shuffle_bins: true,
                seed: 42,
            },
        )
        .expect("builds")
    }
}
