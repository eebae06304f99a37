//! A student's result: one attempt at an exercise, as handed back to the
//! instructor, and the input of grading (`model::report`).

use serde::{Deserialize, Serialize};

use crate::model::deck::Owner;
use crate::model::session::FirstAttempt;

pub use crate::model::names::MAX_STUDENT_LEN;

/// A student name as it is checked and stored
/// ([`display_name`](crate::model::names::display_name)): NFC, invisible
/// characters removed, trimmed, every run of whitespace one space
/// ("  Ana   María " -> "Ana María"). Control and bidi characters are
/// refused by validation before this, never turned into spaces.
pub fn normalize_name(name: &str) -> String {
    crate::model::names::display_name(name)
}

/// How a run ended, as the result file records it (`ended:`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ending {
    /// The student checked (handed in) the exercise.
    HandedIn,
    /// The time limit ran out: what was placed was handed in.
    TimeUp,
    /// The student left the exercise before checking: what was placed was
    /// handed in.
    LeftEarly,
    /// The student asked for the solution before checking (practice
    /// only): the placements before it are what counts.
    ShowedSolution,
}

impl Ending {
    /// A few words for a report: "handed in", "time up", "left early",
    /// "asked for the solution".
    pub fn label(self) -> &'static str {
        match self {
            Ending::HandedIn => "handed in",
            Ending::TimeUp => "time up",
            Ending::LeftEarly => "left early",
            Ending::ShowedSolution => "asked for the solution",
        }
    }
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

/// One student's attempt at an exercise, as handed back to the instructor.
/// Cards the student did not place have no [`Answer`].
///
/// Fields this version does not know (a `score:` or `percent:` written by
/// other tools or by hand) are read and ignored: the score is always
/// computed from the answers, and [`ExerciseResult::ignored_fields`] names
/// them for a note. Build one with [`ExerciseResult::new`] or
/// [`ExerciseResult::from_attempt`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// Which attempt of this student at this exercise on the machine that
    /// wrote it: 1 for the first, 2 for the first retake...; 0 in results
    /// written before attempts were counted (read as a first attempt).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub attempt: u32,
    /// Optional: how the run ended (handed in, time up, left early, the
    /// solution asked for); absent in older results.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Ending>,
    /// The fields of the file this version does not know, sorted;
    /// never written back.
    #[serde(skip)]
    pub ignored_fields: Vec<String>,
}

fn is_zero(value: &u32) -> bool {
    *value == 0
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
            attempt: 0,
            ended: None,
            ignored_fields: Vec::new(),
        }
    }

    /// The attempt number, an older result without one counting as 1.
    pub fn attempt_number(&self) -> u32 {
        self.attempt.max(1)
    }

    /// Whether this result says it is a retake (an attempt after the first).
    pub fn is_retake(&self) -> bool {
        self.attempt > 1
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
    fn an_unknown_field_is_read_ignored_and_named() {
        let text = "ExerciseResult(exercise: \"q\", student: \"Ana\", percent: 100, \
                    answers: [Answer(item: \"i1\", placed: Aws)], seconds: 3, \
                    grade: Some((a: 1)))";
        let result = load_result_bytes("r.ron", text.as_bytes()).expect("loads");
        assert_eq!(result.ignored_fields, ["grade", "percent"]);
        assert_eq!(result.answers.len(), 1);
        assert_eq!(
            result.attempt_number(),
            1,
            "an older result is a first attempt"
        );
        assert!(!result.is_retake());
    }

    #[test]
    fn attempt_and_ending_round_trip_and_older_files_load() {
        let mut result = ExerciseResult::new("q", "Ana", Vec::new(), 3);
        result.attempt = 2;
        result.ended = Some(Ending::LeftEarly);
        result.finished_at = "2026-11-20T10:15:00Z".into();
        let text = result_to_ron(&result).expect("ron");
        assert!(text.contains("attempt: 2"), "{text}");
        assert!(
            text.contains("ended: Some(LeftEarly)") || text.contains("ended: LeftEarly"),
            "{text}"
        );
        let back = load_result_bytes("r.ron", text.as_bytes()).expect("loads");
        assert_eq!(back, result);
        assert!(back.is_retake());
        let old = "ExerciseResult(exercise: \"q\", student: \"Ana\", answers: [], seconds: 3)";
        let old = load_result_bytes("r.ron", old.as_bytes()).expect("loads");
        assert_eq!((old.attempt, old.ended), (0, None));
        assert!(old.ignored_fields.is_empty());
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
            let mut result = load_result_bytes("r.ron", text.as_bytes()).expect("loads");
            assert_eq!(result.ignored_fields, ["score"]);
            result.ignored_fields.clear();
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
