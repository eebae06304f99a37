//! Generated content for the benchmarks (and `tests/robustness.rs`, which
//! includes this file): a large deck, a year of study history and a class of
//! results. Everything is deterministic: the same seed gives the same data.
#![allow(dead_code)]

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use srm_study::io::content;
use srm_study::model::exercise::{Answer, Exercise, ExerciseResult, result_to_ron};
use srm_study::model::load::{deck_to_ron, load_deck_str};
use srm_study::model::progress::{DEFAULT_NEW_CARDS, Progress, card_key};
use srm_study::model::session::{
    Feedback, Selection, Session, SessionCard, SessionOptions, choose_cards,
};
use srm_study::model::{CardRef, Catalog, Deck, Origin, Owner};

/// 2025-11-28 00:00:00 UTC: "now" for generated history.
pub const NOW_SECS: u64 = 1_764_288_000;

/// The built-in catalog, as the app loads it.
pub fn builtin_catalog() -> Catalog {
    let mut catalog = Catalog::new();
    content::add_builtin(&mut catalog);
    catalog
}

/// The built-in deck (the first of `BUILTIN_DECKS`), parsed.
pub fn builtin_deck() -> Deck {
    let (name, text) = content::BUILTIN_DECKS[0];
    match load_deck_str(name, text) {
        Ok(deck) => deck,
        Err(errors) => panic!("the built-in deck loads: {errors:?}"),
    }
}

/// A valid deck of `n` cards: the built-in deck's topics, layers, services
/// and sources, with its items repeated (ids suffixed `-N`) until there are
/// `n`. Card texts are real card texts, so searches hit as often as in real
/// content.
pub fn big_deck(n: usize) -> Deck {
    let mut deck = builtin_deck();
    deck.id = "big".into();
    deck.title = format!("Generated deck of {n} cards");
    let base = std::mem::take(&mut deck.items);
    deck.items = (0..n)
        .map(|i| {
            let mut item = base[i % base.len()].clone();
            item.id = format!("{}-{}", item.id, i / base.len());
            item.id.truncate(64);
            item
        })
        .collect();
    deck
}

/// [`big_deck`] written as RON, the way an instructor's file would be.
pub fn big_deck_ron(n: usize) -> String {
    match deck_to_ron(&big_deck(n)) {
        Ok(text) => text,
        Err(e) => panic!("the generated deck serialises: {e}"),
    }
}

/// A catalog holding only [`big_deck`] of `n` cards.
pub fn big_catalog(n: usize) -> Catalog {
    let mut catalog = Catalog::new();
    assert!(catalog.add_deck("big.ron", big_deck(n), Origin::File("big.ron".into())));
    catalog
}

/// `days` of study ending at `end_secs`, recorded through the model: one or
/// two exercises a day (a review when six or more cards are due, else 12 new
/// cards), with a student who gets better at the cards they have seen. With
/// `rest_days`, about one day in five is skipped, as a real student would.
/// `examples/seed_progress.rs` writes this history to a progress file.
pub fn study_history(catalog: &Catalog, days: u64, end_secs: u64, rest_days: bool) -> Progress {
    let mut rng = ChaCha8Rng::seed_from_u64(2026);
    let mut progress = Progress::new();
    let start = end_secs - days * 86_400;
    for day in 0..days {
        if rest_days && rng.random_bool(0.2) {
            continue;
        }
        for session_of_day in 0..rng.random_range(1..=2u64) {
            let now = start + day * 86_400 + 18 * 3600 + session_of_day * 1800;
            let review = progress.due_count(now) >= 6;
            let cards = if review {
                progress.review_queue(catalog, now, DEFAULT_NEW_CARDS)
            } else {
                let selection = Selection {
                    count: Some(12),
                    ..Selection::default()
                };
                choose_cards(catalog, &selection, now)
            };
            let cards = SessionCard::from_catalog(catalog, &cards);
            let options = SessionOptions {
                feedback: Feedback::AtEnd,
                seed: now,
                ..SessionOptions::default()
            };
            let mut session = Session::new(cards, options, now * 1000);
            for i in 0..session.cards().len() {
                let card = session.cards()[i].clone();
                let seen = progress
                    .cards
                    .get(&card_key(&card.deck_id, &card.item_id))
                    .map_or(0, |s| s.times_seen);
                let skill = (0.45 + 0.12 * f64::from(seen) + 0.01 * day as f64).min(0.97);
                let owner = if rng.random_bool(skill) {
                    card.owner
                } else {
                    Owner::ALL[(rng.random_range(1..3) + card.owner as usize) % 3]
                };
                if let Err(e) = session.place(i, owner) {
                    panic!("placing a card of a fresh session: {e}");
                }
            }
            let secs = rng.random_range(90..400);
            session.check((now + secs) * 1000);
            if let Some(first) = session.first_attempt() {
                let title = if review { "Review" } else { "Practice" };
                progress.record(first, 1, title, now + secs);
            }
        }
    }
    progress
}

/// An exercise of `cards` built-in cards, as an instructor makes one.
pub fn class_exercise(cards: usize) -> Exercise {
    let catalog = builtin_catalog();
    let refs: Vec<CardRef> = catalog.cards().map(|(r, _)| r).take(cards).collect();
    let options = SessionOptions {
        penalty: true,
        ..SessionOptions::default()
    };
    match Exercise::from_cards("week-3", "Week 3 quiz", &catalog, &refs, options) {
        Ok(exercise) => exercise,
        Err(e) => panic!("the class exercise builds: {e}"),
    }
}

/// `students` results for `exercise`: each student places most cards,
/// right about 70% of the time.
pub fn class_results(exercise: &Exercise, students: usize) -> Vec<ExerciseResult> {
    let mut rng = ChaCha8Rng::seed_from_u64(500);
    (0..students)
        .map(|s| {
            let mut answers = Vec::new();
            for item in &exercise.deck.items {
                if rng.random_bool(0.05) {
                    continue; // left on the pile
                }
                let placed = if rng.random_bool(0.7) {
                    item.owner
                } else {
                    Owner::ALL[(item.owner as usize + rng.random_range(1..3)) % 3]
                };
                answers.push(Answer {
                    item: item.id.clone(),
                    placed,
                });
            }
            ExerciseResult::new(
                &exercise.id,
                &format!("Student {s:03}"),
                answers,
                rng.random_range(60..900),
            )
        })
        .collect()
}

/// The results as the RON files students hand back.
pub fn class_result_texts(results: &[ExerciseResult]) -> Vec<String> {
    results
        .iter()
        .map(|r| match result_to_ron(r) {
            Ok(text) => text,
            Err(e) => panic!("a result serialises: {e}"),
        })
        .collect()
}

/// Fills a class report page as after adding `results` (named
/// `class/student-NNN.ron`) against `exercise` (`class/week-3.ron`).
pub fn load_class_report(
    report: &mut srm_study::ui::instructor::ReportState,
    exercise: Exercise,
    results: Vec<ExerciseResult>,
) {
    use srm_study::model::report::ClassReport;
    use srm_study::ui::instructor::{LoadedExercise, ResultFile, ResultSource};
    let name = |i: usize| format!("student-{i:03}.ron");
    report.results = results
        .iter()
        .enumerate()
        .map(|(i, r)| ResultFile {
            source: ResultSource::File(std::path::Path::new("class").join(name(i))),
            loaded: Ok(r.clone()),
        })
        .collect();
    let inputs = results
        .into_iter()
        .enumerate()
        .map(|(i, r)| (name(i), Ok(r)))
        .collect();
    report.report = Some(ClassReport::build(&exercise, inputs));
    report.exercise = Some(LoadedExercise {
        path: "class/week-3.ron".into(),
        exercise,
    });
}
