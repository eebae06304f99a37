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
    /// What the student chose for each card, in exercise order (`None`:
    /// left in the pile).
    pub chosen: Vec<Option<Owner>>,
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
    /// The result's fingerprint is not the exercise's: it was made for
    /// other cards or other owners.
    #[error(
        "made for another version of this exercise (its fingerprint is {found}, \
         this exercise's is {expected}); not graded"
    )]
    OtherVersion {
        /// The exercise's fingerprint.
        expected: String,
        /// The result's (empty: none).
        found: String,
    },
    /// The exercise is a sealed student file: it has no owners to grade with.
    #[error(
        "this is a sealed student file, which has no answers; grade with its answer key \
         (the .key.ron file)"
    )]
    Sealed,
}

/// Grades a result against the exercise's own cards. Answers naming cards
/// the exercise does not have are ignored and listed in
/// [`Graded::unknown_items`]; when a card is answered twice the first
/// answer counts.
///
/// A result with a fingerprint is graded only when it is the exercise's
/// ([`Exercise::fingerprint`]); against an answer key, a result without one
/// is not graded either. An older result without a fingerprint is graded
/// against an unsealed exercise.
pub fn grade(exercise: &Exercise, result: &ExerciseResult) -> Result<Graded, GradeError> {
    if exercise.owners_hidden() {
        return Err(GradeError::Sealed);
    }
    if result.exercise != exercise.id {
        return Err(GradeError::OtherExercise {
            expected: exercise.id.clone(),
            found: result.exercise.clone(),
        });
    }
    let expected = exercise.fingerprint();
    if (!result.fingerprint.is_empty() || exercise.is_key()) && result.fingerprint != expected {
        let found = if result.fingerprint.is_empty() {
            "missing".to_owned()
        } else {
            result.fingerprint.clone()
        };
        return Err(GradeError::OtherVersion { expected, found });
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
    let chosen = pairs.iter().map(|(_, placed)| *placed).collect();
    Ok(Graded {
        student: result.student.clone(),
        score: Score::grade(pairs, exercise.penalty),
        seconds: result.seconds,
        per_card,
        chosen,
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
    /// The misconception row: how many students put the card in each bin,
    /// in [`Owner::ALL`] order (AWS, Customer, Shared).
    pub placed: [u32; 3],
    /// The wrong bin most students chose, if anyone chose a wrong one (a
    /// tie goes to the first in [`Owner::ALL`] order).
    pub most_common_wrong: Option<Owner>,
}

impl CardSummary {
    /// How many students put the card in `bin`.
    pub fn placed_in(&self, bin: Owner) -> u32 {
        self.placed[owner_index(bin)]
    }
}

/// The position of an owner in [`Owner::ALL`].
pub fn owner_index(owner: Owner) -> usize {
    match owner {
        Owner::Aws => 0,
        Owner::Customer => 1,
        Owner::Shared => 2,
    }
}

/// The class's confusion table: for the cards whose right owner is the
/// row, how many placements went to each bin (and how many were left in
/// the pile), summed over every graded student.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confusion {
    /// `counts[right][placed]`: rows and the first three columns in
    /// [`Owner::ALL`] order; column 3 counts cards left unplaced.
    pub counts: [[u32; 4]; 3],
}

impl Confusion {
    /// Placements of cards owned by `right` into `placed` (`None`: unplaced).
    pub fn get(&self, right: Owner, placed: Option<Owner>) -> u32 {
        self.counts[owner_index(right)][placed.map_or(3, owner_index)]
    }
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
    /// The card texts, in the order of [`ClassReport::card_ids`].
    pub card_texts: Vec<String>,
    /// The class's AWS/Customer/Shared confusion table.
    pub confusion: Confusion,
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
        let mut confusion = Confusion::default();
        for graded in &students {
            for (item, placed) in exercise.deck.items.iter().zip(&graded.chosen) {
                confusion.counts[owner_index(item.owner)][placed.map_or(3, owner_index)] += 1;
            }
        }
        ClassReport {
            exercise_id: exercise.id.clone(),
            exercise_title: exercise.title.clone(),
            penalty: exercise.penalty,
            card_ids: exercise.deck.items.iter().map(|i| i.id.clone()).collect(),
            students,
            left_out,
            warnings,
            per_card,
            card_texts: exercise.deck.items.iter().map(|i| i.text.clone()).collect(),
            confusion,
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
            placed: [0; 3],
            most_common_wrong: None,
        })
        .collect();
    for graded in students {
        for ((summary, (_, mark)), chosen) in per_card
            .iter_mut()
            .zip(&graded.per_card)
            .zip(&graded.chosen)
        {
            summary.total += 1;
            if let Some(bin) = chosen {
                summary.placed[owner_index(*bin)] += 1;
            }
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
        let mut best: Option<(Owner, u32)> = None;
        for bin in Owner::ALL {
            let count = summary.placed_in(bin);
            if bin != summary.owner && count > 0 && best.is_none_or(|(_, most)| count > most) {
                best = Some((bin, count));
            }
        }
        summary.most_common_wrong = best.map(|(bin, _)| bin);
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
/// `student,score,max,percent,seconds,<card id>...,<card id> chose...`
/// (cards in exercise order) and one row per student, with 1 for a right
/// card and 0 for a wrong or unanswered one, then what the student chose for
/// each card: `A`, `C`, `S`, or empty when it was left in the pile.
/// `percent` has one decimal. With `card_texts`, a second row holds the
/// card texts under both columns of each card (its first cell is
/// `card text`).
///
/// A student name or card text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
/// leading `'`.
pub fn to_csv_with(report: &ClassReport, card_texts: bool) -> Result<String, CsvError> {
    let csv_err = |e: csv::Error| CsvError(e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header: Vec<String> = ["student", "score", "max", "percent", "seconds"]
        .map(str::to_owned)
        .to_vec();
    header.extend(report.card_ids.iter().cloned());
    header.extend(report.card_ids.iter().map(|id| format!("{id} chose")));
    writer.write_record(&header).map_err(csv_err)?;
    if card_texts {
        let mut row = vec!["card text".to_owned()];
        row.extend(std::iter::repeat_n(String::new(), 4));
        let texts: Vec<String> = report
            .card_texts
            .iter()
            .map(|t| spreadsheet_safe(t))
            .collect();
        row.extend(texts.iter().cloned());
        row.extend(texts);
        writer.write_record(&row).map_err(csv_err)?;
    }
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
        row.extend(graded.chosen.iter().map(|c| owner_letter(*c).to_owned()));
        writer.write_record(&row).map_err(csv_err)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| CsvError(e.error().to_string()))?;
    String::from_utf8(bytes).map_err(|e| CsvError(e.to_string()))
}

/// The class report as CSV without the card-text row: see [`to_csv_with`].
pub fn to_csv(report: &ClassReport) -> Result<String, CsvError> {
    to_csv_with(report, false)
}

/// `A`, `C`, `S`, or empty for a card left in the pile.
pub fn owner_letter(owner: Option<Owner>) -> &'static str {
    match owner {
        Some(Owner::Aws) => "A",
        Some(Owner::Customer) => "C",
        Some(Owner::Shared) => "S",
        None => "",
    }
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
        assert_eq!(
            lines[0],
            "student,score,max,percent,seconds,a,b,c,d,a chose,b chose,c chose,d chose"
        );
        assert_eq!(lines[1], "Ana,1,4,25.0,60,1,0,0,0,A,A,C,");
        assert_eq!(
            lines[2],
            "\"'=cmd, \"\"quoted\"\"\",1,4,25.0,60,0,0,0,1,,,,C"
        );
        assert_eq!(lines.len(), 3);
        let with_texts = to_csv_with(&report, true).expect("csv");
        let lines: Vec<&str> = with_texts.lines().collect();
        assert_eq!(lines[1], "card text,,,,,A,B,C,D,A,B,C,D");
        assert_eq!(lines.len(), 4);
    }

    #[test]
    fn the_misconception_matrix_counts_bins_and_marks_the_most_common_wrong_one() {
        // a (Aws): Ana Aws, Bo Customer, Cy Customer; b (Customer): Ana Aws,
        // Bo Customer, Cy unplaced; c (Shared): Ana Customer, Bo Aws, Cy Shared.
        let bo = result(
            "Bo",
            &[
                ("a", Owner::Customer),
                ("b", Owner::Customer),
                ("c", Owner::Aws),
            ],
        );
        let cy = result("Cy", &[("a", Owner::Customer), ("c", Owner::Shared)]);
        let report = ClassReport::build(
            &exercise(false),
            vec![
                ("ana.ron".into(), Ok(ana())),
                ("bo.ron".into(), Ok(bo)),
                ("cy.ron".into(), Ok(cy)),
            ],
        );
        let card = |id: &str| {
            report
                .per_card
                .iter()
                .find(|c| c.item_id == id)
                .expect("card")
        };
        assert_eq!(card("a").placed, [1, 2, 0]);
        assert_eq!(card("a").most_common_wrong, Some(Owner::Customer));
        assert_eq!(card("b").placed, [1, 1, 0]);
        assert_eq!(card("b").most_common_wrong, Some(Owner::Aws));
        assert_eq!(card("c").placed, [1, 1, 1]);
        assert_eq!(
            card("c").most_common_wrong,
            Some(Owner::Aws),
            "a tie: first"
        );
        assert_eq!(card("d").placed, [0, 0, 0]);
        assert_eq!(card("d").most_common_wrong, None);
        let confusion = &report.confusion;
        assert_eq!(confusion.counts[0], [1, 2, 0, 0], "a, owned by AWS");
        // b and d are Customer's: b Aws, Customer, unplaced; d unplaced x3.
        assert_eq!(confusion.get(Owner::Customer, Some(Owner::Aws)), 1);
        assert_eq!(confusion.get(Owner::Customer, Some(Owner::Customer)), 1);
        assert_eq!(confusion.get(Owner::Customer, None), 4);
        assert_eq!(confusion.counts[2], [1, 1, 1, 0]);
        let total: u32 = confusion.counts.iter().flatten().sum();
        assert_eq!(total, 12, "3 students x 4 cards");
        assert_eq!(
            report.students[2].chosen,
            [Some(Owner::Customer), None, Some(Owner::Shared), None]
        );
    }

    #[test]
    fn a_result_for_another_version_is_left_out_not_graded() {
        let exercise = exercise(false);
        let mut right = ana();
        right.fingerprint = exercise.fingerprint();
        let mut other = ana();
        other.student = "Bo".into();
        other.fingerprint = crate::model::exercise::fingerprint_of("", [("a", Owner::Shared)]);
        assert!(matches!(
            grade(&exercise, &other),
            Err(GradeError::OtherVersion { .. })
        ));
        let report = ClassReport::build(
            &exercise,
            vec![("ana.ron".into(), Ok(right)), ("bo.ron".into(), Ok(other))],
        );
        assert_eq!(report.students.len(), 1);
        assert_eq!(report.left_out.len(), 1);
        assert!(
            report.left_out[0]
                .1
                .contains("made for another version of this exercise"),
            "{:?}",
            report.left_out
        );
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    }

    #[test]
    fn a_key_grades_its_students_and_the_sealed_file_grades_nothing() {
        let pair = crate::model::exercise::seal(&exercise(false), 99);
        let mut answered = result("Ana", &[("card-1", Owner::Aws), ("card-2", Owner::Aws)]);
        answered.fingerprint = pair.student.fingerprint();
        let graded = grade(&pair.key, &answered).expect("grades");
        assert_eq!(graded.score.right, 1);
        assert_eq!(grade(&pair.student, &answered), Err(GradeError::Sealed));
        let mut old = answered.clone();
        old.fingerprint = String::new();
        assert!(matches!(
            grade(&pair.key, &old),
            Err(GradeError::OtherVersion { .. })
        ));
        let unsealed = grade(&exercise(false), &result("Bo", &[("a", Owner::Aws)]));
        assert!(
            unsealed.is_ok(),
            "an old result still grades an open exercise"
        );
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
