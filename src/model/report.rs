//! Grading students' results against an exercise, and the class report: a
//! students-by-cards grid, the cards most missed, and a CSV export.
//!
//! Scores are always computed here from the placements and the exercise's
//! own cards; nothing a result file says about its score is used.

use std::collections::{HashMap, HashSet};

use thiserror::Error;

use super::deck::Owner;
use super::exercise::{Exercise, ExerciseResult};
use super::session::{Mark, Score, mark_of};

/// One student's graded first attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Graded {
    /// The student's name, as in the result file.
    pub student: String,
    /// The score, with the exercise's penalty option.
    pub score: Score,
    /// Seconds from start to the first check.
    pub seconds: u64,
    /// Every card of the exercise, in exercise order, with its mark.
    pub per_card: Vec<(String, Mark)>,
    /// Ids in the answers that are not cards of the exercise (ignored).
    pub unknown_items: Vec<String>,
}

/// Why a result cannot be graded against an exercise.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum GradeError {
    /// The result is for another exercise.
    #[error("this result is for the exercise \"{found}\", not \"{expected}\"")]
    OtherExercise {
        /// The exercise being graded.
        expected: String,
        /// The exercise the result names.
        found: String,
    },
}

/// Grades a result against the exercise's own cards. Answers naming cards
/// the exercise does not have are ignored and listed in
/// [`Graded::unknown_items`]; when a card is answered twice the first
/// answer counts.
pub fn grade(exercise: &Exercise, result: &ExerciseResult) -> Result<Graded, GradeError> {
    if result.exercise != exercise.id {
        return Err(GradeError::OtherExercise {
            expected: exercise.id.clone(),
            found: result.exercise.clone(),
        });
    }
    let known: HashSet<&str> = exercise.deck.items.iter().map(|i| i.id.as_str()).collect();
    let mut placed: HashMap<&str, Owner> = HashMap::new();
    let mut unknown_items = Vec::new();
    for answer in &result.answers {
        if known.contains(answer.item.as_str()) {
            placed.entry(answer.item.as_str()).or_insert(answer.placed);
        } else if !unknown_items.contains(&answer.item) {
            unknown_items.push(answer.item.clone());
        }
    }
    let pairs: Vec<(Owner, Option<Owner>)> = exercise
        .deck
        .items
        .iter()
        .map(|item| (item.owner, placed.get(item.id.as_str()).copied()))
        .collect();
    let per_card = exercise
        .deck
        .items
        .iter()
        .zip(&pairs)
        .map(|(item, (owner, placed))| (item.id.clone(), mark_of(*owner, *placed)))
        .collect();
    Ok(Graded {
        student: result.student.clone(),
        score: Score::grade(pairs, exercise.penalty),
        seconds: result.seconds,
        per_card,
        unknown_items,
    })
}

/// How the class did on one card.
#[derive(Debug, Clone, PartialEq)]
pub struct CardSummary {
    /// The item's id.
    pub item_id: String,
    /// The card's text.
    pub text: String,
    /// The right answer.
    pub owner: Owner,
    /// Why that owner.
    pub explanation: String,
    /// Students who placed it right.
    pub right: u32,
    /// Students who placed it in a wrong bin.
    pub wrong: u32,
    /// Students who left it unplaced.
    pub unanswered: u32,
    /// Students graded (right + wrong + unanswered).
    pub total: u32,
    /// `right` as a percentage of `total` (0 when nobody was graded).
    pub percent: f32,
}

/// The class report for one exercise: plain data for a students-by-cards
/// grid, the per-card summary, and what was left out and why.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassReport {
    /// The exercise's id.
    pub exercise_id: String,
    /// The exercise's title.
    pub exercise_title: String,
    /// Whether wrong placements cost a point.
    pub penalty: bool,
    /// The card ids in exercise order: the columns of the grid, and the
    /// order of each [`Graded::per_card`].
    pub card_ids: Vec<String>,
    /// One graded attempt per usable result, in the order given.
    pub students: Vec<Graded>,
    /// Results that could not be used: (label, reason).
    pub left_out: Vec<(String, String)>,
    /// Things worth knowing that did not stop grading, each naming its file.
    pub warnings: Vec<String>,
    /// One summary per card, most missed first (ties in exercise order).
    pub per_card: Vec<CardSummary>,
}

impl ClassReport {
    /// Grades every result against `exercise`. Each entry is a label (the
    /// file name) and either the loaded result or why it could not be
    /// loaded. Results for another exercise are left out; answers for cards
    /// the exercise does not have are ignored with a warning; two results
    /// for the same student are both kept, with a warning.
    pub fn build(
        exercise: &Exercise,
        results: Vec<(String, Result<ExerciseResult, String>)>,
    ) -> ClassReport {
        let mut students = Vec::new();
        let mut left_out = Vec::new();
        let mut warnings = Vec::new();
        let mut labels_by_student: HashMap<String, String> = HashMap::new();
        for (label, result) in results {
            let result = match result {
                Ok(result) => result,
                Err(reason) => {
                    left_out.push((label, reason));
                    continue;
                }
            };
            let graded = match grade(exercise, &result) {
                Ok(graded) => graded,
                Err(e) => {
                    left_out.push((label, e.to_string()));
                    continue;
                }
            };
            if !graded.unknown_items.is_empty() {
                warnings.push(format!(
                    "{label}: ignored answers for cards that are not in the exercise: {}",
                    graded.unknown_items.join(", ")
                ));
            }
            let key = graded.student.trim().to_lowercase();
            if let Some(first) = labels_by_student.get(&key) {
                warnings.push(format!(
                    "{label}: student \"{}\" also has a result in {first}; both are counted",
                    graded.student
                ));
            } else {
                labels_by_student.insert(key, label);
            }
            students.push(graded);
        }
        let per_card = summarise(exercise, &students);
        ClassReport {
            exercise_id: exercise.id.clone(),
            exercise_title: exercise.title.clone(),
            penalty: exercise.penalty,
            card_ids: exercise.deck.items.iter().map(|i| i.id.clone()).collect(),
            students,
            left_out,
            warnings,
            per_card,
        }
    }

    /// The mean of the students' percentages (0 with no students).
    pub fn average_percent(&self) -> f32 {
        if self.students.is_empty() {
            0.0
        } else {
            self.students.iter().map(|g| g.score.percent()).sum::<f32>()
                / self.students.len() as f32
        }
    }
}

fn summarise(exercise: &Exercise, students: &[Graded]) -> Vec<CardSummary> {
    let mut per_card: Vec<CardSummary> = exercise
        .deck
        .items
        .iter()
        .map(|item| CardSummary {
            item_id: item.id.clone(),
            text: item.text.clone(),
            owner: item.owner,
            explanation: item.explanation.clone(),
            right: 0,
            wrong: 0,
            unanswered: 0,
            total: 0,
            percent: 0.0,
        })
        .collect();
    for graded in students {
        for (summary, (_, mark)) in per_card.iter_mut().zip(&graded.per_card) {
            summary.total += 1;
            match mark {
                Mark::Right => summary.right += 1,
                Mark::Wrong => summary.wrong += 1,
                Mark::Unanswered => summary.unanswered += 1,
            }
        }
    }
    for summary in &mut per_card {
        if summary.total > 0 {
            summary.percent = 100.0 * summary.right as f32 / summary.total as f32;
        }
    }
    // Every card has the same total, so fewest right is most missed.
    per_card.sort_by_key(|s| s.right);
    per_card
}

/// The CSV could not be written.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("cannot write the CSV: {0}")]
pub struct CsvError(pub String);

/// The class report as CSV: a header
/// `student,score,max,percent,seconds,<card id>...` (cards in exercise
/// order) and one row per student, with 1 for a right card and 0 for a wrong
/// or unanswered one. `percent` has one decimal.
///
/// A student name that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`.
pub fn to_csv(report: &ClassReport) -> Result<String, CsvError> {
    let csv_err = |e: csv::Error| CsvError(e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<&str> = vec!["student", "score", "max", "percent", "seconds"];
    header.extend(report.card_ids.iter().map(String::as_str));
    writer.write_record(&header).map_err(csv_err)?;
    for graded in &report.students {
        let mut row = vec![
            spreadsheet_safe(&graded.student),
            graded.score.points.to_string(),
            graded.score.max.to_string(),
            format!("{:.1}", graded.score.percent()),
            graded.seconds.to_string(),
        ];
        row.extend(
            graded
                .per_card
                .iter()
                .map(|(_, mark)| if *mark == Mark::Right { "1" } else { "0" }.to_owned()),
        );
        writer.write_record(&row).map_err(csv_err)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CsvError(e.error().to_string()))?;
    String::from_utf8(bytes).map_err(|e| CsvError(e.to_string()))
}

fn spreadsheet_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::exercise::{Answer, load_exercise_bytes, load_result_bytes};

    /// Four cards: a (Aws), b (Customer), c (Shared), d (Customer).
    fn exercise(penalty: bool) -> Exercise {
        let text = format!(
            r#"Exercise(id: "quiz", title: "Quiz", penalty: {penalty}, deck: Deck(
                id: "d", title: "D", topics: [Topic(id: "t", title: "T")],
                items: [
                    Item(id: "a", text: "A", owner: Aws, topic: "t", explanation: "ea"),
                    Item(id: "b", text: "B", owner: Customer, topic: "t", explanation: "eb"),
                    Item(id: "c", text: "C", owner: Shared, topic: "t", explanation: "ec"),
                    Item(id: "d", text: "D", owner: Customer, topic: "t", explanation: "ed"),
                ]))"#
        );
        load_exercise_bytes("quiz.ron", text.as_bytes()).expect("valid exercise")
    }

    fn result(student: &str, answers: &[(&str, Owner)]) -> ExerciseResult {
        let answers = answers
            .iter()
            .map(|(item, placed)| Answer {
                item: (*item).into(),
                placed: *placed,
            })
            .collect();
        ExerciseResult::new("quiz", student, answers, 60)
    }

    /// Right a, wrong b, wrong c, d unanswered.
    fn ana() -> ExerciseResult {
        result(
            "Ana",
            &[("a", Owner::Aws), ("b", Owner::Aws), ("c", Owner::Customer)],
        )
    }

    #[test]
    fn grading_without_penalty_counts_right_cards() {
        let graded = grade(&exercise(false), &ana()).expect("grades");
        assert_eq!(
            graded.score,
            Score {
                right: 1,
                wrong: 2,
                unanswered: 1,
                points: 1,
                max: 4
            }
        );
        assert_eq!(
            graded.per_card,
            vec![
                ("a".to_owned(), Mark::Right),
                ("b".to_owned(), Mark::Wrong),
                ("c".to_owned(), Mark::Wrong),
                ("d".to_owned(), Mark::Unanswered),
            ]
        );
        assert_eq!(graded.seconds, 60);
    }

    #[test]
    fn grading_with_penalty_subtracts_wrong_and_floors_at_zero() {
        let graded = grade(&exercise(true), &ana()).expect("grades");
        assert_eq!(graded.score.points, 0, "1 right - 2 wrong floors at 0");
        let three_right = result(
            "Bo",
            &[
                ("a", Owner::Aws),
                ("b", Owner::Customer),
                ("c", Owner::Shared),
                ("d", Owner::Shared),
            ],
        );
        let graded = grade(&exercise(true), &three_right).expect("grades");
        assert_eq!((graded.score.points, graded.score.max), (2, 4));
        assert!((graded.score.percent() - 50.0).abs() < 1e-4);
    }

    #[test]
    fn unanswered_cards_score_nothing_even_with_penalty() {
        let graded = grade(&exercise(true), &result("Cy", &[])).expect("grades");
        assert_eq!(graded.score.unanswered, 4);
        assert_eq!(graded.score.points, 0);
    }

    #[test]
    fn unknown_ids_are_ignored_and_listed() {
        let r = result(
            "Di",
            &[("a", Owner::Aws), ("zz", Owner::Aws), ("yy", Owner::Shared)],
        );
        let graded = grade(&exercise(false), &r).expect("grades");
        assert_eq!(graded.score.right, 1);
        assert_eq!(graded.score.max, 4);
        assert_eq!(graded.unknown_items, ["zz", "yy"]);
        let report = ClassReport::build(&exercise(false), vec![("di.ron".into(), Ok(r))]);
        assert_eq!(report.warnings.len(), 1);
        assert!(
            report.warnings[0].starts_with("di.ron: "),
            "{:?}",
            report.warnings
        );
        assert!(report.warnings[0].contains("zz, yy"));
    }

    #[test]
    fn a_result_for_another_exercise_is_an_error_and_left_out() {
        let mut other = ana();
        other.exercise = "week9".into();
        assert_eq!(
            grade(&exercise(false), &other),
            Err(GradeError::OtherExercise {
                expected: "quiz".into(),
                found: "week9".into()
            })
        );
        let report = ClassReport::build(
            &exercise(false),
            vec![
                ("ana.ron".into(), Ok(ana())),
                ("other.ron".into(), Ok(other)),
                ("junk.ron".into(), Err("not RON".into())),
            ],
        );
        assert_eq!(report.students.len(), 1);
        assert_eq!(report.left_out.len(), 2);
        assert_eq!(report.left_out[0].0, "other.ron");
        assert!(report.left_out[0].1.contains("week9"));
        assert_eq!(report.left_out[1], ("junk.ron".into(), "not RON".into()));
    }

    #[test]
    fn the_added_score_field_never_changes_the_grade() {
        let text = r#"ExerciseResult(exercise: "quiz", student: "Ev", score: 4, seconds: 9,
            answers: [Answer(item: "a", placed: Customer)])"#;
        let r = load_result_bytes("ev.ron", text.as_bytes()).expect("loads");
        let graded = grade(&exercise(false), &r).expect("grades");
        assert_eq!(graded.score.points, 0);
    }

    #[test]
    fn class_report_sorts_cards_most_missed_first() {
        let bo = result(
            "Bo",
            &[
                ("a", Owner::Aws),
                ("b", Owner::Customer),
                ("c", Owner::Shared),
                ("d", Owner::Aws),
            ],
        );
        let report = ClassReport::build(
            &exercise(false),
            vec![("ana.ron".into(), Ok(ana())), ("bo.ron".into(), Ok(bo))],
        );
        // a: 2 right; b: 1; c: 1; d: 0.
        let order: Vec<(&str, u32)> = report
            .per_card
            .iter()
            .map(|c| (c.item_id.as_str(), c.right))
            .collect();
        assert_eq!(order, [("d", 0), ("b", 1), ("c", 1), ("a", 2)]);
        let d = &report.per_card[0];
        assert_eq!((d.wrong, d.unanswered, d.total), (1, 1, 2));
        assert_eq!(d.text, "D");
        assert!((report.per_card[1].percent - 50.0).abs() < 1e-4);
        assert_eq!(report.card_ids, ["a", "b", "c", "d"]);
        assert!(
            (report.average_percent() - 50.0).abs() < 1e-4,
            "25% and 75%"
        );
        assert!(report.warnings.is_empty());
    }

    #[test]
    fn two_results_for_one_student_are_kept_with_a_warning() {
        let report = ClassReport::build(
            &exercise(false),
            vec![("a1.ron".into(), Ok(ana())), ("a2.ron".into(), Ok(ana()))],
        );
        assert_eq!(report.students.len(), 2);
        assert_eq!(report.warnings.len(), 1);
        assert!(
            report.warnings[0].contains("a1.ron"),
            "{:?}",
            report.warnings
        );
    }

    #[test]
    fn csv_has_one_column_per_card_and_one_row_per_student() {
        let report = ClassReport::build(
            &exercise(false),
            vec![
                ("ana.ron".into(), Ok(ana())),
                (
                    "x.ron".into(),
                    Ok(result("=cmd, \"quoted\"", &[("d", Owner::Customer)])),
                ),
            ],
        );
        let text = to_csv(&report).expect("csv");
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "student,score,max,percent,seconds,a,b,c,d");
        assert_eq!(lines[1], "Ana,1,4,25.0,60,1,0,0,0");
        assert_eq!(lines[2], "\"'=cmd, \"\"quoted\"\"\",1,4,25.0,60,0,0,0,1");
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn five_hundred_results_build() {
        let exercise = exercise(true);
        let results: Vec<(String, Result<ExerciseResult, String>)> = (0..500)
            .map(|n| {
                let owner = Owner::ALL[n % 3];
                let r = result(
                    &format!("Student {n}"),
                    &[("a", owner), ("b", owner), ("c", owner), ("d", owner)],
                );
                (format!("s{n}.ron"), Ok(r))
            })
            .collect();
        let report = ClassReport::build(&exercise, results);
        assert_eq!(report.students.len(), 500);
        assert!(report.warnings.is_empty());
        assert_eq!(report.per_card.iter().map(|c| c.total).max(), Some(500));
        let csv = to_csv(&report).expect("csv");
        assert_eq!(csv.lines().count(), 501);
    }
}
