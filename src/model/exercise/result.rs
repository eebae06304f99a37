//! A student's result: one first attempt at an exercise, as handed back
//! to the instructor, and the input of grading (`model::report`).

use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer, Serialize};

use crate::model::deck::Owner;
use crate::model::session::FirstAttempt;

/// Longest student name accepted, in characters.
pub const MAX_STUDENT_LEN: usize = 200;
/// A student name as it is checked and stored: trimmed, every run of
/// whitespace inside it one space ("  Ana   María " -> "Ana María").
/// Control characters (a line break, a tab) are refused by validation
/// before this, never turned into spaces.
pub fn normalize_name(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One placement of a student's first attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answer {
    /// The id of an item of the exercise's deck.
    pub item: String,
    /// The bin the student put it in.
    pub placed: Owner,
}

/// One student's first attempt at an exercise, as handed back to the
/// instructor. Cards the student did not place have no [`Answer`].
///
/// A `score:` field written by other tools is accepted and ignored: the
/// score is always computed from the answers. Build one with
/// [`ExerciseResult::new`] or [`ExerciseResult::from_attempt`].
// The private field is the ignored `score:`, not a non-exhaustive marker.
#[allow(clippy::manual_non_exhaustive)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseResult {
    /// The id of the exercise taken.
    pub exercise: String,
    /// Who took it.
    pub student: String,
    /// The cards placed in the first attempt; unplaced cards are absent.
    pub answers: Vec<Answer>,
    /// Seconds from start to the first check.
    pub seconds: u64,
    /// Optional: when the attempt was checked, e.g. `2026-11-20T10:15:00Z`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub finished_at: String,
    /// Optional: the version of the app that wrote the file.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub app_version: String,
    /// The fingerprint of the exercise the result was made for
    /// ([`Exercise::fingerprint`](super::Exercise::fingerprint)); empty in
    /// results written before fingerprints. A report never grades a result
    /// whose fingerprint is not its exercise's.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fingerprint: String,
    /// A score written into the file is never trusted; it is skipped.
    #[serde(
        default,
        rename = "score",
        skip_serializing,
        deserialize_with = "skip_value"
    )]
    ignored_score: (),
}

fn skip_value<'de, D: Deserializer<'de>>(deserializer: D) -> Result<(), D::Error> {
    IgnoredAny::deserialize(deserializer).map(|_| ())
}

impl ExerciseResult {
    /// A result with the required fields; the optional ones are empty.
    pub fn new(exercise: &str, student: &str, answers: Vec<Answer>, seconds: u64) -> Self {
        Self {
            exercise: exercise.to_owned(),
            student: student.to_owned(),
            answers,
            seconds,
            finished_at: String::new(),
            app_version: String::new(),
            fingerprint: String::new(),
            ignored_score: (),
        }
    }

    /// The result of a first attempt at the exercise `exercise_id`. The
    /// session must have been built from the exercise's own deck, so the
    /// item ids match. `finished_at` and `app_version` may be empty.
    pub fn from_attempt(
        exercise_id: &str,
        student: &str,
        first: &FirstAttempt,
        finished_at: &str,
        app_version: &str,
    ) -> Self {
        let answers = first
            .cards
            .iter()
            .filter_map(|(card, placed)| {
                placed.map(|placed| Answer {
                    item: card.item_id.clone(),
                    placed,
                })
            })
            .collect();
        Self {
            finished_at: finished_at.to_owned(),
            app_version: app_version.to_owned(),
            ..Self::new(
                exercise_id,
                &normalize_name(student),
                answers,
                first.seconds,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::format::{load_result_bytes, result_to_ron};
    use super::super::test_support::card;
    use super::*;
    use crate::model::session::{Score, SessionCard};

    fn attempt() -> FirstAttempt {
        let cards = [
            ("i1", Owner::Aws),
            ("i2", Owner::Customer),
            ("i3", Owner::Shared),
        ]
        .iter()
        .enumerate()
        .map(|(n, (id, owner))| SessionCard {
            card: card(0, n),
            deck_id: "d".into(),
            item_id: (*id).into(),
            topic: "a".into(),
            owner: *owner,
        })
        .collect::<Vec<_>>();
        FirstAttempt {
            cards: vec![
                (cards[0].clone(), Some(Owner::Aws)),
                (cards[1].clone(), None),
                (cards[2].clone(), Some(Owner::Aws)),
            ],
            score: Score::default(),
            seconds: 75,
        }
    }

    #[test]
    fn result_from_attempt_leaves_out_unplaced_cards_and_round_trips() {
        let result = ExerciseResult::from_attempt(
            "week2-quiz",
            "  Ana   Silva ",
            &attempt(),
            "2026-11-20T10:15:00Z",
            "0.1.0",
        );
        assert_eq!(result.student, "Ana Silva");
        assert_eq!(
            result.answers,
            vec![
                Answer {
                    item: "i1".into(),
                    placed: Owner::Aws
                },
                Answer {
                    item: "i3".into(),
                    placed: Owner::Aws
                },
            ]
        );
        assert_eq!(result.seconds, 75);
        let text = result_to_ron(&result).expect("serialises");
        assert!(text.starts_with("ExerciseResult("), "{text}");
        assert!(!text.contains("score"), "{text}");
        assert_eq!(
            load_result_bytes("r.ron", text.as_bytes()).expect("loads"),
            result
        );
    }

    #[test]
    fn a_name_with_a_line_break_is_refused_and_spaces_are_normalised() {
        let text = "ExerciseResult(exercise: \"q\", student: \"\\nEve Evans    4  4  100.0%\\n\", \
                    answers: [], seconds: 3)";
        let errors = load_result_bytes("r.ron", text.as_bytes()).expect_err("refused");
        assert!(
            errors.iter().any(|e| e.to_string().contains("line breaks")),
            "{errors:?}"
        );
        let text = "ExerciseResult(exercise: \"q\", student: \"  Ana   Silva \", \
                    answers: [], seconds: 3)";
        let result = load_result_bytes("r.ron", text.as_bytes()).expect("loads");
        assert_eq!(result.student, "Ana Silva");
    }

    #[test]
    fn a_result_file_with_an_added_score_field_loads_and_ignores_it() {
        for score in [
            "score: 99",
            "score: 87.5",
            "score: Score(points: 3, max: 3)",
        ] {
            let text = format!(
                "ExerciseResult(exercise: \"q\", student: \"Ana\", {score}, \
                 answers: [Answer(item: \"i1\", placed: Aws)], seconds: 3)"
            );
            let result = load_result_bytes("r.ron", text.as_bytes()).expect("loads");
            assert_eq!(
                result,
                ExerciseResult::new(
                    "q",
                    "Ana",
                    vec![Answer {
                        item: "i1".into(),
                        placed: Owner::Aws
                    }],
                    3
                )
            );
        }
        let typo = "ExerciseResult(exercise: \"q\", student: \"A\", answer: [], seconds: 3)";
        assert!(load_result_bytes("r.ron", typo.as_bytes()).is_err());
    }
}
