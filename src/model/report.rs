//! Grading students' results against an exercise, and the class report: a
//! students-by-cards grid, the cards most missed, and a CSV export.
//!
//! Scores are always computed here from the placements and the exercise's
//! own cards; nothing a result file says about its score is used.
//!
//! One attempt counts per student, by an [`AttemptRule`] the instructor
//! chooses (the first by default, or the best, or the latest). Students are
//! matched by [`name_key`] (`model::names`): "zoë ångström" and
//! "Zoë  Ångström" are one student. A student's attempts are put in order
//! by attempt number, then date (`finished_at`), then the order the files
//! were given; every attempt after the first is a retake, and so is any
//! result that says it is one (`attempt:` above 1). Every attempt is kept
//! in [`ClassReport::attempts`], with its date; the counted ones make
//! [`ClassReport::students`], the per-card summary, the confusion table,
//! the CSV and the class average.

use std::collections::{HashMap, HashSet};

use thiserror::Error;

use super::deck::Owner;
use super::exercise::{Ending, Exercise, ExerciseResult};
use super::names::name_key;
use super::session::{Mark, Score, mark_of};
use crate::i18n::{Msg, Translator};
use crate::msg;

/// Which of a student's attempts counts in the class report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AttemptRule {
    /// The first attempt (by attempt number, then date): the default, so
    /// a retake never raises a score unseen.
    #[default]
    First,
    /// The attempt with the most points (the first of equals).
    Best,
    /// The last attempt.
    Latest,
}

impl AttemptRule {
    /// Every rule, the default first.
    pub const ALL: [AttemptRule; 3] = [AttemptRule::First, AttemptRule::Best, AttemptRule::Latest];

    /// "first attempt", "best attempt", "latest attempt".
    pub fn label(self) -> &'static str {
        match self {
            AttemptRule::First => "first attempt",
            AttemptRule::Best => "best attempt",
            AttemptRule::Latest => "latest attempt",
        }
    }

    /// "first attempt", "best attempt", "latest attempt" as a message.
    pub fn message(self) -> Msg {
        match self {
            AttemptRule::First => msg!("report-rule-first"),
            AttemptRule::Best => msg!("report-rule-best"),
            AttemptRule::Latest => msg!("report-rule-latest"),
        }
    }

    /// The word of the command line: `first`, `best`, `latest`.
    pub fn word(self) -> &'static str {
        match self {
            AttemptRule::First => "first",
            AttemptRule::Best => "best",
            AttemptRule::Latest => "latest",
        }
    }

    /// The index of the counted attempt among one student's attempts, in
    /// order (`attempts` is not empty).
    fn pick(self, attempts: &[&Graded]) -> usize {
        match self {
            AttemptRule::First => 0,
            AttemptRule::Latest => attempts.len().saturating_sub(1),
            AttemptRule::Best => {
                let mut best = 0;
                for (n, graded) in attempts.iter().enumerate() {
                    if graded.score.points > attempts[best].score.points {
                        best = n;
                    }
                }
                best
            }
        }
    }
}

/// One student's graded attempt.
#[derive(Debug, Clone, PartialEq)]
pub struct Graded {
    /// The student's name, as in the result file (its display form).
    pub student: String,
    /// The file (or LRS source) the result came from; empty when graded
    /// alone with [`grade`].
    pub label: String,
    /// The attempt number the result gives (1 for an older result without one).
    pub attempt: u32,
    /// When the attempt was handed in (`finished_at`), or empty.
    pub finished_at: String,
    /// How the run ended, when the result says.
    pub ended: Option<Ending>,
    /// Whether this is a retake: not the student's first attempt here, or
    /// a result that says it is one.
    pub retake: bool,
    /// Whether this attempt is the one the report counts for the student.
    pub counted: bool,
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

/// Why a result cannot be graded against an exercise. Its `Display` is
/// English; [`GradeError::localized`] words it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.message())]
pub enum GradeError {
    /// The result is for another exercise.
    OtherExercise {
        /// The exercise being graded.
        expected: String,
        /// The exercise the result names.
        found: String,
    },
    /// The result's fingerprint is not the exercise's: it was made for
    /// other cards or other owners.
    OtherVersion {
        /// The exercise's fingerprint.
        expected: String,
        /// The result's (empty: none).
        found: String,
    },
    /// The exercise is a sealed student file: it has no owners to grade with.
    Sealed,
}

impl GradeError {
    /// The reason as a message (its id and values).
    pub fn message(&self) -> Msg {
        match self {
            GradeError::OtherExercise { expected, found } => msg!(
                "report-reason-other-exercise",
                found = found,
                expected = expected
            ),
            GradeError::OtherVersion { expected, found } if found.is_empty() => {
                msg!("report-reason-no-fingerprint", expected = expected)
            }
            GradeError::OtherVersion { expected, found } => msg!(
                "report-reason-other-version",
                found = found,
                expected = expected
            ),
            GradeError::Sealed => msg!("report-reason-sealed"),
        }
    }

    /// The reason in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        self.message().localized(tr)
    }
}

/// Why a result is not in the class report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LeftOut {
    /// The file could not be read or loaded: the loader's own words.
    Unreadable(String),
    /// It was loaded, but cannot be graded against this exercise.
    Ungradable(GradeError),
}

impl LeftOut {
    /// The reason in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        match self {
            LeftOut::Unreadable(words) => words.clone(),
            LeftOut::Ungradable(error) => error.localized(tr),
        }
    }
}

impl std::fmt::Display for LeftOut {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeftOut::Unreadable(words) => f.write_str(words),
            LeftOut::Ungradable(error) => write!(f, "{error}"),
        }
    }
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
        return Err(GradeError::OtherVersion {
            expected,
            found: result.fingerprint.clone(),
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
    let chosen = pairs.iter().map(|(_, placed)| *placed).collect();
    Ok(Graded {
        student: super::names::display_name(&result.student),
        label: String::new(),
        attempt: result.attempt_number(),
        finished_at: result.finished_at.trim().to_owned(),
        ended: result.ended,
        retake: result.is_retake(),
        counted: true,
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
    /// The rule that chose each student's counted attempt.
    pub rule: AttemptRule,
    /// The counted attempt of each student, in the order the students
    /// first appear: the rows of the grid, the CSV and the average.
    pub students: Vec<Graded>,
    /// Every graded attempt, grouped by student (in the order of
    /// [`ClassReport::students`]), each student's in attempt order.
    pub attempts: Vec<Graded>,
    /// Results that could not be used: (label, reason).
    pub left_out: Vec<(String, LeftOut)>,
    /// Things worth knowing that did not stop grading, each naming its file.
    pub warnings: Vec<Msg>,
    /// One summary per card, most missed first (ties in exercise order).
    pub per_card: Vec<CardSummary>,
    /// The card texts, in the order of [`ClassReport::card_ids`].
    pub card_texts: Vec<String>,
    /// The class's AWS/Customer/Shared confusion table.
    pub confusion: Confusion,
}

impl ClassReport {
    /// [`ClassReport::build_with`] with the default rule: each student's
    /// first attempt counts.
    pub fn build(
        exercise: &Exercise,
        results: Vec<(String, Result<ExerciseResult, String>)>,
    ) -> ClassReport {
        Self::build_with(exercise, results, AttemptRule::First)
    }

    /// Grades every result against `exercise`. Each entry is a label (the
    /// file name) and either the loaded result or why it could not be
    /// loaded. Results for another exercise are left out; answers for cards
    /// the exercise does not have and fields the app does not know are
    /// ignored with a warning. A student with several results (matched by
    /// normalised name) has every attempt listed and one counted, by `rule`,
    /// with a warning naming the files.
    pub fn build_with(
        exercise: &Exercise,
        results: Vec<(String, Result<ExerciseResult, String>)>,
        rule: AttemptRule,
    ) -> ClassReport {
        let mut graded_all: Vec<Graded> = Vec::new();
        let mut left_out = Vec::new();
        let mut warnings = Vec::new();
        for (label, result) in results {
            let result = match result {
                Ok(result) => result,
                Err(reason) => {
                    left_out.push((label, LeftOut::Unreadable(reason)));
                    continue;
                }
            };
            let mut graded = match grade(exercise, &result) {
                Ok(graded) => graded,
                Err(e) => {
                    left_out.push((label, LeftOut::Ungradable(e)));
                    continue;
                }
            };
            if !graded.unknown_items.is_empty() {
                warnings.push(msg!(
                    "report-warning-unknown-cards",
                    file = &label,
                    ids = graded.unknown_items.join(", ")
                ));
            }
            if !result.ignored_fields.is_empty() {
                warnings.push(msg!(
                    "report-warning-ignored-fields",
                    file = &label,
                    fields = result.ignored_fields.join(", ")
                ));
            }
            graded.label = label;
            graded_all.push(graded);
        }
        let (students, attempts) = count_attempts(graded_all, rule, &mut warnings);
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
            rule,
            students,
            attempts,
            left_out,
            warnings,
            per_card,
            card_texts: exercise.deck.items.iter().map(|i| i.text.clone()).collect(),
            confusion,
        }
    }

    /// The student's attempts other than `counted`, in attempt order.
    pub fn other_attempts(&self, counted: &Graded) -> Vec<&Graded> {
        let key = name_key(&counted.student);
        self.attempts
            .iter()
            .filter(|g| !g.counted && name_key(&g.student) == key)
            .collect()
    }

    /// The number of retakes among the attempts.
    pub fn retakes(&self) -> usize {
        self.attempts.iter().filter(|g| g.retake).count()
    }

    /// The mean of the counted attempts' percentages (0 with no students).
    pub fn average_percent(&self) -> f32 {
        if self.students.is_empty() {
            0.0
        } else {
            self.students.iter().map(|g| g.score.percent()).sum::<f32>()
                / self.students.len() as f32
        }
    }
}

/// Groups the attempts by student (by [`name_key`], in order of first
/// appearance), orders each student's attempts, marks the retakes and the
/// counted one; returns (counted, all) and warns about each student with
/// more than one attempt.
fn count_attempts(
    graded: Vec<Graded>,
    rule: AttemptRule,
    warnings: &mut Vec<Msg>,
) -> (Vec<Graded>, Vec<Graded>) {
    let mut order: Vec<String> = Vec::new();
    let mut by_student: HashMap<String, Vec<(usize, Graded)>> = HashMap::new();
    for (n, graded) in graded.into_iter().enumerate() {
        let key = name_key(&graded.student);
        if !by_student.contains_key(&key) {
            order.push(key.clone());
        }
        by_student.entry(key).or_default().push((n, graded));
    }
    let mut counted = Vec::new();
    let mut all = Vec::new();
    for key in order {
        let Some(mut mine) = by_student.remove(&key) else {
            continue;
        };
        mine.sort_by(|(na, a), (nb, b)| {
            (a.attempt, a.finished_at.is_empty(), &a.finished_at, na).cmp(&(
                b.attempt,
                b.finished_at.is_empty(),
                &b.finished_at,
                nb,
            ))
        });
        let mut mine: Vec<Graded> = mine.into_iter().map(|(_, g)| g).collect();
        for (n, graded) in mine.iter_mut().enumerate() {
            graded.retake |= n > 0;
            graded.counted = false;
        }
        let refs: Vec<&Graded> = mine.iter().collect();
        let pick = rule.pick(&refs);
        if let Some(chosen) = mine.get_mut(pick) {
            chosen.counted = true;
            counted.push(chosen.clone());
        }
        if mine.len() > 1 {
            let files: Vec<Msg> = mine
                .iter()
                .map(|g| {
                    let date = if g.finished_at.is_empty() {
                        msg!("report-no-date").into()
                    } else {
                        crate::i18n::Arg::from(&g.finished_at)
                    };
                    msg!(
                        "report-warning-attempt-file",
                        file = &g.label,
                        attempt = g.attempt,
                        date = date
                    )
                })
                .collect();
            let chosen = mine.get(pick).map_or("", |g| g.label.as_str());
            if let Some(files) = list(files) {
                warnings.push(msg!(
                    "report-warning-attempts",
                    student = &mine[0].student,
                    count = mine.len(),
                    files = files,
                    rule = rule.message(),
                    chosen = chosen
                ));
            }
        }
        all.extend(mine);
    }
    (counted, all)
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

/// Joins messages into one list ("a, b, c"), each language with its own
/// separator; `None` for no message.
fn list(items: Vec<Msg>) -> Option<Msg> {
    items
        .into_iter()
        .reduce(|list, more| msg!("cli-list-more", list = list, more = more))
}

/// The CSV could not be written (the CSV writer's own words inside).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.message())]
pub struct CsvError(pub String);

impl CsvError {
    /// The error as a message.
    pub fn message(&self) -> Msg {
        msg!("report-csv-error", error = &self.0)
    }

    /// The error in `tr`'s language.
    pub fn localized(&self, tr: &Translator) -> String {
        self.message().localized(tr)
    }
}

/// The byte-order mark the CSV starts with: Excel reads a CSV without one
/// in the computer's legacy code page ("Zoë" becomes "ZoÃ«"); with it, as
/// UTF-8 (Excel's own "CSV UTF-8" form). LibreOffice and Google Sheets
/// read both.
pub const CSV_BOM: &str = "\u{FEFF}";

/// The class report as CSV, UTF-8 with a byte-order mark ([`CSV_BOM`]): a
/// header `student,score,max,percent,seconds,attempt,date,ended,attempts,
/// other attempts,<card id>...,<card id> chose...` (cards in exercise
/// order) and one row per student: the counted attempt (see
/// [`AttemptRule`]), with 1 for a right card and 0 for a wrong or
/// unanswered one, then what the student chose for each card: `A`, `C`,
/// `S`, or empty when it was left in the pile. `percent` has one decimal;
/// `date` is the attempt's `finished_at`; `ended` how the run ended (when
/// known); `attempts` how many attempts the student has; `other attempts`
/// each other attempt as `N DATE PERCENT%` (and `retake`), separated by
/// `; `. With `card_texts`, a second row holds the card texts under both
/// columns of each card (its first cell is `card text`).
///
/// A student name or card text that a spreadsheet would run as a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a
/// leading `'`.
pub fn to_csv_with(report: &ClassReport, card_texts: bool) -> Result<String, CsvError> {
    let csv_err = |e: csv::Error| CsvError(e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    const FIXED: [&str; 10] = [
        "student",
        "score",
        "max",
        "percent",
        "seconds",
        "attempt",
        "date",
        "ended",
        "attempts",
        "other attempts",
    ];
    let mut header: Vec<String> = FIXED.map(str::to_owned).to_vec();
    header.extend(report.card_ids.iter().cloned());
    header.extend(report.card_ids.iter().map(|id| format!("{id} chose")));
    writer.write_record(&header).map_err(csv_err)?;
    if card_texts {
        let mut row = vec!["card text".to_owned()];
        row.extend(std::iter::repeat_n(String::new(), FIXED.len() - 1));
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
        let others = report.other_attempts(graded);
        let mut row = vec![
            spreadsheet_safe(&graded.student),
            graded.score.points.to_string(),
            graded.score.max.to_string(),
            format!("{:.1}", graded.score.percent()),
            graded.seconds.to_string(),
            graded.attempt.to_string(),
            graded.finished_at.clone(),
            graded.ended.map_or("", Ending::label).to_owned(),
            (others.len() + 1).to_string(),
            others
                .iter()
                .map(|g| {
                    format!(
                        "{} {} {:.1}%{}",
                        g.attempt,
                        if g.finished_at.is_empty() {
                            "no-date"
                        } else {
                            g.finished_at.as_str()
                        },
                        g.score.percent(),
                        if g.retake { " retake" } else { "" }
                    )
                })
                .collect::<Vec<_>>()
                .join("; "),
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
    let text = String::from_utf8(bytes).map_err(|e| CsvError(e.to_string()))?;
    Ok(format!("{CSV_BOM}{text}"))
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
            report.warnings[0].to_string().starts_with("di.ron: "),
            "{:?}",
            report.warnings
        );
        assert!(report.warnings[0].to_string().contains("zz, yy"));
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
        assert!(report.left_out[0].1.to_string().contains("week9"));
        assert_eq!(
            report.left_out[1],
            ("junk.ron".into(), LeftOut::Unreadable("not RON".into()))
        );
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

    fn attempt(student: &str, n: u32, date: &str, answers: &[(&str, Owner)]) -> ExerciseResult {
        let mut r = result(student, answers);
        r.attempt = n;
        r.finished_at = date.into();
        r
    }

    /// Ana 8/10-style: first attempt 25%, retake 100%; Bo 50%.
    fn class_with_a_retake() -> Vec<(String, Result<ExerciseResult, String>)> {
        let all_right = [
            ("a", Owner::Aws),
            ("b", Owner::Customer),
            ("c", Owner::Shared),
            ("d", Owner::Customer),
        ];
        vec![
            // The retake comes first in the folder: order comes from the
            // attempt number and the date, not the file order.
            (
                "ana-2.ron".into(),
                Ok(attempt(
                    "zoë ångström",
                    2,
                    "2026-11-21T09:00:00Z",
                    &all_right,
                )),
            ),
            (
                "bo.ron".into(),
                Ok(result("Bo", &[("a", Owner::Aws), ("b", Owner::Customer)])),
            ),
            (
                "ana.ron".into(),
                Ok(attempt(
                    "Zoë  Ångström",
                    1,
                    "2026-11-20T10:15:00Z",
                    &[("a", Owner::Aws)],
                )),
            ),
        ]
    }

    #[test]
    fn one_attempt_counts_per_student_by_the_rule_and_the_average_follows() {
        let first = ClassReport::build(&exercise(false), class_with_a_retake());
        assert_eq!(first.rule, AttemptRule::First);
        let rows: Vec<(&str, &str, u32)> = first
            .students
            .iter()
            .map(|g| (g.student.as_str(), g.label.as_str(), g.score.points))
            .collect();
        assert_eq!(
            rows,
            [("Zoë Ångström", "ana.ron", 1), ("Bo", "bo.ron", 2)],
            "one row per student, the first attempt"
        );
        assert!((first.average_percent() - 37.5).abs() < 1e-4, "25% and 50%");
        assert_eq!(first.attempts.len(), 3);
        let retakes: Vec<&str> = first
            .attempts
            .iter()
            .filter(|g| g.retake)
            .map(|g| g.label.as_str())
            .collect();
        assert_eq!(retakes, ["ana-2.ron"]);
        assert_eq!(first.per_card.iter().map(|c| c.total).max(), Some(2));
        assert_eq!(first.warnings.len(), 1, "{:?}", first.warnings);
        assert!(
            first.warnings[0].to_string().contains("2 attempts")
                && first.warnings[0]
                    .to_string()
                    .contains("2026-11-20T10:15:00Z")
                && first.warnings[0]
                    .to_string()
                    .contains("first attempt counts"),
            "{:?}",
            first.warnings
        );
        let best =
            ClassReport::build_with(&exercise(false), class_with_a_retake(), AttemptRule::Best);
        assert_eq!(best.students[0].label, "ana-2.ron");
        assert!((best.average_percent() - 75.0).abs() < 1e-4, "100% and 50%");
        let latest =
            ClassReport::build_with(&exercise(false), class_with_a_retake(), AttemptRule::Latest);
        assert_eq!(latest.students[0].label, "ana-2.ron");
        assert_eq!(latest.other_attempts(&latest.students[0]).len(), 1);
        assert_eq!(latest.retakes(), 1);
    }

    #[test]
    fn names_that_look_alike_are_one_student() {
        let report = ClassReport::build(
            &exercise(false),
            vec![
                ("a1.ron".into(), Ok(ana())),
                ("a2.ron".into(), Ok(result("A\u{200B}NA ", &[]))),
                ("j1.ron".into(), Ok(result("José", &[]))),
                ("j2.ron".into(), Ok(result("Jose\u{0301}", &[]))),
            ],
        );
        assert_eq!(report.students.len(), 2, "{:?}", report.students);
        assert_eq!(report.attempts.len(), 4);
        assert_eq!(report.warnings.len(), 2, "{:?}", report.warnings);
    }

    #[test]
    fn an_unknown_field_is_a_warning_not_a_reason_to_leave_a_student_out() {
        let text = r#"ExerciseResult(exercise: "quiz", student: "Ev", percent: 100, seconds: 9,
            answers: [Answer(item: "a", placed: Aws)])"#;
        let r = load_result_bytes("ev.ron", text.as_bytes()).expect("loads");
        let report = ClassReport::build(&exercise(false), vec![("ev.ron".into(), Ok(r))]);
        assert_eq!(report.students.len(), 1);
        assert!(report.left_out.is_empty());
        assert!(
            report.warnings[0]
                .to_string()
                .starts_with("ev.ron: ignored fields")
                && report.warnings[0].to_string().contains("percent"),
            "{:?}",
            report.warnings
        );
    }

    #[test]
    fn the_csv_starts_with_a_bom_and_reads_back_with_the_csv_crate() {
        let mut results = class_with_a_retake();
        results.push((
            "li.ron".into(),
            Ok(result("李雷", &[("d", Owner::Customer)])),
        ));
        let report = ClassReport::build(&exercise(false), results);
        let text = to_csv(&report).expect("csv");
        assert!(
            text.as_bytes().starts_with(b"\xEF\xBB\xBF"),
            "Excel's CSV UTF-8"
        );
        let body = text.strip_prefix(CSV_BOM).expect("bom");
        let mut reader = csv::Reader::from_reader(body.as_bytes());
        let header = reader.headers().expect("header").clone();
        assert_eq!(&header[0], "student");
        assert_eq!(&header[5], "attempt");
        assert_eq!(&header[6], "date");
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
        assert_eq!(rows.len(), 3, "one row per student");
        assert_eq!(&rows[0][0], "Zoë Ångström");
        assert_eq!(&rows[0][6], "2026-11-20T10:15:00Z");
        assert_eq!(&rows[0][8], "2");
        assert!(
            rows[0][9].contains("2026-11-21T09:00:00Z 100.0% retake"),
            "{:?}",
            rows[0]
        );
        assert_eq!(&rows[2][0], "李雷");
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
                .to_string()
                .contains("made for another version of this exercise"),
            "{:?}",
            report.left_out
        );
        assert!(report.warnings.is_empty(), "{:?}", report.warnings);
    }

    #[test]
    fn a_key_grades_its_students_and_the_sealed_file_grades_nothing() {
        let pair = crate::model::exercise::seal(&exercise(false), 99);
        // card-1 right, card-2 wrong, whatever order the sealing chose.
        let owner = |id: &str| pair.key.item(id).expect("card").owner;
        let wrong = |o: Owner| {
            if o == Owner::Aws {
                Owner::Shared
            } else {
                Owner::Aws
            }
        };
        let mut answered = result(
            "Ana",
            &[
                ("card-1", owner("card-1")),
                ("card-2", wrong(owner("card-2"))),
            ],
        );
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

    /// Issue #30: why a result is left out, and the warnings, are worded
    /// in the reader's language; their English stays as it was.
    #[test]
    fn reasons_and_warnings_are_worded_in_the_readers_language() {
        use crate::i18n::Language;
        let mut other = ana();
        other.exercise = "week9".into();
        let report = ClassReport::build(
            &exercise(false),
            vec![
                ("ana-1.ron".into(), Ok(ana())),
                ("ana-2.ron".into(), Ok(ana())),
                ("other.ron".into(), Ok(other)),
            ],
        );
        let reason = &report.left_out[0].1;
        assert_eq!(
            reason.to_string(),
            "this result is for the exercise \"week9\", not \"quiz\""
        );
        let german = Translator::new(Language::German);
        let worded = reason.localized(&german);
        assert_ne!(worded, reason.to_string());
        assert!(
            worded.contains("week9") && worded.contains("quiz"),
            "{worded}"
        );
        let warning = &report.warnings[0];
        assert_eq!(
            warning.to_string(),
            "student \"Ana\" has 2 attempts: ana-1.ron (attempt 1, no date), ana-2.ron \
             (attempt 1, no date); the first attempt counts (ana-1.ron), the others are \
             listed as retakes"
        );
        let japanese = warning.localized(&Translator::new(Language::Japanese));
        assert_ne!(japanese, warning.to_string());
        assert!(
            japanese.contains("ana-2.ron") && !japanese.contains("no date"),
            "{japanese}"
        );
        let sealed = GradeError::Sealed.localized(&Translator::new(Language::Spanish));
        assert_ne!(sealed, GradeError::Sealed.to_string());
        let no_print = GradeError::OtherVersion {
            expected: "abc".into(),
            found: String::new(),
        };
        assert!(no_print.to_string().contains("its fingerprint is missing"));
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
